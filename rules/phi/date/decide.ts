import type { Hit } from '../../../src/kit/recognizer.js';
import { FIRST_NAMES } from '../../../src/kit/lexicon/first-names.js';
import { patientContext } from '../../../src/kit/patient-context.js';
import { sentenceAt } from '../../../src/kit/sentence-at.js';
import type { RuleContext } from '../../../src/types.js';
import {
  ADDRESSEE, BIRTH_CUE, DEADLINE_BEFORE, DEADLINE_VERB, EVENT, EVENT_ACRONYM, FIRST_PERSON, OBSERVANCE,
  ORDINAL_NOUN_AFTER, ORG_EVENT, PATIENT_STRONG, PERSON, RECURRING_BEFORE, REPORTING_BEFORE, SELF_EVENT,
  STAFF, STAFF_AS_PATIENT, TIME_RANGE_AFTER, GREETING_BEFORE, RELATIVE_FORMS, IDENTIFIABLE, HONORIFIC, SESSION_AFTER, OURS_BEFORE, HOLIDAY_NOUN_AFTER, WEEKDAY_RANGE, WEEKDAY_RANGE_BEFORE,
} from './data.js';

/** What the rule concluded about one date, with the reason (Presidio's decision process). */
export interface DateDecision {
  readonly report: boolean;
  readonly birth: boolean;
  readonly reason: string;
}

// How far either side of a date its clause is read: long LinkedIn sentences hold several stories.
const REACH = 140;
const GIVEN = new Set(FIRST_NAMES);
const CAPITALISED = /\b[A-Z][a-z]+/g;
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
  const from = Math.max(sentence?.start ?? 0, hit.start - REACH);
  const to = Math.min(sentence?.end ?? text.length, hit.end + REACH);
  const before = text.slice(Math.max(from, hit.start - 40), hit.start);
  const after = text.slice(hit.end, Math.min(to, hit.end + 40));
  const window = text.slice(from, to);

  if (BIRTH_CUE.test(before)) {
    return FIRST_PERSON.test(before) && !PERSON.some((p) => p.test(window)) ? no('author\'s own birth date') : yes('birth date', true);
  }
  if (RECURRING_BEFORE.test(before)) return no('a recurring schedule');
  if (REPORTING_BEFORE.test(before)) return no('the date of an announcement');
  if (TIME_RANGE_AFTER.test(after)) return no('opening hours or an event time');
  if (hit.pattern.name === 'ordinal-day' && ORDINAL_NOUN_AFTER.test(after)) return no('an ordinal that counts things');
  if (hit.pattern.name === 'holiday' && (HOLIDAY_NOUN_AFTER.test(after) || GREETING_BEFORE.test(before))) return no('a holiday greeting or thing, not a day');
  if (WEEKDAY_RANGE.test(after) || WEEKDAY_RANGE_BEFORE.test(before)) return no('a range of opening days');
  if (SESSION_AFTER.test(after) || (OURS_BEFORE.test(before) && !/^\s+(?:visit|appointment|appt|surgery|procedure)/i.test(after))) return no('an organisation\'s session');
  if (DEADLINE_BEFORE.test(before) && DEADLINE_VERB.test(window)) return no('a deadline for the public');
  if (OBSERVANCE.test(window)) return no('an observance');
  if (ORG_EVENT.test(window)) return no('an organisation event');

  // A reply speaks to one person, so a care event in it is theirs even when "you" is not written.
  const reply = REPLY_TYPES.has(ctx.post.meta.type ?? '');
  const person = reply || PERSON.some((p) => p.test(window));
  const patient = (reply && ADDRESSEE.test(window)) || PATIENT_STRONG.test(window);
  const strong = patient || HONORIFIC.test(window);
  if (STAFF.test(window) && !strong && !STAFF_AS_PATIENT.test(window)) return no('about staff');
  let tie: string | undefined;
  const event = EVENT.test(window) || EVENT_ACRONYM.test(window);
  if (SELF_EVENT.test(window) && (person || !FIRST_PERSON.test(window))) tie = 'a life event of a person';
  else if (event && person) tie = 'a care event of a person';
  else if (patient || ((strong || person) && patientContext(ctx, hit).isPatient)) tie = 'a patient in a care context';
  else if (event && sentence && !FIRST_PERSON.test(window) && patientContext(ctx, hit).isPatient && named(ctx, hit)) {
    tie = 'a care event of a named person';
  }
  if (!tie) return no('not tied to an individual');
  // "A patient came in last week" is de-identified; "Walter came in last week" is not.
  if (RELATIVE_FORMS.has(hit.pattern.name) && !reply && !identifiablePost(ctx) && !named(ctx, hit)) {
    return no('the patient is not identifiable');
  }
  return yes(tie);
}

/**
 * A person named in the date's sentence or the one before: a known given name first (cheap),
 * else compromise's people (staff titles excluded).
 */
function named(ctx: RuleContext<unknown>, hit: Hit): boolean {
  const list = ctx.analysis.sentences(hit.map);
  const i = list.findIndex((s) => s.start <= hit.start && hit.start < s.end);
  const text = hit.map.text;
  const near = [list[i], list[i - 1]].filter((s) => s !== undefined);
  const given = (s: { text: string }): boolean => [...s.text.matchAll(CAPITALISED)]
    .some((m) => GIVEN.has(m[0].toLowerCase()) && !/\b(?:Dr|Doctor|Nurse|Coach|Rev|Pastor)\.?\s*$/.test(s.text.slice(Math.max(0, (m.index ?? 0) - 8), m.index)));
  if (near.some(given)) return true;
  return near.some((s) => ctx.analysis.nlp(s).people()
    .some((p) => !/\b(?:Dr|Doctor|Nurse|Coach|Rev|Pastor)\.?\s*$/.test(text.slice(Math.max(0, p.start - 8), p.start))));
}

/** Another identifier anywhere in the post's prose (an honorific, a record number, an address...). */
function identifiablePost(ctx: RuleContext<unknown>): boolean {
  return ctx.analysis.shared('phi/date:identifiable', () => ctx.prose.some((m) => IDENTIFIABLE.some((r) => r.test(m.text))));
}
