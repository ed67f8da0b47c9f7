import type { Platform } from '../../../src/types.js';

/** How a platform counts: weighted (X), graphemes (Bluesky), emoji as UTF-8 bytes (Threads), or code points. */
export type Counting = 'x-weighted' | 'graphemes' | 'threads' | 'code-points';

export interface Limit {
  /** The platform's name as users write it. */
  readonly name: string;
  readonly limit: number;
  readonly counting: Counting;
  /** Length each URL counts as (X's t.co wrapping), if the platform shortens links. */
  readonly urlLength?: number;
}

// Source: DOMAIN.md section 8: X [S41] (twitter-text config v3: weights, URLs 23), Bluesky [S42],
// Threads [S43], Instagram [S44], Facebook/LinkedIn/TikTok [S45] (TikTok 2,200 as the safe limit),
// YouTube description [S46]. `generic` has no limit.
export const LIMITS: Readonly<Partial<Record<Platform, Limit>>> = {
  x: { name: 'X', limit: 280, counting: 'x-weighted', urlLength: 23 },
  bluesky: { name: 'Bluesky', limit: 300, counting: 'graphemes' },
  threads: { name: 'Threads', limit: 500, counting: 'threads' },
  instagram: { name: 'Instagram', limit: 2200, counting: 'code-points' },
  facebook: { name: 'Facebook', limit: 63206, counting: 'code-points' },
  linkedin: { name: 'LinkedIn', limit: 3000, counting: 'code-points' },
  tiktok: { name: 'TikTok', limit: 2200, counting: 'code-points' },
  youtube: { name: 'YouTube', limit: 5000, counting: 'code-points' },
};

/** twitter-text v3 ranges that weigh 1; everything else (CJK, emoji) weighs 2. Source: [S41]. */
export const X_LIGHT_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x10ff], [0x2000, 0x200d], [0x2010, 0x201f], [0x2032, 0x2037],
];
