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

/** Marks a passage of the panel as the linked one (highlighted, focused without scrolling), and no other; returns it. */
export function highlightPassage(root: ParentNode, passageId: string): HTMLElement | null {
  for (const other of root.querySelectorAll<HTMLElement>('[data-passage][data-active]')) delete other.dataset.active;
  const passage = root.querySelector<HTMLElement>(`[data-passage="${passageId}"]`);
  if (!passage) return null;
  passage.dataset.active = 'true';
  passage.focus({ preventScroll: true });
  return passage;
}

/**
 * "Link": the passage's own URL, to copy or open in a new tab. A plain click goes there in place: the
 * URL takes the passage (and keeps the map's view), the passage is highlighted and focused, and the
 * page, its map with it, is not loaded again (on a phone that had sent the reader back to the static
 * map and its "Show the interactive map" button).
 */
export function PassageLink({ placeId, passageId, className }: { placeId: string; passageId: string; className: string }) {
  const href = passageHref(placeId, passageId);
  return (
    <a
      href={href}
      className={className}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        window.history.pushState(null, '', `${href}${window.location.hash}`);
        highlightPassage(document, passageId);
      }}
    >
      Link
    </a>
  );
}
