import type { Finding, Post, Severity } from '../types.js';
import { parseDirectives, type Directive } from './directive-parse.js';

export interface DirectiveOptions {
  /** Report directives that silenced nothing (ESLint's --report-unused-disable-directives). */
  readonly reportUnused?: Severity;
  /** Report directives without a `-- reason` (the strict preset). */
  readonly requireReason?: Severity;
}

/**
 * Stage 7: moves findings silenced by inline directives to `suppressed`, keeping the reason on
 * each. A directive silences only the rules it names; a bare directive silences everything,
 * because the user wrote it on purpose. Fatal findings are never silenced.
 */
export function applyDirectives(
  post: Post,
  findings: Finding[],
  options: DirectiveOptions = {},
): { active: Finding[]; suppressed: Finding[] } {
  const { directives, problems } = parseDirectives(post);
  if (directives.length === 0 && problems.length === 0) return { active: findings, suppressed: [] };
  const active: Finding[] = [];
  const suppressed: Finding[] = [];
  const used = new Set<Directive>();
  for (const f of findings) {
    const by = f.fatal || f.ruleId === null ? undefined : directives.find((d) => covers(d, f));
    if (!by) {
      active.push(f);
      continue;
    }
    used.add(by);
    suppressed.push(by.reason === undefined ? { ...f, suppression: {} } : { ...f, suppression: { reason: by.reason } });
  }
  active.push(...problems);
  for (const d of directives) {
    if (d.kind === 'enable') continue;
    if (options.reportUnused && !used.has(d)) {
      active.push(directiveFinding(post, d, options.reportUnused,
        `This hcpost-${d.kind} comment silences nothing${d.rules.length ? ` for ${d.rules.join(', ')}` : ''}; remove it.`));
    }
    if (options.requireReason && d.reason === undefined) {
      active.push(directiveFinding(post, d, options.requireReason,
        `Say why this hcpost-${d.kind} comment is safe: add "-- <reason>" before "-->".`));
    }
  }
  return { active, suppressed };
}

function covers(d: Directive, f: Finding): boolean {
  if (d.kind === 'enable') return false;
  if (f.line < d.fromLine || f.line > d.toLine) return false;
  if (d.rules.length === 0) return true;
  const id = f.ruleId ?? '';
  return d.rules.some((r) => r === id || (r.endsWith('/*') && id.startsWith(r.slice(0, -1))) || id.startsWith(`${r}/`));
}

function directiveFinding(post: Post, d: Directive, severity: Severity, message: string): Finding {
  const from = post.file.lines.position(d.start);
  const to = post.file.lines.position(d.end);
  const f: Finding = {
    ruleId: null, severity, message, line: from.line, column: from.column, endLine: to.line, endColumn: to.column,
  };
  if (post.id !== undefined) f.postId = post.id;
  return f;
}
