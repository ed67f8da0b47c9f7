// Source: CMS, "Understanding the Medicare Beneficiary Identifier (MBI) Format": 11 characters;
// positions 1, 4, 7, 10, 11 numeric (position 1 is 1-9); 2, 5, 8, 9 alphabetic; 3 and 6 alphanumeric;
// letters S, L, O, I, B and Z are never used. Dashes are printed only for readability.
const ALPHA = /[AC-HJKMNP-RT-Y]/;
const ALNUM = /[AC-HJKMNP-RT-Y0-9]/;
const NUM = /[0-9]/;
const RULES: readonly RegExp[] = [/[1-9]/, ALPHA, ALNUM, NUM, ALPHA, ALNUM, NUM, ALPHA, ALPHA, NUM, NUM];

/** True when `code` (dashes allowed) follows the MBI character rules. */
export function validMbi(code: string): boolean {
  const c = code.replace(/-/g, '').toUpperCase();
  return c.length === 11 && RULES.every((re, i) => re.test(c[i]!));
}
