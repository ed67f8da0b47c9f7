import { CAPS_ONLY_WORDS } from '../../../src/kit/lexicon/health.js';
import { CUE, wordCue } from '../../../src/kit/lexicon/cue-index.js';
import type { Severity, TextMap, Token } from '../../../src/types.js';
import { CARE_NOUNS, GENERIC_AFTER_YOUR, HOLD_BEFORE } from './data.js';

/** A confirming phrase: its range in the map and how sure we are. */
export interface Found { start: number; end: number; severity: Severity }

const CARE = new Set(CARE_NOUNS);
const GENERIC = new Set(GENERIC_AFTER_YOUR);
const CAPS_ONLY = new Set(CAPS_ONLY_WORDS);
const CLAUSE_END = /[.!?;\n]/;

/** "your new crown", "your metformin refill": "your" and, within three words, something of their care. */
export function yourCare(map: TextMap, tokens: readonly Token[], advice: readonly [number, number][], out: Found[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const your = tokens[i]!;
    if (your.lower !== 'your' || advice.some(([s, e]) => s <= your.start && your.end <= e)) continue;
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (CLAUSE_END.test(map.text.slice(tokens[k - 1]!.end, t.start))) break;
      if (k === i + 1 && GENERIC.has(t.lower)) break;
      const pair = tokens[k + 1] ? `${t.lower} ${tokens[k + 1]!.lower}` : '';
      const cue = CAPS_ONLY.has(t.lower) && t.text !== t.text.toUpperCase() ? 0 : wordCue(t.lower) & (CUE.health | CUE.weak);
      const hold = t.lower === 'hold' && HOLD_BEFORE.test(tokens[k - 1]!.lower);
      if (CARE.has(pair) || CARE.has(t.lower) || (cue && t.lower !== 'care') || hold) {
        out.push({ start: your.start, end: CARE.has(pair) ? tokens[k + 1]!.end : t.end, severity: 2 });
        break;
      }
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
