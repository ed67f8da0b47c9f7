import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint-text.js';
import { patientContext, type PatientDecision } from '../../src/kit/patient-context.js';
import type { ResolvedConfig, Rule } from '../../src/types.js';

/** The decision patientContext makes for the first occurrence of `word` in a post. */
function decide(body: string, word: string, type = 'post'): PatientDecision {
  let decision: PatientDecision | undefined;
  const probe: Rule<unknown> = {
    meta: { id: 'phi/probe', description: 'probe', severity: 'error', scopes: ['body'], messages: {} },
    check(ctx) {
      const map = ctx.prose[0]!;
      const start = map.text.indexOf(word);
      decision = patientContext(ctx, { map, start, end: start + word.length });
    },
  };
  const config: ResolvedConfig = {
    rules: new Map([['phi/probe', { severity: 2, options: {} }]]),
    organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
    ignores: [],
  };
  lintText(`---\ntype: ${type}\n---\n${body}\n`, { filePath: '/virtual/p.md', config, rules: [probe] });
  return decision!;
}

describe('patientContext', () => {
  it('a care event in the same sentence makes it a patient\'s', () => {
    const d = decide('She was admitted on March 3 after a fall at home.', 'March 3');
    expect(d.isPatient).toBe(true);
    expect(d.reasons.join(' ')).toContain('health word "admitted"');
  });
  it('care words in the neighbouring sentence count, at half weight', () => {
    const d = decide('She went home on Friday. Her hip replacement went perfectly.', 'Friday');
    expect(d.isPatient).toBe(true);
    expect(d.reasons).toContain('care words in a neighbouring sentence');
  });
  it('organisation events are not patients\' dates', () => {
    const d = decide('Free flu shots at our clinic on Oct 18, no appointment needed.', 'Oct 18');
    expect(d.isPatient).toBe(false);
    expect(d.reasons.join(' ')).toContain('organisation event');
  });
  it('public news and population statements are discounted', () => {
    expect(decide('The governor announced her cancer diagnosis on May 2.', 'May 2').isPatient).toBe(false);
    expect(decide('1 in 3 adults with diabetes were diagnosed after 45.', '45').isPatient).toBe(false);
  });
  it('health words inside a proper name are not care', () => {
    expect(decide('The Hope Valley Cancer Center opens on June 1.', 'June 1').isPatient).toBe(false);
  });
  it('reply posts lean towards the person addressed', () => {
    const post = decide('We left you a message on Tuesday about the bill.', 'Tuesday');
    const reply = decide('We left you a message on Tuesday about the bill.', 'Tuesday', 'reply');
    expect(reply.score).toBeGreaterThan(post.score);
    expect(reply.reasons).toContain('post type reply');
  });
});
