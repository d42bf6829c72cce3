'use client';

import Link from 'next/link';
import { type RefObject, memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { type ChronologyEvent, eventText, latestStopDay, stopIndex, timelineStops, untilDay } from '@/geo/chronology';
import { formatDate } from '@/geo/format';
import { atlasHref } from '@/geo/url-state';
import { announce } from '../announce';
import { rememberOpener } from '../focus-return';
import { LegendSwatch } from '../legend-swatch';
import { useVisibleLayers } from '../use-atlas-url';
import { currentUntil, setUntil, useUntil } from './use-until';

/**
 * The timeline strip: every dated event of the atlas on a time axis grouped by year (the years
 * between 1923 and 2026 are far from evenly filled), each marked with its layer's symbol; a date
 * control (slider, previous/next event, play) that moves the map to a date through `?until=`.
 */

let chronology: Promise<ChronologyEvent[]> | null = null;
/** Fetched once, when this module loads (after the map is drawn). */
function loadChronology(): Promise<ChronologyEvent[]> {
  chronology ??= fetch('/data/chronology.json').then((r) => (r.ok ? (r.json() as Promise<ChronologyEvent[]>) : Promise.reject(new Error(`HTTP ${r.status}`))));
  return chronology;
}
if (typeof window !== 'undefined') void loadChronology().catch(() => {});

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
/** Time between steps while playing; slower with reduced motion, and every change is a jump either way. */
const playStepMs = () => (reducedMotion() ? 2500 : 1000);

const yearOf = (e: ChronologyEvent) => e.end.slice(0, 4);
const describeEvent = (e: ChronologyEvent) => `${formatDate(e.date)}: ${eventText(e)}`;

function useChronology(): { events: ChronologyEvent[] | null; failed: boolean } {
  const [events, setEvents] = useState<ChronologyEvent[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadChronology().then(
      (e) => live && setEvents(e),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  return { events, failed };
}

const BUTTON = 'inline-flex min-h-8 min-w-8 items-center justify-center rounded-md border border-stone-300 bg-white px-2 text-sm font-medium text-stone-800 hover:bg-stone-50 disabled:opacity-40';

export default function TimelineStrip({ onNavigate }: { onNavigate: () => void }) {
  const { events, failed } = useChronology();
  if (failed) return <p className="p-3 text-sm text-stone-800">The timeline could not be loaded. The chronology is also on its own page: <a href="/timeline" className="underline">Timeline</a>.</p>;
  if (!events) return <p className="p-3 text-sm text-stone-700">Loading the timeline…</p>;
  return <Strip events={events} onNavigate={onNavigate} />;
}

function Strip({ events, onNavigate }: { events: ChronologyEvent[]; onNavigate: () => void }) {
  const [until] = useUntil();
  const { carried } = useVisibleLayers();
  const stops = useMemo(() => timelineStops(events), [events]);
  const years = useMemo(() => {
    const groups: { year: string; events: ChronologyEvent[] }[] = [];
    for (const e of events) {
      const last = groups.at(-1);
      if (last?.year === yearOf(e)) last.events.push(e);
      else groups.push({ year: yearOf(e), events: [e] });
    }
    return groups;
  }, [events]);

  /** The slider's position: a stop, or `stops.length` for today. */
  const today = stops.length;
  const reached = until === null ? today - 1 : stopIndex(stops, until);
  const index = until === null ? today : Math.max(0, reached);
  const day = until === null ? null : untilDay(until);
  /** The events of the last stop on or before the chosen date: what the date last brought. */
  const latestDay = latestStopDay(stops, until);
  const atStop = latestDay === null ? [] : events.filter((e) => e.end === latestDay);

  const goTo = useCallback(
    (i: number, say = false) => {
      const next = i >= today ? null : stops[Math.max(0, i)]!;
      setUntil(next);
      if (say) announce(next === null ? 'The map as it is today' : `The map as of ${formatDate(next)}`);
    },
    [stops, today],
  );

  // Play: one step at a time until today, then stop. Starting at today starts from the first event.
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      goTo(index + 1);
      if (index + 1 >= today) setPlaying(false);
    }, playStepMs());
    return () => window.clearTimeout(timer);
  }, [playing, index, today, goTo]);
  const togglePlay = () => {
    if (playing) return setPlaying(false);
    if (index >= today) goTo(0);
    setPlaying(true);
  };

  // The year of the chosen date stays in view on the axis.
  const axis = useRef<HTMLOListElement>(null);
  const currentYear = until === null ? years.at(-1)?.year : day!.slice(0, 4);
  useEffect(() => {
    const el = axis.current?.querySelector<HTMLElement>(`[data-year="${currentYear}"]`);
    if (el && axis.current) axis.current.scrollLeft = el.offsetLeft - axis.current.clientWidth / 2 + el.clientWidth / 2;
  }, [currentYear]);

  const [named, setNamed] = useState<ChronologyEvent | null>(null);
  // The axis (91 event links, whose hrefs and dimming depend on the date) follows a step in a deferred
  // render: the step's own render is the slider and the readout, and the map's frame comes first.
  const axisUntil = useDeferredValue(until);
  // Likewise a layer checkbox: the links carry the layers.
  const axisLayers = useDeferredValue(carried);
  const readout =
    until === null
      ? 'Today: every event on the map'
      : `The map as of ${formatDate(until)}.${atStop.length > 0 ? ` Latest: ${formatDate(atStop[0]!.date)}, ${atStop.map((e) => `${e.placeName} — ${e.label}`).join('; ')}` : ' Nothing dated yet.'}`;

  return (
    <div className="flex flex-col gap-1.5 p-2 text-sm">
      <div className="flex flex-wrap items-center gap-1.5">
        <h2 className="mr-1 text-sm font-semibold">Timeline</h2>
        <button type="button" className={BUTTON} onClick={() => goTo(index - 1, true)} disabled={index === 0} aria-label="Previous event" data-step="previous">
          <span aria-hidden="true">◀</span>
        </button>
        <button type="button" className={BUTTON} onClick={togglePlay} data-step="play">
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" className={BUTTON} onClick={() => goTo(index + 1, true)} disabled={index >= today} aria-label="Next event" data-step="next">
          <span aria-hidden="true">▶</span>
        </button>
        <button type="button" className={BUTTON} onClick={() => goTo(today, true)} disabled={until === null}>
          Today
        </button>
        <label className="order-last flex min-w-48 flex-1 items-center md:order-none">
          <span className="sr-only">Date</span>
          <input
            type="range"
            min={0}
            max={today}
            step={1}
            value={index}
            onChange={(event) => {
              setPlaying(false);
              goTo(Number(event.target.value));
            }}
            aria-valuetext={until === null ? 'Today' : formatDate(until)}
            data-until-slider
            className="w-full accent-stone-700"
          />
        </label>
        <a href="/timeline" className="ml-auto inline-flex min-h-6 items-center text-sm text-stone-700 underline underline-offset-2 md:ml-0">
          Full chronology
        </a>
      </div>
      <p className="min-h-5 text-stone-800" data-timeline-readout>
        {named ? describeEvent(named) : readout}
      </p>
      <EventAxis listRef={axis} years={years} stops={stops} until={axisUntil} carried={axisLayers} goTo={goTo} onName={setNamed} onNavigate={onNavigate} />
    </div>
  );
}

