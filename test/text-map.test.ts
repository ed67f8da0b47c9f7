import { describe, expect, it } from 'vitest';
import { LineStarts } from '../src/text/line-index.js';
import { alignedMap, composeMap, rescope, spanText, spanToSource, TextMapBuilder, verbatimMap } from '../src/text/text-map.js';

describe('TextMapBuilder', () => {
  it('maps verbatim runs one to one and merges adjacent runs', () => {
    const map = new TextMapBuilder('body').verbatim('Hello', 10).verbatim(' you', 15).build();
    expect(map.text).toBe('Hello you');
    expect([0, 4, 5, 8, 9].map((i) => map.toSource(i))).toEqual([10, 14, 15, 18, 19]);
  });

  it('maps decoded and separator units to one offset, then resumes verbatim', () => {
    // "Caf\u00e9!" in a file at 0: C=0 a=1 f=2 \u00e9=3..8 !=9
    const map = new TextMapBuilder('body').verbatim('Caf', 0).mapped('é', 3).verbatim('!', 9).build();
    expect(map.text).toBe('Café!');
    expect([0, 2, 3, 4, 5].map((i) => map.toSource(i))).toEqual([0, 2, 3, 9, 10]);
  });

  it('maps a gap: text after a removed region jumps to its file offset', () => {
    const map = new TextMapBuilder('body').verbatim('a', 0).mapped(' ', 1).verbatim('b', 20).build();
    expect(map.text).toBe('a b');
    expect([0, 1, 2, 3].map((i) => map.toSource(i))).toEqual([0, 1, 20, 21]);
  });

  it('an empty map maps everything to 0', () => {
    expect(new TextMapBuilder('alt').build().toSource(5)).toBe(0);
  });
});

describe('verbatimMap, spanToSource, spanText', () => {
  it('offsets a whole string and gives a span its file range', () => {
    const map = verbatimMap('Harold Jennings', 40, 'alt');
    expect(map.scope).toBe('alt');
    const span = { map, start: 7, end: 15 };
    expect(spanToSource(span)).toEqual({ start: 47, end: 55 });
    expect(spanText(span)).toBe('Jennings');
  });

  it('a span ending just before a gap does not stretch across it', () => {
    const map = new TextMapBuilder('body').verbatim('ab', 0).verbatim('cd', 50).build();
    expect(spanToSource({ map, start: 0, end: 2 })).toEqual({ start: 0, end: 2 });
    expect(spanToSource({ map, start: 1, end: 3 })).toEqual({ start: 1, end: 51 });
  });
});

describe('composeMap and rescope', () => {
  it('maps an index through an outer map into the inner map', () => {
    // inner: decoded JSON "a\nb" at file 5: a=5, \n=6 (escape), b=8
    const inner = new TextMapBuilder('body').verbatim('a', 5).mapped('\n', 6).verbatim('b', 8).build();
    const outer = new TextMapBuilder('body').verbatim('b', 2).build();
    const map = composeMap(outer, inner);
    expect(map.text).toBe('b');
    expect(map.toSource(0)).toBe(8);
    expect(map.toSource(1)).toBe(9);
  });

  it('rescope keeps text and offsets under a new scope', () => {
    const map = rescope(verbatimMap('x', 3, 'body'), 'caption');
    expect([map.scope, map.text, map.toSource(0)]).toEqual(['caption', 'x', 3]);
  });
});

describe('alignedMap', () => {
  it('maps a folded YAML scalar back onto its lines', () => {
    const src = 'caption: >\n  Harold in the\n  garden\n';
    const from = src.indexOf('Harold');
    const map = alignedMap('Harold in the garden\n', src, from, src.length, 'caption');
    expect(map.toSource(0)).toBe(from);
    expect(map.toSource('Harold in the '.length)).toBe(src.indexOf('garden'));
    expect(map.toSource(13)).toBe(src.indexOf('\n  garden'));
  });

  it('maps a decoded escape to where it stands and realigns after it', () => {
    const src = '"Caf\\u00e9 ok"';
    const map = alignedMap('Café ok', src, 1, src.length - 1, 'meta.title');
    expect([0, 3, 5, 6].map((i) => map.toSource(i))).toEqual([1, 4, 11, 12]);
  });

  it('maps a doubled single quote to its second quote', () => {
    const src = "'It''s'";
    const map = alignedMap("It's", src, 1, src.length - 1, 'alt');
    expect([0, 1, 2, 3].map((i) => map.toSource(i))).toEqual([1, 2, 3, 5]);
  });
});

describe('LineStarts', () => {
  it('counts lines at \\n and keeps \\r on its line (CRLF)', () => {
    const lines = new LineStarts('ab\r\ncd\r\n');
    expect(lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(lines.position(2)).toEqual({ line: 1, column: 3 });
    expect(lines.position(3)).toEqual({ line: 1, column: 4 });
    expect(lines.position(4)).toEqual({ line: 2, column: 1 });
    expect(lines.position(8)).toEqual({ line: 3, column: 1 });
    expect(lines.lineStart(2)).toBe(4);
  });

  it('counts columns in UTF-16 units: an emoji is two columns', () => {
    const lines = new LineStarts('x😀y\nz');
    expect(lines.position(3)).toEqual({ line: 1, column: 4 });
    expect(lines.position(5)).toEqual({ line: 2, column: 1 });
  });
});
