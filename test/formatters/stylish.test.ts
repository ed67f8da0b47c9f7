import { describe, expect, it } from 'vitest';
import stylish from '../../src/formatters/stylish.js';
import type { FileResult, FormatContext } from '../../src/types.js';

const cwd = '/home/comms/project';
const plain: FormatContext = { cwd, color: false, rules: new Map() };
const colored: FormatContext = { cwd, color: true, rules: new Map() };

const mixed: FileResult[] = [
  {
    filePath: '/home/comms/project/drafts/a.md',
    messages: [
      {
        ruleId: 'phi/patient-name', severity: 2, line: 7, column: 12, endLine: 7, endColumn: 25,
        message: 'Possible patient name next to health information: "M*** J******".',
      },
      {
        ruleId: 'citation/unsourced-claim', severity: 1, line: 12, column: 1, endLine: 12, endColumn: 30,
        message: 'A health claim with no source',
      },
    ],
    errorCount: 1, warningCount: 1, fatalErrorCount: 0,
  },
  { filePath: '/home/comms/project/drafts/clean.md', messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0 },
  {
    filePath: '/home/comms/project/queue.json',
    messages: [{
      ruleId: null, severity: 2, fatal: true, line: 3, column: 1, endLine: 3, endColumn: 1,
      message: 'Invalid JSON: unexpected end of input at 3:1.',
    }],
    errorCount: 1, warningCount: 0, fatalErrorCount: 1,
  },
];

const PAD = ' '.repeat(35); // the second message is 35 characters shorter than the first

describe('stylish formatter', () => {
  it('prints aligned rows per file and a summary, without colour', () => {
    expect(stylish(mixed, plain)).toBe(
      '\n'
      + 'drafts/a.md\n'
      + '   7:12  error    Possible patient name next to health information: "M*** J******"  phi/patient-name\n'
      + `  12:1   warning  A health claim with no source${PAD}  citation/unsourced-claim\n`
      + '\n'
      + 'queue.json\n'
      + '  3:1  error  Invalid JSON: unexpected end of input at 3:1\n'
      + '\n'
      + '\u2716 3 problems (2 errors, 1 warning)\n',
    );
  });

  it('colours path, position, severity, rule id and summary when colour is on', () => {
    const u = (s: string): string => `\x1b[4m${s}\x1b[24m`;
    const dim = (s: string): string => `\x1b[2m${s}\x1b[22m`;
    const red = (s: string): string => `\x1b[31m${s}\x1b[39m`;
    const yellow = (s: string): string => `\x1b[33m${s}\x1b[39m`;
    const bold = (s: string): string => `\x1b[1m${s}\x1b[22m`;
    expect(stylish(mixed, colored)).toBe(
      '\n'
      + `${u('drafts/a.md')}\n`
      + `   ${dim('7:12')}  ${red('error')}    Possible patient name next to health information: "M*** J******"  ${dim('phi/patient-name')}\n`
      + `  ${dim('12:1')}   ${yellow('warning')}  A health claim with no source${PAD}  ${dim('citation/unsourced-claim')}\n`
      + '\n'
      + `${u('queue.json')}\n`
      + `  ${dim('3:1')}  ${red('error')}  Invalid JSON: unexpected end of input at 3:1\n`
      + '\n'
      + `${red(bold('\u2716 3 problems (2 errors, 1 warning)'))}\n`,
    );
  });

  it('prints nothing at all when no file has findings', () => {
    expect(stylish([mixed[1]!], plain)).toBe('');
    expect(stylish([mixed[1]!], colored)).toBe('');
    expect(stylish([], plain)).toBe('');
  });

  it('uses singular words and a yellow summary for a single warning', () => {
    const one: FileResult[] = [{
      filePath: '/elsewhere/post.md',
      messages: [{ ruleId: 'platform/too-long', severity: 1, message: 'Too long for X.', line: 1, column: 1, endLine: 1, endColumn: 2 }],
      errorCount: 0, warningCount: 1, fatalErrorCount: 0,
    }];
    expect(stylish(one, plain)).toBe(
      '\n../../../elsewhere/post.md\n  1:1  warning  Too long for X  platform/too-long\n\n\u2716 1 problem (0 errors, 1 warning)\n',
    );
    expect(stylish(one, colored).endsWith('\x1b[33m\x1b[1m\u2716 1 problem (0 errors, 1 warning)\x1b[22m\x1b[39m\n')).toBe(true);
  });

  it('notes a skipped binary file, dimmed, with no summary', () => {
    const skipped: FileResult[] = [{
      filePath: '/home/comms/project/drafts/photo.md', messages: [],
      errorCount: 0, warningCount: 0, fatalErrorCount: 0, skipped: 'binary file',
    }];
    expect(stylish(skipped, plain)).toBe('\ndrafts/photo.md\n  skipped: binary file\n\n');
    expect(stylish(skipped, colored)).toBe('\n\x1b[4mdrafts/photo.md\x1b[24m\n  \x1b[2mskipped: binary file\x1b[22m\n\n');
  });
});
