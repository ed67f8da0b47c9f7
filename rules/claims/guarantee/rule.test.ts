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
