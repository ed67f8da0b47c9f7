import type { RuleContext, TextMap } from '../../../src/types.js';
import { findRuns, type Candidate } from './candidates.js';
import { addContext } from './evidence.js';
import { findExtras } from './extra.js';
import { personScore } from './judge.js';

/** A capitalised run judged by shape and nearby words alone: how likely a person, and whether staff. */
export interface NameMention {
  readonly start: number;
  readonly end: number;
  readonly person: number;
  readonly staff: boolean;
}

interface MapNames {
  readonly candidates: readonly Candidate[];
  readonly mentions: readonly NameMention[];
}

// Per text map, so phi/date and phi/geo ask "is someone named here?" without compromise (1-5 ms
// a sentence), and phi/patient-name reuses the same candidates. A WeakMap: maps die with their post.
const memo = new WeakMap<TextMap, MapNames>();

function namesOf(ctx: RuleContext<unknown>, map: TextMap): MapNames {
  let names = memo.get(map);
  if (!names) {
    const tokens = ctx.analysis.tokens(map);
    const sentences = ctx.analysis.sentences(map);
    const runs = findRuns(map, tokens, sentences);
    for (const c of runs) addContext(c, tokens, map.text);
    const candidates = [...runs, ...findExtras(map, sentences)];
    const mentions = candidates.map((c) => ({
      start: c.start, end: c.end, person: personScore(c),
      staff: c.prefix === 'staffTitle' || c.evidence.has('staff') || c.veto !== undefined,
    }));
    memo.set(map, (names = { candidates, mentions }));
  }
  return names;
}

/**
 * A map's name candidates for phi/patient-name, which scores and vetoes them in place (once per
 * post); the mentions above are a snapshot taken first, so that does not change them.
 */
export function nameCandidates(ctx: RuleContext<unknown>, map: TextMap): readonly Candidate[] {
  return namesOf(ctx, map).candidates;
}

/** True when a likely person (not staff) is named in [start, end) of the map. */
export function personNamedIn(ctx: RuleContext<unknown>, map: TextMap, start: number, end: number, min = 0.5): boolean {
  return namesOf(ctx, map).mentions.some((m) => m.start >= start && m.start < end && m.person >= min && !m.staff);
}
