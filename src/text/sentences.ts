import type { Sentence, TextMap } from '../types.js';
import { ABBREVIATIONS } from './abbreviations.js';

const EMOJI_END = /\p{Extended_Pictographic}\uFE0F?$/u;
const CAPITAL_WORD = /^\p{Lu}\p{Ll}/u;
// "I ❤️ Dr. Chen": a title after an emoji is more often mid-sentence.
const TITLE_NEXT = /^(?:Dr|Mr|Mrs|Ms|Mx|Nurse)\b/;

/**
 * Splits a text map into sentences: at . ! ? (and runs of them) followed by space and not
 * ending a known abbreviation ("Dr.", "e.g.", "a.m."), at line breaks, because social posts
 * put one thought per line and rarely hard-wrap, and after an emoji followed by a capitalised
 * word ("walking again 😂 Next week..."), where posts often drop the full stop.
 * "(shoutout to Ana!) has been" is one sentence: a parenthesis followed by lower case goes on.
 */
export function splitSentences(map: TextMap): Sentence[] {
  const text = map.text;
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ map, start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i + 1);
    } else if (ch === ' ' && i > 0 && EMOJI_END.test(text.slice(Math.max(0, i - 2), i))
      && CAPITAL_WORD.test(text.slice(i + 1, i + 6)) && !TITLE_NEXT.test(text.slice(i + 1, i + 6))) {
      push(i + 1);
    } else if (ch === '.' || ch === '!' || ch === '?') {
      let j = i + 1;
      while (j < text.length && /[.!?)"'’”]/.test(text[j]!)) j++;
      if (j < text.length && !/\s/.test(text[j]!)) continue;
      if (ch === '.' && endsWithAbbreviation(text, i)) continue;
      if (text[j - 1] === ')' && /^\s+\p{Ll}/u.test(text.slice(j, j + 3))) continue;
      push(j);
      i = j - 1;
    }
  }
  push(text.length);
  return out;
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot + 1).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital initial ("M. Jones", "J.R.") does not end a sentence.
  return /^(?:\p{Lu}\.)+$/u.test(text.slice(s, dot + 1));
}
