import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/engine/lint-text.js';
import type { Finding, ResolvedConfig, Rule } from '../../../src/types.js';
import rule from './rule.js';
import { mayHold } from './matcher.js';
import { prefilterSource } from './dataset.js';
import { PREFILTER_SOURCE } from './prefilter.js';

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
  it('the stored pre-filter is the one built from the word list (regenerate prefilter.ts when this fails)', () => {
    expect(PREFILTER_SOURCE).toBe(prefilterSource());
  });
  it('the cheap pre-filter passes clean posts by and catches every spelling obscenity would', () => {
    expect(mayHold('flu shots are in! the a1c class meets at 5pm, ask about covid-19 boosters 💉 café hours 9-5')).toBe(false);
    for (const t of ['fuuuck', 'sh1t', 'b!tch', 'a$$', 'f***', 'b@stard', 'fück', 'ｆｕｃｋ', 'ʃhit', 'bullshit', 'dammit']) {
      expect([t, mayHold(t)]).toEqual([t, true]);
    }
  });
});
