import type { Shape } from './layer-styles';

/**
 * Point symbols: the same outlines for the legend's SVG swatches (`legend-swatch.tsx`) and the map's
 * icons, which `public/map-boot.mjs` draws on a canvas when the style first asks for them (no sprite
 * sheet to host). Sizes are in a 22×22 box.
 */
export const ICON_SIZE = 22;

/** The outline of each shape in a 22×22 box, as an SVG path (shared with the legend). */
export const SHAPE_PATHS: Record<Shape, string> = {
  diamond: 'M11 2 L20 11 L11 20 L2 11 Z',
  square: 'M4 4 H18 V18 H4 Z',
  burst: 'M11 1 L13.6 7.2 L20.5 6 L15.8 11 L20.5 16 L13.6 14.8 L11 21 L8.4 14.8 L1.5 16 L6.2 11 L1.5 6 L8.4 7.2 Z',
  circle: 'M11 4 A7 7 0 1 1 10.99 4 Z',
  ring: 'M11 3 A8 8 0 1 1 10.99 3 Z M11 7 A4 4 0 1 0 11.01 7 Z',
};
