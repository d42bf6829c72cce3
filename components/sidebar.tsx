'use client';

import { type ReactNode, useEffect, useRef, useState } from 'react';

/** Where the drawer becomes a column beside the map (Tailwind's `min-[1100px]:` below). */
const WIDE = '(min-width: 1100px)';

/**
 * The layer panel's container: a column beside the map on wide screens (1100 px and up), a drawer over
 * the map below that, so the map keeps the width. The drawer closes by its own close button, Escape,
 * a tap outside it, or choosing a place, and closes when the window widens to a column.
 */
export function Sidebar({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const drawer = useRef<HTMLElement>(null);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) toggle.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    drawer.current?.focus();
    // Capture, and claim the key: Escape closes the drawer first, not the place panel under it.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close(true);
    };
    document.addEventListener('keydown', onKey, { capture: true });
    // Widened to a column beside the map, the drawer is gone from view: close it, or it would keep
    // claiming Escape (and reopen as a drawer if the window narrowed again).
    const wide = window.matchMedia(WIDE);
    const onWide = () => {
      if (wide.matches) setOpen(false);
    };
    wide.addEventListener('change', onWide);
    return () => {
      document.removeEventListener('keydown', onKey, { capture: true });
      wide.removeEventListener('change', onWide);
    };
  }, [open]);

  return (
    <>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls="places"
        onClick={() => setOpen((o) => !o)}
        className="absolute left-[52px] top-[10px] z-30 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 shadow-sm min-[1100px]:hidden print:hidden"
      >
        Layers &amp; places
      </button>
      {open ? <div aria-hidden="true" data-drawer-backdrop="" onClick={() => close(false)} className="absolute inset-0 z-30 bg-stone-900/25 min-[1100px]:hidden" /> : null}
      <nav
        ref={drawer}
        id="places"
        aria-label="Layers and places"
        tabIndex={-1}
        data-open={open}
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('a')) setOpen(false);
        }}
        className="absolute inset-y-0 left-0 z-40 hidden w-80 max-w-[85%] overflow-y-auto border-r border-stone-200 bg-white p-3 shadow-xl data-[open=true]:block min-[1100px]:static min-[1100px]:z-auto min-[1100px]:block min-[1100px]:w-72 min-[1100px]:shrink-0 min-[1100px]:shadow-none print:hidden"
      >
        <div className="mb-2 flex items-center justify-between min-[1100px]:hidden">
          <p className="text-sm font-semibold text-stone-900">Layers and places</p>
          <button type="button" onClick={() => close(true)} className="rounded-md border border-stone-300 px-2 py-1 text-sm font-medium text-stone-800 hover:bg-stone-100">
            Close
          </button>
        </div>
        {children}
      </nav>
    </>
  );
}
