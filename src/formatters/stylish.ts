import path from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import type { FileResult, Formatter } from '../types.js';

interface Cell {
  readonly text: string;
  readonly paint?: (s: string) => string;
}

/**
 * text-table as ESLint's stylish uses it: cells joined by two spaces, column 1 right-aligned,
 * the rest left-aligned and padded outside their colour, trailing blanks trimmed.
 */
function table(rows: readonly Cell[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, cell.text.length); });
  return rows.map((row) =>
    row.map((cell, i) => {
      const pad = ' '.repeat(widths[i]! - cell.text.length);
      const shown = cell.paint && cell.text !== '' ? cell.paint(cell.text) : cell.text;
      return i === 1 ? pad + shown : shown + pad;
    }).join('  ').replace(/\s+$/, ''));
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * ESLint's stylish look: each file's path (relative to cwd) underlined, then one aligned row per
 * finding, then a summary. Prints nothing when there is nothing to report. Colour only when
 * `ctx.color` is set, through a private chalk instance (the global one reads the process).
 */
const stylish: Formatter = (results, ctx) => {
  const chalk: ChalkInstance = new Chalk({ level: ctx.color ? 1 : 0 });
  let output = '\n';
  let errors = 0;
  let warnings = 0;
  let shown = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    if (result.messages.length === 0 && result.skipped === undefined) continue;
    shown++;
    output += `${chalk.underline(displayPath(result, ctx.cwd))}\n`;
    if (result.skipped !== undefined) {
      output += `  ${chalk.dim(`skipped: ${result.skipped}`)}\n\n`;
      continue;
    }
    const rows = result.messages.map((m): Cell[] => {
      const isError = m.fatal === true || m.severity === 2;
      return [
        { text: '' },
        { text: String(m.line || 0) },
        { text: String(m.column || 0) },
        isError ? { text: 'error', paint: chalk.red } : { text: 'warning', paint: chalk.yellow },
        // ESLint drops a final full stop so the rule id reads as a separate column.
        { text: m.message.replace(/([^ ])\.$/u, '$1') },
        { text: m.ruleId ?? '', paint: chalk.dim },
      ];
    });
    const lines = table(rows).map((row) => row.replace(/(\d+)\s+(\d+)/u, (_m, line: string, col: string) => chalk.dim(`${line}:${col}`)));
    output += `${lines.join('\n')}\n\n`;
  }
  const total = errors + warnings;
  if (total > 0) {
    const paint = errors > 0 ? chalk.red.bold : chalk.yellow.bold;
    output += `${paint(`\u2716 ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`)}\n`;
  }
  return total > 0 || shown > 0 ? output : '';
};

function displayPath(result: FileResult, cwd: string): string {
  const relative = path.relative(cwd, result.filePath);
  return relative === '' ? result.filePath : relative;
}

export default stylish;
