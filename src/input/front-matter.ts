import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Scalar } from 'yaml';
import type { Finding, LineIndex, Scope, TextMap } from '../types.js';
import { alignedMap, verbatimMap } from '../text/text-map.js';
import { fastFrontMatter } from './front-matter-fast.js';
import { problemAt, where } from './problems.js';
import type { Entry, ObjectNode, ValueNode } from './value-node.js';

/** The front matter of a Markdown file: absent, parsed, or why it could not be read. */
export type FrontMatter =
  | { readonly ok: true; readonly node?: ObjectNode; readonly bodyStart: number }
  | { readonly ok: false; readonly problem: Finding };

const OPEN = /^---[ \t]*\r?(?:\n|$)/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/;

/** Splits off and parses front matter between a first `---` line and a `---` or `...` line. */
export function readFrontMatter(text: string, lines: LineIndex): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { ok: true, bodyStart: 0 };
  const from = open[0].length;
  for (let ls = from; ls < text.length;) {
    const nl = text.indexOf('\n', ls);
    const le = nl === -1 ? text.length : nl;
    if (CLOSE.test(text.slice(ls, le))) {
      const bodyStart = nl === -1 ? text.length : nl + 1;
      const parsed = fastFrontMatter(text, from, ls) ?? yamlFrontMatter(text, from, ls, lines);
      return 'kind' in parsed ? { ok: true, node: parsed, bodyStart } : { ok: false, problem: parsed };
    }
    ls = le + 1;
  }
  return { ok: false, problem: problemAt(lines, 0, 3,
    'Front matter starts with "---" on line 1 but is never closed. Add a line with just --- after the last key.') };
}

/** The front matter read by `yaml` itself (exported for the fast-path equivalence test). */
export function yamlFrontMatter(text: string, from: number, to: number, lines: LineIndex): ObjectNode | Finding {
  const doc = parseDocument(text.slice(from, to), { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const at = from + error.pos[0];
    let reason = error.message.replace(/\.$/, '');
    if (/^[A-Z][a-z]/.test(reason)) reason = reason[0]!.toLowerCase() + reason.slice(1);
    if (error.code === 'BLOCK_AS_IMPLICIT_KEY') reason += '; if a value contains ": ", put the value in quotes';
    return problemAt(lines, at, Math.max(at + 1, from + error.pos[1]), `Front matter is not valid YAML: ${reason} ${where(lines, at)}.`);
  }
  if (doc.contents === null) return { kind: 'object', start: from, end: from, entries: [] };
  const root = new YamlTree(doc, text, from).convert(doc.contents);
  if (root.kind === 'object') return root;
  const what = root.kind === 'array' ? 'a list' : 'a single value';
  return problemAt(lines, root.start, root.end,
    `Front matter should be "key: value" lines (like "platform: facebook"), not ${what} ${where(lines, root.start)}.`);
}

/** Converts yaml's nodes into located ValueNodes with file offsets. */
class YamlTree {
  private aliases = 0;
  constructor(private readonly doc: Document, private readonly text: string, private readonly base: number) {}

  convert(node: unknown, fallback = this.base): ValueNode {
    const b = this.base;
    if (isAlias(node)) {
      // A cap on alias expansion keeps a "billion laughs" front matter from hanging the run.
      const target = ++this.aliases <= 100 ? node.resolve(this.doc) : undefined;
      return target ? this.convert(target, fallback) : { kind: 'null', start: fallback, end: fallback, value: null };
    }
    if (isMap(node)) {
      const entries: Entry[] = node.items.map((pair) => {
        const key = pair.key as unknown;
        const kr = isScalar(key) || isMap(key) || isSeq(key) ? key.range : undefined;
        const keyStart = kr ? b + kr[0] : fallback;
        const keyEnd = kr ? b + kr[1] : fallback;
        const name = isScalar(key) ? String(key.value) : String(key);
        return { key: name, keyStart, keyEnd, value: this.convert(pair.value, keyEnd) };
      });
      return { kind: 'object', start: b + (node.range?.[0] ?? 0), end: b + (node.range?.[1] ?? 0), entries };
    }
    if (isSeq(node)) {
      const start = b + (node.range?.[0] ?? 0);
      return { kind: 'array', start, end: b + (node.range?.[1] ?? 0), items: node.items.map((i) => this.convert(i, start)) };
    }
    if (!isScalar(node)) return { kind: 'null', start: fallback, end: fallback, value: null };
    const start = b + (node.range?.[0] ?? 0);
    const end = b + (node.range?.[1] ?? 0);
    const v = node.value;
    if (v === null || v === undefined) return { kind: 'null', start, end, value: null };
    if (typeof v === 'boolean') return { kind: 'boolean', start, end, value: v };
    if (typeof v === 'number' || typeof v === 'bigint') return { kind: 'number', start, end, value: Number(v) };
    const value = String(v);
    return { kind: 'string', start, end, value, map: (scope) => this.scalarMap(node, value, start, end, scope) };
  }

  private scalarMap(node: Scalar, value: string, start: number, end: number, scope: Scope): TextMap {
    let from = start;
    let to = end;
    if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') { from++; to--; }
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
      const nl = this.text.indexOf('\n', start);
      from = nl === -1 || nl >= end ? end : nl + 1;
    }
    if (this.text.startsWith(value, from) && from + value.length <= Math.max(to, from)) return verbatimMap(value, from, scope);
    return alignedMap(value, this.text, from, to, scope);
  }
}
