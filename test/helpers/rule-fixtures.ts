import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../src/engine/lint-text.js';
import type { FileResult, OrgFacts, ResolvedConfig, Rule, RuleId } from '../../src/types.js';

export const RULES_DIR = path.resolve(import.meta.dirname, '../../rules');

/** Every fixture post under rules/<family>/<name>/fixtures/{valid,invalid}. */
export function fixtureFiles(ruleDir: string): string[] {
  const out: string[] = [];
  for (const kind of ['invalid', 'valid']) {
    const dir = path.join(ruleDir, 'fixtures', kind);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (/\.(md|markdown|json)$/.test(f) && !f.endsWith('.options.json')) out.push(path.join(dir, f));
    }
  }
  return out;
}

interface FixtureOptions {
  readonly options?: unknown;
  readonly organization?: OrgFacts;
}

/** Lints one fixture with only `rule` enabled (ESLint RuleTester style), as its sidecar configures. */
export function lintFixture(rule: Rule<unknown>, file: string): FileResult {
  const optionsFile = file.replace(/\.(md|markdown|json)$/, '.options.json');
  const extra: FixtureOptions = fs.existsSync(optionsFile) ? JSON.parse(fs.readFileSync(optionsFile, 'utf8')) : {};
  const options = { ...(rule.meta.defaults as object | undefined), ...(extra.options as object | undefined) };
  const config: ResolvedConfig = {
    rules: new Map<RuleId, { severity: 1 | 2; options: unknown }>([
      [rule.meta.id, { severity: rule.meta.severity === 'error' ? 2 : 1, options }],
    ]),
    organization: {
      names: [], phones: [], emails: [], domains: [], addresses: [], ...extra.organization,
    },
    ignores: [],
  };
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return lintText(text, { filePath: file, config, rules: [rule] });
}

/** One `line:col-endLine:endCol ruleId` line per finding, as in the `.expected` sidecars. */
export function describeFindings(result: FileResult): string[] {
  return result.messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId ?? 'fatal'}`);
}

export function expectedFindings(file: string): string[] {
  const sidecar = `${file}.expected`;
  if (!fs.existsSync(sidecar)) return [];
  return fs.readFileSync(sidecar, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}
