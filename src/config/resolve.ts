import { rules as builtinRules } from '../../rules/index.js';
import { ConfigError } from '../cli/errors.js';
import { messages } from '../cli/messages.js';
import type {
  Config, DirectiveSettings, ResolvedConfig, ResolvedRule, Rule, RuleId, RuleSetting, Severity,
} from '../types.js';
import { configSchema, FAMILIES, ORGANIZATION_KEYS } from './config-schema.js';
import { DEFAULT_PRESET, isPresetName, PRESET_NAMES, presetDirectives, presetSeverities } from './presets.js';
import { suggest } from './suggest.js';
import { keyPath, validateOrThrow } from './validate.js';

/** How to name the config in messages, and which rules exist. */
export interface ResolveOptions {
  /** The config file as shown in messages (default: `filePath`, or "the config"). */
  readonly display?: string;
  /** Key path of the config inside its file: "hcpost" for package.json. */
  readonly keyPrefix?: string;
  /** Rules to resolve against instead of the built-in registry (tests). */
  readonly registry?: readonly Rule<unknown>[];
  /** Skip the schema check: the config is known to be valid (built-in defaults). */
  readonly trusted?: boolean;
}

/**
 * Validates a config as written and applies presets, rule settings and rule option defaults.
 * A config without `extends` starts from `hcpost:recommended`; `extends: []` starts from nothing.
 * In `rules`, `family/*` entries apply before single-rule entries, whatever their order.
 * @throws ConfigError naming the file, the key path and what was expected.
 */
export function resolveConfig(config: Config, filePath?: string, options: ResolveOptions = {}): ResolvedConfig {
  const file = options.display ?? filePath ?? 'the config';
  const prefix = options.keyPrefix ?? '';
  const registry = options.registry ?? builtinRules;
  if (!options.trusted) validateOrThrow(configSchema, config, { file, base: prefix }, filePath);

  const byId = new Map(registry.map((rule) => [rule.meta.id as string, rule]));
  const severities = new Map<RuleId, Severity | 0>();
  const presets = config.extends === undefined ? [DEFAULT_PRESET] : ([] as string[]).concat(config.extends);
  let directives: DirectiveSettings = {};
  for (const name of presets) {
    if (!isPresetName(name)) throw new ConfigError(messages.unknownPreset(name, file, PRESET_NAMES, suggest(name, PRESET_NAMES)), filePath);
    for (const [id, severity] of presetSeverities(name, registry)) severities.set(id, severity);
    directives = { ...directives, ...presetDirectives(name) };
  }
  directives = withSetting(directives, 'reportUnused', config.reportUnusedDisableDirectives);
  directives = withSetting(directives, 'requireReason', config.requireDirectiveReason);

  const entries = Object.entries(config.rules ?? {});
  const userOptions = new Map<RuleId, unknown>();
  for (const [key, setting] of entries) {
    if (!key.endsWith('/*')) continue;
    const family = key.slice(0, -2);
    if (!(FAMILIES as readonly string[]).includes(family)) {
      throw new ConfigError(messages.unknownFamily(key, file, FAMILIES, suggest(family, FAMILIES)), filePath);
    }
    if (Array.isArray(setting) && setting.length > 1) {
      throw new ConfigError(messages.familyWithOptions(keyPath(prefix, `/rules/${pointer(key)}`), file), filePath);
    }
    for (const rule of registry) if (rule.meta.id.startsWith(`${family}/`)) severities.set(rule.meta.id, severityOf(setting));
  }
  for (const [key, setting] of entries) {
    if (key.endsWith('/*')) continue;
    const rule = byId.get(key);
    if (!rule) throw new ConfigError(messages.unknownRule(key, file, suggest(key, byId.keys())), filePath);
    severities.set(rule.meta.id, severityOf(setting));
    if (Array.isArray(setting) && setting.length > 1) userOptions.set(rule.meta.id, setting[1]);
  }

  const resolved = new Map<RuleId, ResolvedRule>();
  for (const [id, severity] of severities) {
    if (severity === 0) continue;
    const rule = byId.get(id)!;
    const base = keyPath(prefix, `/rules/${pointer(id)}/1`);
    resolved.set(id, { severity, options: ruleOptions(rule, userOptions.get(id), { file, base }, filePath) });
  }

  const organization = Object.fromEntries(
    ORGANIZATION_KEYS.map((key) => [key, [...(config.organization?.[key] ?? [])]]),
  ) as unknown as ResolvedConfig['organization'];
  return {
    rules: resolved,
    organization,
    ignores: [...(config.ignores ?? [])],
    ...(filePath === undefined ? {} : { filePath }),
    ...(Object.keys(directives).length === 0 ? {} : { directives }),
  };
}

/** A directive check set by the config over the presets': "off" removes it. */
function withSetting(
  settings: DirectiveSettings, key: keyof DirectiveSettings, setting: RuleSetting | undefined,
): DirectiveSettings {
  if (setting === undefined) return settings;
  const { [key]: _dropped, ...rest } = settings;
  const severity = severityOf(setting);
  return severity === 0 ? rest : { ...rest, [key]: severity };
}

/** A JSON pointer segment for a key. */
const pointer = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

function severityOf(setting: RuleSetting): Severity | 0 {
  const value = Array.isArray(setting) ? setting[0] : setting;
  if (value === 'off' || value === 0) return 0;
  return value === 'warn' || value === 1 ? 1 : 2;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** User options merged over the rule's defaults, then checked against the rule's schema. */
function ruleOptions(rule: Rule<unknown>, user: unknown, where: { file: string; base: string }, filePath?: string): unknown {
  const { schema, defaults } = rule.meta;
  if (user === undefined) return defaults;
  if (!schema) throw new ConfigError(messages.ruleTakesNoOptions(rule.meta.id, where.base, where.file), filePath);
  const merged = isPlainObject(user) && isPlainObject(defaults) ? { ...defaults, ...user } : user;
  validateOrThrow(schema, merged, where, filePath);
  return merged;
}
