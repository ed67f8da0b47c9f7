import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/cli/errors.js';
import { CONFIG_FILE_NAMES, loadConfig } from '../src/config/load.js';
import { resolveConfig } from '../src/config/resolve.js';
import { suggest } from '../src/config/suggest.js';
import type { Config, ResolvedConfig, Rule } from '../src/types.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/configs');

// A registry of stand-ins, so these tests do not change when real rules are added or tuned.
const fake = (meta: Partial<Rule['meta']> & Pick<Rule['meta'], 'id' | 'severity'>): Rule<unknown> => ({
  meta: { description: 'test rule', scopes: ['body'], messages: {}, ...meta },
  check: () => {},
});
const registry: Rule<unknown>[] = [
  fake({
    id: 'phi/ssn', severity: 'error', defaults: { minDigits: 9, lastFour: true },
    schema: {
      type: 'object', additionalProperties: false,
      properties: { minDigits: { type: 'integer', minimum: 1 }, lastFour: { type: 'boolean' } },
    },
  }),
  fake({ id: 'phi/phone', severity: 'warn' }),
  fake({ id: 'citation/unsourced-claim', severity: 'warn', strictOnly: true }),
  fake({ id: 'claims/miracle', severity: 'error' }),
];

const resolve = (config: unknown): ResolvedConfig =>
  resolveConfig(config as Config, '/p/.hcpostrc.yaml', { display: '.hcpostrc.yaml', registry });
const summary = (c: ResolvedConfig): Record<string, unknown> =>
  Object.fromEntries([...c.rules].map(([id, r]) => [id, r.options === undefined ? r.severity : [r.severity, r.options]]));
const messageOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('resolveConfig', () => {
  it('starts from hcpost:recommended: every rule not strictOnly, at its own severity, with its defaults', () => {
    const resolved = resolve({});
    expect(summary(resolved)).toEqual({
      'phi/ssn': [2, { minDigits: 9, lastFour: true }], 'phi/phone': 1, 'claims/miracle': 2,
    });
    expect(resolved.organization).toEqual({ names: [], phones: [], emails: [], domains: [], addresses: [] });
    expect(resolved.ignores).toEqual([]);
    expect(resolved.filePath).toBe('/p/.hcpostrc.yaml');
  });

  it('hcpost:strict adds strictOnly rules and raises phi warnings to errors', () => {
    expect(summary(resolve({ extends: ['hcpost:strict'] }))).toEqual({
      'phi/ssn': [2, { minDigits: 9, lastFour: true }], 'phi/phone': 2, 'citation/unsourced-claim': 1, 'claims/miracle': 2,
    });
  });

  it('directive checks: hcpost:strict requires reasons; the config keys set or turn off either check', () => {
    expect(resolve({}).directives).toBeUndefined();
    expect(resolve({ extends: ['hcpost:strict'] }).directives).toEqual({ requireReason: 2 });
    expect(resolve({ extends: ['hcpost:strict'], requireDirectiveReason: 'off' }).directives).toBeUndefined();
    expect(resolve({ reportUnusedDisableDirectives: 'warn', requireDirectiveReason: 2 }).directives)
      .toEqual({ reportUnused: 1, requireReason: 2 });
    expect(messageOf(() => resolve({ reportUnusedDisableDirectives: true }))).toBe(
      'Invalid config in .hcpostrc.yaml: reportUnusedDisableDirectives should be one of "off", "warn", "error", 0, 1, 2.');
  });

  it('extends: [] starts from nothing', () => {
    expect(summary(resolve({ extends: [], rules: { 'phi/phone': 'error' } }))).toEqual({ 'phi/phone': 2 });
  });

  it('applies family/* before single rules, whatever the key order, and accepts 0/1/2', () => {
    expect(summary(resolve({ rules: { 'phi/ssn': 1, 'phi/*': 'off', 'claims/*': ['warn'] } }))).toEqual({
      'phi/ssn': [1, { minDigits: 9, lastFour: true }], 'claims/miracle': 1,
    });
  });

  it('merges rule options over the defaults', () => {
    expect(summary(resolve({ rules: { 'phi/ssn': ['warn', { minDigits: 4 }] } }))['phi/ssn'])
      .toEqual([1, { minDigits: 4, lastFour: true }]);
  });

  it('keeps organization facts and ignores', () => {
    const resolved = resolve({ organization: { names: ['Dr. Maya Chen'], domains: ['example.org'] }, ignores: ['old/**'] });
    expect(resolved.organization).toEqual({ names: ['Dr. Maya Chen'], phones: [], emails: [], domains: ['example.org'], addresses: [] });
    expect(resolved.ignores).toEqual(['old/**']);
  });

  it.each<[string, unknown, string]>([
    ['an unknown rule, with a suggestion', { rules: { 'phi/snn': 'error' } },
      'Unknown rule "phi/snn" in .hcpostrc.yaml. Did you mean "phi/ssn"?'],
    ['an unknown rule, nothing close', { rules: { 'tone/cheerful': 'error' } },
      'Unknown rule "tone/cheerful" in .hcpostrc.yaml.'],
    ['an unknown family', { rules: { 'phii/*': 'off' } },
      'Unknown rule family "phii/*" in .hcpostrc.yaml. Did you mean "phi"? Families are: phi, citation, professionalism, boundary, claims, disclosure, accessibility, platform, readability.'],
    ['options for a family', { rules: { 'phi/*': ['error', {}] } },
      'Invalid config in .hcpostrc.yaml: rules["phi/*"] sets a whole family, so it can only take a severity ("off", "warn" or "error"), not options.'],
    ['a bad severity word', { rules: { 'phi/ssn': 'warning' } },
      'Invalid config in .hcpostrc.yaml: rules["phi/ssn"] should be "off", "warn" or "error" (or 0, 1, 2), or a list like ["error", { options }].'],
    ['a bad severity in a list', { rules: { 'phi/ssn': [3, {}] } },
      'Invalid config in .hcpostrc.yaml: rules["phi/ssn"] should be "off", "warn" or "error" (or 0, 1, 2), or a list like ["error", { options }].'],
    ['a wrong option type', { rules: { 'phi/ssn': ['error', { minDigits: 'four' }] } },
      'Invalid config in .hcpostrc.yaml: rules["phi/ssn"][1].minDigits should be a whole number.'],
    ['an option out of range', { rules: { 'phi/ssn': ['error', { minDigits: 0 }] } },
      'Invalid config in .hcpostrc.yaml: rules["phi/ssn"][1].minDigits should be at least 1.'],
    ['an unknown option', { rules: { 'phi/ssn': ['error', { minDigit: 4 }] } },
      'Invalid config in .hcpostrc.yaml: unknown key "minDigit" in rules["phi/ssn"][1]. Did you mean "minDigits"? Allowed keys: minDigits, lastFour.'],
    ['options for a rule without any', { rules: { 'claims/miracle': ['error', { strict: true }] } },
      'Invalid config in .hcpostrc.yaml: rules["claims/miracle"][1] gives options, but the rule "claims/miracle" has none. Use just a severity.'],
    ['an unknown top-level key', { rulez: {} },
      'Invalid config in .hcpostrc.yaml: unknown key "rulez". Did you mean "rules"? Allowed keys: extends, rules, ignores, organization, reportUnusedDisableDirectives, requireDirectiveReason.'],
    ['an unknown organization key', { organization: { phone: ['1'] } },
      'Invalid config in .hcpostrc.yaml: unknown key "phone" in organization. Did you mean "phones"? Allowed keys: names, phones, emails, domains, addresses.'],
    ['a string where a list belongs', { organization: { phones: '555-0100' } },
      'Invalid config in .hcpostrc.yaml: organization.phones should be a list.'],
    ['a number in a list of text', { ignores: ['ok', 5] },
      'Invalid config in .hcpostrc.yaml: ignores[1] should be text.'],
    ['extends of the wrong type', { extends: 5 },
      'Invalid config in .hcpostrc.yaml: extends should be text or a list.'],
    ['an unknown preset', { extends: ['hcpost:recomended'] },
      'Unknown preset "hcpost:recomended" in .hcpostrc.yaml. Did you mean "hcpost:recommended"? Presets are: "hcpost:recommended", "hcpost:strict".'],
    ['a list at the top level', ['phi/ssn'],
      'Invalid config in .hcpostrc.yaml: the file should hold "key: value" entries at the top level, such as "rules:".'],
  ])('rejects %s with one exact sentence', (_name, config, expected) => {
    expect(messageOf(() => resolve(config))).toBe(expected);
  });
});

