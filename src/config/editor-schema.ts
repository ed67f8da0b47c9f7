/**
 * The JSON Schema shipped for editors (schema/hcpostrc.schema.json), built from the schema hcpost
 * validates with (config-schema.ts) plus what resolve.ts checks in code: rule ids, families,
 * presets and each rule's options. Editors then offer completion and flag what hcpost would refuse.
 * scripts/gen-config-schema.mjs writes it; test/config-schema.test.ts keeps file and code in step.
 */
import type { Rule, RuleMeta } from '../types.js';
import { configSchema, FAMILIES, ORGANIZATION_KEYS } from './config-schema.js';
import { PRESET_NAMES } from './presets.js';

const SEVERITY = { $ref: '#/definitions/severity' } as const;
/** A setting without options: a severity or a one-item list (rules without options, `family/*`). */
const SEVERITY_ONLY = { anyOf: [SEVERITY, { type: 'array', minItems: 1, maxItems: 1, items: [SEVERITY] }] } as const;

const KEY_HELP: Readonly<Record<string, string>> = {
  $schema: 'The schema editors use for completion; hcpost ignores it.',
  extends: 'Presets to start from, in order: "hcpost:recommended" (the default) or "hcpost:strict".',
  rules: 'Rule settings: "off", "warn" or "error" (or 0, 1, 2), or [severity, { options }]. "family/*" sets a whole family.',
  ignores: 'Globs of files not to check, relative to this config file\'s folder.',
  organization: 'Your own organisation\'s details: never reported as patient information.',
  reportUnusedDisableDirectives: 'Report hcpost-disable comments that silence nothing ("off", "warn" or "error").',
  requireDirectiveReason: 'Report hcpost-disable comments without a "-- reason" ("off", "warn" or "error"; "error" in hcpost:strict).',
};

const ORGANIZATION_HELP: Readonly<Record<(typeof ORGANIZATION_KEYS)[number], string>> = {
  names: 'Names of the organisation and its staff.',
  phones: 'The organisation\'s own phone and fax numbers.',
  emails: 'The organisation\'s own email addresses.',
  domains: 'The organisation\'s own web domains.',
  addresses: 'The organisation\'s own street addresses.',
};

/** A rule's setting: a severity, or [severity] / [severity, options] when the rule takes options. */
function ruleSetting(meta: RuleMeta<unknown>): object {
  const description = `${meta.description} Default: ${meta.strictOnly ? 'off (on in hcpost:strict)' : meta.severity}.`;
  // allOf, not a bare $ref: draft-07 ignores keywords beside $ref, and the description must show.
  if (meta.schema === undefined) return { description, allOf: [{ $ref: '#/definitions/severityOnly' }] };
  const options = { ...meta.schema, ...(hasKeys(meta.defaults) ? { default: meta.defaults } : {}) };
  return { description, anyOf: [SEVERITY, { type: 'array', minItems: 1, maxItems: 2, items: [SEVERITY, options] }] };
}

const hasKeys = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Object.keys(value).length > 0;

/** The editor schema for `registry`, as an object. */
export function editorSchema(registry: readonly Rule<unknown>[]): Record<string, unknown> {
  const metas = registry.map((r) => r.meta).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const preset = { enum: PRESET_NAMES };
  const { $id: _codeId, properties, definitions, ...rest } = configSchema;
  const refined: Record<string, object> = {
    ...properties,
    extends: { anyOf: [preset, { type: 'array', items: preset }] },
    rules: {
      type: 'object',
      properties: Object.fromEntries(metas.map((m) => [m.id, ruleSetting(m)])),
      patternProperties: {
        [`^(${FAMILIES.join('|')})/\\*$`]: { $ref: '#/definitions/severityOnly' },
      },
      additionalProperties: false,
    },
    organization: {
      ...properties.organization,
      properties: Object.fromEntries(ORGANIZATION_KEYS.map((k) => [k, { ...properties.organization.properties[k], description: ORGANIZATION_HELP[k] }])),
    },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://hcpost.dev/schema/hcpostrc.schema.json',
    title: 'hcpost config',
    description: 'Config for hcpost, the HIPAA-aware linter for healthcare social-media drafts (.hcpostrc.yaml, .hcpostrc.json, hcpost.config.yaml).',
    ...rest,
    properties: Object.fromEntries(Object.entries(refined).map(([key, schema]) => [key, { description: KEY_HELP[key], ...schema }])),
    definitions: { ...definitions, severityOnly: SEVERITY_ONLY },
  };
}

/** The file's exact text: two-space JSON and a final newline. */
export function renderEditorSchema(registry: readonly Rule<unknown>[]): string {
  return `${JSON.stringify(editorSchema(registry), null, 2)}\n`;
}
