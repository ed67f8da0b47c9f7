import type { Hit, Pattern } from '../../../src/kit/recognizer.js';
import { validVin } from './vin.js';

// A plate: one run of 5-8 capitals and digits ("7KXB219"), or 1-4 of them in up to four groups split by
// a space or hyphen ("8-LMN-302", "WLT 67").
const PLATE = String.raw`(?<code>[A-Z0-9]{5,8}|[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,4}){0,3})(?![A-Za-z0-9])`;
// Words that may sit between the plate word and the code: "plate number", "plate that reads", "tag #".
const PLATE_BRIDGE = String.raw`(?:\s+(?:number|no\.?|#|reads|reading|that\s+reads|which\s+reads|says|said|is|was|of|ending\s+in))*\s*[:#]?\s*["“']?`;
// A serial: capitals and digits grouped by - / . ("HA3390/21-B", "PM-55120-AX"), with at least one digit.
const SERIAL = String.raw`(?<code>(?=[A-Z0-9\-/.]*\d)[A-Z0-9]+(?:[-/.][A-Z0-9]+){0,5})(?![\w@])`;

const plausiblePlate = (h: Hit): boolean => {
  const code = h.groups.code ?? '';
  const c = code.replace(/[ -]/g, '');
  const digits = c.replace(/\D/g, '').length;
  // An unbroken run, or any code after the looser word "tag", needs a letter and a digit ("7KXB219", not "20250").
  const mixed = digits >= 1 && digits < c.length;
  if ((c === code || h.groups.tag !== undefined) && !mixed) return false;
  return c.length >= 4 && c.length <= 8 && digits >= 1 && (mixed || digits >= 5);
};

const plausibleSerial = (h: Hit): boolean => {
  const c = (h.groups.code ?? '').replace(/[-/.]/g, '');
  return c.length >= 4 && c.replace(/\D/g, '').length >= 2;
};

