/**
 * Keyword gating for pattern lists (gitleaks-style "keywords"): which lists have one of their lower-case
 * hints in a text, found with one scan of the text instead of a substring search per hint.
 */
const esc = (h: string): string => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class HintIndex {
  private readonly scan: RegExp | undefined;
  private readonly masks = new Map<string, number>();
  private readonly always: number;

  /** One hint list per pattern (at most 31); an undefined or empty list means "always run". */
  constructor(lists: readonly (readonly string[] | undefined)[]) {
    if (lists.length > 31) throw new Error('HintIndex takes at most 31 lists');
    const hints = [...new Set(lists.flatMap((l) => l ?? []))].sort((a, b) => b.length - a.length);
    let always = 0;
    lists.forEach((l, i) => { if (!l?.length) always |= 1 << i; });
    this.always = always;
    // The scan reports the longest hint at each position, so a hint also stands for the hints inside it
    // ("half of" for "half"); restarting one character on lets hints overlap ("#affiliate" holds "#aff"
    // and "affiliate"). A plain alternation scans faster than a lookahead.
    for (const h of hints) {
      let mask = 0;
      lists.forEach((l, i) => { if (l?.some((g) => h.includes(g))) mask |= 1 << i; });
      this.masks.set(h, mask);
    }
    this.scan = hints.length ? new RegExp(hints.map(esc).join('|'), 'g') : undefined;
  }

  /** A bit mask of the lists that have a hint in `lower` (bit i for list i), plus the "always" lists. */
  present(lower: string): number {
    let mask = this.always;
    const re = this.scan;
    if (!re) return mask;
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      mask |= this.masks.get(m[0]) ?? 0;
      re.lastIndex = m.index + 1;
    }
    return mask;
  }
}
