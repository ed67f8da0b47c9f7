import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/engine/lint-text.js';
import type { Finding, ResolvedConfig, Rule } from '../../../src/types.js';
import rule from './rule.js';

function lint(body: string): Finding[] {
  const config: ResolvedConfig = {
    rules: new Map([[rule.meta.id, { severity: rule.meta.severity === 'error' ? 2 : 1, options: {} }]]),
    organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
    ignores: [],
  };
  const text = `---\ntype: ad\nauthor: Lakeside Wellness\n---\n${body}\n`;
  return lintText(text, { filePath: '/virtual/post.md', config, rules: [rule as Rule<unknown>] }).messages;
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
