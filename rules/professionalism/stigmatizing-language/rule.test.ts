import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/engine/lint-text.js';
import type { Finding, ResolvedConfig, Rule } from '../../../src/types.js';
import rule from './rule.js';
import { STIGMATIZING_TERMS } from './data.js';

function lint(body: string): Finding[] {
  const config: ResolvedConfig = {
    rules: new Map([[rule.meta.id, { severity: 1, options: {} }]]),
    organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
    ignores: [],
  };
  const text = `---\ntype: post\nauthor: Bridgeway Recovery\n---\n${body}\n`;
  return lintText(text, { filePath: '/virtual/post.md', config, rules: [rule as Rule<unknown>] }).messages;
}

describe('professionalism/stigmatizing-language messages', () => {
  it('substitute: names the term, the note and the person-first wording', () => {
    const [f, ...rest] = lint('Our neighbor committed suicide last spring.');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 1, line: 5, column: 14, endColumn: 31 });
    expect(f!.message).toBe('"committed suicide" labels or stigmatises people. Suicide is not a crime. '
      + 'Consider "died by suicide" or "took their own life" instead.');
    expect(f!.suggestions).toEqual([{ desc: 'Say "died by suicide"' }, { desc: 'Say "took their own life"' }]);
  });
  it('avoid: for words with no one replacement', () => {
    const [f] = lint('That patient is not a psycho.');
    expect(f!.message).toBe('"psycho" labels or stigmatises people. Describe the behaviour or the condition instead.');
  });
  it('every entry has a source and, unless it is an insult word, a preferred wording', () => {
    for (const e of STIGMATIZING_TERMS) {
      expect(e.source).toMatch(/\[(S\d+|derived)\]/);
      if (!e.prefer) expect(e.note ?? e.avoid.join()).toBeTruthy();
    }
  });
});
