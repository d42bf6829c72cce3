import type { Metadata } from 'next';
import { Chronology } from '@/components/timeline/chronology-list';
import { buildAtlas } from '@/geo/atlas';
import { buildChronology } from '@/geo/chronology';
import { formatDate } from '@/geo/format';
import { timelineMetadata } from '@/geo/metadata';

/** `/timeline`: every dated event in order, grouped by year — a document, readable without JavaScript. */
export function generateMetadata(): Metadata {
  const events = buildChronology(buildAtlas());
  return timelineMetadata(events.length, formatDate(events[0]!.date), formatDate(events.at(-1)!.date));
}

export default function TimelinePage() {
  const atlas = buildAtlas();
  return <Chronology events={buildChronology(atlas)} atlas={atlas} />;
}
