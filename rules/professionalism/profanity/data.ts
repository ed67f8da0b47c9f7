// Source: obscenity 0.4 englishDataset (words from the `cuss` project) is the maintained list. These
// are its words hcpost drops, because a healthcare post uses them as anatomy, clinical or legal terms
// ("anal fissure", "penis", "semen analysis", "rape crisis centre", "spastic paraplegia") [derived from
// DOMAIN.md 3.3 traps]; "retard" is left to professionalism/stigmatizing-language, which suggests wording.
export const CLINICAL_WORDS: readonly string[] = [
  'anal', 'anus', 'penis', 'vagina', 'semen', 'sex', 'ejaculate', 'orgasm', 'masturbate', 'incest', 'rape',
  'bestiality', 'retard', 'spastic',
];

// Source: [derived] mild words DOMAIN.md 3.3 says to warn on, not fail: reported at warning level.
export const MILD_WORDS: readonly string[] = ['damn', 'hell', 'crap', 'piss', 'arse', 'bollocks', 'boob'];

/** Extra phrases for obscenity's pattern syntax (`|` = word boundary, `[x]` = optional). */
export interface ExtraPhrase { readonly word: string; readonly patterns: readonly string[] }

// Source: [derived] mild words missing from obscenity's list, and common compounds its word-boundary
// patterns miss ("dumbass": "|ass" needs a boundary before "ass").
export const EXTRA_PHRASES: readonly ExtraPhrase[] = [
  { word: 'damn', patterns: ['damn', '|dam[m]it|', '|dammit|'] },
  { word: 'hell', patterns: ['|hell|', '|hells|'] },
  { word: 'crap', patterns: ['|crap'] },
  { word: 'ass', patterns: ['dumbass', 'jackass', 'smartass', 'fatass', 'lardass'] },
  { word: 'fuck', patterns: ['|wtf|', '|stfu|', '|omfg|'] },
];

// Source: [derived] the Scunthorpe problem (DOMAIN.md 3.3): ordinary, clinical and proper names that contain
// or resemble a listed word. Passed to obscenity as whitelisted terms (lower case).
export const WHITELIST: readonly string[] = [
  'dickson', 'dickinson', 'dickerson', 'dickey', 'dickie', 'dickman', 'dickstein', 'moby dick', 'cumming', 'cumin',
  'cum laude', 'shiitake', 'finger prick', 'heel prick', 'pin prick', 'needle prick', 'needlestick prick',
  'cockpit', 'penistone', 'blue tit', 'great tit', 'tit for tat', 'fukushima', 'pussy willow', 'pussywillow',
  'fagan', 'fagin', 'pissarro', 'wankel', 'niggardly', 'crapo', "hell's kitchen", 'hell’s kitchen',
];

/** Words that are also surnames or first names: a capitalised one mid-sentence is taken as a name. */
export const NAME_WORDS: ReadonlySet<string> = new Set(['dick', 'hooker', 'cock', 'prick', 'hell', 'crapo']);

// Source: [derived] how masked swearing is written: letters with `*`, `#` or `%` standing in for some
// of them ("f***ing", "sh*t", "b#tch"). Affixes build the forms a masked word is compared with.
export const MASK_PREFIXES: readonly string[] = ['', 'bull', 'mother', 'dumb', 'jack', 'god', 'horse', 'dip', 'smart'];
export const MASK_SUFFIXES: readonly string[] = [
  '', 's', 'es', 'ing', 'in', 'er', 'ers', 'ed', 'y', 'ty', 'hole', 'holes', 'head', 'heads', 'bag', 'face', 'it',
];
