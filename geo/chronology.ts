import type { Atlas } from './atlas';
import { type DatePrecision, datePrecision, dateSpan } from './calendar';
import type { LayerId } from './layers';
import { untilDay } from './as-of';
import type { Kind, Passage } from './schema';

/**
 * The chronology: every dated fact of every place as one event, in one order, derived from the same
 * catalogue as the map. Browser-safe (no zod, no turf): the map, the timeline strip, the place list
 * and the panel all read their dates through these functions, so they cannot disagree.
 *
 * Precision is honoured the same way everywhere: a fact known only to the month or the year counts
 * as having happened at the *end* of that month or year — the first day by which it had certainly
 * happened. So "Oct 2023" is on the map as of 31 Oct 2023, not on 5 Oct, and it is listed after the
 * October events known to the day. Sorting by that day is also the order in which events appear as
 * the date moves forward.
 */

export interface ChronologyEvent {
  /** Stable: `<place id>@<date>` (`-2`, `-3` for a place's second and third fact on the same date). */
  id: string;
  /** As the catalogue writes it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  precision: DatePrecision;
  /** The first and last day the date covers, `YYYY-MM-DD`. */
  start: string;
  end: string;
  label: string;
  placeId: string;
  placeName: string;
  layer: LayerId;
  kind: Kind;
  /** The passage of the place's own passages that speaks of this date's year (and month), or null. */
  passage: { id: string; cite: string } | null;
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };

/** An event in words: its place and what happened, the latter left out when the place's name already says it. */
export function eventText(e: Pick<ChronologyEvent, 'placeName' | 'label'>): string {
  return e.placeName.toLowerCase().includes(e.label.toLowerCase()) ? e.placeName : `${e.placeName} — ${e.label}`;
}

/** The chronology's order: by the day the fact had certainly happened, then finer dates first. */
export function compareDates(a: string, b: string): number {
  const sa = dateSpan(a);
  const sb = dateSpan(b);
  return sa.end.localeCompare(sb.end) || PRECISION_RANK[datePrecision(a)!] - PRECISION_RANK[datePrecision(b)!] || sa.start.localeCompare(sb.start);
}

/** The catalogue's earliest fact of a place in the chronology's order, or null when it has none. */
export function firstDate(dates: readonly { date: string }[]): string | null {
  return dates.map((d) => d.date).sort(compareDates)[0] ?? null;
}

/** The day from which a place is on the map (see `since` in schema.ts), or null: always on the map. */
export function placeSince(dates: readonly { date: string }[]): string | null {
  const first = firstDate(dates);
  return first ? dateSpan(first).end : null;
}

export { onMapAsOf, statusAsOf, untilDay } from './as-of';

/** English month names, January first. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The passage that concerns a dated fact: among the place's passages, one whose text names the
 * fact's year — preferring one that also names its month. A heuristic, but a conservative one: a
 * passage about the place that does not mention the year is never linked to the event.
 */
export function passageFor(date: string, passages: readonly Pick<Passage, 'id' | 'cite' | 'text'>[]): { id: string; cite: string } | null {
  const [year, month] = date.split('-');
  const yearPattern = new RegExp(`\\b${year}\\b`, 'u');
  const withYear = passages.filter((p) => yearPattern.test(p.text));
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  const best = (monthName && withYear.find((p) => p.text.includes(monthName))) || withYear[0];
  return best ? { id: best.id, cite: best.cite } : null;
}

type PlaceLike = { id: string; name: string; layer: LayerId; kind: Kind; dates: readonly { date: string; label: string }[]; passages: readonly Pick<Passage, 'id' | 'cite' | 'text'>[] };

/** A place's events, in the chronology's order (the panel's "Dates" list). */
export function placeEvents(place: PlaceLike): ChronologyEvent[] {
  const seen = new Map<string, number>();
  return place.dates
    .map((d) => {
      const n = (seen.get(d.date) ?? 0) + 1;
      seen.set(d.date, n);
      const { start, end } = dateSpan(d.date);
      return {
        id: `${place.id}@${d.date}${n > 1 ? `-${n}` : ''}`,
        date: d.date,
        precision: datePrecision(d.date)!,
        start,
        end,
        label: d.label,
        placeId: place.id,
        placeName: place.name,
        layer: place.layer,
        kind: place.kind,
        passage: passageFor(d.date, place.passages),
      };
    })
    .sort((a, b) => compareDates(a.date, b.date));
}

/** Every event of the atlas, in order; ties (same date) by place name, then label. */
export function buildChronology(atlas: Pick<Atlas, 'features'>): ChronologyEvent[] {
  return atlas.features
    .flatMap((f) => placeEvents(f.properties))
    .sort((a, b) => compareDates(a.date, b.date) || a.placeName.localeCompare(b.placeName) || a.label.localeCompare(b.label));
}

/**
 * The dates the date control stops at: one per distinct day on which something appears, each written
 * in the form of its first event (so the URL reads `?until=2023-10` when that step is October 2023).
 */
export function timelineStops(events: readonly ChronologyEvent[]): string[] {
  const stops: string[] = [];
  let lastEnd = '';
  for (const e of events) {
    if (e.end === lastEnd) continue;
    stops.push(e.date);
    lastEnd = e.end;
  }
  return stops;
}

/** The index of the last stop on the map as of `until`, or -1 when `until` is before every stop. */
export function stopIndex(stops: readonly string[], until: string): number {
  const day = untilDay(until);
  let index = -1;
  for (const [i, stop] of stops.entries()) if (dateSpan(stop).end <= day) index = i;
  return index;
}

/** The day (YYYY-MM-DD) of the last stop on the map as of `until`: what the date last brought; null for today or before every stop. */
export function latestStopDay(stops: readonly string[], until: string | null): string | null {
  if (until === null) return null;
  const reached = stopIndex(stops, until);
  return reached >= 0 ? untilDay(stops[reached]!) : null;
}
