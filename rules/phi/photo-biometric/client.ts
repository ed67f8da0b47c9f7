import type { Located, MediaItem, RuleContext } from '../../../src/types.js';
import { personNames } from '../url-ip/names.js';
import { HONORIFIC_NAME, NAME_PAIR, STAFF_BEFORE_NAME } from './data.js';

/**
 * Whether the alt text or caption names someone who is not staff: "Mr. Rashid Haddad", "Ana Ruiz",
 * or a name compromise recognises ("Milo grinning ..."). A name right after a staff title or role
 * ("Dr. Rao", "our navigator Ana", "Pharmacist Kwame Asante") is a staff member's.
 * compromise runs only when the cheap shapes find nothing, and only on image descriptions.
 */
export function namesClient(ctx: RuleContext<unknown>, item: MediaItem): boolean {
  const descs = [item.alt, item.caption].filter((d): d is Located<string> => !!d?.value);
  const names = personNames(ctx);
  for (const d of descs) {
    for (const m of d.value.matchAll(HONORIFIC_NAME)) if (!staffName(d.value, m.index, m[0])) return true;
    for (const m of d.value.matchAll(NAME_PAIR)) {
      const known = names.has(m[1]!.toLowerCase()) || names.has(m[2]!.toLowerCase());
      if (known && !staffName(d.value, m.index, m[0])) return true;
    }
  }
  return descs.some((d) => d.span !== undefined && nlpNamesClient(ctx, d));
}

/** The name at text[index] comes after a staff title or role, or starts with one ("Dr. Rao", "Pharmacist Kwame"). */
function staffName(text: string, index: number, name: string): boolean {
  return STAFF_BEFORE_NAME.test(`${text.slice(Math.max(0, index - 40), index)}${name.split(/\s+/)[0]} `);
}

function nlpNamesClient(ctx: RuleContext<unknown>, desc: Located<string>): boolean {
  const span = desc.span!;
  const text = span.map.text;
  for (const s of ctx.analysis.sentences(span.map)) {
    if (s.end <= span.start || s.start >= span.end) continue;
    for (const p of ctx.analysis.nlp(s).people()) {
      // compromise keeps the title in the name ("Dr. Rao").
      if (!staffName(text, p.start, text.slice(p.start, p.end))) return true;
    }
  }
  return false;
}
