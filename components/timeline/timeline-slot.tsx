'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';

/**
 * The timeline's place on the atlas. Nothing of the timeline is in the page's first JavaScript: its
 * button, strip and chronology load once the map is drawn (or cannot be), so they never compete with
 * the map. Without JavaScript the sidebar's link leads to `/timeline`.
 */
const TimelineDock = dynamic(() => import('./timeline-dock'), { ssr: false, loading: () => null });

/** Calls back once the map region says it is drawn (or cannot be): `data-map-status` leaves "loading". */
function whenMapSettled(onSettled: () => void): () => void {
  const region = document.getElementById('map-region');
  const settled = () => region?.dataset.mapStatus !== 'loading';
  if (!region || settled()) {
    onSettled();
    return () => {};
  }
  const observer = new MutationObserver(() => {
    if (!settled()) return;
    observer.disconnect();
    onSettled();
  });
  observer.observe(region, { attributes: true, attributeFilter: ['data-map-status'] });
  return () => observer.disconnect();
}

export function TimelineSlot() {
  const [show, setShow] = useState(false);
  useEffect(() => whenMapSettled(() => setShow(true)), []);
  return show ? <TimelineDock /> : null;
}
