import type { Finding, Formatter } from '../types.js';
import { relativePath } from './paths.js';

/** GitHub's escaping for a workflow command's message (@actions/core `escapeData`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub's escaping for a workflow command's property values (@actions/core `escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const READ_FAILURE_TITLE = 'hcpost: could not read file';

function title(m: Finding): string {
  if (m.fatal === true) return READ_FAILURE_TITLE;
  return m.ruleId ?? 'hcpost: directive comment';
}

function command(kind: 'error' | 'warning' | 'notice', props: readonly [string, string | number][], message: string): string {
  const list = props.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${kind} ${list}::${escapeData(message)}`;
}

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` line per finding, which the
 * runner turns into annotations on the pull request's changed lines. Findings silenced by an
 * inline directive are left out (they are not problems); a skipped file is a `::notice`.
 * The messages are the engine's, PHI already masked. Empty output when there is nothing to say.
 */
const github: Formatter = (results, ctx) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = relativePath(result.filePath, ctx.cwd);
    if (result.skipped !== undefined) {
      lines.push(command('notice', [['file', file], ['title', 'hcpost: skipped']], `hcpost skipped this file: ${result.skipped}.`));
    }
    for (const m of result.messages) {
      const kind = m.fatal === true || m.severity === 2 ? 'error' : 'warning';
      lines.push(command(kind, [
        ['file', file], ['line', m.line], ['col', m.column], ['endLine', m.endLine], ['endColumn', m.endColumn],
        ['title', title(m)],
      ], m.message));
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

export default github;
