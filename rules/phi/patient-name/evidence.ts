import type { Token } from '../../../src/types.js';
import { CUE, isCredentialShape, wordCue } from '../../../src/kit/lexicon/cue-index.js';
import { PUBLIC_ROLES } from '../../../src/kit/lexicon/framing.js';
import { ANIMALS, PATIENT_APPOSITIVES, PATIENT_NON_PERSON } from '../../../src/kit/lexicon/health.js';
import { EPONYM_HEADS, EPONYM_PROCEDURES, LOCATIVES } from '../../../src/kit/lexicon/non-names.js';
import { RELATIVES } from '../../../src/kit/lexicon/people.js';
import { CREDENTIALS, DEPARTMENTS, HEALTHCARE_OCCUPATIONS, STAFF_ROLES, STAFF_TITLES } from '../../../src/kit/lexicon/staff.js';
import type { Candidate } from './candidates.js';
import {
  CHILD_TITLES, CREDIT_WORDS, GREETING_FILLERS, GREETINGS, PATIENT_EXAMPLE_NOUNS, PATIENT_EXAMPLE_WORDS, POSSESSED_CARE,
  ROLE_BREAKERS,
} from './data.js';

const set = (...lists: (readonly string[])[]): Set<string> => new Set(lists.flat());
const APPOSITIVES = set(PATIENT_APPOSITIVES);
const ANIMAL = set(ANIMALS);
const NON_PERSON = set(PATIENT_NON_PERSON);
const OCCUPATIONS = HEALTHCARE_OCCUPATIONS.filter((w) => !w.includes(' '));
const ROLES = set(STAFF_ROLES, STAFF_TITLES, OCCUPATIONS);
const DEPTS = set(DEPARTMENTS, STAFF_ROLES, OCCUPATIONS);
const LITTLE = set(CHILD_TITLES);
const EXAMPLE = set(PATIENT_EXAMPLE_WORDS);
const EXAMPLE_OF = set(PATIENT_EXAMPLE_NOUNS);
const PUBLIC = set(PUBLIC_ROLES.filter((w) => !w.includes(' ')));
const KIN = new Set(RELATIVES.filter((w) => !['family', 'kids', 'parents', 'twins', 'sons', 'daughters'].includes(w)));
// "baby Nora": the baby is usually the patient, not a relative.
const CHILD = set(['baby', 'newborn', 'infant', 'toddler']);
const BREAKERS = set(ROLE_BREAKERS);
const AFTER_BREAKERS = set(ROLE_BREAKERS, ['whose', 'his', 'her', 'their', 'my', 'your']);
const GREET = set(GREETINGS);
const FILL = set(GREETINGS, GREETING_FILLERS);
const CREDIT = set(CREDIT_WORDS);
const CREDS = set(CREDENTIALS);
const HEADS = set(EPONYM_HEADS);
const PROCEDURES = set(EPONYM_PROCEDURES);
const LOC = set(LOCATIVES);
const ARTICLES = set(['the', 'a', 'an', 'this', 'that', 'our', 'their']);
const POSSESSED = set(POSSESSED_CARE);
const CARE_BITS = CUE.health | CUE.weak | CUE.patient;
const HAS = set(['has', 'have', 'had']);

/** Adds what the words around a candidate say about it: patient, staff, relative, addressed. */
export function addContext(c: Candidate, tokens: readonly Token[], text: string): void {
  const ev = c.evidence;
  const sentenceFirst = c.sentenceFirst;
  const at = (k: number): string => tokens[k]?.lower ?? '';
  let broken = false;
  for (let k = c.before, d = 1; k >= sentenceFirst && d <= 4; k--, d++) {
    const w = at(k);
    // "our NICU grad Sofie" is a patient; "our nursing grad Emily" is staff.
    if (d <= 3 && !broken && APPOSITIVES.has(w) && !NON_PERSON.has(at(k + 1))) {
      ev.add(DEPTS.has(at(k - 1)) ? 'staff' : 'patientNoun');
      break;
    }
    // "our nurse Ana", "our exercise physiologist Marco", "our PA Jordan": a job or credential before the name.
    if (!broken && (ROLES.has(w) || (CREDS.has(w) && isCredentialShape(tokens[k]!.text)))) { ev.add('staff'); break; }
    if (d <= 2 && ANIMAL.has(w)) { c.veto = 'an animal'; break; }
    if (d <= 2 && KIN.has(w)) ev.add(CHILD.has(w) ? 'child' : 'kin');
    if (BREAKERS.has(w)) broken = true;
  }
  const prev = at(c.before);
  if (LOC.has(prev)) ev.add('locative');
  // "little Aiden Cho", "lil Nova": the child named is the patient.
  if (LITTLE.has(prev)) ev.add('child');
  // "patients like Mrs. Kaplan", "clients such as Dev": a named example of the patients.
  if ((EXAMPLE.has(prev) && EXAMPLE_OF.has(at(c.before - 1)))
    || (prev === 'as' && at(c.before - 1) === 'such' && EXAMPLE_OF.has(at(c.before - 2)))) ev.add('patientNoun');
  // "singer Mara Vale", "former Senator ...": framed as a public figure.
  if (PUBLIC.has(prev) || c.prefix === 'publicTitle') ev.add('public');
  if ((at(c.before) === 'to' && (CREDIT.has(at(c.before - 1)) || CREDIT.has(at(c.before - 2)))) || CREDIT.has(at(c.before))) {
    ev.add('credit');
  }
  let greeting = c.before >= sentenceFirst;
  let greet = false;
  for (let k = sentenceFirst; k <= c.before && greeting; k++) {
    greeting = FILL.has(at(k));
    greet ||= GREET.has(at(k));
  }
  if (greeting && greet) ev.add('greeting');
  if (at(c.before) === 'the' && /^(?:family|household)/.test(at(c.last + 1))) ev.add('family');
  else if (ARTICLES.has(at(c.before))) ev.add('article');
  addAfter(c, tokens, text);
}

