import type { Hit, Pattern } from '../../../src/kit/recognizer.js';
import { spelledDigits } from './normalize.js';

// Source: NANP number format (ATIS-0300115, 3-digit area, 3-digit exchange, 4-digit line) and
// ITU-T E.164 (country code, at most 15 digits). 45 CFR 164.514(b)(2)(i)(D)-(F): telephone numbers,
// fax numbers and e-mail addresses of the individual, relatives, employers or household members.
// Ten bare digits count only right after a phone word (else they may be an account number).
const PHONE_WORD_BEFORE = /\b(?:phone|cell|call|text|fax|tel|mobile|number)\s*(?:is|at|:|#)?\s*$/i;

export const DIGIT_PHONE_PATTERNS: readonly Pattern[] = [
  // "(555) 010-2233 ext 4", "555.010.4417", "+1 555-010-7734", "555 010 2233"
  {
    name: 'nanp',
    regex: /(?<![\w+.\-/])(?:\+?1[-.\s]?)?(?:\(\d{3}\)[-.\s]?|\d{3}[-.\s])\d{3}[-.\s]\d{4}(?:\s*,?\s*(?:ext\.?|extension|x)\s*\d{1,5})?(?![\w/]|[-.]\d)/g,
    score: 0.7,
  },
  // "cell 5550102233": ten bare digits only right after a phone word (else it may be an account number).
  {
    name: 'bare-10',
    // Digits first, then a look back: a leading look-behind is tried at every position of every text.
    regex: /(?<![\w+])(?:\+?1)?\d{10}(?![\w-])/g,
    score: 0.6,
    validate: (h: Hit) => PHONE_WORD_BEFORE.test(h.map.text.slice(Math.max(0, h.start - 24), h.start)),
  },
  // "555-0126": a seven-digit local number (exchange 2-9), hyphen or dot only; a space is too loose.
  // It counts only where the words before it make it someone's (`owner.ts`), never on care talk alone.
  {
    name: 'local-7',
    regex: /(?<![\w+.\-/#$])[2-9]\d{2}[-.]\d{4}(?![\w/]|[-.]\d)/g,
    score: 0.5,
  },
  // "+44 20 7946 0958": E.164 with a country code other than the NANP's 1.
  {
    name: 'e164',
    regex: /(?<![\w+])\+[2-9]\d{0,2}(?:[\s.-]?\d){6,12}(?![\w])/g,
    score: 0.6,
  },
];

// "five-five-five, oh-one-oh, four-four-seven-one": spelled out to dodge filters, still a number.
export const SPELLED_PHONE: Pattern = {
  name: 'spelled',
  regex: /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?:[\s,-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)){6,14}\b/gi,
  score: 0.7,
  validate: (h: Hit) => isPhoneLikeSequence(spelledDigits(h.text)),
};

export const PHONE_PATTERNS: readonly Pattern[] = [...DIGIT_PHONE_PATTERNS, SPELLED_PHONE];

/** 7, 10 or 11 digits that are not a counted run ("one, two, three, ..."). */
function isPhoneLikeSequence(digits: string): boolean {
  if (![7, 10, 11].includes(digits.length)) return false;
  let up = 0;
  let down = 0;
  for (let i = 1; i < digits.length; i++) {
    const d = Number(digits[i]) - Number(digits[i - 1]);
    if (d === 1) up++;
    if (d === -1) down++;
  }
  return up < digits.length - 2 && down < digits.length - 2;
}

// Source: RFC 5322 addr-spec (simplified to the characters people type); obfuscated forms
// ("name dot name at example dot com", "[at]", "(dot)") are the common anti-scraping spellings.
export const EMAIL_PATTERNS: readonly Pattern[] = [
  {
    name: 'email',
    regex: /(?<![\w.+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?![\w-])/g,
    score: 0.8,
  },
  {
    name: 'spoken-email',
    regex: /(?<![\w.@])(?<local>[a-z0-9_%+-]+(?:(?:\s+dot\s+|\s*[[({]dot[\])}]\s*|\.)[a-z0-9_%+-]+)*)(?<at>\s+at\s+|\s*[[({]at[\])}]\s*|\s*@\s*)(?<domain>[a-z0-9-]+(?:(?:\s+dot\s+|\s*[[({]dot[\])}]\s*|\.)[a-z0-9-]+)*(?:\s+dot\s+|\s*[[({]dot[\])}]\s*)(?:com|org|net|edu|gov|us|co|io|info|biz|me|health|care))\b/gi,
    score: 0.7,
    validate: (h: Hit) => {
      const local = h.groups.local ?? '';
      // "visit us at clinic dot com" is a spoken web address, not a mailbox.
      if (/^(?:us|me|him|her|them|you|it|look|visit|online|here|there|anytime|site|page|web)$/i.test(local)) return false;
      return !/^\s+at\s+$/i.test(h.groups.at ?? '') || /dot|[._\d]/i.test(local);
    },
  },
];

// Source: [derived] cheap pre-tests, no list of their own.
/** Gates: digit numbers need a run of three digits, spelled ones two digit words, e-mails an "@" or a spoken "at"/"dot". */
export const DIGIT_RUN = /\d{3}/;
export const SPELLED = /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[\s,-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/i;
const SPOKEN_EMAIL_HINT = /[[({](?:at|dot)[\])}]|\sdot\s/i;
export function emailHint(text: string): boolean {
  return text.includes('@') || SPOKEN_EMAIL_HINT.test(text);
}

/** A fax, not a phone: "fax", "e-fax", "faxed ... to", or "F:" right before the number. */
// Source: [derived] common fax labels on letterheads and signatures.
export const FAX_CUE = /\b(?:e-?fax|fax(?:ed|ing)?|facsimile)\b|\bF\s*[:.]\s*$/gi;
export const PHONE_CUE = /\b(?:call|phone|cell|mobile|text|tel|voicemails?|ph)\b|\b[PTM]\s*[:.]\s*$/gi;
export const FAX_AFTER = /^\s*\(?\s*(?:fax|f)\s*\)?(?![\w])/i;

/** Public lines anyone may publish (digits only, compared on the last 10 digits). */
// Source: 988 Lifeline (SAMHSA); America's Poison Centers 1-800-222-1222; SAMHSA National Helpline
// 1-800-662-4357; National Domestic Violence Hotline 1-800-799-7233; RAINN 1-800-656-4673;
// CDC-INFO 1-800-232-4636; NCI 1-800-422-6237; 1-800-MEDICARE 1-800-633-4227; Disaster Distress
// Helpline 1-800-985-5990; National Human Trafficking Hotline 1-888-373-7888; quitline 1-800-784-8669;
// former Lifeline 1-800-273-8255; Veterans Crisis Line via 988 press 1.
export const PUBLIC_LINES: readonly string[] = [
  '8002221222', '8006624357', '8007997233', '8006564673', '8002324636', '8004226237',
  '8006334227', '8009855990', '8883737888', '8007848669', '8002738255',
];

/** Toll-free area codes belong to businesses and services, never to a private person's line. */
// Source: FCC, toll-free numbers (47 CFR 52.101-52.111): 800, 888, 877, 866, 855, 844, 833.
export const TOLL_FREE: ReadonlySet<string> = new Set(['800', '888', '877', '866', '855', '844', '833']);

/** Role mailboxes are an organisation's, whoever reads them. */
// Source: RFC 2142 (mailbox names for common services) plus common clinic front-office boxes [derived].
export const ROLE_MAILBOX = /^(?:info|contact|hello|feedback|support|help|office|frontdesk|front\.desk|reception|appointments?|scheduling|billing|records|medical\.?records|privacy|compliance|media|press|pr|marketing|careers|jobs|hr|admin|webmaster|postmaster|abuse|noreply|no-reply|donotreply|team|care|patientcare|patient\.?services|pharmacy|refills?|referrals?|nurse(?:line)?|questions|events|volunteer|giving|foundation)@/i;
