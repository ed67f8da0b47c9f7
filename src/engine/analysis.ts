import type { NlpView, Post, PostAnalysis, Sentence, TextMap, Token } from '../types.js';
import { nlpView } from '../text/nlp.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';

/** The shared per-post analysis: each view is computed on first request, then memoised. */
export function createAnalysis(post: Post): PostAnalysis {
  const sentences = new Map<TextMap, Sentence[]>();
  const tokens = new Map<TextMap, Token[]>();
  const views = new Map<Sentence, NlpView>();
  const memo = new Map<string, unknown>();
  let lower: string | undefined;
  return {
    sentences(map) {
      let s = sentences.get(map);
      if (!s) sentences.set(map, (s = splitSentences(map)));
      return s;
    },
    tokens(map) {
      let t = tokens.get(map);
      if (!t) tokens.set(map, (t = tokenize(map.text)));
      return t;
    },
    get lowerText() {
      if (lower === undefined) {
        lower = post.prose.map((m) => m.text).join('\n').toLowerCase();
        if (post.links.length) lower += '\n' + post.links.map((l) => l.url).join('\n').toLowerCase();
      }
      return lower;
    },
    nlp(sentence) {
      let v = views.get(sentence);
      if (!v) views.set(sentence, (v = nlpView(sentence)));
      return v;
    },
    shared<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };
}
