'use client';

import { usePathname } from 'next/navigation';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { type LayerId, layerLabel } from '@/geo/layers';
import { parsePlacePath, serializeLayers, visibleLayers } from '@/geo/url-state';
import { announce } from './announce';
import { replaceUrlParam, subscribeToUrl } from './url-subscription';

/**
 * The atlas's UI state, read from the URL — never stored twice. The place comes from the path; the
 * layers from `?layers=`, read as an external store so a checkbox reflects a click at once (Next's
 * search-params hook updates in a transition). The server renders the defaults.
 */
export function useSelectedPlaceId(): string | null {
  return parsePlacePath(usePathname());
}

const LAYERS_CHANGED = 'atlas:layers-changed';

const subscribe = (onChange: () => void) => subscribeToUrl(LAYERS_CHANGED, onChange);
/** Calls `onChange` whenever `?layers=` may have changed (a checkbox, Back/Forward): for code outside React's render. */
export const subscribeToLayers = subscribe;

/** The one place `?layers=` is read (the server renders the defaults and never reads it). */
const readLayersParam = () => new URLSearchParams(window.location.search).get('layers');

/** The layers shown, read from the URL now. */
export const currentVisibleLayers = (): LayerId[] => visibleLayers(readLayersParam());

/** The `layers` value to carry into a link, read from the URL now: null when the layers are the defaults. */
export function currentCarriedLayers(): string | null {
  return serializeLayers(visibleLayers(readLayersParam()));
}

export function useVisibleLayers() {
  const layersParam = useSyncExternalStore(subscribe, readLayersParam, () => null);
  const visible = useMemo(() => visibleLayers(layersParam), [layersParam]);
  /** The `layers` value to carry into links: null when the layers are the defaults. */
  const carried = useMemo(() => serializeLayers(visible), [visible]);

  // Stable: reads the layers from the URL when called, so the checkboxes' memoized list keeps its props.
  const setVisible = useCallback((layer: LayerId, on: boolean) => {
    const now = visibleLayers(readLayersParam());
    const next = on ? [...now.filter((id) => id !== layer), layer] : now.filter((id) => id !== layer);
    const value = serializeLayers(next);
    // History *replace*: toggling layers should not fill the Back button.
    replaceUrlParam('layers', value, LAYERS_CHANGED);
    announce(`${layerLabel(layer)} layer ${on ? 'shown' : 'hidden'}`);
  }, []);

  return { visible, carried, setVisible };
}

/** The `layers` value for a link to a place of `layer`: the current layers, with that one shown. */
export function carriedWith(visible: readonly LayerId[], layer: LayerId): string | null {
  return serializeLayers(visible.includes(layer) ? visible : [...visible, layer]);
}

/**
 * Back and Forward keep the layers the reader chose: an earlier history entry whose URL says nothing
 * about layers (it was made before a layer was hidden; toggles replace the entry) gets the current
 * choice written into it. An entry whose URL names its layers keeps them: the URL says otherwise.
 */
export function useLayersKeptAcrossHistory(): void {
  useEffect(() => {
    let last = readLayersParam();
    const remember = () => {
      last = readLayersParam();
    };
    const onPop = () => {
      if (readLayersParam() === null && last !== null) {
        const search = new URLSearchParams(window.location.search);
        search.set('layers', last);
        const query = search.toString().replace(/%2C/giu, ',');
        window.history.replaceState(window.history.state, '', `${window.location.pathname}?${query}${window.location.hash}`);
        window.dispatchEvent(new Event(LAYERS_CHANGED));
      }
      remember();
    };
    // Registered before the store's own listener runs its read, so it reads the carried value.
    window.addEventListener('popstate', onPop, { capture: true });
    window.addEventListener(LAYERS_CHANGED, remember);
    return () => {
      window.removeEventListener('popstate', onPop, { capture: true });
      window.removeEventListener(LAYERS_CHANGED, remember);
    };
  }, []);
}
