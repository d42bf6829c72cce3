import Link from 'next/link';
import type { Atlas } from '@/geo/atlas';
import type { ChronologyEvent } from '@/geo/chronology';
import { formatDate } from '@/geo/format';
import { layerLabel } from '@/geo/layers';
import { atlasHref, passageHref } from '@/geo/url-state';
import { DocumentHeader } from '../document-header';
import { LegendSwatch } from '../legend-swatch';
import { CitationText } from '../place-panel';

const PRECISION_NOTE = { day: null, month: 'known to the month', year: 'known to the year' } as const;

/**
 * The chronology as a page: every event by year, each with its place, its passage, the map as of that
 * date, and the place's sources. Server-rendered only: it is all there without JavaScript.
 */
export function Chronology({ events, atlas }: { events: readonly ChronologyEvent[]; atlas: Atlas }) {
  const years = new Map<string, ChronologyEvent[]>();
  for (const e of events) years.set(e.end.slice(0, 4), [...(years.get(e.end.slice(0, 4)) ?? []), e]);
  const placeOf = (id: string) => atlas.features.find((f) => f.id === id)!.properties;
  const undated = atlas.features.filter((f) => f.properties.dates.length === 0).map((f) => f.properties);

  return (
    <div className="min-h-dvh bg-stone-50 text-stone-900">
      <DocumentHeader />
      <main className="mx-auto max-w-3xl px-4 py-8 md:px-8">
        <h1 className="text-2xl font-semibold leading-snug md:text-3xl">Timeline</h1>
        <p className="mt-2 text-stone-700">
          Every dated event of the atlas, {formatDate(events[0]!.date)} to {formatDate(events.at(-1)!.date)}: {events.length} events, each linked to its
          place on the map and, where one of the articles speaks of it, to the passage. A date known only to the month or the year is listed at the end of
          that month or year — the first day by which it had certainly happened — which is also when it appears on the map as of a date.
        </p>
        <nav aria-label="Years" className="mt-4 flex flex-wrap gap-x-2 gap-y-1 text-sm">
          {[...years.keys()].map((year) => (
            <a key={year} href={`#y${year}`} className="inline-block py-0.5 tabular-nums text-stone-700 underline underline-offset-2">
              {year}
            </a>
          ))}
        </nav>
        {[...years.entries()].map(([year, inYear]) => (
          <section key={year} id={`y${year}`} aria-labelledby={`y${year}-h`} className="mt-8">
            <h2 id={`y${year}-h`} className="border-b border-stone-300 pb-1 text-xl font-semibold tabular-nums">
              {year}
            </h2>
            <ol className="mt-3 space-y-4">
              {inYear.map((e) => {
                const place = placeOf(e.placeId);
                return (
                  <li key={e.id} id={e.id} data-event={e.id} className="grid grid-cols-[7rem_1fr] gap-3">
                    <p className="tabular-nums text-stone-700">
                      <time dateTime={e.date}>{formatDate(e.date)}</time>
                      {PRECISION_NOTE[e.precision] ? <span className="block text-xs text-stone-600">{PRECISION_NOTE[e.precision]}</span> : null}
                    </p>
                    <div>
                      <p className="flex items-start gap-2">
                        <LegendSwatch layer={e.layer} />
                        <span>
                          <Link href={atlasHref({ placeId: e.placeId })} prefetch={false} className="font-semibold underline underline-offset-2">
                            {e.placeName}
                          </Link>
                          <span className="text-stone-600"> · {layerLabel(e.layer)}</span>
                          <br />
                          {e.label}
                        </span>
                      </p>
                      <p className="mt-0.5 flex flex-wrap gap-x-3 text-sm">
                        {e.passage ? (
                          <Link href={passageHref(e.placeId, e.passage.id)} prefetch={false} className="inline-block py-0.5 text-stone-700 underline underline-offset-2">
                            Passage: {e.passage.cite}
                          </Link>
                        ) : null}
                        <Link href={atlasHref({ placeId: null, until: e.date })} prefetch={false} className="inline-block py-0.5 text-stone-700 underline underline-offset-2">
                          The map as of {formatDate(e.date)}
                        </Link>
                      </p>
                      <details className="mt-1 text-sm text-stone-700">
                        <summary className="cursor-pointer">Sources ({place.sources.length})</summary>
                        <ul className="mt-1 list-disc space-y-0.5 pl-5">
                          {place.sources.map((c) => (
                            <li key={c.url}>
                              <CitationText citation={c} />
                            </li>
                          ))}
                        </ul>
                      </details>
                    </div>
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
        {undated.length > 0 ? (
          <section aria-labelledby="undated-h" className="mt-8">
            <h2 id="undated-h" className="border-b border-stone-300 pb-1 text-xl font-semibold">
              Without a date
            </h2>
            <p className="mt-2 text-stone-700">On the map at every date:</p>
            <ul className="mt-1 list-disc pl-5">
              {undated.map((p) => (
                <li key={p.id}>
                  <Link href={atlasHref({ placeId: p.id })} prefetch={false} className="underline underline-offset-2">
                    {p.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </main>
    </div>
  );
}
