import type { TermEntry } from '../../../src/kit/term-rule.js';

// Source: [derived] words that make an adjective such as "diabetic" a label for a person
// (AMA Manual of Style [S24]: "patients with diabetes", not "diabetics" or "diabetic patients").
const PERSON = [
  'patient', 'patients', 'person', 'persons', 'people', 'individual', 'individuals', 'man', 'men', 'woman', 'women',
  'child', 'children', 'kid', 'kids', 'baby', 'babies', 'infant', 'infants', 'newborn', 'newborns', 'teen', 'teens',
  'teenager', 'teenagers', 'adolescent', 'adolescents', 'adult', 'adults', 'senior', 'seniors', 'parent', 'parents',
  'mother', 'mothers', 'mom', 'moms', 'father', 'fathers', 'dad', 'dads', 'son', 'sons', 'daughter', 'daughters',
  'husband', 'wife', 'friend', 'friends', 'relative', 'relatives', 'neighbor', 'neighbors', 'neighbour', 'neighbours',
  'client', 'clients', 'resident', 'residents', 'student', 'students', 'athlete', 'athletes', 'employee', 'employees',
  'worker', 'workers', 'guy', 'guys', 'lady', 'ladies', 'girl', 'girls', 'boy', 'boys', 'population', 'populations',
  'veteran', 'veterans', 'member', 'members', 'participant', 'participants', 'customer', 'customers', 'pt', 'pts',
];
// Source: [derived] determiners before a noun use ("a diabetic", "the schizophrenic in group B").
const DET = [
  'a', 'an', 'the', 'every', 'each', 'any', 'this', 'that', 'these', 'those', 'our', 'your', 'my', 'his', 'her',
  'their', 'one', 'fellow', 'another', 'brittle', 'type 1', 'type 2', 'type i', 'type ii', 'juvenile', 'recovering',
  'old', // "a 45-year-old alcoholic", "the 60-year-old diabetic"
];
// Source: [derived] from DOMAIN.md 3.3 traps: "diabetic retinopathy/neuropathy/foot ulcer/diet" describe
// a condition or a thing, not a person.
const CONDITION_NOUNS = [
  'retinopath*', 'neuropath*', 'nephropath*', 'dermopath*', 'cardiomyopath*', 'amyotroph*', 'ketoacidosis',
  'gastroparesis', 'macular', 'retinal', 'foot', 'feet', 'ulcer*', 'wound*', 'diet*', 'meal*', 'recipe*', 'food*',
  'menu*', 'snack*', 'dessert*', 'friendly', 'eye*', 'exam*', 'kidney*', 'disease*', 'complication*', 'coma',
  'emergenc*', 'suppl*', 'shoe*', 'sock*', 'test*', 'strip*', 'medication*', 'medicine*', 'drug*', 'care',
  'education', 'educator*', 'clinic*', 'center*', 'centre*', 'program*', 'class*', 'control', 'range', 'level*',
  'sugar*', 'skin', 'nerve*', 'screening*', 'camp*', 'association', 'alert', 'bracelet*', 'kit*', 'cookbook*',
  'dog*', 'pregnanc*', 'bronchitis', 'attack*', 'symptom*', 'airway*', 'reaction*', 'cough*', 'wheez*', 'lung*',
  'exacerbation*', 'seizure*', 'fit', 'fits', 'activity', 'discharge*', 'episode*', 'syndrome*', 'encephalopath*',
  'spasm*', 'disorder*', 'spectrum', 'illness*', 'psychosis', 'break*', 'feature*', 'depression', 'state*',
  'thinking', 'thought*', 'experience*', 'behavior*', 'behaviour*', 'beverage*', 'drink*', 'liver', 'hepatitis',
  'cirrhosis', 'pancreatitis', 'gastritis', 'fatty', 'content', 'liquor*', 'spirit*', 'hepatic', 'myopath*',
  'dementia', 'product*', 'cocktail*', 'punch', 'option*', 'choice*',
];
// Source: [derived] subjects of "stay clean" that are things, not people (hand hygiene, wound care).
const CLEAN_THINGS = [
  'hands', 'hand', 'teeth', 'skin', 'wound', 'wounds', 'area', 'areas', 'surface', 'surfaces', 'it', 'equipment',
  'room', 'rooms', 'water', 'home', 'house', 'kitchen', 'cut', 'cuts', 'incision', 'site', 'face', 'body', 'feet',
  'nails', 'mouth', 'bottle', 'bottles', 'tools', 'clothes', 'everything', 'linen', 'linens', 'air',
];
const DISEASES = [
  'stroke', 'strokes', 'a stroke', 'cancer', 'aids', 'hiv', 'polio', 'a heart attack', 'heart attack', 'dementia',
  'alzheimer*', 'ms', 'multiple sclerosis', 'cerebral palsy', 'parkinson*', 'autism', 'epilepsy', 'diabetes', 'als',
  'brain injury', 'a brain injury', 'mental illness', 'schizophrenia', 'depression', 'cystic fibrosis',
  'muscular dystrophy', 'spina bifida', 'down syndrome', 'addiction', 'the disease', 'disease', 'illness',
];
// Source: [derived] subjects and verbs that make "crazy", "insane", "nuts" describe a person (AP [S25]).
const ABOUT_A_PERSON = [
  'he is', 'she is', 'they are', 'you are', 'he was', 'she was', 'they were', 'you were', "he's", "she's",
  "they're", "you're", 'patient is', 'patients are', 'people are', 'patient was', 'people were', 'staff is',
  'staff are', 'call me', 'call him', 'call her', 'call them', 'call us', 'calling me', 'calling him', 'calling her',
  'calling them', 'calling us', 'calling people', 'calling patients', 'calling staff', 'calling our staff',
  'calling the staff', 'calling the nurses', 'calling our nurses', 'calling the doctor', 'called me', 'called him',
  'called her', 'called them', 'called us', 'called people', 'called staff', 'called our staff', 'called the staff',
  'called the nurses', 'called our nurses', 'called the doctor', 'certifiably', 'clinically', "he's not", "she's not",
  'he is not', 'she is not', "he isn't", "she isn't",
];
const AGENCIES = [
  'Alcoholics Anonymous', 'Narcotics Anonymous', 'Adult Children of Alcoholics', 'Special Olympics',
  'National Institute on Drug Abuse', 'Substance Abuse and Mental Health Services Administration',
  'National Institute on Alcohol Abuse', 'Center for Substance Abuse', 'American Foundation for the Blind',
  'National Federation of the Blind', 'National Association of the Deaf', 'Mothers Against Drunk Driving',
];

