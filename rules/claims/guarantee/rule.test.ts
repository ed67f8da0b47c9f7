import { describe, expect, it } from 'vitest';
import type { Finding, Rule } from '../../../src/types.js';
import { lintWithRule } from '../../../test/helpers/lint-one-rule.js';
import rule from './rule.js';

function lint(body: string): Finding[] {
  return lintWithRule(rule as Rule<unknown>, `---\ntype: ad\nauthor: Lakeside Wellness\n---\n${body}\n`);
}

describe('claims/guarantee messages', () => {
  it('guarantee: a guaranteed result', () => {
    const [f, ...rest] = lint('Clear skin in 30 days, guaranteed!');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'claims/guarantee', severity: 2, line: 5, column: 24, endColumn: 34 });
    expect(f!.message).toBe('This guarantees a health result ("guaranteed"). No treatment works for everyone, and '
      + 'regulators treat guaranteed results as misleading. Describe typical results honestly instead.');
  });
  it('riskFree: risk-free and money-back promises', () => {
    const [f] = lint('Try our knee cream risk-free.');
    expect(f).toMatchObject({ column: 20, endColumn: 29 });
    expect(f!.message).toBe('A "risk-free" promise on a health product implies it is sure to work, which regulators treat '
      + 'as misleading. Describe typical results honestly, and keep any refund terms apart from health claims.');
  });
  it('a service guarantee or "no guarantee" is fine', () => {
    expect(lint('Same-day appointments guaranteed. There are no guarantees in medicine.')).toEqual([]);
  });
});
