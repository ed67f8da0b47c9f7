import { UsageError } from '../cli/errors.js';
import { messages } from '../cli/messages.js';
import type { Formatter } from '../types.js';

/**
 * The formatters, each loaded only when asked for (a json run never loads chalk).
 * Adding one is one line here plus its module, which default-exports a Formatter.
 */
const FORMATTERS = {
  stylish: async () => (await import('./stylish.js')).default,
  json: async () => (await import('./json.js')).default,
  sarif: async () => (await import('./sarif.js')).default,
  github: async () => (await import('./github.js')).default,
  junit: async () => (await import('./junit.js')).default,
} satisfies Record<string, () => Promise<Formatter>>;

export type FormatterName = keyof typeof FORMATTERS;

/** Names accepted by --format, in help order. */
export const formatterNames = Object.keys(FORMATTERS) as readonly FormatterName[];

export function isFormatterName(name: string): name is FormatterName {
  return Object.hasOwn(FORMATTERS, name);
}

/**
 * The formatter called `name`.
 * @throws UsageError listing the valid names when there is no such formatter.
 */
export async function getFormatter(name: string): Promise<Formatter> {
  if (!isFormatterName(name)) throw new UsageError(messages.unknownFormat(name, formatterNames));
  return FORMATTERS[name]();
}
