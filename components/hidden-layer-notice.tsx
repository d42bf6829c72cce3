'use client';

import { type LayerId, layerLabel } from '@/geo/layers';
import { useVisibleLayers } from './use-atlas-url';

/** Says so when the open place's layer is hidden on the map, with a one-click way to show it. */
export function HiddenLayerNotice({ layer }: { layer: LayerId }) {
  const { visible, setVisible } = useVisibleLayers();
  if (visible.includes(layer)) return null;
  return (
    <p role="status" data-hidden-layer-notice={layer} className="mb-3 flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-stone-800 print:hidden">
      The {layerLabel(layer)} layer is hidden on the map.
      <button type="button" onClick={() => setVisible(layer, true)} className="rounded border border-stone-400 bg-white px-2 py-0.5 text-sm font-medium hover:bg-stone-100">
        Show layer
      </button>
    </p>
  );
}
