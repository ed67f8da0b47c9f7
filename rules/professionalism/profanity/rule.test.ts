import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/engine/lint-text.js';
import type { Finding, ResolvedConfig, Rule } from '../../../src/types.js';
import rule from './rule.js';

function lint(body: string): Finding[] {
  const config: ResolvedConfig = {
    rules: new Map([[rule.meta.id, { severity: 2, options: {} }]]),
    organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
    ignores: [],
  };
  const text = `---\ntype: post\nauthor: Lakeside Clinic\n---\n${body}\n`;
  return lintText(text, { filePath: '/virtual/post.md', config, rules: [rule as Rule<unknown>] }).messages;
}

describe('professionalism/profanity messages', () => {
  it('profanity: quotes the whole word as written, at error level', () => {
    const [f, ...rest] = lint('This week was f***ing long.');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'professionalism/profanity', severity: 2, line: 5, column: 15, endColumn: 22 });
    expect(f!.message).toBe('Swearing ("f***ing") looks unprofessional in a healthcare post, masked or not. Remove it or use a plain word.');
  });
  it('mild: warns only', () => {
    const [f] = lint('Damn, flu season came early.');
    expect(f).toMatchObject({ severity: 1, column: 1, endColumn: 5 });
    expect(f!.message).toBe('"Damn" is mild, but it still reads as unprofessional in a healthcare post. Consider a plainer word.');
  });
  it('quoted swearing is lowered to a warning, a hashtag is reported without its #', () => {
    expect(lint('The patient yelled "this is bullshit" at triage.')).toMatchObject([{ severity: 1, column: 29, endColumn: 37 }]);
    expect(lint('Night shift #hell')).toMatchObject([{ column: 14, endColumn: 18 }]);
  });
  it('stays cheap: a clean post never reaches obscenity', () => {
    const body = 'Flu shots are in! Walk in any time we are open, or book online. Most insurance plans cover it. '.repeat(3);
    const t = performance.now();
    for (let i = 0; i < 200; i++) lint(body);
    expect(lint(body)).toEqual([]);
    expect((performance.now() - t) / 200).toBeLessThan(5);
  });
});
