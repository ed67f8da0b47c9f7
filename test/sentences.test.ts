import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/text/sentences.js';
import { verbatimMap } from '../src/text/text-map.js';

const split = (t: string) => splitSentences(verbatimMap(t, 0, 'body')).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at end punctuation and line breaks, not after abbreviations or initials', () => {
    expect(split('Dr. Chen saw 40 patients, e.g. on Mon. M. Jones helped! Great.\nNext line'))
      .toEqual(['Dr. Chen saw 40 patients, e.g. on Mon. M. Jones helped!', 'Great.', 'Next line']);
  });
  it('splits after an emoji followed by a capitalised word, but not before a title', () => {
    expect(split('He walked again 😂 Next week he goes home. We ❤️ Dr. Chen'))
      .toEqual(['He walked again 😂', 'Next week he goes home.', 'We ❤️ Dr. Chen']);
  });
  it('keeps a parenthesis that ends in ! inside its sentence', () => {
    expect(split('Our team (shoutout to Ana!) has been great. Thanks (really!) Bye'))
      .toEqual(['Our team (shoutout to Ana!) has been great.', 'Thanks (really!)', 'Bye']);
  });
});
