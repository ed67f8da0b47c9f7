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
      best = { end: e, rank, owner: cue.owner === 'possessive' ? possessor(m.groups?.p ?? '', author) : cue.owner };
    }
  });
  if (best) return best.owner;
  const lineEnd = text.indexOf('\n', end);
  const after = text.slice(end, Math.min(lineEnd < 0 ? text.length : lineEnd, end + AFTER));
  return AFTER_PERSON.test(after) ? 'person' : 'unknown';
}

const AFTER_PERSON = /^[\s,;:()-]{0,4}(?:is\s+)?(?:(?:his|her|their|your)\s+(?:own\s+)?(?:cell|mobile|phone|number|home|work|fax|e-?mail|address|page|account)|\(?(?:cell|mobile|home|work)\b)/i;

function possessor(word: string, author: string): Owner {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (w === 'my') return 'self';
  if (w === 'our') return 'org';
  if (w.length > 2 && author.toLowerCase().split(/[^a-z]+/).includes(w)) return 'org';
  return 'person';
}
