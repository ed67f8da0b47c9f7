import { defineRule } from '../../../src/kit/define-rule.js';
import { consentCovers } from '../../../src/kit/patient-context.js';
import { findAll, type Hit } from '../../../src/kit/recognizer.js';
import type { Span } from '../../../src/types.js';
import { AGE_PATTERNS, CONSENT_KINDS } from './data.js';
import { hitAge, isPatientAge } from './decide.js';

/** Options: the year birth years are counted from (default: the post's date, else this year). */
export interface AgeOptions {
  readonly referenceYear?: number;
}

// A post date in front matter (`date:` and the like), when the draft carries one.
const DATE_KEYS = ['date', 'publish', 'publishDate', 'publish_date', 'scheduled', 'scheduledFor'];

export default defineRule<AgeOptions>({
  meta: {
    id: 'phi/age-over-89',
    description: 'A patient age over 89 is a HIPAA identifier; say "90 or older" instead.',
    severity: 'error',
    scopes: ['body', 'alt', 'caption', 'meta.*'],
    sensitive: true,
    // Every form holds a 9, 10 or 11, a keycap digit, a number word, "centenarian" or an 18xx/19xx year.
    keywords: ['9', '10', '11', '\u20e3', 'ninet', 'hundred', 'centenarian', '18'],
    messages: {
      age: 'A patient age over 89 ("{{text}}") can identify them. Say "90 or older" instead.',
      birthYear: 'This birth year ("{{text}}") shows the patient is over 89, which can identify them. Remove it or say "90 or older".',
    },
    schema: {
      type: 'object',
      properties: { referenceYear: { type: 'integer', minimum: 1900, maximum: 2200 } },
      additionalProperties: false,
    },
    defaults: {},
  },
  check(ctx) {
    if (CONSENT_KINDS.some((k) => consentCovers(ctx, k))) return;
    const postYear = DATE_KEYS.map((k) => /\b(19|20)\d{2}\b/.exec(String(ctx.post.meta.extra[k] ?? ''))?.[0]).find(Boolean);
    const refYear = postYear ? Number(postYear) : ctx.options.referenceYear ?? new Date().getFullYear();
    for (const map of ctx.prose) {
      const sentences = ctx.analysis.sentences(map);
      for (const hit of findAll(map, AGE_PATTERNS)) {
        if (!isPatientAge(ctx, hit, sentences, hitAge(hit, refYear))) continue;
        ctx.report({
          messageId: hit.groups.birth ? 'birthYear' : 'age',
          at: hit.groups.birth ? yearSpan(hit) : hit,
          data: { text: hit.groups.birth ?? hit.text },
          suggestions: [{ desc: 'Replace the exact age with "90 or older".' }],
        });
      }
    }
  },
});

/** Only the birth year of "born in March 1931" is the identifier; the rest can stay. */
function yearSpan(hit: Hit): Span {
  const at = hit.text.lastIndexOf(hit.groups.birth ?? '');
  return { map: hit.map, start: hit.start + at, end: hit.start + at + (hit.groups.birth ?? '').length };
}
