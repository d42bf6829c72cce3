/**
 * Calendar dates as the catalogue writes them — `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, the form being the
 * precision — with no dependency, so the browser's URL parser can use it without zod.
 */
export type DatePrecision = 'year' | 'month' | 'day';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The precision of an ISO date, or null when it is not a real calendar date in one of the three forms. */
export function datePrecision(value: string): DatePrecision | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1000) return null;
  if (m[2] === undefined) return 'year';
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return 'month';
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month) ? 'day' : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The days a date covers, as full `YYYY-MM-DD` strings (which sort and compare as text):
 * `2023-10` → 2023-10-01 … 2023-10-31, `2006` → 2006-01-01 … 2006-12-31. Assumes a valid date.
 */
export function dateSpan(iso: string): { start: string; end: string } {
  const [y, m, d] = iso.split('-');
  if (d !== undefined) return { start: iso, end: iso };
  if (m !== undefined) return { start: `${y}-${m}-01`, end: `${y}-${m}-${pad(daysInMonth(Number(y), Number(m)))}` };
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}
