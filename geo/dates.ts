import { datePrecision } from './calendar';
import { z } from './zod';

/**
 * Dates of the catalogue: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each a real calendar date (no 31 April,
 * no 29 February outside leap years). The form is also the date's precision: a year, a month or a day.
 * The checks themselves live in `calendar.ts`, which the browser can load without zod.
 */
export { type DatePrecision, datePrecision, dateSpan } from './calendar';

export const isoDateSchema = z.string().refine((value) => datePrecision(value) !== null, {
  message: 'must be a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD',
});
