'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useState } from 'react';
import { formatDate } from '@/geo/format';
import { useSelectedPlaceId } from '../use-atlas-url';
import { announce } from '../announce';
import { setUntil, unreadableUntil, useUntil } from './use-until';

/**
 * Where the timeline lives on the atlas: a button along the bottom of the map that opens the strip
 * (loaded by `TimelineSlot` once the map is drawn). The strip's code and the chronology it reads load
 * in idle time after that, or at once when the reader opens it.
 */
const loadStrip = () => import('./timeline-strip');
const TimelineStrip = dynamic(loadStrip, { ssr: false, loading: () => <p className="p-3 text-sm text-stone-700">Loading the timeline…</p> });

export default function TimelineDock() {
  const [until] = useUntil();
  // Open from the start when the link carries a date, so the reader sees which date the map shows.
  const [open, setOpen] = useState(false);
  const [openedFor, setOpenedFor] = useState<string | null>(null);
  if (until !== null && openedFor === null) {
    setOpenedFor(until);
    setOpen(true);
  }
  // On a phone a place's panel is the bottom sheet: the timeline steps aside while it is open.
  const panelOpen = useSelectedPlaceId() !== null;
  const [mounted, setMounted] = useState(false);
  if (open && !mounted) setMounted(true);
  // On a phone the strip is a sheet over the map: following an event to its place closes it.
  const onNavigate = useCallback(() => {
    if (window.matchMedia('(max-width: 767px)').matches) setOpen(false);
  }, []);

  // A date in the link that is not one (`?until=2023-02-30`): the map shows today, and says why (until
  // the reader picks a date or dismisses it); the value leaves the URL, so Share link does not pass it on.
  const [unreadable] = useState(unreadableUntil);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    if (unreadable === null) return;
    setUntil(null);
    announce('The date in the link is not one the atlas can read: the map shows today.');
  }, [unreadable]);
  const unreadableShown = until === null && !dismissed && unreadable !== null ? (unreadable.length > 40 ? `${unreadable.slice(0, 40)}…` : unreadable) : null;

  useEffect(() => {
    const id = window.requestIdleCallback(() => void loadStrip());
    return () => window.cancelIdleCallback(id);
  }, []);

  // Beside an open place panel: up to the room it takes (`--panel-room`, app/globals.css).
  return (
    <div
      data-timeline={open ? 'open' : 'closed'}
      className={`pointer-events-none absolute bottom-0 left-0 right-0 z-[15] flex flex-col items-start px-2 pb-2 md:left-12 print:hidden ${panelOpen ? 'max-md:hidden md:right-(--panel-room)' : 'md:right-36'} ${open ? 'z-[25] md:z-[15]' : ''}`}
    >
      {unreadableShown !== null ? (
        <p data-unreadable-until className="pointer-events-auto mb-1 flex max-w-md items-start gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-stone-800 shadow-sm">
          <span>
            The link’s date, “<span className="break-all">{unreadableShown}</span>”, is not one the atlas can read (it reads 2023, 2023-09 or
            2023-09-19): the map shows today.
          </span>
          <button type="button" onClick={() => setDismissed(true)} className="shrink-0 rounded px-1 text-stone-700 underline underline-offset-2 hover:bg-amber-100">
            Dismiss
          </button>
        </p>
      ) : null}
      <div className="flex items-center">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="timeline"
        onClick={() => setOpen((o) => !o)}
        className="pointer-events-auto mb-1 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 shadow-sm hover:bg-stone-50"
      >
        {open ? 'Hide timeline' : 'Timeline'}
        {until ? <span className="font-normal text-stone-600"> · as of {formatDate(until)}</span> : null}
      </button>
      {/* The whole chronology as a page: reachable without JavaScript. */}
      <a href="/timeline" className="pointer-events-auto mb-1 ml-1 hidden rounded-md bg-white/90 px-2 py-1 text-xs text-stone-800 underline underline-offset-2 md:inline">
        Chronology page
      </a>
      </div>
      <section id="timeline" aria-label="Timeline" hidden={!open} className="pointer-events-auto max-h-[45dvh] w-full overflow-y-auto rounded-lg border border-stone-300 bg-white shadow-lg">
        {/* Mounted once opened, then kept: its scroll position and loaded data survive closing. */}
        {open || mounted ? <TimelineStrip onNavigate={onNavigate} /> : null}
      </section>
    </div>
  );
}
