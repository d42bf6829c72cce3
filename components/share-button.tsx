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
    <div className="flex items-center gap-2 print:hidden">
      <button type="button" onClick={share} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 shadow-sm hover:bg-stone-50">
        Share link
      </button>
      <span role="status" aria-live="polite" className="text-sm text-stone-700">
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Copy failed — copy the address bar instead' : ''}
      </span>
    </div>
  );
}
