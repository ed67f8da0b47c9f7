import type { PostAnalysis, Sentence, Span } from '../types.js';

/** The sentence that contains a span (or starts inside it), from the shared analysis. */
export function sentenceAt(analysis: PostAnalysis, at: Span): Sentence | undefined {
  const list = analysis.sentences(at.map);
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (at.start < s.start) hi = mid - 1;
    else if (at.start >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
