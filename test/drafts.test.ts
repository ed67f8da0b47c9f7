import { describe, expect, it } from 'vitest';
import { hcpost, ROOT } from './helpers/bin.js';

// `npx hcpost lint fixtures/drafts` is the demo in the README; fixtures/drafts/README.md says what
// each draft should show. Scored families only: accessibility/platform/readability may appear anywhere.
const SCORED = new Set(['phi', 'citation', 'professionalism', 'boundary', 'claims', 'disclosure']);
const EXPECTED: Record<string, Record<string, string[]>> = {
  'community-replies-rash-advice.json': { 'reply-rash-advice': ['boundary'] },
  'detox-tea-miracle-cure.md': { '': ['claims'] },
  'dr-personal-cell-dm-me.md': { '': ['boundary'] },
  'er-night-shift-rant.md': { '': ['professionalism'] },
  'flu-clinic-hours-clean.md': {},
  'heart-month-sourced-stat-clean.md': {},
  'knee-replacement-testimonial-consented-clean.md': {},
  'pacemaker-birthday-shoutout-phi.md': { '': ['phi'] },
  'review-reply-parking-clean.json': {},
  'review-reply-root-canal.md': { '': ['phi'] },
  'smoothie-partner-discount-code-no-ad.md': { '': ['disclosure'] },
  'sunscreen-sponsored-disclosed-clean.md': {},
  'vitamin-d-studies-show-unsourced.md': { '': ['citation'] },
  'week-queue-mixed.json': { 'billing-reply': ['phi'] },
};

interface Result { filePath: string; messages: { ruleId: string | null; postId?: string; message: string }[] }

describe('the demo drafts (real binary)', () => {
  const run = hcpost(['lint', '--format', 'json', 'fixtures/drafts'], { cwd: ROOT });

  it('exits 1, because some drafts have errors', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });

  it('reports exactly the families each draft should show, clean drafts clean', () => {
    const results = JSON.parse(run.stdout) as Result[];
    const got: Record<string, Record<string, string[]>> = {};
    for (const r of results) {
      const by: Record<string, Set<string>> = {};
      for (const m of r.messages) {
        const family = (m.ruleId ?? 'fatal').split('/')[0]!;
        if (family === 'fatal' || SCORED.has(family)) (by[m.postId ?? ''] ??= new Set()).add(family);
      }
      got[r.filePath.split('/').pop()!] = Object.fromEntries(Object.entries(by).map(([k, v]) => [k, [...v].sort()]));
    }
    expect(got).toEqual(EXPECTED);
  });

  it('masks the patients\' details it reports', () => {
    for (const phi of ['Edna', 'Kowalski', '612 40 7781', 'Priya', 'Gloria']) expect(run.stdout).not.toContain(phi);
  });
});
