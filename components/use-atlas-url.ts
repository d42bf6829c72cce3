'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import type { LayerId } from '@/geo/layers';
import { parsePlacePath, serializeLayers, visibleLayers } from '@/geo/url-state';

/**
 * The atlas's UI state, read from the URL — never stored twice. The place comes from the path, the
 * layers from `?layers=`; writing goes back to the URL (history *replace* for layers, so toggling does
 * not fill the Back button), and Next's router keeps these hooks in step with it.
 */
export function useSelectedPlaceId(): string | null {
  return parsePlacePath(usePathname());
}

export function useVisibleLayers() {
  const params = useSearchParams();
  const layersParam = params.get('layers');
  const visible = useMemo(() => visibleLayers(layersParam), [layersParam]);
  /** The `layers` value to carry into links: null when the layers are the defaults. */
  const carried = useMemo(() => serializeLayers(visible), [visible]);

  const setVisible = useCallback(
    (layer: LayerId, on: boolean) => {
      const next = on ? [...visible, layer] : visible.filter((id) => id !== layer);
      const value = serializeLayers(next);
      const search = new URLSearchParams(window.location.search);
      if (value === null) search.delete('layers');
      else search.set('layers', value);
      // Commas are safe in a query value; keeping them literal keeps links readable.
      const query = search.toString().replace(/%2C/giu, ',');
      window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
    },
    [visible],
  );

  return { visible, carried, setVisible };
}
