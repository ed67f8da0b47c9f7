import type { Token } from '../../types.js';
import {
  CAPS_ONLY_WORDS, CARE_EVENT_STEMS, CARE_SETTING_PHRASES, CONDITION_STEMS, HEALTH_SUFFIX_EXCEPTIONS,
  HEALTH_SUFFIXES, HEALTH_WORDS, PATIENT_NON_PERSON, PATIENT_NOUNS, PATIENT_PLURALS, WEAK_CARE_WORDS,
} from './health.js';
import { INDIVIDUAL_PRONOUNS, RELATIVES } from './people.js';
import { CREDENTIALS, STAFF_FRAMING, STAFF_FRAMING_PHRASES, STAFF_ROLES, STAFF_TITLES } from './staff.js';
import { NEWS_WORDS, ORG_EVENT_PHRASES, ORG_EVENT_WORDS, POPULATION_WORDS, PRIVACY_PHRASES } from './framing.js';
import { DRUG_BRANDS, INSURERS } from './non-names.js';

/** Kinds of cue a word can give, as bit flags. */
export const CUE = {
  health: 1, weak: 2, patient: 4, patients: 8, setting: 16, relative: 32, individual: 64,
  orgEvent: 128, staff: 256, staffFraming: 512, news: 1024, population: 2048, privacy: 4096,
} as const;
export type CueName = keyof typeof CUE;
const CUE_NAMES = Object.keys(CUE) as CueName[];

/** The cues found in a run of tokens: which kinds, and the first word of each kind (for reasons). */
export interface CueHits {
  bits: number;
  /** Distinct strong health cues, and distinct weak care words. */
  health: number;
  weak: number;
  readonly words: Partial<Record<CueName, string>>;
}

const exact = new Map<string, number>();
const stems = new Map<string, { stem: string; bits: number }[]>();
const phrases = new Map<string, { words: readonly string[]; bits: number }[]>();

function add(list: readonly string[], bits: number, asStems: boolean): void {
  for (const entry of list) {
    if (entry.includes(' ')) {
      const words = entry.split(' ');
      const first = words[0]!;
      const arr = phrases.get(first) ?? [];
      arr.push({ words, bits });
      phrases.set(first, arr);
    } else if (asStems && entry.length >= 5) {
      const key = entry.slice(0, 5);
      const arr = stems.get(key) ?? [];
      arr.push({ stem: entry, bits });
      stems.set(key, arr);
    } else {
      exact.set(entry, (exact.get(entry) ?? 0) | bits);
    }
  }
}
// Staff words first: "therapist" and "prescriber" are staff, not the stems "therap"/"prescri".
add(STAFF_ROLES, CUE.staff, false);
add(STAFF_TITLES, CUE.staff, false);
add(CARE_EVENT_STEMS, CUE.health, true);
add(CONDITION_STEMS, CUE.health, true);
add(HEALTH_WORDS, CUE.health, false);
add(DRUG_BRANDS, CUE.health, false);
add(INSURERS, CUE.weak, false);
add(CREDENTIALS, CUE.staff, false);
add(WEAK_CARE_WORDS, CUE.weak, false);
add(PATIENT_NOUNS, CUE.patient, false);
add(PATIENT_PLURALS, CUE.patients, false);
add(CARE_SETTING_PHRASES, CUE.setting, false);
add(RELATIVES, CUE.relative, false);
add(INDIVIDUAL_PRONOUNS, CUE.individual, false);
add(ORG_EVENT_WORDS, CUE.orgEvent, false);
add(ORG_EVENT_PHRASES, CUE.orgEvent, false);
add(STAFF_FRAMING, CUE.staffFraming, false);
add(STAFF_FRAMING_PHRASES, CUE.staffFraming, false);
add(NEWS_WORDS, CUE.news, false);
add(POPULATION_WORDS, CUE.population, false);
add(PRIVACY_PHRASES, CUE.privacy, false);

