import type { Span, TextMap } from '../types.js';

/**
 * One pattern of a recognizer (Presidio style): a global regex, a base score, and optional
 * validation (checksums, real calendar dates) that can reject a shaped-right match.
 */
export interface Pattern {
  readonly name: string;
  /** Must have the `g` flag. Named groups are exposed on the hit. */
  readonly regex: RegExp;
  readonly score: number;
  /** Return false to drop a match (e.g. SSN area 000, a failed Luhn check). */
  readonly validate?: (hit: Hit) => boolean;
}

/** A pattern match in a text map: a Span plus what matched and why. */
export interface Hit extends Span {
  readonly text: string;
  readonly groups: Readonly<Record<string, string>>;
  readonly pattern: Pattern;
  readonly score: number;
}

/** All validated matches of the patterns in a map, in text order; overlapping lower scores dropped. */
export function findAll(map: TextMap, patterns: readonly Pattern[]): Hit[] {
  const hits: Hit[] = [];
  for (const pattern of patterns) {
    const re = pattern.regex;
    re.lastIndex = 0;
    for (let m = re.exec(map.text); m; m = re.exec(map.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const groups: Record<string, string> = {};
      for (const [k, v] of Object.entries(m.groups ?? {})) if (v !== undefined) groups[k] = v;
      const hit: Hit = {
        map, start: m.index, end: m.index + m[0].length, text: m[0], groups, pattern, score: pattern.score,
      };
      if (!pattern.validate || pattern.validate(hit)) hits.push(hit);
    }
  }
  hits.sort((a, b) => a.start - b.start || b.score - a.score || (b.end - b.start) - (a.end - a.start));
  const out: Hit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    if (prev && h.start < prev.end) continue;
    out.push(h);
  }
  return out;
}

