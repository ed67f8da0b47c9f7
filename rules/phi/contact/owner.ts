import type { RuleContext } from '../../../src/types.js';
import { OWNER_CUES, type Owner } from './owner-data.js';

export type { Owner } from './owner-data.js';

/** How far back (UTF-16 units, same line) the words that introduce an identifier are read. */
const BEFORE = 100;
const AFTER = 40;

/**
 * Whose contact detail (phone, e-mail, address, page, IP) sits at text[start, end): the nearest
 * owner cue before it decides ("we left a voicemail at" -> person, "call our office at" -> org,
 * "text me at" -> self), so a later, closer cue beats an earlier one in the same sentence.
 * Words right after it ("..., her cell") decide only when nothing before does.
 * `author` tokens turn "Lakeshore's main line" into the organisation's.
 */
export function contactOwner(text: string, start: number, end: number, author = ''): Owner {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - BEFORE), start);
  let best: { end: number; rank: number; owner: Owner } | undefined;
  OWNER_CUES.forEach((cue, rank) => {
    cue.regex.lastIndex = 0;
    for (let m = cue.regex.exec(before); m; m = cue.regex.exec(before)) {
      const e = m.index + m[0].length;
      if (best && (e < best.end || (e === best.end && rank >= best.rank))) continue;
      const owner = cue.owner !== 'possessive' ? cue.owner : m.groups?.t ? 'org' : possessor(m.groups?.p ?? '', author);
      best = { end: e, rank, owner };
    }
  });
  if (best) return best.owner;
  const lineEnd = text.indexOf('\n', end);
  const after = text.slice(end, Math.min(lineEnd < 0 ? text.length : lineEnd, end + AFTER));
  return AFTER_PERSON.test(after) ? 'person' : 'unknown';
}

/**
 * contactOwner for a rule: the author line names the organisation, and in a testimonial "I" and
 * "my" are the patient speaking ("call me at ... about my surgery"), not the author.
 */
export function ownerIn(ctx: RuleContext<unknown>, text: string, start: number, end: number): Owner {
  const owner = contactOwner(text, start, end, ctx.post.meta.author);
  return owner === 'self' && ctx.post.meta.type === 'testimonial' ? 'person' : owner;
}

const AFTER_PERSON = /^[\s,;:()-]{0,4}(?:is\s+)?(?:(?:his|her|their|your)\s+(?:own\s+)?(?:cell|mobile|phone|number|home|work|fax|e-?mail|address|page|account)|\(?(?:cell|mobile|home|work)\b)/i;

// "the clinic's main line", "our team's inbox", "Dr. Chen's email": the organisation's or its staff's.
const STAFF_POSSESSORS: ReadonlySet<string> = new Set([
  'team', 'office', 'clinic', 'practice', 'pharmacy', 'hospital', 'department', 'center', 'centre', 'staff',
  'doctor', 'nurse', 'provider', 'physician', 'dentist', 'therapist', 'pharmacist', 'coordinator', 'manager',
]);

function possessor(word: string, author: string): Owner {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (w === 'my') return 'self';
  if (w === 'our') return 'org';
  if (STAFF_POSSESSORS.has(w)) return 'org';
  if (w.length > 2 && author.toLowerCase().split(/[^a-z]+/).includes(w)) return 'org';
  return 'person';
}
