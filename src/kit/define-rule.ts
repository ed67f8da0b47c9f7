import type { Rule } from '../types.js';

/** Identity function that gives a rule object its types (as ESLint's and markdownlint's helpers do). */
export function defineRule<O = undefined>(rule: Rule<O>): Rule<O> {
  return rule;
}
