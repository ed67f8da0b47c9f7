import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';

/**
 * A validator for the official SARIF 2.1.0 JSON Schema (test/fixtures/sarif-schema-2.1.0.json,
 * see test/fixtures/README.md). The schema is draft-07, which ajv 8 speaks by default. Its
 * `format` keywords (uri, date-time) need ajv-formats, which hcpost does not depend on, so
 * formats are not checked here; the tests check hcpost's URIs themselves.
 */
const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);

/** Schema errors of a SARIF log, as "path message" lines; empty when it is valid. */
export function sarifErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.message ?? ''}`);
}
