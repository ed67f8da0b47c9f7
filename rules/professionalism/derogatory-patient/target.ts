import type { RuleContext, TextMap } from '../../../src/types.js';
import { unitsOf, type Unit } from '../../../src/kit/term-rule.js';
import { sentenceAt } from '../../../src/kit/sentence-at.js';
import { HONORIFICS, PEOPLE, PRONOUNS, SELF, STAFF, YOU } from './data.js';

/** Who a remark at [start, end) is aimed at, judged from its sentence and the one before it. */
export type Target = 'person' | 'self' | 'staff' | 'none';

export function isReply(ctx: RuleContext<unknown>): boolean {
  const type = ctx.post.meta.type;
  return type === 'reply' || type === 'review-reply';
}

/** The words of the remark's sentence and of the `back` sentences before it. */
function window(ctx: RuleContext<unknown>, map: TextMap, start: number, back = 1): readonly Unit[] {
  const list = ctx.analysis.sentences(map);
  const here = sentenceAt(ctx.analysis, { map, start, end: start + 1 });
  const i = here ? list.indexOf(here) : -1;
  const from = i > 0 ? list[Math.max(0, i - back)]!.start : (here?.start ?? 0);
  const to = here?.end ?? map.text.length;
  return unitsOf(ctx, map).filter((u) => u.start >= from && u.end <= to);
}

/**
 * A mocking marker comments on its whole sentence ("this clown thinks he's a surgeon 🤡"), so it is aimed
 * at a person when either the words right before it or its sentence as a whole point at one.
 */
export function markerTarget(ctx: RuleContext<unknown>, map: TextMap, start: number): Target {
  const here = target(ctx, map, start);
  if (here === 'person' || here === 'self') return here;
  const s = sentenceAt(ctx.analysis, { map, start, end: start + 1 });
  return s && s.start < start && target(ctx, map, s.start) === 'person' ? 'person' : here;
}

/**
 * The nearest words before the remark decide first ("I'm such an idiot" is self-deprecation, "our charge
 * nurse is a genius" is about staff); otherwise any patient or public word nearby, a named person ("Mr. Fenwick")
 * up to two sentences back, a he/she with no staff word before it, or "you" in a reply makes it aimed at a person.
 */
export function target(ctx: RuleContext<unknown>, map: TextMap, start: number): Target {
  const us = window(ctx, map, start);
  const prior = us.filter((u) => u.end <= start);
  const before = prior.slice(-4).reverse();
  for (const u of before) {
    if (PEOPLE.has(u.lower)) return 'person';
    if (SELF.has(u.lower)) return 'self';
    if (STAFF.has(u.lower)) return 'staff';
  }
  // A named patient stays the subject for a couple of sentences ("Mr. Fenwick ... This clown ... my least favorite").
  if (us.some((u) => PEOPLE.has(u.lower)) || named(map.text, window(ctx, map, start, 2))) return 'person';
  if (isReply(ctx) && us.some((u) => YOU.has(u.lower))) return 'person';
  // A staff word after the remark is usually its predicate ("this clown thinks he's a surgeon"), not its target.
  const staff = prior.some((u) => STAFF.has(u.lower));
  if (!staff && us.some((u) => PRONOUNS.has(u.lower))) return 'person';
  return staff ? 'staff' : 'none';
}

/** "Mr. Fenwick", "Mrs Dale": an honorific before a capitalised word names a person who is not staff. */
function named(text: string, us: readonly Unit[]): boolean {
  for (let i = 0; i + 1 < us.length; i++) {
    // "our surgeon Mr. Hale" is staff.
    if (!HONORIFICS.has(us[i]!.lower) || (i > 0 && STAFF.has(us[i - 1]!.lower))) continue;
    const c = text.charCodeAt(us[i + 1]!.start);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}
