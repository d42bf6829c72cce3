import type { Incident, Kind } from './schema';

/** How each kind of place is named in the panel and on share images. */
export const KIND_LABEL: Record<Kind, string> = { region: 'Region', route: 'Route', pipeline: 'Pipeline', site: 'Site', event: 'Event' };

/** What a strike-layer site's `incident` says, in the panel and the legend. */
export const INCIDENT_LABEL: Record<Incident, string> = {
  attack: 'Confirmed attack',
  threat: 'Threatened, no confirmed hit',
  precaution: 'Shut as a precaution, no confirmed hit',
};

/**
 * British English short month names, written out rather than asked of `Intl`: each `toLocaleString`
 * builds a date formatter (a few ms apiece on a phone, and a date step formats several dates), and the
 * server's ICU and the browser's need not agree ("Sep" or "Sept"), which would break hydration.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'] as const;

/** `2026-03-05` → `5 Mar 2026`; `2023-10` → `Oct 2023`; `2015` → `2015`. The atlas's one date format. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  const month = m ? MONTHS[m - 1] : '';
  return [d, month, y].filter(Boolean).join(' ');
}
