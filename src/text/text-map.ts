import type { Scope, Span, TextMap } from '../types.js';

/** A run of extracted text whose units map one-to-one onto consecutive file offsets. */
interface Segment {
  readonly textStart: number;
  readonly sourceStart: number;
  readonly length: number;
  /** Synthetic or decoded units all map to sourceStart (JSON escapes, separators). */
  readonly fixed: boolean;
}

class SegmentMap implements TextMap {
  constructor(
    readonly text: string,
    readonly scope: Scope,
    private readonly segments: readonly Segment[],
  ) {}

  toSource(i: number): number {
    const segs = this.segments;
    if (segs.length === 0) return 0;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid]!.textStart <= i) lo = mid;
      else hi = mid - 1;
    }
    const seg = segs[lo]!;
    const delta = Math.max(0, i - seg.textStart);
    if (seg.fixed) return seg.sourceStart + (delta >= seg.length ? 1 : 0);
    return seg.sourceStart + delta;
  }
}

/**
 * Builds a TextMap piece by piece. `verbatim` text is copied from the file unchanged;
 * `mapped` text (a decoded JSON escape, a separator) is attributed to one file offset.
 */
export class TextMapBuilder {
  private text = '';
  private readonly segments: Segment[] = [];

  constructor(private readonly scope: Scope) {}

  get length(): number {
    return this.text.length;
  }

  verbatim(text: string, sourceStart: number): this {
    if (text.length === 0) return this;
    const last = this.segments[this.segments.length - 1];
    if (last && !last.fixed && last.textStart + last.length === this.text.length
      && last.sourceStart + last.length === sourceStart) {
      this.segments[this.segments.length - 1] = { ...last, length: last.length + text.length };
    } else {
      this.segments.push({ textStart: this.text.length, sourceStart, length: text.length, fixed: false });
    }
    this.text += text;
    return this;
  }

  mapped(text: string, sourceOffset: number): this {
    if (text.length === 0) return this;
    this.segments.push({ textStart: this.text.length, sourceStart: sourceOffset, length: text.length, fixed: true });
    this.text += text;
    return this;
  }

  build(): TextMap {
    return new SegmentMap(this.text, this.scope, this.segments);
  }
}

/** A TextMap of a string that sits verbatim in the file at `sourceStart`. */
export function verbatimMap(text: string, sourceStart: number, scope: Scope): TextMap {
  return new TextMapBuilder(scope).verbatim(text, sourceStart).build();
}

/** File offsets [start, end) of a span; the end maps through the last unit so gaps are not crossed. */
export function spanToSource(span: Span): { start: number; end: number } {
  const start = span.map.toSource(span.start);
  const end = span.end > span.start ? span.map.toSource(span.end - 1) + 1 : start;
  return { start, end: Math.max(start, end) };
}

export function spanText(span: Span): string {
  return span.map.text.slice(span.start, span.end);
}

/** A TextMap whose text indexes into `inner`'s text: file offsets go through both maps. */
export function composeMap(outer: TextMap, inner: TextMap): TextMap {
  return { text: outer.text, scope: outer.scope, toSource: (i) => inner.toSource(outer.toSource(i)) };
}

/** Same text and mapping under another scope (a JSON string read as body, alt or caption). */
export function rescope(map: TextMap, scope: Scope): TextMap {
  return map.scope === scope ? map : { text: map.text, scope, toSource: (i) => map.toSource(i) };
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * Maps a decoded value (a YAML block or escaped scalar) back onto its source region
 * [from, to) greedily: equal units map verbatim, folded whitespace maps to the run it
 * replaced, and a unit that cannot be found nearby (a decoded escape) maps to where the
 * scan stands. Exact for verbatim text, close for the rest.
 */
export function alignedMap(value: string, source: string, from: number, to: number, scope: Scope): TextMap {
  const b = new TextMapBuilder(scope);
  let p = from;
  for (let k = 0; k < value.length; k++) {
    const ch = value[k]!;
    if (p < to && source[p] === ch) {
      b.verbatim(ch, p++);
      continue;
    }
    if (isSpace(ch) && isSpace(source[p])) {
      b.mapped(ch, p);
      while (p < to && isSpace(source[p])) p++;
      continue;
    }
    let q = p;
    while (q < to && isSpace(source[q])) q++;
    const limit = Math.min(to, q + 8);
    while (q < limit && source[q] !== ch) q++;
    if (q < limit) {
      b.verbatim(ch, q);
      p = q + 1;
    } else {
      b.mapped(ch, Math.min(p, Math.max(from, to - 1)));
    }
  }
  return b.build();
}
