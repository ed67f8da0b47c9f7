/**
 * Masks matched PHI for output (CONTRACT section 5). The first letter of each word of two or
 * more letters stays, so a reader can tell which finding is which ("Mary Johnson" ->
 * "M*** J******"); every other letter, a lone initial and every digit become `*`, because a
 * digit kept from a short number ("3/2", "M.J.") would print it in clear. Punctuation and
 * spaces stay.
 */
export function mask(text: string): string {
  return text.replace(/[\p{L}\p{M}]+|\p{N}+/gu, (word) => {
    const chars = [...word];
    if (/\p{N}/u.test(chars[0]!) || chars.length < 2) return '*'.repeat(chars.length);
    return chars[0] + '*'.repeat(chars.length - 1);
  });
}
