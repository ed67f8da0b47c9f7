import { termRule } from '../../../src/kit/term-rule.js';
import { STIGMATIZING_TERMS } from './data.js';

// Person-first wording is a suggestion, and some communities prefer identity-first terms: warn only.
export default termRule({
  meta: {
    id: 'professionalism/stigmatizing-language',
    description: 'Labels that reduce people to a condition or stigmatise it; person-first wording is suggested.',
    severity: 'warn',
    scopes: ['body', 'alt', 'caption', 'meta.title'],
    messages: {
      substitute: '"{{term}}" labels or stigmatises people.{{note}} Consider "{{prefer}}" instead.',
      avoid: '"{{term}}" labels or stigmatises people.{{note}} Describe the behaviour or the condition instead.',
    },
  },
  entries: STIGMATIZING_TERMS,
});
