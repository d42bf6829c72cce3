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
