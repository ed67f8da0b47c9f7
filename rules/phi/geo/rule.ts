import { defineRule } from '../../../src/kit/define-rule.js';
import { consentCovers } from '../../../src/kit/patient-context.js';
import { findAll } from '../../../src/kit/recognizer.js';
import { CONSENT_KINDS, GEO_PATTERNS } from './data.js';
import { isPatientPlace } from './decide.js';

// Which message a form gets: addresses and ZIP codes are removed, towns and venues generalised.
const MESSAGE: Readonly<Record<string, string>> = {
  'street-address': 'address', 'street-name': 'address', route: 'address',
  zip: 'zip', zip4: 'zip', zip3: 'zip',
};

export default defineRule({
  meta: {
    id: 'phi/geo',
    description: 'Where a patient lives or was (street, town, neighbourhood, school, landmark, ZIP code) is a HIPAA identifier.',
    severity: 'error',
    scopes: ['body', 'alt', 'caption', 'meta.*'],
    sensitive: true,
    messages: {
      address: 'This street or road ("{{text}}") places a patient. Remove the street; the state is as specific as you can go.',
      zip: 'A ZIP code ("{{text}}") places a patient. Remove it, or give only the state.',
      place: 'This place ("{{text}}") can locate a patient: a town, neighbourhood, school or landmark narrows it down to one person. '
        + 'Remove it or use the state or "our area" instead.',
    },
  },
  check(ctx) {
    if (CONSENT_KINDS.some((k) => consentCovers(ctx, k))) return;
    for (const map of ctx.prose) {
      for (const hit of findAll(map, GEO_PATTERNS)) {
        if (!isPatientPlace(ctx, hit)) continue;
        ctx.report({
          messageId: MESSAGE[hit.pattern.name] ?? 'place',
          at: hit,
          data: { text: hit.text },
          suggestions: [{ desc: 'Remove the place, or name only the state.' }],
        });
      }
    }
  },
});
