import type { Link, Post, PostAnalysis, Span, TextMap } from '../types.js';
import {
  AMBIGUOUS, CALL_TO_ACTION, CITATION_SHAPE, CITING_BEFORE, DOI, JOURNAL, JOURNAL_HINT, LABEL, OWN_CHANNEL_BEFORE, PMCID, PMID,
  URL_IN_TEXT, URL_PARTS, YEAR,
} from './lexicon/citation-cues.js';
import { BLOG_DOMAINS, CREDIBLE_DOMAINS, RETAIL_DOMAINS, RETAIL_PATHS, SHORTENER_DOMAINS, SOCIAL_DOMAINS } from './lexicon/source-domains.js';

/**
 * What a reference is: a URL, a study identifier, a journal and year, another written citation
 * ("et al.", the organisation's own labelled survey), or bare text ("Source: trust me").
 */
export type SourceKind = 'url' | 'doi' | 'pmid' | 'pmcid' | 'journal' | 'citation' | 'text';

/** One reference a post gives for its claims, from `sources:` or from the body. */
export interface SourceRef {
  readonly kind: SourceKind;
  readonly origin: 'meta' | 'body';
  readonly text: string;
  /** URLs: lower-case host without "www.", and lower-case path with query. */
  readonly host?: string;
  readonly path?: string;
  readonly at: Span;
  /**
   * Offered as a reference: every `sources:` entry and identifier, a Markdown link (unless it is
   * a call to action), or a bare URL after "Source:", "via", "(", "according to"... A bare link to
   * the clinic's booking page is not offered as evidence.
   */
  readonly cited: boolean;
}

