import { MAP_PREVIEW, type MapPreviewData } from '@/geo/share-image';
import { LAYER_LOOKS } from './layer-styles';

const escapeXml = (text: string) => text.replace(/[<>&"]/gu, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/**
 * The static map of a place as an SVG document (`/preview/<id>.svg`): the sea, the country outlines and
 * the place drawn as on its share image, emphasised. A few kilobytes, drawn by the browser without
 * WebGL or script.
 */
export function mapPreviewSvg(data: MapPreviewData, title: string): string {
  const { width, height } = MAP_PREVIEW;
  const { color } = LAYER_LOOKS[data.layer];
  const { kind, d, x, y } = data.shape;
  const shape =
    kind === 'area'
      ? `<path d="${d}" fill="${color}" fill-opacity="0.35" stroke="${color}" stroke-width="3"/>`
      : kind === 'line'
        ? `<path d="${d}" fill="none" stroke="#fff" stroke-width="10" stroke-linejoin="round" stroke-linecap="round"/><path d="${d}" fill="none" stroke="${color}" stroke-width="6" stroke-linejoin="round" stroke-linecap="round"/>`
        : `<circle cx="${x}" cy="${y}" r="26" fill="${color}" fill-opacity="0.18" stroke="${color}" stroke-width="2"/><circle cx="${x}" cy="${y}" r="10" fill="${color}" stroke="#fff" stroke-width="3"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#dbe7ee"/>`,
    ...data.outlines.map((o) => `<path d="${o}" fill="#f7f5f0" stroke="#a8a29e" stroke-width="1.2"/>`),
    ...data.labels.map(
      (l) => `<text x="${l.x}" y="${l.y}" text-anchor="middle" font-family="sans-serif" font-size="15" letter-spacing="2.5" fill="#57534e" stroke="#f7f5f0" stroke-width="3" paint-order="stroke">${escapeXml(l.text)}</text>`,
    ),
    shape,
    '</svg>',
  ].join('');
}
