import { X_LIGHT_RANGES, type Counting } from './data.js';

// Created on first use: building a Segmenter loads ICU data (tens of ms), which only long posts need.
let segmenter: Intl.Segmenter | undefined;
const EMOJI = /\p{Extended_Pictographic}/u;
// Weighs 1 per unit on every platform (all below U+0300; \r\n counts as two, as the platforms' APIs do).
const PLAIN = /^[\x00-\u02ff]*$/;

/**
 * Weight of each grapheme of `text` under a platform's counting, with its UTF-16 offset:
 * the rule walks these to find where the text passes the limit.
 */
export function weights(text: string, counting: Counting): { index: number; weight: number }[] {
  const out: { index: number; weight: number }[] = [];
  const normalised = counting === 'x-weighted' ? text.normalize('NFC') : text;
  // NFC can change lengths; offsets are only exact when it did not, so fall back to the raw text.
  const source = normalised.length === text.length ? normalised : text;
  // Plain Latin text (no combining marks, emoji or joiners): every UTF-16 unit is a grapheme.
  if (PLAIN.test(source)) {
    for (let i = 0; i < source.length; i++) out.push({ index: i, weight: 1 });
    return out;
  }
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const { segment, index } of segmenter.segment(source)) {
    out.push({ index, weight: weigh(segment, counting) });
  }
  return out;
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
      for (const ch of g) {
        const cp = ch.codePointAt(0)!;
        w += X_LIGHT_RANGES.some(([a, b]) => cp >= a && cp <= b) ? 1 : 2;
      }
      return w;
    }
    default:
      return [...g].length;
  }
}

/**
 * A cheap upper bound of the platform count, without grapheme segmentation: per code point
 * weights (an emoji sequence weighs at least what it weighs as one grapheme), or UTF-8 bytes
 * for Threads. When the bound is within the limit, the exact count is not needed.
 */
export function upperBound(text: string, counting: Counting): number {
  if (counting === 'threads') return Buffer.byteLength(text, 'utf8');
  let n = 0;
  for (const ch of text) {
    if (counting !== 'x-weighted') n += 1;
    else {
      const cp = ch.codePointAt(0)!;
      n += X_LIGHT_RANGES.some(([a, b]) => cp >= a && cp <= b) ? 1 : 2;
    }
  }
  return n;
}
