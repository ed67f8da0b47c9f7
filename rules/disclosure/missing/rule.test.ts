import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/engine/lint-text.js';
import type { Finding, ResolvedConfig, Rule } from '../../../src/types.js';
import rule from './rule.js';

function lint(body: string, front = ''): Finding[] {
  const config: ResolvedConfig = {
    rules: new Map([[rule.meta.id, { severity: 2, options: {} }]]),
    organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
    ignores: [],
  };
  const text = `---\nplatform: instagram\n${front}---\n${body}\n`;
  return lintText(text, { filePath: '/virtual/post.md', config, rules: [rule as Rule<unknown>] }).messages;
}

describe('disclosure/missing messages', () => {
  it('missing: says why the post needs a disclosure and points at the signal', () => {
    const [f, ...rest] = lint('Love this foam roller. Use code ROLL15 for 15% off!');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 2, line: 4, column: 24, endColumn: 39 });
    expect(f!.message).toBe('This post looks like paid or partner content (a discount code) but has no clear disclosure. '
      + 'Start it with "#ad", "Sponsored" or "Paid partnership with <brand>".');
  });
  it('missing: with only "sponsored: true", points at the first sentence', () => {
    const [f] = lint('Allergy season is here. Ask us which spray fits you.', 'sponsored: true\n');
    expect(f).toMatchObject({ line: 5, column: 1, endColumn: 24 });
    expect(f!.message).toContain('(it is marked "sponsored: true")');
  });
  it('unclear: names the ambiguous tag', () => {
    const [f] = lint('New electrolyte mix for long runs #spon', 'sponsored: true\n');
    expect(f).toMatchObject({ column: 35, endColumn: 40 });
    expect(f!.message).toBe('"#spon" is not a clear disclosure: tags like #sp, #spon, #collab or #partner are easy to misread. '
      + 'Start the post with "#ad", "Sponsored" or "Paid partnership with <brand>".');
  });
  it('a clear disclosure anywhere satisfies it; negated "sponsored" does not', () => {
    expect(lint('#ad Love this foam roller. Use code ROLL15 for 15% off!')).toEqual([]);
    expect(lint('Not sponsored, I just love it. Use code ROLL15 for 15% off!')).toHaveLength(1);
  });
});
