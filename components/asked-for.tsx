'use client';

import Link from 'next/link';
import { useSyncExternalStore } from 'react';
import { type PlaceSummary, suggestPlaces } from '@/geo/place-index';

const noop = () => () => {};
const readPath = () => window.location.pathname;

function askedPlace(pathname: string | null): string | null {
  const m = pathname ? /^\/place\/([^/]+)\/?$/u.exec(pathname) : null;
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!).slice(0, 80);
  } catch {
    return m[1]!.slice(0, 80);
  }
}

/** The 404 heading: generic in the static HTML, specific in the browser ("No place called …", suggestions). */
export function AskedFor({ places }: { places: readonly PlaceSummary[] }) {
  const asked = askedPlace(useSyncExternalStore(noop, readPath, () => null));
  if (asked === null) {
    return (
      <>
        <h1 className="mt-2 text-2xl font-semibold">Page not found</h1>
        <p className="mt-2 text-stone-700">There is nothing at this address in the atlas.</p>
      </>
    );
  }
  const suggestions = suggestPlaces(asked, places);
  return (
    <>
      <h1 className="mt-2 text-2xl font-semibold">No place called “{asked}”</h1>
      <p className="mt-2 text-stone-700">The atlas has no place with that id. Links to places look like /place/zangezur-corridor.</p>
      {suggestions.length > 0 ? (
        <div className="mt-3">
          <p className="font-medium">Did you mean</p>
          <ul className="mt-1 list-disc pl-5">
            {suggestions.map((p) => (
              <li key={p.id}>
                <Link href={`/place/${p.id}`} className="underline underline-offset-2" data-suggestion={p.id}>
                  {p.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
