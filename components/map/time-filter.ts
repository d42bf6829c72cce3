import type { ExpressionSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { statusAsOf, untilDay } from '@/geo/as-of';
import type { PlaceSummary } from '@/geo/place-index';
import type { Status } from '@/geo/schema';

/**
 * The map as of a date (`?until=`), as style data: two global-state values that the atlas layers'
 * expressions read — `until`, the last day shown, compared with each feature's `since` in every atlas
 * layer's filter; and `routeStatus`, each route's status as of that day, read by the dash pattern.
 * Stepping the date sets those two values: no source is replaced and no layer is re-declared.
 */
const UNTIL = 'until';
const ROUTE_STATUS = 'routeStatus';
/** "Today": later than any date of the catalogue. */
const TODAY = '9999-12-31';

/** True for a feature on the map at the chosen date (no `since`: always). */
export const onMapAsOfExpression: ExpressionSpecification = ['<=', ['to-string', ['coalesce', ['get', 'since'], '']], ['to-string', ['global-state', UNTIL]]];

/** A route's status at the chosen date, else its status today. */
export const statusAsOfExpression: ExpressionSpecification = ['coalesce', ['get', ['get', 'id'], ['object', ['global-state', ROUTE_STATUS]]], ['get', 'status']];

function stateFor(places: readonly PlaceSummary[], until: string | null): { until: string; routeStatus: Record<string, Status> } {
  const routeStatus: Record<string, Status> = {};
  if (until !== null) {
    for (const p of places) {
      if (p.statusHistory.length < 2) continue;
      const status = statusAsOf(p.statusHistory, until);
      if (status) routeStatus[p.id] = status;
    }
  }
  return { until: until === null ? TODAY : untilDay(until), routeStatus };
}

/** The starting style with the date of the URL in it, so the first frame already shows that date. */
export function withDateState(style: StyleSpecification, places: readonly PlaceSummary[], until: string | null): StyleSpecification {
  const state = stateFor(places, until);
  return { ...style, state: { ...style.state, [UNTIL]: { default: state.until }, [ROUTE_STATUS]: { default: state.routeStatus } } };
}

/** Moves the map to a date (null: today). Only values that change are set; MapLibre re-filters the atlas tiles. */
export function applyDate(map: MapLibreMap, places: readonly PlaceSummary[], until: string | null): void {
  const state = stateFor(places, until);
  const current = map.getGlobalState();
  if (current[UNTIL] !== state.until) map.setGlobalStateProperty(UNTIL, state.until);
  if (JSON.stringify(current[ROUTE_STATUS]) !== JSON.stringify(state.routeStatus)) map.setGlobalStateProperty(ROUTE_STATUS, state.routeStatus);
}