describe('suggest', () => {
  it('finds one-edit typos, including swapped letters, and nothing for distant words', () => {
    expect(suggest('phi/snn', ['phi/phone', 'phi/ssn'])).toBe('phi/ssn');
    expect(suggest('phi/sns', ['phi/phone', 'phi/ssn'])).toBe('phi/ssn');
    expect(suggest('--fromat', ['--format', '--config'])).toBe('--format');
    expect(suggest('tone/cheerful', ['phi/ssn'])).toBeUndefined();
  });
});

describe('loadConfig', () => {
  let tmp: string | undefined;
  afterEach(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    tmp = undefined;
  });
  /** root/a/b, with files written relative to root; returns root. */
  const tree = (files: Record<string, string>): string => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'hcpost-config-'));
    mkdirSync(path.join(tmp, 'a/b'), { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(tmp, name), text);
    return tmp;
  };
  const CONTENT: Record<string, string> = {
    '.hcpostrc.yaml': 'rules: { phi/phone: off }\n',
    '.hcpostrc.yml': 'rules: { phi/phone: off }\n',
    '.hcpostrc.json': '{ "rules": { "phi/phone": "off" } }\n',
    'hcpost.config.yaml': 'rules: { phi/phone: off }\n',
    'package.json': '{ "name": "x", "hcpost": { "rules": { "phi/phone": "off" } } }\n',
  };

  it.each(CONFIG_FILE_NAMES)('finds %s two folders up and applies it', async (name) => {
    const root = tree({ [name]: CONTENT[name]! });
    const config = await loadConfig({ cwd: path.join(root, 'a/b'), registry });
    expect(config.filePath).toBe(path.join(root, name));
    expect(config.rules.has('phi/phone')).toBe(false);
    expect(config.rules.has('phi/ssn')).toBe(true);
  });

  it('takes names in a fixed order within one folder', async () => {
    const root = tree(CONTENT);
    const found: string[] = [];
    for (const name of CONFIG_FILE_NAMES) {
      const config = await loadConfig({ cwd: root, registry });
      found.push(path.basename(config.filePath!));
      rmSync(path.join(root, name));
    }
    expect(found).toEqual([...CONFIG_FILE_NAMES]);
    expect((await loadConfig({ cwd: root, registry })).filePath).toBeUndefined();
  });

  it('prefers the nearest folder over a better name further up', async () => {
    const root = tree({ '.hcpostrc.yaml': CONTENT['.hcpostrc.yaml']!, 'a/package.json': CONTENT['package.json']! });
    expect((await loadConfig({ cwd: path.join(root, 'a/b'), registry })).filePath).toBe(path.join(root, 'a/package.json'));
  });

  it('skips a package.json without an "hcpost" key', async () => {
    const root = tree({ '.hcpostrc.yml': CONTENT['.hcpostrc.yml']!, 'a/package.json': '{ "name": "hcpost-drafts" }' });
    expect((await loadConfig({ cwd: path.join(root, 'a'), registry })).filePath).toBe(path.join(root, '.hcpostrc.yml'));
  });

  it('uses hcpost:recommended when there is no config, and for an empty file', async () => {
    const root = tree({});
    const none = await loadConfig({ cwd: path.join(root, 'a/b'), registry });
    expect(none.filePath).toBeUndefined();
    expect(summary(none)).toEqual(summary(resolve({})));
    const empty = await loadConfig({ cwd: FIXTURES, configFile: 'empty.yaml', registry });
    expect(summary(empty)).toEqual(summary(resolve({})));
  });

  it('names a config found further up relative to cwd', async () => {
    const root = tree({ '.hcpostrc.yaml': 'rules: { phi/snn: off }\n' });
    await expect(loadConfig({ cwd: path.join(root, 'a/b'), registry }))
      .rejects.toThrow('Unknown rule "phi/snn" in ../../.hcpostrc.yaml. Did you mean "phi/ssn"?');
  });

  it('reads every key of a full config', async () => {
    const config = await loadConfig({ cwd: FIXTURES, configFile: 'valid-full.yaml', registry });
    expect(summary(config)).toEqual({
      'phi/ssn': [2, { minDigits: 4, lastFour: true }], 'phi/phone': 1, 'citation/unsourced-claim': 1,
    });
    expect(config.ignores).toEqual(['drafts/archive']);
    expect(config.organization.phones).toEqual(['555-0100']);
    expect(config.filePath).toBe(path.join(FIXTURES, 'valid-full.yaml'));
  });

  it.each<[string, string]>([
    ['missing.yaml', 'Config file missing.yaml was not found. Check the path given to --config.'],
    ['bad-yaml-syntax.yaml',
      'Invalid YAML in config bad-yaml-syntax.yaml:2:12: nested mappings are not allowed in compact mappings. Check the indentation, quotes and commas there.'],
    ['bad-json-syntax.json',
      'Invalid JSON in config bad-json-syntax.json:4:3: expected double-quoted property name. Check the indentation, quotes and commas there.'],
    ['unknown-rule.yaml', 'Unknown rule "phi/snn" in unknown-rule.yaml. Did you mean "phi/ssn"?'],
    ['bad-severity.yaml',
      'Invalid config in bad-severity.yaml: rules["phi/ssn"] should be "off", "warn" or "error" (or 0, 1, 2), or a list like ["error", { options }].'],
    ['bad-option.yaml', 'Invalid config in bad-option.yaml: rules["phi/ssn"][1].minDigits should be a whole number.'],
    ['bad-organization.yaml', 'Invalid config in bad-organization.yaml: organization.phones should be a list.'],
    ['unknown-key.yaml',
      'Invalid config in unknown-key.yaml: unknown key "rulez". Did you mean "rules"? Allowed keys: extends, rules, ignores, organization, reportUnusedDisableDirectives, requireDirectiveReason.'],
    ['unknown-preset.yaml',
      'Unknown preset "hcpost:recomended" in unknown-preset.yaml. Did you mean "hcpost:recommended"? Presets are: "hcpost:recommended", "hcpost:strict".'],
    ['not-a-mapping.yaml',
      'Invalid config in not-a-mapping.yaml: the file should hold "key: value" entries at the top level, such as "rules:".'],
    ['package.json', 'Invalid config in package.json: hcpost.rules["phi/ssn"][1].minDigits should be at least 1.'],
  ])('explains what is wrong with %s', async (file, expected) => {
    const error = await loadConfig({ cwd: FIXTURES, configFile: file, registry }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(expected);
  });

  it('refuses a package.json without an "hcpost" key given with --config', async () => {
    const root = tree({ 'package.json': '{ "name": "x" }' });
    await expect(loadConfig({ cwd: root, configFile: 'package.json', registry }))
      .rejects.toThrow('package.json has no "hcpost" key, so it cannot be used as a config file.');
  });
});
