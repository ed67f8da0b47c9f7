import type { Pattern } from '../../../src/kit/recognizer.js';

// Source: SSA, "Social Security Number Randomization" (2011): area 000, 666 and 900-999,
// group 00 and serial 0000 are never issued. 45 CFR 164.514(b)(2)(i)(G) lists SSNs; HHS
// de-identification guidance: the last four digits are not de-identified either.
function issued(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  return a !== 0 && a !== 666 && a < 900 && group !== '00' && serial !== '0000';
}

const valid = (h: { groups: Readonly<Record<string, string>> }): boolean =>
  issued(h.groups.area ?? '', h.groups.group ?? '', h.groups.serial ?? '');

/** SSN shapes, most specific first. Source: SSA number format (AAA-GG-SSSS). */
export const SSN_PATTERNS: readonly Pattern[] = [
  // "SSN 412 77 3051", "ssn#318520947", "social security no. 529.04.1186": a cue makes any separator safe.
  {
    name: 'cued',
    regex: /\b(?:ssn|ss#|soc(?:ial)?\.?\s*sec(?:urity)?(?:\s*(?:number|no\.?|#))?)\s*(?:#|:|no\.?|number)?\s*(?<area>\d{3})[-.\s]?(?<group>\d{2})[-.\s]?(?<serial>\d{4})(?!\d)/gi,
    score: 0.95,
    validate: valid,
  },
  // "529-04-1186", "529 04 1186", "529.04.1186": the same separator twice, not part of a longer number.
  {
    name: 'separated',
    regex: /(?<![\d\-.])(?<area>\d{3})(?<sep>[-.\s])(?<group>\d{2})\k<sep>(?<serial>\d{4})(?![\d]|[-.]\d)/g,
    score: 0.8,
    validate: valid,
  },
  // "SSN ending 1234", "last four of her social: 4417": HHS says the last four are still identifying.
  {
    name: 'last-four',
    regex: /\b(?:ssn|social(?:\s+security)?(?:\s+number)?)\s+(?:ending(?:\s+in)?|last\s+(?:4|four))\s*(?:digits\s*)?(?:is\s*|of\s*|:\s*)?(?<last>\d{4})(?!\d)/gi,
    score: 0.85,
  },
  {
    name: 'last-four-before',
    regex: /\blast\s+(?:4|four)(?:\s+digits)?\s+of\s+(?:(?:his|her|their|your|the)\s+)?(?:ssn|social(?:\s+security)?(?:\s+number)?)\s*(?:is\s*|:\s*|-\s*)?(?<last>\d{4})(?!\d)/gi,
    score: 0.85,
  },
];
