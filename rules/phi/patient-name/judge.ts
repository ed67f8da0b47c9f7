import type { RuleContext } from '../../../src/types.js';
import { CUE } from '../../../src/kit/lexicon/cue-index.js';
import { patientContext, postCareScore, sentenceCues } from '../../../src/kit/patient-context.js';
import type { Candidate } from './candidates.js';
import { CREDIT_TEXT, NAME_BOOSTS as B, NAME_THRESHOLDS as T, PERSON_SCORES as S } from './data.js';
import { vetoOf } from './veto.js';

/** How sure we are that a capitalised run is a person's name, from its shape and the words around it. */
export function personScore(c: Candidate): number {
  const ev = c.evidence;
  if (ev.has('hashtag') || ev.has('initials')) return c.person;
  const [first] = c.kinds;
  let p: number;
  if (c.names.length >= 2) {
    p = first === 'given' ? S.givenAndMore : first === 'ambiguous' ? S.ambiguousAndMore : S.unknownRun;
    if (c.atStart && first !== 'given') p -= 0.1;
  } else if (first === 'given') p = c.atStart ? S.givenAtStart : S.given;
  else if (first === 'ambiguous' && !c.atStart) p = S.ambiguous;
  else p = c.atStart ? S.singleAtStart : S.single;
  if (ev.has('initial') && first !== 'ambiguous') p = Math.max(p, S.initial);
  if (ev.has('nickname')) p = Math.max(p, S.nickname);
  if (c.prefix === 'honorific') p = Math.max(p, S.honorific);
  if (c.prefix === 'publicTitle' || c.prefix === 'staffTitle') p = Math.max(p, S.nickname);
  if (ev.has('patientNoun')) p = Math.max(p, S.patientNoun);
  if (ev.has('family')) p = Math.max(p, S.family);
  if (c.prefix === 'kinTitle' || ev.has('kin') || ev.has('child')) p += S.kin;
  if (ev.has('greeting') || ev.has('vocative')) p += S.address;
  if (ev.has('who')) p += S.who;
  if (ev.has('locative') && c.names.length === 1 && first !== 'given') p += S.afterPlacePreposition;
  if (ev.has('article') && first !== 'given' && !c.prefix && !ev.has('initial')) p += S.afterArticle;
  return Math.min(p, 0.98);
}

// "Dr. Lena Fischer", "Rosa Delgado, CPM": an author who is a clinician.
const CLINICIAN = /(?:^|[\s(])(?:Dr\.?|Doctor|Nurse)\s|,\s*(?:MD|DO|DDS|DMD|RN|NP|PA-C|CNM|CPM|DNP|PharmD|LCSW|LPC|PsyD|PhD|DPT|OD|DC)\b/;

const words = (s: string | undefined): string[] => (s ?? '').toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);

/** Candidates judged to be patients' (or relatives') names. */
export function judge(ctx: RuleContext<unknown>, cands: Candidate[]): Candidate[] {
  const own = new Set([ctx.post.meta.author, ...ctx.organization.names].flatMap(words));
  const staff = new Set<string>();
  cands.forEach((c, i) => {
    c.person = personScore(c);
    let veto = vetoOf(ctx, c, own);
    const prev = cands[i - 1];
    if (!veto && prev?.veto === 'staff' && joined(prev, c) && !c.evidence.has('patientNoun')) veto = 'staff';
    if (veto) c.veto = veto;
    if (veto === 'staff') for (const n of c.names) staff.add(n);
  });
  const accepted = new Set<Candidate>();
  const care = postCareScore(ctx);
  const type = ctx.post.meta.type;
  const reply = type === 'reply' || type === 'review-reply';
  const clinician = CLINICIAN.test(ctx.post.meta.author ?? '');
  for (const c of cands) {
    if (!c.veto && !c.evidence.has('patientNoun') && c.names.every((n) => staff.has(n))) c.veto = 'staff';
    if (c.veto) continue;
    const ev = c.evidence;
    let q = patientContext(ctx, c, { person: true }).score;
    if (ev.has('patientNoun')) q += B.patientNoun;
    if (ev.has('possessiveCare')) q += B.possessiveCare;
    if (ev.has('kin') || ev.has('child') || c.prefix === 'kinTitle') q += B.kin;
    if (reply && (ev.has('greeting') || ev.has('vocative'))) q += B.addressInReply;
    if (clinician) q += B.clinicianAuthor;
    if (c.map.scope !== 'body' || ev.has('hashtag')) q = Math.max(q, B.mediaInherit * care);
    if ((c.person >= T.person && q >= T.patient) || (c.person >= T.likelyPerson && q >= T.likelyPersonPatient)
      || (c.person >= T.strongPerson && q >= T.strongPersonPatient)) accepted.add(c);
  }
  propagate(cands, accepted);
  if (!reply && accepted.size > 0) addressed(ctx, cands, accepted);
  return cands.filter((c) => accepted.has(c));
}

/**
 * "We'll miss your jokes, Emeka!": in a post that names a patient, a first name addressed on its
 * own is the patient's, unless the sentence thanks or credits staff ("Great work, Keisha!").
 */
function addressed(ctx: RuleContext<unknown>, cands: Candidate[], accepted: Set<Candidate>): void {
  for (const c of cands) {
    const ev = c.evidence;
    if (accepted.has(c) || c.veto || !(ev.has('vocative') || ev.has('greeting')) || ev.has('credit')) continue;
    if (c.person < T.person || sentenceCues(ctx, c) & CUE.staffFraming || CREDIT_TEXT.test(c.sentence.text)) continue;
    accepted.add(c);
  }
}

/** A name already judged a patient's is a patient's wherever else it appears ("Harold says ..."). */
function propagate(cands: Candidate[], accepted: Set<Candidate>): void {
  for (let pass = 0; pass < 2; pass++) {
    const names = new Set([...accepted].flatMap((c) => c.names));
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i]!;
      if (accepted.has(c) || c.veto) continue;
      const prev = cands[i - 1];
      const withPrev = prev !== undefined && accepted.has(prev) && c.person >= S.single && joined(prev, c) && !signatureTown(prev, c);
      if (withPrev || c.names.some((n) => names.has(n) && !c.kinds.includes('ambiguous'))) accepted.add(c);
    }
  }
}

/** "— Tom R., Millbrook, IA": the word after a name that ends in an initial is the signer's town. */
function signatureTown(a: Candidate, b: Candidate): boolean {
  const text = a.map.text;
  return (text[a.end - 1] === '.' && text.slice(a.end, b.start) === ', ') || /^,\s*[A-Z]{2}\b/.test(text.slice(b.end, b.end + 4));
}

/** "Priya and Sam Desai", "Keisha & Tomás": two names listed together share what they are. */
function joined(a: Candidate, b: Candidate): boolean {
  return a.map === b.map && /^(?:,?\s+(?:and|&)\s+|,\s+)$/.test(a.map.text.slice(a.end, b.start));
}
