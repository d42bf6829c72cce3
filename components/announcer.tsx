'use client';

import { useEffect, useRef, useState } from 'react';
import type { PlaceSummary } from '@/geo/place-index';
import { useSelectedPlaceId } from './use-atlas-url';

/**
 * One polite live region for the atlas: says what changed ("Zangezur corridor selected", "Aras
 * corridor layer hidden"), so a screen-reader user hears the effect of a click or a key.
 */
const ANNOUNCE = 'atlas:announce';

export function announce(message: string): void {
  window.dispatchEvent(new CustomEvent<string>(ANNOUNCE, { detail: message }));
}

export function Announcer({ places }: { places: readonly PlaceSummary[] }) {
  const [message, setMessage] = useState('');
  const selectedId = useSelectedPlaceId();
  const previous = useRef<string | null | undefined>(undefined);

  useEffect(() => {
    const onAnnounce = (event: Event) => setMessage((event as CustomEvent<string>).detail);
    window.addEventListener(ANNOUNCE, onAnnounce);
    return () => window.removeEventListener(ANNOUNCE, onAnnounce);
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
