'use client';

import type { LngLatBoundsLike, Map as MapLibreMap, MapOptions, PaddingOptions } from 'maplibre-gl';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import MapGL, { type MapLayerMouseEvent, type MapLib, NavigationControl, ScaleControl } from 'react-map-gl/maplibre';
import type { PlaceSummary } from '@/geo/place-index';
import { atlasHref, formatMapHash, parseMapHash, parsePlacePath } from '@/geo/url-state';
import { rememberOpener } from '../focus-return';
import { useSelectedPlaceId, useVisibleLayers } from '../use-atlas-url';
import { ATLAS_SOURCE, INTERACTIVE_LAYER_IDS, syncVisibility } from './atlas-layers';
import { ICONS, MAPLIBRE_MODULE, MAPLIBRE_WORKER, MAP_BOOT_MODULE, MAP_OPTIONS, SOUTH_CAUCASUS } from './map-config';
import { atlasStyle } from './map-style';

// Found by scripts/postbuild.mjs, which preloads this chunk from the atlas pages.
performance.mark('atlas-map-module');

type MapLibreModule = typeof import('maplibre-gl');
/** `public/map-boot.mjs`, which the page itself loads first (see the module's own comment). */
interface BootModule {
  earlyMapSettled: Promise<void>;
  takeEarlyMap(): { maplibregl: MapLibreModule; map: MapLibreMap; container: HTMLElement } | null;
  loadMapLibre(config: { module: string; worker: string }): Promise<MapLibreModule>;
  startMap(maplibregl: MapLibreModule, icons: typeof ICONS, host: HTMLElement, options: MapOptions): { map: MapLibreMap };
  mapState(map: MapLibreMap): { loaded: boolean; idle: boolean; dataError: boolean };
}
let boot: BootModule | null = null;

/**
 * MapLibre for react-map-gl, with one change: its `Map` adopts the map the page already started (moved
 * into react-map-gl's container, at the view asked for) and only builds one when there is none.
 */
async function atlasMapLib(): Promise<MapLib> {
  // Not bundled: the same module instance the page loaded from its <head>.
  const loaded: BootModule = await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ MAP_BOOT_MODULE);
  boot = loaded;
  await loaded.earlyMapSettled;
  const maplibregl = await loaded.loadMapLibre({ module: MAPLIBRE_MODULE, worker: MAPLIBRE_WORKER });
  function AtlasMapLibreMap(options: MapOptions & { container: HTMLElement }) {
    const early = loaded.takeEarlyMap();
    if (!early) return loaded.startMap(maplibregl, ICONS, options.container, options).map;
    const { map, container } = early;
    options.container.appendChild(container);
    map.resize();
    if (!options.bounds && options.center) map.jumpTo({ center: options.center, zoom: options.zoom });
    // react-map-gl listens from now on; a map that has already loaded says so again, as its own reuse does.
    if (loaded.mapState(map).loaded) queueMicrotask(() => map.fire('load'));
    return map;
  }
  return { ...maplibregl, Map: AtlasMapLibreMap } as unknown as MapLib;
}

declare global {
  interface Window {
    /** Test hook: the MapLibre map, once it has loaded. */
    __atlasMap?: MapLibreMap;
  }
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
/** How long a camera flight takes; with reduced motion the camera jumps instead. */
const flightMs = () => (reducedMotion() ? 0 : 900);

/** Room left for the place panel, which floats over the map: right on wide screens, bottom on phones. */
function panelPadding(map: MapLibreMap): PaddingOptions {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  if (w < 768) return { top: 48, left: 32, right: 32, bottom: Math.round(h * 0.5) + 24 };
  return { top: 56, left: 56, bottom: 56, right: Math.min(460, Math.round(w * 0.45)) };
}

const unionBounds = (places: readonly PlaceSummary[]): LngLatBoundsLike => {
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const { bbox } of places) {
    w = Math.min(w, bbox[0]);
    s = Math.min(s, bbox[1]);
    e = Math.max(e, bbox[2]);
    n = Math.max(n, bbox[3]);
  }
  return [
    [w, s],
    [e, n],
  ];
};

export interface AtlasMapProps {
  places: readonly PlaceSummary[];
  onStatus: (status: 'ready' | 'data-error') => void;
}

