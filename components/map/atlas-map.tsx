'use client';

import 'maplibre-gl/dist/maplibre-gl.css';
import { type LngLatBoundsLike, type Map as MapLibreMap, type PaddingOptions, prewarm, setWorkerUrl } from 'maplibre-gl';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import MapGL, { type MapMouseEvent, type MapRef, NavigationControl, ScaleControl } from 'react-map-gl/maplibre';
import type { PlaceSummary } from '@/geo/place-index';
import { atlasHref, formatMapHash, parseMapHash, parsePlacePath } from '@/geo/url-state';
import { rememberOpener } from '../focus-return';
import { currentUntil, useUntil } from '../timeline/use-until';
import { useSelectedPlaceId, useVisibleLayers } from '../use-atlas-url';
import { ATLAS_SOURCE, placeAt, syncVisibility } from './atlas-layers';
import { provideIcon } from './icons';
import { atlasStyle } from './map-style';
import { applyDate, withDateState } from './time-filter';

// MapLibre 6 under Next cannot find its worker on its own: point it at the bundled worker module.
setWorkerUrl(new URL('maplibre-gl/dist/maplibre-gl-worker.mjs', import.meta.url).href);
// Start the workers now, while React is still rendering, not when the map is created.
prewarm();
performance.mark('atlas-map-module');

/** The first view: the South Caucasus, from the Black Sea coast to the Caspian and down to Tabriz. */
const SOUTH_CAUCASUS: LngLatBoundsLike = [
  [40.6, 37.7],
  [50.6, 43.4],
];

declare global {
  interface Window {
    /** Test hook: the MapLibre map, once it has loaded. */
    __atlasMap?: MapLibreMap;
  }
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
/** How long a camera flight takes; with reduced motion the camera jumps instead. */
const flightMs = () => (reducedMotion() ? 0 : 900);
/**
 * Camera moves say `essential` so that MapLibre, which would otherwise apply its own reduced-motion
 * rule, does exactly what `flightMs` decides: one rule, the atlas's, and one a test can check.
 */
const CAMERA = { essential: true } as const;

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
  /**
   * The reading view (`/sources/<slug>`): the places to highlight and frame instead of the URL's
   * selected place — those of the paragraph being read. No panel floats over the map there.
   */
  focus?: readonly string[];
  /** The reading view: what a click on a place does instead of opening its panel. */
  onPick?: (id: string) => void;
}

