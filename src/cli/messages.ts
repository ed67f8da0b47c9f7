/**
 * Every usage and config message in one place (as ESLint's messages/ folder), so the wording
 * stays plain and consistent. Each is one sentence or two, names the flag, file or key at fault,
 * and says what to do. Values the user typed are quoted with JSON.stringify so odd characters stay
 * visible; file paths are shown as they are, as compilers and ESLint show them.
 */

const q = (value: string): string => JSON.stringify(value);
const didYouMean = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : ` Did you mean ${q(suggestion)}?`;
const list = (values: readonly string[]): string => values.map(q).join(', ');

export const messages = {
  // Usage (exit 2)
  unknownOption: (flag: string, suggestion?: string) =>
    `Unknown option ${q(flag)}.${didYouMean(suggestion)} Run "hcpost lint --help" to see all options.`,
  unknownCommand: (name: string, suggestion?: string) =>
    `Unknown command ${q(name)}.${didYouMean(suggestion)} Run "hcpost --help" to see the commands.`,
  missingCommand: () => 'Missing command. Run "hcpost lint" to check the current folder, or "hcpost --help".',
  missingOptionValue: (flag: string) => `The option ${q(flag)} needs a value. Run "hcpost lint --help" for an example.`,
  badArguments: (detail: string) => `${detail} Run "hcpost --help" for how to call hcpost.`,
  badMaxWarnings: (value: string) =>
    `--max-warnings needs a whole number of 0 or more (or -1 for no limit), not ${q(value)}.`,
  unknownFormat: (name: string, valid: readonly string[]) =>
    `Unknown format ${q(name)}. Use one of: ${valid.join(', ')}.`,
  stdinWithPaths: () => 'Give either --stdin or file paths, not both.',
  stdinFilenameWithoutStdin: () => '--stdin-filename only works together with --stdin.',
  noFilesMatched: (pattern: string) =>
    `No files matched ${q(pattern)}. Check the path, or whether .gitignore, .hcpostignore or the config's "ignores" exclude it (use --no-error-on-unmatched-pattern to allow this).`,
  outputIsFolder: (file: string) => `Cannot write the report to ${file}: it is a folder. Give a file name.`,
  outputWriteFailed: (file: string, reason: string) => `Could not write the report to ${file}: ${reason}.`,
  tooManyWarnings: (max: number) => `hcpost found too many warnings (maximum: ${max}).`,
  badDirectiveSeverity: (value: string) =>
    `--report-unused-disable-directives-severity needs "off", "warn" or "error" (or 0, 1, 2), not ${q(value)}.`,
  baselineAndWrite: () => 'Give either --write-baseline or --baseline, not both.',
  pruneWithoutBaseline: () => '--prune-baseline only works together with --baseline.',
  writeBaselineWithStdin: () =>
    '--write-baseline cannot be used with --stdin: a baseline records all your files. Run it on the files instead.',
  crashed: (detail: string) =>
    `hcpost crashed: ${detail}. Please report this (run with --debug for details)`,

  // Baseline (a missing or broken baseline is exit 2; the notes go to stderr)
  baselineNotFound: (file: string) =>
    `Baseline file ${file} was not found. Create it first with "hcpost lint --write-baseline ${file}".`,
  baselineInvalid: (file: string) =>
    `${file} is not an hcpost baseline file. Write a new one with "hcpost lint --write-baseline ${file}".`,
  baselineUnreadable: (file: string, reason: string) => `Could not read the baseline file ${file}: ${reason}.`,
  baselineWriteFailed: (file: string, reason: string) => `Could not write the baseline file ${file}: ${reason}.`,
  baselineWritten: (count: number, file: string) =>
    `hcpost recorded ${count} ${count === 1 ? 'finding' : 'findings'} in ${file}; `
    + 'run with --baseline to report only new ones.',
  baselineStale: (count: number) => (count === 1
    ? '1 baseline entry no longer matches anything; run with --prune-baseline to remove it.'
    : `${count} baseline entries no longer match anything; run with --prune-baseline to remove them.`),
  baselinePruned: (count: number, file: string) =>
    `Removed ${count} baseline ${count === 1 ? 'entry' : 'entries'} that no longer ${count === 1 ? 'matches' : 'match'} anything from ${file}.`,

  // Config (exit 2)
  configNotFound: (file: string) => `Config file ${file} was not found. Check the path given to --config.`,
  configUnreadable: (file: string, reason: string) => `Could not read the config file ${file}: ${reason}.`,
  configSyntax: (kind: 'YAML' | 'JSON', where: string, detail: string) =>
    `Invalid ${kind} in config ${where}: ${detail}. Check the indentation, quotes and commas there.`,
  configNoPackageKey: (file: string) => `${file} has no "hcpost" key, so it cannot be used as a config file.`,
  configInvalid: (file: string, keyPath: string, expected: string) =>
    keyPath === ''
      ? `Invalid config in ${file}: ${expected}.`
      : `Invalid config in ${file}: ${keyPath} ${expected}.`,
  configUnknownKey: (file: string, parent: string, key: string, allowed: readonly string[], suggestion?: string) =>
    `Invalid config in ${file}: unknown key ${q(key)}${parent === '' ? '' : ` in ${parent}`}.${didYouMean(suggestion)}` +
    ` Allowed keys: ${allowed.join(', ')}.`,
  unknownRule: (id: string, file: string, suggestion?: string) => `Unknown rule ${q(id)} in ${file}.${didYouMean(suggestion)}`,
  unknownFamily: (key: string, file: string, families: readonly string[], suggestion?: string) =>
    `Unknown rule family ${q(key)} in ${file}.${didYouMean(suggestion)} Families are: ${families.join(', ')}.`,
  familyWithOptions: (keyPath: string, file: string) =>
    `Invalid config in ${file}: ${keyPath} sets a whole family, so it can only take a severity ("off", "warn" or "error"), not options.`,
  ruleTakesNoOptions: (id: string, keyPath: string, file: string) =>
    `Invalid config in ${file}: ${keyPath} gives options, but the rule ${q(id)} has none. Use just a severity.`,
  unknownPreset: (name: string, file: string, presets: readonly string[], suggestion?: string) =>
    `Unknown preset ${q(name)} in ${file}.${didYouMean(suggestion)} Presets are: ${list(presets)}.`,
} as const;
