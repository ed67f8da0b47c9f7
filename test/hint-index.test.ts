import { describe, expect, it } from 'vitest';
import { HintIndex } from '../src/kit/hints.js';

describe('HintIndex', () => {
  const index = new HintIndex([['study', 'research'], ['#aff'], ['affiliate'], undefined, ['half']]);
  it('sets the bit of every list with a hint in the text, and always the lists without hints', () => {
    expect(index.present('nothing here')).toBe(0b01000);
    expect(index.present('new research on sleep')).toBe(0b01001);
  });
  it('finds hints that overlap or sit inside a longer hint', () => {
    // "#affiliate" holds "#aff" (list 1) and "affiliate" (list 2), which overlap.
    expect(index.present('my #affiliate link')).toBe(0b01110);
    expect(new HintIndex([['half of'], ['half']]).present('half of adults')).toBe(0b11);
  });
  it('refuses more lists than a mask can hold', () => {
    expect(() => new HintIndex(Array.from({ length: 32 }, () => ['x']))).toThrow(/at most 31/);
  });
});
