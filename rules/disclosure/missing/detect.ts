import type { RuleContext, Span, TextMap } from '../../../src/types.js';
import { HintIndex } from '../../../src/kit/hints.js';
import { AFFILIATE_URL, DISCLOSURES, OFFER, OWN_SERVICE, STRONG_SIGNALS, WEAK_SIGNALS, type Cue } from './data.js';

/** A cue found in the body: which one, and where. */
export interface Found extends Span {
  readonly name: string;
  readonly text: string;
}

/** What disclosure/missing and disclosure/placement both need to know about a post (computed once). */
export interface Inspection {
  readonly body: TextMap | undefined;
  /** Clear disclosures, in text order. */
  readonly disclosures: readonly Found[];
  /** Signs of a material connection: strong ones first, then weak ones. */
  readonly signals: readonly Found[];
  /** Whether the post needs a disclosure, and in a few plain words why. */
  readonly needs: boolean;
  readonly reason: string;
}

const REASONS: Readonly<Record<string, string>> = {
  code: 'a discount code', gift: 'a gifted product', affiliate: 'an affiliate link', tag: 'a partner hashtag',
  ambassador: 'a brand ambassador role', link: 'an affiliate link', partner: 'partner content',
  sent: 'a product a brand sent', thanks: 'thanks to a brand',
};

// One scan of the post for every cue's hints; most posts then run none or one or two cue regexes.
const CUES = [...DISCLOSURES, ...STRONG_SIGNALS, ...WEAK_SIGNALS];
const INDEX = new HintIndex(CUES.map((c) => c.hints));
const BIT = new Map(CUES.map((c, i) => [c, 1 << i]));

function find(map: TextMap, mask: number, cues: readonly Cue[]): Found[] {
  const out: Found[] = [];
  for (const cue of cues) {
    if ((mask & (BIT.get(cue) ?? 0)) === 0) continue;
    for (const m of map.text.matchAll(cue.regex)) {
      if (cue.validate && !cue.validate(m[0], map.text, m.index)) continue;
      out.push({ map, start: m.index, end: m.index + m[0].length, name: cue.name, text: m[0].trim() });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The shared disclosure reading of the post. */
export function inspect(ctx: RuleContext<unknown>): Inspection {
  return ctx.analysis.shared('disclosure/inspect', () => {
    const body = ctx.post.prose.find((m) => m.scope === 'body');
    const meta = ctx.post.meta;
    if (!body) return { body, disclosures: [], signals: [], needs: false, reason: '' };
    const mask = INDEX.present(body.text.toLowerCase());
    const disclosures = find(body, mask, DISCLOSURES);
    let strong = find(body, mask, STRONG_SIGNALS);
    for (const link of ctx.post.links) {
      if (AFFILIATE_URL.test(link.url)) strong.push({ ...link.span, name: 'link', text: link.url });
    }
    const weak = find(body, mask, WEAK_SIGNALS);
    // A discount on the organisation's own care ("new patients: code SMILE10 for 10% off your first
    // cleaning") is its own advertising, unless something else points at a third party.
    const third = meta.sponsored === true || weak.length > 0 || strong.some((s) => s.name !== 'code');
    if (!third) strong = strong.filter((s) => !OWN_SERVICE.test(lineOf(body.text, s.start)));
    // Partner words alone are everyday healthcare talk ("we partnered with the YMCA"); in an ad, or next
    // to a discount or "link in bio", they mean the post promotes someone else.
    const needs = meta.sponsored === true || strong.length > 0
      || (weak.length > 0 && (meta.type === 'ad' || body.text.split('\n').some((l) => OFFER.test(l) && !OWN_SERVICE.test(l))));
    const first = strong[0] ?? weak[0];
    const reason = first ? REASONS[first.name] ?? 'partner content' : 'it is marked "sponsored: true"';
    return { body, disclosures, signals: [...strong, ...weak], needs, reason };
  });
}

function lineOf(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length : end);
}
