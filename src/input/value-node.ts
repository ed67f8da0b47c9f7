import type { Scope, TextMap } from '../types.js';

/**
 * A parsed value (front matter or JSON) that remembers where it sits in the file, so a
 * schema error or a rule can point at it. YAML and JSON both produce this tree.
 */
export type ValueNode = ObjectNode | ArrayNode | StringNode | ScalarNode;

interface Located {
  /** File offsets [start, end) of the value as written (quotes included). */
  readonly start: number;
  readonly end: number;
}

export interface Entry {
  readonly key: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly value: ValueNode;
}

export interface ObjectNode extends Located {
  readonly kind: 'object';
  readonly entries: readonly Entry[];
}

export interface ArrayNode extends Located {
  readonly kind: 'array';
  readonly items: readonly ValueNode[];
}

export interface StringNode extends Located {
  readonly kind: 'string';
  readonly value: string;
  /** The decoded string as a TextMap onto its exact characters in the file. */
  map(scope: Scope): TextMap;
}

export interface ScalarNode extends Located {
  readonly kind: 'number' | 'boolean' | 'null';
  readonly value: number | boolean | null;
}

/** The value of `key` in an object node (the last one, if a key repeats). */
export function field(node: ObjectNode, key: string): ValueNode | undefined {
  for (let i = node.entries.length - 1; i >= 0; i--) if (node.entries[i]!.key === key) return node.entries[i]!.value;
  return undefined;
}

/** The node at a JSON pointer path (ajv's instancePath split into keys and indexes). */
export function nodeAt(root: ValueNode, path: readonly string[]): { node: ValueNode; entry?: Entry } | undefined {
  let node: ValueNode = root;
  let entry: Entry | undefined;
  for (const part of path) {
    if (node.kind === 'object') {
      const found: Entry | undefined = [...node.entries].reverse().find((e) => e.key === part);
      if (!found) return undefined;
      entry = found;
      node = found.value;
    } else if (node.kind === 'array') {
      const item = node.items[Number(part)];
      if (!item) return undefined;
      entry = undefined;
      node = item;
    } else return undefined;
  }
  return entry ? { node, entry } : { node };
}

/**
 * Plain JS value of a node, for schema validation and `meta.extra`. A key with an empty
 * (null) value is left out: `sources:` with nothing after it means no sources.
 */
export function plain(node: ValueNode): unknown {
  switch (node.kind) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const e of node.entries) {
        if (e.value.kind === 'null') continue;
        // defineProperty: a "__proto__" key must stay data, not replace the prototype
        Object.defineProperty(out, e.key, { value: plain(e.value), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'array': return node.items.map(plain);
    default: return node.value;
  }
}
