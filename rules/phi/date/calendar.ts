// Month numbers by the first three letters of their English name.
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** Days in a month of the Gregorian calendar; February has 29 when the year is unknown. */
function daysIn(month: number, year: number | undefined): number {
  if (month === 2) {
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * True when month, day and optional year name a real calendar day ("Feb 30" and "13/14" do
 * not). The month may be a number or an English name; a two-digit year is read as 19xx/20xx.
 */
export function realDate(month: string, day: string, year?: string): boolean {
  const m = /^\d+$/.test(month) ? Number(month) : MONTHS[month.slice(0, 3).toLowerCase()];
  const d = Number(day);
  if (m === undefined || !Number.isInteger(m) || m < 1 || m > 12) return false;
  if (!Number.isInteger(d) || d < 1) return false;
  let y: number | undefined;
  if (year !== undefined && year !== '') {
    y = Number(year);
    if (year.length === 2) y += y > 30 ? 1900 : 2000;
  }
  return d <= daysIn(m, y);
}
