// Words about people around a name: honorifics, relatives, kinship titles. Lower-case.

// Source: [derived] honorifics before a surname or full name ("Mr. Alvarado", "Miss Opal Henning").
export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'mister', 'madam', 'señor', 'senor', 'señora', 'senora', 'srta', 'sra', 'sr',
  // Service titles: the person is named, and is not one of the organisation's staff.
  'officer', 'deputy', 'sheriff', 'sgt', 'sergeant', 'lt', 'capt', 'captain', 'cpl', 'pvt', 'trooper', 'firefighter',
];

// Source: 45 CFR 164.514(b)(2)(i) covers identifiers "of relatives ... or household members" [S1];
// kinship words [derived].
export const RELATIVES: readonly string[] = [
  'mom', 'mother', 'mama', 'mum', 'mommy', 'dad', 'father', 'daddy', 'son', 'daughter', 'husband', 'wife',
  'fiancé', 'fiance', 'fiancée', 'fiancee', 'boyfriend', 'girlfriend', 'brother', 'sister', 'sibling',
  'grandson', 'granddaughter', 'grandchild', 'grandkid', 'grandma', 'grandpa', 'grandmother',
  'grandfather', 'nana', 'granny', 'gramps', 'aunt', 'auntie', 'uncle', 'nephew', 'niece', 'cousin',
  'stepson', 'stepdaughter', 'stepmom', 'stepdad', 'twin', 'twins', 'baby', 'newborn', 'infant', 'toddler',
  'spouse', 'widow', 'widower',
];

// Source: [derived] kinship and endearment titles written before a first name ("Grandpa Joe", "baby Aanya").
export const KIN_TITLES: readonly string[] = [
  'grandpa', 'grandma', 'granny', 'nana', 'papa', 'pop-pop', 'gramps', 'grammy', 'gran', 'aunt', 'auntie',
  'uncle', 'cousin', 'baby', 'little', 'mama', 'abuela', 'abuelo', 'tía', 'tia', 'tío', 'tio', 'bubbe', 'zayde',
  'lil',
];

// Source: [derived] words that address a group, not a person ("Sir, ...", "Folks, ..."): never names.
export const NON_NAME_VOCATIVES: readonly string[] = [
  'sir', "ma'am", 'maam', 'madam', 'folks', 'friends', 'everyone', 'everybody', 'team', 'guys', 'y’all',
  "y'all", 'all', 'ladies', 'gentlemen', 'parents', 'moms', 'dads', 'families', 'neighbors', 'neighbours',
  'community', 'mamas', 'babe', 'honey', 'hun', 'buddy', 'friend', 'bestie', 'prescribers', 'patients',
];

// Source: [derived] third-person singular pronouns: the text is about one person, not a population.
export const INDIVIDUAL_PRONOUNS: readonly string[] = [
  'he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself', "he's", "she's", "he'll", "she'll",
];
