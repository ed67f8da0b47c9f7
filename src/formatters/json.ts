import type { FileResult, Finding, Formatter } from '../types.js';

/** A finding with exactly the keys of CONTRACT section 3, in that order. */
function publicMessage(m: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: m.ruleId, severity: m.severity, message: m.message,
    line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn,
  };
  if (m.postId !== undefined) out['postId'] = m.postId;
  if (m.fatal === true) out['fatal'] = true;
  return out;
}

/** As ESLint prints a finding an inline directive silenced: the reason is the justification. */
function suppressedMessage(m: Finding): Record<string, unknown> {
  return { ...publicMessage(m), suppressions: [{ kind: 'directive', justification: m.suppression?.reason ?? '' }] };
}

function publicResult(r: FileResult): Record<string, unknown> {
  const out: Record<string, unknown> = {
    filePath: r.filePath,
    messages: r.messages.map(publicMessage),
  };
  // Only when there are some, so output without directives stays exactly CONTRACT section 3.
  if (r.suppressedMessages?.length) out['suppressedMessages'] = r.suppressedMessages.map(suppressedMessage);
  out['errorCount'] = r.errorCount;
  out['warningCount'] = r.warningCount;
  out['fatalErrorCount'] = r.fatalErrorCount;
  return out;
}

/**
 * ESLint's json formatter shape (CONTRACT section 3): one entry per linted file, including files
 * without findings; ESLint's `suppressedMessages` when directives silenced something; internal
 * fields (fingerprints, fixes) are left out. Compact, plus a newline.
 */
const json: Formatter = (results) => `${JSON.stringify(results.map(publicResult))}\n`;

export default json;
