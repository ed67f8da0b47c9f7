import { describe, expect, it } from 'vitest';
import github, { escapeData, escapeProperty } from '../../src/formatters/github.js';
import { ctx, engineResult, results, SSN_DIGITS } from './fixture-results.js';

describe('github formatter', () => {
  it('prints one workflow command per finding, escaped as GitHub requires, silenced findings left out', () => {
    expect(github(results, ctx)).toBe(
      '::warning file=drafts/post.md,line=1,col=1,endLine=12,endColumn=4,title=platform/too-long::'
      + 'The post is 3,012 characters: the limit is 2,200.\n'
      + '::error file=drafts/post.md,line=7,col=12,endLine=7,endColumn=25,title=phi/patient-name::'
      + 'Possible patient name next to health information: "M*** J******".\n'
      + '::warning file=drafts/post.md,line=9,col=3,endLine=9,endColumn=10,title=claims/miracle::'
      + 'Avoid "miracle", <b> & \'100%25\' claims: say what it does.\n'
      + '::error file=queue.json,line=3,col=1,endLine=3,endColumn=1,title=hcpost%3A could not read file::'
      + 'Invalid JSON: unexpected "}" at 3:1.\n'
      + '::warning file=queue.json,line=5,col=3,endLine=5,endColumn=40,title=hcpost%3A directive comment::'
      + 'This hcpost comment is not a directive.%0AUse hcpost-disable.\n'
      + '::warning file=queue.json,line=9,col=14,endLine=9,endColumn=21,title=claims/miracle::'
      + 'Line one%0D%0Aline two\u0001 end\n'
      + '::notice file=img.md,title=hcpost%3A skipped::hcpost skipped this file: binary file.\n'
      + '::error file=/elsewhere/Out%2Cside%3Ax.md,line=2,col=1,endLine=2,endColumn=8,title=claims/miracle::'
      + 'Avoid "miracle".\n',
    );
  });

  it('prints nothing at all when there is nothing to report', () => {
    expect(github([], ctx)).toBe('');
    expect(github([{ filePath: '/p/a.md', messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0 }], ctx)).toBe('');
    const onlySilenced = [{ ...results[0]!, messages: [], errorCount: 0, warningCount: 0 }];
    expect(github(onlySilenced, ctx)).toBe('');
  });

  it('escapes data and property values like @actions/core', () => {
    expect(escapeData('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab: c, d');
    expect(escapeProperty('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab%3A c%2C d');
    // % first, so an escape is never escaped twice
    expect(escapeProperty('%3A')).toBe('%253A');
  });

  it('never prints PHI: an SSN found by the real engine shows masked', () => {
    const e = engineResult();
    const out = github(e.results, e.ctx);
    expect(out).toBe('::error file=drafts/billing.md,line=4,col=32,endLine=4,endColumn=47,title=phi/ssn::'
      + 'This looks like a Social Security number ("S** ***-**-****"). Never publish one: remove it.\n');
    for (const digits of SSN_DIGITS) expect(out).not.toContain(digits);
  });
});
