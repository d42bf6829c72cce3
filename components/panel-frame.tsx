'use client';

import { useRouter } from 'next/navigation';
import { type CSSProperties, type PointerEvent as ReactPointerEvent, type ReactNode, useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { LayerId } from '@/geo/layers';
import { atlasHref, parsePassageParam } from '@/geo/url-state';
import { SHEET_HEIGHT, SHEET_LABEL, type SheetState, nearestSheetState, stepSheet } from './bottom-sheet';
import { highlightPassage } from './copy-passage-link';
import { returnFocus, returnFocusFrom } from './focus-return';
import { currentUntil } from './timeline/use-until';
import { HiddenLayerNotice } from './hidden-layer-notice';
import { NotYetNotice } from './not-yet-notice';
import { currentCarriedLayers } from './use-atlas-url';
import { replaceUrlParam } from './url-subscription';

const noSubscription = () => () => {};
/**
 * The passage the URL links to: `?passage=<id>`, the documented form, or a passage's id as the bare
 * hash (`#<id>`, the anchor each passage carries, as copied from the page's own links).
 */
function linkedPassage(): { id: string; inHash: boolean } | null {
  const { search, hash } = window.location;
  const inQuery = parsePassageParam(new URLSearchParams(search).get('passage'));
  if (inQuery) return { id: inQuery, inHash: false };
  const inHash = parsePassageParam(hash.slice(1));
  return inHash ? { id: inHash, inHash: true } : null;
}

let sheetAsked: { search: string; full: boolean } | null = null;
/**
 * Whether the URL asks for the sheet at full height: a linked passage, unless the link also gives a
 * map view (`#map=`, as the articles' "Open in the atlas" links do: then the map must show as well).
 * Read once per query string: the map rewrites the hash as soon as it moves.
 */
function fullSheetAsked(): boolean {
  const { search, hash } = window.location;
  if (sheetAsked?.search !== search) sheetAsked = { search, full: linkedPassage() !== null && !hash.startsWith('#map=') };
  return sheetAsked.full;
}

/**
 * The side panel's frame: a labelled landmark that takes focus when it opens, and closes (back to the
 * atlas without a place, keeping layers and view) with its button or Escape, returning focus.
 */
export function PanelFrame({
  placeId,
  titleId,
  title,
  layer,
  since,
  children,
}: {
  placeId: string | null;
  titleId: string;
  title?: string;
  layer?: LayerId;
  /** The day the place comes onto the map (null: always on it): a notice when the chosen date is earlier. */
  since?: string | null;
  children: ReactNode;
}) {
  const router = useRouter();
  const ref = useRef<HTMLElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  // Phones: a linked passage opens the sheet full height, so the passage and its citation fit. The
  // server's HTML cannot know the query: the page hydrates at half and then takes the URL's height (a
  // first client state that differed from the server's left the sheet drawn at half, the state full).
  const fullAsked = useSyncExternalStore(noSubscription, fullSheetAsked, () => false);
  const [chosen, setChosen] = useState<SheetState | null>(null);
  const sheet = chosen ?? (fullAsked ? 'full' : 'half');
  const setSheet = (next: SheetState | ((current: SheetState) => SheetState)) =>
    setChosen((current) => (typeof next === 'function' ? next(current ?? sheet) : next));
  const [dragShare, setDragShare] = useState<number | null>(null);
  const [titleHidden, setTitleHidden] = useState(false);

  // The title stays in sight: once the heading scrolls away, a compact copy sits at the top of the panel
  // (flush with it: its `top` takes back the scroller's top padding; clear of the close button, drawn above it).
  useEffect(() => {
    const heading = document.getElementById(titleId);
    const root = scroller.current;
    if (!heading || !root) return;
    const observer = new IntersectionObserver(([entry]) => setTitleHidden(!entry!.isIntersecting), { root, threshold: 0 });
    observer.observe(heading);
    return () => observer.disconnect();
  }, [titleId, placeId]);

  const drag = useRef<{ startY: number; startShare: number; area: number } | null>(null);
  // A drag's release may still send the handle a click: that click must not step the sheet again.
  const dragged = useRef(false);
  const onHandleDown = (event: ReactPointerEvent<HTMLButtonElement>) => {
    const area = ref.current?.parentElement?.clientHeight ?? window.innerHeight;
    drag.current = { startY: event.clientY, startShare: (ref.current?.offsetHeight ?? 0) / area, area };
    dragged.current = false;
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onHandleMove = (event: ReactPointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d) return;
    setDragShare(Math.min(0.97, Math.max(0.12, d.startShare + (d.startY - event.clientY) / d.area)));
  };
  const onHandleUp = (event: ReactPointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    drag.current = null;
    if (!d) return;
    setDragShare(null);
    // A tap (no drag) is left to the click that follows it (below). Resizing here, before that click,
    // moved the sheet from under the finger, and the click landed on what was beneath: the map
    // (which closed the panel) or the panel's text.
    if (Math.abs(d.startY - event.clientY) < 4) return;
    dragged.current = true;
    setSheet(nearestSheetState(d.startShare + (d.startY - event.clientY) / d.area));
  };

  // Focus moves into the panel: to a linked passage (`?passage=` or `#<id>`), scrolled to and highlighted, or to the title.
  useEffect(() => {
    const passage = linkedPassage();
    const target = passage && ref.current ? highlightPassage(ref.current, passage.id) : null;
    // A bare `#<id>` becomes the documented `?passage=<id>`: the map writes its view into the hash.
    if (target && passage?.inHash) replaceUrlParam('passage', passage.id, 'atlas:passage');
    if (target) {
      target.scrollIntoView({ block: 'start', behavior: 'auto' });
      return;
    }
    ref.current?.querySelector<HTMLElement>(`#${titleId}`)?.focus();
  }, [placeId, titleId]);

  // Closed by the URL (Back) with focus inside: focus goes where the close button would send it.
  useLayoutEffect(() => {
    const panel = ref.current;
    return () => returnFocusFrom(panel, placeId);
  }, [placeId]);

  const close = useCallback(() => {
    // Read at the moment of closing, so the panel itself never depends on search params (and stays in the server HTML).
    router.push(`${atlasHref({ placeId: null, layers: currentCarriedLayers(), until: currentUntil() })}${window.location.hash}`);
    returnFocus(placeId);
  }, [placeId, router]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [close]);

  return (
    <aside
      ref={ref}
      aria-labelledby={titleId}
      data-place-panel={placeId ?? ''}
      data-sheet={sheet}
      style={{ '--sheet-h': `${Math.round((dragShare ?? SHEET_HEIGHT[sheet]) * 100)}%` } as CSSProperties}
      className="absolute inset-x-0 bottom-0 z-20 flex h-(--sheet-h) flex-col rounded-t-xl border-t border-stone-300 bg-white shadow-2xl md:inset-x-auto md:bottom-3 md:right-(--panel-inset) md:top-3 md:h-auto md:w-(--panel-width) md:rounded-xl md:border print:static print:h-auto print:w-auto print:border-0 print:shadow-none"
    >
      <button
        type="button"
        aria-label={`Panel size: ${SHEET_LABEL[sheet]}. Drag, or press Enter or the arrow keys, to resize`}
        data-sheet-handle=""
        onPointerDown={onHandleDown}
        onPointerMove={onHandleMove}
        onPointerUp={onHandleUp}
        onPointerCancel={() => {
          drag.current = null;
          setDragShare(null);
        }}
        onClick={() => {
          // A tap, a click, Enter or Space steps through the states; a drag has set its own.
          if (dragged.current) {
            dragged.current = false;
            return;
          }
          setSheet((s) => (s === 'full' ? 'peek' : stepSheet(s, 1)));
        }}
        onKeyDown={(event) => {
          // A key's click is the reader's own, whatever a touch drag before it left behind.
          if (event.key === 'Enter' || event.key === ' ') dragged.current = false;
          if (event.key === 'ArrowUp') setSheet((s) => stepSheet(s, 1));
          else if (event.key === 'ArrowDown') setSheet((s) => stepSheet(s, -1));
          else return;
          event.preventDefault();
        }}
        className="flex h-6 w-full shrink-0 cursor-grab touch-none items-center justify-center rounded-t-xl md:hidden print:hidden"
      >
        <span aria-hidden="true" className="h-1.5 w-10 rounded-full bg-stone-300" />
      </button>
      <button
        type="button"
        onClick={close}
        aria-label="Close panel"
        className="absolute right-2 top-5 z-20 rounded-md bg-white p-1.5 text-stone-600 hover:bg-stone-100 hover:text-stone-900 md:top-2 print:hidden"
      >
        <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
          <path d="M5 5 L15 15 M15 5 L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
      <div ref={scroller} className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-4 pb-4 pr-10 pt-1 md:pt-4 print:overflow-visible">
        {title ? (
          <p aria-hidden="true" data-panel-sticky-title="" hidden={!titleHidden} className="sticky -top-1 z-10 -mx-4 -mt-1 mb-2 border-b border-stone-200 bg-white py-2 pl-4 pr-12 text-sm font-semibold text-stone-900 md:-top-4 md:-mt-4">
            {title}
          </p>
        ) : null}
        {layer ? <HiddenLayerNotice layer={layer} /> : null}
        {since !== undefined ? <NotYetNotice since={since} /> : null}
        {children}
      </div>
    </aside>
  );
}
