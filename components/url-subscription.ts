/**
 * Subscribes to a URL parameter read as an external store (`useSyncExternalStore`): the store changes
 * on Back/Forward (`popstate`) and when the atlas itself rewrites the URL with history *replace*, which
 * fires no browser event — the writer dispatches `event` on `window` instead.
 */
export function subscribeToUrl(event: string, onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(event, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(event, onChange);
  };
}

/**
 * Sets (or, with null, removes) one query parameter with history *replace* and tells the subscribers.
 * Commas stay literal (they are safe in a query value and keep links readable). Next's own history
 * state keeps the router out of it: nothing reads these parameters through the router, and its
 * "restore" would re-render the whole page.
 */
export function replaceUrlParam(name: string, value: string | null, event: string): void {
  const search = new URLSearchParams(window.location.search);
  if (value === null) search.delete(name);
  else search.set(name, value);
  const query = search.toString().replace(/%2C/giu, ',');
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
  window.dispatchEvent(new Event(event));
}
