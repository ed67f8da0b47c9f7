// Tables of phi/patient-name. Shared word lists (names, staff, relatives, eponyms) live in
// src/kit/lexicon; these are the ones only this rule needs.

// Source: [derived] how sure a capitalised run is a person's name, by its shape, before context.
export const PERSON_SCORES = {
  /** Given name plus another name-like word ("Harold Jennings"). */
  givenAndMore: 0.85,
  /** Two or more name-like words, the first an ambiguous given name or unknown. */
  ambiguousAndMore: 0.7,
  unknownRun: 0.6,
  /** A given name alone; at the start of a sentence. */
  given: 0.6,
  givenAtStart: 0.55,
  /** An unknown or ambiguous single word: a person only with more evidence. */
  single: 0.35,
  /** An ambiguous given name ("Ray", "Grace") capitalised in mid-sentence. */
  ambiguous: 0.5,
  /** Followed by ", who ...": a person. */
  who: 0.3,
  singleAtStart: 0.1,
  /** Shapes that are nearly always a person. */
  honorific: 0.95,
  nickname: 0.9,
  initial: 0.85,
  patientNoun: 0.9,
  family: 0.7,
  /** Added for a relative's title or word before the name, an address, a place preposition. */
  kin: 0.3,
  address: 0.3,
  afterPlacePreposition: -0.2,
  /** "the United States", "our Mustang": an article before an unknown capitalised word. */
  afterArticle: -0.2,
  /** Hashtag name part: a given name; anything else needs the same name elsewhere. */
  hashtagGiven: 0.7,
  hashtagOther: 0.3,
} as const;

// Source: [derived] decision thresholds, checked on the rule fixtures and the dev corpus.
export const NAME_THRESHOLDS = {
  person: 0.5,
  patient: 0.5,
  /** A near-certain person name needs less care context (a clinician's post naming "Mr. X"). */
  likelyPerson: 0.7,
  likelyPersonPatient: 0.4,
  strongPerson: 0.85,
  strongPersonPatient: 0.3,
} as const;

// Source: [derived] patient-context boosts specific to a name.
export const NAME_BOOSTS = {
  patientNoun: 0.5,
  possessiveCare: 0.3,
  kin: 0.15,
  addressInReply: 0.3,
  /** The author is a clinician (a "Dr." or a credential): the people they name are mostly patients. */
  clinicianAuthor: 0.15,
  /** Alt text and captions inherit this share of the post's best care score. */
  mediaInherit: 0.9,
} as const;

// Source: [derived] greetings that open a reply to a named person ("Hi Dave,", "Thanks, Linda").
export const GREETINGS: readonly string[] = [
  'hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'congrats', 'congratulations', 'welcome', 'morning',
  'evening', 'afternoon', 'happy', 'bye', 'goodbye', 'hiya', 'howdy', 'greetings', 'cheers', 'sorry',
];
/** Words that may sit between a greeting and the name ("Thank you so much, ..."). */
export const GREETING_FILLERS: readonly string[] = ['you', 'so', 'much', 'very', 'back', 'good', 'again', 'oh'];

// Source: [derived] words that credit someone ("shoutout to Keisha"): staff, when the sentence is about staff.
export const CREDIT_WORDS: readonly string[] = ['shoutout', 'shout-out', 'kudos', 'props', 'thanks', 'thank', 'grateful'];

// Source: [derived] words that break the link between a role word and a later name
// ("the nurse who cared for Maria": Maria is not the nurse).
export const ROLE_BREAKERS: readonly string[] = [
  'for', 'with', 'by', 'who', 'that', 'which', 'helped', 'cared', 'treated', 'saw', 'met', 'thanked', 'told',
  'to', 'and', 'patient', 'patients', 'asked', 'gave', 'visited', 'called', 'when', 'while',
  // "Navigator helping Mr. Haddad", "our nurse walking Mrs. Ortiz": the role's holder acts on the name.
  'helping', 'helps', 'assisting', 'assists', 'assisted', 'guiding', 'guides', 'showing', 'shows', 'teaching',
  'teaches', 'walking', 'walks', 'caring', 'cares', 'treating', 'treats', 'examining', 'examines', 'seeing',
  'sees', 'greeting', 'greets', 'comforting', 'supporting', 'holding', 'hugging', 'checking', 'visiting',
  'celebrating', 'celebrates', 'congratulating', 'cheering', 'welcoming', 'discharging', 'admitting',
  // "Our nurses miss you already, Deshawn!": a pronoun or verb between the role and the name.
  'you', 'we', 'us', 'they', 'them', 'him', 'it', 'miss', 'missed', 'love', 'loved', 'loves', 'adore', 'hug',
];

