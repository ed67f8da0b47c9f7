import { describe, expect, it } from 'vitest';
import { mask } from '../src/kit/mask.js';

describe('mask', () => {
  it('keeps the first letter of each word, as CONTRACT section 5 shows', () => {
    expect(mask('Mary Johnson')).toBe('M*** J******');
    expect(mask("Maria's chemo")).toBe("M****'* c****");
  });
  it('never keeps a digit or a lone initial, so short values are never printed in clear', () => {
    expect(mask('3/2')).toBe('*/*');
    expect(mask('412 77 3051')).toBe('*** ** ****');
    expect(mask('M.J.')).toBe('*.*.');
    expect(mask('age 96')).toBe('a** **');
  });
  it('counts astral characters as one', () => {
    expect(mask('Zoë 😀')).toBe('Z** 😀');
  });
});
