import type { Pattern } from '../../../src/kit/recognizer.js';

// Source: 45 CFR 164.514(b)(2)(i)(R) [S1]: "any other unique identifying number, characteristic, or
// code"; HHS de-identification guidance (via summaries [S59]) gives a unique occupation as an
// example, and (b)(2)(ii) "actual knowledge" covers a famous or one-of-a-kind patient.

// Source: [derived] nouns for one person (singular: "our youngest patients" is a group).
const PERSON = String.raw`(?:patient|recipient|survivor|baby|newborn|preemie|infant|child|kid|boy|girl|man|woman|person|mom|mother|dad|father|case|resident|teen(?:ager)?|veteran|twins|triplets)`;
const SUPERLATIVE = String.raw`(?:first(?:-ever)?|only|youngest|oldest|smallest|tiniest|littlest|lightest|largest|biggest|heaviest|earliest|longest(?:[- ](?:stay(?:ing)?|serving|surviving|living|term))?|sickest|rarest)`;
// Words between the superlative and the noun may not be organisation words or prepositions,
// so "the first hospital in the state to treat a patient" never reaches "patient".
const FILLER = String.raw`(?:(?!(?:hospital|clinic|center|centre|practice|health|system|facility|program|team|unit|in|to|of|at|for|with|a|an|the|and|or|who|that)\b)[\w'-]+\s+){0,3}`;

// Source: [derived] offices and jobs that one person holds in a community (HHS's "unique occupation"
// example, the current president of a named university [S59]), written lower or title case.
const ci = (words: readonly string[]): string =>
  words.map((w) => w.split(' ').map((x) => `[${x[0]!.toUpperCase()}${x[0]}]${x.slice(1)}`).join(String.raw`\s+`)).join('|');
const OFFICES = [
  'mayor', 'deputy mayor', 'fire chief', 'police chief', 'chief of police', 'sheriff', 'principal', 'vice principal',
  'headmaster', 'headmistress', 'superintendent', 'pastor', 'priest', 'rabbi', 'imam', 'bishop', 'judge',
  'district attorney', 'postmaster', 'head coach', 'coach', 'quarterback', 'team captain', 'news anchor',
  'weatherman', 'meteorologist', 'state senator', 'senator', 'state representative', 'congressman',
  'congresswoman', 'governor', 'lieutenant governor', 'school board president', 'school board chair',
  'university president', 'college president', 'council president', 'council member', 'councilmember',
  'councilman', 'councilwoman', 'council chair', 'alderman', 'alderwoman', 'commissioner', 'county commissioner',
  'county executive', 'city manager', 'town manager', 'town clerk', 'city clerk', 'police captain', 'fire marshal',
  'athletic director', 'librarian', 'band director', 'choir director', 'school nurse',
];
// "a certain well-known ...", "the retired ...": words between the article and the office.
const ROLE_QUALIFIERS = String.raw`[Cc]ertain|[Ww]ell-known|[Ww]ell\s+known|[Ll]ocal|[Pp]rominent|[Ff]amous|[Bb]eloved|[Pp]opular|[Ll]ong-?time|[Rr]etired|[Ff]ormer|[Cc]urrent|[Nn]ewly\s+elected|[Rr]ecently\s+retired|[Vv]ery|[Nn]ew|[Oo]wn`;
const ROLE_PLACES = String.raw`[Tt]own|[Cc]ity|[Cc]ounty|[Vv]illage|[Tt]ownship|[Ss]chool|[Dd]istrict|[Tt]eam|[Ll]ocal|[Hh]igh\s+[Ss]chool|[Cc]hurch|[Ss]tate|[Cc]ity\s+[Cc]ouncil|[Tt]own\s+[Cc]ouncil|[Cc]ounty\s+[Bb]oard`;

