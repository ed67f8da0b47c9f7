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
  const text = `---\ntype: post\nauthor: Lakeside Clinic\n${front}---\n${body}\n`;
  return lintText(text, { filePath: '/virtual/post.md', config, rules: [rule as Rule<unknown>] }).messages;
}

describe('citation/missing-source messages', () => {
  it('statistic: quotes the figure, not the words around it', () => {
    const [f, ...rest] = lint('About 40% of adults sleep too little.');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'citation/missing-source', severity: 2, line: 5, column: 7, endColumn: 10 });
    expect(f!.message).toBe('This health figure ("40%") has no source. Add where it comes from (a link, DOI, PMID, '
      + 'or journal and year) to the post or its sources list, or leave the figure out.');
  });
  it('evidence: names the appeal to evidence', () => {
    const [f] = lint('Research shows that naps help memory.');
    expect(f).toMatchObject({ column: 1, endColumn: 15 });
    expect(f!.message).toBe('"Research shows" tells readers there is evidence, but the post does not say where. Add the '
      + 'study (a link, DOI, PMID, or journal and year) to the post or its sources list, or drop the claim.');
  });
  it('claim: a risk claim without a number', () => {
    const [f] = lint('Flossing lowers your risk of heart disease.');
    expect(f!.message).toBe('This health claim ("lowers your risk") has no source. Add the evidence for it (a link, DOI, '
      + 'PMID, or journal and year) to the post or its sources list, or leave it out.');
  });
  it('reports once per sentence, and not at all once a source is given', () => {
    expect(lint('Studies show 1 in 3 adults naps. Also 20% of teens do.')).toHaveLength(2);
    expect(lint('Studies show 1 in 3 adults naps.', 'sources:\n  - https://www.cdc.gov/sleep/\n')).toEqual([]);
  });
});
