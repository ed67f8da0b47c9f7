import { defineRule } from '../../../src/kit/define-rule.js';
import { consentCovers } from '../../../src/kit/patient-context.js';
import { findAll } from '../../../src/kit/recognizer.js';
import { CONSENT_KINDS, UNIQUE_PATTERNS } from './data.js';
import { judge } from './decide.js';

// Which message a form gets.
const MESSAGE: Readonly<Record<string, string>> = {
  superlative: 'superlative', 'one-of-few': 'superlative', 'multiple-birth': 'multipleBirth',
  tattoo: 'feature', role: 'role',
};

export default defineRule({
  meta: {
    id: 'phi/unique-characteristic',
    description: 'A unique fact about a patient (a first, a record, a rare birth, a distinctive tattoo or public role) can identify them.',
    severity: 'error',
    scopes: ['body', 'alt', 'caption'],
    sensitive: true,
    keywords: ['first', 'only', 'youngest', 'oldest', 'smallest', 'tiniest', 'littlest', 'lightest', 'largest', 'biggest',
      'heaviest', 'earliest', 'longest', 'sickest', 'rarest', 'one of ', 'uplets', 'triplets', 'quads', 'quints', 'conjoined', 'tattoo',
      'birthmark', 'mayor', 'chief', 'sheriff', 'principal', 'superintendent', 'pastor', 'priest', 'rabbi', 'imam',
      'bishop', 'judge', 'attorney', 'postmaster', 'coach', 'quarterback', 'captain', 'anchor', 'weatherman',
      'meteorologist', 'senator', 'congress', 'governor', 'president', 'council', 'alderm', 'commissioner', 'headm',
      'representative', 'county executive', 'city manager', 'town manager', 'clerk', 'marshal', 'athletic director',
      'band director', 'choir director', 'librarian'],
    messages: {
      superlative: 'This detail ("{{text}}") singles out one patient: few people fit it, so readers can work out who it is. '
        + 'Describe the care without the record or the "first", or get the patient\'s written consent.',
      multipleBirth: 'A birth like this ("{{text}}") is rare enough to identify the family. Leave it out unless the family has signed consent.',
      feature: 'A distinctive mark ("{{text}}") can identify a patient. Remove the description.',
      role: 'A patient\'s public role ("{{text}}") identifies them as surely as a name. Remove it.',
    },
  },
  check(ctx) {
    if (CONSENT_KINDS.some((k) => consentCovers(ctx, k))) return;
    for (const map of ctx.prose) {
      const sentences = ctx.analysis.sentences(map);
      for (const hit of findAll(map, UNIQUE_PATTERNS)) {
        const verdict = judge(ctx, hit, sentences);
        if (verdict === undefined) continue;
        ctx.report({
          messageId: MESSAGE[hit.pattern.name] ?? 'superlative',
          at: hit,
          data: { text: hit.text },
          severity: verdict,
          suggestions: [{ desc: 'Remove the detail, or describe it in general terms.' }],
        });
      }
    }
  },
});
