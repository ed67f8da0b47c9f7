import { describe, expect, it } from 'vitest';
import junit from '../../src/formatters/junit.js';
import { xmlAttr, xmlText } from '../../src/formatters/xml.js';
import { ctx, engineResult, results, SSN_DIGITS } from './fixture-results.js';

const HEAD = '<?xml version="1.0" encoding="utf-8"?>\n';

describe('junit formatter', () => {
  it('prints a suite per file and a case per post, byte for byte', () => {
    expect(junit(results, ctx)).toBe(HEAD
      + '<testsuites name="hcpost" tests="7" failures="4" errors="1" skipped="1">\n'
      + '  <testsuite name="drafts/post.md" tests="1" failures="1" errors="0">\n'
      + '    <testcase name="post" classname="drafts/post.md">\n'
      + '      <failure message="The post is 3,012 characters: the limit is 2,200." type="platform/too-long">'
      + '1:1 warning The post is 3,012 characters: the limit is 2,200.</failure>\n'
      + '      <failure message="Possible patient name next to health information: &quot;M*** J******&quot;." type="phi/patient-name">'
      + '7:12 error Possible patient name next to health information: &quot;M*** J******&quot;.</failure>\n'
      + '      <failure message="Avoid &quot;miracle&quot;, &lt;b&gt; &amp; &apos;100%&apos; claims: say what it does." type="claims/miracle">'
      + '9:3 warning Avoid &quot;miracle&quot;, &lt;b&gt; &amp; &apos;100%&apos; claims: say what it does.</failure>\n'
      + '    </testcase>\n'
      + '  </testsuite>\n'
      + '  <testsuite name="queue.json" tests="3" failures="2" errors="1">\n'
      + '    <testcase name="post" classname="queue.json">\n'
      + '      <error message="Invalid JSON: unexpected &quot;}&quot; at 3:1." type="hcpost/parse-error">'
      + '3:1 error Invalid JSON: unexpected &quot;}&quot; at 3:1.</error>\n'
      + '    </testcase>\n'
      + '    <testcase name="p1" classname="queue.json">\n'
      + '      <failure message="This hcpost comment is not a directive.&#10;Use hcpost-disable." type="hcpost/directive">'
      + '5:3 warning This hcpost comment is not a directive.\nUse hcpost-disable.</failure>\n'
      + '    </testcase>\n'
      + '    <testcase name="p2" classname="queue.json">\n'
      + '      <failure message="Line one&#13;&#10;line two end" type="claims/miracle">9:14 warning Line one\r\nline two end</failure>\n'
      + '    </testcase>\n'
      + '  </testsuite>\n'
      + '  <testsuite name="clean.md" tests="1" failures="0" errors="0">\n'
      + '    <testcase name="post" classname="clean.md"/>\n'
      + '  </testsuite>\n'
      + '  <testsuite name="img.md" tests="1" failures="0" errors="0" skipped="1">\n'
      + '    <testcase name="post" classname="img.md">\n'
      + '      <skipped message="hcpost skipped this file: binary file"/>\n'
      + '    </testcase>\n'
      + '  </testsuite>\n'
      + '  <testsuite name="/elsewhere/Out,side:x.md" tests="1" failures="1" errors="0">\n'
      + '    <testcase name="post" classname="/elsewhere/Out,side:x.md">\n'
      + '      <failure message="Avoid &quot;miracle&quot;." type="claims/miracle">2:1 error Avoid &quot;miracle&quot;.</failure>\n'
      + '    </testcase>\n'
      + '  </testsuite>\n'
      + '</testsuites>\n');
  });

  it('prints an empty report for no files', () => {
    expect(junit([], ctx)).toBe(`${HEAD}<testsuites name="hcpost" tests="0" failures="0" errors="0">\n</testsuites>\n`);
  });

  it('escapes the five XML specials and drops characters XML cannot hold', () => {
    expect(xmlAttr('a&b<c>d"e\'f\tg\nh')).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f&#9;g&#10;h');
    expect(xmlText('a&b<c>\u0000\u0008\u000B\u001F\uFFFE\uD800x\uDC00y\tz\n')).toBe('a&amp;b&lt;c&gt;xy\tz\n');
    // a surrogate pair (an emoji) is one valid character and stays
    expect(xmlText('ok \u{1F489}')).toBe('ok \u{1F489}');
  });

  it('never prints PHI: an SSN found by the real engine shows masked', () => {
    const e = engineResult();
    const out = junit(e.results, e.ctx);
    expect(out).toContain('type="phi/ssn">4:32 error This looks like a Social Security number (&quot;S** ***-**-****&quot;).');
    for (const digits of SSN_DIGITS) expect(out).not.toContain(digits);
  });
});
