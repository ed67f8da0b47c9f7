import { CAPS_ONLY_WORDS } from '../../../src/kit/lexicon/health.js';
import { CUE, wordCue } from '../../../src/kit/lexicon/cue-index.js';
import type { Severity, TextMap, Token } from '../../../src/types.js';
import { BODY_CARE, BODY_PARTS, CARE_NOUNS, GENERIC_AFTER_YOUR, HOLD_BEFORE, PROCEDURE_NOUNS } from './data.js';

/** A confirming phrase: its range in the map and how sure we are. */
export interface Found { start: number; end: number; severity: Severity }

const CARE = new Set(CARE_NOUNS);
const PROCEDURES = new Set(PROCEDURE_NOUNS);
const BODY = new Set(BODY_PARTS);
const BODY_CARE_WORDS = new Set(BODY_CARE);
// "since the tongue-tie release", "after that extraction": a known procedure in a reply is theirs.
// "after the extraction, avoid straws" is advice; "after the extraction yesterday" is their visit.
const SINCE = new Set(['since', 'after', 'following']);
const WHEN_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:yesterday|today|this\s+(?:morning|afternoon|week)|last\s+\w+|on\s+\w+day|\d+\s+(?:days?|weeks?)\s+ago)\b/i;
const THE = new Set(['the', 'that', 'this']);
const GENERIC = new Set(GENERIC_AFTER_YOUR);
const CAPS_ONLY = new Set(CAPS_ONLY_WORDS);
const CLAUSE_END = /[.!?;\n]/;

/**
 * "your new crown", "your metformin refill": "your" and, within three words, something of their
 * care; "your rotator cuff program": a body part and its care; "since the tongue-tie release".
 */
export function yourCare(map: TextMap, tokens: readonly Token[], advice: readonly [number, number][], out: Found[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const lead = tokens[i]!;
    const your = lead.lower === 'your';
    if (!your && !(SINCE.has(lead.lower) && THE.has(tokens[i + 1]?.lower ?? ''))) continue;
    if (your && advice.some(([s, e]) => s <= lead.start && lead.end <= e)) continue;
    const first = your ? i + 1 : i + 2;
    let body = false;
    for (let k = first; k <= first + (body ? 3 : 2) && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (CLAUSE_END.test(map.text.slice(tokens[k - 1]!.end, t.start))) break;
      if (k === first && GENERIC.has(t.lower)) break;
      const pair = tokens[k + 1] ? `${t.lower} ${tokens[k + 1]!.lower}` : '';
      const cue = CAPS_ONLY.has(t.lower) && t.text !== t.text.toUpperCase() ? 0 : wordCue(t.lower) & (CUE.health | CUE.weak);
      const hold = t.lower === 'hold' && HOLD_BEFORE.test(tokens[k - 1]!.lower);
      if (CARE.has(pair) || CARE.has(t.lower) || (cue && t.lower !== 'care') || hold || PROCEDURES.has(t.lower)
        || (body && BODY_CARE_WORDS.has(t.lower))) {
        // "the tongue-tie release": the procedure noun after the condition belongs to the phrase.
        const end = CARE.has(pair) || PROCEDURES.has(tokens[k + 1]?.lower ?? '') ? tokens[k + 1]!.end : t.end;
        if (your || lead.lower === 'since' || WHEN_AFTER.test(map.text.slice(end, end + 40))) out.push({ start: lead.start, end, severity: 2 });
        break;
      }
      body ||= BODY.has(t.lower);
    }
  }
}

/** Every match of the patterns, at the given severity. */
export function matches(map: TextMap, patterns: readonly RegExp[], severity: Severity, out: Found[]): void {
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(map.text); m; m = re.exec(map.text)) out.push({ start: m.index, end: m.index + m[0].length, severity });
  }
}
