import type { RuleContext, Scope, Span } from '../../../src/types.js';
import { HintIndex } from '../../../src/kit/hints.js';
import { findAll } from '../../../src/kit/recognizer.js';
import { clauseOf } from './context.js';
import { CLAIM_PATTERNS, type ClaimPattern } from './data.js';

// One scan for every pattern's hints instead of a substring search per hint.
const INDEX = new HintIndex(CLAIM_PATTERNS.map((p) => p.hints));

/** The patterns whose hints occur in `lower` (and one of their `also` words), in their original order. */
function activePatterns(lower: string): ClaimPattern[] {
  const mask = INDEX.present(lower);
  return CLAIM_PATTERNS.filter((p, i) => (mask & (1 << i)) !== 0 && (!p.also || p.also.some((a) => lower.includes(a))));
}

/** What needs the source: a figure, an appeal to evidence, or another health claim (risk, comparison, leading cause). */
export type ClaimKind = 'statistic' | 'evidence' | 'claim';

/** The first claim of a sentence. */
export interface ClaimHit extends Span {
  readonly kind: ClaimKind;
  readonly text: string;
}

/** Where health claims are read: the published text, image descriptions and captions. */
export const CLAIM_SCOPES: readonly Scope[] = ['body', 'alt', 'caption', 'meta.title'];

/**
 * Health statistics and evidence appeals of the post, one per sentence (the first), computed once
 * per post and shared by the citation rules.
 */
export function healthClaims(ctx: RuleContext<unknown>): readonly ClaimHit[] {
  return ctx.analysis.shared('citation/claims', () => {
    const out: ClaimHit[] = [];
    for (const map of ctx.post.prose) {
      if (!CLAIM_SCOPES.includes(map.scope)) continue;
      let lastSentence = -1;
      for (const hit of findAll(map, activePatterns(map.text.toLowerCase()))) {
        const key = clauseOf(hit).start;
        if (key === lastSentence) continue;
        lastSentence = key;
        // "85% of patients" reports "85%": the share, not the preposition after it.
        const text = hit.text.replace(/\s+of$/i, '');
        out.push({ map, start: hit.start, end: hit.start + text.length, kind: hit.pattern.name as ClaimKind, text });
      }
    }
    return out;
  });
}
