/** What decides whether stylish output is coloured. */
export interface ColorInputs {
  /** --color (true) or --no-color (false); undefined when neither was given. */
  readonly flag?: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal. */
  readonly isTTY: boolean;
  /** The report goes to --output-file. */
  readonly toFile: boolean;
}

/**
 * Colour is for people at a terminal. In order: a flag wins; a report file is not coloured;
 * FORCE_COLOR forces it on ("0" or "false" off), before NO_COLOR, as Node itself decides;
 * a non-empty NO_COLOR (no-color.org) turns it off; otherwise colour when stdout is a TTY.
 */
export function colorEnabled({ flag, env, isTTY, toFile }: ColorInputs): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  return isTTY;
}
