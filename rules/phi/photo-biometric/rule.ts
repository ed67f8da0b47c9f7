import { defineRule } from '../../../src/kit/define-rule.js';
import type { MediaItem, RuleContext } from '../../../src/types.js';
import { aboutPatient, personNames } from '../url-ip/names.js';
import { namesClient } from './client.js';
import { AUDIO, BIOMETRIC, NOT_A_PERSON, PATIENT_CUE, PERSON_CUE, MEDIA_SCOPES, SCENE, STAFF, STAFF_PATH } from './data.js';

type Kind = 'photo' | 'biometric' | 'voice';

export default defineRule({
  meta: {
    id: 'phi/photo-biometric',
    description: 'Photos, recordings and biometric images of a patient need a signed authorization that covers them.',
    severity: 'error',
    scopes: ['body', 'alt', 'caption'],
    sensitive: true,
    messages: {
      photo: 'This image seems to show a patient ("{{text}}") and no signed photo consent covers it. Add `consent: <authorization id>` to the image with "photo" in the consent scope, or use an image without the patient.',
      mismatch: 'This image seems to show a patient ("{{text}}"), but its consent id does not match the post\'s signed authorization. Fix the id, or remove the image.',
      scope: 'This image seems to show a patient ("{{text}}"), but the signed authorization does not cover photos. Get an authorization that includes photos, or remove the image.',
      biometric: 'This image is a biometric identifier of a patient ("{{text}}"), such as a retina scan or fingerprint. Remove it, or use a de-identified teaching image.',
      voice: 'This recording carries a patient\'s voice ("{{text}}"), which is a biometric identifier. Post it only with a signed authorization that covers recordings.',
    },
  },
  check(ctx) {
    for (const item of ctx.post.media) {
      const at = item.src?.span ?? item.alt?.span ?? item.caption?.span;
      if (!at) continue;
      const src = item.src?.value ?? '';
      const desc = `${item.alt?.value ?? ''} ${item.caption?.value ?? ''}`;
      const words = `${desc} ${src.replace(/[-_/.]+/g, ' ')}`;
      const kind: Kind = AUDIO.test(src) ? 'voice' : BIOMETRIC.test(words) ? 'biometric' : 'photo';
      if (covered(ctx, item)) continue;
      if (!showsPatient(ctx, item, kind, desc, words)) continue;
      ctx.report({ messageId: messageFor(ctx, item, kind), at, data: { text: src || desc.trim() } });
    }
  },
});

/** A signed authorization covers media and, for front-matter media, the item carries its id. */
function covered(ctx: RuleContext<unknown>, item: MediaItem): boolean {
  const consent = ctx.post.meta.consent;
  if (!consent || !consent.scope.some((s) => MEDIA_SCOPES.includes(s.toLowerCase()))) return false;
  // Markdown and HTML images have nowhere to put a consent id, so the post's authorization speaks for them.
  return item.origin !== 'meta' || (item.consent !== undefined && item.consent === consent.id);
}

function messageFor(ctx: RuleContext<unknown>, item: MediaItem, kind: Kind): string {
  if (kind !== 'photo') return kind;
  const consent = ctx.post.meta.consent;
  if (item.consent === undefined || consent === undefined) return 'photo';
  return item.consent === consent.id ? 'scope' : 'mismatch';
}

function showsPatient(ctx: RuleContext<unknown>, item: MediaItem, kind: Kind, desc: string, words: string): boolean {
  const src = item.src?.value ?? '';
  if (kind === 'photo' && NOT_A_PERSON.test(words)) return false;
  const altSaysPatient = PATIENT_CUE.test(words);
  // A named non-staff person in a care or enrollment scene is the client, whoever helps them.
  if (kind !== 'biometric' && (altSaysPatient || SCENE.test(words)) && namesClient(ctx, item)) return true;
  if (!altSaysPatient && (STAFF.test(desc) || STAFF_PATH.test(src))) return false;
  const names = personNames(ctx);
  const named = words.toLowerCase().split(/[^\p{L}]+/u).some((w) => w.length >= 3 && names.has(w));
  if (kind === 'photo' && !named && !PERSON_CUE.test(desc)) return false;
  if (kind === 'voice' && !named && !PERSON_CUE.test(desc)) return false;
  return altSaysPatient || ctx.post.meta.type === 'testimonial' || aboutPatient(ctx);
}
