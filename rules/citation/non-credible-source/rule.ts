import { defineRule } from '../../../src/kit/define-rule.js';
import { offeredSources, type Judged } from '../missing-source/backing.js';
import { healthClaims } from '../missing-source/claims.js';
import { DEFAULTS, normaliseDomain, SCHEMA, type Options } from './data.js';

// Backing that settles the question: a credible site, a DOI/PMID/journal citation.
const strong = (j: Judged, flagUnlisted: boolean): boolean =>
  j.verdict === 'credible' || j.verdict === 'reference' || (j.verdict === 'unlisted' && !flagUnlisted);

// Options objects live for the whole run: normalise each one's domain lists once, not once per post.
const lists = new WeakMap<Options, string[]>();
function credibleList(opts: Options): string[] {
  let list = lists.get(opts);
  if (!list) lists.set(opts, (list = [...opts.credibleDomains, ...opts.extraCredibleDomains].map(normaliseDomain)));
  return list;
}

export default defineRule<Options>({
  meta: {
    id: 'citation/non-credible-source',
    description: 'The only sources a post gives cannot back a health claim (social posts, short links, shops, no reference).',
    severity: 'warn',
    scopes: ['body', 'meta.sources'],
    schema: SCHEMA,
    defaults: DEFAULTS,
    messages: {
      social: 'This source is a social-media post or video ({{host}}), which cannot back a health claim. Cite the study or health agency page behind it instead.',
      shortener: 'This is a shortened link ({{host}}), so readers cannot see where it goes. Use the full link to the study or health agency page.',
      retail: 'This source is a shop or product page ({{host}}). A seller cannot back its own health claim: cite independent evidence instead.',
      blog: 'This source is a self-published blog ({{host}}) with no editor or review. Cite the study or health agency page it relies on instead.',
      unlisted: 'This source ({{host}}) is not on your list of credible health sources. Cite a government, journal or medical-society page, or add the site to extraCredibleDomains.',
      text: 'This source names no link, DOI, PMID, or journal and year, so readers cannot check it. Add the reference itself.',
    },
  },
  check(ctx) {
    const opts = ctx.options;
    const judged = offeredSources(ctx, credibleList(opts));
    if (judged.length === 0 || judged.some((j) => strong(j, opts.flagUnlisted))) return;
    // A body link to a social page is only a "source" when the post makes a claim it could be backing.
    const claims = (): boolean => healthClaims(ctx).length > 0;
    for (const { ref, verdict } of judged) {
      if (ref.origin === 'body' && ref.kind === 'url' && !claims()) continue;
      ctx.report({ messageId: verdict, at: ref.at, data: { host: ref.host ?? '' } });
    }
  },
});
