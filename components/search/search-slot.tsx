'use client';

import dynamic from 'next/dynamic';

/** The space the field takes on wide screens, held until its code arrives (no layout shift). */
const placeholder = () => <div className="hidden h-8 md:block md:w-72 lg:w-96" aria-hidden />;

/**
 * The search field, in its own chunk: the atlas's initial JavaScript (what its HTML names) does not
 * grow with search. The chunk is a few KB and renders only in the browser; MiniSearch and the index
 * come later still, on first focus (./engine).
 */
const SearchBox = dynamic(() => import('./search-box').then((m) => m.SearchBox), { ssr: false, loading: placeholder });

/** `syncUrl`: the field and `?q=` follow each other (the atlas); off on the document pages. */
export function SearchSlot({ syncUrl = true }: { syncUrl?: boolean }) {
  return <SearchBox syncUrl={syncUrl} />;
}
