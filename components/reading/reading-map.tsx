'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { PlaceSummary } from '@/geo/place-index';

/** Wide enough for the article and the map side by side (the article keeps ~65 characters a line). */
const WIDE = '(min-width: 1200px)';

/** The atlas's own map area, imported only when the reading view shows a map (never on phones). */
const MapArea = dynamic(() => import('../map/map-area').then((m) => m.MapArea), { ssr: false, loading: () => null });

function subscribeWide(onChange: () => void) {
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
const isWide = () => window.matchMedia(WIDE).matches;

let webgl: boolean | undefined;
function hasWebGL(): boolean {
  if (webgl === undefined) {
    try {
      const canvas = document.createElement('canvas');
      webgl = Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
    } catch {
      webgl = false;
    }
  }
  return webgl;
}

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

  useEffect(() => (show ? afterTextPainted(() => setMounted(true)) : undefined), [show]);

  // The article moves aside for the map only while the map is there.
  useEffect(() => {
    if (!show || !mounted) return;
    document.documentElement.dataset.readingMap = 'on';
    return () => {
      delete document.documentElement.dataset.readingMap;
    };
  }, [show, mounted]);

  // The paragraph being read: the one crossing a band a third of the way down the window.
  useEffect(() => {
    if (!show || !mounted) return;
    const all = paragraphs();
    const observer = new IntersectionObserver(
      (entries) => {
        const hit = entries.filter((e) => e.isIntersecting).map((e) => e.target as HTMLElement)[0];
        if (!hit || hit === current.current) return;
        const entry = all.find((p) => p.el === hit);
        // A paragraph on nothing mappable leaves the map where it was.
        if (!entry || entry.places.length === 0) return;
        current.current?.removeAttribute('data-reading-active');
        hit.dataset.readingActive = 'true';
        current.current = hit;
        setFocus(entry.places);
      },
      { rootMargin: '-30% 0px -60% 0px' },
    );
    for (const p of all) observer.observe(p.el);
    return () => observer.disconnect();
  }, [show, mounted]);

  /** A click on a place: the next paragraph about it (after the one being read, wrapping round). */
  const onPick = useCallback((id: string) => {
    const about = paragraphs().filter((p) => p.places.includes(id));
    if (about.length === 0) return;
    const all = paragraphs();
    const at = current.current ? all.findIndex((p) => p.el === current.current) : -1;
    const next = about.find((p) => all.indexOf(p) > at) ?? about[0]!;
    next.el.scrollIntoView({ behavior: reducedMotion() ? 'auto' : 'smooth', block: 'start' });
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
