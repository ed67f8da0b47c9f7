import type { RuleContext } from '../../../src/types.js';
import { aboutPatient, personNames } from '../url-ip/names.js';
import { NOT_A_CALLEE, OWNER_CUES, type Owner } from './owner-data.js';

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
  const cue = ownerCue(text, start, end, author);
  return cue.owner === 'named' ? 'unknown' : cue.owner;
}

interface CueOwner { readonly owner: Owner | 'named'; readonly name?: string }

function ownerCue(text: string, start: number, end: number, author: string): CueOwner {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const after = text.slice(end, Math.min(lineEnd < 0 ? text.length : lineEnd, end + AFTER));
  // "(we have 555-0193 on file)": what the organisation keeps on file is the person's, whoever says it.
  if (ON_FILE_AFTER.test(after)) return { owner: 'person' };
  const before = text.slice(Math.max(lineStart, start - BEFORE), start);
  let best: { end: number; rank: number; owner: CueOwner } | undefined;
  OWNER_CUES.forEach((cue, rank) => {
    cue.regex.lastIndex = 0;
    for (let m = cue.regex.exec(before); m; m = cue.regex.exec(before)) {
      const e = m.index + m[0].length;
      if (best && (e < best.end || (e === best.end && rank >= best.rank))) continue;
      const owner: CueOwner = cue.owner === 'named' ? { owner: 'named', name: m.groups?.n ?? '' }
        : { owner: cue.owner !== 'possessive' ? cue.owner : m.groups?.t ? 'org' : possessor(m.groups?.p ?? '', author) };
      best = { end: e, rank, owner };
    }
  });
  if (best) return best.owner;
  return { owner: AFTER_PERSON.test(after) ? 'person' : 'unknown' };
}

/**
 * contactOwner for a rule: the author line names the organisation, and in a testimonial "I" and
 * "my" are the patient speaking ("call me at ... about my surgery"), not the author.
 */
export function ownerIn(ctx: RuleContext<unknown>, text: string, start: number, end: number): Owner {
  const cue = ownerCue(text, start, end, ctx.post.meta.author ?? '');
  if (cue.owner === 'named') return namedOwner(ctx, cue.name ?? '', text.slice(end, end + AFTER));
  return cue.owner === 'self' && ctx.post.meta.type === 'testimonial' ? 'person' : cue.owner;
}

/**
 * "Call Maria at ...": in a post about a patient, Maria is the patient unless the post names her as
 * staff (personNames drops titled and role-named people) or the reader is invited to book through her.
 */
function namedOwner(ctx: RuleContext<unknown>, name: string, after: string): Owner {
  if (BOOKING_AFTER.test(after) || NOT_A_CALLEE.test(name) || !personNames(ctx).has(name.toLowerCase())) return 'org';
  return aboutPatient(ctx) ? 'person' : 'org';
}

const ON_FILE_AFTER = /^[\s,;:)\]-]{0,3}(?:on\s+(?:file|record)|in\s+(?:your|his|her|their|the)\s+(?:chart|file|record)s?)\b/i;
// Source: [derived] how posts invite the reader to reach a scheduler or front-desk colleague.
const BOOKING_AFTER = /^[\s,;:)-]{0,3}(?:to|and|for)\s+(?:book|schedule|make|set\s+up|register|sign\s+up|reserve|rsvp|ask|learn|find\s+out|get\s+(?:started|help))\b/i;

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
