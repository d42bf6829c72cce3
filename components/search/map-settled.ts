/**
 * Resolves once no map on the page is still loading (`[data-map-status="loading"]`): the search index
 * must never compete with the map's own first draw. On a page without a map it resolves at once.
 */
export function whenMapSettled(): Promise<void> {
  const loading = () => document.querySelector('[data-map-status="loading"]') !== null;
  if (!loading()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (loading()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document.body, { attributes: true, attributeFilter: ['data-map-status'], subtree: true, childList: true });
  });
}
