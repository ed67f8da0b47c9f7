/**
 * JSON Schema (draft-07, checked by ajv) for a config file as written: CONTRACT keys only.
 * Rule ids are checked against the registry in resolve.ts, and rule options against each
 * rule's own `meta.schema`, so here a rule's options are `{}` (anything).
 */

import type { Family } from '../types.js';

const stringList = { type: 'array', items: { type: 'string' } } as const;

/** The rule families of CONTRACT section 4, for `family/*` keys. */
export const FAMILIES: readonly Family[] = ['phi', 'citation', 'professionalism', 'boundary', 'claims',
  'disclosure', 'accessibility', 'platform', 'readability'];

/** Severity words and numbers, as ESLint accepts them. */
export const SEVERITIES = ['off', 'warn', 'error', 0, 1, 2] as const;

export const ORGANIZATION_KEYS = ['names', 'phones', 'emails', 'domains', 'addresses'] as const;

export const configSchema = {
  $id: 'https://hcpost.dev/schema/config.json',
  type: 'object',
  additionalProperties: false,
  properties: {
    // Lets editors offer completion; ignored by hcpost.
    $schema: { type: 'string' },
    extends: { anyOf: [{ type: 'string' }, stringList] },
    rules: {
      type: 'object',
      additionalProperties: { $ref: '#/definitions/ruleSetting' },
    },
    ignores: stringList,
    organization: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(ORGANIZATION_KEYS.map((key) => [key, stringList])),
    },
    reportUnusedDisableDirectives: { $ref: '#/definitions/severity' },
    requireDirectiveReason: { $ref: '#/definitions/severity' },
  },
  definitions: {
    severity: { enum: SEVERITIES },
    ruleSetting: {
      anyOf: [
        { $ref: '#/definitions/severity' },
        {
          type: 'array',
          minItems: 1,
          maxItems: 2,
          items: [{ $ref: '#/definitions/severity' }, {}],
        },
      ],
    },
  },
} as const;

/** Top-level keys a config may have, for "unknown key" suggestions. */
export const CONFIG_KEYS = [
  'extends', 'rules', 'ignores', 'organization', 'reportUnusedDisableDirectives', 'requireDirectiveReason',
] as const;
