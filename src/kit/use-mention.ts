/** How a word is used: used, only mentioned as a word (taught, scare-quoted), or inside a quotation. */
export type Usage = 'use' | 'mention' | 'quoted';

const WORDS = /[\p{L}\p{N}]+/gu;
const count = (s: string): number => s.match(WORDS)?.length ?? 0;
const letter = (text: string, i: number): boolean => /[\p{L}\p{N}]/u.test(text[i] ?? '');

// Teaching cues right before a term: "instead of addict", "don't say crazy", "words like junkie",
// "we say X, not Y". Source: [derived] from how person-first language guides (NIDA [S23], AP [S25]) phrase it.
const CUE = new RegExp(String.raw`(?:\binstead of|\brather than|\b(?:don't|do not|never|stop|stopped|not|avoid|quit|no longer|won't) `
  + String.raw`(?:say|saying|use|using|call|calling)(?:\s+(?:anyone|someone|people|patients|them|him|her|others))?(?:\s+(?:an?|the))?|\bavoid(?:ing)?|\breplac(?:e|ing)|\bswap(?:ping)?|\bretir(?:e|ing)`
  + String.raw`|\b(?:words?|terms?|labels?|phrases?) (?:like|such as)|\bthe (?:words?|terms?|labels?|phrases?)`
  + String.raw`|\bsay\b[^.!?\n]*,\s*not)[\s"'“‘]*$`, 'i');

/**
 * Use or mention, for any word rule: a term in quotes that hold little more than the term
 * (`not "a schizophrenic"`) or right after "instead of", "avoid", "don't say" is being taught, not
 * used; a term inside a longer quotation on the same line is someone else's words (`quoted`).
 * Double quotes (straight or curly) and single quotes that are not apostrophes both count.
 */
export function usage(text: string, start: number, end: number): Usage {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const le = nl < 0 ? text.length : nl;
  let dq = -1;
  let sq = -1;
  for (let i = ls; i < start; i++) {
    const c = text[i];
    if (c === '"') dq = dq < 0 ? i : -1;
    else if (c === '“') dq = i;
    else if (c === '”') dq = -1;
    else if ((c === '‘' || c === "'") && !letter(text, i - 1) && letter(text, i + 1)) sq = i;
    else if ((c === '’' || c === "'") && !letter(text, i + 1)) sq = -1;
  }
  const rest = text.slice(end, le);
  for (const [open, closer] of [[dq, /["”]/], [sq, /['’](?![\p{L}\p{N}])/u]] as const) {
    const m = open < 0 ? null : closer.exec(rest);
    if (!m) continue;
    return count(text.slice(open + 1, end + m.index)) <= count(text.slice(start, end)) + 3 ? 'mention' : 'quoted';
  }
  return CUE.test(text.slice(Math.max(ls, start - 40), start)) ? 'mention' : 'use';
}
