import type { TermEntry } from '../../../src/kit/term-rule.js';

// Source: [derived] words that point at a patient or a member of the public (not the author, not staff).
export const PEOPLE: ReadonlySet<string> = new Set([
  'patient', 'patients', 'pt', 'pts', 'guy', 'guys', 'lady', 'ladies', 'dude', 'dudes', 'gentleman', 'gentlemen',
  'man', 'men', 'woman', 'women', 'someone', 'somebody', 'people', 'folks', 'person', 'family', 'families', 'mom',
  'dad', 'mother', 'father', 'son', 'daughter', 'husband', 'wife', 'grandma', 'grandpa', 'parent', 'parents',
  'teen', 'teens', 'reviewer', 'caller', 'customer', 'customers', 'client', 'clients', 'driver', 'sir', "ma'am",
  'drunk', 'drunks', 'junkie', 'junkies', 'addict', 'addicts',
]);
// Source: [derived] honorifics that, before a surname, name a patient or relative ("Dr" is staff, in STAFF).
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'mister']);
/** Third-person pronouns count as a referent only when no staff word is near. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his', "he's", "she's", 'himself', 'herself']);
/** In a reply or review reply, "you" is the person replied to. */
export const YOU: ReadonlySet<string> = new Set(['you', 'your', "you're", 'yours', 'yourself', "you've", "you'd"]);
// Source: [derived] staff and colleagues: remarks about them (or about oneself) are not about patients.
export const STAFF: ReadonlySet<string> = new Set([
  'dr', 'doctor', 'doctors', 'nurse', 'nurses', 'rn', 'rns', 'np', 'pa', 'tech', 'techs', 'coworker', 'coworkers',
  'co', 'colleague', 'colleagues', 'staff', 'team', 'teammate', 'teammates', 'manager', 'boss', 'admin', 'surgeon',
  'surgeons', 'pharmacist', 'receptionist', 'intern', 'interns', 'attending', 'physician', 'physicians', 'provider',
]);
export const SELF: ReadonlySet<string> = new Set(['i', "i'm", 'im', 'me', 'myself', 'we', "we're", 'us', "i've", "i'd", 'ourselves']);

// Source: [derived] DOMAIN.md 3.3 sarcasm markers aimed at a patient: eye-roll, clown, face-palm,
// unamused, nausea, vomiting, middle finger; "smh", "eye roll", "facepalm". The upside-down face and the
// skull are left out: they are as often self-directed or fond as mocking.
export const MOCK_EMOJI = /\u{1F644}|\u{1F921}|\u{1F926}|\u{1F612}|\u{1F922}|\u{1F92E}|\u{1F595}/gu;
export const MOCK_WORDS = /\b(?:smh|eye ?rolls?|rolls? (?:my )?eyes|face ?palm|sure,? (?:buddy|pal|jan|sweetie|hon))\b/gi;

const INTENSIFIER = ['so', 'too', 'how', 'really', 'just', 'honestly', 'incredibly', 'seriously', 'are', 'is', 'was',
  'were', 'be', 'being', "he's", "she's", "you're", "they're", 'such', 'plain', 'completely', 'totally'];
const PERSON_NEXT = ['patient', 'patients', 'people', 'person', 'guy', 'guys', 'lady', 'ladies', 'man', 'woman',
  'family', 'families', 'mom', 'dad', 'son', 'daughter', 'parents', 'folks', 'customer', 'customers'];
const SARCASTIC = ['another', 'this', 'that', 'some', 'absolute', 'real', 'total', 'pure', 'certified', 'what a',
  'a real', 'a total', 'our resident', 'resident', 'local'];

/**
 * Tags: `slang` and `always` are derogatory whatever the context (hospital slang for patients, "you can't
 * fix stupid"); `label` is an insulting noun, so it names its own target and only self-deprecation or a
 * remark about staff is let through; `insult` (adjectives, sarcasm) needs a patient or public word nearby;
 * `taunt` needs a reply or such a word; `reply` counts only in a reply or review reply.
 */