// Source: 45 CFR 164.514(b)(2)(i)(L) vehicle identifiers and serial numbers, including licence
// plates; (M) device identifiers and serial numbers. ISO 3779 / 49 CFR 565 (VIN, check digit);
// FDA UDI rule, 21 CFR 801.20 and GS1 application identifiers (01) GTIN, (21) serial, (17) expiry, (10) lot.
export const VEHICLE_PATTERNS: readonly Pattern[] = [
  {
    name: 'plate',
    regex: new RegExp(String.raw`\b(?:(?:[Ll]icen[cs]e\s+|[Tt]ag\s+|[Nn]umber\s+)?[Pp]lates?|(?<![Aa]sset\s|[Pp]rice\s|[Nn]ame\s|[Ll]uggage\s|[Gg]ift\s|[Dd]og\s|[Ee]ar\s|ID\s|RFID\s|#)(?<tag>[Tt]ags?))${PLATE_BRIDGE}${PLATE}`, 'g'),
    score: 0.8,
    validate: plausiblePlate,
  },
  {
    name: 'vin',
    regex: /\b(?<cue>VIN\s*(?:#|no\.?|number)?\s*[:#]?\s*)?(?<code>[A-HJ-NPR-Z0-9]{17})\b/g,
    score: 0.8,
    validate: (h: Hit) => /\d/.test(h.groups.code ?? '') && /[A-Z]/.test(h.groups.code ?? '')
      && (h.groups.cue !== undefined || validVin(h.groups.code ?? '')),
  },
];

// Source: [derived] pre-tests built from the patterns above.
// Case-sensitive like the patterns: with `i` the 17-character class would run along every lower-case word.
const VEHICLE_WORD = /[Pp]late|PLATE|[Tt]ag|VIN/;
// A VIN mixes capitals and digits, so somewhere a capital touches a digit: a cheap scan before the 17-run.
const CAPITAL_BY_DIGIT = /\d[A-Z]|[A-Z]\d/;
const VIN_RUN = /[A-HJ-NPR-Z0-9]{17}/;
/** One cheap scan per text before the full patterns: a plate word, "VIN", or a 17-character run. */
export function vehicleHint(text: string): boolean {
  return VEHICLE_WORD.test(text) || (CAPITAL_BY_DIGIT.test(text) && VIN_RUN.test(text));
}
/** A serial word as the patterns spell it, a GS1 "(01)" or hex bytes between separators (a MAC address). */
export const DEVICE_HINT = /[Ss]erial|[Ss]\/[Nn]|\bSN(?![A-Za-z])|\b[Ss]er\.|[Dd]evice\s+(?:ID|id|serial)|IMEI|ESN|MEID|\(01\)|[:-][0-9A-Fa-f]{2}[:-]/;

export const DEVICE_PATTERNS: readonly Pattern[] = [
  {
    name: 'serial',
    regex: new RegExp(String.raw`(?:\b[Ss]erial(?:\s+(?:number|no\.?|num\.?|#))?|\bS\/N|\bs\/n|\bSN|\b[Ss]er\.\s*[Nn]o\.?|\b[Dd]evice\s+(?:ID|id|serial)|\bIMEI|\bESN|\bMEID)(?![A-Za-z])\s*[:#.]?\s*(?:is\s+)?${SERIAL}`, 'g'),
    score: 0.8,
    validate: plausibleSerial,
  },
  // "(01)00643169007222(17)260101(21)A1B2C3": a GS1 UDI; the (21) serial makes it one device.
  {
    name: 'udi',
    regex: /\(01\)\s?\d{14}(?:\s?\((?:10|11|17|21)\)\s?[A-Za-z0-9-]{1,20})*/g,
    score: 0.8,
  },
  {
    name: 'mac',
    regex: /\b[0-9A-Fa-f]{2}(?:([:-])[0-9A-Fa-f]{2})(?:\1[0-9A-Fa-f]{2}){4}\b/g,
    score: 0.6,
  },
];

/** Devices a patient wears, carries or has implanted. */
// Source: [derived] FDA device classes common in patient stories; DOMAIN.md 1.6 (device serials in patient context).
export const PERSONAL_DEVICE = /\b(?:pumps?|pacemakers?|defibrillators?|ICDs?|implant(?:s|ed)?|hearing\s+aids?|cochlear|CGMs?|glucose\s+monitors?|sensors?|wheelchairs?|scooters?|c-?pap|bi-?pap|concentrators?|prosthe\w+|(?:neuro)?stimulators?|inhalers?|nebuli[sz]ers?|braces?|walkers?|shunts?|stents?|LVADs?|insulin)\b/i;
/** The device is someone's: "registered to", "her pump", "the patient's monitor". */
export const HOLDER = /\b(?:registered\s+to|belongs?\s+to|issued\s+to|(?:his|her|their|your)\s+(?:\w+\s+){0,2}?(?:device|pump|pacemaker|aid|implant|monitor|sensor|chair|phone|watch)|patient['’]s)\b/i;
/** The organisation's own equipment, or a public recall notice. */
export const ORG_EQUIPMENT = /\b(?:our|the\s+(?:clinic|hospital|lab)['’]s)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:MRI|CT|scanners?|machines?|systems?|units?|analy[sz]ers?|printers?|laptops?|servers?|x-?ray|ultrasound|ventilators?|equipment|fleet|ambulances?|vans?|trucks?|shuttles?|routers?)\b|\b(?:recall(?:ed)?|lot\s+numbers?|affected\s+serial)\b/i;

/** An image whose alt text says a plate or VIN can be read in it. */
// Source: 45 CFR 164.514(b)(2)(i)(L); [derived] wording of alt texts and captions.
export const PLATE_VISIBLE = /\b(?:licen[cs]e\s+)?(?:plates?|VIN)\b[^.;]{0,30}\b(?:visible|readable|legible|showing|shown|in\s+view|in\s+frame|clear)\b|\b(?:visible|readable|legible)\s+(?:licen[cs]e\s+)?(?:plates?|VIN)\b/i;
