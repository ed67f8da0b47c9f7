import { createRequire } from 'node:module';
import type { NlpView, Sentence, Span } from '../types.js';

/** The parts of compromise's API we call; typed narrowly so the rest of the code stays strict. */
interface TermJson { readonly tags?: readonly string[]; readonly offset: { start: number; length: number } }
interface MatchJson { readonly terms: readonly TermJson[] }
interface NlpDoc {
  people(): { json(o: object): MatchJson[] };
  json(o: object): MatchJson[];
}
type Nlp = (text: string) => NlpDoc;

let nlpFn: Nlp | undefined;

/**
 * Loads compromise on first use only. Its single-file CommonJS build loads in about a third
 * of the time of its ESM source, which matters for cold start.
 */
function loadNlp(): Nlp {
  if (!nlpFn) nlpFn = createRequire(import.meta.url)('compromise') as Nlp;
  return nlpFn;
}

/** True once compromise has been loaded in this process (for tests and the bench). */
export function nlpLoaded(): boolean {
  return nlpFn !== undefined;
}

const JSON_OPTS = { offset: true, terms: { offset: true } };

/** compromise's view of one sentence, with offsets translated back into the sentence's map. */
export function nlpView(sentence: Sentence): NlpView {
  const doc = loadNlp()(sentence.text);
  let tags: Map<number, ReadonlySet<string>> | undefined;
  const toSpan = (m: MatchJson): Span | undefined => {
    const first = m.terms[0];
    const last = m.terms[m.terms.length - 1];
    if (!first || !last) return undefined;
    return {
      map: sentence.map,
      start: sentence.start + first.offset.start,
      end: sentence.start + last.offset.start + last.offset.length,
    };
  };
  return {
    people: () => doc.people().json(JSON_OPTS).map(toSpan).filter((s): s is Span => s !== undefined),
    tagsAt(offset: number): ReadonlySet<string> {
      if (!tags) {
        tags = new Map();
        for (const s of doc.json(JSON_OPTS)) {
          for (const t of s.terms) {
            const set = new Set(t.tags ?? []);
            for (let i = 0; i < t.offset.length; i++) tags.set(sentence.start + t.offset.start + i, set);
          }
        }
      }
      return tags.get(offset) ?? new Set();
    },
  };
}