export const DEROGATORY_TERMS: readonly TermEntry[] = [
  // Hospital slang for patients: DOMAIN.md 3.3 ("frequent flyer", "drug seeker", "gomer"); state boards
  // discipline derogatory remarks about patients [S18]; ANA: no disparaging remarks, even unnamed [S20].
  { avoid: ['frequent flyer', 'frequent flyers', 'frequent flier', 'frequent fliers'], tag: 'slang', source: '[S18] [S20]',
    unless: { next: ['mile*', 'program*', 'point*', 'club', 'status', 'card*', 'account*', 'member*', 'number*',
      'lounge*', 'perk*', 'reward*', 'deal*', 'benefit*', 'credit*', 'flight*', 'airline*'] } },
  { avoid: ['drug seeker', 'drug seekers', 'pill seeker', 'pill seekers', 'narc seeker', 'narc seekers',
    'gomer', 'gomers', 'gork', 'gorks', 'gorked', 'pumpkin positive', 'dirtball', 'dirtballs', 'scumbag',
    'scumbags', 'lowlife', 'lowlifes', 'shpos', 'beached whale'], tag: 'slang', source: '[S18] [S20]' },
  // "Drug-seeking behavior" is a clinical term in education; only a label for a person is flagged, and
  // only as a warning, since clinicians still use "drug-seeking patient" in good faith.
  { avoid: ['drug seeking'], tag: 'slang', source: '[S18] [derived]', severity: 1,
    when: { prev: ['is', 'was', 'are', 'were', "he's", "she's", "they're", 'being', 'obviously', 'clearly',
      'totally', 'classic', 'another', 'this', 'the'], next: PERSON_NEXT } },
  { avoid: ['crock', 'crocks'], tag: 'slang', source: '[derived]',
    when: { prev: ['a', 'another', 'total', 'complete', 'the', 'such a'] }, unless: { next: ['pot', 'pots'] } },
  // "Turfing" a patient: moving them to another service to be rid of them. Not sports turf or turf toe.
  { avoid: ['turf', 'turfed', 'turfing', 'turfs'], tag: 'slang', source: '[derived]',
    when: { next: ['him', 'her', 'them', 'the patient', 'this patient', 'that patient', 'patients', 'pts', 'pt',
      'the pt', 'to', 'back', 'over', 'upstairs', 'downstairs'] },
    unless: { prev: ['artificial', 'synthetic', 'home', 'astro', 'fake', 'grass', 'natural', 'field', 'new'],
      next: ['toe', 'field*', 'war*', 'burn*', 'injur*', 'grass', 'surface*', 'pitch*'] } },
  // A shift or a week can be a "train wreck" too: these need a person nearby.
  { avoid: ['train wreck', 'train wrecks', 'trainwreck', 'trainwrecks', 'hot mess', 'whiny'], tag: 'insult',
    source: '[S18] [S20]' },
  { avoid: ['whiner', 'whiners', 'complainer', 'complainers', 'drama queen', 'drama queens', 'attention seeker',
    'attention seekers', 'crybaby', 'crybabies', 'cry baby'], tag: 'label', source: '[S18] [S20]' },
  // Insults: derogatory remarks about a patient [S18]; the Igbinadolor review reply ("get a life") [S8].
  { avoid: ['idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'dimwit', 'dimwits', 'nitwit', 'nitwits',
    'loser', 'losers', 'halfwit', 'halfwits', 'bozo', 'bozos'], tag: 'label', source: '[S18] [S20]',
    unless: { next: ['proof', 'light', 'lights', 'box', 'savant'] } },
  { avoid: ['clown', 'clowns'], tag: 'label', source: '[S18]',
    when: { prev: ['this', 'that', 'some', 'another', 'what a', 'a total', 'total', 'absolute', 'complete', 'these'] } },
  { avoid: ['genius', 'geniuses', 'einstein', 'rocket scientist'], tag: 'insult', source: '[S18] [derived]',
    when: { prev: SARCASTIC } },
  { avoid: ['dumb', 'stupid', 'dense', 'clueless', 'vain', 'lazy', 'entitled', 'pathetic', 'gross', 'disgusting',
    'smelly', 'ignorant', 'brainless', 'obnoxious', 'ungrateful', 'needy', 'useless', 'hopeless', 'filthy'],
    tag: 'insult', source: '[S18] [S20]',
    when: { prev: INTENSIFIER, next: PERSON_NEXT },
    unless: { prev: ['breast', 'breasts', 'tissue', 'bone', 'bones', 'nutrient', 'calorie'],
      next: ['eye', 'eyes', 'question', 'questions', 'mistake', 'mistakes', 'luck', 'idea', 'breast*', 'tissue'] } },
  { avoid: ['fat', 'ugly'], tag: 'insult', source: '[S18] [S20]', when: { next: PERSON_NEXT } },
  { avoid: ["you can't fix stupid", 'you cant fix stupid', "can't fix stupid", 'cant fix stupid'], tag: 'always',
    source: '[S18] [S20]' },
  // "My least favorite patient", "already my least favorite." (not "my least favorite part of the job").
  { avoid: ['least favorite', 'least favourite'], tag: 'insult', source: '[S18] [derived]',
    when: { next: [...PERSON_NEXT, 'pt', 'pts', '$'] } },
  { avoid: ['stop whining', 'quit whining', 'stop your whining', 'quit your whining', 'stop complaining',
    'quit complaining', 'quit your complaining', 'stop being so dramatic', 'stop being dramatic'], tag: 'taunt',
    source: '[S8] [derived]' },
  // Condescension towards the person replied to (a reviewer, a commenter).
  { avoid: ["don't know what you're talking about", "dont know what youre talking about",
    'do not know what you are talking about', "have no idea what you're talking about",
    'no idea what you are talking about'], tag: 'reply', source: '[S8] [derived]' },
  { avoid: ['get a life', 'get over it', 'get over yourself', 'boo hoo', 'cry me a river', 'good riddance',
    "don't let the door hit you", 'nice try', 'never learn', 'never learns'], tag: 'taunt', source: '[S8] [derived]' },
  // Everyday phrases elsewhere ("help your child learn to read"), taunts only in a reply.
  { avoid: ['learn to read', 'grow up', 'shut up', 'deal with it', 'not our problem'], tag: 'reply',
    source: '[S8] [derived]' },
];
