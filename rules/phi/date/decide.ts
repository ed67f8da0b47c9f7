import type { Hit } from '../../../src/kit/recognizer.js';
import { patientContext } from '../../../src/kit/patient-context.js';
import { sentenceAt } from '../../../src/kit/sentence-at.js';
import type { RuleContext } from '../../../src/types.js';
import {
  ADDRESSEE, BIRTH_CUE, DEADLINE_BEFORE, DEADLINE_VERB, EVENT, EVENT_ACRONYM, FIRST_PERSON, OBSERVANCE,
  ORDINAL_NOUN_AFTER, ORG_EVENT, PATIENT_STRONG, PERSON, RECURRING_BEFORE, REPORTING_BEFORE, SELF_EVENT,
  STAFF, TIME_RANGE_AFTER,
} from './data.js';

/** What the rule concluded about one date, with the reason (Presidio's decision process). */
export interface DateDecision {
  readonly report: boolean;
  readonly birth: boolean;
  readonly reason: string;
}

// How far either side of a date its clause is read: long LinkedIn sentences hold several stories.
const REACH = 140;
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
  if (DEADLINE_BEFORE.test(before) && DEADLINE_VERB.test(window)) return no('a deadline for the public');
  if (OBSERVANCE.test(window)) return no('an observance');
  if (ORG_EVENT.test(window)) return no('an organisation event');

  const addressed = REPLY_TYPES.has(ctx.post.meta.type ?? '') && ADDRESSEE.test(window);
  const person = addressed || PERSON.some((p) => p.test(window));
  const strong = addressed || PATIENT_STRONG.test(window);
  if (STAFF.test(window) && !strong && !SELF_EVENT.test(window)) return no('about staff');
  if (SELF_EVENT.test(window) && (person || !FIRST_PERSON.test(window))) return yes('a life event of a person');
  const event = EVENT.test(window) || EVENT_ACRONYM.test(window);
  if (event && person) return yes('a care event of a person');
  if (strong && patientContext(ctx, hit).isPatient) return yes('a patient in a care context');
  if (event && sentence && !FIRST_PERSON.test(window) && patientContext(ctx, hit).isPatient) {
    // Only now pay for compromise: a care event with no cheap person cue, e.g. "Maria finished chemo Friday".
    const named = ctx.analysis.nlp(sentence).people().some((p) => !/\b(?:Dr|Doctor|Nurse)\.?\s*$/.test(text.slice(Math.max(0, p.start - 8), p.start)));
    if (named) return yes('a care event of a named person');
  }
  return no('not tied to an individual');
}
