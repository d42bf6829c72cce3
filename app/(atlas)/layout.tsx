import type { ReactNode } from 'react';
import { Announcer } from '@/components/announcer';
import { LayerPanel } from '@/components/layer-panel';
import { MapArea } from '@/components/map/map-area';
import { SearchSlot } from '@/components/search/search-slot';
import { ShareButton } from '@/components/share-button';
import { Sidebar } from '@/components/sidebar';
import { TimelineSlot } from '@/components/timeline/timeline-slot';
import { buildAtlas } from '@/geo/atlas';
import { placeIndex } from '@/geo/place-index';

/**
 * The atlas frame, shared by `/` and `/place/<id>`: it stays mounted while the place changes, so the
 * map is not rebuilt; the page is the side panel.
 */
export default function AtlasLayout({ children }: { children: ReactNode }) {
  const places = placeIndex(buildAtlas());
  return (
    <div data-atlas-frame="" className="flex h-dvh flex-col bg-stone-50 text-stone-900 print:block print:h-auto print:bg-white">
      <a href="#places" className="sr-only z-50 rounded bg-white px-3 py-2 focus:not-sr-only focus:absolute focus:left-2 focus:top-2">
        Skip to the list of places
      </a>
      <header className="relative flex items-center justify-between gap-3 border-b border-stone-200 bg-white px-4 py-2">
        <h1 className="text-base font-semibold tracking-tight md:text-lg">South Caucasus Corridors Atlas</h1>
        <SearchSlot />
        <ShareButton />
      </header>
      <div data-atlas-frame="" className="relative flex min-h-0 flex-1">
        <Sidebar>
          <LayerPanel places={places} />
          <p className="mt-4 border-t border-stone-200 pt-3 text-sm">
            <a href="/timeline" className="text-stone-800 underline underline-offset-2">
              Timeline: every dated event
            </a>
          </p>
        </Sidebar>
        <main className="relative min-w-0 flex-1">
          <MapArea places={places} />
          <TimelineSlot />
          {children}
          <Announcer places={places} />
        </main>
      </div>
    </div>
  );
}
