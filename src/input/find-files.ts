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

type Globby = typeof import('globby');

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
  // Walk from the config's folder when it is above cwd, so its .hcpostignore still applies in a subfolder.
  const base = options.ignoreBase === undefined ? undefined : path.resolve(options.ignoreBase);
  const root = base !== undefined && isInside(cwd, base) ? base : cwd;
  let walker: Promise<Walker> | undefined;
  const walk = (): Promise<Walker> => (walker ??= makeWalker(root, base ?? cwd, options.ignores ?? []));
  const matches = await Promise.all(list.map((pattern) => expand(pattern, cwd, walk)));
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

async function expand(pattern: string, cwd: string, walk: () => Promise<Walker>): Promise<string[]> {
  const absolute = path.resolve(cwd, pattern);
  const kind = await kindOf(absolute);
  if (kind === 'file') return [absolute];
  // A missing plain path (a file a hook runner passes after it was deleted) cannot match: no walk.
  if (kind === 'none' && !/[*?[\]{}()!+@]/.test(pattern)) return [];
  const walker = await walk();
  const { isDynamicPattern } = walker.globby;
  if (kind === 'dir') return walker.run(`${walker.under(absolute)}**/*.{${POST_EXTENSIONS.join(',')}}`);
  if (!isDynamicPattern(pattern)) return [];
  // The fixed leading folders are resolved as paths (they may be outside cwd); the rest stays a glob.
  const parts = pattern.split(/[\\/]/);
  const found = parts.findIndex((part) => isDynamicPattern(part));
  const firstDynamic = found === -1 ? 0 : found;
  const fixed = path.resolve(cwd, parts.slice(0, firstDynamic).join('/') || '.');
  return walker.run(walker.under(fixed) + parts.slice(firstDynamic).join('/'));
}

interface Walker {
  readonly globby: Globby;
  /** A folder as a glob prefix relative to the walk root ('' for the root itself). */
  under(dir: string): string;
  run(glob: string): Promise<string[]>;
}

/**
 * globby walks; ignore files are applied afterwards as filters. globby's own `gitignore` option
 * stats every result (for folder-only patterns), which costs more than the walk on 10,000 drafts.
 */
async function makeWalker(root: string, ignoreBase: string, ignores: readonly string[]): Promise<Walker> {
  // Imported here, not at the top: --stdin runs and named-file runs never need globby.
  const globby = await import('globby');
  const { convertPathToPattern } = globby;
  const prefix = convertPathToPattern(ignoreBase);
  const ignore = [...ALWAYS_IGNORED];
  for (const raw of ignores) {
    const rel = raw.replace(/^\.?\//, '');
    // Absolute patterns let config ignores apply outside cwd too; "drafts/old" also means its contents.
    ignore.push(`${prefix}/${rel}`, `${prefix}/${rel}/**`);
  }
  const [isGitIgnored, hasHcpostIgnore] = await Promise.all([
    globby.isGitIgnored({ cwd: root, suppressErrors: true }),
    globby.globby('**/.hcpostignore', { cwd: root, dot: true, ignore: ALWAYS_IGNORED, suppressErrors: true }).then((f) => f.length > 0),
  ]);
  const isHcpostIgnored = hasHcpostIgnore
    ? await globby.isIgnoredByIgnoreFiles('**/.hcpostignore', { cwd: root, suppressErrors: true })
    : () => false;
  return {
    globby,
    under(dir) {
      const relative = path.relative(root, dir);
      return relative === '' ? '' : `${convertPathToPattern(relative)}/`;
    },
    async run(glob) {
      const files = await globby.globby(glob, { cwd: root, absolute: true, onlyFiles: true, expandDirectories: false, ignore });
      return files.filter((file) => !isGitIgnored(file) && !isHcpostIgnored(file));
    },
  };
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
