import type { FileResult } from '../types.js';

/** --quiet: warnings leave the output (counts too), as ESLint's getErrorResults; every file stays listed. */
export function errorsOnly(results: readonly FileResult[]): FileResult[] {
  return results.map((r) => (r.warningCount === 0
    ? r
    : { ...r, messages: r.messages.filter((m) => m.severity === 2), warningCount: 0 }));
}

export interface Totals {
  readonly errors: number;
  readonly warnings: number;
  readonly fatal: number;
}

export function totals(results: readonly FileResult[]): Totals {
  let errors = 0;
  let warnings = 0;
  let fatal = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    fatal += r.fatalErrorCount;
  }
  return { errors, warnings, fatal };
}

/**
 * CONTRACT section 1, on the unfiltered results: 1 for any error or fatal finding, or more
 * warnings than `maxWarnings` (-1: no limit); else 0.
 */
export function exitCodeOf(t: Totals, maxWarnings: number): 0 | 1 {
  return t.errors > 0 || t.fatal > 0 || tooManyWarnings(t, maxWarnings) ? 1 : 0;
}

export function tooManyWarnings(t: Totals, maxWarnings: number): boolean {
  return maxWarnings >= 0 && t.warnings > maxWarnings;
}
