import { findSpans, namePattern } from './passages';

/** A run of paragraph text, linked to the place it names or plain. */
export interface Segment {
  text: string;
  placeId: string | null;
}

/**
 * Splits a paragraph into runs that name a place (by the same phrases the passage finder uses) and
 * runs that do not. Where two places' names overlap ("Baku-Tbilisi-Ceyhan" and "Ceyhan"), the longer
 * name wins; ties go to the earlier place in the catalogue.
 */
export function mentionSegments(text: string, places: readonly { id: string; match: readonly string[] }[]): Segment[] {
  const hits = places
    .flatMap((place, order) => findSpans(text, namePattern(place.match)).map(([start, end]) => ({ start, end, placeId: place.id, order })))
    .sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.order - b.order);

  const chosen: typeof hits = [];
  for (const hit of hits) {
    const last = chosen.at(-1);
    if (last && hit.start < last.end) {
      // Overlap: keep the longer of the two.
      if (hit.end - hit.start > last.end - last.start) chosen[chosen.length - 1] = hit;
      continue;
    }
    chosen.push(hit);
  }

  const segments: Segment[] = [];
  let at = 0;
  for (const { start, end, placeId } of chosen) {
    if (start > at) segments.push({ text: text.slice(at, start), placeId: null });
    segments.push({ text: text.slice(start, end), placeId });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), placeId: null });
  return segments;
}
