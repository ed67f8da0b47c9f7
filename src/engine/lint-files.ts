import path from 'node:path';
import { findFiles } from '../input/find-files.js';
import { readPostFile, type ReadResult } from '../input/read-file.js';
import type { FileResult, ResolvedConfig } from '../types.js';
import { toFileResult } from './finalize.js';
import { lintText } from './lint-text.js';

export interface LintFilesOptions {
  readonly cwd: string;
  readonly config: ResolvedConfig;
  /** Print matched PHI in clear (CONTRACT section 5). */
  readonly showPhi?: boolean;
  /** A pattern that matches nothing is a UsageError (default true). */
  readonly errorOnUnmatchedPattern?: boolean;
  /** Give every finding a salted, PHI-free fingerprint (baselines). */
  readonly fingerprintSalt?: string;
}

/** Files read at once: enough to keep the disk busy, few enough to stay clear of EMFILE. */
const READ_CONCURRENCY = 64;

/**
 * Stages 4-8 for paths and globs: find the files, read each, lint it. One FileResult per file,
 * sorted by path. A binary file gives a result with `skipped` set; an unreadable one, fatal findings.
 * @throws UsageError when a pattern matches nothing (unless errorOnUnmatchedPattern is false).
 */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions): Promise<FileResult[]> {
  const { config } = options;
  const files = await findFiles(patterns, {
    cwd: options.cwd,
    ignores: config.ignores,
    ...(config.filePath === undefined ? {} : { ignoreBase: path.dirname(config.filePath) }),
    ...(options.errorOnUnmatchedPattern === undefined ? {} : { errorOnUnmatchedPattern: options.errorOnUnmatchedPattern }),
  });
  const results = new Array<FileResult>(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    // Single-threaded: taking `next++` between awaits is race-free.
    while (next < files.length) {
      const i = next++;
      results[i] = await lintOne(files[i]!, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  return results;
}

async function lintOne(filePath: string, options: LintFilesOptions): Promise<FileResult> {
  return lintRead(filePath, await readPostFile(filePath), options);
}

/** Lints what readPostFile (or decodePostBytes, for --stdin) returned for `filePath`. */
export function lintRead(
  filePath: string, read: ReadResult, options: Pick<LintFilesOptions, 'config' | 'showPhi' | 'fingerprintSalt'>,
): FileResult {
  if (read.skipped !== undefined) {
    return { filePath, messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, skipped: read.skipped };
  }
  if (read.text === undefined) return toFileResult(filePath, [...read.problems]);
  const { config, fingerprintSalt } = options;
  const result = lintText(read.text, {
    filePath, config, showPhi: options.showPhi === true,
    ...(config.directives === undefined ? {} : { directives: config.directives }),
    ...(fingerprintSalt === undefined ? {} : { fingerprintSalt }),
  });
  if (read.problems.length === 0) return result;
  const merged = toFileResult(filePath, [...read.problems, ...result.messages]);
  return { ...result, ...merged };
}

