import { extname } from 'node:path';
import type { ParseResult } from '../types.js';
import { parseJsonPosts } from './parse-json.js';
import { parseMarkdown } from './parse-markdown.js';
import { EMPTY_FILE, fileProblem } from './problems.js';

/**
 * Parses a file's text into posts by its extension: `.json` is JSON, everything else
 * (`.md`, `.markdown`, stdin without a name) is Markdown. Never throws for bad input.
 */
export function parseFile(absPath: string, text: string): ParseResult {
  // A BOM is not part of the post; columns count from the first real character.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { posts: [], problems: [fileProblem(EMPTY_FILE)] };
  return extname(absPath).toLowerCase() === '.json' ? parseJsonPosts(absPath, body) : parseMarkdown(absPath, body);
}
