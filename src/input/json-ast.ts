import type { Scope, TextMap } from '../types.js';
import { TextMapBuilder, verbatimMap } from '../text/text-map.js';
import type { Entry, StringNode, ValueNode } from './value-node.js';

/** Either the parsed tree, or why the JSON is invalid and where (a file offset). */
export type JsonParse =
  | { readonly ok: true; readonly value: ValueNode }
  | { readonly ok: false; readonly reason: string; readonly offset: number; readonly length: number };

class JsonSyntaxError {
  constructor(readonly reason: string, readonly offset: number, readonly length = 1) {}
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const MAX_DEPTH = 200;

/** How a message shows one character: '}' , "'" , or U+0001 for control characters. */
function shown(src: string, at: number): string {
  const cp = src.codePointAt(at);
  if (cp === undefined) return 'end of file';
  if (cp < 0x20 || cp === 0x7f) return `character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const ch = String.fromCodePoint(cp);
  return ch === "'" ? `"'"` : `'${ch}'`;
}

/** The decoded string between quotes as a TextMap: each escape maps to its backslash. */
export function jsonStringMap(src: string, start: number, end: number, scope: Scope): TextMap {
  const b = new TextMapBuilder(scope);
  let run = start;
  for (let i = src.indexOf('\\', start); i !== -1 && i < end; i = src.indexOf('\\', i)) {
    b.verbatim(src.slice(run, i), run);
    const e = src[i + 1]!;
    const len = e === 'u' ? 6 : 2;
    b.mapped(e === 'u' ? String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16)) : ESCAPES[e]!, i);
    i += len;
    run = i;
  }
  b.verbatim(src.slice(run, end), run);
  return b.build();
}

/**
 * A strict JSON (RFC 8259) parser that keeps the file offset of every value, including
 * where each string's characters sit, which JSON.parse cannot. Never throws.
 */
export function parseJson(src: string, from = 0): JsonParse {
  let pos = from;

  const ws = (): void => {
    for (;;) {
      const c = src.charCodeAt(pos);
      if (c === 32 || c === 10 || c === 13 || c === 9) pos++;
      else return;
    }
  };
  const unexpected = (at: number): JsonSyntaxError => new JsonSyntaxError(`unexpected ${shown(src, at)}`, at);

  const string = (): StringNode => {
    const start = pos;
    let escaped = false;
    let i = pos + 1;
    for (;;) {
      const c = src.charCodeAt(i);
      if (c === 34) break;
      if (Number.isNaN(c)) throw new JsonSyntaxError('a string is not closed with \'"\'', start);
      if (c === 92) {
        const e = src[i + 1];
        if (e === 'u') {
          if (!HEX4.test(src.slice(i + 2, i + 6))) throw new JsonSyntaxError('bad \\u escape in a string (it needs 4 hex digits)', i, 2);
          i += 6;
        } else if (e !== undefined && e in ESCAPES) i += 2;
        else throw new JsonSyntaxError(`unknown escape '\\${e ?? ''}' in a string`, i, 2);
        escaped = true;
        continue;
      }
      if (c === 10 || c === 13) throw new JsonSyntaxError('line break inside a string; write it as \\n', i, 0);
      if (c < 0x20) throw new JsonSyntaxError('control character inside a string', i);
      i++;
    }
    pos = i + 1;
    const end = i;
    const value = escaped ? jsonStringMap(src, start + 1, end, 'body').text : src.slice(start + 1, end);
    return {
      kind: 'string', start, end: pos, value,
      map: (scope) => (escaped ? jsonStringMap(src, start + 1, end, scope) : verbatimMap(value, start + 1, scope)),
    };
  };

  const value = (depth: number): ValueNode => {
    if (depth > MAX_DEPTH) throw new JsonSyntaxError('too deeply nested', pos);
    ws();
    const start = pos;
    const c = src[pos];
    if (c === '"') return string();
    if (c === '{' || c === '[') return container(c, depth);
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = pos;
      const m = NUMBER.exec(src);
      if (!m) throw unexpected(pos + 1);
      pos += m[0].length;
      return { kind: 'number', start, end: pos, value: Number(m[0]) };
    }
    const v = src.startsWith('true', pos) ? true : src.startsWith('false', pos) ? false : src.startsWith('null', pos) ? null : undefined;
    if (v === undefined) throw unexpected(pos);
    pos += v === null ? 4 : String(v).length;
    return v === null ? { kind: 'null', start, end: pos, value: null } : { kind: 'boolean', start, end: pos, value: v };
  };

  const container = (open: '{' | '[', depth: number): ValueNode => {
    const start = pos++;
    const close = open === '{' ? '}' : ']';
    const entries: Entry[] = [];
    const items: ValueNode[] = [];
    ws();
    if (src[pos] === close) pos++;
    else {
      for (;;) {
        ws();
        if (open === '{') {
          if (src[pos] !== '"') throw unexpected(pos);
          const keyStart = pos;
          const key = string();
          ws();
          if (src[pos] !== ':') throw new JsonSyntaxError(`missing ':' after the key "${key.value}"`, pos);
          pos++;
          entries.push({ key: key.value, keyStart, keyEnd: key.end, value: value(depth + 1) });
        } else items.push(value(depth + 1));
        ws();
        if (src[pos] === ',') { pos++; continue; }
        if (src[pos] === close) { pos++; break; }
        if (pos >= src.length) throw new JsonSyntaxError(`unexpected end of file; a '${close}' is missing`, pos);
        if (src[pos] === '"' || src[pos] === '{' || src[pos] === '[') throw new JsonSyntaxError(`missing ',' before ${shown(src, pos)}`, pos);
        throw unexpected(pos);
      }
    }
    return open === '{' ? { kind: 'object', start, end: pos, entries } : { kind: 'array', start, end: pos, items };
  };

  try {
    const root = value(0);
    ws();
    if (pos < src.length) throw unexpected(pos);
    return { ok: true, value: root };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ok: false, reason: error.reason, offset: error.offset, length: error.length };
  }
}
