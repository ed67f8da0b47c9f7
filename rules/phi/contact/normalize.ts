const WORD_DIGITS: Readonly<Record<string, string>> = {
  zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4',
  five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};

/** "five-five-five, oh-one-oh" -> "555010". */
export function spelledDigits(text: string): string {
  return text.toLowerCase().split(/[^a-z]+/).map((w) => WORD_DIGITS[w] ?? '').join('');
}

/** The digits of a written phone number, spelled-out words included; the extension is dropped. */
export function phoneDigits(text: string): string {
  const main = text.replace(/\s*,?\s*(?:ext\.?|extension|x)\s*\d+\s*$/i, '');
  const digits = main.replace(/\D/g, '');
  return digits.length > 0 ? digits : spelledDigits(main);
}

/** Compare on the last ten digits, so "+1 (555) 010-2233" equals "555-010-2233". */
export function sameNumber(a: string, b: string): boolean {
  const x = a.slice(-10);
  return x.length >= 7 && x === b.slice(-10);
}

/** "adaeze dot eze at example dot com" -> "adaeze.eze@example.com". */
export function normalizeEmail(text: string): string {
  return text.toLowerCase()
    .replace(/\s*[[({]dot[\])}]\s*|\s+dot\s+/g, '.')
    .replace(/\s*[[({]at[\])}]\s*|\s+at\s+|\s*@\s*/g, '@');
}
