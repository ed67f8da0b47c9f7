import { spanToSource } from '../../../src/text/text-map.js';
import type { RuleContext, Span } from '../../../src/types.js';
import { ownerIn } from '../contact/owner.js';
import { AGENCY_TLDS, BARE_URL, ORG_PATH, PERSONAL_PAGE_HOSTS, PRONOUN_BEFORE, SOCIAL_HOSTS, TLD_SLASH } from './data.js';
import { aboutPatient, personNames } from './names.js';

interface Candidate { readonly at: Span; readonly url: string; readonly offset: number }

/** Body links (Post.links) and any URL left in prose, minus images, each once. */
function candidates(ctx: RuleContext<unknown>): Candidate[] {
  const media = new Set(ctx.post.media.flatMap((m) => (m.src?.span ? [spanToSource(m.src.span).start] : [])));
  const seen = new Set<number>();
  const out: Candidate[] = [];
  const add = (at: Span, url: string): void => {
    const offset = spanToSource(at).start;
    if (media.has(offset) || seen.has(offset)) return;
    seen.add(offset);
    out.push({ at, url, offset });
  };
  for (const link of ctx.post.links) if (link.kind !== 'image') add(link.span, link.url);
  for (const map of ctx.prose) {
    if (!mayHoldUrl(map.text)) continue;
    for (const m of map.text.matchAll(BARE_URL)) {
      const url = m[0].replace(/[.,;:!?)\]'"]+$/, '');
      add({ map, start: m.index, end: m.index + url.length }, url);
    }
  }
  return out;
}

/** BARE_URL's literal parts, tested first: "://", "www." or a dot, a top-level domain and a slash. */
function mayHoldUrl(text: string): boolean {
  return text.includes('://') || text.includes('www.') || text.includes('WWW.') || TLD_SLASH.test(text);
}

/** Up to 100 characters of prose just before a file offset (link URLs are cut out of prose, so read around them). */
function proseBefore(ctx: RuleContext<unknown>, offset: number): string {
  for (const map of ctx.prose) {
    const n = map.text.length;
    if (n === 0 || map.toSource(0) > offset || map.toSource(n) < offset) continue;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (map.toSource(mid) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return map.text.slice(Math.max(0, lo - 100), lo);
  }
  return '';
}

// Scheme, user info, host, port, path: enough of RFC 3986 to read a host and a path without `new URL`.
const URL_PARTS = /^(?:[a-z][\w+.-]*:\/\/)?(?:[^@/?#\s]*@)?(?<host>[^/?#:\s]+)(?::\d*)?(?<path>[^?#\s]*)/i;

/** Host (lower case) and path of a URL written with or without a scheme; undefined when it has no host. */
function parse(url: string): { host: string; path: string } | undefined {
  if (/^(?:mailto|tel|sms|data|javascript|file):/i.test(url)) return undefined;
  const m = URL_PARTS.exec(url);
  const host = m?.groups?.host?.toLowerCase();
  if (!host || !/^[a-z0-9.-]+$/.test(host)) return nonAscii(url);
  return { host, path: m?.groups?.path || '/' };
}

/** Internationalised hosts go through the WHATWG parser (punycode); anything it rejects is not a URL. */
function nonAscii(url: string): { host: string; path: string } | undefined {
  try {
    const u = new URL(/^[a-z][\w+.-]*:\/\//i.test(url) ? url : `http://${url}`);
    return u.hostname ? { host: u.hostname.toLowerCase(), path: u.pathname } : undefined;
  } catch {
    return undefined;
  }
}

/** A slug word that is a name, or starts with one ("noahs", "kaylastrong"). */
function namesIn(token: string, names: ReadonlySet<string>): boolean {
  if (names.has(token)) return true;
  for (const n of names) if (n.length >= 4 && token.startsWith(n) && token.length - n.length <= 6) return true;
  return false;
}

/** URLs in the post that lead to a page about a patient: a slug with their name, or a fundraiser introduced as theirs. */
export function urlCandidates(ctx: RuleContext<unknown>): readonly Candidate[] {
  const all = candidates(ctx);
  if (all.length === 0) return all;
  const author = ctx.post.meta.author ?? '';
  const authorWords = author.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 5);
  const sources = new Set(ctx.post.meta.sources.map((src) => parse(src.value)?.host));
  const org = ctx.organization.domains.map((d) => d.toLowerCase());
  return all.filter((c) => {
    const u = parse(c.url);
    if (!u || sources.has(u.host)) return false;
    const host = u.host.replace(/^www\./, '');
    const labels = host.split('.');
    if (AGENCY_TLDS.test(host) || ORG_PATH.test(u.path)) return false;
    if (org.some((d) => host === d || host.endsWith(`.${d}`))) return false;
    if (authorWords.some((w) => labels[0]!.includes(w))) return false;
    const before = proseBefore(ctx, c.offset);
    const owner = ownerIn(ctx, before, before.length, before.length);
    if (owner === 'org' || owner === 'self') return false;
    const slug = `${u.path} ${labels.slice(0, -2).join(' ')}`.toLowerCase().split(/[^a-z]+/);
    if (slug.some((t) => t.length >= 3 && namesIn(t, personNames(ctx)))) return owner === 'person' || aboutPatient(ctx);
    const personal = labels.some((l) => PERSONAL_PAGE_HOSTS.includes(l) || SOCIAL_HOSTS.includes(l));
    return personal && (owner === 'person' || (PRONOUN_BEFORE.test(before) && aboutPatient(ctx)));
  });
}