// Source: [derived] titles before a child's first name that make the child the one named ("little Aiden").
export const CHILD_TITLES: readonly string[] = ['little', 'lil', 'sweet', 'brave', 'tiny'];

// Source: [derived] "patients like Mrs. Kaplan", "clients including Dev": a named example of the patients.
export const PATIENT_EXAMPLE_WORDS: readonly string[] = ['like', 'including', 'incl', 'named', 'called', 'especially'];
export const PATIENT_EXAMPLE_NOUNS: readonly string[] = [
  'patient', 'patients', 'client', 'clients', 'resident', 'residents', 'kiddos', 'parents', 'moms', 'families',
];

// Source: [derived] lower-case particles inside surnames ("Ludwig van Beethoven", "Ana de la Cruz").
export const NAME_PARTICLES: readonly string[] = [
  'de', 'del', 'della', 'da', 'das', 'dos', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'bin', 'ibn', 'al', 'el',
];

// Source: [derived] prefixes before an inner capital in a surname ("McKenzie", "DeShawn", "LaToya").
export const INNER_CAPITAL_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St|O'|O’|D'|D’)$/;

// Source: [derived] support hashtags built on a first name: #KaylaStrong, #PrayForNoah, #TeamLiam.
export const HASHTAG_SUFFIXES: readonly string[] = [
  'strong', 'warrior', 'warriors', 'tough', 'fights', 'fighter', 'fighting', 'army', 'nation', 'brave',
  'journey', 'miracle', 'squad', 'crew', 'proud', 'stronger', 'power', 'fight', 'recovery', 'healing', 'hero',
  'forever', 'legacy', 'wins', 'united',
];
export const HASHTAG_PREFIXES: readonly string[] = [
  'prayfor', 'prayersfor', 'pray4', 'team', 'standwith', 'hopefor', 'fightlike', 'bravelike', 'love',
  'go', 'support', 'strongerthan', 'welove', 'thoughtsfor',
];

// Source: [derived] possessed things that tie a name to care ("Maria's chemo", "Lena's patient portal").
export const POSSESSED_CARE: readonly string[] = [
  'face', 'smile', 'portal', 'account', 'chart', 'records', 'file', 'card', 'story', 'journey', 'case',
  'recovery', 'room', 'bed', 'mom', 'dad', 'family', 'care', 'bill', 'insurance', 'x-ray', 'scan',
];

// Source: USPS Publication 28, Appendix C1 (street suffixes), the common ones: "Birchwood Lane" is a street.
export const STREET_SUFFIXES: readonly string[] = [
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'court', 'ct',
  'way', 'place', 'pl', 'circle', 'cir', 'terrace', 'ter', 'trail', 'trl', 'parkway', 'pkwy', 'highway', 'hwy',
  'pike', 'turnpike', 'loop', 'path', 'alley', 'crossing', 'row', 'square', 'sq',
];

// Source: [derived] the organisation claiming the care ("we treated Senator ..."): then a public figure is its patient.
export const OUR_CARE = /\b(?:we|our\s+(?:[\w-]+\s+)?(?:team|staff|doctors|nurses|surgeons|clinic|hospital|unit))\s+(?:treated|cared\s+for|saw|admitted|operated|helped|delivered)\b|\bour\s+patient\b/i;
// Source: [derived] praise of someone's work ("Great job, Keisha!"): the person addressed is staff.
export const CREDIT_TEXT = /\b(?:thanks?|thank\s+you|kudos|props|great\s+(?:job|work)|nice\s+(?:job|work)|well\s+done|shift|coworker|colleague|team)\b/i;
