import { defineRule } from '../../../src/kit/define-rule.js';
import type { Hit } from '../../../src/kit/recognizer.js';
import type { Sentence } from '../../../src/types.js';
import { assertedHits, sourcedEducation, wordsAfter, wordsBefore } from '../claim-kit.js';
import { CLINICAL_BREAKTHROUGH, HEALTH_CONTEXT, HYPE, LIFE_SENSE, MIRACLE_PATTERNS, NAME_WORD, PRODUCT } from './data.js';

const TITLE = /^\p{Lu}\p{Ll}/u;

/** "Children's Miracle Network": a Title Case word next to the term is part of a name. */
function inName(hit: Hit): boolean {
  if (!TITLE.test(hit.text)) return false;
  const t = hit.map.text;
  const next = /^\s+([\p{L}'’]+)/u.exec(t.slice(hit.end, hit.end + 30))?.[1] ?? '';
  const prev = /([\p{L}'’]+)\s+$/u.exec(t.slice(Math.max(0, hit.start - 30), hit.start))?.[1] ?? '';
  return (TITLE.test(next) && NAME_WORD.test(next)) || (TITLE.test(prev) && NAME_WORD.test(prev));
}

function hype(hit: Hit, sentence: Sentence): boolean {
  const next = wordsAfter(hit.map, hit.end, 2);
  const prev = wordsBefore(hit.map, sentence.start, hit.start, 3);
  if (hit.pattern.name === 'miracle') {
    if (inName(hit) || /^of\b/.test(next)) return false;
    if (PRODUCT.test(next)) return true;
    return !LIFE_SENSE.test(sentence.text) && PRODUCT.test(sentence.text);
  }
  if (hit.pattern.name === 'breakthrough') {
    if (inName(hit) || CLINICAL_BREAKTHROUGH.test(next) || /\bfda$/.test(prev)) return false;
    return PRODUCT.test(next) || HYPE.test(prev);
  }
  if (hit.pattern.name === 'quick-fix' && /quick/i.test(hit.text)) return HEALTH_CONTEXT.test(sentence.text);
  return true;
}

export default defineRule({
  meta: {
    id: 'claims/miracle',
    description: '"Miracle", "breakthrough", "secret ingredient", "what doctors won\'t tell you" and quick-fix hype.',
    severity: 'warn',
    scopes: ['body', 'alt', 'caption', 'meta.title'],
    keywords: ['miracle', 'miracul', 'breakthrough', 'secret', 'tell you', 'want you to know', 'hate', 'trick', 'quick', 'magic', 'wonder', 'lose', 'drop', 'shed', 'melt'],
    messages: {
      hype:
        '"{{term}}" is the language of health-fraud ads, which regulators treat as a red flag. '
        + 'Describe what the treatment does, and for whom, in plain and measured words.',
    },
  },
  check(ctx) {
    for (const { hit, sentence } of assertedHits(ctx, MIRACLE_PATTERNS)) {
      if (!hype(hit, sentence)) continue;
      if ((hit.pattern.name === 'breakthrough' || hit.pattern.name === 'miracle') && sourcedEducation(ctx, sentence)) continue;
      ctx.report({ messageId: 'hype', at: hit, data: { term: hit.text } });
    }
  },
});
