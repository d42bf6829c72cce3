'use client';

import { useRouter } from 'next/navigation';
import { type ReactNode, useCallback, useEffect, useRef } from 'react';
import { atlasHref, parsePassageParam } from '@/geo/url-state';
import { returnFocus } from './focus-return';
import { currentUntil } from './timeline/use-until';
import { currentCarriedLayers } from './use-atlas-url';

/**
 * The side panel's frame: a labelled landmark that takes focus when it opens, and closes (back to the
 * atlas without a place, keeping layers and view) with its button or Escape, returning focus.
 */
export function PanelFrame({ placeId, titleId, children }: { placeId: string | null; titleId: string; children: ReactNode }) {
  const router = useRouter();
  const ref = useRef<HTMLElement>(null);

  // Focus moves into the panel: to a linked passage (`?passage=`), scrolled to and highlighted, or to the title.
  useEffect(() => {
    const passage = parsePassageParam(new URLSearchParams(window.location.search).get('passage'));
    const target = passage ? ref.current?.querySelector<HTMLElement>(`[data-passage="${passage}"]`) : null;
    if (target) {
      target.dataset.active = 'true';
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'start', behavior: 'auto' });
      return;
    }
    ref.current?.querySelector<HTMLElement>(`#${titleId}`)?.focus();
  }, [placeId, titleId]);

  const close = useCallback(() => {
    // Read at the moment of closing, so the panel itself never depends on search params (and stays in the server HTML).
    router.push(`${atlasHref({ placeId: null, layers: currentCarriedLayers(), until: currentUntil() })}${window.location.hash}`);
    returnFocus(placeId);
  }, [placeId, router]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [close]);

  return (
    <aside
      ref={ref}
      aria-labelledby={titleId}
      data-place-panel={placeId ?? ''}
      className="absolute inset-x-0 bottom-0 z-20 flex max-h-[55%] flex-col rounded-t-xl border-t border-stone-300 bg-white shadow-2xl md:inset-x-auto md:bottom-3 md:right-3 md:top-3 md:max-h-none md:w-[420px] md:rounded-xl md:border"
    >
      <button
        type="button"
        onClick={close}
        aria-label="Close panel"
        className="absolute right-2 top-2 z-10 rounded-md p-1.5 text-stone-600 hover:bg-stone-100 hover:text-stone-900"
      >
        <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
          <path d="M5 5 L15 15 M15 5 L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
      <div className="overflow-y-auto overscroll-contain p-4 pr-10">{children}</div>
    </aside>
  );
}
