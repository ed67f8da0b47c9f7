/**
 * Turns a config file's text into a plain value. Syntax errors become a ConfigError that points
 * at file:line:col (as Vale's E201 does), so the user can go straight to the broken line.
 */
import { parseDocument } from 'yaml';
import { ConfigError } from '../cli/errors.js';
import { messages } from '../cli/messages.js';

/** Parses JSON; `display` is the file as shown in messages. */
export function parseJsonConfig(text: string, display: string, filePath: string): unknown {
  try {
    return JSON.parse(stripBom(text));
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(raw);
    const { line, column } = at ? lineColumn(stripBom(text), Number(at[1])) : endOf(stripBom(text));
    // V8 quotes the text around the error and appends the position; both are noise here.
    const detail = raw
      .replace(/,? "(?:[^"\\]|\\.)*" is not valid JSON/, '')
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/ \(line \d+ column \d+\)/, '');
    throw new ConfigError(messages.configSyntax('JSON', `${display}:${line}:${column}`, lowerFirst(detail)), filePath);
  }
}

/** Parses YAML (which also accepts JSON); an empty file is an empty config. */
export async function parseYamlConfig(text: string, display: string, filePath: string): Promise<unknown> {
  const doc = parseDocument(stripBom(text), { prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
    // The message repeats the position and adds a code frame; keep only the first clause.
    const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
    throw new ConfigError(messages.configSyntax('YAML', `${display}:${pos.line}:${pos.col}`, lowerFirst(detail)), filePath);
  }
  return doc.toJS() ?? {};
}

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

const endOf = (text: string): { line: number; column: number } => lineColumn(text, text.length);
