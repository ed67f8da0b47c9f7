import type { Hit } from '../../../src/kit/recognizer.js';
import { FIRST_NAMES } from '../../../src/kit/lexicon/first-names.js';
import { patientContext, sentenceCues } from '../../../src/kit/patient-context.js';
import { sentenceAt } from '../../../src/kit/sentence-at.js';
import { personNamedIn } from '../patient-name/names.js';
import type { RuleContext, Sentence } from '../../../src/types.js';
import { CUE } from '../../../src/kit/lexicon/cue-index.js';
import { findAll } from '../../../src/kit/recognizer.js';
import { UNIQUE_PATTERNS } from '../unique-characteristic/data.js';
import { judge as uniqueJudge } from '../unique-characteristic/decide.js';
import {
  ADDRESSEE, BIRTH_CUE, CARE_VERB, DEADLINE_BEFORE, DEADLINE_VERB, EVENT, EVENT_ACRONYM, FIRST_PERSON,
  GREETING_BEFORE, HOLIDAY_NOUN_AFTER, HONORIFIC, IDENTIFIABLE, NEWS_FRAMING, OBSERVANCE, OFFER, OUR_CARE, ORDINAL_NOUN_AFTER, ORG_EVENT,
  OURS_BEFORE, OURS_CARE_AFTER, PATIENT_STRONG, PERSON, RECURRING_BEFORE, RELATIVE_FORMS, REPORTING_BEFORE,
  SELF_EVENT, SESSION_AFTER, STAFF, STAFF_AS_PATIENT, TIME_RANGE_AFTER, WEEKDAY_RANGE, WEEKDAY_RANGE_BEFORE,
} from './data.js';

/** What the rule concluded about one date, with the reason (Presidio's decision process). */
export interface DateDecision {
  readonly report: boolean;
  readonly birth: boolean;
  readonly reason: string;
}

// How far either side of a date its clause is read: long LinkedIn sentences hold several stories.
const REACH = 140;
// A headline fragment ("History made last Tuesday 🧬") is at most this long.
const FRAGMENT_MAX = 40;
const GIVEN = new Set(FIRST_NAMES);
const CAPITALISED = /\b[A-Z][a-z]+/g;
const STAFF_TITLE_BEFORE = /\b(?:Dr|Doctor|Nurse|Coach|Rev|Pastor|Chaplain)\.?\s*$/;
const REPLY_TYPES = new Set(['reply', 'review-reply', 'testimonial']);

const no = (reason: string): DateDecision => ({ report: false, birth: false, reason });
const yes = (reason: string, birth = false): DateDecision => ({ report: true, birth, reason });

/**
 * Decides whether a date candidate is a date element of an individual's care or life event
 * (report) or an organisation event, observance, schedule or deadline (do not).
 */
export function decideDate(ctx: RuleContext<unknown>, hit: Hit): DateDecision {
  const text = hit.map.text;
  const sentence = sentenceAt(ctx.analysis, hit);
  const list = ctx.analysis.sentences(hit.map);
  const k = sentence ? list.indexOf(sentence) : -1;
  // "Proud of Medic 12 tonight 🚑 Crew worked a cardiac arrest ...": a headline fragment's date
  // belongs to the sentence after it.
  const next = k >= 0 && isFragment(text, sentence!, list[k + 1]) ? list[k + 1] : undefined;
  const from = Math.max(sentence?.start ?? 0, hit.start - REACH);
  const to = Math.min(next?.end ?? sentence?.end ?? text.length, hit.end + REACH);
  const before = text.slice(Math.max(from, hit.start - 40), hit.start);
  const after = text.slice(hit.end, Math.min(to, hit.end + 40));
  const window = text.slice(from, to);

  if (BIRTH_CUE.test(before)) {
    return FIRST_PERSON.test(before) && !PERSON.some((p) => p.test(window)) ? no('author\'s own birth date') : yes('birth date', true);
  }
  const veto = notAPersonsDate(hit.pattern.name, before, after, window);
  if (veto) return no(veto);

  // A reply speaks to one person, so a care event in it is theirs even when "you" is not written.
  const reply = REPLY_TYPES.has(ctx.post.meta.type ?? '');
  const person = reply || PERSON.some((p) => p.test(window)) || givenName(window);
  const patient = (reply && ADDRESSEE.test(window)) || PATIENT_STRONG.test(window);
  const strong = patient || HONORIFIC.test(window);
  if (STAFF.test(window) && !strong && !STAFF_AS_PATIENT.test(window)) return no('about staff');
  let tie: string | undefined;
  // A care event is a care verb or noun, or a health or care-setting word of the sentence ("after his bypass").
  const event = EVENT.test(window) || EVENT_ACRONYM.test(window) || (sentenceCues(ctx, hit) & (CUE.health | CUE.setting)) !== 0;
  if (SELF_EVENT.test(window) && (person || !FIRST_PERSON.test(window))) tie = 'a life event of a person';
  else if (event && (person || personAround(list, next ? k + 1 : k))) tie = 'a care event of a person';
  else if (patient || ((strong || person) && patientContext(ctx, hit).isPatient)) tie = 'a patient in a care context';
  else if (event && sentence && !FIRST_PERSON.test(window)
    && (CARE_VERB.test(window) || patientContext(ctx, hit).isPatient) && named(ctx, hit)) {
    tie = 'a care event of a named person';
  }
  if (!tie) return no('not tied to an individual');
  // "A patient came in last week" is de-identified; "Walter came in last week" is not.
  if (RELATIVE_FORMS.has(hit.pattern.name) && !reply && !identifiablePost(ctx) && !named(ctx, hit)) {
    return no('the patient is not identifiable');
  }
  return yes(tie);
}