/** Host and path of a URL as written ("cdc.gov/flu", "https://www.nejm.org/..."); undefined for mailto:, tel:, relative links. */
export function parseUrl(raw: string): { host: string; path: string } | undefined {
  const t = raw.trim();
  if (/^(?:mailto|tel|sms|data|javascript):/i.test(t) || /^[/#?.]/.test(t)) return undefined;
  // A regex rather than `new URL`: several times faster, and scheme-less links ("cdc.gov/flu") parse the same way.
  const m = URL_PARTS.exec(t);
  const host = (m?.[1] ?? '').toLowerCase().replace(/^www\d?\./, '');
  return host.includes('.') ? { host, path: (m?.[2] ?? '').toLowerCase() } : undefined;
}

/** True when `host` is an entry of `list` or a subdomain of one; ".gov"-style entries are suffixes. */
export function hostIn(host: string, list: readonly string[]): boolean {
  if (list.length < 16) return list.some((d) => (d.startsWith('.') ? host.endsWith(d) : host === d || host.endsWith(`.${d}`)));
  // Long lists (the credible list, a user's extended list): look each of the host's suffixes up in a set.
  let set = SUFFIX_SETS.get(list);
  if (!set) SUFFIX_SETS.set(list, (set = new Set(list.map((d) => (d.startsWith('.') ? d : `.${d}`)))));
  for (let i = host.indexOf('.'), first = true; ; i = host.indexOf('.', i + 1), first = false) {
    if (first && set.has(`.${host}`)) return true;
    if (i < 0) return false;
    if (set.has(host.slice(i))) return true;
  }
}
const SUFFIX_SETS = new WeakMap<readonly string[], Set<string>>();

export type HostClass = 'credible' | 'social' | 'shortener' | 'retail' | 'blog' | 'unlisted';

/** What kind of site a URL is, checking `credible` first so a user's allowlist always wins. */
export function classifyUrl(host: string, path: string, credible: readonly string[] = CREDIBLE_DOMAINS): HostClass {
  if (hostIn(host, credible)) return 'credible';
  if (hostIn(host, SHORTENER_DOMAINS)) return 'shortener';
  if (hostIn(host, SOCIAL_DOMAINS)) return 'social';
  if (hostIn(host, RETAIL_DOMAINS) || /^amazon\./.test(host) || RETAIL_PATHS.test(path)) return 'retail';
  if (hostIn(host, BLOG_DOMAINS)) return 'blog';
  return 'unlisted';
}

/** Study identifiers and journal-plus-year citations in a piece of text, as [start, end, kind]. */
export function findIdentifiers(text: string): [number, number, SourceKind][] {
  const out: [number, number, SourceKind][] = [];
  // Cheap substring tests first: most posts cite nothing, and the journal patterns are the costly part.
  if (!text.includes('10.') && !/PM/i.test(text) && !YEAR.test(text)) return out;
  for (const m of text.matchAll(DOI)) out.push([m.index, m.index + trimDoi(m[0]), 'doi']);
  for (const m of text.matchAll(PMID)) out.push([m.index, m.index + m[0].length, 'pmid']);
  for (const m of text.matchAll(PMCID)) out.push([m.index, m.index + m[0].length, 'pmcid']);
  for (const re of YEAR.test(text) && JOURNAL_HINT.test(text) ? [JOURNAL, AMBIGUOUS] : []) {
    for (const m of text.matchAll(re)) {
      const ls = text.lastIndexOf('\n', m.index) + 1;
      const le = text.indexOf('\n', m.index) === -1 ? text.length : text.indexOf('\n', m.index);
      const near = text.slice(Math.max(ls, m.index - 120), Math.min(le, m.index + m[0].length + 60));
      if (YEAR.test(near)) out.push([m.index, m.index + m[0].length, 'journal']);
    }
  }
  return out;
}

/** Length of a DOI without the sentence punctuation (and unbalanced ")") that text drags after it. */
function trimDoi(doi: string): number {
  let n = doi.length;
  for (;;) {
    const c = doi[n - 1];
    const s = doi.slice(0, n);
    if (c !== undefined && '.,;:'.includes(c)) n--;
    else if (c === ')' && s.split('(').length < s.split(')').length) n--;
    else return n;
  }
}

/** Every reference of a post, computed once per post and shared by the citation rules. */
export function postSources(post: Post, analysis: PostAnalysis): readonly SourceRef[] {
  return analysis.shared('kit/sources', () => collect(post));
}

function collect(post: Post): SourceRef[] {
  const refs: SourceRef[] = [];
  for (const { value, span: at } of post.meta.sources) {
    const url = URL_IN_TEXT.exec(value.trim());
    const parsed = url ? parseUrl(url[0]) : undefined;
    const kind = findIdentifiers(value)[0]?.[2] ?? (CITATION_SHAPE.test(value) ? 'citation' : 'text');
    if (!at || value.trim() === '') continue;
    refs.push(parsed ? { kind: 'url', origin: 'meta', text: url![0], ...parsed, at, cited: true } : { kind, origin: 'meta', text: value, at, cited: true });
  }
  const labelled = new Set<Link>();
  for (const map of post.prose) {
    if (map.scope !== 'body') continue;
    for (const [start, end, kind] of findIdentifiers(map.text)) {
      refs.push({ kind, origin: 'body', text: map.text.slice(start, end), at: { map, start, end }, cited: true });
    }
    refs.push(...labels(post, map, labelled));
  }
  for (const link of post.links) {
    const parsed = link.kind === 'image' ? undefined : parseUrl(link.url);
    if (parsed) refs.push({ kind: 'url', origin: 'body', text: link.url, ...parsed, at: link.span, cited: labelled.has(link) || citedLink(post, link) });
  }
  return refs;
}

/** "Source: ..." in the body: links after it are cited; words with no reference are a 'text' source. */
function labels(post: Post, map: TextMap, labelled: Set<Link>): SourceRef[] {
  const out: SourceRef[] = [];
  for (const m of map.text.matchAll(LABEL)) {
    const from = m.index + m[0].length;
    const nl = map.text.indexOf('\n', from);
    const value = map.text.slice(from, nl === -1 ? map.text.length : nl);
    const [a, b] = [map.toSource(from) - 1, map.toSource(from + Math.max(0, value.length - 1)) + 1];
    const links = post.links.filter((l) => l.span.map.toSource(0) >= a && l.span.map.toSource(0) <= b);
    for (const l of links) labelled.add(l);
    if (links.length > 0 || findIdentifiers(value).length > 0 || !/[\p{L}\p{N}]/u.test(value)) continue;
    const end = from + value.trimEnd().length;
    out.push({ kind: CITATION_SHAPE.test(value) ? 'citation' : 'text', origin: 'body', text: value.trim(), at: { map, start: m.index, end }, cited: true });
  }
  return out;
}

function citedLink(post: Post, link: Link): boolean {
  const at = link.span.map.toSource(0);
  const text = post.file.text;
  const before = text.slice(Math.max(0, at - 40 - (link.text?.length ?? 0), text.lastIndexOf('\n', at - 1) + 1), at);
  if (OWN_CHANNEL_BEFORE.test(before)) return false;
  if (link.kind === 'link' || link.kind === 'html') return !CALL_TO_ACTION.test(link.text ?? '');
  return CITING_BEFORE.test(before.replace(/<$/, ''));
}

/** True when the post cites a study identifier, a journal and year, or a page on the credible list. */
export function hasCredibleSource(post: Post, analysis: PostAnalysis, credible: readonly string[] = CREDIBLE_DOMAINS): boolean {
  return postSources(post, analysis).some((r) => (r.kind === 'url'
    ? r.host !== undefined && classifyUrl(r.host, r.path ?? '', credible) === 'credible'
    : r.kind !== 'text' && r.kind !== 'citation'));
}
