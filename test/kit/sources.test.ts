import { describe, expect, it } from 'vitest';
import { classifyUrl, findIdentifiers, hostIn, parseUrl } from '../../src/kit/sources.js';

const found = (text: string): string[] => findIdentifiers(text).map(([s, e, k]) => `${k}:${text.slice(s, e)}`);

describe('kit/sources identifiers', () => {
  it('DOIs, with the punctuation text drags after them trimmed (Crossref pattern)', () => {
    expect(found('See doi:10.5555/abc.2017.0412).')).toEqual(['doi:doi:10.5555/abc.2017.0412']);
    expect(found('(10.1002/(SICI)1097-0258(19980815)17:15<1661::AID-SIM968>3.0.CO;2-2, 1998)')[0]).toBe('doi:10.1002/(SICI)1097-0258(19980815)17:15');
    expect(found('Call 555-010.1234 today')).toEqual([]);
  });
  it('PMIDs (1-8 digits, no leading zero) and PMCIDs', () => {
    expect(found('(PMID: 30865557) and PMC1852221')).toEqual(['pmid:PMID: 30865557', 'pmcid:PMC1852221']);
    expect(found('PMID 012345')).toEqual([]);
  });
  it('a journal counts with a year, an institution does not', () => {
    expect(found('A 2022 study in The Lancet Public Health found')).toEqual(['journal:The Lancet Public Health']);
    expect(found('Teens who vape (JAMA, 2019).')).toEqual(['journal:JAMA']);
    expect(found('published in Pediatrics in 2014')).toEqual(['journal:published in Pediatrics']);
    expect(found('A new Harvard study found it works.')).toEqual([]);
    expect(found('Our JAMA subscription is great.')).toEqual([]);
    expect(found('Stroke risk doubled in 2020.')).toEqual([]);
  });
});

describe('kit/sources URLs', () => {
  it('parses hosts with or without a scheme, and skips mailto:, tel: and relative links', () => {
    expect(parseUrl('https://www.CDC.gov/flu/?a=1#x')).toEqual({ host: 'cdc.gov', path: '/flu/?a=1' });
    expect(parseUrl('heart.org/warningsigns')).toEqual({ host: 'heart.org', path: '/warningsigns' });
    expect(parseUrl('mailto:a@example.org')).toBeUndefined();
    expect(parseUrl('/about')).toBeUndefined();
  });
  it('classifies sites, the credible list first', () => {
    expect(classifyUrl('pubmed.ncbi.nlm.nih.gov', '/123/')).toBe('credible');
    expect(classifyUrl('vm.tiktok.com', '/x')).toBe('social');
    expect(classifyUrl('bit.ly', '/x')).toBe('shortener');
    expect(classifyUrl('amazon.co.jp', '/dp/1')).toBe('retail');
    expect(classifyUrl('shop.example.com', '/products/a')).toBe('retail');
    expect(classifyUrl('me.substack.com', '/p/a')).toBe('blog');
    expect(classifyUrl('mayoclinic.org', '/a')).toBe('unlisted');
    expect(classifyUrl('youtube.com', '/watch', ['youtube.com'])).toBe('credible');
    expect(classifyUrl('box.com', '/')).toBe('unlisted');
  });
  it('matches a host against short and long lists the same way: the entry, its subdomains, ".suffix" entries', () => {
    const short = ['cdc.gov', '.edu'];
    const long = [...short, ...Array.from({ length: 20 }, (_, i) => `site${i}.org`)];
    for (const list of [short, long]) {
      expect(['cdc.gov', 'www.cdc.gov', 'stacks.cdc.gov', 'med.umich.edu'].map((h) => hostIn(h, list))).toEqual([true, true, true, true]);
      expect(['notcdc.gov', 'cdc.gov.example.com', 'edu.example.com', 'gov'].map((h) => hostIn(h, list))).toEqual([false, false, false, false]);
    }
  });
});
