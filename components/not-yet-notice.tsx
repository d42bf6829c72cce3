'use client';

import { onMapAsOf } from '@/geo/as-of';
import { formatDate } from '@/geo/format';
import { PanelNotice } from './hidden-layer-notice';
import { useUntil } from './timeline/use-until';

/**
 * Says so when the open place is not on the map at the chosen date (`?until=`), when it comes onto it,
 * and offers the first date that shows it: the map otherwise frames empty ground without a word.
 */
export function NotYetNotice({ since }: { since: string | null }) {
  const [until, setUntil] = useUntil();
  if (since === null || until === null || onMapAsOf(since, until)) return null;
  return (
    <PanelNotice data={{ 'data-not-yet-notice': '' }} action={`Show ${formatDate(since)}`} onAction={() => setUntil(since)}>
      Not yet on the map as of {formatDate(until)}: it is there from {formatDate(since)}.
    </PanelNotice>
  );
}
