// Capitalised words that look like names but are not people. Lower-case.

// Source: [derived] calendar words.
export const CALENDAR: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'christmas', 'easter', 'thanksgiving', 'halloween', 'hanukkah',
  'chanukah', 'diwali', 'ramadan', 'eid', 'passover', 'kwanzaa', 'juneteenth', 'valentine', "valentine's",
  'labor', 'memorial', 'independence', 'veterans', 'new', 'year', 'eve', 'spring', 'summer', 'fall', 'autumn',
  'winter', 'today', 'tonight', 'tomorrow', 'yesterday', 'weekend', 'lent', 'advent', 'pride',
];

// Source: DOMAIN.md 1.6 traps (Parkinson's, Alzheimer's, Crohn's, Hodgkin, Down syndrome, Apgar);
// further eponymous diseases, tests and signs from standard medical usage [derived].
export const EPONYMS: readonly string[] = [
  'parkinson', 'alzheimer', 'crohn', 'hodgkin', 'apgar', 'huntington', 'tourette', 'asperger', 'hashimoto',
  'gehrig', 'raynaud', 'sjogren', 'sjögren', 'kawasaki', 'lyme', 'meniere', 'ménière', 'guillain', 'barré',
  'marfan', 'ehlers-danlos', 'klinefelter', 'duchenne', 'tay-sachs', 'legionnaires', 'heimlich', 'pap',
  'kegel', 'epstein-barr', 'hirschsprung', 'snellen', 'lamaze', 'kaposi', 'achilles', 'fallopian',
  'eustachian', 'hippocratic', 'rett', 'angelman', 'prader-willi', 'noonan', 'patau', 'rorschach',
  'alcoholics', 'anonymous', 'paget', "bell's",
];

// Source: [derived] nouns that follow an eponym ("Down syndrome", "Bell's palsy", "Graves' disease"):
// a capitalised word right before one of these names a condition, test or charity, not a person.
export const EPONYM_HEADS: readonly string[] = [
  'disease', 'syndrome', 'palsy', 'disorder', 'lymphoma', 'sarcoma', 'ataxia', 'dystrophy', 'chorea',
  'phenomenon', 'sign', 'test', 'score', 'scale', 'maneuver', 'manoeuvre', 'awareness', 'research',
  'foundation', 'association', 'society', 'institute', 'law', 'rule', 'method', 'technique', 'reflex',
  'fracture', 'tumor', 'tumour', 'ulcer', 'cyst', 'anomaly',
];
/** Heads that follow an eponym only without a possessive ("Tommy John surgery", not "Maria's surgery"). */
export const EPONYM_PROCEDURES: readonly string[] = [
  'surgery', 'procedure', 'protocol', 'diet', 'operation', 'repair', 'splint', 'incision', 'block', 'position',
  'pose', 'curve', 'effect', 'principle', 'classification', 'criteria', 'equation', 'formula', 'stage', 'staging',
];

// Source: DOMAIN.md 1.6 traps ("places/buildings ('St. Luke's')"); hospital names built on
// people's names [derived].
export const NAMED_INSTITUTIONS: readonly string[] = [
  'st', 'saint', 'mayo', 'hopkins', 'cedars', 'cedars-sinai', 'sinai', 'kettering', 'shriners', 'make-a-wish',
  'kaiser', 'dana-farber', 'geisinger', 'intermountain', 'emory', 'vanderbilt', 'baylor', 'stanford',
  'harvard', 'yale', 'tufts', 'cleveland',
];

// Source: [derived] widely advertised drug, device and treatment brands (FDA Orange Book and
// device listings are the authority; this is the short list seen in social posts).
export const DRUG_BRANDS: readonly string[] = [
  'botox', 'invisalign', 'adderall', 'ozempic', 'wegovy', 'mounjaro', 'zepbound', 'tylenol', 'advil',
  'motrin', 'aleve', 'narcan', 'dilaudid', 'xanax', 'valium', 'ativan', 'klonopin', 'humira', 'eliquis',
  'xarelto', 'lipitor', 'crestor', 'zoloft', 'prozac', 'lexapro', 'wellbutrin', 'ambien', 'viagra', 'cialis',
  'suboxone', 'vicodin', 'percocet', 'oxycontin', 'keytruda', 'opdivo', 'herceptin', 'paxlovid', 'tamiflu',
  'flonase', 'zyrtec', 'claritin', 'allegra', 'benadryl', 'sudafed', 'epipen', 'dexcom', 'libre', 'omnipod',
  'medtronic', 'jardiance', 'farxiga', 'trulicity', 'victoza', 'lantus', 'humalog', 'novolog', 'synthroid',
  'plavix', 'coumadin', 'lasix', 'norvasc', 'zithromax', 'cipro', 'augmentin', 'keflex', 'valtrex', 'gardasil',
  'pfizer', 'moderna', 'novavax', 'biktarvy', 'truvada', 'descovy', 'juvederm', 'kybella', 'coolsculpting',
  'dysport', 'restylane', 'sculptra', 'accutane', 'spravato', 'vyvanse', 'ritalin', 'concerta', 'strattera',
  'seroquel', 'abilify', 'depakote', 'lamictal', 'keppra', 'topamax', 'imitrex', 'nurtec', 'dupixent',
  'xolair', 'symbicort', 'advair', 'ventolin', 'proair', 'spiriva', 'trelegy', 'entresto', 'repatha', 'leqembi',
  'aricept', 'namenda', 'azo', 'monistat', 'mirena', 'nexplanon', 'clomid', 'metamucil', 'miralax', 'pepto',
  'imodium', 'tums', 'prilosec', 'nexium', 'pepcid', 'mucinex', 'nyquil', 'dayquil', 'robitussin', 'neosporin',
];

