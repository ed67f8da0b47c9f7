import type { ParseResult, Post, SourceFile } from '../types.js';
import { LineStarts } from '../text/line-index.js';
import { readFrontMatter } from './front-matter.js';
import { buildMeta, validatePostNode, type MetaParts } from './meta.js';
import { scanProse } from './prose.js';

const NO_META: MetaParts = { meta: { sources: [], extra: {} }, media: [], prose: [] };

/**
 * A Markdown file as one post: YAML front matter (optional) and a body. Bad front matter
 * is a fatal finding and the file is not linted, since a post whose platform, consent or
 * sponsorship cannot be read would be judged on the wrong facts.
 */
export function parseMarkdown(path: string, text: string): ParseResult {
  const lines = new LineStarts(text);
  const file: SourceFile = { path, text, lines };
  const fm = readFrontMatter(text, lines);
  if (!fm.ok) return { posts: [], problems: [fm.problem] };
  let parts = NO_META;
  if (fm.node) {
    const problems = validatePostNode(fm.node, 'meta', lines);
    if (problems.length > 0) return { posts: [], problems };
    parts = buildMeta(fm.node);
  }
  const scan = scanProse(text, fm.bodyStart, text.length);
  const post: Post = {
    file,
    meta: parts.meta,
    prose: [scan.body, ...parts.prose, ...scan.alts],
    links: scan.links,
    media: [...parts.media, ...scan.media],
    directives: scan.directives,
  };
  return { posts: [post], problems: [] };
}
