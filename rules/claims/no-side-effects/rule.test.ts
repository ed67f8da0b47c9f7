import { describe, expect, it } from 'vitest';
import type { Finding, Rule } from '../../../src/types.js';
import { lintWithRule } from '../../../test/helpers/lint-one-rule.js';
import rule from './rule.js';

function lint(body: string): Finding[] {
  return lintWithRule(rule as Rule<unknown>, `---\ntype: ad\nauthor: Lakeside Wellness\n---\n${body}\n`);
}

describe('claims/no-side-effects messages', () => {
  it('safety: quotes the promise', () => {
    const [f, ...rest] = lint('Our gummies have no side effects.');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'claims/no-side-effects', severity: 2, line: 5, column: 18, endColumn: 33 });
    expect(f!.message).toBe('This promises complete safety ("no side effects"). Every treatment can have side effects, '
      + 'and regulators treat such promises as misleading. Say what the common side effects are, or that they are '
      + 'usually mild, and cite the source.');
  });
  it('listing side effects is fine', () => {
    expect(lint('Common side effects include a sore arm. No medicine is without side effects.')).toEqual([]);
  });
});
