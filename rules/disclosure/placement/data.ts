// Source: Instagram shows about the first 125 characters before "more" ([S69], secondary only); FTC
// staff: on Instagram the disclosure belongs in the first three lines, before "more" [S29].
export const VISIBLE_CHARS: Readonly<Record<string, number>> = { instagram: 125 };

// Source: FTC Disclosures 101 [S28]: not only at the end, and not mixed into a group of hashtags or links.
// A trailing cluster is at least this many hashtags with only space between them and the end of the post.
export const CLUSTER_MIN = 2;
export const HASHTAG = /#[\p{L}\p{N}_]+/gu;

// Source: [derived] disclosure kinds that declare an advertisement by themselves; a bare "sponsored by
// the county health department" only matters when the post needs a disclosure.
export const AD_KINDS: ReadonlySet<string> = new Set(['hashtag', 'label', 'bracketed', 'paid', 'word']);
