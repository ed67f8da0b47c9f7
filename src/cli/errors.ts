/**
 * Errors about the run itself, not about a post. Both mean exit code 2 and print one sentence,
 * never a stack trace. Anything else that escapes `main` is a bug and is reported as a crash.
 */

/** A bad flag, an unknown format, a pattern that matched nothing. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A config file that is missing, unreadable or invalid. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  /** @param filePath absolute path of the config file at fault, when there is one. */
  constructor(message: string, readonly filePath?: string) {
    super(message);
  }
}

/** True for the errors whose message is meant for the user as is. */
export function isUserError(error: unknown): error is UsageError | ConfigError {
  return error instanceof UsageError || error instanceof ConfigError;
}
