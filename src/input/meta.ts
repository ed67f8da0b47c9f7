import type { Consent, Finding, LineIndex, Located, MediaItem, Platform, PostMeta, PostType, Scope, TextMap } from '../types.js';
import { schemaProblems, type SchemaProblem } from './post-schema.js';
import { problemAt } from './problems.js';
import { field, nodeAt, plain, type ObjectNode, type StringNode, type ValueNode } from './value-node.js';

/** What the post keys contribute to a Post. */
export interface MetaParts {
  readonly meta: PostMeta;
  /** Media from `media:`, origin 'meta'. */
  readonly media: MediaItem[];
  /** Text maps of the title, then of each media alt and caption. */
  readonly prose: TextMap[];
}

const KNOWN = new Set(['platform', 'type', 'author', 'title', 'sources', 'sponsored', 'consent', 'media']);
/** Enum values are matched case-insensitively: "Facebook" is not a mistake worth stopping for. */
const LOWERED = ['platform', 'type'];

function validationValue(root: ObjectNode): unknown {
  const value = plain(root) as Record<string, unknown>;
  for (const key of LOWERED) {
    const v = value[key];
    if (typeof v === 'string') value[key] = v.trim().toLowerCase();
  }
  return value;
}

/** "alt" of media item 2, item 1 of "sources", "id" in "consent". */
export function describePath(path: readonly string[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the post';
  const rest = path.slice(0, -1);
  if (/^\d+$/.test(last)) {
    const n = Number(last) + 1;
    return rest.length === 1 && rest[0] === 'media' ? `media item ${n}` : `item ${n} of ${describePath(rest)}`;
  }
  if (rest.length === 0) return `"${last}"`;
  return /^\d+$/.test(rest[rest.length - 1]!) ? `"${last}" of ${describePath(rest)}` : `"${last}" in ${describePath(rest)}`;
}

/**
 * Schema problems of a post object as fatal findings at the offending value.
 * `label` names the post in multi-post files ("Post 2", "Post \"d014\"").
 */
export function validatePostNode(root: ObjectNode, kind: 'meta' | 'json', lines: LineIndex, label?: string, postId?: string): Finding[] {
  const problems = schemaProblems(validationValue(root), kind).map((p: SchemaProblem) => {
    if (p.missing !== undefined) {
      const line = lines.position(root.start).line;
      return problemAt(lines, root.start, root.start + 1,
        `${label ?? 'The post'} (line ${line}) has no "${p.missing}" field; every post needs the ${p.missing} to publish.`, postId);
    }
    const node = nodeAt(root, p.path)?.node ?? root;
    const line = lines.position(node.start).line;
    const subject = describePath(p.path);
    const message = `${label ? `${label}: ` : ''}${subject} should be ${p.expected}, not ${p.found} (line ${line}).`;
    return problemAt(lines, node.start, node.end, message, postId);
  });
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

const present = (node: ValueNode | undefined): ValueNode | undefined => (node?.kind === 'null' ? undefined : node);

function str(node: ValueNode | undefined): string | undefined {
  const n = present(node);
  if (n === undefined || n.kind === 'object' || n.kind === 'array') return undefined;
  return n.kind === 'string' ? n.value : String(n.value);
}

function located(node: StringNode, scope: Scope): Located<string> {
  const map = node.map(scope);
  return { value: node.value, span: { map, start: 0, end: map.text.length } };
}

function strings(node: ValueNode | undefined, scope: Scope): Located<string>[] {
  const n = present(node);
  if (n?.kind === 'string') return [located(n, scope)];
  if (n?.kind !== 'array') return [];
  return n.items.filter((i): i is StringNode => i.kind === 'string').map((i) => located(i, scope));
}

function mediaItem(node: ObjectNode, prose: TextMap[]): MediaItem {
  const item: { -readonly [K in keyof MediaItem]: MediaItem[K] } = { origin: 'meta' };
  const src = present(field(node, 'src'));
  if (src?.kind === 'string') item.src = located(src, 'meta.src');
  for (const key of ['alt', 'caption'] as const) {
    const n = present(field(node, key));
    if (n?.kind !== 'string') continue;
    item[key] = located(n, key);
    if (n.value.trim() !== '') prose.push(item[key].span!.map);
  }
  const consent = str(field(node, 'consent'));
  if (consent !== undefined) item.consent = consent;
  return item;
}

/**
 * PostMeta, media and prose maps of a post object that passed `validatePostNode`.
 * `reserved` keys (JSON `text`, `id`) are neither meta nor extra.
 */
export function buildMeta(root: ObjectNode, reserved: ReadonlySet<string> = new Set()): MetaParts {
  const prose: TextMap[] = [];
  const media: MediaItem[] = [];
  const meta: { -readonly [K in keyof PostMeta]: PostMeta[K] } = { sources: [], extra: {} };
  const extra: Record<string, unknown> = {};
  const title = present(field(root, 'title'));
  if (title?.kind === 'string' && title.value.trim() !== '') prose.push(title.map('meta.title'));
  const platform = str(field(root, 'platform'));
  if (platform !== undefined) meta.platform = platform.trim().toLowerCase() as Platform;
  const type = str(field(root, 'type'));
  if (type !== undefined) meta.type = type.trim().toLowerCase() as PostType;
  const author = str(field(root, 'author'));
  if (author !== undefined) meta.author = author;
  meta.sources = strings(field(root, 'sources'), 'meta.sources');
  const sponsored = present(field(root, 'sponsored'));
  if (sponsored?.kind === 'boolean') meta.sponsored = sponsored.value === true;
  const consent = present(field(root, 'consent'));
  if (consent?.kind === 'object') {
    const c: { id?: string; scope: readonly string[] } = { scope: strings(field(consent, 'scope'), 'meta.consent').map((s) => s.value) };
    const cid = str(field(consent, 'id'));
    if (cid !== undefined) c.id = cid;
    meta.consent = c satisfies Consent;
  }
  const mediaNode = present(field(root, 'media'));
  if (mediaNode?.kind === 'array') {
    for (const n of mediaNode.items) if (n.kind === 'object') media.push(mediaItem(n, prose));
  }
  for (const e of root.entries) {
    if (KNOWN.has(e.key) || reserved.has(e.key) || e.value.kind === 'null') continue;
    Object.defineProperty(extra, e.key, { value: plain(e.value), enumerable: true, writable: true, configurable: true });
  }
  meta.extra = extra;
  return { meta, media, prose };
}
