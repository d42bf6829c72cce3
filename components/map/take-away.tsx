'use client';

import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { formatDate } from '@/geo/format';
import { LAYERS } from '@/geo/layers';
import type { PlaceSummary } from '@/geo/place-index';
import { announce } from '../announce';
import { currentUntil } from '../timeline/use-until';
import { currentVisibleLayers } from '../use-atlas-url';
import { LAYER_LOOKS } from './layer-styles';
import { visibleMapPart } from './framing';
import { captureMap, composeImage, downloadCanvas } from './map-image';

const ATTRIBUTION = 'Map: Natural Earth 1:10m (public domain) · South Caucasus Corridors Atlas';

/**
 * The "Download image" button, and the map's picture for printing: before the page prints, the map is
 * drawn once, synchronously, and its pixels put in an image that only print shows (a WebGL canvas
 * prints blank without `preserveDrawingBuffer`).
 */
export function TakeAway({ map, selected }: { map: MapLibreMap | null; selected: PlaceSummary | null }) {
  const [busy, setBusy] = useState(false);
  const printImage = useRef<HTMLImageElement>(null);

  useEffect(() => {
    if (!map) return;
    const beforePrint = () => {
      map.redraw();
      if (printImage.current) printImage.current.src = map.getCanvas().toDataURL('image/png');
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, [map]);

  const download = async () => {
    if (!map || busy) return;
    setBusy(true);
    try {
      // The date the map shows, read as the map reads it (a date not on the calendar is today).
      const until = currentUntil();
      const visible = currentVisibleLayers();
      // The view as the reader sees it: not the part of the map under the panel or the phone's sheet.
      const canvas = composeImage(await captureMap(map, visibleMapPart(map)), {
        title: selected ? `${selected.name} — South Caucasus Corridors Atlas` : 'South Caucasus Corridors Atlas',
        // Written as the page writes it ("30 Sept 2023").
        subtitle: until ? `As of ${formatDate(until)}` : null,
        legend: LAYERS.filter((l) => visible.includes(l.id)).map((l) => ({ label: l.label, color: LAYER_LOOKS[l.id].color })),
        attribution: ATTRIBUTION,
        url: window.location.href,
      });
      await downloadCanvas(canvas, `atlas-${selected?.id ?? 'view'}.png`);
      announce('Image downloaded');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        onClick={download}
        disabled={!map || busy}
        className="absolute left-[10px] top-[118px] z-10 rounded-md border border-stone-300 bg-white px-2 py-1 text-xs font-medium text-stone-800 shadow-sm hover:bg-stone-50 disabled:opacity-60 print:hidden"
      >
        {busy ? 'Drawing image…' : 'Download image'}
      </button>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL drawn at print time, not an asset */}
      <img ref={printImage} alt="The map as shown on screen" data-print-map="" className="hidden print:block print:w-full" />
    </>
  );
}
