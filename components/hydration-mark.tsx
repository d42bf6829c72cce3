'use client';

import { useEffect } from 'react';

/**
 * Marks the document once React has hydrated it (`<html data-hydrated>`): effects run only after
 * hydration, children's before their parents', so by then every client component of the page has
 * read the URL. Browser tests wait for it before asserting that nothing in a URL was run or injected.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
