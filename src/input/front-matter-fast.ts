import type { Scope } from '../types.js';
import { verbatimMap } from '../text/text-map.js';
import type { ArrayNode, Entry, ObjectNode, ValueNode } from './value-node.js';

/**
 * A fast reader for the YAML subset front matter almost always uses: `key: words`, nested
 * maps, block lists (of words or `key: words` maps), `[a, b]` lists, one-line quoted strings
 * without escapes. `yaml` costs ~0.1 ms a post, this a few µs. Outside the subset it returns
 * undefined and `yaml` reads the front matter, so errors are still yaml's.
 * test/parse-markdown.test.ts checks that both give the same tree.
 */
export function fastFrontMatter(text: string, from: number, to: number): ObjectNode | undefined {
  const lines: Line[] = [];
  for (let ls = from; ls < to;) {
    let le = text.indexOf('\n', ls);
    if (le === -1 || le > to) le = to;
    let ce = le > ls && text[le - 1] === '\r' ? le - 1 : le;
    while (ce > ls && text[ce - 1] === ' ') ce--;
    let cs = ls;
    while (cs < ce && text[cs] === ' ') cs++;
    if (text.slice(ls, ce).includes('\t')) return undefined;
    if (cs < ce && text[cs] !== '#') lines.push({ ls, cs, ce });
    ls = le + 1;
  }
  if (lines.length === 0) return { kind: 'object', start: from, end: from, entries: [] };
  try {
    return new Reader(text, lines).map(0); // at column 0 a map reads every line or throws
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}

interface Line { readonly ls: number; readonly cs: number; readonly ce: number }

const stringNode = (value: string, start: number, end: number, at: number): ValueNode =>
  ({ kind: 'string', start, end, value, map: (scope: Scope) => verbatimMap(value, at, scope) });

/** Thrown (and caught above) when the text leaves the subset. */
const OUTSIDE = Symbol('outside the fast subset');
const KEY = /[A-Za-z_][\w-]{0,99}:/y;
// Anything here could mean something special to YAML: leave such values to the real parser.
const NOT_SIMPLE = /: |[ \t]#|:$|[\u0000-\u001f\u007f-\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
const NUMBER_LIKE = /^(?:[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[0-9]+\.[0-9]*(?:[eE][-+]?[0-9]+)?|[0-9]+[eE][-+]?[0-9]+)$/;
const FLOW_ITEM = /^[A-Za-z][\w .\/-]*$/;
const WORDS: Readonly<Record<string, boolean | null>> = {
  true: true, True: true, TRUE: true, false: false, False: false, FALSE: false, null: null, Null: null, NULL: null,
};

class Reader {
  private i = 0;
  constructor(private readonly text: string, private readonly lines: readonly Line[]) {}

  private col = (line: Line): number => line.cs - line.ls;
  private isDash = (line: Line): boolean => this.text[line.cs] === '-' && this.text[line.cs + 1] === ' ';

  /** `key:` at `at`, followed by a space or the line end: the key and where its value starts. */
  private keyAt(at: number, ce: number): { key: string; vs: number } | undefined {
    KEY.lastIndex = at;
    const m = KEY.exec(this.text);
    if (!m) return undefined;
    let vs = at + m[0].length;
    if (vs < ce && this.text[vs] !== ' ') return undefined;
    while (vs < ce && this.text[vs] === ' ') vs++;
    return { key: m[0].slice(0, -1), vs };
  }

  /** A map whose keys sit at column `col`; `at` is the first key's offset in a `- key: v` item. */
  map(col: number, at?: number): ObjectNode {
    const entries: Entry[] = [];
    const keys = new Set<string>();
    for (;;) {
      let line = this.lines[this.i];
      if (!line) break;
      if (at === undefined) {
        if (this.col(line) < col) break;
        if (this.col(line) > col || this.isDash(line)) throw OUTSIDE;
      }
      const keyStart = at ?? line.cs;
      at = undefined;
      const k = this.keyAt(keyStart, line.ce);
      if (!k || keys.has(k.key)) throw OUTSIDE;
      keys.add(k.key);
      let value: ValueNode;
      this.i++;
      if (k.vs < line.ce) value = this.inline(k.vs, line.ce);
      else {
        line = this.lines[this.i];
        if (line && this.col(line) > col && !this.isDash(line)) value = this.map(this.col(line));
        else if (line && this.col(line) >= col && this.isDash(line)) value = this.seq(this.col(line));
        else throw OUTSIDE; // an empty value is null: rare enough to leave to yaml
      }
      entries.push({ key: k.key, keyStart, keyEnd: keyStart + k.key.length, value });
    }
    if (entries.length === 0) throw OUTSIDE;
    return { kind: 'object', start: entries[0]!.keyStart, end: entries[entries.length - 1]!.value.end, entries };
  }

  private seq(col: number): ArrayNode {
    const items: ValueNode[] = [];
    const start = this.lines[this.i]!.cs;
    for (let line = this.lines[this.i]; line; line = this.lines[this.i]) {
      if (this.col(line) !== col || !this.isDash(line)) {
        if (this.col(line) > col) throw OUTSIDE;
        break;
      }
      let c = line.cs + 1;
      while (this.text[c] === ' ') c++;
      if (c >= line.ce) throw OUTSIDE;
      if (this.keyAt(c, line.ce)) items.push(this.map(c - line.ls, c));
      else {
        this.i++;
        items.push(this.inline(c, line.ce));
      }
    }
    return { kind: 'array', start, end: items[items.length - 1]!.end, items };
  }

  private inline(s: number, e: number): ValueNode {
    const value = this.text.slice(s, e);
    if (value[0] === '[') return this.flow(s, e);
    const q = value[0];
    if ((q === '"' || q === "'") && value.length >= 2 && value[value.length - 1] === q) {
      // A one-line quoted string without escapes or inner quotes is its characters.
      const inner = value.slice(1, -1);
      if (inner.includes(q) || inner.includes('\\') || CONTROL.test(inner)) throw OUTSIDE;
      return stringNode(inner, s, e, s + 1);
    }
    if (!/^[A-Za-z0-9/_]/.test(value) || NOT_SIMPLE.test(value) || NUMBER_LIKE.test(value)) throw OUTSIDE;
    return this.scalar(value, s);
  }

  private scalar(value: string, start: number): ValueNode {
    const word = WORDS[value];
    if (word === null) throw OUTSIDE;
    if (word !== undefined) return { kind: 'boolean', start, end: start + value.length, value: word };
    return stringNode(value, start, start + value.length, start);
  }

  private flow(s: number, e: number): ArrayNode {
    if (this.text[e - 1] !== ']') throw OUTSIDE;
    const inner = this.text.slice(s + 1, e - 1);
    const items: ValueNode[] = [];
    if (inner.trim() !== '') {
      let at = s + 1;
      for (const piece of inner.split(',')) {
        const lead = piece.length - piece.trimStart().length;
        const word = piece.trim();
        if (!FLOW_ITEM.test(word)) throw OUTSIDE;
        items.push(this.scalar(word, at + lead));
        at += piece.length + 1;
      }
    }
    return { kind: 'array', start: s, end: e, items };
  }
}
