import { describe, expect, it } from 'vitest';
import type { Finding, Rule } from '../../../src/types.js';
import { lintWithRule } from '../../../test/helpers/lint-one-rule.js';
import rule from './rule.js';

function lint(body: string): Finding[] {
  return lintWithRule(rule as Rule<unknown>, `---\ntype: ad\nauthor: Lakeside Wellness\n---\n${body}\n`);
}

describe('claims/miracle messages', () => {
  it('hype: quotes the word, at warning level', () => {
    const [f, ...rest] = lint('Try our miracle cream today!');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'claims/miracle', severity: 1, line: 5, column: 9, endColumn: 16 });
    expect(f!.message).toBe('"miracle" is the language of health-fraud ads, which regulators treat as a red flag. '
      + 'Describe what the treatment does, and for whom, in plain and measured words.');
  });
  it('the miracle of birth and a charity name are fine', () => {
    expect(lint('The miracle of birth! Thanks to Children\'s Miracle Network Hospitals.')).toEqual([]);
  });
});
