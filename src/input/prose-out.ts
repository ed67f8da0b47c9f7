import type { DirectiveComment, Link, LinkKind, Located, MediaItem, TextMap } from '../types.js';
import { TextMapBuilder, composeMap, verbatimMap } from '../text/text-map.js';
import { BARE_URL, trimUrl } from './bare-url.js';
import type { HtmlTag } from './markup.js';

/** What the body of a post holds once code, comments and URLs are taken out of its prose. */
export interface ProseScan {
  readonly body: TextMap;
  /** Alt texts of body images, in file order. */
  readonly alts: TextMap[];
  readonly links: Link[];
  /** Markdown and HTML images (and HTML video/audio), in file order. */
  readonly media: MediaItem[];
  readonly directives: DirectiveComment[];
}

const MEDIA_TAGS: Readonly<Record<string, LinkKind>> = { img: 'image', video: 'html', audio: 'html', source: 'html' };

/** A MediaItem under construction. */
export type MediaDraft = { -readonly [K in keyof MediaItem]: MediaItem[K] };

/**
 * The output side of the prose scanner: prose text with its map, and the links, media
 * and directives found on the way. Offsets are in `src`; `inner` maps them to the file
 * when `src` is decoded text (a JSON string).
 */
export class ProseOutput {
  protected readonly out = new TextMapBuilder('body');
  protected readonly result: Omit<ProseScan, 'body'> = { alts: [], links: [], media: [], directives: [] };
  protected textFrom: number;

  constructor(protected readonly src: string, protected readonly start: number, protected readonly end: number,
    private readonly inner?: TextMap) {
    this.textFrom = start;
  }

  protected fin(map: TextMap): TextMap {
    return this.inner ? composeMap(map, this.inner) : map;
  }

  protected off(o: number): number {
    return this.inner ? this.inner.toSource(o) : o;
  }

  protected located(from: number, to: number): Located<string> {
    const map = this.fin(verbatimMap(this.src.slice(from, to), from, 'body'));
    return { value: map.text, span: { map, start: 0, end: map.text.length } };
  }

  protected addLink(from: number, to: number, kind: LinkKind, text?: string): void {
    if (to <= from) return;
    const { value: url, span } = this.located(from, to);
    this.result.links.push(text === undefined ? { url, kind, span: span! } : { url, kind, span: span!, text });
  }

  /** Prose up to `to`, with bare URLs moved to links. */
  protected flush(to: number): void {
    const { src, out } = this;
    let pos = this.textFrom;
    this.textFrom = to;
    if (pos >= to) return;
    // Search a slice (plus one character for the regex's look-behind), never the rest of
    // the file: a regex that finds nothing would otherwise scan to the end at every flush.
    const base = pos > 0 ? pos - 1 : 0;
    const chunk = src.slice(base, to);
    if (chunk.includes('.') || chunk.includes('://')) {
      BARE_URL.lastIndex = pos - base;
      for (let m = BARE_URL.exec(chunk); m; m = BARE_URL.exec(chunk)) {
        const s = base + m.index;
        const e = s + trimUrl(m[0]);
        BARE_URL.lastIndex = Math.max(e, s + 1) - base;
        if (e <= s) continue;
        out.verbatim(src.slice(pos, s), pos).mapped(' ', s);
        this.addLink(s, e, 'bare-url');
        pos = e;
      }
    }
    out.verbatim(src.slice(pos, to), pos);
  }

  /** Takes [from, to) out of prose, leaving `sep` (by default a space, or a newline if it spanned lines). */
  protected remove(from: number, to: number, sep?: string): number {
    this.flush(from);
    const s = sep ?? (this.src.slice(from, to).includes('\n') ? '\n' : ' ');
    if (s) this.out.mapped(s, from);
    this.textFrom = to;
    return to;
  }

  protected addAlt(item: { alt?: Located<string> }, from: number, to: number): void {
    const map = this.fin(verbatimMap(this.src.slice(from, to), from, 'alt'));
    item.alt = { value: map.text, span: { map, start: 0, end: map.text.length } };
    if (map.text.trim() !== '') this.result.alts.push(map);
  }

  /** An HTML tag's URL goes to links; <img>, <video>, <audio> and <source> also to media. */
  protected htmlContent(tag: HtmlTag): void {
    const attr = (name: string) => tag.attrs.find((a) => a.name === name);
    const kind = MEDIA_TAGS[tag.name];
    const href = attr(kind ? 'src' : 'href') ?? (tag.name === 'iframe' ? attr('src') : undefined);
    if (href) this.addLink(href.start, href.start + href.value.length, kind ?? 'html');
    if (!kind) return;
    const item: MediaDraft = { origin: 'html' };
    if (href && href.value !== '') item.src = this.located(href.start, href.start + href.value.length);
    const alt = attr('alt');
    if (alt) this.addAlt(item, alt.start, alt.start + alt.value.length);
    if (kind === 'image' || href) this.result.media.push(item);
  }
}
