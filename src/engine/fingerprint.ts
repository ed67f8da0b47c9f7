import { createHmac } from 'node:crypto';

/**
 * A finding's identity that survives edits elsewhere in the file: the rule plus a keyed hash of
 * the normalised matched text. Keyed with a per-baseline random salt, so a baseline file never
 * holds PHI in clear and short values (an SSN, a date) cannot be recovered by hashing guesses
 * without the salt.
 */
export function fingerprint(salt: string, ruleId: string, matched: string): string {
  const normalised = matched.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return createHmac('sha256', salt).update(`${ruleId}\u0000${normalised}`).digest('hex').slice(0, 24);
}
