import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { describeFindings, expectedFindings, fixtureFiles, lintFixture, RULES_DIR } from './helpers/rule-fixtures.js';

// Every rule folder's fixtures carry their expected findings, so a new rule needs no test code.
for (const rule of rules) {
  const dir = path.join(RULES_DIR, rule.meta.id);
  describe(rule.meta.id, () => {
    for (const file of fixtureFiles(dir)) {
      const name = path.relative(dir, file);
      it(name, () => {
        const result = lintFixture(rule, file);
        expect(result.messages.filter((m) => m.fatal)).toEqual([]);
        expect(describeFindings(result)).toEqual(expectedFindings(file));
      });
    }
  });
}
