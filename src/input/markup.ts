/**
 * Recognizers for the inline Markdown and HTML that prose.ts removes from prose.
 * All work on file offsets in `src` and never look past `end`.
 */

/**
 * `src.indexOf` remembered per needle. The scanner asks "where is the next `-->`" (or `>`,
 * `)`) again and again while it moves forward; without this a post full of `<!--` or `<`
 * would take quadratic time.
 */
export class Finder {
  private readonly seen = new Map<string, { from: number; at: number }>();
  constructor(private readonly src: string) {}

  find(needle: string, from: number): number {
    const c = this.seen.get(needle);
    if (c && from >= c.from && (c.at === -1 || from <= c.at)) return c.at;
    const at = this.src.indexOf(needle, from);
    this.seen.set(needle, { from, at });
    return at;
  }
}

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
const MAX_DEST = 2000;
const TITLE_CLOSE: Readonly<Record<string, string>> = { '"': '"', "'": "'", '(': ')' };
const BRACKET_CHARS = /[[\]\\\n]/g;

/**
 * The matching `]` of every `[` from `from` on, in one pass (escapes skipped, a blank line
 * closes nothing), so a post full of brackets stays linear.
 */
export function bracketPairs(src: string, from: number, end: number): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  BRACKET_CHARS.lastIndex = from;
  for (let m = BRACKET_CHARS.exec(src); m && m.index < end; m = BRACKET_CHARS.exec(src)) {
    const i = m.index;
    const ch = src[i];
    if (ch === '\\') BRACKET_CHARS.lastIndex = i + 2;
    else if (ch === '[') open.push(i);
    else if (ch === ']') {
      const b = open.pop();
      if (b !== undefined && i - b <= MAX_LINK_TEXT) pairs.set(b, i);
    } else if (/^\n[ \t]*\r?\n/.test(src.slice(i, i + 80))) open.length = 0;
  }
  return pairs;
}

function skipSpace(src: string, k: number, end: number): number {
  let newlines = 0;
  while (k < end && (src[k] === ' ' || src[k] === '\t' || src[k] === '\n' || src[k] === '\r')) {
    if (src[k] === '\n' && ++newlines > 1) return -1;
    k++;
  }
  return k;
}

/** Parses `(dest "title")` after the `]` at `j` (the match of a `[`); undefined when it is not an inline link. */
export function linkTarget(src: string, j: number, end: number, finder: Finder): LinkTarget | undefined {
  if (src[j + 1] !== '(') return undefined;
  let k = skipSpace(src, j + 2, end);
  if (k < 0) return undefined;
  let destStart = k;
  let destEnd: number;
  const stop = Math.min(end, k + MAX_DEST);
  if (src[k] === '<') {
    const close = finder.find('>', k);
    if (close === -1 || close >= stop || src.slice(k, close).includes('\n')) return undefined;
    destStart = k + 1;
    destEnd = close;
    k = close + 1;
  } else {
    let parens = 0;
    while (k < stop) {
      const c = src.charCodeAt(k);
      if (c <= 32) break;
      if (c === 92) { k += 2; continue; }
      if (c === 40) parens++;
      else if (c === 41) { if (parens === 0) break; parens--; }
      k++;
    }
    if (k >= stop && stop < end) return undefined;
    destEnd = Math.min(k, end);
  }
  k = skipSpace(src, k, end);
  if (k < 0) return undefined;
  const closer = TITLE_CLOSE[src[k] ?? ''];
  if (closer !== undefined && k > destEnd) {
    const t = finder.find(closer, k + 1);
    if (t === -1 || t >= end || t - k > MAX_DEST) return undefined;
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
export function htmlTag(src: string, i: number, end: number, finder: Finder): HtmlTag | undefined {
  const gt = finder.find('>', i);
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
