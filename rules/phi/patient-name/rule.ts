import { defineRule } from '../../../src/kit/define-rule.js';
import { CUE } from '../../../src/kit/lexicon/cue-index.js';
import { CARE } from '../../../src/kit/lexicon/cue-score.js';
import { consentCovers, postCueBits } from '../../../src/kit/patient-context.js';
import type { Candidate } from './candidates.js';
import { judge } from './judge.js';
import { nameCandidates } from './names.js';

// "Baby Aanya", "Little Mateo": the titled child is the patient, not a relative.
const SELF_TITLES = /^(?:baby|little|lil)\b/i;

export default defineRule({
  meta: {
    id: 'phi/patient-name',
    description: "A patient's or a relative's name next to details of their care is a HIPAA identifier.",
    severity: 'error',
    scopes: ['body', 'alt', 'caption'],
    sensitive: true,
    messages: {
      name: 'This may be a patient\'s name ("{{name}}"), and next to details of their care it identifies them. '
        + 'Remove the name, or get their signed authorization and record it in `consent:` (scope: name).',
      relative: 'This may be the name of a patient\'s relative ("{{name}}"), which identifies the patient too. '
        + 'Remove the name, or get signed authorization and record it in `consent:` (scope: name).',
      reviewer: 'Naming the person you are replying to ("{{name}}") confirms publicly that they are a patient. '
        + 'Reply without their name, and without any detail of their care.',
    },
  },
  check(ctx) {
    // A signed authorization that covers names (45 CFR 164.508) makes the name allowed.
    if (consentCovers(ctx, 'name')) return;
    const type = ctx.post.meta.type;
    const reply = type === 'reply' || type === 'review-reply';
    // A post that never mentions care cannot name a patient (cheap gate before any name search).
    if (!reply && type !== 'testimonial' && (postCueBits(ctx) & (CARE | CUE.weak)) === 0) return;
    const cands: Candidate[] = [];
    for (const map of ctx.prose) cands.push(...nameCandidates(ctx, map));
    for (const c of judge(ctx, cands)) {
      const ev = c.evidence;
      const messageId = ev.has('kin') || ev.has('family') || (c.prefix === 'kinTitle' && !SELF_TITLES.test(c.map.text.slice(c.start))) ? 'relative'
        : reply && (ev.has('greeting') || ev.has('vocative')) ? 'reviewer' : 'name';
      ctx.report({ messageId, at: c, data: { name: c.map.text.slice(c.start, c.end) } });
    }
  },
});