/** "Booster given here 09/18." after "It belongs to a T. Nakamura": the person is in a neighbouring sentence. */
function personAround(list: readonly Sentence[], k: number): boolean {
  if (k < 0) return false;
  const around = `${list[k - 1]?.text ?? ''}\n${list[k + 1]?.text ?? ''}`;
  return PERSON.some((p) => p.test(around)) || HONORIFIC.test(around);
}

/** A short sentence cut off by an emoji, not a full stop, with the next one on the same line. */
function isFragment(text: string, s: Sentence, next: Sentence | undefined): boolean {
  return next !== undefined && !/[.!?:]$/.test(s.text) && s.text.length <= FRAGMENT_MAX
    && !text.slice(s.end, next.start).includes('\n');
}

/** Why a date is an organisation's, a schedule or an observance rather than a person's, if it is. */
function notAPersonsDate(form: string, before: string, after: string, window: string): string | undefined {
  if (RECURRING_BEFORE.test(before)) return 'a recurring schedule';
  if (REPORTING_BEFORE.test(before)) return 'the date of an announcement';
  if (TIME_RANGE_AFTER.test(after)) return 'opening hours or an event time';
  if (form === 'ordinal-day' && ORDINAL_NOUN_AFTER.test(after)) return 'an ordinal that counts things';
  if (form === 'holiday' && (HOLIDAY_NOUN_AFTER.test(after) || GREETING_BEFORE.test(before))) return 'a holiday greeting or thing';
  if (WEEKDAY_RANGE.test(after) || WEEKDAY_RANGE_BEFORE.test(before)) return 'a range of opening days';
  if (SESSION_AFTER.test(after) || (OURS_BEFORE.test(before) && !OURS_CARE_AFTER.test(after))) return 'an organisation\'s session';
  if (DEADLINE_BEFORE.test(before) && DEADLINE_VERB.test(window)) return 'a deadline for the public';
  if (OBSERVANCE.test(window)) return 'an observance';
  if (NEWS_FRAMING.test(window) && !OUR_CARE.test(window)) return 'public news';
  if (OFFER.test(window)) return 'an offer of a future visit';
  if (ORG_EVENT.test(window)) return 'an organisation event';
  return undefined;
}

/**
 * A person named in the date's sentence or the one before: a known given name first (cheap),
 * else a name-shaped run that phi/patient-name's candidate finder scores as a person (not staff).
 */
function named(ctx: RuleContext<unknown>, hit: Hit): boolean {
  const list = ctx.analysis.sentences(hit.map);
  const i = list.findIndex((s) => s.start <= hit.start && hit.start < s.end);
  const near = [list[i], list[i - 1]].filter((s) => s !== undefined);
  if (near.some((s) => givenName(s.text))) return true;
  return near.some((s) => personNamedIn(ctx, hit.map, s.start, s.end));
}

/** A known given name in the text that is not a staff member's ("Dr. Maya Chen"). */
function givenName(text: string): boolean {
  for (const m of text.matchAll(CAPITALISED)) {
    if (GIVEN.has(m[0].toLowerCase()) && !STAFF_TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) return true;
  }
  return false;
}

/** Another identifier anywhere in the post's prose (an honorific, a record number, an address...). */
function identifiablePost(ctx: RuleContext<unknown>): boolean {
  return ctx.analysis.shared('phi/date:identifiable', () => ctx.prose.some((m) => IDENTIFIABLE.some((r) => r.test(m.text))
    || findAll(m, UNIQUE_PATTERNS).some((h) => uniqueJudge(ctx, h, ctx.analysis.sentences(m)) !== undefined)));
}
