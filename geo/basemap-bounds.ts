/**
 * [minLon, minLat, maxLon, maxLat]: the ground the basemap covers, and so how far the map can be panned
 * (`maxBounds`). From the Aegean to the Aral Sea, the Don to the Red Sea's south: more than the region,
 * so that a long place (the BTC pipeline runs 35.9–49.4° E) can be framed beside the place panel or
 * above the bottom sheet at every window size without the view running off the basemap. The countries
 * beyond the region (`CORE`, in basemap.ts) are drawn coarser. A module of its own: the map's client code
 * reads it without the basemap's build-time data.
 */
export const BASEMAP_BOUNDS: [number, number, number, number] = [24, 15, 68, 55];
