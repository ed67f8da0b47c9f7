import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/engine/lint-text.js';
import type { Finding, ResolvedConfig, Rule } from '../../../src/types.js';
import rule from './rule.js';

function lint(body: string, platform = 'instagram', options: object = {}): Finding[] {
  const config: ResolvedConfig = {
    rules: new Map([[rule.meta.id, { severity: 1, options: { ...rule.meta.defaults, ...options } }]]),
    organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
    ignores: [],
  };
  const text = `---\nplatform: ${platform}\nsponsored: true\n---\n${body}\n`;
  return lintText(text, { filePath: '/virtual/post.md', config, rules: [rule as Rule<unknown>] }).messages;
}

const LONG = 'Three stretches for tight hips: the couch stretch, the pigeon pose and the half-kneeling lunge. '
  + 'Hold each one for thirty seconds. #ad';

describe('disclosure/placement messages', () => {
  it('hashtags', () => {
    const [f] = lint('Our favourite winter SPF.\n#skincare #ad #spf');
    expect(f).toMatchObject({ severity: 1, line: 6, column: 11, endColumn: 14 });
    expect(f!.message).toBe('The disclosure "#ad" is buried in the hashtags at the end, where people skip it. '
      + 'Put "#ad" or "Paid partnership with <brand>" at the start of the post.');
  });
  it('late: Instagram only by default, configurable per platform', () => {
    const [f] = lint(LONG);
    expect(f!.message).toBe('The disclosure "#ad" comes after the first 125 characters, so Instagram hides it behind '
      + '"more". Move it to the start of the post.');
    expect(lint(LONG, 'tiktok')).toEqual([]);
    expect(lint(LONG, 'tiktok', { visibleChars: { tiktok: 100 } })).toHaveLength(1);
  });
});
