'use client';

import { forwardRef, useImperativeHandle, useRef } from 'react';

export interface HoverLabelHandle {
  /** Shows `name` beside the pointer at `point` (map container pixels), or hides the label for null. */
  show: (name: string | null, point: { x: number; y: number }) => void;
}

/**
 * The name of the place under a mouse pointer, beside it. Moved and filled directly (no React render per
 * mouse move). Hidden from assistive technology: the same name is the link in the list and the panel title.
 */
export const HoverLabel = forwardRef<HoverLabelHandle>(function HoverLabel(_, ref) {
  const el = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => ({
    show(name, point) {
      const node = el.current;
      if (!node) return;
      if (!name) {
        node.hidden = true;
        return;
      }
      if (node.textContent !== name) node.textContent = name;
      node.style.transform = `translate(${Math.round(point.x + 14)}px, ${Math.round(point.y + 14)}px)`;
      node.hidden = false;
    },
  }));
  return (
    <div
      ref={el}
      hidden
      aria-hidden="true"
      data-hover-label=""
      className="pointer-events-none absolute left-0 top-0 z-10 max-w-64 rounded bg-stone-900/90 px-2 py-1 text-xs font-medium text-white shadow"
    />
  );
});
