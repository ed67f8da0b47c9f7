/**
 * Masks matched PHI for output (CONTRACT section 5): the first letter or digit of each word
 * stays, every other letter and digit becomes `*`, punctuation and spaces stay, so
 * "Mary Johnson" -> "M*** J******" and "412 77 3051" -> "4** 7* 3***".
 */
export function mask(text: string): string {
  let out = '';
  let inWord = false;
  for (const ch of text) {
    const isWordChar = /[\p{L}\p{N}]/u.test(ch);
    if (!isWordChar) {
      out += ch;
      inWord = false;
    } else if (!inWord) {
      out += ch;
      inWord = true;
    } else {
      out += '*';
    }
  }
  return out;
}
