import type { Hit, Pattern } from '../../../src/kit/recognizer.js';
import { validMbi } from './mbi.js';

/** What a record number is, each with its own message. */
export type RecordKind =
  | 'mrn' | 'healthPlan' | 'medicare' | 'account' | 'license' | 'proLicense' | 'rx' | 'lab' | 'claim' | 'caseNumber'
  | 'otherId';

/**
 * Cue words per kind. `strong` cues may be followed by the code directly ("acct 4410229107");
 * weak ones need "#", "no." or "number" ("chart #A778120"), or a code with at least five digits.
 */
interface Cue { readonly kind: RecordKind; readonly strong?: string; readonly weak?: string }

// Source: 45 CFR 164.514(b)(2)(i)(H)-(K) and (R): medical record, health plan beneficiary, account
// and certificate/licence numbers, and any other unique code (HHS guidance: e.g. a clinical-trial
// record number). CMS, "Understanding the MBI" for Medicare numbers. Cue lists [derived].
const CUES: readonly Cue[] = [
  { kind: 'mrn', strong: String.raw`mrn|medical[\s-]+records?(?:\s+(?:number|no\.?))?|med\.?\s+rec(?:ord)?|patient\s+(?:id|identifier|number|no\.?)|pt\.?\s+id|hospital\s+(?:number|no\.?)|chart\s+(?:number|no\.?)|encounter\s+(?:id|number)`, weak: 'chart' },
  { kind: 'medicare', strong: String.raw`medicare(?:\s+(?:beneficiary\s+identifier|id|number|no\.?|card))?|mbi|hicn` },
  // "<insurer> card, ID W2231-0098": any other card with an ID is a plan card (credit cards are accounts).
  { kind: 'healthPlan', strong: String.raw`medicaid(?:\s+(?:id|number|no\.?|card))?|(?:member|subscriber|beneficiary|insurance|health\s+plan|tricare|chip)\s+(?:id|identifier|number|no\.?|card)|policy\s+(?:number|no\.?)`, weak: String.raw`member|subscriber|policy|(?<!(?:gift|greeting|thank-you|business|report|birthday|credit|debit|bank|library)\s)card` },
  { kind: 'account', strong: String.raw`acct\.?|a\/c|account\s+(?:number|no\.?)|billing\s+(?:account|number)|(?:credit|debit|bank)\s+card(?:\s+(?:number|no\.?))?`, weak: 'account' },
  { kind: 'license', strong: String.raw`dl|driver['’]?s?\s+licen[cs]e(?:\s+(?:number|no\.?))?|licen[cs]e\s+(?:number|no\.?)|lic\.?|passport(?:\s+(?:number|no\.?))?|(?:birth|death|marriage)\s+certificate(?:\s+(?:number|no\.?))?|certificate\s+(?:number|no\.?)|state\s+id|green\s+card`, weak: String.raw`licen[cs]e|certificate|permit` },
  // NPI and DEA numbers are provider identifiers and are never cues.
  { kind: 'proLicense', weak: String.raw`(?:RN|LPN|LVN|APRN|CNA|NP|MD|DO|DDS|DMD|LCSW|LMFT|LPC|PharmD|RPh|EMT|PT|OT)(?:\s+lic(?:en[cs]e)?\.?)?` },
  { kind: 'rx', strong: String.raw`rx|prescription\s+(?:number|no\.?)`, weak: 'prescription|script' },
  { kind: 'lab', strong: String.raw`accession(?:\s+(?:number|no\.?))?|(?:specimen|sample|lab)\s+(?:id|number|no\.?)`, weak: 'requisition|specimen' },
  { kind: 'claim', strong: String.raw`claim\s+(?:id|number|no\.?)`, weak: 'claim' },
  { kind: 'caseNumber', strong: String.raw`case\s+(?:id|number|no\.?)`, weak: 'case' },
  { kind: 'otherId', strong: String.raw`(?:study|subject|participant|trial|wristband|bracelet)\s+(?:id|number|no\.?|code)|barcode` },
];

// A comma may come first: "Medicaid card, ID 7730-4412-918".
const MARK = String.raw`(?<mark>\s*,?\s*(?:#|no\.|nos?\.|number|num\.?|id)\s*[:#]?|\s*:)?`;
// "card (", "ID ending in", "is": words that may come between the marker and the code.
const BRIDGE = String.raw`(?:\s*(?:card|is|was|ending\s+in|ends\s+in|reads|of|=)\b)*\s*\(?\s*`;
// A code: letters and digits, maybe grouped by - / . (or a space before a digit group), with a digit somewhere.
const CODE = String.raw`(?<code>(?=[A-Z0-9\-/.]*(?:\s\d{2})?\d)[A-Z0-9]+(?:(?:[-/.]|\s(?=\d{2}))[A-Z0-9]+){0,4})(?![\w@])`;

function build(cue: Cue, which: 'strong' | 'weak'): Pattern {
  const words = cue[which]!;
  // Professional credentials keep their case ("RN #", not "rn"), everything else is case-insensitive.
  const flags = cue.kind === 'proLicense' ? 'g' : 'gi';
  return {
    name: `${cue.kind}:${which}`,
    // \b first: a leading look-behind alone would be tried at every position of the text.
    regex: new RegExp(String.raw`\b(?<!-)(?:${words})(?![A-Za-z])${MARK}${BRIDGE}${CODE}`, flags),
    score: which === 'strong' ? 0.8 : 0.6,
    validate: (h: Hit) => plausibleCode(h, which === 'strong' || h.groups.mark !== undefined),
  };
}

