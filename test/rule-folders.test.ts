import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { fixtureFiles, lintFixture, RULES_DIR } from './helpers/rule-fixtures.js';

const HEADINGS = ['## Why', '## Flags', '## Does not flag', '## How to fix', '## Options', '## Sources'];

const folders = fs.readdirSync(RULES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((fam) => fs.readdirSync(path.join(RULES_DIR, fam.name), { withFileTypes: true })
    .filter((d) => d.isDirectory()).map((d) => `${fam.name}/${d.name}`));

// Our checkRuleFiles (ESLint's Makefile.js): every rule folder has what it needs.
describe('rule folders', () => {
  it('every folder under rules/ is registered in rules/index.ts', () => {
    const registered = new Set(rules.map((r) => r.meta.id));
    expect(folders.filter((f) => !registered.has(f as never))).toEqual([]);
  });

  it('rule ids are unique', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  for (const rule of rules) {
    const id = rule.meta.id;
    const dir = path.join(RULES_DIR, id);
    describe(id, () => {
      it('lives in rules/<family>/<name> matching its id', () => {
        expect(fs.existsSync(path.join(dir, 'rule.ts'))).toBe(true);
      });
      it('has a README with the fixed headings in order', () => {
        const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
        expect(readme.startsWith(`# ${id}\n`)).toBe(true);
        const at = HEADINGS.map((h) => readme.indexOf(`\n${h}\n`));
        expect(at.every((i) => i > 0)).toBe(true);
        expect([...at].sort((a, b) => a - b)).toEqual(at);
      });
      it('has at least one invalid and one valid fixture', () => {
        const files = fixtureFiles(dir);
        expect(files.some((f) => f.includes(`${path.sep}invalid${path.sep}`))).toBe(true);
        expect(files.some((f) => f.includes(`${path.sep}valid${path.sep}`))).toBe(true);
      });
      it('uses only messageIds it defines', () => {
        for (const file of fixtureFiles(dir)) {
          for (const m of lintFixture(rule, file).messages) {
            expect(Object.keys(rule.meta.messages)).toContain(m.messageId);
          }
        }
      });
      if (id.startsWith('phi/')) {
        it('is marked sensitive, so its matches are masked', () => {
          expect(rule.meta.sensitive).toBe(true);
        });
      }
    });
  }
});
