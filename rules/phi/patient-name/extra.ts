import type { Sentence, TextMap } from '../../../src/types.js';
import { nameLike, wordKind } from '../../../src/kit/lexicon/word-kinds.js';
import { ABBREVIATIONS } from '../../../src/text/abbreviations.js';
import type { Candidate } from './candidates.js';
import { HASHTAG_PREFIXES, HASHTAG_SUFFIXES, PERSON_SCORES as S } from './data.js';

const HASHTAG = /#(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*|\d)+)/gu;
const CAMEL = /(?=\p{Lu})/u;
const SUFFIXES = new Set(HASHTAG_SUFFIXES);
const PREFIXES = new Set(HASHTAG_PREFIXES);
// "M.J., 67" or "M.J. (67)": initials followed by an age; "patient M.J." is handled by its context.
const INITIALS = /(?<![\p{L}\p{N}.])((?:\p{Lu}\.){2,3})(?=\s*,\s*\d{1,3}(?!\d)|\s*\(\s*\d{1,3}\s*\)|\s*,?\s+(?:age|aged)\s+\d)/gu;

const QUICK_INITIALS = /[A-Z]\.[A-Z]\./;

function sentenceOf(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => s.start <= offset && offset < s.end) ?? sentences[sentences.length - 1];
}

function make(map: TextMap, sentence: Sentence, start: number, end: number, names: string[], person: number,
  kind: 'hashtag' | 'initials'): Candidate {
  return {
    map, sentence, start, end, names, kinds: names.map(wordKind), atStart: false, before: -1, first: -1,
    last: -1, sentenceFirst: -1, evidence: new Set([kind]), person,
  };
}

/** Support hashtags built on a name (#KaylaStrong, #PrayForNoah) and initials with an age ("M.J., 67"). */
export function findExtras(map: TextMap, sentences: readonly Sentence[]): Candidate[] {
  const out: Candidate[] = [];
  const text = map.text;
  HASHTAG.lastIndex = text.includes('#') ? 0 : text.length;
  for (let m = HASHTAG.exec(text); m; m = HASHTAG.exec(text)) {
    const parts = m[1]!.split(CAMEL).map((p) => p.toLowerCase());
    // "#BaileyJoStrong", "#PrayForNoah", "#TeamMaxwellReed": up to three name parts before a
    // support word, or after a support prefix.
    let name: string[] | undefined;
    if (parts.length >= 2 && parts.length <= 4 && SUFFIXES.has(parts[parts.length - 1]!)) name = parts.slice(0, -1);
    for (let k = 1; !name && k < parts.length && k <= 3; k++) {
      if (PREFIXES.has(parts.slice(0, k).join('')) && parts.length - k <= 3) name = parts.slice(k);
    }
    const sentence = sentenceOf(sentences, m.index);
    if (!name || !sentence) continue;
    const kinds = name.map(wordKind);
    if (!kinds.every(nameLike)) continue;
    const person = kinds[0] === 'given' ? S.hashtagGiven : S.hashtagOther;
    out.push(make(map, sentence, m.index, m.index + m[0].length, name, person, 'hashtag'));
  }
  if (!QUICK_INITIALS.test(text)) return out;
  INITIALS.lastIndex = 0;
  for (let m = INITIALS.exec(text); m; m = INITIALS.exec(text)) {
    if (ABBREVIATIONS.has(m[1]!.toLowerCase())) continue;
    const sentence = sentenceOf(sentences, m.index);
    if (sentence) out.push(make(map, sentence, m.index, m.index + m[1]!.length, [m[1]!.toLowerCase()], S.initial, 'initials'));
  }
  return out;
}
