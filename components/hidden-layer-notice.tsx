'use client';

import type { ReactNode } from 'react';
import { type LayerId, layerLabel } from '@/geo/layers';
import { useVisibleLayers } from './use-atlas-url';

/**
 * A notice at the top of the place panel: why the map does not show what the panel is about, and the
 * one click that makes it show it. `data` names the notice for tests (`data-<name>`).
 */
export function PanelNotice({ data, action, onAction, children }: { data: Record<`data-${string}`, string>; action: string; onAction: () => void; children: ReactNode }) {
  return (
    <p role="status" {...data} className="mb-3 flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-stone-800 print:hidden">
      {children}
      <button type="button" onClick={onAction} className="rounded border border-stone-400 bg-white px-2 py-0.5 text-sm font-medium hover:bg-stone-100">
        {action}
      </button>
    </p>
  );
}

/** Says so when the open place's layer is hidden on the map, with a one-click way to show it. */
export function HiddenLayerNotice({ layer }: { layer: LayerId }) {
  const { visible, setVisible } = useVisibleLayers();
  if (visible.includes(layer)) return null;
  return (
    <PanelNotice data={{ 'data-hidden-layer-notice': layer }} action="Show layer" onAction={() => setVisible(layer, true)}>
      The {layerLabel(layer)} layer is hidden on the map.
    </PanelNotice>
  );
}
