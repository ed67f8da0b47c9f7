import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/engine/lint-text.js';
import type { Finding, ResolvedConfig, Rule } from '../../../src/types.js';
import rule from './rule.js';

const config: ResolvedConfig = {
  rules: new Map([[rule.meta.id, { severity: 2, options: undefined }]]),
  organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
  ignores: [],
};

function lint(body: string, showPhi = false): Finding[] {
  const text = `---\ntype: post\nauthor: Brightwater General Hospital\n---\n${body}\n`;
  return lintText(text, { filePath: '/virtual/post.md', config, rules: [rule as Rule<unknown>], showPhi }).messages;
}

describe('phi/date messages', () => {
  it('date: masks the date and says how to generalise it', () => {
    const [f, ...rest] = lint('Our patient Mr. Ruiz was admitted on March 14 after a fall.');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'phi/date', severity: 2, line: 5, column: 38, endLine: 5, endColumn: 46 });
    expect(f!.message).toBe('This date ("M**** **") is tied to a patient\'s care or life, and a day or month can identify them. '
      + 'Leave it out or make it general, such as "this spring" or just the year.');
  });
  it('birthDate: a birth date gets its own message', () => {
    expect(lint('Welcome baby Ivy, born 7/21 in our birth center!').map((m) => m.message)).toEqual([
      'A birth date ("*/**") identifies a person. Remove it; the year alone is allowed if the person is under 90.',
    ]);
  });
  it('prints the date in clear only with --show-phi', () => {
    expect(lint('Welcome baby Ivy, born 7/21 in our birth center!', true)[0]!.message).toContain('"7/21"');
  });
  it('an organisation event date is not reported', () => {
    expect(lint('Flu clinic Saturday, Oct 4, 9am–noon. Free for patients of all ages.')).toEqual([]);
  });
});