/** Unique facts about one person. Source: [derived] from HHS's (R) examples and DOMAIN.md 1.6. */
export const UNIQUE_PATTERNS: readonly Pattern[] = [
  // "first patient in the state to receive", "our youngest transplant recipient", "the oldest man ever to"
  {
    name: 'superlative',
    regex: new RegExp(String.raw`\b(?:the|our|its|(?:world|nation|country|state|county|city|town|region|area|hospital|unit)(?:'s|’s))\s+(?:very\s+)?(?<sup>${SUPERLATIVE})\s+${FILLER}${PERSON}\b(?!s\b|-)`, 'gi'),
    score: 0.7,
  },
  // "one of only 30 people in the world with", "the only known case"
  {
    name: 'one-of-few',
    regex: /\bone\s+of\s+(?:only|just|fewer\s+than|less\s+than)\s+(?:\d[\d,]*|a\s+(?:few|handful)|[a-z]+)\s+(?:people|patients|children|kids|cases|persons|women|men|babies)\s+(?:(?:ever\s+)?(?:known|documented|diagnosed|recorded|reported)\s+)?(?:in\s+the\s+(?:world|country|nation|us|u\.s\.|state)|worldwide|ever|on\s+record|alive)\b|\b(?:the|our)\s+(?:only|first)\s+(?:known|documented|reported|recorded)\s+case\b/gi,
    score: 0.85,
  },
  // "quintuplets", "conjoined twins"; "triplets" are rarer than twins but not unique (warn only)
  {
    name: 'multiple-birth',
    regex: /\b(?<many>quadruplets|quintuplets|sextuplets|septuplets|octuplets|quads|quints|conjoined\s+twins)\b|\b(?<three>triplets)\b/gi,
    score: 0.7,
  },
  // "the Raiders tattoo on his neck", "a dragon tattoo across her back", "the guy with the snake tattoo"
  {
    name: 'tattoo',
    regex: /\b(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,3}(?:tattoo|tattoos|birthmark)\s+(?:on|of|across|covering|down|along)\s+(?:his|her|their|the)\s+(?:left\s+|right\s+|upper\s+|lower\s+)?(?:neck|face|arm|forearm|hand|hands|chest|back|leg|cheek|forehead|knuckles|fingers|shoulder|calf|ankle|wrist|head|scalp|throat|eyelid|thigh|stomach)\b|\bwith\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){1,3}(?:tattoo|birthmark)\b(?:\s+(?:on|across|covering|down|along)\s+(?:his|her|their|the)\s+(?:left\s+|right\s+)?[a-z]+)?/gi,
    score: 0.75,
  },
  // "the town's fire chief", "our mayor", "a certain well-known Clearbrook city council president",
  // "the retired principal of ...": an office or job only one person holds
  {
    name: 'role',
    regex: new RegExp(String.raw`\b(?:[Tt]he|[Oo]ur|[Aa]|[Oo]ne)\s+(?:(?:${ROLE_QUALIFIERS})\s+){0,3}(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:'s|’s)?\s+)?(?:(?:${ROLE_PLACES})(?:'s|’s)?\s+)?(?:(?:${ROLE_QUALIFIERS})\s+){0,2}(?:${ci(OFFICES)})\b(?!\s+(?:investigator|reason|cause|component|aim|goal|source|author)\b)`, 'g'),
    score: 0.6,
  },
];

// Source: [derived] qualifiers.
// "in the state", "ever", "to receive": qualifiers that make a superlative single out one person.
export const QUALIFIER_AFTER = /^[^.!?\n]{0,60}?\b(?:in\s+(?:the\s+)?(?:state|country|nation|world|region|county|city|town|us|u\.s\.|america|[A-Z][a-z]+)|ever|on\s+record|in\s+(?:our|the)\s+(?:hospital'?s?\s+)?history|to\s+(?:receive|undergo|get|have|be\s+(?:treated|born|given|fitted)|survive|try)|born\s+(?:in|on|at|this|here))\b/;
// Source: [derived] care claims: the organisation says it treated this person.
export const CARE_CLAIM = /#(?:er|ed|ems|icu|trauma|nurse|medic|paramedic)\w*|\b(?:we\s+treated|treated|our\s+patient|patient|in\s+our\s+care|under\s+our\s+care|(?:to\s+)?care\s+for|cared\s+for|caring\s+for|(?:took|taking|take|takes|taken)\s+(?:such\s+)?(?:great\s+|good\s+|amazing\s+|wonderful\s+|excellent\s+)?care\s+of|cath\s+lab|operating\s+room|recovery\s+room|admitted|brought\s+in|chemo\w*|infusion|dialysis|radiation\s+(?:therapy|treatment)|(?:came|comes|rolled)\s+(?:back\s+)?in|in\s+the\s+(?:ER|ED|ICU)|our\s+(?:ER|ED|ICU|NICU|trauma)|discharged|underwent|surgery|diagnosed|recovering|transplant|delivered|born|birth|NICU|implant|procedure)\b/i;
// Source: [derived] news cues: a public figure's own announcement is not the organisation's disclosure.
export const NEWS = /\b(?:announced|according\s+to|reported|press\s+conference|told\s+reporters|public\s+announcement|his\s+team\s+said|her\s+team\s+said)\b/i;
// Source: [derived] for the cue lists below (DOMAIN.md 1.6 traps for this check).
// Education about a condition rather than one family: "the odds of quintuplets", "are triplets riskier?"
export const GENERAL = /\b(?:risk|risks|riskier|odds|chance|chances|rate|rates|likely|likelihood|more\s+common|statistics?|how\s+often|what\s+are)\b|\?/i;
// "tattoo removal", "new tattoo aftercare": services and advice, not a description of someone.
export const SERVICE = /\b(?:removal|aftercare|laser|appointment|book|booking|special|offer|care\s+tips|healing)\b/i;
// Source: [derived] staff achievements ("the first woman in the state to become a cardiac surgeon").
export const STAFF = /\b(?:to\s+(?:become|be\s+named|serve|lead|earn|join)|hired|promoted|certified|board[- ]certified|graduat\w*|residency|fellowship|our\s+(?:nurse|doctor|surgeon|physician|staff|team|volunteer)|dr\.?|nurse|surgeon|physician|employee|volunteer|award)\b/i;

/** Consent scope terms that cover a unique fact shared with permission. Source: [derived]. */
export const CONSENT_KINDS: readonly string[] = ['unique', 'characteristic', 'story', 'unique characteristic'];
// Nouns that already say "patient"; other person nouns need a care claim nearby.
export const PATIENT_NOUN = /^(?:patient|recipient|survivor|case|preemie)$/i;
// A family event around a multiple birth ("welcomed quintuplets", "the Ortiz quads went home").
export const FAMILY = /\b(?:welcom\w*|congrat\w*|family|parents|mom|dad|arrived|went\s+home|meet|our|born|delivered|NICU)\b/i;
