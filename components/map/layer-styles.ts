import type { LayerId } from '@/geo/layers';
import type { Status } from '@/geo/schema';

/**
 * How each atlas layer looks: one entry per layer, read by the map's layer specs and by the legend
 * swatches, so the two cannot disagree. Shapes, dash patterns and outlines carry meaning as well as
 * colour, so nothing is encoded by colour alone.
 */
export type Shape = 'diamond' | 'square' | 'burst' | 'circle' | 'ring';

export type LayerLook =
  | { geometry: 'area'; color: string; outline: 'solid' | 'dashed' }
  | { geometry: 'route'; color: string }
  | { geometry: 'pipeline'; color: string }
  | { geometry: 'point'; color: string; shape: Shape };

export const LAYER_LOOKS: Record<LayerId, LayerLook> = {
  nakhchivan: { geometry: 'area', color: '#0f766e', outline: 'solid' },
  syunik: { geometry: 'area', color: '#7e22ce', outline: 'dashed' },
  karabakh: { geometry: 'point', color: '#9a3412', shape: 'ring' },
  zangezur: { geometry: 'route', color: '#c2410c' },
  aras: { geometry: 'route', color: '#1d4ed8' },
  tripp: { geometry: 'route', color: '#be185d' },
  btc: { geometry: 'pipeline', color: '#292524' },
  energy: { geometry: 'point', color: '#a16207', shape: 'square' },
  embassies: { geometry: 'point', color: '#3730a3', shape: 'diamond' },
  strikes: { geometry: 'point', color: '#b91c1c', shape: 'burst' },
  context: { geometry: 'point', color: '#475569', shape: 'circle' },
};

/** Dash patterns (in line widths) that say a route's status; a built line is solid. */
export const STATUS_DASH: Record<Status, number[] | null> = {
  operating: null,
  'under-construction': [3, 1.5],
  planned: [1.5, 1.5],
  proposed: [0.6, 1.6],
};

export const STATUS_LABEL: Record<Status, string> = {
  operating: 'in operation',
  'under-construction': 'under construction',
  planned: 'planned',
  proposed: 'proposed',
};

/** The icon image name for a point layer (registered by `icons.ts`). */
export const iconName = (layer: LayerId): string => `atlas-${layer}`;
