import type { FileResult, Finding, Formatter } from '../types.js';
import { relativePath } from './paths.js';
import { xmlAttr, xmlText } from './xml.js';

/** One post's findings: a JUnit test case. */
interface Case {
  readonly name: string;
  readonly findings: Finding[];
}

interface Counts { tests: number; failures: number; errors: number; skipped: number }

/** Findings grouped by post, in the order posts first appear; a file without post ids is one case. */
function casesOf(result: FileResult): Case[] {
  const cases = new Map<string, Case>();
  for (const m of result.messages) {
    const name = m.postId ?? 'post';
    let c = cases.get(name);
    if (c === undefined) cases.set(name, c = { name, findings: [] });
    c.findings.push(m);
  }
  // A clean file is one passing test: the dashboard shows that it was checked.
  return cases.size === 0 ? [{ name: 'post', findings: [] }] : [...cases.values()];
}

function findingElement(m: Finding): string {
  const isError = m.fatal === true;
  const tag = isError ? 'error' : 'failure';
  const type = m.ruleId ?? (isError ? 'hcpost/parse-error' : 'hcpost/directive');
  const level = m.fatal === true || m.severity === 2 ? 'error' : 'warning';
  const body = `${m.line}:${m.column} ${level} ${m.message}`;
  return `      <${tag} message="${xmlAttr(m.message)}" type="${xmlAttr(type)}">${xmlText(body)}</${tag}>`;
}

function suite(result: FileResult, cwd: string, total: Counts): string {
  const name = xmlAttr(relativePath(result.filePath, cwd));
  const counts: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const body: string[] = [];
  const cases: Case[] = result.skipped === undefined ? casesOf(result) : [{ name: 'post', findings: [] }];
  for (const c of cases) {
    counts.tests++;
    // A case counts once, as an error when it has any fatal finding (JUnit's "errors" are tests that could not run).
    if (c.findings.some((m) => m.fatal === true)) counts.errors++;
    else if (c.findings.length > 0) counts.failures++;
    const open = `    <testcase name="${xmlAttr(c.name)}" classname="${name}"`;
    if (result.skipped !== undefined) {
      counts.skipped++;
      body.push(`${open}>`, `      <skipped message="${xmlAttr(`hcpost skipped this file: ${result.skipped}`)}"/>`, '    </testcase>');
    } else if (c.findings.length === 0) {
      body.push(`${open}/>`);
    } else {
      body.push(`${open}>`, ...c.findings.map(findingElement), '    </testcase>');
    }
  }
  for (const key of ['tests', 'failures', 'errors', 'skipped'] as const) total[key] += counts[key];
  return [`  <testsuite name="${name}" ${attrs(counts)}>`, ...body, '  </testsuite>'].join('\n');
}

function attrs(c: Counts): string {
  return `tests="${c.tests}" failures="${c.failures}" errors="${c.errors}"${c.skipped > 0 ? ` skipped="${c.skipped}"` : ''}`;
}

/**
 * JUnit XML for CI test dashboards (GitLab, Jenkins, Azure): one test suite per file, one test
 * case per post (`postId`, or "post" for a single-post file), one `<failure>` per finding and an
 * `<error>` for a file hcpost could not read. Counts are of test cases, as JUnit readers expect.
 * Findings silenced by inline directives are left out. Every value is XML-escaped.
 */
const junit: Formatter = (results, ctx) => {
  const total: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const suites = results.map((r) => suite(r, ctx.cwd, total));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites name="hcpost" ${attrs(total)}>`,
    ...suites,
    '</testsuites>',
  ].join('\n') + '\n';
};

export default junit;
