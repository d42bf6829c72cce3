import { preloadModule } from 'react-dom';
import { MAPLIBRE_MODULE, MAP_BOOT_MODULE, mapBootConfig } from './map-config';

/**
 * Written into every atlas page (server-rendered): the boot module and MapLibre start downloading from
 * the <head>, and the map's configuration sits in the page for the boot module to read. The element
 * `#atlas-map-early` (in `MapArea`) is where the boot module puts the map until the app adopts it.
 */
export function MapBoot() {
  preloadModule(MAPLIBRE_MODULE, { as: 'script' });
  // `<` escaped so no string in the style can close the script element.
  const json = JSON.stringify(mapBootConfig()).replace(/</gu, '\\u003c');
  return (
    <>
      <script type="module" src={MAP_BOOT_MODULE} async />
      <script type="application/json" id="atlas-map-config" dangerouslySetInnerHTML={{ __html: json }} />
    </>
  );
}
