import type { Token } from '../../../src/types.js';
import { INNER_CAPITAL_PREFIX } from './data.js';

const CAP = /^\p{Lu}/u;

/** "Harold", "O'Brien", "McKenzie", "Marsh-Tanaka" or an initial "M"; not "ER", "GleamPro". */
export function nameShaped(text: string): boolean {
  if (!CAP.test(text)) return false;
  if (text.length === 1) return true;
  if (text === text.toUpperCase()) return false;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== ch.toUpperCase() || ch.toLowerCase() === ch) continue;
    const prev = text[i - 1]!;
    if (prev === '-' || prev === "'" || prev === '’') continue;
    if (!INNER_CAPITAL_PREFIX.test(text.slice(text.lastIndexOf('-', i) + 1, i))) return false;
  }
  return true;
}

export const stripPossessive = (lower: string): string => lower.replace(/['’]s$/, '');

/** Words inside hashtags, handles, URLs and e-mail addresses are not prose names. */
export function skippable(text: string, t: Token): boolean {
  const before = text[t.start - 1];
  const after = text[t.end];
  return before === '#' || before === '@' || before === '/' || before === '_' || after === '@' || after === '/'
    || (before === '.' && t.start >= 2 && text[t.start - 2] !== ' ')
    || (after === '.' && /\p{L}/u.test(text[t.end + 1] ?? ''));
}

/** "T. Nakamura", "J. R. Ortiz": an initial, its full stop, then a capitalised word or another initial. */
export function leadingInitial(text: string, t: Token, next: Token | undefined): boolean {
  return next !== undefined && text.slice(t.end, next.start) === '. ' && nameShaped(next.text)
    && (next.text.length > 1 || text[next.end] === '.');
}