export default function AtlasMap({ places, onStatus }: AtlasMapProps) {
  const router = useRouter();
  const selectedId = useSelectedPlaceId();
  const { visible, carried } = useVisibleLayers();
  // The MapLibre map, from its first `load` (react-map-gl's ref can arrive after an adopted map's `load`).
  const mapRef = useRef<MapLibreMap | null>(null);
  const [ready, setReady] = useState(false);
  const [hoverId, setHoverId] = useState<string | null>(null);
  const placesById = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  const origin = useMemo(() => window.location.origin, []);

  // Seeded once from the URL: a `#map=` view wins over the place's framing.
  const [initial] = useState(() => {
    const fromHash = parseMapHash(window.location.hash);
    const place = selectedId ? placesById.get(selectedId) : undefined;
    return { fromHash, place, selectedId };
  });
  const initialViewState = useMemo(() => {
    if (initial.fromHash) return { longitude: initial.fromHash.lon, latitude: initial.fromHash.lat, zoom: initial.fromHash.zoom };
    return { bounds: SOUTH_CAUCASUS as LngLatBoundsLike };
  }, [initial]);

  const [mapLib] = useState(atlasMapLib);
  // The style is built once, with the layers the URL shows at first; later toggles only flip visibility.
  const [mapStyle] = useState(() => atlasStyle(origin, visible));
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const map = mapRef.current;
    if (loaded && map) syncVisibility(map, visible);
  }, [loaded, visible]);

  const writeHash = useCallback(() => {
    const map = mapRef.current;
    // Only while an atlas page is showing: a move that ends as the reader leaves must not touch the new page's URL.
    if (!map || (window.location.pathname !== '/' && !parsePlacePath(window.location.pathname))) return;
    const c = map.getCenter();
    const hash = `#${formatMapHash({ zoom: map.getZoom(), lat: c.lat, lon: c.lng })}`;
    if (window.location.hash === hash) return;
    // Next's router ignores the hash. Handing it Next's own history state keeps the write out of the
    // router (a state-less call becomes a router "restore", which can cancel a navigation in flight).
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
  }, []);

  const frame = useCallback(
    (place: PlaceSummary, animate: boolean) => {
      const map = mapRef.current;
      if (!map) return;
      const [w, s, e, n] = place.bbox;
      const isPoint = w === e && s === n;
      map.fitBounds(
        [
          [w, s],
          [e, n],
        ],
        { padding: panelPadding(map), maxZoom: isPoint ? 8 : 9.5, duration: animate ? flightMs() : 0 },
      );
    },
    [],
  );

  const onLoad = useCallback((event: { target: MapLibreMap }) => {
    performance.mark('atlas-map-load');
    const map = event.target;
    mapRef.current = map;
    window.__atlasMap = map;
    setLoaded(true);
    map.on('error', (event) => {
      if ((event as { sourceId?: string }).sourceId) onStatus('data-error');
    });
    const state = boot?.mapState(map);
    if (state?.dataError) onStatus('data-error');
    if (!initial.fromHash && initial.place) frame(initial.place, false);
    const drawn = () => {
      setReady(true);
      onStatus('ready');
      writeHash();
    };
    // Ready once the map has settled here: a map adopted after its first draw was just moved and
    // resized, so it draws again first. (The boot module marks that first draw, `atlas-map-idle`,
    // which `npm run bench` reads.)
    map.once('idle', drawn);
    map.triggerRepaint();
  }, [frame, initial, onStatus, writeHash]);

  // Selection lives in the URL; the map mirrors it in feature-state and frames a newly chosen place.
  const lastFramed = useRef<string | null>(initial.selectedId);
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    // After the next paint: the panel's text shows first, then the map follows.
    let timer = 0;
    const frameId = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        map.removeFeatureState({ source: ATLAS_SOURCE });
        if (hoverId) map.setFeatureState({ source: ATLAS_SOURCE, id: hoverId }, { hover: true });
        if (selectedId && placesById.has(selectedId)) map.setFeatureState({ source: ATLAS_SOURCE, id: selectedId }, { selected: true });
        if (selectedId && selectedId !== lastFramed.current) {
          const place = placesById.get(selectedId);
          if (place) frame(place, true);
        }
        lastFramed.current = selectedId;
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frameId);
      window.clearTimeout(timer);
    };
  }, [ready, selectedId, hoverId, placesById, frame]);

  const onMouseMove = useCallback((event: MapLayerMouseEvent) => {
    const id = (event.features?.[0]?.properties?.id as string | undefined) ?? null;
    setHoverId((current) => (current === id ? current : id));
  }, []);

  const onClick = useCallback(
    (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.properties?.id as string | undefined;
      if (!id || !placesById.has(id)) return;
      rememberOpener(document.getElementById('map-region'));
      router.push(atlasHref({ placeId: id, layers: carried }));
    },
    [carried, placesById, router],
  );

  const fitAll = useCallback(() => {
    const map = mapRef.current;
    map?.fitBounds(unionBounds(places), { padding: 48, duration: flightMs() });
  }, [places]);

  return (
    <>
      <MapGL
        initialViewState={initialViewState}
        mapLib={mapLib}
        mapStyle={mapStyle}
        style={{ position: 'absolute', inset: 0 }}
        interactiveLayerIds={INTERACTIVE_LAYER_IDS}
        cursor={hoverId ? 'pointer' : 'grab'}
        onLoad={onLoad}
        onMoveEnd={writeHash}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setHoverId(null)}
        onClick={onClick}
        {...MAP_OPTIONS}
      >
        <NavigationControl position="top-left" showCompass={false} />
        <ScaleControl position="bottom-left" unit="metric" />
      </MapGL>
      <button
        type="button"
        onClick={fitAll}
        className="absolute left-[10px] top-[86px] z-10 rounded-md border border-stone-300 bg-white px-2 py-1 text-xs font-medium text-stone-800 shadow-sm hover:bg-stone-50"
      >
        Show all places
      </button>
    </>
  );
}
