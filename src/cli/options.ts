import { Command, CommanderError } from 'commander';
import { suggest } from '../config/suggest.js';
import { formatterNames } from '../formatters/index.js';
import { UsageError } from './errors.js';
import { messages } from './messages.js';
import { LINT_HELP_AFTER, ROOT_HELP_AFTER } from './help.js';
import { baselineOptions, checkCombinations, DEFAULT_BASELINE, maxWarningsOf, reportUnusedOf } from './option-values.js';
import { readVersion } from './version.js';

/** What `hcpost lint` was asked to do. */
export interface CliOptions {
  readonly patterns: readonly string[];
  readonly format: string;
  readonly outputFile?: string;
  readonly config?: string;
  /** -1: no limit. */
  readonly maxWarnings: number;
  readonly quiet: boolean;
  /** --color / --no-color; undefined: decide from the environment. */
  readonly color?: boolean;
  readonly showPhi: boolean;
  readonly debug: boolean;
  readonly stdin: boolean;
  readonly stdinFilename?: string;
  readonly errorOnUnmatchedPattern: boolean;
  /** --report-unused-disable-directives[-severity]; undefined: as the config says. */
  readonly reportUnused?: 0 | 1 | 2;
  /** --baseline file to filter with, --write-baseline file to write. */
  readonly baseline?: string;
  readonly writeBaseline?: string;
  /** --prune-baseline (with --baseline): rewrite the file without stale entries. */
  readonly pruneBaseline: boolean;
}

/** Either options to run with, or text to print (help, version) and the exit code. */
export type ParsedArgs =
  | { readonly kind: 'lint'; readonly options: CliOptions }
  | { readonly kind: 'print'; readonly stdout: string; readonly stderr: string; readonly exitCode: 0 | 2 };

function buildProgram(out: { stdout: string; stderr: string }, helpWidth: number, onLint: (o: CliOptions) => void): Command {
  const program = new Command('hcpost');
  const outputConfig = {
    writeOut: (s: string) => { out.stdout += s; },
    writeErr: (s: string) => { out.stderr += s; },
    outputError: () => {}, // our own one-sentence message replaces commander's
    getOutHelpWidth: () => helpWidth,
    getErrHelpWidth: () => helpWidth,
    getOutHasColors: () => false,
    getErrHasColors: () => false,
  };
  program
    .description('Check healthcare social-media drafts for patient privacy (HIPAA) and compliance problems.')
    .version(readVersion(), '-v, --version', 'print the hcpost version')
    .helpOption('-h, --help', 'show this help')
    .helpCommand(false)
    .configureOutput(outputConfig)
    .exitOverride()
    .addHelpText('after', ROOT_HELP_AFTER);
  program
    .command('lint')
    .description('check drafts: files, folders or globs (default: the current folder)')
    .argument('[patterns...]', 'files, folders or globs to check')
    .option('-f, --format <name>', `output format: ${formatterNames.join(', ')}`, 'stylish')
    .option('-o, --output-file <file>', 'write the report to a file instead of the screen')
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .option('--max-warnings <number>', 'fail (exit 1) when there are more warnings than this')
    .option('--quiet', 'report errors only, not warnings')
    .option('--color', 'always use colour')
    .option('--no-color', 'never use colour')
    .option('--show-phi', 'show matched patient details in clear (masked by default)')
    .option('--stdin', 'check text read from standard input')
    .option('--stdin-filename <file>', 'file name to treat the --stdin text as (default: stdin.md)')
    .option('--no-error-on-unmatched-pattern', 'do not fail when a pattern matches no files')
    .option('--report-unused-disable-directives', 'warn about hcpost-disable comments that silence nothing')
    .option('--report-unused-disable-directives-severity <level>', 'the same, at this level: off, warn or error')
    .option('--write-baseline [file]', `record today's findings in a baseline file (default: ${DEFAULT_BASELINE})`)
    .option('--baseline [file]', `report only findings that are not in the baseline file (default: ${DEFAULT_BASELINE})`)
    .option('--prune-baseline', 'with --baseline: remove entries that no longer match anything')
    .option('--debug', 'print details for bug reports')
    .helpOption('-h, --help', 'show this help')
    .configureOutput(outputConfig)
    .exitOverride()
    .addHelpText('after', LINT_HELP_AFTER)
    .action((patterns: string[], raw: Record<string, unknown>) => onLint(toOptions(patterns, raw)));
  return program;
}

function toOptions(given: string[], raw: Record<string, unknown>): CliOptions {
  const str = (key: string): string | undefined => (typeof raw[key] === 'string' ? (raw[key] as string) : undefined);
  const patterns = [...given]; // baselineOptions may add to it
  const options: CliOptions = {
    patterns,
    format: str('format') ?? 'stylish',
    ...(str('outputFile') === undefined ? {} : { outputFile: str('outputFile')! }),
    ...(str('config') === undefined ? {} : { config: str('config')! }),
    maxWarnings: maxWarningsOf(str('maxWarnings')),
    quiet: raw['quiet'] === true,
    ...(typeof raw['color'] === 'boolean' ? { color: raw['color'] } : {}),
    showPhi: raw['showPhi'] === true,
    debug: raw['debug'] === true,
    stdin: raw['stdin'] === true,
    ...(str('stdinFilename') === undefined ? {} : { stdinFilename: str('stdinFilename')! }),
    errorOnUnmatchedPattern: raw['errorOnUnmatchedPattern'] !== false,
    ...reportUnusedOf(raw),
    ...baselineOptions(raw, patterns),
  };
  checkCombinations(options);
  return options;
}

/**
 * argv (without node and script) -> what to do.
 * @throws UsageError with one sentence for a bad flag, command or value.
 */
export function parseArgs(argv: readonly string[], helpWidth = 80): ParsedArgs {
  const out = { stdout: '', stderr: '' };
  let options: CliOptions | undefined;
  const program = buildProgram(out, helpWidth, (o) => { options = o; });
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') {
      return { kind: 'print', stdout: out.stdout, stderr: '', exitCode: 0 };
    }
    if (error.code === 'commander.help') {
      return { kind: 'print', stdout: '', stderr: `${messages.missingCommand()}\n\n${out.stderr}`, exitCode: 2 };
    }
    throw new UsageError(translate(error, program));
  }
  if (!options) throw new UsageError(messages.missingCommand());
  return { kind: 'lint', options };
}

/** Commander's message names the thing in single quotes; we keep the thing and our own wording. */
function translate(error: CommanderError, program: Command): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const lint = program.commands.find((c) => c.name() === 'lint')!;
  switch (error.code) {
    case 'commander.unknownOption': {
      const flags = [...lint.options, ...program.options].flatMap((o) => (o.long ? [o.long] : []));
      return messages.unknownOption(quoted, quoted.startsWith('--') ? suggest(quoted, flags) : undefined);
    }
    case 'commander.unknownCommand':
      return messages.unknownCommand(quoted, suggest(quoted, program.commands.map((c) => c.name())));
    case 'commander.optionMissingArgument':
      return messages.missingOptionValue(/--[\w-]+/.exec(quoted)?.[0] ?? quoted);
    default:
      return messages.badArguments(`${error.message.replace(/^error: /, '').replace(/\.?$/, '.')}`);
  }
}
