import type { Finding, LineIndex, ParseResult, Post, SourceFile } from '../types.js';
import { LineStarts } from '../text/line-index.js';
import { parseJson } from './json-ast.js';
import { buildMeta, validatePostNode } from './meta.js';
import { describeValue } from './post-schema.js';
import { problemAt, where } from './problems.js';
import { scanProse } from './prose.js';
import { field, plain, type ObjectNode, type StringNode, type ValueNode } from './value-node.js';

/** JSON keys of a post that are not meta. */
const RESERVED = new Set(['text', 'id']);

function what(node: ValueNode): string {
  return describeValue(node.kind === 'object' || node.kind === 'array' ? plain(node) : node.value);
}

/** The post objects of the three accepted shapes: a post, an array of posts, {"posts": [...]}. */
function postList(root: ValueNode, lines: LineIndex): readonly ValueNode[] | Finding {
  if (root.kind === 'array') return root.items;
  if (root.kind === 'object') {
    const posts = field(root, 'posts');
    if (posts === undefined || field(root, 'text') !== undefined) return [root];
    if (posts.kind === 'array') return posts.items;
    return problemAt(lines, posts.start, posts.end,
      `"posts" should be a list of post objects, not ${what(posts)} ${where(lines, posts.start)}.`);
  }
  return problemAt(lines, root.start, root.end, 'JSON should hold a post object, a list of posts, or {"posts": [...]}, '
    + `not ${what(root)} ${where(lines, root.start)}.`);
}

function idOf(node: ObjectNode): string | undefined {
  const id = field(node, 'id');
  return id?.kind === 'string' || id?.kind === 'number' ? String(id.value) : undefined;
}

/** One post per object; a bad post is a fatal finding and the others are still returned. */
export function parseJsonPosts(path: string, text: string): ParseResult {
  const lines = new LineStarts(text);
  const file: SourceFile = { path, text, lines };
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const message = `JSON is not valid: ${parsed.reason} ${where(lines, parsed.offset)}.`;
    return { posts: [], problems: [problemAt(lines, parsed.offset, parsed.offset + parsed.length, message)] };
  }
  const list = postList(parsed.value, lines);
  if (!Array.isArray(list)) return { posts: [], problems: [list as Finding] };
  const many = list.length > 1;
  const posts: Post[] = [];
  const problems: Finding[] = [];
  list.forEach((node, index) => {
    const ownId = node.kind === 'object' ? idOf(node) : undefined;
    const id = ownId ?? (many ? String(index + 1) : undefined);
    const label = ownId !== undefined ? `Post "${ownId}"` : many ? `Post ${index + 1}` : undefined;
    if (node.kind !== 'object') {
      problems.push(problemAt(lines, node.start, node.end, `${label ?? 'The post'} should be an object with a "text" field, `
        + `not ${what(node)} ${where(lines, node.start)}.`, id));
      return;
    }
    const bad = validatePostNode(node, 'json', lines, label, id);
    if (bad.length > 0) {
      problems.push(...bad);
      return;
    }
    posts.push(jsonPost(file, node, id));
  });
  return { posts, problems };
}

function jsonPost(file: SourceFile, node: ObjectNode, id: string | undefined): Post {
  const parts = buildMeta(node, RESERVED);
  // The decoded text is scanned on its own (not in place in the file), so no search runs
  // past the post into the rest of a large file; `inner` maps back to the file.
  const inner = (field(node, 'text') as StringNode).map('body');
  const scan = scanProse(inner.text, 0, inner.text.length, inner);
  const post: Post = {
    file,
    meta: parts.meta,
    prose: [scan.body, ...parts.prose, ...scan.alts],
    links: scan.links,
    media: [...parts.media, ...scan.media],
    directives: scan.directives,
  };
  return id === undefined ? post : { ...post, id };
}
