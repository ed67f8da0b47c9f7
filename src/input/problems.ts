import type { Finding, LineIndex } from '../types.js';

/** A fatal finding about the whole file (it could not be read or holds nothing). */
export function fileProblem(message: string): Finding {
  return { ruleId: null, fatal: true, severity: 2, message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** A fatal finding over the file offsets [start, end) (CONTRACT section 2). */
export function problemAt(lines: LineIndex, start: number, end: number, message: string, postId?: string): Finding {
  const a = lines.position(start);
  const b = lines.position(Math.max(start, end));
  const finding: Finding = {
    ruleId: null, fatal: true, severity: 2, message,
    line: a.line, column: a.column, endLine: b.line, endColumn: b.column,
  };
  if (postId !== undefined) finding.postId = postId;
  return finding;
}

/** "(line 4, column 3)" for a file offset, as messages name it. */
export function where(lines: LineIndex, offset: number): string {
  const p = lines.position(offset);
  return `(line ${p.line}, column ${p.column})`;
}

export const EMPTY_FILE = 'File is empty.';
