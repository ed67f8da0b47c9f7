/**
 * ajv, loaded and compiled only when a config file (or rule options) must be checked, so a run
 * without a config never pays for it. Errors come back as one plain sentence naming the key path.
 */
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { ConfigError } from '../cli/errors.js';
import { messages } from '../cli/messages.js';
import { configSchema } from './config-schema.js';
import { suggest } from './suggest.js';

type AjvModule = typeof import('ajv');
type AjvInstance = InstanceType<AjvModule['default']>;

let ajv: AjvInstance | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    if (!ajv) {
      // createRequire keeps this synchronous (resolveConfig is sync) and lazy.
      const { default: Ajv } = createRequire(import.meta.url)('ajv') as AjvModule;
      // strictTuples off: a rule setting is a 1- or 2-item list, which strict mode would log about.
      // verbose: errors carry their schema, which the messages need (allowed keys).
      ajv = new Ajv({ allErrors: false, strictTuples: false, logger: false, verbose: true });
    }
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** Where the value sits, for messages. */
export interface KeyContext {
  /** The config file as shown to the user. */
  readonly file: string;
  /** Key path of the validated value, e.g. `rules["phi/ssn"][1]`; '' for the whole config. */
  readonly base: string;
}

/** Throws a ConfigError naming the first problem when `value` does not match `schema`. */
export function validateOrThrow(schema: object, value: unknown, where: KeyContext, filePath?: string): void {
  const validate = validatorFor(schema);
  if (validate(value)) return;
  const errors = validate.errors ?? [];
  throw new ConfigError(describe(pickError(errors), where), filePath);
}

/**
 * `anyOf` reports every branch's error, then itself. The most useful one to show is the deepest
 * branch error; a rule setting gets its own message because its branches read badly.
 */
function pickError(errors: readonly ErrorObject[]): ErrorObject {
  const anyOf = errors.find((e) => e.keyword === 'anyOf');
  if (!anyOf) return errors[0]!;
  if (isRuleSetting(anyOf)) return anyOf;
  const branches = errors.filter((e) => e.keyword !== 'anyOf');
  const depth = (e: ErrorObject): number => e.instancePath.split('/').length;
  const deepest = branches.reduce<ErrorObject | undefined>((a, e) => (!a || depth(e) > depth(a) ? e : a), undefined);
  if (!deepest) return anyOf;
  const sameLevel = branches.filter((e) => e.instancePath === deepest.instancePath);
  if (sameLevel.length > 1 && sameLevel.every((e) => e.keyword === 'type')) {
    const type = sameLevel.map((e) => String((e.params as { type: string }).type)).join(',');
    return { ...deepest, params: { type } };
  }
  return deepest;
}

/** The anyOf of a rule setting (ajv's schemaPath is relative to the $ref, so compare the schema itself). */
function isRuleSetting(error: ErrorObject): boolean {
  return error.keyword === 'anyOf' && error.schema === configSchema.definitions.ruleSetting.anyOf;
}

/** Joins a base key path and a JSON pointer: `rules` + `/phi~1ssn/1` -> `rules["phi/ssn"][1]`. */
export function keyPath(base: string, pointer: string): string {
  let out = base;
  if (pointer === '') return out;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(seg)) out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false',
  array: 'a list', object: 'a set of "key: value" entries', null: 'empty',
};

function describe(error: ErrorObject, where: KeyContext): string {
  const path = keyPath(where.base, error.instancePath);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    const key = String(params['additionalProperty']);
    const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {})
      .filter((k) => k !== '$schema');
    return messages.configUnknownKey(where.file, path, key, allowed, suggest(key, allowed));
  }
  if (path === where.base && error.keyword === 'type' && params['type'] === 'object' && where.base === '') {
    return messages.configInvalid(where.file, '', 'the file should hold "key: value" entries at the top level, such as "rules:"');
  }
  if (error.keyword === 'anyOf' && isRuleSetting(error)) {
    return messages.configInvalid(where.file, path,
      'should be "off", "warn" or "error" (or 0, 1, 2), or a list like ["error", { options }]');
  }
  return messages.configInvalid(where.file, path, expected(error, params));
}

function expected(error: ErrorObject, params: Record<string, unknown>): string {
  switch (error.keyword) {
    case 'type': {
      const types = String(params['type']).split(',');
      return `should be ${types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}`;
    }
    case 'enum':
      return `should be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `should be ${JSON.stringify(params['allowedValue'])}`;
    case 'anyOf':
    case 'oneOf':
      return 'does not have an allowed form';
    case 'minimum': case 'exclusiveMinimum': case 'maximum': case 'exclusiveMaximum': {
      const words: Record<string, string> = { '>=': 'at least', '>': 'more than', '<=': 'at most', '<': 'less than' };
      return `should be ${words[String(params['comparison'])] ?? String(params['comparison'])} ${String(params['limit'])}`;
    }
    case 'minItems': return `should have at least ${String(params['limit'])} item(s)`;
    case 'maxItems': return `should have at most ${String(params['limit'])} item(s)`;
    case 'minLength': return `should be at least ${String(params['limit'])} character(s) long`;
    case 'maxLength': return `should be at most ${String(params['limit'])} character(s) long`;
    case 'pattern': return `should match the pattern ${String(params['pattern'])}`;
    case 'required': return `is missing the key ${JSON.stringify(params['missingProperty'])}`;
    case 'uniqueItems': return 'should not list the same item twice';
    default: return error.message ?? 'is not valid';
  }
}
