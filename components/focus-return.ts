/**
 * Where focus goes back to when the place panel closes: the control that opened it when there was
 * one (a place link, the map), otherwise the place's link in the layer panel, otherwise the map; never
 * one that is not drawn (a link in the phone's closed drawer).
 */
let opener: HTMLElement | null = null;

export function rememberOpener(element: Element | null): void {
  opener = element instanceof HTMLElement ? element : null;
}

/** Whether focus can land on the element: in the document and drawn (not in a closed drawer). */
const focusable = (element: HTMLElement | null): element is HTMLElement => Boolean(element?.isConnected && element.getClientRects().length > 0);

export function returnFocus(placeId: string | null): void {
  const candidates = [opener, placeId ? document.querySelector<HTMLElement>(`[data-place-link="${CSS.escape(placeId)}"]`) : null, document.querySelector<HTMLElement>('#map-region')];
  opener = null;
  candidates.find(focusable)?.focus();
}

/**
 * For a panel closed by the URL (Back, Forward, a link elsewhere) rather than by its own close button:
 * when focus was inside the panel, it would fall to the page's body as the panel leaves, so it goes
 * where `returnFocus` sends it. Call as the panel is taken down, while it is still in the document.
 */
export function returnFocusFrom(panel: HTMLElement | null, placeId: string | null): void {
  if (!panel?.contains(document.activeElement)) return;
  queueMicrotask(() => {
    if (document.activeElement === null || document.activeElement === document.body) returnFocus(placeId);
  });
}
