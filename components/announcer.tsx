'use client';

import { useEffect, useRef, useState } from 'react';
import type { PlaceSummary } from '@/geo/place-index';
import { ANNOUNCE_EVENT } from './announce';
import { useSelectedPlaceId } from './use-atlas-url';

/**
 * One polite live region for the atlas: says what changed ("Zangezur corridor selected", "Aras
 * corridor layer hidden"), so a screen-reader user hears the effect of a click or a key. Other code
 * speaks through `announce()` (./announce).
 */
export function Announcer({ places }: { places: readonly PlaceSummary[] }) {
  const [message, setMessage] = useState('');
  const selectedId = useSelectedPlaceId();
  const previous = useRef<string | null | undefined>(undefined);

  useEffect(() => {
    const onAnnounce = (event: Event) => setMessage((event as CustomEvent<string>).detail);
    window.addEventListener(ANNOUNCE_EVENT, onAnnounce);
    return () => window.removeEventListener(ANNOUNCE_EVENT, onAnnounce);
  }, []);

  useEffect(() => {
    // Not on first load: the page title and the panel heading already say where the reader is.
    if (previous.current !== undefined && previous.current !== selectedId) {
      const name = places.find((p) => p.id === selectedId)?.name;
      setMessage(name ? `${name} selected` : 'Panel closed');
    }
    previous.current = selectedId;
  }, [selectedId, places]);

  return (
    <div role="status" aria-live="polite" className="sr-only" data-announcer>
      {message}
    </div>
  );
}
