'use client';

import 'maplibre-gl/dist/maplibre-gl.css';
import { type LngLatBoundsLike, type Map as MapLibreMap, type MapLibreEvent, type MapStyleDataEvent, prewarm, setWorkerUrl } from 'maplibre-gl';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import MapGL, { type MapMouseEvent, type MapRef, NavigationControl, ScaleControl } from 'react-map-gl/maplibre';
import type { PlaceSummary } from '@/geo/place-index';
import { atlasHref, formatMapHash, parseMapHash, parsePlacePath } from '@/geo/url-state';
import { rememberOpener } from '../focus-return';
import { currentUntil, subscribeToUntil } from '../timeline/use-until';
import { currentCarriedLayers, currentVisibleLayers, subscribeToLayers, useLayersKeptAcrossHistory, useSelectedPlaceId } from '../use-atlas-url';
import { ATLAS_LABEL_SOURCE, ATLAS_SOURCE, placeAt, syncVisibility } from './atlas-layers';
import { BASEMAP_MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from './basemap-layers';
import { homeBounds, panelPadding } from './framing';
import { HoverLabel, type HoverLabelHandle } from './hover-label';
import { TakeAway } from './take-away';
import { provideAllIcons, provideIcon } from './icons';
import { quietClicks } from './quiet-clicks';
import { atlasStyle } from './map-style';
import { applyDate } from './time-filter';

// MapLibre 6 under Next cannot find its worker on its own: point it at the bundled worker module.
setWorkerUrl(new URL('maplibre-gl/dist/maplibre-gl-worker.mjs', import.meta.url).href);
// Start the workers now, while React is still rendering, not when the map is created.
prewarm();
performance.mark('atlas-map-module');

declare global {
  interface Window {
    /** Test hook: the MapLibre map, once it has loaded. */
    __atlasMap?: MapLibreMap;
    /** Test hook: the place the pointer would pick at a point of the map's container (`placeAt`). */
    __atlasPlaceAt?: (x: number, y: number) => string | null;
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
const DATE_SOURCES = { atlas: ATLAS_SOURCE, areaLabels: ATLAS_LABEL_SOURCE } as const;

const unionBounds = (places: readonly Pick<PlaceSummary, 'bbox'>[]): LngLatBoundsLike => {
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
    // A place is framed once the map has loaded (onLoad); until then, the region (on a phone, the corridors).
    return { bounds: homeBounds(window.innerWidth) };
  }, [initial]);

  // The style is built once, with the layers the URL shows at first; later toggles only flip visibility.
  const [mapStyle] = useState(() => atlasStyle(origin, currentVisibleLayers(), places));
  useLayersKeptAcrossHistory();
  const [loaded, setLoaded] = useState(false);
  const [loadedMap, setLoadedMap] = useState<MapLibreMap | null>(null);
  // The layers (`?layers=`: visibility) and the date (`?until=`: feature-state, read by the layers'
  // paint, time-filter.ts) go from the URL to the map directly, not through React state: a checkbox or
  // a date step reaches the map in its own event, and the map area does not re-render for it. A
  // navigation (a link that carries other layers) is read when it selects a place.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!loaded || !map) return;
    const showLayers = () => syncVisibility(map, currentVisibleLayers());
    const showDate = () => applyDate(map, places, currentUntil(), DATE_SOURCES);
    showLayers();
    showDate();
    const stopLayers = subscribeToLayers(showLayers);
    const stopDate = subscribeToUntil(showDate);
    return () => {
      stopLayers();
      stopDate();
    };
  }, [loaded, places, urlSelectedId]);

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
  /** Whether the reader has moved the map since a place was last framed (then a resize leaves it be). */
  const movedByReader = useRef(false);
  const frame = useCallback(
    /** Frames `places` (one, or a selection's several) together. */
    (places: readonly Pick<PlaceSummary, 'bbox'>[], animate: boolean) => {
      const map = mapRef.current?.getMap();
      if (!map || places.length === 0) return;
      movedByReader.current = false;
      const [[w, s], [e, n]] = unionBounds(places) as [[number, number], [number, number]];
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
  // The map is the event's own: MapLibre loads the style in its next frame, and on a busy main thread
  // that comes before React's render that hands the map to `mapRef` (then every icon went missing).
  const resolverSet = useRef(false);
  const onStyleData = useCallback(({ target: map }: MapStyleDataEvent) => {
    if (resolverSet.current) return;
    provideAllIcons(map);
    // Any icon added to the style later.
    map.setMissingStyleImageResolver((id) => provideIcon(map, id));
    resolverSet.current = true;
  }, []);

  // The event's map, as for `onStyleData`: `load` too can come before React has set `mapRef`.
  const onLoad = useCallback(({ target: map }: MapLibreEvent) => {
    performance.mark('atlas-map-load');
    window.__atlasMap = map;
    window.__atlasPlaceAt = (x, y) => placeAt(map, { x, y });
    // The URL's date before the atlas tiles arrive, so no frame shows the map of another date.
    applyDate(map, places, currentUntil(), DATE_SOURCES);
    setLoaded(true);
    setLoadedMap(map);
    map.on('error', (event) => {
      if ((event as { sourceId?: string }).sourceId) onStatus('data-error');
    });
    // A click's panel paints before the map's next frame (quiet-clicks.ts).
    map.once('remove', quietClicks(map));
    if (!initial.fromHash && initial.place) frame([initial.place], false);
    // A view the link gave (`#map=`) is kept through a resize, as the reader's own would be.
    if (initial.fromHash) movedByReader.current = true;
    map.once('idle', () => {
      // Read by `npm run bench`: navigation → the map drawn with the atlas on it.
      performance.mark('atlas-map-idle');
      setReady(true);
      onStatus('ready');
      writeHash();
    });
  }, [frame, initial, onStatus, writeHash, places]);

  // Selection lives in the URL; the map mirrors it in feature-state and frames a newly chosen place.
  const lastFramed = useRef<string | null>(initial.selectedId);
  /** The ids marked hovered or selected: only those keys are cleared (the date lives in feature-state too). */
  const marked = useRef<string[]>([]);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!ready || !map) return;
    // After the next paint: the panel's text shows first, then the map follows.
    let timer = 0;
    const frameId = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        for (const id of marked.current) map.setFeatureState({ source: ATLAS_SOURCE, id }, { hover: false, selected: false });
        if (hoverId) map.setFeatureState({ source: ATLAS_SOURCE, id: hoverId }, { hover: true });
        const chosen = placesOf(selectedId);
        for (const place of chosen) map.setFeatureState({ source: ATLAS_SOURCE, id: place.id }, { selected: true });
        marked.current = [...(hoverId ? [hoverId] : []), ...chosen.map((p) => p.id)];
        if (selectedId && selectedId !== lastFramed.current && chosen.length > 0) {
          frame(chosen, true);
        }
        lastFramed.current = selectedId;
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frameId);
      window.clearTimeout(timer);
    };
  }, [ready, selectedId, hoverId, placesOf, frame]);

  // Turning a phone, or resizing the window, changes where the panel lies (a sheet below, a panel
  // beside): the chosen place is framed again for the new layout, unless the reader has moved the map
  // since it was framed.
  const selectedNow = useRef(selectedId);
  useEffect(() => {
    selectedNow.current = selectedId;
  }, [selectedId]);
  useEffect(() => {
    if (!loadedMap || reading) return;
    const onMoveStart = (event: { originalEvent?: unknown }) => {
      if (event.originalEvent) movedByReader.current = true;
    };
    const onResize = () => {
      if (!movedByReader.current) frame(placesOf(selectedNow.current), false);
    };
    loadedMap.on('movestart', onMoveStart);
    loadedMap.on('resize', onResize);
    return () => {
      loadedMap.off('movestart', onMoveStart);
      loadedMap.off('resize', onResize);
    };
  }, [loadedMap, reading, placesOf, frame]);

  // The view follows history: Back/Forward to an entry with `#map=`, or an edited hash, moves the map there
  // (as on openstreetmap.org). The hash then wins over framing the entry's place.
  useEffect(() => {
    if (!loaded) return;
    const follow = () => {
      const map = mapRef.current?.getMap();
      const view = parseMapHash(window.location.hash);
      // A `#map=` that says nothing readable (typed by hand): the URL is put back to the view shown.
      if (map && !view && window.location.hash.startsWith('#map=')) writeHash();
      if (!map || !view) return;
      lastFramed.current = parsePlacePath(window.location.pathname);
      const c = map.getCenter();
      const same = `#${formatMapHash({ zoom: map.getZoom(), lat: c.lat, lon: c.lng })}` === `#${formatMapHash(view)}`;
      if (!same) map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
      movedByReader.current = true;
    };
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
  }, [loaded, writeHash]);

  const hoverLabel = useRef<HoverLabelHandle>(null);
  // The pointer leaving the map clears the hover (react-map-gl's onMouseLeave is for interactive layers only).
  useEffect(() => {
    if (!loadedMap) return;
    const canvas = loadedMap.getCanvasContainer();
    const leave = () => {
      setHoverId(null);
      hoverLabel.current?.show(null, { x: 0, y: 0 });
    };
    canvas.addEventListener('mouseleave', leave);
    loadedMap.on('mouseout', leave);
    return () => {
      canvas.removeEventListener('mouseleave', leave);
      loadedMap.off('mouseout', leave);
    };
  }, [loadedMap]);
  const onMouseMove = useCallback(
    (event: MapMouseEvent) => {
      const id = placeAt(event.target, event.point);
      setHoverId((current) => (current === id ? current : id));
      hoverLabel.current?.show(id ? (placesById.get(id)?.name ?? null) : null, event.point);
    },
    [placesById],
  );

  const onClick = useCallback(
    (event: MapMouseEvent) => {
      const id = placeAt(event.target, event.point);
      if (!id || !placesById.has(id)) {
        // Empty map closes the panel, leaving the map where it is (the reading view has no panel).
        if (selectedId && !onPick) router.push(`${atlasHref({ placeId: null, layers: currentCarriedLayers(), until: currentUntil() })}${window.location.hash}`);
        return;
      }
      if (onPick) return onPick(id);
      rememberOpener(document.getElementById('map-region'));
      router.push(atlasHref({ placeId: id, layers: currentCarriedLayers(), until: currentUntil() }));
    },
    [placesById, router, onPick, selectedId],
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
        // Checked against the style specification by the unit tests (geo/map-style.test.ts), not on every reader's main thread.
        validateStyle={false}
        // Names and icons appear at once instead of fading in over 300 ms. With the fade, MapLibre keeps a
        // closer zoom's tiles on screen while their symbols fade out, and after Back could leave their
        // frame showing (the Karabakh and Shusha Declaration rings stacked though clicks found them apart).
        fadeDuration={0}
        style={{ position: 'absolute', inset: 0 }}
        cursor={hoverId ? 'pointer' : 'grab'}
        onStyleData={onStyleData}
        onLoad={onLoad}
        onMoveEnd={writeHash}
        onMouseMove={onMouseMove}
        onClick={onClick}
        attributionControl={{ compact: true, customAttribution: 'Natural Earth' }}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        maxBounds={BASEMAP_MAX_BOUNDS}
        dragRotate={false}
        touchPitch={false}
        maxPitch={0}
      >
        <NavigationControl position="top-left" showCompass={false} />
        <ScaleControl position="bottom-left" unit="metric" />
      </MapGL>
      <HoverLabel ref={hoverLabel} />
      <button
        type="button"
        onClick={fitAll}
        className="absolute left-[10px] top-[86px] z-10 rounded-md border border-stone-300 bg-white px-2 py-1 text-xs font-medium text-stone-800 shadow-sm hover:bg-stone-50 print:hidden"
      >
        Show all places
      </button>
      <TakeAway map={loadedMap} selected={(selectedId && placesById.get(selectedId)) || null} />
    </>
  );
}