const SUD = 'person with a substance use disorder';

/** DOMAIN.md section 3.2 as data: what to avoid, what to say instead, and the source of each entry. */
export const STIGMATIZING_TERMS: readonly TermEntry[] = [
  // Substance use: NIDA, Words Matter [S23]; PMC preferred-terminology table [S64]; ONDCP glossary [S65].
  { avoid: ['former addict', 'former addicts', 'reformed addict', 'reformed addicts', 'ex addict', 'ex addicts',
    'recovering addict', 'recovering addicts', 'recovered addict', 'recovered addicts', 'recovering alcoholic',
    'recovering alcoholics'], prefer: ['person in recovery', 'person in long-term recovery'], source: '[S23]' },
  { avoid: ['addict', 'addicts', 'drug addict', 'drug addicts', 'junkie', 'junkies', 'crackhead', 'crackheads',
    'druggie', 'druggies', 'dope fiend', 'dope fiends', 'pillhead', 'pillheads', 'methhead', 'methheads',
    'meth head', 'meth heads', 'tweaker', 'tweakers'], prefer: [SUD, 'person who uses drugs'],
  note: 'Labels like this make people less likely to seek care.', source: '[S23]' },
  { avoid: ['drug user', 'drug users', 'injection drug user', 'injection drug users', 'heroin user', 'heroin users',
    'opioid user', 'opioid users', 'meth user', 'meth users', 'cocaine user', 'cocaine users', 'crack user',
    'crack users', 'substance user', 'substance users', 'drug abuser', 'drug abusers', 'substance abuser',
    'substance abusers', 'alcohol abuser', 'alcohol abusers', 'opioid abuser', 'opioid abusers'],
  prefer: ['person who uses drugs', SUD], source: '[S23]' },
  { avoid: ['alcoholics'], prefer: ['people with alcohol use disorder'], names: AGENCIES, source: '[S23]' },
  { avoid: ['alcoholic'], prefer: ['person with alcohol use disorder'], names: AGENCIES, source: '[S23]',
    when: { prev: [...DET, 'functioning', 'high functioning', 'raging', 'chronic'], next: PERSON },
    unless: { next: CONDITION_NOUNS } },
  { avoid: ['drunks'], prefer: ['person with alcohol use disorder'], source: '[S23]' },
  { avoid: ['drunk'], prefer: ['person with alcohol use disorder'], source: '[S23]',
    when: { prev: ['the', 'a', 'some', 'another', 'this', 'that', 'town', 'local', 'old', 'angry', 'belligerent'] },
    unless: { next: ['driving', 'driver*', 'text*', 'dial*', 'tank'] } },
  { avoid: ['drug habit', 'drug habits', 'drug problem', 'drug problems', 'heroin habit', 'opioid habit', 'pill habit',
    'meth habit', 'cocaine habit'], prefer: ['substance use disorder'], source: '[S23]' },
  { avoid: ['substance abuse', 'drug abuse', 'alcohol abuse', 'opioid abuse', 'opiate abuse', 'heroin abuse',
    'prescription drug abuse', 'prescription abuse', 'narcotic abuse', 'cocaine abuse', 'meth abuse',
    'marijuana abuse', 'cannabis abuse', 'abusing drugs', 'abusing alcohol', 'abusing opioids', 'abusing substances'],
  prefer: ['substance use', 'substance use disorder', 'misuse'],
  note: 'Keep "misuse" for medicines not taken as prescribed.', names: AGENCIES, source: '[S23] [S64]' },
  { avoid: ['dirty urine', 'dirty urines', 'dirty drug screen', 'dirty drug test', 'dirty tox screen', 'dirty screen',
    'dirty ua', 'dirty uds'], prefer: ['testing positive', 'a positive drug test'], source: '[S23] [S65]' },
  { avoid: ['clean urine', 'clean drug screen', 'clean drug test', 'clean tox screen', 'clean ua', 'clean uds'],
    prefer: ['testing negative', 'a negative drug test'], source: '[S23] [S65]' },
  { avoid: ['years clean', 'months clean', 'weeks clean', 'days clean', 'year clean', 'clean and sober', 'clean time',
    'got clean', 'get clean', 'getting clean', 'gets clean', 'stay clean', 'stays clean', 'stayed clean',
    'staying clean', 'been clean'], prefer: ['in recovery', 'not using drugs', 'abstinent'],
  note: 'Calling recovery "clean" implies people who use drugs are dirty.', source: '[S23] [S65]',
    unless: { prev: CLEAN_THINGS, next: ['water', 'hands', 'air', 'clothes', 'needles', 'syringes', 'supplies', 'up'] } },
  { avoid: ['opioid replacement', 'opioid replacement therapy', 'opiate replacement therapy', 'methadone maintenance'],
    prefer: ['medication for opioid use disorder (MOUD)'], source: '[S65]' },
  { avoid: ['addicted baby', 'addicted babies', 'addicted newborn', 'addicted newborns', 'addicted infant',
    'addicted infants', 'born addicted', 'crack baby', 'crack babies'],
  prefer: ['newborn exposed to substances', 'baby with prenatal substance exposure'], source: '[S23]' },
  // Suicide: AP Stylebook 2015 [S25]; AMA Manual of Style [S24].
  { avoid: ['committed suicide', 'commit suicide', 'commits suicide', 'committing suicide', 'commited suicide'],
    prefer: ['died by suicide', 'took their own life'], note: 'Suicide is not a crime.', source: '[S25] [S24]' },
  { avoid: ['successful suicide', 'successful suicide attempt', 'failed suicide', 'failed suicide attempt',
    'unsuccessful suicide', 'unsuccessful suicide attempt', 'failed attempt at suicide'],
  prefer: ['suicide attempt', 'attempted suicide', 'died by suicide'], source: '[S25] [S24]' },
  // Conditions as labels: AMA Manual of Style [S24]; AP [S25].
  { avoid: ['diabetics'], prefer: ['people with diabetes'], names: AGENCIES, source: '[S24]' },
  { avoid: ['diabetic'], prefer: ['person with diabetes'], source: '[S24]',
    when: { prev: DET, next: PERSON }, unless: { next: CONDITION_NOUNS } },
  { avoid: ['asthmatics'], prefer: ['people with asthma'], source: '[S24]' },
  { avoid: ['asthmatic'], prefer: ['child with asthma', 'person with asthma'], source: '[S24]',
    when: { prev: DET, next: PERSON }, unless: { next: CONDITION_NOUNS } },
  { avoid: ['epileptics'], prefer: ['people with epilepsy'], source: '[S24]' },
  { avoid: ['epileptic'], prefer: ['person with epilepsy'], source: '[S24]',
    when: { prev: DET, next: PERSON }, unless: { next: CONDITION_NOUNS } },
  { avoid: ['schizophrenic', 'schizophrenics'], prefer: ['person with schizophrenia'],
    note: 'Do not use it as a metaphor either.', source: '[S24] [S25]', unless: { next: CONDITION_NOUNS } },
  { avoid: ['bipolar'], prefer: ['person with bipolar disorder'], source: '[S24] [S25]', when: { next: PERSON } },
  { avoid: ['psychotics'], prefer: ['person experiencing psychosis'], source: '[S24] [S25]' },
  { avoid: ['psychotic'], prefer: ['person experiencing psychosis'], source: '[S24] [S25]',
    when: { prev: DET, next: PERSON }, unless: { next: CONDITION_NOUNS } },
  { avoid: ['the mentally ill', 'mentally ill person', 'mentally ill people', 'mentally ill patient',
    'mentally ill patients'], prefer: ['people with mental illness'], note: 'Name the specific condition when you can.',
  source: '[S24] [S25]' },
  { avoid: ['psycho', 'psychos', 'crazies', 'lunatic', 'lunatics', 'loony', 'loonies', 'nutjob', 'nutjobs', 'nut job',
    'nutcase', 'nutcases', 'nut case', 'mental case', 'basket case', 'wacko', 'whacko'], source: '[S25]' },
  { avoid: ['crazy', 'insane', 'nuts', 'deranged'],
    note: 'Mental-illness words used as insults stigmatise people who live with one.', source: '[S25]',
    when: { prev: ABOUT_A_PERSON, next: PERSON } },
  // Pity and victim language: AMA [S24]; AP [S25].
  { avoid: ['suffers from', 'suffer from', 'suffering from', 'suffered from', 'afflicted with', 'afflicted by',
    'stricken with', 'stricken by'], prefer: ['has', 'lives with'], source: '[S24] [S25]',
  unless: { next: ['a lack', 'lack', 'shortage*', 'staffing', 'budget*', 'funding'] } },
  { avoid: ['victim of', 'victims of'], prefer: ['person who has (or had) the condition'], source: '[S24] [S25]',
    when: { next: DISEASES } },
  { avoid: ['stroke victim', 'stroke victims'], prefer: ['person who had a stroke'], source: '[S24] [S25]' },
  { avoid: ['heart attack victim', 'heart attack victims'], prefer: ['person who had a heart attack'], source: '[S24] [S25]' },
  { avoid: ['aids victim', 'aids victims', 'hiv victim', 'hiv victims'], prefer: ['person with HIV', 'person with AIDS'],
    source: '[S24] [S25]' },
  { avoid: ['cancer victim', 'cancer victims'], prefer: ['person with cancer'], source: '[S24] [S25]' },
  { avoid: ['polio victim', 'polio victims'], prefer: ['person who had polio'], source: '[S24] [S25]' },
  { avoid: ['dementia victim', 'dementia victims'], prefer: ['person with dementia'], source: '[S24] [S25]' },
  { avoid: ['sufferer', 'sufferers'], prefer: ['person with the condition'], source: '[S24]' },
  // Disability: AMA [S24]; AP [S25]; NCDJ Disability Language Style Guide [S26].
  { avoid: ['wheelchair bound', 'confined to a wheelchair', 'confined to wheelchairs', 'bound to a wheelchair',
    'restricted to a wheelchair'], prefer: ['uses a wheelchair', 'wheelchair user'], source: '[S24] [S25] [S26]' },
  { avoid: ['the disabled', 'the handicapped'], prefer: ['people with disabilities', 'disabled people'],
    source: '[S24] [S25]', unless: { next: ['parking', 'toilet*', 'bathroom*', 'restroom*', 'entrance*', 'badge*',
      'permit*', 'placard*', 'space*', 'spot*', 'access'] } },
  { avoid: ['handicapped', 'crippled', 'cripple', 'cripples', 'the lame'], prefer: ['disabled', 'has a disability'],
    source: '[S24] [S25]' },
  { avoid: ['retarded', 'retard', 'retards', 'mentally retarded', 'mental retardation'],
    prefer: ['person with an intellectual disability', 'intellectual disability'], source: '[S24]',
    unless: { next: ['growth'] } },
  { avoid: ['physically challenged', 'mentally challenged', 'developmentally challenged', 'handicapable',
    'handi capable', 'differently abled', 'special needs'], prefer: ['has a disability', 'disabled'],
  source: '[S24] [S26]' },
  { avoid: ['the blind'], prefer: ['blind people', 'people who are blind or have low vision'], names: AGENCIES,
    source: '[S24] [S25]', when: { next: ['$', 'and', 'or', 'are', 'were', 'who', 'can', 'cannot', "can't", 'need',
      'needs', 'have', 'deserve', 'to'] } },
  { avoid: ['the deaf'], prefer: ['deaf people', 'people who are deaf or hard of hearing'], names: AGENCIES,
    source: '[S24] [S25]', when: { next: ['$', 'and', 'or', 'are', 'were', 'who', 'can', 'cannot', "can't", 'need',
      'needs', 'have', 'deserve', 'to'] }, unless: { next: ['and hard', 'or hard'] } },
  { avoid: ['deaf and dumb', 'deaf mute', 'deaf mutes'], prefer: ['deaf', 'deaf people'], source: '[S24] [S26]' },
];
