'use client';

import { type ReactNode, useState } from 'react';

/**
 * The layer panel's container: a column beside the map on wide screens, a drawer over the map on
 * phones (opened from the header), so the map keeps the screen.
 */
export function Sidebar({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="places"
        onClick={() => setOpen((o) => !o)}
        className="absolute right-3 top-3 z-30 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 shadow-sm md:hidden"
      >
        {open ? 'Hide layers' : 'Layers & places'}
      </button>
      <nav
        id="places"
        aria-label="Layers and places"
        tabIndex={-1}
        data-open={open}
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('a')) setOpen(false);
        }}
        className="absolute inset-y-0 left-0 z-30 hidden w-80 max-w-[85%] overflow-y-auto border-r border-stone-200 bg-white p-3 shadow-xl data-[open=true]:block md:static md:z-auto md:block md:w-72 md:shrink-0 md:shadow-none"
      >
        {children}
      </nav>
    </>
  );
}
