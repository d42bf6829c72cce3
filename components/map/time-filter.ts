import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { onMapAsOf, statusAsOf, untilDay } from '@/geo/as-of';
import type { PlaceSummary } from '@/geo/place-index';
import type { Status } from '@/geo/schema';

/**
 * The map as of a date (`?until=`), as feature-state: each place's `notYet` (not on the map at the
 * chosen date) and, for a route whose status changed, its `status` then. Paint expressions read them
 * (opacity 0 while not yet; the dash of the status then), so a date step only rewrites the paint of
 * the features that change.
 *
 * Not a filter or a layout value: MapLibre re-tiles a whole GeoJSON source in its worker (every tile,
 * every layer's buckets and symbol layout) when a global-state value a filter or a data-driven
 * property reads changes. That was the date step's cost: 307 ms, 2.9× a layer toggle (README, bench).
 */
const NOT_YET = 'notYet';
const STATUS = 'status';

const notYet: ExpressionSpecification = ['boolean', ['feature-state', NOT_YET], false];

/** An opacity that is `opacity` while the feature is on the map at the chosen date, else 0. */
export const asOfOpacity = (opacity: number | ExpressionSpecification): ExpressionSpecification => ['case', notYet, 0, opacity];

/**
 * A colour that is `color` while the feature is on the map at the chosen date, else transparent: for
 * fills and labels, whose opacity then stays constant and who share the basemap's GL programs (see
 * `perFeature` in layer-styles.ts).
 */
export const asOfColor = (color: string | ExpressionSpecification): ExpressionSpecification => ['case', notYet, 'rgba(0, 0, 0, 0)', color];

/** A route's status at the chosen date (feature-state), else its status today. */
export const statusAsOfExpression: ExpressionSpecification = ['coalesce', ['feature-state', STATUS], ['get', 'status']];

/**
 * The opacity of a route line drawn with the dash of `status`: shown when the route has that status
 * at the chosen date. (`line-dasharray` cannot read feature-state, so a route whose status changed is
 * drawn by one line layer per status it had, each visible while that status holds.)
 */
export const routeStatusOpacity = (status: ExpressionSpecification | Status): ExpressionSpecification => [
  'case',
  notYet,
  0,
  ['==', ['to-string', statusAsOfExpression], typeof status === 'string' ? status : ['to-string', status]],
  1,
  0,
];

/** Whether a queried feature is on the map at the chosen date (a feature MapLibre returns may be drawn at opacity 0). */
export const isOnMap = (feature: { state?: Record<string, unknown> }): boolean => feature.state?.[NOT_YET] !== true;

interface DateState {
  notYet: boolean;
  status: Status | null;
}

/** Each place's date state at `until` (null: today). Only routes whose status changed carry a status. */
export function dateStates(places: readonly PlaceSummary[], until: string | null): Map<string, DateState> {
  return new Map(
    places.map((p) => [p.id, { notYet: !onMapAsOf(p.since, until), status: p.statusHistory.length > 1 ? (statusAsOf(p.statusHistory, until) ?? p.status) : null }]),
  );
}

/**
 * Moves the map to a date (null: today): sets the feature-state of the places whose state changes, on
 * the atlas source and on the area-label source. Also writes the date shown to the map container's
 * `data-map-until` (read by `npm run bench` to know the map has taken the step).
 */
export function applyDate(map: MapLibreMap, places: readonly PlaceSummary[], until: string | null, sources: { atlas: string; areaLabels: string }): void {
  const states = dateStates(places, until);
  for (const { id, shape } of places) {
    const state = states.get(id)!;
    for (const source of shape === 'area' ? [sources.atlas, sources.areaLabels] : [sources.atlas]) {
      const current = map.getFeatureState({ source, id });
      const next: Record<string, unknown> = {};
      if ((current[NOT_YET] ?? false) !== state.notYet) next[NOT_YET] = state.notYet;
      if (state.status !== null && current[STATUS] !== state.status) next[STATUS] = state.status;
      if (Object.keys(next).length > 0) map.setFeatureState({ source, id }, next);
    }
  }
  map.getContainer().dataset.mapUntil = until === null ? 'today' : untilDay(until);
}
