import type { Token } from '../../types.js';
import { CAPS_ONLY_WORDS, PATIENT_NON_PERSON, PATIENT_QUANTIFIERS } from './health.js';
import { INSURERS } from './non-names.js';
import { CREDENTIALS } from './staff.js';
import { CUE, phrases, wordCue, type CueName } from './cue-words.js';

export { CUE, wordCue, type CueName } from './cue-words.js';
const CUE_NAMES = Object.keys(CUE) as CueName[];

/** The cues found in a run of tokens: which kinds, and the first word of each kind (for reasons). */
export interface CueHits {
  bits: number;
  /** Distinct strong health cues, and distinct weak care words. */
  health: number;
  weak: number;
  readonly words: Partial<Record<CueName, string>>;
}

const capsOnly = new Set(CAPS_ONLY_WORDS);
const credentials = new Set(CREDENTIALS);
const nonPerson = new Set(PATIENT_NON_PERSON);
const quantifiers = new Set(PATIENT_QUANTIFIERS);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'tower', 'wing']);
const ROOMS = new Set(['room', 'bed', 'bay', 'rm']);
// "on our geriatric unit", "in the burn ward": a care unit someone is on.
const UNITS = new Set(['unit', 'ward', 'wing']);
const ON = new Set(['on', 'in']);
const NUMBER = /^\d{1,4}[a-z]?$/;
const UNIT_CODE = /^\d{1,2}[A-Z]$/;
const POSSESSIVES = new Set(['his', 'her', 'their', 'your', 'my']);
const insurers = new Set(INSURERS);

/** Care bits of the parts of a hyphenated word ("3rd-floor"), health and weak care only. */
function compoundCue(lower: string): number {
  let bits = 0;
  for (const part of lower.split('-')) if (part.length > 2) bits |= wordCue(part) & (CUE.health | CUE.weak);
  return bits;
}
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/** What scanCues needs to know about one lower-case word, looked up once per distinct word. */
interface WordInfo {
  readonly bits: number;
  readonly multi: readonly { words: readonly string[]; bits: number }[] | undefined;
  /** Bit flags: 1 room word, 2 unit word, 4 insurer, 8 capitals-only, 16 credential, 32 starts with a digit. */
  readonly flags: number;
}
const infoMemo = new Map<string, WordInfo>();

function infoOf(lower: string): WordInfo {
  let info = infoMemo.get(lower);
  if (info === undefined) {
    if (infoMemo.size >= 20_000) infoMemo.clear();
    let bits = wordCue(lower);
    // "3rd-floor", "cancer-free": a compound holds the care word of one of its parts.
    if (!bits && lower.includes('-')) bits = compoundCue(lower);
    const c0 = lower.charCodeAt(0);
    const flags = (ROOMS.has(lower) ? 1 : 0) | (UNITS.has(lower) ? 2 : 0) | (insurers.has(lower) ? 4 : 0)
      | (capsOnly.has(lower) ? 8 : 0) | (credentials.has(lower) ? 16 : 0) | (c0 >= 48 && c0 <= 57 ? 32 : 0);
    infoMemo.set(lower, (info = { bits, multi: phrases.get(lower), flags }));
  }
  return info;
}

/**
 * Cues in tokens [from, to) of `text`. Hashtags and handles are skipped (they are not sentence
 * words), and a capitalised care word inside a proper name ("Hope Valley Cancer Center",
 * "Labor Day") names an organisation or a day, not someone's care.
 */
export function scanCues(tokens: readonly Token[], from: number, to: number, text: string): CueHits {
  const hits: CueHits = { bits: 0, health: 0, weak: 0, words: {} };
  let seen: Set<string> | undefined;
  const mark = (bits: number, word: string): void => {
    if ((hits.bits | bits) !== hits.bits) {
      for (const name of CUE_NAMES) if (bits & CUE[name] && hits.words[name] === undefined) hits.words[name] = word;
    }
    hits.bits |= bits;
    if (bits & (CUE.health | CUE.weak) && !(seen ??= new Set()).has(word)) {
      seen.add(word);
      if (bits & CUE.health) hits.health++;
      else hits.weak++;
    }
  };
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const before = text[t.start - 1];
    if (before === '#' || before === '@') continue;
    const next = tokens[i + 1];
    const info = infoOf(t.lower);
    const flags = info.flags;
    if (info.multi) {
      for (const p of info.multi) {
        if (i + p.words.length > to) continue;
        if (p.words.every((w, k) => tokens[i + k]!.lower === w)) mark(p.bits, p.words.join(' '));
      }
    }
    if (flags & 32) {
      if (NUMBER.test(t.lower) && next && i + 1 < to && COMPASS.has(next.lower) && TITLE_CASE.test(next.text)) {
        mark(CUE.setting, 'unit name');
        continue;
      }
      // "on 5B", "on 7N": a unit named by floor and wing.
      if (UNIT_CODE.test(t.text) && i > from && tokens[i - 1]!.lower === 'on') mark(CUE.setting, 'unit name');
    }
    if (flags & 1 && next && i + 1 < to && NUMBER.test(next.lower)) mark(CUE.setting, `${t.lower} number`);
    if (flags & 2 && [1, 2, 3].some((d) => i - d >= from && ON.has(tokens[i - d]!.lower))) mark(CUE.setting, `${t.lower}`);
    let bits = info.bits;
    if (!bits) continue;
    // "his Medicaid card", "your Aetna plan": a named health plan of one person is payment for care.
    if (flags & 4 && i > from && POSSESSIVES.has(tokens[i - 1]!.lower)) bits |= CUE.health;
    if (flags & 8 && t.text !== t.text.toUpperCase()) continue;
    if (flags & 16) bits &= isCredentialShape(t.text) ? ~(CUE.patient | CUE.patients) : ~CUE.staff;
    if (bits & CUE.patient && next && nonPerson.has(next.lower)) bits = CUE.staff;
    if (bits & CUE.patient && i > from && quantifiers.has(tokens[i - 1]!.lower)) bits = CUE.patients;
    if (bits & (CUE.health | CUE.weak) && TITLE_CASE.test(t.text) && inProperName(tokens, i, text)) continue;
    mark(bits, t.lower);
  }
  return hits;
}

function inProperName(tokens: readonly Token[], i: number, text: string): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const joined = (a: Token, b: Token): boolean => b.start - a.end === 1 && text[a.end] === ' ';
  return (prev !== undefined && joined(prev, tokens[i]!) && TITLE_CASE.test(prev.text))
    || (next !== undefined && joined(tokens[i]!, next) && TITLE_CASE.test(next.text));
}

/** "RN", "PharmD", "AuD": credentials are written with at least two capitals ("Rd" is a road). */
export function isCredentialShape(text: string): boolean {
  let caps = 0;
  for (const ch of text) if (ch >= 'A' && ch <= 'Z') caps++;
  return caps >= 2;
}
