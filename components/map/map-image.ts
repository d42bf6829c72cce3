import type { Map as MapLibreMap } from 'maplibre-gl';
import { wrapLines } from '@/geo/format';
import type { Box } from '@/geo/framing';

/**
 * "Download image": the current view as a PNG at 2×, drawn in the browser — the map canvas (rendered
 * at 2× for the moment of the copy, and read in the same frame, so no `preserveDrawingBuffer`)
 * framed by a title, the legend of the visible layers, the date when the view has one, the attribution
 * and the view's URL. No server.
 */
export interface MapImageCaption {
  title: string;
  subtitle: string | null;
  legend: { label: string; color: string }[];
  attribution: string;
  url: string;
}

export const IMAGE_SCALE = 2;
const FONT = 'system-ui, "Noto Sans", "DejaVu Sans", sans-serif';

/**
 * The map canvas as drawn at `scale` device pixels per CSS pixel, copied inside the frame that drew it;
 * only `crop` (CSS pixels in the map's box, e.g. `visibleMapBox`: not what the panel covers) when given.
 */
export function captureMap(map: MapLibreMap, crop: Box | null = null, scale = IMAGE_SCALE): Promise<HTMLCanvasElement> {
  const original = map.getPixelRatio();
  map.setPixelRatio(scale);
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const ratio = source.width / map.getContainer().clientWidth;
      const [x, y] = crop ? [Math.round(crop.left * ratio), Math.round(crop.top * ratio)] : [0, 0];
      const copy = document.createElement('canvas');
      copy.width = crop ? Math.round((crop.right - crop.left) * ratio) : source.width;
      copy.height = crop ? Math.round((crop.bottom - crop.top) * ratio) : source.height;
      copy.getContext('2d')?.drawImage(source, x, y, copy.width, copy.height, 0, 0, copy.width, copy.height);
      map.setPixelRatio(original);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** Lays the legend out in rows across `width` CSS pixels; returns the rows' item positions. */
function legendRows(ctx: CanvasRenderingContext2D, legend: MapImageCaption['legend'], width: number) {
  const rows: { x: number; item: MapImageCaption['legend'][number] }[][] = [[]];
  let x = 0;
  for (const item of legend) {
    const w = 22 + ctx.measureText(item.label).width + 18;
    if (x + w > width && x > 0) {
      rows.push([]);
      x = 0;
    }
    rows.at(-1)!.push({ x, item });
    x += w;
  }
  return rows;
}

export function composeImage(mapCanvas: HTMLCanvasElement, caption: MapImageCaption, scale = IMAGE_SCALE): HTMLCanvasElement {
  const width = mapCanvas.width / scale;
  const mapHeight = mapCanvas.height / scale;
  const pad = 16;
  const measure = document.createElement('canvas').getContext('2d')!;
  // Every line of text fits the image's width, a phone's too: long ones wrap.
  const wrap = (text: string, font: string) => {
    measure.font = font;
    return wrapLines(text, width - 2 * pad, (s) => measure.measureText(s).width);
  };
  const titleLines = wrap(caption.title, `600 18px ${FONT}`);
  const subtitleLines = caption.subtitle ? wrap(caption.subtitle, `14px ${FONT}`) : [];
  const noteLines = [...wrap(caption.attribution, `12px ${FONT}`), ...wrap(caption.url, `12px ${FONT}`)];
  measure.font = `13px ${FONT}`;
  const rows = legendRows(measure, caption.legend, width - 2 * pad);
  const titleBottom = 28 + (titleLines.length - 1) * 22;
  const header = subtitleLines.length > 0 ? titleBottom + 12 + subtitleLines.length * 20 + 2 : titleBottom + 16;
  const footer = pad + rows.length * 20 + 8 + noteLines.length * 18 + pad;

  const out = document.createElement('canvas');
  out.width = Math.round(width * scale);
  out.height = Math.round((header + mapHeight + footer) * scale);
  const ctx = out.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, header + mapHeight + footer);

  ctx.fillStyle = '#1c1917';
  ctx.textBaseline = 'alphabetic';
  ctx.font = `600 18px ${FONT}`;
  titleLines.forEach((line, i) => ctx.fillText(line, pad, 28 + i * 22));
  ctx.font = `14px ${FONT}`;
  ctx.fillStyle = '#57534e';
  subtitleLines.forEach((line, i) => ctx.fillText(line, pad, titleBottom + 22 + i * 20));

  ctx.drawImage(mapCanvas, 0, header, width, mapHeight);
  ctx.strokeStyle = '#d6d3d1';
  ctx.strokeRect(0.5, header + 0.5, width - 1, mapHeight - 1);

  let y = header + mapHeight + pad;
  ctx.font = `13px ${FONT}`;
  for (const row of rows) {
    for (const { x, item } of row) {
      ctx.fillStyle = item.color;
      ctx.fillRect(pad + x, y + 2, 14, 10);
      ctx.fillStyle = '#292524';
      ctx.fillText(item.label, pad + x + 20, y + 12);
    }
    y += 20;
  }
  y += 8;
  ctx.fillStyle = '#57534e';
  ctx.font = `12px ${FONT}`;
  noteLines.forEach((line, i) => ctx.fillText(line, pad, y + 12 + i * 18));
  return out;
}

/** Hands a canvas to the browser as a PNG download. */
export function downloadCanvas(canvas: HTMLCanvasElement, filename: string): Promise<void> {
  return new Promise((resolve) => {
    canvas.toBlob((blob) => {
      if (!blob) return resolve();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      document.body.append(a);
      a.click();
      a.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      resolve();
    }, 'image/png');
  });
}
