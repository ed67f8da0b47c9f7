import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../cli/errors.js';
import { messages } from '../cli/messages.js';

/** What a directory walk picks up (CONTRACT section 1). */
export const POST_EXTENSIONS = ['md', 'markdown', 'json'] as const;

/** Never walked, whatever the ignore files say. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface FindFilesOptions {
  readonly cwd: string;
  /** Config `ignores` globs, relative to `ignoreBase`. */
  readonly ignores?: readonly string[];
  /** Folder the `ignores` globs are relative to: the config file's folder (default: cwd). */
  readonly ignoreBase?: string;
  /** Throw a UsageError for a pattern that matches nothing (default true). */
  readonly errorOnUnmatchedPattern?: boolean;
}

/**
 * Absolute paths of the files to lint, sorted and without duplicates.
 * - An existing file is taken as given: no walk, no ignore files, any extension (the user named it).
 * - A folder is walked for *.md, *.markdown and *.json.
 * - Anything else is a glob. Folders and globs honour .gitignore, .hcpostignore and config `ignores`.
 * @throws UsageError naming the first pattern that matched nothing.
 */
export async function findFiles(patterns: readonly string[], options: FindFilesOptions): Promise<string[]> {
  const cwd = path.resolve(options.cwd);
  const list = patterns.length === 0 ? ['.'] : patterns;
  const matches = await Promise.all(list.map((pattern) => expand(pattern, cwd, options)));
  const found = new Set<string>();
  list.forEach((pattern, i) => {
    const files = matches[i]!;
    if (files.length === 0 && options.errorOnUnmatchedPattern !== false) {
      throw new UsageError(messages.noFilesMatched(pattern));
    }
    for (const file of files) found.add(file);
  });
  // Plain code-unit order: the same on every machine and locale.
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function expand(pattern: string, cwd: string, options: FindFilesOptions): Promise<string[]> {
  const absolute = path.resolve(cwd, pattern);
  const kind = await kindOf(absolute);
  if (kind === 'file') return [absolute];
  // Imported here, not at the top: --stdin runs and single-file runs never need globby.
  const { globby, convertPathToPattern, isDynamicPattern } = await import('globby');
  // Walk from the config's folder when it is above cwd, so its .hcpostignore still applies in a subfolder.
  const root = options.ignoreBase !== undefined && isInside(cwd, path.resolve(options.ignoreBase))
    ? path.resolve(options.ignoreBase)
    : cwd;
  const under = (dir: string): string => {
    const relative = path.relative(root, dir);
    return relative === '' ? '' : `${convertPathToPattern(relative)}/`;
  };
  let glob: string;
  if (kind === 'dir') {
    glob = `${under(absolute)}**/*.{${POST_EXTENSIONS.join(',')}}`;
  } else if (isDynamicPattern(pattern)) {
    // The fixed leading folders are resolved as paths; the rest stays a glob.
    const parts = pattern.split(/[\\/]/);
    const found = parts.findIndex((part) => isDynamicPattern(part));
    const firstDynamic = found === -1 ? 0 : found;
    const fixed = path.resolve(cwd, parts.slice(0, firstDynamic).join('/') || '.');
    glob = under(fixed) + parts.slice(firstDynamic).join('/');
  } else {
    return [];
  }
  const base = convertPathToPattern(path.resolve(options.ignoreBase ?? cwd));
  const ignore = [...ALWAYS_IGNORED];
  for (const raw of options.ignores ?? []) {
    const rel = raw.replace(/^\.?\//, '');
    // Absolute patterns let config ignores apply to folders outside cwd too; "drafts/old" also means its contents.
    ignore.push(`${base}/${rel}`, `${base}/${rel}/**`);
  }
  return globby(glob, {
    cwd: root,
    absolute: true,
    onlyFiles: true,
    expandDirectories: false,
    gitignore: true,
    ignoreFiles: ['**/.hcpostignore'],
    ignore,
  });
}

const isInside = (child: string, parent: string): boolean => {
  const relative = path.relative(parent, child);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
};

async function kindOf(absolute: string): Promise<'file' | 'dir' | 'none'> {
  try {
    const stats = await stat(absolute);
    return stats.isDirectory() ? 'dir' : stats.isFile() ? 'file' : 'none';
  } catch {
    return 'none';
  }
}
