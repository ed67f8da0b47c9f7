import type { Link, Post, PostAnalysis, Span, TextMap } from '../types.js';
import { AMBIGUOUS_JOURNALS, JOURNAL_TITLES } from './lexicon/journals.js';
import {
  BLOG_DOMAINS, CREDIBLE_DOMAINS, RETAIL_DOMAINS, RETAIL_PATHS, SHORTENER_DOMAINS, SOCIAL_DOMAINS,
} from './lexicon/source-domains.js';

/** What a reference is: a URL, a study identifier, a journal and year, or bare text ("Source: trust me"). */
export type SourceKind = 'url' | 'doi' | 'pmid' | 'pmcid' | 'journal' | 'text';

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

// Source: Crossref, "DOIs and matching regular expressions" [S50]; trailing punctuation is trimmed.
const DOI = /\b(?:doi:\s*)?10\.\d{4,9}\/[-._;()/:a-z0-9]+/gi;
// Source: NLM PMID (1-8 digits, no leading zero) and PMCID ("PMC" + digits) [S51].
const PMID = /\bPMID:?\s*[1-9]\d{0,7}(?!\d)/gi;
const PMCID = /\bPMC\d{1,9}(?!\d)/g;
const YEAR = /(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)/;
const JOURNAL = new RegExp(String.raw`(?<!\p{L})(?:${JOURNAL_TITLES.join('|')})(?!\p{L})`, 'gu');
const AMBIG = AMBIGUOUS_JOURNALS.join('|');
const AMBIGUOUS = new RegExp(String.raw`(?:[Pp]ublished\s+in|[Ii]n\s+the\s+journal)\s+(?:[Tt]he\s+)?(?:${AMBIG})(?!\p{L})`
  + String.raw`|\((?:${AMBIG})[,\s]+(?:19[5-9]\d|20\d\d)\)`, 'gu');
const LABEL = /\b(?:sources?|references?|citations?|refs?)\s*:/gi;
const CITING_BEFORE = /(?:\(|\b(?:sources?|refs?|references?|via|see|according\s+to|study|studies|research|data|report|read\s+more|learn\s+more|more\s+info|full\s+(?:study|report))\b\s*[:\-–]?\s*)$/i;
const CALL_TO_ACTION = /^\s*(?:book|schedule|register|sign\s*up|shop|buy|order|call|donate|apply|join|follow|subscribe|watch|listen|download|get|claim|start|visit\s+us|contact)\b/i;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+|^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/i;

/** Host and path of a URL as written ("cdc.gov/flu", "https://www.nejm.org/..."); undefined for mailto:, tel:, relative links. */
export function parseUrl(raw: string): { host: string; path: string } | undefined {
  const t = raw.trim();
  if (/^(?:mailto|tel|sms|data|javascript):/i.test(t) || /^[/#?.]/.test(t)) return undefined;
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : `https://${t}`);
    const host = u.hostname.toLowerCase().replace(/^www\d?\./, '');
    return host.includes('.') ? { host, path: (u.pathname + u.search).toLowerCase() } : undefined;
  } catch {
    return undefined;
  }
}

/** True when `host` is an entry of `list` or a subdomain of one; ".gov"-style entries are suffixes. */
export function hostIn(host: string, list: readonly string[]): boolean {
  return list.some((d) => (d.startsWith('.') ? host.endsWith(d) : host === d || host.endsWith(`.${d}`)));
}

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
  for (const m of text.matchAll(DOI)) out.push([m.index, m.index + trimDoi(m[0]), 'doi']);
  for (const m of text.matchAll(PMID)) out.push([m.index, m.index + m[0].length, 'pmid']);
  for (const m of text.matchAll(PMCID)) out.push([m.index, m.index + m[0].length, 'pmcid']);
  for (const re of [JOURNAL, AMBIGUOUS]) {
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
  for (const s of post.meta.sources) {
    if (!s.span) continue;
    const url = URL_IN_TEXT.exec(s.value.trim());
    const parsed = url ? parseUrl(url[0]) : undefined;
    const ids = findIdentifiers(s.value);
    if (parsed) refs.push({ kind: 'url', origin: 'meta', text: url![0], ...parsed, at: s.span, cited: true });
    else if (ids.length > 0) refs.push({ kind: ids[0]![2], origin: 'meta', text: s.value, at: s.span, cited: true });
    else if (s.value.trim() !== '') refs.push({ kind: 'text', origin: 'meta', text: s.value, at: s.span, cited: true });
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
    if (link.kind === 'image') continue;
    const parsed = parseUrl(link.url);
    if (!parsed) continue;
    refs.push({ kind: 'url', origin: 'body', text: link.url, ...parsed, at: link.span, cited: labelled.has(link) || citedLink(post, link) });
  }
  return refs;
}

/** "Source: ..." labels in the body: links after them are cited; bare words after them are a 'text' reference. */
function labels(post: Post, map: TextMap, labelled: Set<Link>): SourceRef[] {
  const out: SourceRef[] = [];
  for (const m of map.text.matchAll(LABEL)) {
    const from = m.index + m[0].length;
    const nl = map.text.indexOf('\n', from);
    const to = nl === -1 ? map.text.length : nl;
    const value = map.text.slice(from, to);
    const a = map.toSource(from);
    const b = map.toSource(Math.max(from, to - 1)) + 1;
    const links = post.links.filter((l) => { const o = l.span.map.toSource(0); return o >= a - 1 && o <= b; });
    for (const l of links) labelled.add(l);
    if (links.length > 0 || findIdentifiers(value).length > 0 || !/[\p{L}\p{N}]/u.test(value)) continue;
    const lead = value.length - value.trimStart().length;
    out.push({ kind: 'text', origin: 'body', text: value.trim(), at: { map, start: m.index, end: from + lead + value.trim().length }, cited: true });
  }
  return out;
}

function citedLink(post: Post, link: Link): boolean {
  if (link.kind === 'link' || link.kind === 'html') return !CALL_TO_ACTION.test(link.text ?? '');
  const at = link.span.map.toSource(0);
  const text = post.file.text;
  const before = text.slice(Math.max(0, at - 40, text.lastIndexOf('\n', at - 1) + 1), at);
  return CITING_BEFORE.test(before.replace(/[<]$/, ''));
}
