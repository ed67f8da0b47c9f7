import type { TextMap } from '../types.js';
import { autolinkEnd, bracketPairs, Finder, htmlTag, linkTarget } from './markup.js';
import { ProseOutput, type MediaDraft, type ProseScan } from './prose-out.js';

export type { ProseScan } from './prose-out.js';

const SPECIAL = /[`<!\[\]\\\n]/g;
const FENCE = / {0,3}(`{3,}|~{3,})([^\n]*)/y;
const REF_DEF = / {0,3}\[([^\]\n]+)\]:[ \t]*(<[^>\n]*>|\S*[/.:]\S*)[^\n]*/y;

/**
 * One pass over Markdown body text [start, end) of `src`. Removed regions (code, comments,
 * URLs, images, tags) become one mapped space, or a newline when they spanned lines, so the
 * words around them do not join. When `src` is itself decoded text (a JSON string),
 * `inner` maps its offsets to the file.
 */
export function scanProse(src: string, start: number, end: number, inner?: TextMap): ProseScan {
  return new Scanner(src, start, end, inner).run();
}

class Scanner extends ProseOutput {
  /** Pending `](url)` of links whose text is being scanned: where it starts and ends. */
  private readonly closes: { at: number; resume: number }[] = [];
  private readonly finder = new Finder(this.src);
  /** `[` -> matching `]`, computed at the first `[`. */
  private pairs?: Map<number, number>;
  /** Backtick run lengths with no closing run further on: later runs of that length have none either. */
  private readonly unclosedRuns = new Set<number>();

  run(): ProseScan {
    const { src, end } = this;
    let i = this.start;
    if (i < end) i = this.lineStart(i);
    while (i < end) {
      SPECIAL.lastIndex = i;
      const m = SPECIAL.exec(src);
      if (!m || m.index >= end) break;
      i = m.index;
      const c = src[i];
      if (c === '\n') i = i + 1 < end ? this.lineStart(i + 1) : i + 1;
      else if (c === '`') i = this.codeSpan(i);
      else if (c === '<') i = this.angle(i);
      else if (c === '!') i = src[i + 1] === '[' ? this.link(i + 1, true) : i + 1;
      else if (c === '[') i = this.link(i, false);
      else if (c === ']') i = this.closeLink(i);
      else i += src[i + 1] === '\n' ? 1 : 2; // a backslash escape: the next character is literal
      while (this.closes.length > 0 && this.closes[this.closes.length - 1]!.at < i) this.closes.pop();
    }
    this.flush(end);
    // Bare URLs are found when their text is flushed, after later markup: restore file order.
    this.result.links.sort((a, b) => a.span.map.toSource(0) - b.span.map.toSource(0));
    return { ...this.result, body: this.fin(this.out.build()) };
  }

  /** Fenced code blocks and link reference definitions start at a line start. */
  private lineStart(i: number): number {
    const { src, end } = this;
    FENCE.lastIndex = i;
    const f = FENCE.exec(src);
    if (f && !(f[1]![0] === '`' && f[2]!.includes('`'))) {
      const run = f[1]!;
      const closing = new RegExp(String.raw`^ {0,3}${run[0] === '`' ? '`' : '~'}{${run.length},}[ \t]*\r?$`);
      let ls = src.indexOf('\n', i);
      while (ls !== -1 && ls < end) {
        const le = src.indexOf('\n', ls + 1);
        const lineEnd = le === -1 || le > end ? end : le;
        if (closing.test(src.slice(ls + 1, lineEnd))) return this.remove(i, lineEnd);
        ls = le;
      }
      return this.remove(i, end);
    }
    if (src[i] === '[' || src[i] === ' ') {
      REF_DEF.lastIndex = i;
      const r = REF_DEF.exec(src);
      if (r && i + r[0].length <= end) {
        const dest = r[2]!;
        const ds = i + r[0].indexOf(dest, r[1]!.length + 3);
        const angled = dest.startsWith('<') ? 1 : 0;
        this.addLink(ds + angled, ds + dest.length - angled, 'link', r[1]);
        return this.remove(i, i + r[0].length, '');
      }
    }
    return i;
  }

  private codeSpan(i: number): number {
    const { src, end } = this;
    let n = 1;
    while (src[i + n] === '`') n++;
    if (this.unclosedRuns.has(n)) return i + n;
    for (let j = src.indexOf('`', i + n); j !== -1 && j < end;) {
      let m = 1;
      while (src[j + m] === '`') m++;
      if (m === n) {
        return /\n[ \t]*\r?\n/.test(src.slice(i, j)) ? i + n : this.remove(i, j + m);
      }
      j = src.indexOf('`', j + m);
    }
    this.unclosedRuns.add(n);
    return i + n;
  }

  private angle(i: number): number {
    const { src, end } = this;
    if (src.startsWith('<!--', i)) {
      const close = this.finder.find('-->', i + 4);
      if (close === -1 || close + 3 > end) return i + 1;
      const text = src.slice(i + 4, close);
      if (/^\s*hcpost-/.test(text)) this.result.directives.push({ text, start: this.off(i), end: this.off(close + 2) + 1 });
      return this.remove(i, close + 3);
    }
    const auto = autolinkEnd(src, i, end);
    if (auto !== -1) {
      this.addLink(i + 1, auto - 1, 'autolink');
      return this.remove(i, auto);
    }
    const tag = htmlTag(src, i, end, this.finder);
    if (!tag) return i + 1;
    this.htmlContent(tag);
    return this.remove(i, tag.end);
  }

  /** `[text](url)` keeps its text in prose; `![alt](src)` leaves prose entirely. */
  private link(b: number, image: boolean): number {
    this.pairs ??= bracketPairs(this.src, b, this.end);
    const close = this.pairs.get(b);
    const t = close === undefined ? undefined : linkTarget(this.src, close, this.end, this.finder);
    if (!t) return b + 1;
    const { destStart: ds, destEnd: de } = t;
    if (image) {
      const item: MediaDraft = { origin: 'markdown' };
      if (de > ds) item.src = this.located(ds, de);
      if (t.textEnd > b + 1) this.addAlt(item, b + 1, t.textEnd);
      this.result.media.push(item);
      this.addLink(ds, de, 'image');
      return this.remove(b - 1, t.after);
    }
    this.addLink(ds, de, 'link', this.src.slice(b + 1, t.textEnd));
    this.remove(b, b + 1, '');
    this.closes.push({ at: t.textEnd, resume: t.after });
    return b + 1;
  }

  private closeLink(i: number): number {
    const top = this.closes[this.closes.length - 1];
    if (!top || top.at !== i) return i + 1;
    this.closes.pop();
    const next = this.src[top.resume];
    const joins = next !== undefined && top.resume < this.end && /[\p{L}\p{N}]/u.test(next);
    return this.remove(i, top.resume, joins ? ' ' : '');
  }
}
