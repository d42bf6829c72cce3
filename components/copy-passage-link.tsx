'use client';

import { useState } from 'react';
import { passageHref } from '@/geo/url-state';

/** "Copy link to this passage": the place's URL that opens scrolled to and highlighting the passage. */
export function CopyPassageLink({ placeId, passageId }: { placeId: string; passageId: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(`${window.location.origin}${passageHref(placeId, passageId)}`);
      setCopied(true);
    } catch {
      setCopied(false);
    }
    window.setTimeout(() => setCopied(null), 3000);
  }
  return (
    <>
      <button type="button" onClick={copy} className="inline-flex min-h-6 items-center underline decoration-stone-400 underline-offset-2 hover:text-stone-900">
        Copy link to this passage
      </button>
      <span role="status" className="ml-1 text-emerald-800">
        {copied === true ? 'Copied' : copied === false ? 'Copy failed' : ''}
      </span>
    </>
  );
}
