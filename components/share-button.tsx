'use client';

import { useState } from 'react';

/** Copies the current full URL — place, layers and view — and says so. */
export function ShareButton() {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function share() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      setState('failed');
    }
    window.setTimeout(() => setState('idle'), 4000);
  }

  return (
    <div className="relative shrink-0 print:hidden">
      <button type="button" onClick={share} className="whitespace-nowrap rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 shadow-sm hover:bg-stone-50">
        Share link
      </button>
      {/* Below the button, over the map, not in the header's row: a phone's header has no room for it. */}
      <span role="status" aria-live="polite" className="absolute right-0 top-full z-50 mt-1 w-max max-w-[min(18rem,calc(100vw-1rem))] rounded-md bg-stone-900 px-2 py-1 text-sm text-white shadow-md empty:hidden">
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Copy failed — copy the address bar instead' : ''}
      </span>
    </div>
  );
}
