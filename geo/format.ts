import type { Kind } from './schema';

/** How each kind of place is named in the panel and on share images. */
export const KIND_LABEL: Record<Kind, string> = { region: 'Region', route: 'Route', pipeline: 'Pipeline', site: 'Site', event: 'Event' };

/** `2026-03-05` → `5 Mar 2026`; `2023-10` → `Oct 2023`; `2015` → `2015`. The atlas's one date format. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  const month = m ? new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' }) : '';
  return [d, month, y].filter(Boolean).join(' ');
}
