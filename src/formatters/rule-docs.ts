/** Where hcpost's documentation lives: the repository's README files on the main branch. */
const DOCS_BASE = 'https://github.com/hcpost/hcpost/blob/main';

/** hcpost's home page, for SARIF's `informationUri`. */
export const HOMEPAGE = 'https://github.com/hcpost/hcpost';

/**
 * The help page of a rule: every rule folder `rules/<family>/<name>/` has a README.md.
 * Ids that are not rules (the `hcpost/...` ids the formatters give to unreadable files and
 * directive problems) point at the README section that explains them.
 */
export function ruleDocsUrl(id: string): string {
  if (id === PARSE_ERROR_ID) return `${DOCS_BASE}/README.md#posts`;
  if (id === DIRECTIVE_ID) return `${DOCS_BASE}/README.md`;
  return `${DOCS_BASE}/rules/${id}/README.md`;
}

/**
 * The id machine formats (SARIF) use for a finding with `ruleId: null` and `fatal: true`:
 * a file hcpost could not read, or a rule that failed on it. Code scanning needs a rule id on
 * every result, and an alert on the file is what a reviewer should see.
 */
export const PARSE_ERROR_ID = 'hcpost/parse-error';

/** The id for a non-fatal finding with `ruleId: null`: an inline directive comment with a problem. */
export const DIRECTIVE_ID = 'hcpost/directive';