interface EventAxisProps {
  listRef: RefObject<HTMLOListElement | null>;
  years: { year: string; events: ChronologyEvent[] }[];
  stops: string[];
  /** The date the axis shows: the map's, a render behind (see Strip). */
  until: string | null;
  carried: string | null;
  goTo: (index: number, say?: boolean) => void;
  onName: (event: ChronologyEvent | null) => void;
  onNavigate: () => void;
}

/** The events on their axis, grouped by year, each a link to its place (memo: a date step's own render skips it). */
const EventAxis = memo(function EventAxis({ listRef, years, stops, until, carried, goTo, onName, onNavigate }: EventAxisProps) {
  const day = until === null ? null : untilDay(until);
  const latestDay = latestStopDay(stops, until);
  // Following an event that is after the chosen date moves the date to it, so its place is on the map.
  const untilFor = (e: ChronologyEvent, at: string | null) => (at !== null && e.end > untilDay(at) ? e.date : at);
  const hrefOf = (e: ChronologyEvent) => {
    const href = atlasHref({ placeId: e.placeId, layers: carried, until: untilFor(e, until) });
    return e.passage ? `${href}${href.includes('?') ? '&' : '?'}passage=${encodeURIComponent(e.passage.id)}` : href;
  };
  return (
    <ol ref={listRef} className="flex gap-3 overflow-x-auto pb-0.5" aria-label="Events by year">
      {years.map((group, i) => {
        const gap = i > 0 && Number(group.year) - Number(years[i - 1]!.year) > 1;
        return (
          <li key={group.year} data-year={group.year} className="flex shrink-0 items-start gap-3">
            {gap ? (
              <span aria-hidden="true" className="self-center text-stone-400">
                ⋯
              </span>
            ) : null}
            <div className="flex flex-col gap-1">
              <button
                type="button"
                className="min-h-6 rounded px-1 text-left text-xs font-semibold tabular-nums text-stone-700 hover:bg-stone-100"
                onClick={() => goTo(stopIndex(stops, group.year), true)}
                aria-label={`Show the map at the end of ${group.year}`}
              >
                {group.year}
              </button>
              <ul className="flex flex-wrap gap-0.5" style={{ maxWidth: `${Math.ceil(group.events.length / 2) * 1.625}rem` }}>
                {group.events.map((e) => {
                  const future = day !== null && e.end > day;
                  return (
                    <li key={e.id}>
                      <Link
                        href={hrefOf(e)}
                        prefetch={false}
                        aria-label={describeEvent(e)}
                        data-event={e.id}
                        data-future={future || undefined}
                        onClick={(event) => {
                          rememberOpener(event.currentTarget);
                          // Said before the navigation: Next writes the new URL only after it renders
                          // the new page, and the map must not render that page at the old date. The
                          // date now, from the URL: this render may be a step behind.
                          const now = currentUntil();
                          if (untilFor(e, now) !== now) setUntil(untilFor(e, now));
                          onNavigate();
                        }}
                        onMouseEnter={() => onName(e)}
                        onMouseLeave={() => onName(null)}
                        onFocus={() => onName(e)}
                        onBlur={() => onName(null)}
                        className={`flex size-6 items-center justify-center rounded hover:bg-stone-100 ${future ? 'opacity-35' : ''} ${latestDay !== null && e.end === latestDay ? 'bg-amber-100 ring-1 ring-amber-500' : ''}`}
                      >
                        <LegendSwatch layer={e.layer} />
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </div>
          </li>
        );
      })}
    </ol>
  );
});
