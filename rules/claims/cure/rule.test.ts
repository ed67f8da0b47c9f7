import { describe, expect, it } from 'vitest';
import type { Finding, Rule } from '../../../src/types.js';
import { lintWithRule } from '../../../test/helpers/lint-one-rule.js';
import rule from './rule.js';

function lint(body: string): Finding[] {
  return lintWithRule(rule as Rule<unknown>, `---\ntype: ad\nauthor: Lakeside Wellness\n---\n${body}\n`);
}

describe('claims/cure messages', () => {
  it('cure: quotes only the verb, at error level', () => {
    const [f, ...rest] = lint('This tea cures eczema in a week.');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'claims/cure', severity: 2, line: 5, column: 10, endColumn: 15 });
    expect(f!.message).toBe('This promises a cure ("cures"). Regulators treat cure claims as misleading unless solid '
      + 'clinical evidence backs them. Say what the treatment can do, in measured words, and cite the evidence.');
  });
  it('needs a disease after the verb, and ignores negations and questions', () => {
    expect(lint('Time heals. Naloxone reverses an overdose.')).toEqual([]);
    expect(lint('This tea does not cure eczema. Can tea cure eczema?')).toEqual([]);
  });
});
