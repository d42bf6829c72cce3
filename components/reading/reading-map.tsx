'use client';

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { PlaceSummary } from '@/geo/place-index';
import { hasWebGL } from '../map/webgl';
import { onDemand } from '../on-demand';

/** Wide enough for the article and the map side by side (the article keeps ~65 characters a line). */
const WIDE = '(min-width: 1200px)';

/** The atlas's own map area, imported only when the reading view shows a map (never on phones). */
const { load: loadMapArea, Component: MapArea } = onDemand(() => import('../map/map-area').then((m) => m.MapArea));

function subscribeWide(onChange: () => void) {
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
const isWide = () => window.matchMedia(WIDE).matches;


/** The reading line, as a share of the window's height from its top. */
const READING_LINE = 0.35;

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The paragraphs of the article that concern places, in order, with their place ids. */
function paragraphs(): { el: HTMLElement; places: string[] }[] {
  return [...document.querySelectorAll<HTMLElement>('[data-paragraph]')].map((el) => ({ el, places: (el.dataset.places ?? '').split(' ').filter(Boolean) }));
}

/** Once the article's text has painted and the browser is idle: the map never delays the reading. */
function afterTextPainted(run: () => void): () => void {
  let idle = 0;
  const start = () => {
    idle = window.requestIdleCallback(run, { timeout: 1500 });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return () => {
    window.removeEventListener('load', start);
    window.cancelIdleCallback(idle);
  };
}

/**
 * The reading view: on wide screens, the atlas's map beside the article. As a paragraph comes into
 * view the map frames and highlights the places the ledger gives for it; clicking a place scrolls to
 * the next paragraph about it. On phones, without WebGL or without JavaScript, nothing here renders
 * and the article reads as a plain page.
 */
export function ReadingMap({ places }: { places: readonly PlaceSummary[] }) {
  const wide = useSyncExternalStore(subscribeWide, isWide, () => false);
  const show = wide && hasWebGL();
  const [mounted, setMounted] = useState(false);
  const [focus, setFocus] = useState<string[]>([]);
  const current = useRef<HTMLElement | null>(null);

  useEffect(
    () =>
      show
        ? afterTextPainted(() => {
            void loadMapArea();
            setMounted(true);
          })
        : undefined,
    [show],
  );

  // The article moves aside for the map only while the map is there.
  useEffect(() => {
    if (!show || !mounted) return;
    // The column narrows and the text reflows: keep the paragraph at the top of the window where it
    // was (a `#p24` link must still show ¶24): the first one that starts in the window, else the one
    // read through. At the very top of the page nothing moves: the reader keeps the title in view.
    const all = paragraphs().map((p) => p.el);
    const anchor = window.scrollY === 0 ? undefined : (all.find((el) => el.getBoundingClientRect().top >= 0) ?? all.find((el) => el.getBoundingClientRect().bottom > 0));
    const before = anchor?.getBoundingClientRect().top ?? 0;
    document.documentElement.dataset.readingMap = 'on';
    if (anchor) window.scrollBy({ top: anchor.getBoundingClientRect().top - before, behavior: 'instant' });
    return () => {
      delete document.documentElement.dataset.readingMap;
    };
  }, [show, mounted]);

  // The paragraph being read: the last one whose top has passed the reading line, a third of the way
  // down the window; but a linked paragraph (`#p24`) while it starts between the window's top and the
  // line, where the link put it (a short one leaves the next above the line too). Measured on scroll
  // (once a frame at most): 50 paragraphs cost nothing to measure.
  useEffect(() => {
    if (!show || !mounted) return;
    const all = paragraphs();
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = window.innerHeight * READING_LINE;
      let reading: (typeof all)[number] | undefined;
      for (const p of all) {
        if (p.el.getBoundingClientRect().top > line) break;
        reading = p;
      }
      const linked = all.find((p) => `#${p.el.id}` === window.location.hash);
      const linkedTop = linked?.el.getBoundingClientRect().top;
      if (linked && linkedTop !== undefined && linkedTop >= 0 && linkedTop <= line) reading = linked;
      // A paragraph on nothing mappable leaves the map where it was.
      if (!reading || reading.el === current.current || reading.places.length === 0) return;
      current.current?.removeAttribute('data-reading-active');
      reading.el.dataset.readingActive = 'true';
      current.current = reading.el;
      setFocus(reading.places);
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [show, mounted]);

  /** A click on a place: the next paragraph about it (after the one being read, wrapping round). */
  const onPick = useCallback((id: string) => {
    const all = paragraphs();
    const at = all.findIndex((p) => p.el === current.current);
    const about = all.filter((p) => p.places.includes(id));
    const next = about.find((p) => all.indexOf(p) > at) ?? about[0];
    if (!next) return;
    // Its top just above the reading line, so it becomes the paragraph being read and the map follows.
    const top = next.el.getBoundingClientRect().top + window.scrollY - window.innerHeight * READING_LINE + 8;
    window.scrollTo({ top, behavior: reducedMotion() ? 'instant' : 'smooth' });
    next.el.focus({ preventScroll: true });
  }, []);

  if (!show || !mounted) return null;
  return (
    <aside aria-label="The article’s places on the map" className="fixed bottom-0 right-0 top-0 z-20 w-[calc(100vw-min(52rem,55vw))] border-l border-stone-300 bg-stone-100" data-reading-map>
      <div className="relative h-full">
        <MapArea places={places} focus={focus} onPick={onPick} />
      </div>
    </aside>
  );
}
