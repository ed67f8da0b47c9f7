import { describe, expect, it } from 'vitest';
import { lexiconPattern } from '../../src/kit/lexicon/conditions.js';

describe('kit/lexicon lexiconPattern', () => {
  const re = new RegExp(lexiconPattern(['heart', 'heart attack', "alzheimer's", 'covid-19', 'high blood pressure', 'A1C']), 'gi');
  const all = (t: string): string[] => [...t.matchAll(re)].map((m) => m[0]);
  it('matches whole entries, the longest first, with a plural, any case, hyphen or space, either apostrophe', () => {
    expect(all('Heart attacks and high-blood pressure')).toEqual(['Heart attacks', 'high-blood pressure']);
    expect(all('Alzheimer’s, COVID-19 cases, a1c and hearts')).toEqual(['Alzheimer’s', 'COVID-19', 'a1c', 'hearts']);
  });
  it('does not match inside a longer word', () => {
    expect(all('sweetheart, heartburn, café-heartés')).toEqual([]);
  });
});
