import { z } from './zod';

/**
 * Dates of the catalogue: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each a real calendar date (no 31 April,
 * no 29 February outside leap years). The form is also the date's precision: a year, a month or a day.
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

export const isoDateSchema = z.string().refine((value) => datePrecision(value) !== null, {
  message: 'must be a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD',
});
