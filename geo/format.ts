import type { Incident, Kind } from './schema';

/** How each kind of place is named in the panel and on share images. */
export const KIND_LABEL: Record<Kind, string> = { region: 'Region', route: 'Route', pipeline: 'Pipeline', site: 'Site', event: 'Event' };

/** What a strike-layer site's `incident` says, in the panel and the legend. */
export const INCIDENT_LABEL: Record<Incident, string> = {
  attack: 'Confirmed attack',
  threat: 'Threatened, no confirmed hit',
  precaution: 'Shut as a precaution, no confirmed hit',
};

/** `2026-03-05` → `5 Mar 2026`; `2023-10` → `Oct 2023`; `2015` → `2015`. The atlas's one date format. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  const month = m ? new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' }) : '';
  return [d, month, y].filter(Boolean).join(' ');
}
