import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine/lint-text.js';
import { termRule, TermMatcher, units, usage, type TermEntry } from '../src/kit/term-rule.js';
import type { Finding, ResolvedConfig, Rule, TextMap } from '../src/types.js';

const map = (text: string): TextMap => ({ text, scope: 'body', toSource: (i) => i });
const found = (entries: readonly TermEntry[], text: string): string[] =>
  new TermMatcher(entries).find(map(text)).map((h) => `${h.text}@${h.start}:${h.usage}`);

const DIABETIC: TermEntry = {
  avoid: ['diabetic'], prefer: ['person with diabetes'], source: '[S24]',
  when: { prev: ['a', 'the', 'type 2'], next: ['patient', 'patients'] }, unless: { next: ['retinopath*', 'diet'] },
};

describe('TermMatcher', () => {
  it('matches whole words, case-insensitively, longest phrase first', () => {
    const e: TermEntry[] = [{ avoid: ['addict', 'former addict'], source: '[S23]' }];
    expect(found(e, 'Addicts, addiction and an ADDICT. A former addict.')).toEqual(['ADDICT@26:use', 'former addict@36:use']);
  });
  it('treats hyphens and spaces alike, drops possessives, matches joined phrases in hashtags', () => {
    const e: TermEntry[] = [{ avoid: ['wheelchair bound', 'drug seeker'], source: '[S24]' }];
    expect(found(e, 'wheelchair-bound; wheelchair bound; #drugseeker; drug seeker’s')).toEqual([
      'wheelchair-bound@0:use', 'wheelchair bound@18:use', 'drugseeker@37:use', 'drug seeker’s@49:use']);
  });
  it('does not join words across punctuation', () => {
    expect(found([{ avoid: ['drug seeker'], source: 'x' }], 'Say no to drug. Seeker of truth.')).toEqual([]);
  });
  it('when: needs a listed neighbour (phrases and stems too); unless wins over when', () => {
    expect(found([DIABETIC], 'a diabetic, diabetic patients, type 2 diabetic, the diabetic diet, a diabetic retinopathy exam, diabetic care'))
      .toEqual(['diabetic@2:use', 'diabetic@12:use', 'diabetic@38:use']);
  });
  it('"$" is the edge of the text or punctuation', () => {
    const e: TermEntry[] = [{ avoid: ['the blind'], source: 'x', when: { next: ['$', 'and'] } }];
    expect(found(e, 'For the blind. For the blind and deaf. In the blind spot.')).toEqual(['the blind@4:use', 'the blind@19:use']);
  });
  it('skips listed names and Title Case names', () => {
    const e: TermEntry[] = [{ avoid: ['alcoholics', 'substance abuse'], source: 'x', names: ['Substance Abuse and Mental Health'] }];
    expect(found(e, 'Alcoholics Anonymous meets here. Funded by the Substance Abuse and Mental Health office. Alcoholics deserve care.'))
      .toEqual(['Alcoholics@89:use']);
  });
  it('units split at hyphens and keep offsets', () => {
    expect(units(map("co-pay #Addicts' care")).map((u) => [u.lower, u.start, u.end])).toEqual([['co', 0, 2], ['pay', 3, 6], ['addicts', 8, 15], ['care', 17, 21]]);
  });
});

describe('usage (use or mention)', () => {
  const at = (text: string, word: string): string => usage(text, text.indexOf(word), text.indexOf(word) + word.length);
  it('a term alone in quotes, or after a teaching cue, is a mention', () => {
    expect(at('We say "a person with schizophrenia," not "a schizophrenic."', 'schizophrenic.')).toBe('mention');
    expect(at("Never say 'addict'.", 'addict')).toBe('mention');
    expect(at('Instead of addict, say person who uses drugs.', 'addict')).toBe('mention');
    expect(at('Avoid labels like junkie.', 'junkie')).toBe('mention');
    expect(at('We say person first, not addict.', 'addict')).toBe('mention');
  });
  it('a term inside a longer quotation is quoted; elsewhere it is used', () => {
    expect(at('"I was an addict for ten years before I came here," she said.', 'addict')).toBe('quoted');
    expect(at("The patients' addict label stuck.", 'addict')).toBe('use');
    expect(at("Don't let addicts wait.", 'addicts')).toBe('use');
  });
});

describe('termRule', () => {
  const rule = termRule({
    meta: { id: 'professionalism/test-terms', description: 't', severity: 'error', scopes: ['body'],
      messages: { substitute: '"{{term}}":{{note}} say "{{prefer}}".', avoid: '"{{term}}" no.{{note}}' } },
    entries: [{ avoid: ['addict', 'addicts'], prefer: ['person who uses drugs'], note: 'Why.', source: 'x' },
      { avoid: ['junkie'], source: 'x' }],
    accept: (hit) => (hit.text.toLowerCase() === 'addicts' ? 1 : true),
  });
  const lint = (body: string): Finding[] => {
    const config: ResolvedConfig = { rules: new Map([[rule.meta.id, { severity: 2, options: undefined }]]),
      organization: { names: [], phones: [], emails: [], domains: [], addresses: [] }, ignores: [] };
    return lintText(`---\ntype: post\n---\n${body}\n`, { filePath: '/v/p.md', config, rules: [rule as Rule<unknown>] }).messages;
  };
  it('reports substitute and avoid with their data, lowers quoted and accepted-lower hits, skips mentions', () => {
    const out = lint('An addict. "He was a junkie for years," they said. Addicts too. Avoid "addict".');
    expect(out.map((f) => [f.column, f.severity, f.message])).toEqual([
      [4, 2, '"addict": Why. say "person who uses drugs".'],
      [22, 1, '"junkie" no.'],
      [52, 1, '"Addicts": Why. say "person who uses drugs".'],
    ]);
  });
});
