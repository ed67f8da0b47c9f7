import type { FileResult, Finding, Post, ResolvedConfig, Severity, SourceFile } from '../types.js';
import { interpolate } from '../kit/interpolate.js';
import { mask } from '../kit/mask.js';
import { spanText, spanToSource } from '../text/text-map.js';
import { fingerprint } from './fingerprint.js';
import type { RuleFailure, RuleReport } from './lint-post.js';

/** Stage 8 for one post: severity, positions, message text (masked if sensitive). */
export function toFindings(
  post: Post,
  reports: readonly RuleReport[],
  failures: readonly RuleFailure[],
  config: ResolvedConfig,
  showPhi: boolean,
  salt?: string,
): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const { rule, report } of reports) {
    const configured = config.rules.get(rule.meta.id)?.severity ?? 2;
    const severity = (report.severity ? Math.min(report.severity, configured) : configured) as Severity;
    const { start, end } = spanToSource(report.at);
    const key = `${rule.meta.id}\u0000${start}\u0000${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const template = rule.meta.messages[report.messageId] ?? report.messageId;
    const data = rule.meta.sensitive && !showPhi && report.data ? maskAll(report.data) : report.data;
    const from = post.file.lines.position(start);
    const to = post.file.lines.position(end);
    const finding: Finding = {
      ruleId: rule.meta.id,
      severity,
      message: interpolate(template, data),
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      messageId: report.messageId,
    };
    if (post.id !== undefined) finding.postId = post.id;
    if (report.suggestions) finding.suggestions = report.suggestions;
    if (salt !== undefined) finding.fingerprint = fingerprint(salt, rule.meta.id, spanText(report.at));
    out.push(finding);
  }
  for (const f of failures) {
    const name = f.error instanceof Error ? f.error.name : 'Error';
    const pos = post.file.lines.position(post.prose[0]?.toSource(0) ?? 0);
    const finding: Finding = {
      ruleId: null, fatal: true, severity: 2,
      message: `Rule "${f.ruleId}" failed on this post (${name}); the other rules still ran. Please report this.`,
      line: pos.line, column: pos.column, endLine: pos.line, endColumn: pos.column,
    };
    if (post.id !== undefined) finding.postId = post.id;
    out.push(finding);
  }
  return out;
}

function maskAll(data: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) out[k] = mask(v);
  return out;
}

/** Sorts by line, then column (CONTRACT section 3), and counts. */
export function toFileResult(file: SourceFile | string, messages: Finding[]): FileResult {
  messages.sort((a, b) => a.line - b.line || a.column - b.column
    || a.endLine - b.endLine || a.endColumn - b.endColumn
    || String(a.ruleId).localeCompare(String(b.ruleId)));
  let errorCount = 0;
  let warningCount = 0;
  let fatalErrorCount = 0;
  for (const m of messages) {
    if (m.fatal) fatalErrorCount++;
    if (m.severity === 2) errorCount++;
    else warningCount++;
  }
  return {
    filePath: typeof file === 'string' ? file : file.path,
    messages, errorCount, warningCount, fatalErrorCount,
  };
}