export default function AtlasMap({ places, onStatus, focus, onPick }: AtlasMapProps) {
  const router = useRouter();
  const urlSelectedId = useSelectedPlaceId();
  const focusKey = focus?.join(' ') ?? null;
  // One string stands for the highlighted set (a place id, or the reading view's ids joined by spaces).
  const selectedId = focus ? focusKey : urlSelectedId;
  const { visible, carried } = useVisibleLayers();
  const mapRef = useRef<MapRef>(null);
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
    // A place is framed once the map has loaded (onLoad); until then, the whole region.
    return { bounds: SOUTH_CAUCASUS };
  }, [initial]);

  // The style is built once, with the layers the URL shows at first; later toggles only flip visibility.
  const [mapStyle] = useState(() => withDateState(atlasStyle(origin, visible), places, currentUntil()));
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (loaded && map) syncVisibility(map, visible);
  }, [loaded, visible]);
  // The date (`?until=`) likewise only sets the style's date state.
  const [until] = useUntil();
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (loaded && map) applyDate(map, places, until);
  }, [loaded, places, until]);

  const writeHash = useCallback(() => {
    const map = mapRef.current?.getMap();
    // Only while an atlas page is showing: a move that ends as the reader leaves must not touch the new page's URL.
    if (!map || (window.location.pathname !== '/' && !parsePlacePath(window.location.pathname))) return;
    const c = map.getCenter();
    const hash = `#${formatMapHash({ zoom: map.getZoom(), lat: c.lat, lon: c.lng })}`;
    if (window.location.hash === hash) return;
    // Next's router ignores the hash. Handing it Next's own history state keeps the write out of the
    // router (a state-less call becomes a router "restore", which can cancel a navigation in flight).
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
  }, []);

  const reading = focus !== undefined;
  const frame = useCallback(
    (place: Pick<PlaceSummary, 'bbox'>, animate: boolean) => {
      const map = mapRef.current?.getMap();
      if (!map) return;
      const [w, s, e, n] = place.bbox;
      const isPoint = w === e && s === n;
      map.fitBounds(
        [
          [w, s],
          [e, n],
        ],
        { ...CAMERA, padding: reading ? 48 : panelPadding(map), maxZoom: isPoint ? 8 : 9.5, duration: animate ? flightMs() : 0 },
      );
    },
    [reading],
  );
  /** The places a selection stands for: one place, or the reading view's set. */
  const placesOf = useCallback((key: string | null) => (key ?? '').split(' ').flatMap((id) => placesById.get(id) ?? []), [placesById]);

  // Icons are drawn on demand; the resolver must be in place before the atlas layers ask for them.
  const resolverSet = useRef(false);
  const onStyleData = useCallback(() => {
    const map = mapRef.current?.getMap();
    if (!map || resolverSet.current) return;
    map.setMissingStyleImageResolver((id) => provideIcon(map, id));
    resolverSet.current = true;
  }, []);

  const onLoad = useCallback(() => {
    performance.mark('atlas-map-load');
    const map = mapRef.current!.getMap();
    window.__atlasMap = map;
    setLoaded(true);
    map.on('error', (event) => {
      if ((event as { sourceId?: string }).sourceId) onStatus('data-error');
    });
    if (!initial.fromHash && initial.place) frame(initial.place, false);
    map.once('idle', () => {
      // Read by `npm run bench`: navigation → the map drawn with the atlas on it.
      performance.mark('atlas-map-idle');
      setReady(true);
      onStatus('ready');
      writeHash();
    });
  }, [frame, initial, onStatus, writeHash]);

  // Selection lives in the URL; the map mirrors it in feature-state and frames a newly chosen place.
  const lastFramed = useRef<string | null>(initial.selectedId);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!ready || !map) return;
    // After the next paint: the panel's text shows first, then the map follows.
    let timer = 0;
    const frameId = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        map.removeFeatureState({ source: ATLAS_SOURCE });
        if (hoverId) map.setFeatureState({ source: ATLAS_SOURCE, id: hoverId }, { hover: true });
        const chosen = placesOf(selectedId);
        for (const place of chosen) map.setFeatureState({ source: ATLAS_SOURCE, id: place.id }, { selected: true });
        if (selectedId && selectedId !== lastFramed.current && chosen.length > 0) {
          const [[w, s], [e, n]] = unionBounds(chosen) as [[number, number], [number, number]];
          frame({ bbox: [w, s, e, n] }, true);
        }
        lastFramed.current = selectedId;
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frameId);
      window.clearTimeout(timer);
    };
  }, [ready, selectedId, hoverId, placesOf, frame]);

  const onMouseMove = useCallback((event: MapMouseEvent) => {
    const id = placeAt(event.target, event.point);
    setHoverId((current) => (current === id ? current : id));
  }, []);

  const onClick = useCallback(
    (event: MapMouseEvent) => {
      const id = placeAt(event.target, event.point);
      if (!id || !placesById.has(id)) return;
      if (onPick) return onPick(id);
      rememberOpener(document.getElementById('map-region'));
      router.push(atlasHref({ placeId: id, layers: carried, until: currentUntil() }));
    },
    [carried, placesById, router, onPick],
  );

  const fitAll = useCallback(() => {
    const map = mapRef.current?.getMap();
    map?.fitBounds(unionBounds(places), { ...CAMERA, padding: 48, duration: flightMs() });
  }, [places]);

  return (
    <>
      <MapGL
        ref={mapRef}
        initialViewState={initialViewState}
        mapStyle={mapStyle}
        style={{ position: 'absolute', inset: 0 }}
        cursor={hoverId ? 'pointer' : 'grab'}
        onStyleData={onStyleData}
        onLoad={onLoad}
        onMoveEnd={writeHash}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setHoverId(null)}
        onClick={onClick}
        attributionControl={{ compact: true, customAttribution: 'Natural Earth' }}
        dragRotate={false}
        touchPitch={false}
        maxPitch={0}
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
