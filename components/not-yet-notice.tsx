'use client';

import { onMapAsOf } from '@/geo/as-of';
import { formatDate } from '@/geo/format';
import { useUntil } from './timeline/use-until';

/**
 * Says so when the open place is not on the map at the chosen date (`?until=`), when it comes onto it,
 * and offers the first date that shows it: the map otherwise frames empty ground without a word.
 */
export function NotYetNotice({ since }: { since: string | null }) {
  const [until, setUntil] = useUntil();
  if (since === null || until === null || onMapAsOf(since, until)) return null;
  return (
    <p role="status" data-not-yet-notice="" className="mb-3 flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-stone-800 print:hidden">
      Not yet on the map as of {formatDate(until)}: it is there from {formatDate(since)}.
      <button type="button" onClick={() => setUntil(since)} className="rounded border border-stone-400 bg-white px-2 py-0.5 text-sm font-medium hover:bg-stone-100">
        Show {formatDate(since)}
      </button>
    </p>
  );
}
