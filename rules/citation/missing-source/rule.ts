import { defineRule } from '../../../src/kit/define-rule.js';
import { offeredSources } from './backing.js';
import { CLAIM_SCOPES, healthClaims } from './claims.js';

const quote = (s: string): string => (s.length > 40 ? `${s.slice(0, 39).trimEnd()}…` : s).replace(/\s+/g, ' ');

export default defineRule({
  meta: {
    id: 'citation/missing-source',
    description: 'A health statistic or "studies show" claim with no source in the post or in sources.',
    severity: 'error',
    scopes: CLAIM_SCOPES,
    messages: {
      statistic:
        'This health figure ("{{term}}") has no source. Add where it comes from (a link, DOI, PMID, or journal '
        + 'and year) to the post or its sources list, or leave the figure out.',
      evidence:
        '"{{term}}" tells readers there is evidence, but the post does not say where. Add the study (a link, DOI, '
        + 'PMID, or journal and year) to the post or its sources list, or drop the claim.',
      claim:
        'This health claim ("{{term}}") has no source. Add the evidence for it (a link, DOI, PMID, or journal '
        + 'and year) to the post or its sources list, or leave it out.',
    },
  },
  check(ctx) {
    const claims = healthClaims(ctx);
    // A claim backed by a weak source is citation/non-credible-source's finding, not this one.
    if (claims.length === 0 || offeredSources(ctx).length > 0) return;
    for (const claim of claims) ctx.report({ messageId: claim.kind, at: claim, data: { term: quote(claim.text) } });
  },
});
