import { X_LIGHT_RANGES, type Counting } from './data.js';

const EMOJI = /\p{Extended_Pictographic}/u;
// Weighs 1 per unit on every platform (all below U+0300; \r\n counts as two, as the platforms' APIs do).
const PLAIN = /^[\x00-\u02ff]*$/;

/**
 * Code points that extend the grapheme before them: combining marks, ZWJ and what it joins,
 * variation selectors, skin-tone modifiers, the keycap mark, tag characters. Segmenting by these
 * matches Intl.Segmenter on emoji and accents, at a fraction of its cost on hot paths.
 */
function extendsPrevious(cp: number, prev: number): boolean {
  return (cp >= 0x300 && cp <= 0x36f) || cp === 0x200d || prev === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)
    || (cp >= 0x1f3fb && cp <= 0x1f3ff) || cp === 0x20e3 || (cp >= 0xe0020 && cp <= 0xe007f);
}

const isRegional = (cp: number): boolean => cp >= 0x1f1e6 && cp <= 0x1f1ff;

/** Graphemes of a text with their UTF-16 offsets. */
function graphemes(text: string): { index: number; segment: string }[] {
  const out: { index: number; segment: string }[] = [];
  let prev = -1;
  let pairOpen = false;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const last = out[out.length - 1];
    // A flag is two regional indicators.
    const joinsFlag = isRegional(cp) && pairOpen;
    if (last && (extendsPrevious(cp, prev) || joinsFlag)) {
      last.segment += text.slice(i, i + len);
      pairOpen = false;
    } else {
      out.push({ index: i, segment: text.slice(i, i + len) });
      pairOpen = isRegional(cp);
    }
    prev = cp;
    i += len;
  }
  return out;
}

/**
 * Weight of each grapheme of `text` under a platform's counting, with its UTF-16 offset:
 * the rule walks these to find where the text passes the limit.
 */
export function weights(text: string, counting: Counting): { index: number; weight: number }[] {
  const normalised = counting === 'x-weighted' ? text.normalize('NFC') : text;
  // NFC can change lengths; offsets are only exact when it did not, so fall back to the raw text.
  const source = normalised.length === text.length ? normalised : text;
  if (PLAIN.test(source)) {
    const out: { index: number; weight: number }[] = [];
    for (let i = 0; i < source.length; i++) out.push({ index: i, weight: 1 });
    return out;
  }
  return graphemes(source).map(({ segment, index }) => ({ index, weight: weigh(segment, counting) }));
}

function weigh(g: string, counting: Counting): number {
  switch (counting) {
    case 'graphemes':
      return 1;
    case 'threads':
      return EMOJI.test(g) ? Buffer.byteLength(g, 'utf8') : [...g].length;
    case 'x-weighted': {
      if (EMOJI.test(g)) return 2;
      let w = 0;
      for (const ch of g) w += lightX(ch.codePointAt(0)!) ? 1 : 2;
      return w;
    }
    default:
      return [...g].length;
  }
}

const lightX = (cp: number): boolean => X_LIGHT_RANGES.some(([a, b]) => cp >= a && cp <= b);

/**
 * A cheap upper bound of the platform count: per code point weights (an emoji sequence weighs at
 * least what it weighs as one grapheme), or UTF-8 bytes for Threads. When the bound is within the
 * limit, the exact count is not needed.
 */
export function upperBound(text: string, counting: Counting): number {
  if (counting === 'threads') return Buffer.byteLength(text, 'utf8');
  if (counting !== 'x-weighted') return text.length;
  let n = 0;
  for (const ch of text) n += lightX(ch.codePointAt(0)!) ? 1 : 2;
  return n;
}
