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

function publicResult(r: FileResult): Record<string, unknown> {
  return {
    filePath: r.filePath,
    messages: r.messages.map(publicMessage),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    fatalErrorCount: r.fatalErrorCount,
  };
}

/**
 * ESLint's json formatter shape (CONTRACT section 3): one entry per linted file, including files
 * without findings; internal fields (suppressions, fingerprints, fixes) are left out. Compact, plus a newline.
 */
const json: Formatter = (results) => `${JSON.stringify(results.map(publicResult))}\n`;

export default json;
