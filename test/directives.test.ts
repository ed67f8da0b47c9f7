import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine/lint-text.js';
import personalContact from '../rules/boundary/personal-contact/rule.js';
import solicitsPhi from '../rules/boundary/solicits-phi/rule.js';
import type { ResolvedConfig, Rule } from '../src/types.js';

const rules = [personalContact, solicitsPhi] as Rule<unknown>[];
const config: ResolvedConfig = {
  rules: new Map(rules.map((r) => [r.meta.id, { severity: 2 as const, options: {} }])),
  organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
  ignores: [],
};
const lint = (text: string, file = '/x/post.md', directives = {}) =>
  lintText(text, { filePath: file, config, rules, directives });
const where = (r: ReturnType<typeof lint>) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);

describe('inline directives', () => {
  it('disable-next-line skips blank lines and silences only the named rule', () => {
    const r = lint('<!-- hcpost-disable-next-line boundary/personal-contact -- clinic line, approved -->\n\nDM me today.\nDM me tomorrow.\n');
    expect(where(r)).toEqual(['4:1 boundary/personal-contact']);
    expect(r.suppressedMessages?.map((m) => [m.line, m.suppression])).toEqual([[3, { reason: 'clinic line, approved' }]]);
  });

  it('does not silence a rule it does not name', () => {
    const r = lint('<!-- hcpost-disable-next-line phi/date -->\nDM me today.\n');
    expect(where(r)).toEqual(['2:1 boundary/personal-contact']);
  });

  it('disable ... enable covers a range; a bare disable covers every rule', () => {
    const r = lint('DM me.\n<!-- hcpost-disable -->\nDM me.\nComment your meds below.\n<!-- hcpost-enable -->\nDM me.\n');
    expect(where(r)).toEqual(['1:1 boundary/personal-contact', '6:1 boundary/personal-contact']);
    expect(r.suppressedMessages).toHaveLength(2);
  });

  it('family/* and family names match the family', () => {
    const r = lint('<!-- hcpost-disable-file boundary/* -->\nDM me.\nComment your meds below.\n');
    expect(where(r)).toEqual([]);
  });

  it('reports unused directives and missing reasons when asked', () => {
    const r = lint('<!-- hcpost-disable-next-line boundary/solicits-phi -->\nDM me.\n', '/x/post.md',
      { reportUnused: 1, requireReason: 2 });
    expect(r.messages.map((m) => [m.line, m.ruleId, m.severity, m.message])).toEqual([
      [1, null, 1, 'This hcpost-disable-next-line comment silences nothing for boundary/solicits-phi; remove it.'],
      [1, null, 2, 'Say why this hcpost-disable-next-line comment is safe: add "-- <reason>" before "-->".'],
      [2, 'boundary/personal-contact', 2, expect.any(String)],
    ]);
  });

  it('a JSON post\'s "hcpost" key silences the rules it lists for that post only', () => {
    const text = JSON.stringify({ posts: [
      { id: 'a', text: 'DM me.', hcpost: { disable: ['boundary/personal-contact'], reason: 'staff account' } },
      { id: 'b', text: 'DM me.' },
    ] }, null, 1);
    const r = lint(text, '/x/posts.json');
    expect(r.messages.map((m) => m.postId)).toEqual(['b']);
    expect(r.suppressedMessages?.map((m) => [m.postId, m.suppression?.reason])).toEqual([['a', 'staff account']]);
  });
});