/** "... after 30 years as our charge nurse": a role given to the name later in the sentence. */
function asRole(c: Candidate, tokens: readonly Token[]): void {
  for (let k = c.last + 1; tokens[k] && tokens[k]!.start < c.sentence.end; k++) {
    if (tokens[k]!.lower !== 'as' || !ARTICLES.has(tokens[k + 1]?.lower ?? '')) continue;
    for (let j = k + 2; j <= k + 5 && tokens[j] && tokens[j]!.start < c.sentence.end; j++) {
      if (APPOSITIVES.has(tokens[j]!.lower)) return;
      if (ROLES.has(tokens[j]!.lower)) { c.evidence.add('staff'); return; }
    }
  }
}

function addAfter(c: Candidate, tokens: readonly Token[], text: string): void {
  const ev = c.evidence;
  const after = text.slice(c.end, c.end + 24);
  const cred = /^,?\s+([A-Za-z][A-Za-z.\-/]{1,7})(?![\p{L}])/u.exec(after);
  if (cred && CREDS.has(cred[1]!.toLowerCase().replace(/\.$/, '')) && isCredentialShape(cred[1]!)) ev.add('staff');
  if (/^(?:,\s*\d{1,3}(?!\d)(?![\-/.]\d)|\s*\(\s*\d{1,3}\s*\))/.test(after)) ev.add('age');
  const before = text.slice(Math.max(c.sentence.start, c.start - 3), c.start);
  // "Kevin, we're sorry", "your stay, Trevor, but": addressed; "Asymmetry, Border, Color": a list.
  if ((c.atStart && /^\s*[,!]/.test(after))
    || (/,\s*$/.test(before) && /^\s*(?:[!.?]|$|,\s*(?:but|and|we|you|i|it|thanks|thank|please|so|sorry)\b)/.test(after))) ev.add('vocative');
  const next = tokens[c.last + 1];
  if (!next || next.start >= c.sentence.end) return;
  if (HEADS.has(next.lower) || (PROCEDURES.has(next.lower) && !ev.has('possessive'))) {
    c.veto = 'an eponym (a condition, test or procedure named after a person)';
  }
  if (/^,?\s+who\b/.test(after)) ev.add('who');
  asRole(c, tokens);
  if (ev.has('possessive')) {
    const n2 = tokens[c.last + 2];
    const cared = (t: Token | undefined): boolean => t !== undefined && t.start < c.sentence.end
      && ((wordCue(t.lower) & CARE_BITS) !== 0 || POSSESSED.has(t.lower));
    if (cared(next) || cared(n2)) ev.add('possessiveCare');
  }
  const gap = text.slice(c.end, next.start);
  const from = next.lower === 'from';
  // "Carlos, our charge nurse", "Carlos is our ...", "Carlos has been a respiratory therapist".
  const appositive = gap.includes(',') || from || ['is', 'was', 'as', 'became', 'joined'].includes(next.lower)
    || (HAS.has(next.lower) && tokens[c.last + 2]?.lower === 'been');
  if (!appositive) return;
  for (let k = c.last + 1, d = 0; d < 6 && tokens[k] && tokens[k]!.start < c.sentence.end; k++, d++) {
    const w = tokens[k]!.lower;
    if (d > 0 && AFTER_BREAKERS.has(w)) break;
    if (APPOSITIVES.has(w) && !NON_PERSON.has(tokens[k + 1]?.lower ?? '')) { ev.add('patientNoun'); break; }
    if ((from ? DEPTS : ROLES).has(w)) { ev.add('staff'); break; }
    if (ANIMAL.has(w)) { c.veto = 'an animal'; break; }
  }
}
