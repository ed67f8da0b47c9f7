import type { Hit, Pattern } from '../../../src/kit/recognizer.js';
import { CONDITIONS, HEALTH_OUTCOMES, lexiconPattern } from '../../../src/kit/lexicon/conditions.js';

// A sentence ends at . ! ? before a space or the end, but not after an initial ("the U.S. has").
// Character codes rather than regexes: this runs for every character of a claim's sentence.
function ends(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  if (c !== 46 && c !== 33 && c !== 63) return false;
  const n = t.charCodeAt(i + 1);
  if (!(Number.isNaN(n) || n === 32 || n === 10 || n === 13 || n === 9 || n === 160)) return false;
  return !(c === 46 && /(?:^|[^\p{L}])\p{Lu}$/u.test(t.slice(Math.max(0, i - 2), i)));
}

/** The sentence around a hit (to a . ! ? followed by a space, or a line break). */
export function clauseOf(hit: Hit): { text: string; start: number } {
  const t = hit.map.text;
  let s = hit.start;
  while (s > 0 && t.charCodeAt(s - 1) !== 10 && !ends(t, s - 1)) s--;
  let e = hit.end;
  while (e < t.length && t.charCodeAt(e) !== 10 && !ends(t, e)) e++;
  return { text: t.slice(s, e), start: s };
}

// Source: [derived] DOMAIN.md section 2.2 ("next to a health noun"): a number is a health
// statistic when its sentence names a condition or an outcome.
const HEALTH = new RegExp(lexiconPattern([...CONDITIONS, ...HEALTH_OUTCOMES]), 'iu');
// Source: [derived] operational and commercial figures (LABELING.md: wait times, prices and
// service facts need no source): the thing changed is money, time on hold, staffing.
const OPERATIONAL = /\b(?:wait(?:ing)?|hold|on-time|phone|calls?|costs?|price[sd]?|pricing|bills?|billing|paperwork|premiums?|co-?pays?|fees?|spending|emissions|energy\s+use|parking|turnaround|no-shows?|staff(?:ing)?|turnover|followers|views|downloads|donations|revenue|sales|enrol(?:l)?ment|capacity|beds|square\s+feet|off|save[sd]?|savings|discount|coupon|code|promo)\b|\$/i;
// Source: DOMAIN.md section 2.2 trap: the organisation's own survey or satisfaction results, labelled as such.
const SURVEY = /\b(?:surveys?|surveyed|polls?|polled|questionnaires?|satisf\w*|would\s+recommend|recommend\s+us|rated?\s+us|reviews?|stars?|five-star|5-star)\b/i;
// Source: [derived] people and populations a share of which is a health statistic.
const POPULATION = new RegExp(String.raw`^\s+(?:(?:all|our|the|your|these|those|us|American|U\.?S\.?|US)\s+)?(?:[\w'-]+\s+){0,2}?`
  + String.raw`(?:people|persons|individuals|folks|adults|americans|children|kids|teens|teenagers|adolescents|youth|students|high\s+schoolers|`
  + String.raw`women|men|moms|mothers|dads|fathers|parents|babies|infants|newborns|seniors|older\s+adults|elderly|patients|clients|`
  + String.raw`members|users|participants|smokers|drinkers|vapers|survivors|residents|you|us|them|those|everyone|the\s+population|`
  + String.raw`the\s+world|the\s+country|pregnancies|births)\b`, 'i');
const STAFF_SHARE = /^\s+(?:our|the)\s+(?:staff|team|employees|nurses|physicians|doctors|providers|clinicians|workforce|volunteers)\b/i;
const OPERATIONAL_SHARE = /^\s+(?:of\s+)?(?:our|the|these|all)?\s*(?:appointments?|visits?|calls?|messages?|claims?|bills?|orders?|refills?|prescriptions?|locations?|clinics?|offices?|staff|nurses|employees|providers|beds|rooms|slots|reviews?)\b/i;
const NON_STAT_SHARE = /^\s+(?:[\w-]+\s+){0,2}?(?:proceeds|profits|sales|donations|revenue|funds|the\s+cost|costs?|price|bill|tips?)\b/i;

const NUM = String.raw`(?:\d{1,3}(?:[.,]\d+)?(?:\s?[-–]\s?\d{1,3}(?:\.\d+)?)?)`;
const PCT = String.raw`${NUM}\s?(?:%|percent\b|per\s+cent\b)`;
const WORD_NUM: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, hundred: 100, thousand: 1000,
};
const num = (s: string): number => WORD_NUM[s.toLowerCase().replace(/^a\s+/, '')] ?? Number(s.replace(/,/g, ''));
const after = (h: Hit, n = 60): string => h.map.text.slice(h.end, h.end + n);
const before = (h: Hit, n = 40): string => h.map.text.slice(Math.max(0, h.start - n), h.start);
const healthy = (h: Hit): boolean => HEALTH.test(clauseOf(h).text);
function shareOf(h: Hit): boolean {
  const rest = after(h, 50);
  if (STAFF_SHARE.test(rest) || NON_STAT_SHARE.test(rest) || SURVEY.test(clauseOf(h).text)) return false;
  // The share's noun phrase is its first few words: "15% of their body weight".
  return POPULATION.test(rest) || HEALTH.test((rest.split(/[,.;:!?\n]/)[0] ?? '').split(/\s+/).slice(0, 5).join(' '));
}
// Outcome measures that make a percentage a health statistic on their own ("our IVF success rate is 62%").
const OUTCOME_MEASURE = /\b(?:survival|mortality|remission|recurrence|relapse|(?:cure|success|complication|infection|response|death|pregnancy|live[\s-]birth|detection)\s+rates?|efficacy|effectiveness)\b/i;
// The changed thing sits just before the number: "cut wait times by 30%" is operational.
const operational = (h: Hit): boolean => OPERATIONAL.test(before(h, 30)) || /^\s*(?:off|discount|cash\s*back|apr)\b/i.test(after(h, 15));

/**
 * Health statistics and appeals to evidence (DOMAIN.md section 2.2 triggers; FTC: claims that
 * refer to a level of support need it [S30][S63]). Group `kind` tells the message which to use.
 */
/** A claim pattern, with lower-case substrings one of which its text must contain (a cheap pre-check). */
export interface ClaimPattern extends Pattern {
  readonly hints?: readonly string[];
}

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
    regex: /(?<![\w.,-])(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(\d{1,5}|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|hundred|a\s+thousand|thousand)(?![\w-])(?!\s*(?:minutes?|hours?|days?|weeks?|months?|years?|stars?|points?)\b)/gi,
    score: 0.8,
    validate: (h) => {
      const m = /^(\S+)\s+(?:in|out\s+of)\s+(.+)$/i.exec(h.text);
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
  // "cut their risk by half", "by two-thirds"
  {
    name: 'statistic',
    hints: ['by half', 'by a ', 'by two', 'by three', 'fold'],
    regex: /\bby\s+(?:half|a\s+third|a\s+quarter|two[\s-]thirds|three[\s-]quarters|\d+[\s-]?fold)\b/gi,
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
];
