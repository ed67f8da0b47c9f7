import { createRequire } from 'node:module';
import type { ErrorObject, SchemaObject, ValidateFunction } from 'ajv';
import type { Platform, PostType } from '../types.js';

/** CONTRACT section 2: the platforms a post may name. */
export const PLATFORMS: readonly Platform[] = [
  'facebook', 'instagram', 'x', 'linkedin', 'tiktok', 'youtube', 'threads', 'bluesky', 'generic',
];
/** CONTRACT section 2: the kinds of post. */
export const POST_TYPES: readonly PostType[] = ['post', 'reply', 'review-reply', 'ad', 'testimonial'];

// Each `description` is the phrase a message uses for what the value should be.
const text = { type: 'string', description: 'text' };
const id = { type: ['string', 'number'], description: 'text or a number' };
const textList = { type: ['string', 'array'], items: text, description: 'a list of text' };
const mediaKeys = 'src, alt, caption, consent';

/** The post keys of CONTRACT section 2. Every key is optional; unknown keys are allowed. */
export const POST_META_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    platform: { type: 'string', enum: PLATFORMS, description: `one of ${PLATFORMS.join(', ')}` },
    type: { type: 'string', enum: POST_TYPES, description: `one of ${POST_TYPES.join(', ')}` },
    author: text,
    title: text,
    sources: { ...textList, description: 'a list of links' },
    sponsored: { type: 'boolean', description: 'true or false' },
    consent: {
      type: 'object',
      description: 'a group of keys (id, scope)',
      properties: { id, scope: textList },
    },
    media: {
      type: 'array',
      description: `a list of images, each with ${mediaKeys}`,
      items: { type: 'object', description: `a group of keys (${mediaKeys})`, properties: { src: text, alt: text, caption: text, consent: id } },
    },
  },
};

/** A JSON post: the same keys, plus the required `text` and an optional `id`. */
export const JSON_POST_SCHEMA: SchemaObject = {
  ...POST_META_SCHEMA,
  properties: { ...POST_META_SCHEMA['properties'], text: { type: 'string', description: 'text in double quotes' }, id },
  required: ['text'],
};

/** One schema violation: where (keys and indexes) and what is wrong. */
export interface SchemaProblem {
  readonly path: readonly string[];
  /** `text` is missing (the only required key). */
  readonly missing?: string;
  /** What the value should be, e.g. "true or false". */
  readonly expected: string;
  /** The value as found, e.g. `"yes"` or "a list"; PHI-safe (long text is not quoted). */
  readonly found: string;
}

let validators: { meta: ValidateFunction; json: ValidateFunction } | undefined;

/** The ajv options both the build-time (scripts/gen-validators.mjs) and run-time compiles use. */
export const AJV_OPTIONS = { allErrors: true, verbose: true, allowUnionTypes: true, strict: true } as const;

// Where the build puts the precompiled validators, seen from dist/src/input or a bundle in dist/bundle.
const PRECOMPILED = ['../../validators/post.cjs', '../validators/post.cjs'];

function compiled(): { meta: ValidateFunction; json: ValidateFunction } {
  if (!validators) {
    const require = createRequire(import.meta.url);
    for (const rel of PRECOMPILED) {
      try {
        validators = require(new URL(rel, import.meta.url).pathname) as { meta: ValidateFunction; json: ValidateFunction };
        break;
      } catch {
        // not built (tests run from src/): compile below
      }
    }
    if (!validators) {
      const { Ajv } = require('ajv') as typeof import('ajv');
      const ajv = new Ajv(AJV_OPTIONS);
      validators = { meta: ajv.compile(POST_META_SCHEMA), json: ajv.compile(JSON_POST_SCHEMA) };
    }
  }
  return validators;
}

/** A value as a message shows it. Only short single words are quoted: values may be PHI. */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return /^[\w.+-]{1,20}$/u.test(v) ? `"${v}"` : 'text';
  if (typeof v === 'number') return 'a number';
  if (typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return 'empty';
  return Array.isArray(v) ? 'a list' : 'a group of keys';
}

function toProblem(e: ErrorObject): SchemaProblem {
  const path = e.instancePath === '' ? [] : e.instancePath.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (e.keyword === 'required') {
    const missing = String((e.params as { missingProperty?: unknown }).missingProperty);
    return { path, missing, expected: 'text', found: 'nothing' };
  }
  const parent = e.parentSchema as { description?: string } | undefined;
  // Platform and type names are never PHI, so a wrong one is shown as written.
  const found = e.keyword === 'enum' && typeof e.data === 'string' ? JSON.stringify(e.data.slice(0, 30)) : describeValue(e.data);
  return { path, expected: parent?.description ?? 'something else', found };
}

/** Schema problems of a plain value, one per offending key (first problem of each). */
export function schemaProblems(value: unknown, kind: 'meta' | 'json'): SchemaProblem[] {
  const validate = compiled()[kind];
  if (validate(value)) return [];
  const seen = new Set<string>();
  const out: SchemaProblem[] = [];
  for (const e of validate.errors ?? []) {
    const p = toProblem(e);
    const key = p.path.join('/') + (p.missing ?? '');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}
