import type { Finding, Post } from '../types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

/** A parsed inline directive and the lines it covers (inclusive). */
export interface Directive {
  readonly kind: DirectiveKind;
  /** Rule ids, `family/*` or family names; empty means every rule. */
  readonly rules: readonly string[];
  readonly reason?: string;
  readonly start: number;
  readonly end: number;
  fromLine: number;
  toLine: number;
}

// `hcpost-disable-next-line phi/date, phi/age-over-89 -- reason`
const DIRECTIVE = /^\s*hcpost-(disable-next-line|disable-line|disable-file|disable|enable)\b([\s\S]*?)(?:\s--\s*([\s\S]*?))?\s*$/;

/**
 * Reads a post's directive comments (Markdown `<!-- hcpost-... -->`) and its JSON
 * `"hcpost": {"disable": [...], "reason": "..."}` key into line ranges.
 */
export function parseDirectives(post: Post): { directives: Directive[]; problems: Finding[] } {
  const directives: Directive[] = [];
  const problems: Finding[] = [];
  const lines = post.file.lines;
  for (const c of post.directives) {
    const m = DIRECTIVE.exec(c.text);
    const at = lines.position(c.start);
    if (!m) {
      const end = lines.position(c.end);
      problems.push({
        ruleId: null, severity: 1, line: at.line, column: at.column, endLine: end.line, endColumn: end.column,
        message: 'This hcpost comment is not a directive hcpost knows. Use hcpost-disable, hcpost-enable, '
          + 'hcpost-disable-line, hcpost-disable-next-line or hcpost-disable-file.',
      });
      continue;
    }
    const kind = m[1] as DirectiveKind;
    const rules = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
    const reason = m[3]?.trim() || undefined;
    const d: Directive = { kind, rules, start: c.start, end: c.end, fromLine: at.line, toLine: at.line, ...(reason ? { reason } : {}) };
    if (kind === 'disable-file') [d.fromLine, d.toLine] = [0, Infinity];
    else if (kind === 'disable-next-line') d.fromLine = d.toLine = nextNonBlankLine(post.file.text, c.end, lines.position(c.end).line);
    else if (kind === 'disable-line') d.toLine = lines.position(c.end).line;
    directives.push(d);
  }
  closeRanges(directives);
  const json = jsonDirective(post);
  if (json) directives.push(json);
  return { directives, problems };
}

/** "Next line" is the next non-blank line: a Markdown comment is usually followed by a blank line. */
function nextNonBlankLine(text: string, from: number, line: number): number {
  let i = text.indexOf('\n', from);
  let n = line;
  while (i !== -1) {
    n++;
    const next = text.indexOf('\n', i + 1);
    const content = text.slice(i + 1, next === -1 ? text.length : next);
    if (content.trim() !== '') return n;
    i = next;
  }
  return line + 1;
}

/** A `disable` runs to the next `enable` that names one of its rules (or is bare), else to the end. */
function closeRanges(list: Directive[]): void {
  const open: Directive[] = [];
  for (const d of list) {
    if (d.kind === 'disable') {
      d.toLine = Infinity;
      open.push(d);
    } else if (d.kind === 'enable') {
      for (const o of open) {
        if (o.toLine !== Infinity) continue;
        if (d.rules.length === 0 || o.rules.length === 0 || o.rules.some((r) => d.rules.includes(r))) o.toLine = d.fromLine;
      }
    }
  }
}

function jsonDirective(post: Post): Directive | undefined {
  const raw = post.meta.extra.hcpost;
  if (!raw || typeof raw !== 'object') return undefined;
  const { disable, reason } = raw as { disable?: unknown; reason?: unknown };
  if (!Array.isArray(disable) || disable.length === 0) return undefined;
  const start = post.prose[0]?.toSource(0) ?? 0;
  return {
    kind: 'disable-file', rules: disable.filter((r): r is string => typeof r === 'string'),
    ...(typeof reason === 'string' && reason.trim() ? { reason: reason.trim() } : {}),
    start, end: start, fromLine: 0, toLine: Infinity,
  };
}
