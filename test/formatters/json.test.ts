import { describe, expect, it } from 'vitest';
import { formatterNames, getFormatter } from '../../src/formatters/index.js';
import json from '../../src/formatters/json.js';
import type { FileResult, FormatContext } from '../../src/types.js';

const ctx: FormatContext = { cwd: '/p', color: true, rules: new Map() };

describe('json formatter', () => {
  it('prints CONTRACT section 3 exactly, plus ESLint\'s suppressedMessages when directives silenced something', () => {
    const results: FileResult[] = [
      {
        filePath: '/p/drafts/post.md',
        messages: [
          {
            ruleId: 'phi/patient-name', severity: 2, message: 'Possible patient name: "M*** J******"',
            line: 7, column: 12, endLine: 7, endColumn: 25,
            // internal fields that must not leak into the output
            messageId: 'name', fingerprint: 'abc', suggestions: [{ desc: 'remove' }],
          },
        ],
        errorCount: 1, warningCount: 0, fatalErrorCount: 0,
        suppressedMessages: [
          { ruleId: 'phi/ssn', severity: 2, message: 'x', line: 1, column: 1, endLine: 1, endColumn: 2,
            suppression: { reason: 'test data' }, fingerprint: 'def' },
          { ruleId: 'claims/miracle', severity: 1, message: 'y', line: 2, column: 1, endLine: 2, endColumn: 3, suppression: {} },
        ],
      },
      {
        filePath: '/p/queue.json',
        messages: [
          { ruleId: null, severity: 2, fatal: true, message: 'Invalid JSON', line: 3, column: 1, endLine: 3, endColumn: 1 },
          { ruleId: 'claims/miracle', severity: 1, message: 'Avoid "miracle"', line: 4, column: 2, endLine: 4, endColumn: 9, postId: 'p2' },
        ],
        errorCount: 1, warningCount: 1, fatalErrorCount: 1,
      },
      { filePath: '/p/clean.md', messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, skipped: 'binary file' },
    ];
    expect(json(results, ctx)).toBe(
      '[{"filePath":"/p/drafts/post.md","messages":[{"ruleId":"phi/patient-name","severity":2,'
      + '"message":"Possible patient name: \\"M*** J******\\"","line":7,"column":12,"endLine":7,"endColumn":25}],'
      + '"suppressedMessages":[{"ruleId":"phi/ssn","severity":2,"message":"x","line":1,"column":1,"endLine":1,"endColumn":2,'
      + '"suppressions":[{"kind":"directive","justification":"test data"}]},'
      + '{"ruleId":"claims/miracle","severity":1,"message":"y","line":2,"column":1,"endLine":2,"endColumn":3,'
      + '"suppressions":[{"kind":"directive","justification":""}]}],'
      + '"errorCount":1,"warningCount":0,"fatalErrorCount":0},'
      + '{"filePath":"/p/queue.json","messages":[{"ruleId":null,"severity":2,"message":"Invalid JSON","line":3,'
      + '"column":1,"endLine":3,"endColumn":1,"fatal":true},{"ruleId":"claims/miracle","severity":1,'
      + '"message":"Avoid \\"miracle\\"","line":4,"column":2,"endLine":4,"endColumn":9,"postId":"p2"}],'
      + '"errorCount":1,"warningCount":1,"fatalErrorCount":1},'
      + '{"filePath":"/p/clean.md","messages":[],"errorCount":0,"warningCount":0,"fatalErrorCount":0}]\n',
    );
  });

  it('leaves suppressedMessages out when it is empty', () => {
    const r: FileResult = { filePath: '/p/a.md', messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, suppressedMessages: [] };
    expect(json([r], ctx)).toBe('[{"filePath":"/p/a.md","messages":[],"errorCount":0,"warningCount":0,"fatalErrorCount":0}]\n');
  });

  it('prints an empty array for no files', () => {
    expect(json([], ctx)).toBe('[]\n');
  });
});

describe('getFormatter', () => {
  it('returns the named formatter', async () => {
    expect(await getFormatter('json')).toBe(json);
    expect(formatterNames).toEqual(['stylish', 'json', 'sarif', 'github', 'junit']);
  });

  it('rejects an unknown name with the valid ones listed', async () => {
    await expect(getFormatter('xml')).rejects.toThrow('Unknown format "xml". Use one of: stylish, json, sarif, github, junit.');
    await expect(getFormatter('toString')).rejects.toThrow('Unknown format "toString"');
  });
});
