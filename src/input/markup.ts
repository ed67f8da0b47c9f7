/**
 * Recognizers for the inline Markdown and HTML that prose.ts removes from prose.
 * All work on file offsets in `src` and never look past `end`.
 */

/** `[text](dest "title")`: where the parts sit. */
export interface LinkTarget {
  /** Offset of the closing `]`. */
  readonly textEnd: number;
  readonly destStart: number;
  readonly destEnd: number;
  /** Offset just after the closing `)`. */
  readonly after: number;
}

const MAX_LINK_TEXT = 1000;
const TITLE_CLOSE: Readonly<Record<string, string>> = { '"': '"', "'": "'", '(': ')' };

function skipSpace(src: string, k: number, end: number): number {
  let newlines = 0;
  while (k < end && (src[k] === ' ' || src[k] === '\t' || src[k] === '\n' || src[k] === '\r')) {
    if (src[k] === '\n' && ++newlines > 1) return -1;
    k++;
  }
  return k;
}

/** Parses `[...](...)` starting at the `[` at `b`; undefined when it is not an inline link. */
export function linkTarget(src: string, b: number, end: number): LinkTarget | undefined {
  let depth = 0;
  let j = b + 1;
  const stop = Math.min(end, b + MAX_LINK_TEXT);
  for (; j < stop; j++) {
    const ch = src[j];
    if (ch === '\\') j++;
    else if (ch === '[') depth++;
    else if (ch === ']') { if (depth === 0) break; depth--; }
    else if (ch === '\n' && /^\n[ \t]*\r?\n/.test(src.slice(j, j + 80))) return undefined;
  }
  if (j >= stop || src[j + 1] !== '(') return undefined;
  let k = skipSpace(src, j + 2, end);
  if (k < 0) return undefined;
  let destStart = k;
  let destEnd: number;
  if (src[k] === '<') {
    const close = src.indexOf('>', k);
    if (close === -1 || close >= end || src.slice(k, close).includes('\n')) return undefined;
    destStart = k + 1;
    destEnd = close;
    k = close + 1;
  } else {
    let parens = 0;
    while (k < end) {
      const c = src.charCodeAt(k);
      if (c <= 32) break;
      if (c === 92) { k += 2; continue; }
      if (c === 40) parens++;
      else if (c === 41) { if (parens === 0) break; parens--; }
      k++;
    }
    destEnd = Math.min(k, end);
  }
  k = skipSpace(src, k, end);
  if (k < 0) return undefined;
  const closer = TITLE_CLOSE[src[k] ?? ''];
  if (closer !== undefined && k > destEnd) {
    const t = src.indexOf(closer, k + 1);
    if (t === -1 || t >= end) return undefined;
    k = skipSpace(src, t + 1, end);
    if (k < 0) return undefined;
  }
  if (src[k] !== ')') return undefined;
  return { textEnd: j, destStart, destEnd, after: k + 1 };
}

/** An HTML attribute with the file offset of its value. */
export interface HtmlAttr { readonly name: string; readonly value: string; readonly start: number }
export interface HtmlTag { readonly name: string; readonly end: number; readonly attrs: readonly HtmlAttr[] }

// Only real HTML element names count as tags, so "<3" or "<5 years" stay prose.
const TAGS = new Set(('a abbr address article aside audio b bdi bdo big blockquote body br button caption center cite '
  + 'code col colgroup dd del details dfn div dl dt em embed figcaption figure font footer form h1 h2 h3 h4 h5 h6 head '
  + 'header hr html i iframe img input ins kbd label li main mark nav ol p picture pre q s samp section small source '
  + 'span strike strong sub summary sup table tbody td tfoot th thead time tr track tt u ul var video wbr').split(' '));
const TAG = /^<\/?([A-Za-z][A-Za-z0-9]*)((?:\s+[A-Za-z_:][\w:.-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>$/;
const ATTR = /([A-Za-z_:][\w:.-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const MAX_TAG = 2000;

/** Parses an HTML open or close tag at the `<` at `i`. */
export function htmlTag(src: string, i: number, end: number): HtmlTag | undefined {
  const gt = src.indexOf('>', i);
  if (gt === -1 || gt >= end || gt - i > MAX_TAG) return undefined;
  const raw = src.slice(i, gt + 1);
  if (raw.indexOf('<', 1) !== -1) return undefined;
  const m = TAG.exec(raw);
  if (!m || !TAGS.has(m[1]!.toLowerCase())) return undefined;
  const attrs: HtmlAttr[] = [];
  const inner = m[2] ?? '';
  const base = i + raw.indexOf(inner, m[1]!.length + 1);
  for (const a of inner.matchAll(ATTR)) {
    const value = a[2] ?? a[3] ?? a[4] ?? '';
    const quoted = a[2] !== undefined || a[3] !== undefined ? 1 : 0;
    attrs.push({ name: a[1]!.toLowerCase(), value, start: base + a.index + a[0].length - quoted - value.length });
  }
  return { name: m[1]!.toLowerCase(), end: gt + 1, attrs };
}

/** `<scheme:...>` autolink at `i`: the URL's end, or -1. */
export function autolinkEnd(src: string, i: number, end: number): number {
  AUTOLINK.lastIndex = i;
  const m = AUTOLINK.exec(src);
  return m && i + m[0].length <= end ? i + m[0].length : -1;
}
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/y;

// Scheme-less domains only count with a common top-level domain, so "Dr.Patel" or "e.g." stay prose.
const TLD = 'com|org|net|gov|edu|mil|int|info|biz|io|co|us|uk|ca|au|nz|ie|in|de|fr|es|it|nl|eu|health|care|clinic|'
  + 'hospital|doctor|dental|app|me|ly|ai|tv|link|page|site|online|news';
/** Bare URLs: http(s)://..., www...., and domain.tld/path (not an e-mail's domain). */
export const BARE_URL = new RegExp(String.raw`\bhttps?://[^\s<>"]+|\bwww\.[^\s<>"]+|`
  + String.raw`(?<![\w@.\-/])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:${TLD})(?![\w-])(?:/[^\s<>"]*)?`, 'gi');

/** Length of a matched URL without the sentence punctuation after it. */
export function trimUrl(url: string): number {
  let n = url.length;
  for (;;) {
    const c = url[n - 1];
    if (c === undefined) return n;
    if ('.,;:!?\'"*_~'.includes(c)) { n--; continue; }
    if (c === ')' || c === ']') {
      const open = c === ')' ? '(' : '[';
      const s = url.slice(0, n);
      if (s.split(open).length < s.split(c).length) { n--; continue; }
    }
    return n;
  }
}
