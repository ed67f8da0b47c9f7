import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readVersion } from '../cli/version.js';
import type { FileResult, Finding, Formatter } from '../types.js';
import { DIRECTIVE_ID, HOMEPAGE, PARSE_ERROR_ID } from './rule-docs.js';
import { sarifRule } from './sarif-rules.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
/** Key of hcpost's own fingerprint in `partialFingerprints` (SARIF: "name/version"). */
const FINGERPRINT_KEY = 'hcpostMatch/v1';

let version: string | undefined;

/** The id a finding is reported under: its rule, or one of hcpost's own ids for rule-less findings. */
function idOf(m: Finding): string {
  if (m.ruleId !== null) return m.ruleId;
  return m.fatal === true ? PARSE_ERROR_ID : DIRECTIVE_ID;
}

/**
 * Where a file is, for `artifactLocation`: relative to the run's folder (`%SRCROOT%`) with
 * forward slashes and each segment percent-encoded, so code scanning can map it onto the
 * repository; a file outside that folder gets an absolute file: URI.
 */
function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(cwd, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(filePath).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** SARIF lines and columns start at 1; a finding without a position points at the file's start. */
const atLeastOne = (n: number): number => (Number.isInteger(n) && n >= 1 ? n : 1);

function sarifResult(m: Finding, result: FileResult, cwd: string, ruleIndex: ReadonlyMap<string, number>, suppressed: boolean): object {
  const id = idOf(m);
  return {
    ruleId: id,
    ruleIndex: ruleIndex.get(id),
    level: m.fatal === true || m.severity === 2 ? 'error' : 'warning',
    // The engine's message, PHI already masked (CONTRACT section 5): never rebuilt here.
    message: { text: m.message },
    locations: [{
      physicalLocation: {
        artifactLocation: artifactLocation(result.filePath, cwd),
        region: {
          startLine: atLeastOne(m.line), startColumn: atLeastOne(m.column),
          endLine: atLeastOne(m.endLine), endColumn: atLeastOne(m.endColumn),
        },
      },
    }],
    ...(m.fingerprint === undefined ? {} : { partialFingerprints: { [FINGERPRINT_KEY]: m.fingerprint } }),
    // "inSource": silenced by a comment in the draft itself, so code scanning shows the alert as dismissed.
    ...(suppressed ? { suppressions: [{ kind: 'inSource', ...(m.suppression?.reason ? { justification: m.suppression.reason } : {}) }] } : {}),
    ...(m.postId === undefined ? {} : { properties: { postId: m.postId } }),
  };
}

/** A file's findings, silenced ones included, in line and column order. */
function findingsOf(result: FileResult): { m: Finding; suppressed: boolean }[] {
  const all = [
    ...result.messages.map((m) => ({ m, suppressed: false })),
    ...(result.suppressedMessages ?? []).map((m) => ({ m, suppressed: true })),
  ];
  return all.sort((a, b) => a.m.line - b.m.line || a.m.column - b.m.column);
}

/**
 * SARIF 2.1.0 for GitHub code scanning and SARIF viewers: one run; `tool.driver.rules` lists
 * the rules that have a result (what code scanning recommends), sorted by id. A file hcpost could
 * not read is a result of `hcpost/parse-error` (code scanning drops tool notifications from its
 * alerts, and an unread draft must not pass quietly); a directive problem is `hcpost/directive`.
 * Findings silenced by inline directives are results with an `inSource` suppression, so code
 * scanning keeps them closed. Skipped (binary) files are tool notifications.
 */
const sarif: Formatter = (results, ctx) => {
  version ??= readVersion();
  const perFile = results.map((r) => ({ r, findings: findingsOf(r) }));
  const ids = [...new Set(perFile.flatMap(({ findings }) => findings.map(({ m }) => idOf(m))))].sort();
  const ruleIndex = new Map(ids.map((id, i) => [id, i]));
  const notifications = results.filter((r) => r.skipped !== undefined).map((r) => ({
    level: 'note',
    message: { text: `hcpost skipped this file: ${r.skipped}.` },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(r.filePath, ctx.cwd) } }],
  }));
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'hcpost', informationUri: HOMEPAGE, version, semanticVersion: version,
          rules: ids.map((id) => sarifRule(id, ctx.rules.get(id))),
        },
      },
      invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
      originalUriBaseIds: { [SRCROOT]: { uri: folderUri(ctx.cwd) } },
      columnKind: 'utf16CodeUnits',
      results: perFile.flatMap(({ r, findings }) =>
        findings.map(({ m, suppressed }) => sarifResult(m, r, ctx.cwd, ruleIndex, suppressed))),
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

export default sarif;
