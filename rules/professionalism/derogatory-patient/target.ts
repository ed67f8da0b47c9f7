import type { RuleContext, TextMap } from '../../../src/types.js';
import { unitsOf, type Unit } from '../../../src/kit/term-rule.js';
import { sentenceAt } from '../../../src/kit/sentence-at.js';
import { PEOPLE, PRONOUNS, SELF, STAFF, YOU } from './data.js';

/** Who a remark at [start, end) is aimed at, judged from its sentence and the one before it. */
export type Target = 'person' | 'self' | 'staff' | 'none';

export function isReply(ctx: RuleContext<unknown>): boolean {
  const type = ctx.post.meta.type;
  return type === 'reply' || type === 'review-reply';
}

function window(ctx: RuleContext<unknown>, map: TextMap, start: number): readonly Unit[] {
  const list = ctx.analysis.sentences(map);
  const here = sentenceAt(ctx.analysis, { map, start, end: start + 1 });
  const i = here ? list.indexOf(here) : -1;
  const from = i > 0 ? list[i - 1]!.start : (here?.start ?? 0);
  const to = here?.end ?? map.text.length;
  return unitsOf(ctx, map).filter((u) => u.start >= from && u.end <= to);
}

/**
 * The nearest words before the remark decide first ("I'm such an idiot" is self-deprecation, "our charge
 * nurse is a genius" is about staff); otherwise any patient or public word nearby, a he/she with no staff
 * word around, or "you" in a reply makes it aimed at a person.
 */
export function target(ctx: RuleContext<unknown>, map: TextMap, start: number): Target {
  const us = window(ctx, map, start);
  const before = us.filter((u) => u.end <= start).slice(-4).reverse();
  for (const u of before) {
    if (PEOPLE.has(u.lower)) return 'person';
    if (SELF.has(u.lower)) return 'self';
    if (STAFF.has(u.lower)) return 'staff';
  }
  if (us.some((u) => PEOPLE.has(u.lower))) return 'person';
  if (isReply(ctx) && us.some((u) => YOU.has(u.lower))) return 'person';
  const staff = us.some((u) => STAFF.has(u.lower));
  if (!staff && us.some((u) => PRONOUNS.has(u.lower))) return 'person';
  return staff ? 'staff' : 'none';
}
