'use client';

import Link from 'next/link';
import { memo, useDeferredValue } from 'react';
import { LAYERS, LAYER_GROUPS, type LayerId } from '@/geo/layers';
import type { PlaceSummary } from '@/geo/place-index';
import { onMapAsOf, statusAsOf } from '@/geo/as-of';
import { atlasHref } from '@/geo/url-state';
import { rememberOpener } from './focus-return';
import { LegendSwatch } from './legend-swatch';
import { useUntil } from './timeline/use-until';
import { LAYER_LOOKS, STATUS_LABEL } from './map/layer-styles';
import { carriedWith, useSelectedPlaceId, useVisibleLayers } from './use-atlas-url';

interface ViewProps {
  places: readonly PlaceSummary[];
  visible: readonly LayerId[];
  /** The layers the place links carry: `visible`, a render behind (see LayerPanel). */
  linkLayers: readonly LayerId[];
  /** The date the map shows (`?until=`), null for today. */
  until: string | null;
  selectedId: string | null;
  onToggle: (layer: LayerId, on: boolean) => void;
}

interface PlaceLinksProps {
  layer: (typeof LAYERS)[number];
  places: readonly PlaceSummary[];
  linkLayers: readonly LayerId[];
  until: string | null;
  selectedId: string | null;
}

/** A layer's places as links (memo: a checkbox's own render skips them; see LayerPanel). */
const PlaceLinks = memo(function PlaceLinks({ layer, places, linkLayers, until, selectedId }: PlaceLinksProps) {
  return (
    <ul className="ml-[3.25rem] mt-0.5 flex flex-col" aria-label={`${layer.label} places`}>
      {places
        .filter((p) => p.layer === layer.id)
        .map((place) => {
          const notYet = !onMapAsOf(place.since, until);
          return (
            <li key={place.id} data-not-yet={notYet || undefined}>
              <Link
                // Choosing a place shows its layer.
                href={atlasHref({ placeId: place.id, layers: carriedWith(linkLayers, place.layer), until })}
                // Prefetched by MapArea once the map is drawn, not while it loads.
                prefetch={false}
                data-place-link={place.id}
                aria-current={place.id === selectedId ? 'page' : undefined}
                onClick={(event) => rememberOpener(event.currentTarget)}
                className="flex min-w-0 items-baseline rounded px-1 py-0.5 text-sm text-stone-700 underline-offset-2 hover:bg-stone-100 hover:underline aria-[current=page]:bg-amber-100 aria-[current=page]:font-semibold"
              >
                {/* A long name is cut short, never the words after it. */}
                <span className="truncate">{place.name}</span>
                {/* Words, not only a dimmed colour: the place is not on the map at the chosen date. */}
                {notYet ? (
                  <>
                    {' '}
                    <span className="ml-1 shrink-0 text-xs font-normal italic text-stone-600">
                      · not yet
                    </span>
                  </>
                ) : null}
              </Link>
            </li>
          );
        })}
    </ul>
  );
});

/**
 * The layer panel: a checkbox per layer with its legend swatch, grouped, and under each layer its
 * places as links — the way to every place without the canvas.
 */
const LayerPanelView = memo(function LayerPanelView({ places, visible, linkLayers, until, selectedId, onToggle }: ViewProps) {
  return (
    <div className="flex flex-col gap-4">
      {LAYER_GROUPS.map((group) => (
        <fieldset key={group} className="min-w-0">
          <legend className="mb-1 text-xs font-semibold uppercase tracking-wider text-stone-500">{group}</legend>
          <ul className="flex flex-col gap-1.5">
            {LAYERS.filter((l) => l.group === group).map((layer) => {
              const route = places.find((p) => p.layer === layer.id && p.status);
              // The status as of the chosen date: none while the route is not yet on the map.
              const status = route ? (until === null ? route.status : statusAsOf(route.statusHistory, until)) : null;
              const checkboxId = `layer-${layer.id}`;
              const look = LAYER_LOOKS[layer.id];
              const open = look.geometry === 'point' ? look.open : undefined;
              return (
                <li key={layer.id}>
                  <div className="flex items-center gap-2">
                    <input
                      id={checkboxId}
                      type="checkbox"
                      className="size-4 accent-stone-700"
                      checked={visible.includes(layer.id)}
                      onChange={(event) => onToggle(layer.id, event.target.checked)}
                      data-layer-toggle={layer.id}
                    />
                    <LegendSwatch layer={layer.id} status={status} />
                    <label htmlFor={checkboxId} className="text-sm font-medium text-stone-900">
                      {layer.label}
                      {status ? <span className="font-normal text-stone-500"> · {STATUS_LABEL[status]}</span> : null}
                    </label>
                  </div>
                  {open ? (
                    <ul className="ml-[3.25rem] mt-0.5 text-xs text-stone-600" aria-label={`${layer.label} symbols`} data-symbol-key={layer.id}>
                      <li className="flex items-center gap-1.5">
                        <LegendSwatch layer={layer.id} /> {open.filledLabel}
                      </li>
                      <li className="flex items-center gap-1.5">
                        <LegendSwatch layer={layer.id} open /> {open.openLabel}
                      </li>
                    </ul>
                  ) : null}
                  <PlaceLinks layer={layer} places={places} linkLayers={linkLayers} until={until} selectedId={selectedId} />
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </div>
  );
});

/** Rendered on the server with the default layers; the URL's choice takes over in the browser. */
export function LayerPanel({ places }: { places: readonly PlaceSummary[] }) {
  const { visible, setVisible } = useVisibleLayers();
  const selectedId = useSelectedPlaceId();
  // A date step repaints the map first: the list's "not yet" marks, statuses and links (which carry the
  // date) follow in a deferred render, so the step's own render skips the list (LayerPanelView is memo).
  const until = useDeferredValue(useUntil()[0]);
  // A checkbox likewise: its own render flips the checkbox (and the map hides the layer); the place
  // links, which carry the layers in their hrefs, follow in a deferred render (PlaceLinks is memo).
  const linkLayers = useDeferredValue(visible);
  return <LayerPanelView places={places} visible={visible} linkLayers={linkLayers} until={until} selectedId={selectedId} onToggle={setVisible} />;
}
