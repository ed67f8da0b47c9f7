import type { Sentence, TextMap } from '../types.js';
import { ABBREVIATIONS } from './abbreviations.js';

/**
 * Splits a text map into sentences: at . ! ? (and runs of them) followed by space and not
 * ending a known abbreviation ("Dr.", "e.g.", "a.m."), and at line breaks, because social posts
 * put one thought per line and rarely hard-wrap.
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
    } else if (ch === '.' || ch === '!' || ch === '?') {
      let j = i + 1;
      while (j < text.length && /[.!?)"'’”]/.test(text[j]!)) j++;
      if (j < text.length && !/\s/.test(text[j]!)) continue;
      if (ch === '.' && endsWithAbbreviation(text, i)) continue;
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
