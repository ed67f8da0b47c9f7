import { lintText } from '../../src/engine/lint-text.js';
import ssn from '../../rules/phi/ssn/rule.js';
import type { FileResult, FormatContext, ResolvedConfig, Rule, RuleMeta } from '../../src/types.js';

/**
 * Hand-built results that exercise every branch of the CI formatters: errors and warnings,
 * fatal and directive findings (ruleId null), posts of a JSON file, silenced findings with and
 * without a reason, a clean file, a skipped file, a file outside cwd, a rule the registry does
 * not know, and messages full of characters each format must escape.
 */
export const CWD = '/p';

const meta = (id: RuleMeta['id'], severity: 'error' | 'warn', description: string): RuleMeta<unknown> =>
  ({ id, severity, description, scopes: ['body'], messages: {} });

export const ctx: FormatContext = {
  cwd: CWD,
  color: true, // must not matter: none of these formats has colour
  rules: new Map([
    meta('phi/patient-name', 'error', 'A patient\'s name next to health information is PHI.'),
    meta('claims/miracle', 'warn', 'Words like "miracle" & "cure-all" are health-fraud red flags.'),
    meta('phi/ssn', 'error', 'A Social Security number is a HIPAA identifier.'),
    meta('phi/date', 'error', 'A date tied to a patient is PHI.'),
    meta('boundary/personal-contact', 'error', 'Unused here: must not be listed.'),
  ].map((m) => [m.id, m])),
};

export const results: FileResult[] = [
  {
    filePath: '/p/drafts/post.md',
    messages: [
      {
        ruleId: 'platform/too-long', severity: 1, line: 1, column: 1, endLine: 12, endColumn: 4,
        message: 'The post is 3,012 characters: the limit is 2,200.',
      },
      {
        ruleId: 'phi/patient-name', severity: 2, line: 7, column: 12, endLine: 7, endColumn: 25,
        message: 'Possible patient name next to health information: "M*** J******".',
        messageId: 'name', fingerprint: '0123456789abcdef01234567',
      },
      {
        ruleId: 'claims/miracle', severity: 1, line: 9, column: 3, endLine: 9, endColumn: 10,
        message: 'Avoid "miracle", <b> & \'100%\' claims: say what it does.',
      },
    ],
    errorCount: 1, warningCount: 2, fatalErrorCount: 0,
    suppressedMessages: [
      {
        ruleId: 'phi/ssn', severity: 2, line: 3, column: 5, endLine: 3, endColumn: 16,
        message: 'This looks like a Social Security number ("***-**-****").', suppression: { reason: 'test data, approved' },
      },
      {
        ruleId: 'phi/date', severity: 2, line: 8, column: 1, endLine: 8, endColumn: 6,
        message: 'A date tied to a patient ("*/*").', suppression: {},
      },
    ],
  },
  {
    filePath: '/p/queue.json',
    messages: [
      {
        ruleId: null, severity: 2, fatal: true, line: 3, column: 1, endLine: 3, endColumn: 1,
        message: 'Invalid JSON: unexpected "}" at 3:1.',
      },
      {
        ruleId: null, severity: 1, line: 5, column: 3, endLine: 5, endColumn: 40, postId: 'p1',
        message: 'This hcpost comment is not a directive.\nUse hcpost-disable.',
      },
      {
        ruleId: 'claims/miracle', severity: 1, line: 9, column: 14, endLine: 9, endColumn: 21, postId: 'p2',
        message: 'Line one\r\nline two\u0001 end',
      },
    ],
    errorCount: 1, warningCount: 2, fatalErrorCount: 1,
  },
  { filePath: '/p/clean.md', messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0 },
  { filePath: '/p/img.md', messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, skipped: 'binary file' },
  {
    filePath: '/elsewhere/Out,side:x.md',
    messages: [{ ruleId: 'claims/miracle', severity: 2, line: 2, column: 1, endLine: 2, endColumn: 8, message: 'Avoid "miracle".' }],
    errorCount: 1, warningCount: 0, fatalErrorCount: 0,
  },
];

/** The digits of the SSN in the engine-built post: they must appear in no output. */
export const SSN_DIGITS = ['412-77-3051', '412', '3051'];

/**
 * A result built by the real engine (parse, phi/ssn, masking) for a post with an SSN in it,
 * so the privacy tests check what a user would really get, not a hand-masked message.
 */
export function engineResult(): { results: FileResult[]; ctx: FormatContext } {
  const rules = [ssn] as Rule<unknown>[];
  const config: ResolvedConfig = {
    rules: new Map(rules.map((r) => [r.meta.id, { severity: 2 as const, options: {} }])),
    organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
    ignores: [],
  };
  const text = '---\nplatform: facebook\n---\nReminder for the billing desk: SSN 412-77-3051 was on the form.\n';
  const result = lintText(text, { filePath: '/p/drafts/billing.md', config, rules, fingerprintSalt: 'salt' });
  return { results: [result], ctx: { cwd: CWD, color: false, rules: new Map(rules.map((r) => [r.meta.id, r.meta])) } };
}