// Source: [derived] public and private health plans named in posts.
export const INSURERS: readonly string[] = [
  'medicare', 'medicaid', 'tricare', 'aetna', 'cigna', 'humana', 'anthem', 'kaiser', 'unitedhealthcare',
];

// Source: [derived] platforms and companies that appear capitalised in posts.
export const COMPANY_NAMES: readonly string[] = [
  'fitbit', 'oura', 'zoom', 'google', 'yelp', 'facebook', 'instagram', 'tiktok', 'youtube', 'linkedin',
  'twitter', 'venmo', 'gofundme', 'amazon', 'apple', 'uber', 'lyft', 'doordash', 'walmart', 'target', 'cvs',
  'walgreens', 'costco', 'starbucks', 'netflix', 'spotify', 'caringbridge', 'mychart', 'epic',
];

// Source: [derived] words that end or start a place or organisation name ("Birch Hollow Rd",
// "Lake Corrine", "Hope Valley Cancer Center").
export const PLACE_WORDS: readonly string[] = [
  'road', 'rd', 'street', 'avenue', 'ave', 'blvd', 'boulevard', 'lane', 'ln', 'drive', 'way', 'court',
  'ct', 'circle', 'cir', 'place', 'pl', 'terrace', 'parkway', 'pkwy', 'highway', 'hwy', 'route', 'rte',
  'park', 'lake', 'lakes', 'heights', 'hollow', 'hills', 'hill', 'valley', 'creek', 'river', 'falls', 'springs',
  'beach', 'bay', 'point', 'ridge', 'woods', 'grove', 'village', 'county', 'city', 'town', 'township',
  'borough', 'harbor', 'harbour', 'island', 'isle', 'mountain', 'mount', 'mt', 'canyon', 'meadow', 'meadows',
  'glen', 'forest', 'square', 'plaza', 'mall', 'station', 'airport', 'field', 'fields', 'stadium', 'arena',
  'motel', 'hotel', 'inn', 'school', 'academy', 'university', 'college', 'church', 'chapel', 'temple',
  'mosque', 'synagogue', 'library', 'center', 'centre', 'district', 'region', 'tower', 'pavilion', 'wing',
  'hall', 'building', 'campus', 'fort', 'port', 'san', 'santa', 'los', 'las', 'north', 'south', 'east', 'west',
  'northeast', 'northwest', 'southeast', 'southwest', 'upper', 'lower', 'downtown', 'uptown', 'rock',
  'hospital', 'clinic', 'institute', 'foundation', 'health', 'medical', 'pharmacy', 'dental', 'memorial',
  'house', 'association', 'society', 'network', 'group', 'partners', 'labs', 'inc', 'llc', 'co', 'corp',
  'hospice', 'smiles', 'orthodontics', 'dentistry', 'pediatrics', 'cardiology', 'dermatology', 'surgery',
  'therapy', 'care', 'wellness', 'practice', 'associates', 'services', 'system', 'ymca', 'y', 'gym',
  'department', 'dept', 'office', 'council', 'board', 'league', 'club', 'team', 'fund', 'general',
  'united', 'states', 'kingdom', 'america', 'nations', 'republic', 'squad', 'crew', 'studio', 'studios', 'lab', 'kitchen', 'market', 'cafe', 'café', 'bar', 'grill', 'shop',
];

// Source: [derived] place words that are also common surnames ("Kayla Park", "Mr. Hall"): after a
// given name they end a person's name, not a place's.
export const SURNAME_PLACE_WORDS: readonly string[] = [
  'park', 'hill', 'hills', 'hall', 'field', 'fields', 'west', 'north', 'south', 'east', 'woods', 'lane',
  'rock', 'church', 'bay', 'glen', 'ridge', 'grove', 'river', 'lake', 'house', 'port', 'wing', 'young',
];

// Source: [derived] nationality and language adjectives ("Greek yogurt", "American Heart Association").
export const NATIONALITIES: readonly string[] = [
  'american', 'english', 'british', 'spanish', 'mexican', 'greek', 'italian', 'french', 'german', 'irish',
  'chinese', 'japanese', 'korean', 'vietnamese', 'filipino', 'indian', 'african', 'asian', 'european',
  'latino', 'latina', 'latinx', 'hispanic', 'native', 'canadian', 'caribbean', 'haitian', 'somali',
  'arabic', 'russian', 'polish', 'ukrainian', 'portuguese', 'brazilian', 'cuban', 'puerto', 'rican',
  'jewish', 'muslim', 'catholic', 'indigenous',
];

// Source: [derived] prepositions before a place ("at Hadley Park", "from Lakewood"): a lone
// capitalised word after one of these is more likely a place than a person.
export const LOCATIVES: readonly string[] = [
  'at', 'in', 'on', 'near', 'from', 'by', 'off', 'across', 'around', 'outside', 'inside', 'through',
  'toward', 'towards', 'via', 'into', 'past', 'behind',
];

// Source: [derived] words of observances and campaigns ("National Hospice Month", "World Heart Day").
export const OBSERVANCE_WORDS: readonly string[] = [
  'month', 'week', 'day', 'awareness', 'national', 'world', 'international', 'global', 'walk', 'run',
  'gala', 'fair', 'drive', 'challenge', 'campaign', 'program', 'programme', 'initiative', 'series', 'episode',
  'stories', 'story', 'journal', 'review', 'magazine', 'news', 'times', 'post', 'press', 'radio', 'tv',
];
