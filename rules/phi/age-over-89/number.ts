// English number words an age is written in (90 to 139 is all the rule needs).
const SMALL: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, ninety: 90,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  ninetieth: 90,
};

/**
 * The value of an age as written: digits ("92"), keycap emoji digits ("9️⃣5️⃣") or words
 * ("ninety-two", "a hundred and one", "hundredth"). NaN when it is none of these.
 */
export function ageValue(written: string): number {
  const digits = written.replace(/[\uFE0F\u20E3]/g, '');
  if (/^\d+$/.test(digits)) return Number(digits);
  let total = 0;
  let hundred = false;
  for (const word of written.toLowerCase().split(/[\s-]+/)) {
    if (word === 'a' || word === 'and' || word === '') continue;
    if (word === 'hundred' || word === 'hundredth') {
      // "one hundred": the "one" before it is the multiplier, not an addend.
      if (hundred) return Number.NaN;
      total = (total || 1) * 100;
      hundred = true;
      continue;
    }
    const v = SMALL[word];
    if (v === undefined) return Number.NaN;
    total += v;
  }
  return total;
}
