import type { Hit } from '../../../src/kit/recognizer.js';
import { FIRST_NAMES } from '../../../src/kit/lexicon/first-names.js';
import { KIN_TITLES } from '../../../src/kit/lexicon/people.js';
import { isSurname, wordKind } from '../../../src/kit/lexicon/word-kinds.js';
import { patientContext } from '../../../src/kit/patient-context.js';
import { sentenceAt } from '../../../src/kit/sentence-at.js';
import { personNamedIn } from '../patient-name/names.js';
import type { RuleContext } from '../../../src/types.js';
import {
  ADDRESSEE, CARE, NAME_FROM_BEFORE, FIRST_PERSON_ONLY, LIVES_CUE, NOT_PLACE, ORG_AFTER, ORG_BEFORE, ORG_NAME_AFTER, ORG_PLACE, PERSON, PLACE_MORPHEME,
  RESIDENCE_BEFORE, RESTRICTED_ZIP3, STAFF, STATE_OR_COUNTRY, SURNAME_TYPES, TITLE_BEFORE,
} from './data.js';

const REACH = 120;
const GIVEN = new Set(FIRST_NAMES);
const KIN_TITLE = new Set(KIN_TITLES);
const REPLY_TYPES = new Set(['reply', 'review-reply', 'testimonial']);
// Forms that are places by their shape alone; the others need the post to be about a patient.
const SHAPED = new Set(['street-address', 'street-name', 'route', 'zip', 'zip4', 'zip3']);
const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** The organisation's own names and addresses (config, plus the post's author line), normalised. */
function ownPlaces(ctx: RuleContext<unknown>): readonly string[] {
  return ctx.analysis.shared('phi/geo:own-places', () =>
    [...ctx.organization.addresses, ...ctx.organization.names, ctx.post.meta.author ?? '']
      .map(norm).filter((s) => s.length > 2));
}

/** Whether a place candidate locates a patient (report) or is the organisation's, a venue, or no place. */
export function isPatientPlace(ctx: RuleContext<unknown>, hit: Hit): boolean {
  const form = hit.pattern.name;
  if (form === 'zip3' && !RESTRICTED_ZIP3.has(hit.groups.zip3 ?? hit.groups.zip3b ?? '')) return false;
  if ((form === 'zip' || form === 'zip4') && /^0{5}$/.test(hit.groups.zip ?? hit.groups.zip2 ?? '')) return false;
  const text = hit.map.text;
  const name = hit.groups.name ?? hit.text;
  if (NOT_PLACE.test(name) || STATE_OR_COUNTRY.test(name) || ORG_NAME_AFTER.test(text.slice(hit.end, hit.end + 30))) return false;
  const own = norm(hit.groups.name ?? hit.text);
  if (ownPlaces(ctx).some((p) => p.includes(own) || (own.length > 8 && own.includes(p)))) return false;

  const sentence = sentenceAt(ctx.analysis, hit);
  const from = Math.max(sentence?.start ?? 0, hit.start - REACH);
  const window = text.slice(from, Math.min(sentence?.end ?? text.length, hit.end + REACH));
  const before = text.slice(Math.max(from, hit.start - 50), hit.start);
  if (ORG_PLACE.test(window) || ORG_BEFORE.test(before) || ORG_AFTER.test(text.slice(hit.end, hit.end + 12))) return false;
  const residence = RESIDENCE_BEFORE.test(before);
  const reply = REPLY_TYPES.has(ctx.post.meta.type ?? '') && ADDRESSEE.test(window);
  if (STAFF.test(window) && !/\bpatient\b|\bour\s+(?:[\w-]+\s+)?grad\b/i.test(window) && !reply) return false;
  if (!SHAPED.has(form) && !residence && !patientContext(ctx, hit).isPatient && !ctx.prose.some((m) => CARE.test(m.text))) {
    return false;
  }
  // The checks below may call compromise, so they come last and run on few candidates.
  if (form === 'locality' && !isLocality(hit, name)) return false;
  // "Kayla Lane is recovering": a first name before the suffix makes a person, not a street.
  if (form === 'street-name' && GIVEN.has(hit.text.split(/\s/)[0]!.toLowerCase()) && /^\S+\s+\S+$/.test(hit.text)) return false;
  if (form === 'named-place' && (TITLE_BEFORE.test(before)
    || (SURNAME_TYPES.test(hit.text) && personFirst(hit.text)))) return false;
  const nameBefore = NAME_FROM_BEFORE.test(before);
  // The signer of a testimonial lives in the town after their name.
  if (reply || nameBefore || form === 'signature' || PERSON.some((p) => p.test(window))) return true;
  // "Brianna from Lakewood Heights": a person's name the cheap cues missed.
  return sentence !== undefined && (residence || SHAPED.has(form)) && !FIRST_PERSON_ONLY.test(window)
    && personNamedIn(ctx, hit.map, sentence.start, sentence.end);
}

/** "Sarah Park", "Little Zoe Park", "Grandpa Joe Hill": a person's name before a surname-like place type. */
function personFirst(text: string): boolean {
  const [first, second] = text.toLowerCase().split(/\s+/);
  return GIVEN.has(first!) || (KIN_TITLE.has(first!) && GIVEN.has(second ?? ''));
}

/** "from Millbrook", "to Castle Rock": the capitalised words must look like a town, not a person. */
function isLocality(hit: Hit, name: string): boolean {
  const cue = (hit.groups.cue ?? '').replace(/\s+/g, ' ');
  if (LIVES_CUE.test(cue)) return true;
  const last = name.split(/[\s-]+/).pop() ?? '';
  const townLike = PLACE_MORPHEME.test(last);
  if (townLike && /\s/.test(name)) return true;
  // "from Benedict", "a card from Maria's mom": a given name or a possessive is a person.
  if (GIVEN.has(name.split(/\s/)[0]!.toLowerCase()) || /['’]s$/.test(name)) return false;
  if (townLike) return true;
  // "to Keisha", "in Clinical": one word with no town-like ending is a town only after "from".
  if (!/^from/i.test(cue) || /\s/.test(name)) return false;
  // "from Denver", not "from Google", "from Medicaid", "from Oncology" or "from Okafor": a word the
  // lexicon does not know as a name, brand, care or everyday word (compromise costs 1-5 ms a sentence).
  const kind = wordKind(name.toLowerCase());
  return (kind === 'unknown' || kind === 'place') && !isSurname(name.toLowerCase());
}
