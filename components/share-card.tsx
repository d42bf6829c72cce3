import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LayerId } from '@/geo/layers';
import { SHARE_IMAGE, type ShapeKind } from '@/geo/share-image';
import { LAYER_LOOKS } from './map/layer-styles';

/**
 * The share image's layout (rendered by `next/og` at build time: flexbox and inline styles only).
 * Fonts are local `.woff` files (satori cannot read woff2), each under its own family, so Armenian
 * and Cyrillic names draw as letters, and nothing is fetched from a font service.
 */
const FONT_FILES: { name: string; file: string; weight: 400 | 600 }[] = [
  { name: 'Noto Sans', file: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff', weight: 400 },
  { name: 'Noto Sans', file: '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff', weight: 600 },
  { name: 'Noto Sans Latin Ext', file: '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff', weight: 400 },
  { name: 'Noto Sans Cyrillic', file: '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff', weight: 400 },
  { name: 'Noto Sans Armenian', file: '@fontsource/noto-sans-armenian/files/noto-sans-armenian-armenian-400-normal.woff', weight: 400 },
];

export const FONT_STACK = 'Noto Sans, Noto Sans Latin Ext, Noto Sans Cyrillic, Noto Sans Armenian';

export function shareFonts() {
  return FONT_FILES.map(({ name, file, weight }) => ({
    name,
    data: readFileSync(path.join(process.cwd(), 'node_modules', file)),
    weight,
    style: 'normal' as const,
  }));
}

export interface CardShape {
  layer: LayerId;
  shape: { kind: ShapeKind; d: string; x: number; y: number };
}

/** Called as a function: satori accepts only intrinsic elements inside <svg>. */
function renderShape({ layer, shape }: CardShape, emphasis: boolean, key: number) {
  const look = LAYER_LOOKS[layer];
  if (shape.kind === 'area') return <path key={key} d={shape.d} fill={look.color} fillOpacity={emphasis ? 0.35 : 0.22} stroke={look.color} strokeWidth={emphasis ? 3 : 2} />;
  if (shape.kind === 'line')
    return (
      <g key={key}>
        <path d={shape.d} fill="none" stroke="#ffffff" strokeWidth={emphasis ? 10 : 6} strokeLinejoin="round" strokeLinecap="round" />
        <path d={shape.d} fill="none" stroke={look.color} strokeWidth={emphasis ? 6 : 3.5} strokeLinejoin="round" strokeLinecap="round" />
      </g>
    );
  return (
    <g key={key}>
      {emphasis ? <circle cx={shape.x} cy={shape.y} r={26} fill={look.color} fillOpacity={0.18} stroke={look.color} strokeWidth={2} /> : null}
      <circle cx={shape.x} cy={shape.y} r={emphasis ? 10 : 6} fill={look.color} stroke="#ffffff" strokeWidth={3} />
    </g>
  );
}

export function ShareCard({
  outlines,
  shapes,
  emphasis,
  kicker,
  title,
  aliases,
  keyLine,
  footer,
}: {
  outlines: string[];
  shapes: CardShape[];
  emphasis: boolean;
  kicker: string;
  title: string;
  aliases: string[];
  keyLine: string | null;
  footer: string;
}) {
  const { width, height, mapWidth } = SHARE_IMAGE;
  return (
    <div style={{ width, height, display: 'flex', background: '#f7f5f0', fontFamily: FONT_STACK, color: '#1c1917' }}>
      <div style={{ width: mapWidth, height, display: 'flex', background: '#dbe7ee' }}>
        <svg width={mapWidth} height={height} viewBox={`0 0 ${mapWidth} ${height}`}>
          {outlines.map((d, i) => (
            <path key={i} d={d} fill="#f7f5f0" stroke="#a8a29e" strokeWidth={1.2} />
          ))}
          {shapes.map((s, i) => renderShape(s, emphasis, i))}
        </svg>
      </div>
      <div style={{ flex: 1, display: 'flex', flexDirection: 'column', padding: '56px 56px 44px 52px' }}>
        <div style={{ fontSize: 24, fontWeight: 600, letterSpacing: 2, textTransform: 'uppercase', color: '#78716c' }}>{kicker}</div>
        <div style={{ marginTop: 18, fontSize: title.length > 40 ? 50 : 62, fontWeight: 600, lineHeight: 1.08 }}>{title}</div>
        {aliases.length > 0 ? <div style={{ marginTop: 18, fontSize: 26, color: '#57534e' }}>{aliases.join(' · ')}</div> : null}
        {keyLine ? <div style={{ marginTop: 26, fontSize: 30, lineHeight: 1.25 }}>{keyLine}</div> : null}
        <div style={{ marginTop: 'auto', display: 'flex', fontSize: 22, color: '#57534e' }}>{footer}</div>
      </div>
    </div>
  );
}
