/** Values of the lint flags that need more than commander's parsing. */
import { UsageError } from './errors.js';
import { messages } from './messages.js';
import type { DirectiveSettings, ResolvedConfig } from '../types.js';
import type { BaselineRequest } from './baseline-run.js';
import type { CliOptions } from './options.js';

/** Where --baseline and --write-baseline read and write when given no file. */
export const DEFAULT_BASELINE = '.hcpost-baseline.json';

/** --max-warnings: -1 (no limit) when not given. */
export function maxWarningsOf(max: string | undefined): number {
  if (max === undefined) return -1;
  if (!/^-?\d+$/.test(max.trim()) || Number(max) < -1) throw new UsageError(messages.badMaxWarnings(max));
  return Number(max);
}

/** --baseline, --write-baseline and --prune-baseline; may move a misread value to `patterns`. */
export function baselineOptions(
  raw: Record<string, unknown>, patterns: string[],
): Pick<CliOptions, 'baseline' | 'writeBaseline' | 'pruneBaseline'> {
  const baseline = baselineFile(raw['baseline'], patterns);
  const writeBaseline = baselineFile(raw['writeBaseline'], patterns);
  return {
    ...(baseline === undefined ? {} : { baseline }),
    ...(writeBaseline === undefined ? {} : { writeBaseline }),
    pruneBaseline: raw['pruneBaseline'] === true,
  };
}

/**
 * The file of an optional-value flag. Commander gives the flag the next argument when it is not an
 * option, so `--baseline drafts/` would read the folder as the file: a value that is not a .json
 * file name is a path to lint, and the flag takes the default file.
 */
function baselineFile(value: unknown, patterns: string[]): string | undefined {
  if (value === undefined || value === false) return undefined;
  if (typeof value !== 'string') return DEFAULT_BASELINE;
  if (/\.json$/i.test(value)) return value;
  patterns.unshift(value);
  return DEFAULT_BASELINE;
}

const DIRECTIVE_LEVELS: Readonly<Record<string, 0 | 1 | 2>> = { off: 0, warn: 1, error: 2, 0: 0, 1: 1, 2: 2 };

/** The -severity flag wins over the plain flag, which means "warn". */
export function reportUnusedOf(raw: Record<string, unknown>): { reportUnused?: 0 | 1 | 2 } {
  const level = raw['reportUnusedDisableDirectivesSeverity'];
  if (typeof level === 'string') {
    const severity = DIRECTIVE_LEVELS[level.trim().toLowerCase()];
    if (severity === undefined) throw new UsageError(messages.badDirectiveSeverity(level));
    return { reportUnused: severity };
  }
  return raw['reportUnusedDisableDirectives'] === true ? { reportUnused: 1 } : {};
}

/** Flags that only make sense together, or not together. */
export function checkCombinations(o: CliOptions): void {
  if (o.stdin && o.patterns.length > 0) throw new UsageError(messages.stdinWithPaths());
  if (!o.stdin && o.stdinFilename !== undefined) throw new UsageError(messages.stdinFilenameWithoutStdin());
  if (o.baseline !== undefined && o.writeBaseline !== undefined) throw new UsageError(messages.baselineAndWrite());
  if (o.pruneBaseline && o.baseline === undefined) throw new UsageError(messages.pruneWithoutBaseline());
  // A baseline of one editor buffer would replace the whole project's baseline.
  if (o.stdin && o.writeBaseline !== undefined) throw new UsageError(messages.writeBaselineWithStdin());
}

/** What the baseline flags ask for, if any. */
export function baselineRequest(o: CliOptions): BaselineRequest | undefined {
  if (o.writeBaseline !== undefined) return { mode: 'write', file: o.writeBaseline };
  return o.baseline === undefined ? undefined : { mode: 'filter', file: o.baseline, prune: o.pruneBaseline };
}

/** --report-unused-disable-directives[-severity] over the config's setting ("off" turns it off). */
export function withDirectiveFlag(config: ResolvedConfig, reportUnused: 0 | 1 | 2 | undefined): ResolvedConfig {
  if (reportUnused === undefined) return config;
  const { directives: _old, ...rest } = config;
  const { reportUnused: _unused, ...others } = config.directives ?? {};
  const directives: DirectiveSettings = reportUnused === 0 ? others : { ...others, reportUnused };
  return Object.keys(directives).length === 0 ? rest : { ...rest, directives };
}
