import { dateSpan } from './calendar';
import type { Status } from './schema';

/**
 * The map as of a date, the small part the page needs before the timeline loads (the place list's
 * "not yet" marks, the map's filter state). Re-exported by `chronology.ts`, which documents the rule:
 * a month or year date counts from the end of that month or year.
 */

/** The last day an `?until=` value covers: `2022` → `2022-12-31`. */
export const untilDay = (until: string): string => dateSpan(until).end;

/** Whether a place is on the map as of `until` (null: today, everything). */
export function onMapAsOf(since: string | null, until: string | null): boolean {
  return until === null || since === null || since <= untilDay(until);
}

/** A route's status as of `until` (null: today), or null when it had none yet. */
export function statusAsOf(history: readonly { from: string; status: Status }[], until: string | null): Status | null {
  if (until === null) return history.at(-1)?.status ?? null;
  const day = untilDay(until);
  let status: Status | null = null;
  for (const step of history) if (dateSpan(step.from).end <= day) status = step.status;
  return status;
}
