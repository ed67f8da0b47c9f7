import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rules } from '../rules/index.js';
import { ConfigError } from '../src/cli/errors.js';
import { renderEditorSchema } from '../src/config/editor-schema.js';
import { resolveConfig } from '../src/config/resolve.js';
import type { Config } from '../src/types.js';
import { ROOT } from './helpers/bin.js';

const SCHEMA_FILE = path.join(ROOT, 'schema/hcpostrc.schema.json');
const shippedText = readFileSync(SCHEMA_FILE, 'utf8');
const validate = new Ajv({ allErrors: true, strictTuples: false }).compile(JSON.parse(shippedText) as object);

/** What hcpost itself says about a config, with the real rules: null when it accepts it. */
function toolError(config: unknown): string | null {
  try {
    resolveConfig(config as Config, '/p/.hcpostrc.yaml', { display: '.hcpostrc.yaml' });
    return null;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.message;
  }
}

/** Editors and hcpost must agree: the schema accepts a config exactly when hcpost does. */
function expectAgreement(config: unknown, label: string): boolean {
  const schemaOk = validate(config);
  const tool = toolError(config);
  expect({ label, schemaOk, tool }).toEqual({ label, schemaOk: tool === null, tool });
  return schemaOk;
}

describe('schema/hcpostrc.schema.json', () => {
  it('is what scripts/gen-config-schema.mjs generates from the code (run "npm run schema" after changing rules or config keys)', () => {
    expect(shippedText).toBe(renderEditorSchema(rules));
  });

  it('lists every rule with its options, and describes every top-level key', () => {
    const schema = JSON.parse(shippedText) as {
      properties: Record<string, { description?: string; properties?: Record<string, unknown> }>;
    };
    expect(Object.keys(schema.properties.rules!.properties!).sort()).toEqual(rules.map((r) => r.meta.id).sort());
    expect(Object.keys(schema.properties)).toEqual(['$schema', 'extends', 'rules', 'ignores', 'organization',
      'reportUnusedDisableDirectives', 'requireDirectiveReason']);
    for (const [key, value] of Object.entries(schema.properties)) expect(value.description, key).toEqual(expect.any(String));
  });

  it('agrees with hcpost on every fixture config that can be parsed', () => {
    const dir = path.join(ROOT, 'fixtures/configs');
    const accepted: string[] = [];
    for (const file of readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort()) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      let value: unknown;
      try {
        value = file.endsWith('.json') ? JSON.parse(text) : parse(text) ?? {};
      } catch {
        continue; // a syntax error: hcpost stops before any schema
      }
      const config = file === 'package.json' ? (value as { hcpost: unknown }).hcpost : value;
      if (expectAgreement(config, file)) accepted.push(file);
    }
    // valid-full.yaml is valid for the stand-in rules of test/config.test.ts (whose phi/ssn takes
    // options), not for the real phi/ssn: editors must flag it as hcpost does.
    expect(accepted).toEqual(['empty.yaml']);
  });

  it('accepts the README\'s config examples, as hcpost does', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```yaml\n(# (?:\.hcpostrc\.yaml|yaml-language-server)[\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const block of blocks) expect(expectAgreement(parse(block), block.split('\n')[0]!)).toBe(true);
  });

  it.each<[string, unknown, boolean]>([
    ['every key', {
      $schema: './node_modules/hcpost/schema/hcpostrc.schema.json', extends: ['hcpost:strict'],
      rules: { 'phi/*': 'warn', 'claims/*': ['error'], 'phi/ssn': ['error'], 'readability/grade-level': ['warn', { maxGrade: 7 }] },
      ignores: ['drafts/archive/**'], organization: { names: ['Dr. Maya Chen'], phones: ['555-0100'] },
      reportUnusedDisableDirectives: 'warn', requireDirectiveReason: 2,
    }, true],
    ['a preset name as a string', { extends: 'hcpost:recommended' }, true],
    ['a family with no rules yet', { rules: { 'disclosure/*': 'off' } }, true],
    ['an unknown rule', { rules: { 'phi/snn': 'error' } }, false],
    ['an unknown family', { rules: { 'privacy/*': 'error' } }, false],
    ['options on a family', { rules: { 'phi/*': ['warn', {}] } }, false],
    ['options on a rule that has none', { rules: { 'phi/ssn': ['error', { minDigits: 4 }] } }, false],
    ['a bad option value', { rules: { 'readability/grade-level': ['warn', { maxGrade: 'seven' }] } }, false],
    ['an unknown option', { rules: { 'readability/grade-level': ['warn', { grade: 7 }] } }, false],
    ['an unknown preset', { extends: ['hcpost:all'] }, false],
    ['a directive setting that is not a severity', { requireDirectiveReason: true }, false],
    ['an unknown top-level key', { reportUnused: 'warn' }, false],
  ])('agrees with hcpost on %s', (label, config, valid) => {
    expect(expectAgreement(config, label)).toBe(valid);
  });
});
