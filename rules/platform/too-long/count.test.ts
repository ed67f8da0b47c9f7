import { describe, expect, it } from 'vitest';
import { weights } from './count.js';

const total = (t: string, c: Parameters<typeof weights>[1]) => weights(t, c).reduce((n, w) => n + w.weight, 0);
const segments = (t: string) => weights(t, 'graphemes').length;

describe('platform counting', () => {
  it('segments emoji sequences, flags and accents as Intl.Segmenter does', () => {
    const seg = new Intl.Segmenter('en', { granularity: 'grapheme' });
    for (const t of ['👨‍👩‍👧 ok', '🇺🇸🇨🇦', 'e\u0301clair', '👍🏽 5️⃣ ❤️', 'plain text', '日本語']) {
      expect([t, segments(t)]).toEqual([t, [...seg.segment(t)].length]);
    }
  });
  it('weighs X text as twitter-text does: emoji 2, CJK 2, Latin 1', () => {
    expect(total('ab👨‍👩‍👧日', 'x-weighted')).toBe(6);
    expect(total('café', 'x-weighted')).toBe(4);
  });
  it('counts emoji as UTF-8 bytes on Threads', () => {
    expect(total('hi❤️', 'threads')).toBe(2 + 6);
  });
});
