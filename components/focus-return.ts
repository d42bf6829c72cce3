/**
 * Where focus goes back to when the place panel closes: the control that opened it when there was
 * one (a place link, the map), otherwise the place's link in the layer panel.
 */
let opener: HTMLElement | null = null;

export function rememberOpener(element: Element | null): void {
  opener = element instanceof HTMLElement ? element : null;
}

export function returnFocus(placeId: string | null): void {
  const target =
    (opener?.isConnected ? opener : null) ??
    (placeId ? document.querySelector<HTMLElement>(`[data-place-link="${CSS.escape(placeId)}"]`) : null) ??
    document.querySelector<HTMLElement>('#map-region');
  opener = null;
  target?.focus();
}
