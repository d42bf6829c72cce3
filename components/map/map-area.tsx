'use client';

import { useRouter } from 'next/navigation';
import { Component, type ReactNode, useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { PlaceSummary } from '@/geo/place-index';
import { atlasHref, parsePlacePath } from '@/geo/url-state';
import { onDemand } from '../on-demand';
import { useSelectedPlaceId } from '../use-atlas-url';
import { MapKeys } from './map-keys';
import { MapPreview } from './map-preview';
import { hasWebGL } from './webgl';


const noop = () => () => {};

/**
 * When the map starts, by the page the reader landed on:
 * - `now` — the atlas home and the reading view: the map is what they came for. Its chunk (MapLibre
 *   itself) starts downloading as soon as this module runs, alongside hydration, rather than after
 *   React first renders the map area.
 * - `idle` — a place page on a wide screen: a document first. Its text paints and hydrates, then the
 *   map starts in the first idle time (postbuild does not preload the map's chunks on these pages).
 * - `tap` — a place page on a phone (the sheet layout, under 768 px): the text and a static map of
 *   the place (`/preview/<id>.svg`, a few KB); the interactive map (~320 KB of script, 120 KB of data,
 *   and a GPU that draws every frame) starts when the reader asks for it.
 * Decided once per document: a place opened later from inside the atlas finds the map already there.
 */
type MapStart = 'now' | 'idle' | 'tap';
const landedOn = typeof window === 'undefined' ? null : window.location.pathname;
function mapStart(): MapStart {
  if (!landedOn || !parsePlacePath(landedOn)) return 'now';
  return window.matchMedia('(min-width: 768px)').matches ? 'idle' : 'tap';
}
// Not next/dynamic: its Suspense reveal waits up to 300 ms after the chunk is in (see on-demand.ts).
const { load: loadAtlasMap, Component: AtlasMap } = onDemand(() => import('./atlas-map').then((m) => m.default));
/** Whether the map has started, as a tiny external store (the server and hydration see false). */
let started = typeof window !== 'undefined' && mapStart() === 'now';
const startListeners = new Set<() => void>();
function startMap(): void {
  void loadAtlasMap();
  started = true;
  for (const listener of startListeners) listener();
}
function subscribeToStart(listener: () => void): () => void {
  startListeners.add(listener);
  return () => startListeners.delete(listener);
}
if (started && hasWebGL()) void loadAtlasMap();

/** If MapLibre throws while starting (no WebGL after all), the rest of the page keeps working. */
class MapErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function Notice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="absolute inset-0 flex items-center justify-center bg-stone-100 p-6">
      <div role="status" className="max-w-md rounded-lg border border-stone-300 bg-white p-5 text-stone-800 shadow-sm">
        <p className="font-semibold">{title}</p>
        <div className="mt-2 text-sm">{children}</div>
      </div>
    </div>
  );
}

const NO_WEBGL = (
  <Notice title="The map can’t be drawn in this browser">
    <p>
      Drawing the map needs WebGL, which is turned off or unavailable here. Every place is still listed under
      “Layers and places”, and each opens its panel with the articles’ passages and sources.
    </p>
  </Notice>
);

/** `focus` and `onPick`: the reading view's use of the same map (see AtlasMapProps). */
export function MapArea({ places, focus, onPick }: { places: readonly PlaceSummary[]; focus?: readonly string[]; onPick?: (id: string) => void }) {
  const webgl = useSyncExternalStore(noop, hasWebGL, () => true);
  // False on the server and in the first render, so hydration matches; then by `mapStart()`.
  const mapStarted = useSyncExternalStore(subscribeToStart, () => started, () => false);
  useEffect(() => {
    if (started || mapStart() !== 'idle') return;
    // In the first idle time after hydration: the text has painted (a ceiling keeps a busy page from waiting long).
    const id = window.requestIdleCallback(startMap, { timeout: 1500 });
    return () => window.cancelIdleCallback(id);
  }, []);
  const placeId = useSelectedPlaceId();
  const [status, setStatus] = useState<'loading' | 'ready' | 'data-error'>('loading');
  const onStatus = useCallback((s: 'ready' | 'data-error') => setStatus((current) => (current === 'data-error' ? current : s)), []);

  // Every place's page, fetched ahead so opening one is instant — but only once the map is drawn (or
  // cannot be): fetched while it loads, 22 pages compete with the map's own data for the network and
  // the CPU. The place links say `prefetch={false}` for that reason. The plain paths, once: keyed by
  // the current `?layers=`, every checkbox would fetch all 22 again.
  const router = useRouter();
  const settled = !webgl || status !== 'loading';
  useEffect(() => {
    if (!settled) return;
    const id = window.requestIdleCallback(() => {
      for (const p of places) router.prefetch(atlasHref({ placeId: p.id }));
    });
    return () => window.cancelIdleCallback(id);
  }, [settled, places, router]);

  return (
    <section id="map-region" aria-label="Map of the South Caucasus corridors" tabIndex={-1} data-map-status={webgl ? status : 'no-webgl'} data-panel-open={placeId ? '' : undefined} className="absolute inset-0">
      {webgl && !mapStarted && placeId ? (
        // The server renders the preview for place pages; on a wide screen it is hidden (CSS), and
        // the map starts by itself.
        <MapPreview placeId={placeId} name={places.find((p) => p.id === placeId)?.name ?? placeId} onStart={startMap} />
      ) : null}
      {webgl ? (
        <MapErrorBoundary fallback={NO_WEBGL}>
          {mapStarted ? <AtlasMap places={places} onStatus={onStatus} focus={focus} onPick={onPick} /> : null}
          <MapKeys />
          {status === 'loading' ? (
            // While a phone's place page waits for the reader's tap, there is nothing loading to announce.
            <div role="status" className={`${mapStarted || !placeId ? '' : 'hidden md:block '}pointer-events-none absolute left-1/2 top-4 z-10 -translate-x-1/2 rounded-full bg-white/95 px-3 py-1 text-sm text-stone-700 shadow`}>
              Loading map…
            </div>
          ) : null}
          {status === 'data-error' ? (
            <Notice title="The map data could not be loaded">
              <p>Check your connection to this site and reload the page. The place list and panels still work.</p>
            </Notice>
          ) : null}
        </MapErrorBoundary>
      ) : (
        NO_WEBGL
      )}
    </section>
  );
}
