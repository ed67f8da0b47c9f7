/** Bare URLs in prose: found, moved to links, and kept out of the prose text. */

// Scheme-less domains only count with a common top-level domain, so "Dr.Patel" or "e.g." stay prose.
const TLD = 'com|org|net|gov|edu|mil|int|info|biz|io|co|us|uk|ca|au|nz|ie|in|de|fr|es|it|nl|eu|health|care|clinic|'
  + 'hospital|doctor|dental|app|me|ly|ai|tv|link|page|site|online|news';
/** Bare URLs: http(s)://..., www...., and domain.tld/path (not an e-mail's domain). */
export const BARE_URL = new RegExp(String.raw`\bhttps?://[^\s<>"]+|\bwww\.[^\s<>"]+|`
  + String.raw`(?<![\w@.\-/])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:${TLD})(?![\w-])(?:/[^\s<>"]*)?`, 'gi');

const count = (s: string, ch: string): number => s.split(ch).length - 1;

/** Length of a matched URL without the sentence punctuation after it (and unbalanced `)` or `]`). */
export function trimUrl(url: string): number {
  let n = url.length;
  // Balance is counted once: a URL ending in many brackets must not cost n^2.
  let parens = count(url, '(') - count(url, ')');
  let squares = count(url, '[') - count(url, ']');
  for (;;) {
    const c = url[n - 1];
    if (c === undefined) return n;
    if ('.,;:!?\'"*_~'.includes(c)) n--;
    else if (c === ')' && parens < 0) { n--; parens++; }
    else if (c === ']' && squares < 0) { n--; squares++; }
    else return n;
  }
}
