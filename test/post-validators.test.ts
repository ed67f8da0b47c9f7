import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { AJV_OPTIONS, JSON_POST_SCHEMA, POST_META_SCHEMA } from '../src/input/post-schema.js';

// The build precompiles the post schemas (scripts/gen-validators.mjs); they must judge exactly as
// a run-time compile of the schemas in src/ does, or the two paths would drift.
const built = path.resolve(import.meta.dirname, '../dist/validators/post.cjs');

describe('precompiled post validators', () => {
  it('match a run-time compile of the current schemas', () => {
    expect(fs.existsSync(built)).toBe(true);
    const pre = createRequire(import.meta.url)(built) as { meta: ValidateFunction; json: ValidateFunction };
    const ajv = new Ajv(AJV_OPTIONS);
    const live = { meta: ajv.compile(POST_META_SCHEMA), json: ajv.compile(JSON_POST_SCHEMA) };
    const cases: unknown[] = [
      {}, { platform: 'facebook', type: 'reply' }, { platform: 'myspace' }, { sponsored: 'yes' },
      { sources: [1] }, { consent: { id: 3, scope: 'name' } }, { media: [{ src: 'a.jpg', alt: 5 }] },
      { text: 'hi' }, { text: 4 }, { id: 'x' }, [], 'text', null,
    ];
    for (const kind of ['meta', 'json'] as const) {
      for (const c of cases) {
        const a = pre[kind](c);
        const b = live[kind](c);
        expect([kind, c, a]).toEqual([kind, c, b]);
        expect(pre[kind].errors ?? null).toEqual(live[kind].errors ?? null);
      }
    }
  });
});
