// Multiplier and rate statistics: "can double survival", "17 veterans die every day". Kept apart from
// data.ts because each needs its own context test (what is multiplied, what happens how often).
import { after, before, clauseOf, HEALTH, OPERATIONAL, SURVEY } from './context.js';
import { CONDITIONS, lexiconPattern } from '../../../src/kit/lexicon/conditions.js';
import type { ClaimPattern } from './data.js';

// Source: [derived] outcomes a multiplier verb changes in a health statistic ("double your chances of
// surviving"), beyond the shared health lexicon.
const CHANCE = /\b(?:chances?|odds|likelihood|risk|surviv\w*|deaths?|lives)\b/i;
// Source: [derived] the author's own plans and results ("we hope to double our flu clinics") are service facts.
const FIRST_PERSON = /\b(?:we|i|us|our\s+[\w-]+)\s+(?:[\w'-]+\s+){0,3}$/i;
// Source: [derived] DOMAIN.md 2.2 ("N times more likely" next to a health noun): what happens to people
// how often. The event must be a health event, not a visit or a service ("we see 40 patients a day").
const EVENT = /\b(?:die[sd]?|dying|deaths?|killed|suicides?|lose\s+their\s+lives|lives\s+(?:are\s+)?lost|(?:are|is|get|gets|were)\s+(?:newly\s+)?(?:diagnosed|hospitali[sz]ed|infected|injured|sickened)|diagnosed\s+with|get\s+sick|fall\s+ill|overdos\w*|drown(?:s|ed)?|have\s+an?\s+(?:stroke|heart\s+attack|seizure|cardiac\s+arrest)|go\s+into\s+cardiac\s+arrest|are\s+born\s+with|(?:go|end\s+up|are\s+(?:taken|rushed|admitted))\s+(?:in|to)\s+(?:the\s+)?(?:er|ed|emergency\s+(?:room|department)|hospital|icu)|visit\s+(?:the\s+)?(?:er|ed|emergency\s+room))\b/i;
// Source: [derived] "can double", "could even halve": a multiplier verb as a claim about what something does.
const MODAL_BEFORE = /\b(?:can|could|may|might|will|would|to|does|do|helps?(?:\s+to)?)\s+(?:\w+\s+)?$/i;
// "develop diabetes", "contract HIV", "suffer from migraines": these verbs count only with a condition.
const DEVELOPS = new RegExp(String.raw`\b(?:develops?|contract|suffer(?:\s+from)?|catch|get)\s+(?:an?\s+)?(?:[\w'-]+\s+){0,2}?${lexiconPattern(CONDITIONS)}`, 'i');
const RATE = /\b(?:(?:every|each)\s+(?:[\w-]+\s+)?|(?:a|per)\s+)(?:day|hour|minute|week|month|year)\b|\b(?:daily|annually|yearly|weekly|a\s+day|each\s+day)\b/i;

/** The words a multiplier verb acts on: up to six, to the first punctuation. */
const objectOf = (text: string): string => (text.split(/[,.;:!?\n]/)[0] ?? '').split(/\s+/).slice(0, 7).join(' ');

export const RATE_PATTERNS: readonly ClaimPattern[] = [
  // "CPR can double or triple survival", "could halve the number of deaths" (not "double-check", "double up").
  // The modal is checked before the verb rather than in a lookbehind: a literal start keeps the scan cheap.
  {
    name: 'statistic',
    hints: ['double', 'triple', 'quadruple', 'halve'],
    regex: /\b(?:double|triple|quadruple|halve)(?:\s*(?:,|or|and|to|,\s*even)\s+(?:even\s+)?(?:double|triple|quadruple))?\b(?![-\u2010\u2011])(?!\s+(?:up|as|down|back|over|check|tap|click|duty|shift)\b)/gi,
    score: 0.7,
    validate: (h) => {
      const prev = before(h, 40);
      if (!MODAL_BEFORE.test(prev) || FIRST_PERSON.test(prev)) return false;
      const object = objectOf(after(h, 70));
      return !OPERATIONAL.test(object) && (CHANCE.test(object) || HEALTH.test(object));
    },
  },
  // "about 17 veterans die by suicide every day", "1,300 people are diagnosed each week", "hundreds of kids ... a year".
  {
    name: 'statistic',
    hints: ['every', 'each', 'a day', 'per ', 'a year', 'a week', 'an hour', 'a month', 'daily', 'annually', 'yearly', 'weekly'],
    also: ['die', 'death', 'dying', 'suicid', 'killed', 'lives', 'diagnos', 'hospitali', 'infect', 'injur', 'sick', 'ill',
      'overdos', 'drown', 'develop', 'contract', 'suffer', 'catch', 'get ', 'stroke', 'heart attack', 'seizure', 'arrest', 'born with',
      ' er', ' ed', 'emergency', 'hospital', 'icu'],
    regex: /\b(?:\d+(?:[,.]\d+)*(?:\s+(?:million|billion|thousand))?|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|dozens|hundreds|thousands|millions)\b)\s+(?:of\s+)?(?:[\w'-]+\s+){0,2}?(?:people|persons|americans|adults|children|kids|teens|teenagers|youths?|students|women|men|mothers|babies|infants|newborns|seniors|veterans|service\s+members|workers|drivers|pedestrians|cyclists|patients|smokers|deaths|cases|lives|overdoses|suicides|hospitali[sz]ations|infections|injuries)\b/gi,
    score: 0.7,
    validate: (h) => {
      // Not part of a longer number, a time, a price or a path ("1.5", "3/4", "$20").
      if (/[\w.,/:$-]/.test(h.map.text[h.start - 1] ?? ' ')) return false;
      const clause = clauseOf(h).text;
      return RATE.test(clause) && (EVENT.test(clause) || DEVELOPS.test(clause)) && !SURVEY.test(clause) && !FIRST_PERSON.test(before(h, 30));
    },
  },
];