function plausibleCode(h: Hit, cued: boolean): boolean {
  const code = h.groups.code ?? '';
  const digits = code.replace(/\D/g, '').length;
  if (digits < 3 || code.replace(/[^A-Z0-9]/gi, '').length < 4) return false;
  if (!cued && digits < 5) return false;
  // Years, dates and plain counts are not identifiers ("case 2024", "claim 3/14/25").
  if (/^(?:19|20)\d\d$/.test(code) || /^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/.test(code)) return false;
  if (h.pattern.name.startsWith('medicare') && code.replace(/-/g, '').length === 11) return validMbi(code);
  return true;
}

// Word boundary, not the patterns' (?<![\w-]) look-behind: tried at every position, that costs more than the scan.
// Credentials keep their case, as in their pattern: with `i`, "do" and "pt" would pass every text.
const hintOf = (cues: readonly Cue[], flags: string): RegExp =>
  new RegExp(String.raw`\b(?:${cues.flatMap((c) => [c.strong, c.weak]).filter(Boolean).join('|')})(?![A-Za-z])`, flags);
const CUE_HINT = hintOf(CUES.filter((c) => c.kind !== 'proLicense'), 'i');
const PRO_HINT = hintOf(CUES.filter((c) => c.kind === 'proLicense'), '');
const MBI_HINT = /\d[A-Z]{1,2}[A-Z0-9]\d-/;
/**
 * One cheap scan for a digit (every code has three), then for any cue word or a dashed MBI, so the
 * full patterns run only on text that may hold one.
 */
export function recordHint(text: string): boolean {
  return /\d/.test(text) && (CUE_HINT.test(text) || PRO_HINT.test(text) || MBI_HINT.test(text));
}

export const RECORD_PATTERNS: readonly Pattern[] = [
  ...CUES.flatMap((c) => [
    ...(c.strong ? [build(c, 'strong')] : []),
    ...(c.weak ? [build(c, 'weak')] : []),
  ]),
  // A Medicare Beneficiary Identifier printed in its 4-3-4 form needs no cue.
  {
    name: 'medicare:mbi-shape',
    regex: /(?<![\w-])(?<code>[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-[AC-HJKMNP-RT-Y]{2}\d{2})(?![\w-])/g,
    score: 0.9,
  },
];

/** Cues just before the record word that make it the organisation's ("our account #", "pharmacy licence #"). */
// Source: [derived] DOMAIN.md 1.6 traps (provider identifiers, the organisation's own numbers).
export const ORG_BEFORE = /\b(?:our|pharmacy|clinic|facility|practice|hospital|lab(?:oratory)?|business|store|company|agency|tax|group|npi|dea|clia|ein|tin|ncpdp|board|state\s+board)(?:['’]s)?\s+(?:[\w.]+\s+)?$/i;

/** A clinician's credential just before a licence number: it is their own, shown by law in bios and ads. */
// Source: state advertising rules that require the licence number in clinician ads [derived]; DOMAIN.md 1.6.
export const CREDENTIAL_BEFORE = /\b(?:RN|LPN|LVN|APRN|NP|MD|DO|DDS|DMD|LCSW|LMFT|LPC|PsyD|PhD|PharmD|RPh|PA-C|DPT|OTR|licensed|board[- ]certified|clinician|counsel(?:l)?or|nurse|provider|surgeon|\w+(?:ologist|iatrist|ician|ist))\b[^\n]{0,30}$/i;

// Source: 45 CFR 164.514(b)(2)(i)(K) (certificate/licence numbers of the individual) [derived].
/** Licence words that always name a person's own document (never a clinic's or a clinician's credential). */
export const PERSONAL_DOCUMENT = /^(?:dl|driver|passport|birth|death|marriage|state\s+id|green\s+card)/i;
/** "your license", "his permit": the document is the person's. */
// Latin letters spelled out: `i` with `u` (for \p{L}) is slow to compile and to run.
export const HOLDER_BEFORE = /\b(?:your|his|her|their|[a-z\u00C0-\u024F]+['’]s)\s+(?:[\w-]+\s+){0,2}$/i;

/** The sentence says the licence holder is a patient: "our patient and fellow nurse", "her cancer treatment". */
// Source: corpus LABELING (a staff nurse is still a patient when her treatment is described) [derived].
export const PATIENT_HOLDER = /\b(?:our|a|the|as\s+a|former|fellow)\s+(?:former\s+|own\s+)?patient\b(?!s|\s+(?:care|safety|experience|advocate|portal|services))|\b(?:her|his|their)\s+(?:own\s+)?(?:\w+\s+)?(?:cancer|surgery|treatment|diagnosis|recovery|chemo(?:therapy)?|transplant|procedure|hospital\s+stay|illness|condition|admission)\b/i;

/** "room 412, bed B", "bed 6": not an identifier alone (corpus LABELING), but one beside a patient's name is. */
// Source: 45 CFR 164.514(b)(2)(i)(R) (other unique codes); LABELING "a bed or room number is not a Safe Harbor identifier".
export const ROOM_BED = /\b(?:room|rm\.?)\s*#?\s*\d{1,4}[A-Z]?(?:\s*[,/-]?\s*bed\s*[A-Z0-9]{1,2})?(?![\w])|\bbed\s*#?\s*\d{1,3}[A-Z]?(?![\w])/gi;

// Source: [derived] courtesy titles used before a patient's surname.
/** A title and surname ("Mrs. Kowalczyk", "Mr Haddad"): a person named right beside the room. */
export const TITLED_NAME = /\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z][\p{L}'’-]+/u;
