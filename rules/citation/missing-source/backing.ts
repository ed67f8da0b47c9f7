import type { RuleContext } from '../../../src/types.js';
import { CREDIBLE_DOMAINS } from '../../../src/kit/lexicon/source-domains.js';
import { classifyUrl, hostIn, postSources, type HostClass, type SourceRef } from '../../../src/kit/sources.js';

// Source: [derived] words too common in organisation names to tie a web site to its author.
const GENERIC = new Set(['health', 'healthcare', 'medical', 'medicine', 'clinic', 'clinics', 'center', 'centre',
  'family', 'dental', 'hospital', 'group', 'partners', 'associates', 'practice', 'wellness', 'services', 'network',
  'system', 'pediatrics', 'physicians', 'doctors', 'primary', 'urgent', 'county', 'public', 'department',
  'official', 'therapy', 'care', 'the', 'and', 'of']);

/** The clinic's own site ("Book at summitortho.example.com" from Summit Orthopedic) is not evidence. */
export function ownSite(host: string, ctx: RuleContext<unknown>): boolean {
  if (hostIn(host, ctx.organization.domains.map((d) => d.toLowerCase().replace(/^www\./, '')))) return true;
  const labels = host.split('.').slice(0, -1).join('.');
  const words = (ctx.post.meta.author ?? '').toLowerCase().match(/[a-z0-9]{5,}/g) ?? [];
  return words.some((w) => !GENERIC.has(w) && labels.includes(w));
}

/** A reference and what it is worth as evidence. */
export interface Judged {
  readonly ref: SourceRef;
  /** 'reference' covers identifiers and journal citations; 'text' is a label with no reference. */
  readonly verdict: HostClass | 'reference' | 'text';
}

/**
 * The references a post offers for its claims, judged. A bare body link counts only when it is
 * on the credible list or placed as a citation, and never when it is the organisation's own site.
 */
export function offeredSources(ctx: RuleContext<unknown>, credible: readonly string[] = CREDIBLE_DOMAINS): Judged[] {
  const out: Judged[] = [];
  for (const ref of postSources(ctx.post, ctx.analysis)) {
    if (ref.kind === 'text') { out.push({ ref, verdict: 'text' }); continue; }
    if (ref.kind !== 'url' || ref.host === undefined) { out.push({ ref, verdict: 'reference' }); continue; }
    const verdict = classifyUrl(ref.host, ref.path ?? '', credible);
    if (verdict === 'credible') out.push({ ref, verdict });
    else if (ref.cited && !(ref.origin === 'body' && ownSite(ref.host, ctx))) out.push({ ref, verdict });
  }
  return out;
}
