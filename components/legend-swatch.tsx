import type { LayerId } from '@/geo/layers';
import type { Status } from '@/geo/schema';
import { SHAPE_PATHS } from './map/icons';
import { LAYER_LOOKS, STATUS_DASH } from './map/layer-styles';

/** A legend swatch drawn from the same look as the map layer: fill and outline, dash, or symbol shape. */
export function LegendSwatch({ layer, status, open = false }: { layer: LayerId; status?: Status | null; open?: boolean }) {
  const look = LAYER_LOOKS[layer];
  const common = { width: 22, height: 22, viewBox: '0 0 22 22', 'aria-hidden': true, className: 'shrink-0' } as const;
  switch (look.geometry) {
    case 'area':
      return (
        <svg {...common}>
          <rect x="2.5" y="4.5" width="17" height="13" rx="1.5" fill={look.color} fillOpacity={0.2} stroke={look.color} strokeWidth={2} strokeDasharray={look.outline === 'dashed' ? '4 2' : undefined} />
        </svg>
      );
    case 'route':
    case 'pipeline': {
      const width = look.geometry === 'pipeline' ? 3 : 3.5;
      const dash = status ? STATUS_DASH[status] : null;
      return (
        <svg {...common}>
          <line x1="1" y1="11" x2="21" y2="11" stroke="#fff" strokeWidth={width + 2} />
          <line x1="1" y1="11" x2="21" y2="11" stroke={look.color} strokeWidth={width} strokeDasharray={dash ? dash.map((d) => d * width).join(' ') : undefined} />
        </svg>
      );
    }
    case 'point':
      return (
        <svg {...common}>
          {open ? (
            <path d={SHAPE_PATHS[look.shape]} fill="#fff" fillRule="evenodd" stroke={look.color} strokeWidth={1.8} />
          ) : (
            <path d={SHAPE_PATHS[look.shape]} fill={look.color} fillRule="evenodd" stroke="#fff" strokeWidth={1.5} />
          )}
        </svg>
      );
  }
}