const capsOnly = new Set(CAPS_ONLY_WORDS);
const credentials = new Set(CREDENTIALS);
const nonPerson = new Set(PATIENT_NON_PERSON);
const suffixExceptions = new Set(HEALTH_SUFFIX_EXCEPTIONS);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'tower', 'wing']);
const ROOMS = new Set(['room', 'bed', 'bay', 'rm']);
// "on our geriatric unit", "in the burn ward": a care unit someone is on.
const UNITS = new Set(['unit', 'ward', 'wing']);
const ON = new Set(['on', 'in']);
const NUMBER = /^\d{1,4}[a-z]?$/;
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

const suffixesByEnd = new Map<string, string[]>();
for (const suf of HEALTH_SUFFIXES) {
  const arr = suffixesByEnd.get(suf.slice(-2)) ?? [];
  arr.push(suf);
  suffixesByEnd.set(suf.slice(-2), arr);
}
// The lexicon never changes, so a word's cue is memoised; bounded so a long-running process
// (an editor integration) cannot grow it without limit.
const memo = new Map<string, number>();
const MEMO_LIMIT = 20_000;

/** Health meaning of one word alone (exact word, stem or clinical suffix), or 0. */
export function wordCue(lower: string): number {
  let bits = memo.get(lower);
  if (bits === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(lower, (bits = lookup(lower)));
  }
  return bits;
}

function lookup(lower: string): number {
  let bits = exact.get(lower) ?? 0;
  if (bits & CUE.staff) return bits;
  if (lower.length >= 5) {
    for (const s of stems.get(lower.slice(0, 5)) ?? []) if (lower.startsWith(s.stem)) bits |= s.bits;
  }
  if (!(bits & CUE.health) && lower.length >= 7 && !suffixExceptions.has(lower)) {
    for (const suf of suffixesByEnd.get(lower.slice(-2)) ?? []) {
      if (lower.endsWith(suf) && lower.length >= suf.length + 3) return bits | CUE.health;
    }
  }
  return bits;
}

/**
 * Cues in tokens [from, to) of `text`. Hashtags and handles are skipped (they are not sentence
 * words), and a capitalised care word inside a proper name ("Hope Valley Cancer Center",
 * "Labor Day") names an organisation or a day, not someone's care.
 */
export function scanCues(tokens: readonly Token[], from: number, to: number, text: string): CueHits {
  const hits: CueHits = { bits: 0, health: 0, weak: 0, words: {} };
  const seen = new Set<string>();
  const mark = (bits: number, word: string): void => {
    if ((hits.bits | bits) !== hits.bits) {
      for (const name of CUE_NAMES) if (bits & CUE[name] && hits.words[name] === undefined) hits.words[name] = word;
    }
    hits.bits |= bits;
    if (bits & (CUE.health | CUE.weak) && !seen.has(word)) {
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
    const multi = phrases.get(t.lower);
    if (multi) {
      for (const p of multi) {
        if (i + p.words.length > to) continue;
        if (p.words.every((w, k) => tokens[i + k]!.lower === w)) mark(p.bits, p.words.join(' '));
      }
    }
    if (NUMBER.test(t.lower) && next && i + 1 < to && COMPASS.has(next.lower) && TITLE_CASE.test(next.text)) {
      mark(CUE.setting, 'unit name');
      continue;
    }
    if (ROOMS.has(t.lower) && next && i + 1 < to && NUMBER.test(next.lower)) mark(CUE.setting, `${t.lower} number`);
    if (UNITS.has(t.lower) && [1, 2, 3].some((d) => i - d >= from && ON.has(tokens[i - d]!.lower))) mark(CUE.setting, `${t.lower}`);
    let bits = wordCue(t.lower);
    if (!bits) continue;
    if (capsOnly.has(t.lower) && t.text !== t.text.toUpperCase()) continue;
    if (credentials.has(t.lower) && !isCredentialShape(t.text)) bits &= ~CUE.staff;
    if (bits & CUE.patient && next && nonPerson.has(next.lower)) bits = CUE.staff;
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
