import { defineRule } from '../../../src/kit/define-rule.js';
import { CAPS_ONLY_WORDS } from '../../../src/kit/lexicon/health.js';
import { CUE, wordCue } from '../../../src/kit/lexicon/cue-index.js';
import type { Severity, TextMap, Token } from '../../../src/types.js';
import {
  ADVICE, BORDERLINE_PATTERNS, CARE_NOUNS, CONFIRM_PATTERNS, GENERIC_AFTER_YOUR, HOLD_BEFORE, REPLY_OPENING,
} from './data.js';

interface Found { start: number; end: number; severity: Severity }

const CARE = new Set(CARE_NOUNS);
const GENERIC = new Set(GENERIC_AFTER_YOUR);
const CAPS_ONLY = new Set(CAPS_ONLY_WORDS);
const CLAUSE_END = /[.!?;\n]/;

/** "your new crown", "your metformin refill": "your" and, within three words, something of their care. */
function yourCare(map: TextMap, tokens: readonly Token[], advice: readonly [number, number][], out: Found[]): void {
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

function matches(map: TextMap, patterns: readonly RegExp[], severity: Severity, out: Found[]): void {
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(map.text); m; m = re.exec(map.text)) out.push({ start: m.index, end: m.index + m[0].length, severity });
  }
}

export default defineRule({
  meta: {
    id: 'phi/patient-confirmation',
    description: 'A reply that confirms someone was seen, treated or billed discloses that they are a patient.',
    severity: 'error',
    scopes: ['body'],
    sensitive: true,
    messages: {
      confirms: 'This reply confirms that the person was seen or treated ("{{phrase}}"), which is private health information. '
        + 'Reply without any detail of their visit, care or bill: thank them, and invite them to call the office.',
      borderline: 'This wording ("{{phrase}}") may confirm that the person is a patient. A safer reply says nothing about '
        + 'any visit: thank them for the feedback and invite them to call the office.',
    },
  },
  check(ctx) {
    const type = ctx.post.meta.type;
    const reply = type === 'reply' || type === 'review-reply'
      || ((type === undefined || type === 'post') && ctx.prose.some((m) => REPLY_OPENING.test(m.text)));
    if (!reply) return;
    for (const map of ctx.prose) {
      const advice: [number, number][] = [];
      ADVICE.lastIndex = 0;
      for (let m = ADVICE.exec(map.text); m; m = ADVICE.exec(map.text)) advice.push([m.index, m.index + m[0].length]);
      const found: Found[] = [];
      matches(map, CONFIRM_PATTERNS, 2, found);
      yourCare(map, ctx.analysis.tokens(map), advice, found);
      matches(map, BORDERLINE_PATTERNS, 1, found);
      // Strong findings first, then the longer one: overlapping phrases are reported once.
      found.sort((a, b) => a.start - b.start || b.severity - a.severity || b.end - a.end);
      let last = -1;
      for (const f of found) {
        if (f.start < last) continue;
        last = f.end;
        ctx.report({
          messageId: f.severity === 2 ? 'confirms' : 'borderline',
          at: { map, start: f.start, end: f.end },
          data: { phrase: map.text.slice(f.start, f.end) },
          ...(f.severity === 1 ? { severity: 1 as const } : {}),
        });
      }
    }
  },
});
