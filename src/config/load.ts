import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../cli/errors.js';
import { messages } from '../cli/messages.js';
import type { Config, ResolvedConfig, Rule } from '../types.js';
import { parseJsonConfig, parseYamlConfig } from './read.js';
import { resolveConfig } from './resolve.js';

/**
 * Config file names looked for in each folder, in this order; the first one found in the nearest
 * folder wins. package.json counts only when it has an "hcpost" key.
 */
export const CONFIG_FILE_NAMES = [
  '.hcpostrc.yaml', '.hcpostrc.yml', '.hcpostrc.json', 'hcpost.config.yaml', 'package.json',
] as const;

export interface LoadConfigOptions {
  /** Where the upward search starts, and what relative paths are relative to. */
  readonly cwd: string;
  /** An explicit config file (--config): no search; a missing file is an error. */
  readonly configFile?: string;
  /**
   * Folder the upward search starts from instead of cwd: the folder of the --stdin-filename, so
   * an editor linting an unsaved buffer gets the config that file would get.
   */
  readonly searchFrom?: string;
  /** Rules to resolve against instead of the built-in registry (tests). */
  readonly registry?: readonly Rule<unknown>[];
}

/**
 * Finds, reads, validates and resolves the config. No config found means `hcpost:recommended`.
 * @throws ConfigError for a missing --config file, a syntax error (file:line:col) or an invalid value.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  const found = options.configFile === undefined
    ? await findUp(path.resolve(options.cwd, options.searchFrom ?? '.'))
    : await readExplicit(path.resolve(options.cwd, options.configFile), options.configFile);
  if (!found) return resolveConfig({}, undefined, { trusted: true, ...registryOf(options) });

  const display = displayName(options.cwd, found.filePath);
  const isPackage = path.basename(found.filePath) === 'package.json';
  const value = found.filePath.endsWith('.json')
    ? parseJsonConfig(found.text, display, found.filePath)
    : await parseYamlConfig(found.text, display, found.filePath);
  let config: unknown = value;
  if (isPackage) {
    config = (value as Record<string, unknown> | null)?.['hcpost'];
    if (config === undefined) throw new ConfigError(messages.configNoPackageKey(display), found.filePath);
  }
  return resolveConfig(config as Config, found.filePath, {
    display, ...(isPackage ? { keyPrefix: 'hcpost' } : {}), ...registryOf(options),
  });
}

const registryOf = (options: LoadConfigOptions): { registry?: readonly Rule<unknown>[] } =>
  options.registry ? { registry: options.registry } : {};

interface Found { readonly filePath: string; readonly text: string }

async function readExplicit(filePath: string, given: string): Promise<Found> {
  const text = await tryRead(filePath);
  if (text === undefined) throw new ConfigError(messages.configNotFound(given), filePath);
  return { filePath, text };
}

async function findUp(start: string): Promise<Found | undefined> {
  for (let dir = start; ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const filePath = path.join(dir, name);
      const text = await tryRead(filePath);
      if (text === undefined) continue;
      // A package.json without an "hcpost" key is just a package, not a config: keep looking.
      if (name === 'package.json' && !hasHcpostKey(text)) continue;
      return { filePath, text };
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Cheap test first: most package.json files never mention hcpost. */
function hasHcpostKey(text: string): boolean {
  if (!text.includes('"hcpost"')) return false;
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && 'hcpost' in value;
  } catch {
    return true; // let the real parse report where it is broken
  }
}

/** File text, or undefined when there is no such file (or it is a folder). */
async function tryRead(filePath: string): Promise<string | undefined> {
  try {
    return await readFile(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw new ConfigError(messages.configUnreadable(filePath, (error as Error).message), filePath);
  }
}

/** Relative to cwd when that is shorter, as ESLint shows paths. */
function displayName(cwd: string, filePath: string): string {
  const relative = path.relative(path.resolve(cwd), filePath);
  return relative.length < filePath.length ? relative : filePath;
}
