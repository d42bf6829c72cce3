'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { PlaceSummary } from '@/geo/place-index';
import { suggestPlaces } from '@/geo/place-index';
import { PanelFrame } from './panel-frame';

function askedFor(pathname: string | null): string {
  const raw = pathname?.replace(/^\/place\//u, '').replace(/\/$/u, '') ?? '';
  try {
    return decodeURIComponent(raw).slice(0, 80);
  } catch {
    return raw.slice(0, 80);
  }
}

/** The calm answer to `/place/<unknown>`: what was asked, and the places it may have meant. */
export function PlaceNotFound({ places }: { places: readonly PlaceSummary[] }) {
  const asked = askedFor(usePathname());
  const suggestions = suggestPlaces(asked, places);
  return (
    <PanelFrame placeId={null} titleId="not-found-title">
      <h2 id="not-found-title" tabIndex={-1} className="text-xl font-semibold text-stone-900 outline-none">
        No place called “{asked}”
      </h2>
      <p className="mt-2 text-sm text-stone-700">The atlas has no place with that id. Links to places look like /place/zangezur-corridor.</p>
      {suggestions.length > 0 ? (
        <>
          <p className="mt-3 text-sm font-medium text-stone-900">Did you mean</p>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {suggestions.map((p) => (
              <li key={p.id}>
                <Link href={`/place/${p.id}`} className="underline underline-offset-2">
                  {p.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="mt-3 text-sm text-stone-700">Every place is listed under “Layers and places”.</p>
    </PanelFrame>
  );
}
