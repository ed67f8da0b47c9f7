// When is a number or a phrase a health claim? Context tests shared by the claim patterns in data.ts.
import type { Hit } from '../../../src/kit/recognizer.js';
import { CONDITIONS, HEALTH_OUTCOMES, lexiconPattern } from '../../../src/kit/lexicon/conditions.js';

// A sentence ends at . ! ? before a space or the end, but not after an initial ("the U.S. has").
// Character codes rather than regexes: this runs for every character of a claim's sentence.
function ends(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  if (c !== 46 && c !== 33 && c !== 63) return false;
  const n = t.charCodeAt(i + 1);
  if (!(Number.isNaN(n) || n === 32 || n === 10 || n === 13 || n === 9 || n === 160)) return false;
  return !(c === 46 && upper(t, i - 1) && !letter(t, i - 2));
}
const upper = (t: string, i: number, c = t.charCodeAt(i)): boolean => (c >= 65 && c <= 90) || (c > 127 && UPPER.test(t[i]!));
const letter = (t: string, i: number, c = t.charCodeAt(i)): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && LETTER.test(t[i]!));
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/** The sentence around a hit (to a . ! ? followed by a space, or a line break). */
export function clauseOf(hit: Hit): { text: string; start: number } {
  const t = hit.map.text;
  let s = hit.start;
  while (s > 0 && t.charCodeAt(s - 1) !== 10 && !ends(t, s - 1)) s--;
  let e = hit.end;
  while (e < t.length && t.charCodeAt(e) !== 10 && !ends(t, e)) e++;
  return { text: t.slice(s, e), start: s };
}

// Source: [derived] DOMAIN.md section 2.2 ("next to a health noun"): a number is a health
// statistic when its sentence names a condition or an outcome.
export const HEALTH = new RegExp(lexiconPattern([...CONDITIONS, ...HEALTH_OUTCOMES]), 'i');
// Source: [derived] operational and commercial figures (LABELING.md: wait times, prices and
// service facts need no source): the thing changed is money, time on hold, staffing.
export const OPERATIONAL = /\b(?:wait(?:ing)?|hold|on-time|phone|calls?|costs?|price[sd]?|pricing|bills?|billing|paperwork|premiums?|co-?pays?|fees?|spending|emissions|energy\s+use|parking|turnaround|no-shows?|staff(?:ing)?|turnover|followers|views|downloads|donations|revenue|sales|enrol(?:l)?ment|capacity|beds|square\s+feet|off|save[sd]?|savings|discount|coupon|code|promo)\b|\$/i;
// Source: DOMAIN.md section 2.2 trap: the organisation's own survey or satisfaction results, labelled as such.
export const SURVEY = /\b(?:surveys?|surveyed|polls?|polled|questionnaires?|satisf\w*|would\s+recommend|recommend\s+us|rated?\s+us|reviews?|stars?|five-star|5-star)\b/i;
// Source: [derived] people and populations a share of which is a health statistic.
export const POPULATION = new RegExp(String.raw`^\s+(?:(?:all|our|the|your|these|those|us|American|U\.?S\.?|US)\s+)?(?:[\w'-]+\s+){0,2}?`
  + String.raw`(?:people|persons|individuals|folks|adults|americans|children|kids|teens|teenagers|adolescents|youth|students|high\s+schoolers|`
  + String.raw`women|men|moms|mothers|dads|fathers|parents|babies|infants|newborns|seniors|older\s+adults|elderly|patients|clients|`
  + String.raw`members|users|participants|smokers|drinkers|vapers|survivors|residents|you|us|them|those|everyone|the\s+population|`
  + String.raw`the\s+world|the\s+country|pregnancies|births)\b`, 'i');
export const STAFF_SHARE = /^\s+(?:our|the)\s+(?:staff|team|employees|nurses|physicians|doctors|providers|clinicians|workforce|volunteers)\b/i;
export const OPERATIONAL_SHARE = /^\s+(?:of\s+)?(?:our|the|these|all)?\s*(?:appointments?|visits?|calls?|messages?|claims?|bills?|orders?|refills?|prescriptions?|locations?|clinics?|offices?|staff|nurses|employees|providers|beds|rooms|slots|reviews?)\b/i;
export const NON_STAT_SHARE = /^\s+(?:[\w-]+\s+){0,2}?(?:proceeds|profits|sales|donations|revenue|funds|the\s+cost|costs?|price|bill|tips?)\b/i;

export const NUM = String.raw`(?:\d{1,3}(?:[.,]\d+)?(?:\s?[-–]\s?\d{1,3}(?:\.\d+)?)?)`;
export const PCT = String.raw`${NUM}\s?(?:%|percent\b|per\s+cent\b)`;
const WORD_NUM: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, hundred: 100, thousand: 1000,
};
/** "four" -> 4, "a hundred" -> 100, "1,000" -> 1000. */
export const num = (s: string): number => WORD_NUM[s.toLowerCase().replace(/^a\s+/, '')] ?? Number(s.replace(/,/g, ''));
export const after = (h: Hit, n = 60): string => h.map.text.slice(h.end, h.end + n);
export const before = (h: Hit, n = 40): string => h.map.text.slice(Math.max(0, h.start - n), h.start);
/** The hit's sentence names a condition or a health outcome. */
export const healthy = (h: Hit): boolean => HEALTH.test(clauseOf(h).text);
/** A share ("80% of ...", "half of ...") of people or of a health outcome, not of proceeds or staff. */
export function shareOf(h: Hit): boolean {
  const rest = after(h, 50);
  if (STAFF_SHARE.test(rest) || NON_STAT_SHARE.test(rest) || SURVEY.test(clauseOf(h).text)) return false;
  // The share's noun phrase is its first few words: "15% of their body weight".
  return POPULATION.test(rest) || HEALTH.test((rest.split(/[,.;:!?\n]/)[0] ?? '').split(/\s+/).slice(0, 5).join(' '));
}
// Outcome measures that make a percentage a health statistic on their own ("our IVF success rate is 62%").
export const OUTCOME_MEASURE = /\b(?:survival|mortality|remission|recurrence|relapse|(?:cure|success|complication|infection|response|death|pregnancy|live[\s-]birth|detection)\s+rates?|efficacy|effectiveness)\b/i;
/** The changed thing sits just before the number: "cut wait times by 30%" is operational. */
export const operational = (h: Hit): boolean => OPERATIONAL.test(before(h, 30)) || /^\s*(?:off|discount|cash\s*back|apr)\b/i.test(after(h, 15));
