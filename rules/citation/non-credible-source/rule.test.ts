import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/engine/lint-text.js';
import type { Finding, ResolvedConfig, Rule } from '../../../src/types.js';
import rule from './rule.js';

function lint(body: string, sources: readonly string[], options: object = {}): Finding[] {
  const config: ResolvedConfig = {
    rules: new Map([[rule.meta.id, { severity: 1, options: { ...rule.meta.defaults, ...options } }]]),
    organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
    ignores: [],
  };
  const list = sources.length ? `sources:\n${sources.map((s) => `  - ${s}\n`).join('')}` : '';
  const text = `---\ntype: post\nauthor: Lakeside Clinic\n${list}---\n${body}\n`;
  return lintText(text, { filePath: '/virtual/post.md', config, rules: [rule as Rule<unknown>] }).messages;
}

const CLAIM = 'Studies show this tea lowers blood pressure.';

describe('citation/non-credible-source messages', () => {
  it('social: names the site only, at warning level', () => {
    const [f, ...rest] = lint(CLAIM, ['https://www.tiktok.com/@someone/video/1']);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'citation/non-credible-source', severity: 1, line: 5, column: 5 });
    expect(f!.message).toBe('This source is a social-media post or video (tiktok.com), which cannot back a health claim. '
      + 'Cite the study or health agency page behind it instead.');
  });
  it('shortener', () => {
    expect(lint(CLAIM, ['https://tinyurl.com/abc'])[0]!.message).toBe('This is a shortened link (tinyurl.com), so readers '
      + 'cannot see where it goes. Use the full link to the study or health agency page.');
  });
  it('retail', () => {
    expect(lint(CLAIM, ['https://www.amazon.com/dp/B01'])[0]!.message).toBe('This source is a shop or product page '
      + '(amazon.com). A seller cannot back its own health claim: cite independent evidence instead.');
  });
  it('blog', () => {
    expect(lint(CLAIM, ['https://teatalk.blogspot.com/2024/post'])[0]!.message).toBe('This source is a self-published blog '
      + '(teatalk.blogspot.com) with no editor or review. Cite the study or health agency page it relies on instead.');
  });
  it('unlisted: only with flagUnlisted', () => {
    expect(lint(CLAIM, ['https://teafacts.example.net/bp'])).toEqual([]);
    expect(lint(CLAIM, ['https://teafacts.example.net/bp'], { flagUnlisted: true })[0]!.message).toBe('This source '
      + '(teafacts.example.net) is not on your list of credible health sources. Cite a government, journal or '
      + 'medical-society page, or add the site to extraCredibleDomains.');
  });
  it('text: a source with no reference in it', () => {
    const [f] = lint(`${CLAIM} Source: my aunt.`, []);
    expect(f).toMatchObject({ line: 5, column: 46, endColumn: 62 });
    expect(f!.message).toBe('This source names no link, DOI, PMID, or journal and year, so readers cannot check it. '
      + 'Add the reference itself.');
  });
  it('a credible source anywhere settles it; a replaced allowlist changes what counts', () => {
    expect(lint(CLAIM, ['https://www.instagram.com/p/1', 'https://www.nhlbi.nih.gov/health/high-blood-pressure'])).toEqual([]);
    expect(lint(CLAIM, ['https://www.nhlbi.nih.gov/health'], { credibleDomains: ['who.int'], flagUnlisted: true })).toHaveLength(1);
  });
});
