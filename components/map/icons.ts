import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerId } from '@/geo/layers';
import { LEADER_LENGTH } from './atlas-layers';
import { LAYER_LOOKS, type Shape, iconName } from './layer-styles';

/**
 * Point symbols drawn on a canvas at run time: no sprite sheet to host, and the same outlines as the
 * legend's SVG swatches (see `legend-swatch.tsx`).
 */
const SIZE = 22;

/** The outline of each shape in a 22×22 box, as an SVG path (shared with the legend). */
export const SHAPE_PATHS: Record<Shape, string> = {
  diamond: 'M11 2 L20 11 L11 20 L2 11 Z',
  square: 'M4 4 H18 V18 H4 Z',
  burst: 'M11 1 L13.6 7.2 L20.5 6 L15.8 11 L20.5 16 L13.6 14.8 L11 21 L8.4 14.8 L1.5 16 L6.2 11 L1.5 6 L8.4 7.2 Z',
  circle: 'M11 4 A7 7 0 1 1 10.99 4 Z',
  ring: 'M11 3 A8 8 0 1 1 10.99 3 Z M11 7 A4 4 0 1 0 11.01 7 Z',
  triangle: 'M11 2 L20.5 19 H1.5 Z',
  chevron: 'M2 4 L11 10 L20 4 V11 L11 18 L2 11 Z',
  flag: 'M4 2 H6 V20 H4 Z M6 3 H19 L15.5 7.5 L19 12 H6 Z',
  hexagon: 'M6 2.5 H16 L20.5 11 L16 19.5 H6 L1.5 11 Z',
};

function drawIcon(layer: LayerId, open: boolean, pixelRatio: number): ImageData | null {
  const look = LAYER_LOOKS[layer];
  if (look.geometry !== 'point') return null;
  const size = SIZE * pixelRatio;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.scale(pixelRatio, pixelRatio);
  const path = new Path2D(SHAPE_PATHS[look.shape]);
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke(path);
  if (open) {
    // Outline only: white inside, the layer's colour round the edge.
    ctx.fillStyle = '#ffffff';
    ctx.fill(path, 'evenodd');
    ctx.lineWidth = 2;
    ctx.strokeStyle = look.color;
    ctx.stroke(path);
  } else {
    ctx.fillStyle = look.color;
    ctx.fill(path, 'evenodd');
  }
  return ctx.getImageData(0, 0, size, size);
}

/** Images that are not a layer's symbol: the leader line of a spread icon, and the basemap's peak. */
function drawExtra(id: string, pixelRatio: number): ImageData | null {
  const ctx = (w: number, h: number) => {
    const canvas = document.createElement('canvas');
    canvas.width = w * pixelRatio;
    canvas.height = h * pixelRatio;
    const c = canvas.getContext('2d');
    c?.scale(pixelRatio, pixelRatio);
    return c;
  };
  if (id === 'atlas-leader') {
    // Centred on the true position, pointing right; the style rotates and scales it to each icon's offset.
    const c = ctx(LEADER_LENGTH * 2, 8);
    if (!c) return null;
    c.strokeStyle = 'rgba(255,255,255,0.9)';
    c.lineWidth = 4;
    c.beginPath();
    c.moveTo(LEADER_LENGTH, 4);
    c.lineTo(LEADER_LENGTH * 2, 4);
    c.stroke();
    c.strokeStyle = '#44403c';
    c.lineWidth = 1.5;
    c.stroke();
    c.fillStyle = '#44403c';
    c.beginPath();
    c.arc(LEADER_LENGTH, 4, 3, 0, Math.PI * 2);
    c.fill();
    return c.getImageData(0, 0, LEADER_LENGTH * 2 * pixelRatio, 8 * pixelRatio);
  }
  if (id === 'basemap-peak') {
    const c = ctx(10, 9);
    if (!c) return null;
    c.fillStyle = '#6b5a48';
    c.strokeStyle = '#ffffff';
    c.lineWidth = 1;
    c.beginPath();
    c.moveTo(5, 1);
    c.lineTo(9.5, 8.5);
    c.lineTo(0.5, 8.5);
    c.closePath();
    c.fill();
    c.stroke();
    return c.getImageData(0, 0, 10 * pixelRatio, 9 * pixelRatio);
  }
  return null;
}

/** Every icon the style uses: each point layer's (and its open variant), the leader and the peak. */
export const ICON_IDS: readonly string[] = [
  ...Object.entries(LAYER_LOOKS).flatMap(([layer, look]) =>
    look.geometry === 'point' ? [iconName(layer as LayerId), ...(look.open ? [iconName(layer as LayerId, true)] : [])] : [],
  ),
  'atlas-leader',
  'basemap-peak',
];

/**
 * Adds every icon at once, as the style starts loading. Left to MapLibre's missing-image requests,
 * the worker laying out the first tiles waited for the main thread (busy drawing the empty map's
 * first frames) to draw them one by one, and each addition redrew the map: with them added up front
 * the map was drawn ~110 ms sooner (median of 6 loads each).
 */
export function provideAllIcons(map: MapLibreMap): void {
  for (const id of ICON_IDS) provideIcon(map, id);
}

/** Adds an atlas icon when the style asks for one it does not have yet. */
export function provideIcon(map: MapLibreMap, id: string): void {
  if (id === 'atlas-leader' || id === 'basemap-peak') {
    const pixelRatio = Math.max(1, Math.round(window.devicePixelRatio || 1));
    const image = map.hasImage(id) ? null : drawExtra(id, pixelRatio);
    if (image) map.addImage(id, image, { pixelRatio });
    return;
  }
  const open = id.endsWith('-open');
  const layer = id.replace(/^atlas-/u, '').replace(/-open$/u, '') as LayerId;
  if (!(layer in LAYER_LOOKS) || iconName(layer, open) !== id || map.hasImage(id)) return;
  const pixelRatio = Math.max(1, Math.round(window.devicePixelRatio || 1));
  const image = drawIcon(layer, open, pixelRatio);
  if (image) map.addImage(id, image, { pixelRatio });
}
