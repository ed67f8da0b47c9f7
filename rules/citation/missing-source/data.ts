import type { Pattern } from '../../../src/kit/recognizer.js';
import {
  after, before, clauseOf, HEALTH, healthy, num, operational, OPERATIONAL_SHARE, OUTCOME_MEASURE, PCT, shareOf, STAFF_SHARE, SURVEY,
} from './context.js';
import { RATE_PATTERNS } from './rates.js';

/** A claim pattern, with lower-case substrings one of which its text must contain (a cheap pre-check). */
export interface ClaimPattern extends Pattern {
  readonly hints?: readonly string[];
  /** A second list: one of these must occur too (checked only when a hint did). */
  readonly also?: readonly string[];
}

/**
 * Health statistics and appeals to evidence (DOMAIN.md section 2.2 triggers; FTC: claims that
 * refer to a level of support need it [S30][S63]). The pattern name is the kind of claim, and the
 * messageId the rule reports.
 */
export const CLAIM_PATTERNS: readonly ClaimPattern[] = [
  // "studies show", "a new study from X found", "research proves", "clinical data show", "experts say"
  {
    name: 'evidence',
    hints: ['stud', 'research', 'scien', 'evidence', 'data', 'trial', 'expert', 'doctor', 'physician', 'dermatolog', 'dentist', 'pediatric', 'cardiolog', 'nutrition', 'dietit'],
    regex: /\b(?:stud(?:y|ies)|research(?:ers)?|scien(?:ce|tists)|evidence|data|trials?|experts?|doctors|physicians|dermatologists|dentists|pediatricians|cardiologists|nutritionists|dietitians)\s+(?:[\w'’-]+\s+){0,4}?(?:show(?:s|ed|n)?|prove[sdn]?|suggest(?:s|ed)?|finds|found|confirm(?:s|ed)?|reveal(?:s|ed)?|says?|said|agree|recommend|demonstrate[sd]?|link(?:s|ed)?)\b/gi,
    score: 0.9,
    validate: (h) => !/\b(?:our|my|your)\s+(?:[\w-]+\s+){0,2}$/i.test(before(h, 30)) && !/\b(?:join|enrol(?:l)?|participate\s+in|take\s+part\s+in)\s+(?:\w+\s+){0,2}$/i.test(before(h, 30)),
  },
  { name: 'evidence', hints: ['according to'], regex: /\baccording\s+to\s+(?:a|an|the|one|new|recent|several|many|multiple|some)\s+(?:[\w-]+\s+){0,2}?(?:stud(?:y|ies)|research|trials?|reports?|analysis|review|experts|scientists|data)\b/gi, score: 0.9 },
  {
    name: 'evidence',
    hints: ['clinically', 'scientifically', 'medically', 'proven', 'backed', 'supported', 'science', 'recommended'],
    regex: /\b(?:clinically|scientifically|medically)[\s-]+(?:proven|shown|tested|validated|demonstrated)\b|\bproven\s+to\s+(?:work|help|reduce|lower|boost|improve|prevent|treat|cure|heal|relieve|increase|decrease|cut|fight|burn|protect|repair|restore|regrow|remove|eliminate)\b|\b(?:backed|supported)\s+by\s+(?:science|research|studies|clinical\s+(?:studies|trials|research|data))\b|\bscience[\s-]backed\b|\b(?:doctor|dermatologist|dentist|physician|pediatrician)[\s-]recommended\b/gi,
    score: 0.9,
  },
  // "1 in 5 adults", "one in four", "9 out of 10 of our patients" (not "2-in-1", "in a million", "4 out of 5 stars")
  {
    name: 'statistic',
    regex: /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:every\s+)?(\d{1,5}|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|hundred|a\s+thousand|thousand)(?![\w-])(?!\s*(?:minutes?|hours?|days?|weeks?|months?|years?|stars?|points?)\b)/gi,
    score: 0.8,
    validate: (h) => {
      const m = /^(\S+)\s+(?:in|out\s+of)\s+(?:every\s+)?(.+)$/i.exec(h.text);
      // Not the end of a longer number or a version ("1.5 in 10", "2,1 in"): a \b start is cheaper than a lookbehind.
      if (/[\w.,-]/.test(h.map.text[h.start - 1] ?? ' ')) return false;
      const [a, b] = [num(m?.[1] ?? ''), num(m?.[2] ?? '')];
      return a < b && !(b >= 1900 && b <= 2100) && !/\b(?:rated?|rating|scored?|scale|level)\s+(?:\w+\s+)?$/i.test(before(h, 20))
        && !OPERATIONAL_SHARE.test(after(h, 40)) && !STAFF_SHARE.test(after(h, 40).replace(/^\s+of\b/i, ''));
    },
  },
  // "80% of people", "95% of kids", "90% of you", "15% of their body weight", "nearly half of adults"
  {
    name: 'statistic',
    hints: ['%', 'percent', 'per cent', 'half of', 'third', 'quarter', 'fifth'],
    regex: new RegExp(String.raw`(?<![\w.])${PCT}\s+of\b|\b(?:half|a\s+third|one[\s-]third|two[\s-]thirds|a\s+quarter|one[\s-]quarter|three[\s-]quarters|a\s+fifth|one[\s-]fifth)\s+of\b`, 'gi'),
    score: 0.8,
    validate: shareOf,
  },
  // "37 million Americans have diabetes", "700,000 people die of heart disease each year"
  {
    name: 'statistic',
    hints: ['million', 'billion', 'die', 'year', 'annually'],
    regex: /\b\d+(?:\.\d+)?\s+(?:million|billion)\s+(?:[\w-]+\s+){0,2}?(?:people|americans|adults|children|kids|women|men|teens|deaths|cases|lives|babies|smokers)\b|\b\d{1,3}(?:,\d{3})+\s+(?:[\w-]+\s+){0,2}?(?:people|americans|adults|children|kids|women|men|teens|deaths|cases|lives|babies|smokers)\s+(?:[\w-]+\s+){0,3}?(?:die[sd]?|each\s+year|every\s+year|a\s+year|annually|per\s+year)\b/gi,
    score: 0.7,
    validate: (h) => !SURVEY.test(clauseOf(h).text),
  },
  // "every 40 seconds, someone has a stroke"
  { name: 'statistic', hints: ['every '], regex: /\bevery\s+\d+\s+(?:seconds?|minutes?),?\s+(?:someone|somebody|a\s+person|one\s+person|an?\s+[A-Za-z]+)\b/gi, score: 0.7, validate: (h) => healthy(h) },
  // "by 25%", "40% more", "a 92% success rate", "95% effective", "survival ... over 90%"
  {
    name: 'statistic',
    hints: ['%', 'percent', 'per cent'],
    regex: new RegExp(String.raw`\bby\s+(?:up\s+to\s+|about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|as\s+much\s+as\s+)?${PCT}|(?<![\w.])${PCT}`, 'gi'),
    score: 0.7,
    validate: (h) => {
      const clause = clauseOf(h).text;
      const next = after(h, 40);
      if (operational(h) || SURVEY.test(clause)) return false;
      if (/^\s*(?:more|less)\s+likely\b/i.test(next) || OUTCOME_MEASURE.test(clause)) return true;
      if (/^\s*(?:effective|safe|natural|pure|organic|online|free|covered|sure|committed|guaranteed)\b/i.test(next)) return !/^100\b/.test(h.text) && /^\s*effective/i.test(next);
      if (!healthy(h)) return false;
      if (/^by\b/i.test(h.text)) return true;
      if (/^[\s-]*(?:more|less|fewer|lower|higher|greater|better|faster|reduction|increase|decrease|drop|decline|improvement|rise|chance|risk|likelier|success|survival|cure|response|recurrence|remission|complication|infection|mortality|death|failure|relapse|detection|pregnancy|accura)/i.test(next)) return true;
      return /\b(?:survive|success|risk)\b/i.test(clause);
    },
  },
  // "twice as likely", "double the national average", "half as much depression", "3 times more likely"
  {
    name: 'statistic',
    hints: ['times', 'x ', 'fold', 'twice', 'half', 'double', 'triple', 'quadruple'],
    regex: /\b(?:(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)[\s-]?(?:times|x|fold)|twice|half|double|triple|quadruple)\s+(?:as\s+(?:likely|much|many|high|low|often|fast|effective|safe|common)|more\s+likely|less\s+likely|likelier|the\s+(?:risk|rate|odds|chance|national\s+average|average|incidence)|your\s+(?:risk|odds|chances?)|(?:more|less|fewer|higher|lower|greater)\b)/gi,
    score: 0.8,
    validate: (h) => !operational(h) && (/\b(?:likely|likelier|risk|odds|chance|rate|average|incidence)\b/i.test(h.text) || healthy(h)),
  },
  // "has tripled since 2020", "halves your risk", "cut ... in half"
  {
    name: 'statistic',
    hints: ['doubled', 'tripled', 'quadrupled', 'halved', 'doubles', 'triples', 'halves', 'half'],
    regex: /\b(?:doubled|tripled|quadrupled|halved|doubles|triples|halves)\b|\bcuts?\s+(?:[\w-]+\s+){0,3}?in\s+half\b/gi,
    score: 0.6,
    validate: (h) => !operational(h) && healthy(h),
  },
  // "reduces your risk", "can lower the risk of", "linked to a higher risk" (not "to lower your risk", "helps lower")
  {
    name: 'claim',
    hints: ['risk', 'odds', 'chance', 'likelihood', 'incidence', 'linked', 'associated', 'tied', 'connected', 'correlated'],
    regex: /\b(?:(?:reduce|lower|cut|raise|increase|boost|decrease|minimi[sz]e)[sd]?|slash(?:es|ed)|halves|doubles)\s+(?:your|the|their|his|her|one's|a\s+person's|a\s+child's|overall)?\s*(?:[\w'-]+\s+){0,2}?(?:risks?|odds|chances?|likelihood|incidence)\b|\b(?:linked|associated|tied|connected|correlated)\s+(?:to|with)\s+(?:an?\s+)?(?:lower|higher|reduced|increased|greater|smaller|better|worse|longer|shorter)\b/gi,
    score: 0.7,
    validate: (h) => {
      const verb = (/^\w+/.exec(h.text)?.[0] ?? '').toLowerCase();
      const prev = before(h, 25);
      if (/^(?:reduce|lower|cut|raise|increase|boost|decrease|minimi[sz]e)$/.test(verb)) {
        return /\b(?:can|may|might|could|will|would|does|do)\s+(?:\w+\s+)?$/i.test(prev) && !/\bhelps?\s+(?:to\s+)?$/i.test(prev);
      }
      return !/\b(?:to|helps?|help)\s+$/i.test(prev);
    },
  },
  // "cut their risk by half", "by two-thirds", "lowers blood pressure by 10 points"
  {
    name: 'statistic',
    hints: ['by '],
    regex: /\bby\s+(?:half|a\s+third|a\s+quarter|two[\s-]thirds|three[\s-]quarters|\d+[\s-]?fold)\b|\bby\s+(?:up\s+to\s+|about\s+|nearly\s+|almost\s+|over\s+|as\s+much\s+as\s+)?\d+(?:\.\d+)?\s+(?:points?|mm\s?hg|pounds|lbs|kg|inches)\b/gi,
    score: 0.6,
    validate: (h) => !operational(h) && healthy(h),
  },
  // "poor sleep is linked to heart disease"
  {
    name: 'claim',
    hints: ['linked', 'tied', 'associated', 'connected'],
    regex: /\b(?:is|are|was|were|been)\s+(?:strongly\s+|closely\s+|directly\s+)?(?:linked|tied|associated|connected)\s+(?:to|with)\b/gi,
    score: 0.6,
    validate: (h) => HEALTH.test(after(h, 50).split(/[,.;:!?\n]/)[0] ?? ''),
  },
  // "the leading cause of", "the #1 killer"
  { name: 'claim', hints: ['cause', 'killer'], regex: /\b(?:the|a|one\s+of\s+the)\s+(?:leading|top|number[\s-]one|#1|no\.\s*1|biggest|main)\s+causes?\s+of\b|(?:\bnumber[\s-]one|#1|\bno\.\s*1)\s+killer\b/gi, score: 0.8 },
  // "works just as well as in-person therapy", "just as safe as", "more effective than"
  {
    name: 'claim',
    hints: ['effective', 'safe', 'as well as', 'outperform'],
    regex: /\b(?:(?:just|equally|every\s+bit)\s+)?as\s+(?:effective|safe)\s+as\b|\b(?:more|less)\s+effective\s+than\b|\bsafer\s+than\b|\bworks?\s+(?:just\s+)?as\s+well\s+as\b|\boutperforms?\b/gi,
    score: 0.7,
    validate: healthy,
  },
  ...RATE_PATTERNS,
];
