import MiniSearch from 'minisearch';
import { INDEX_OPTIONS, type SearchDocument, type SearchGroup, searchGroups } from '@/geo/search';

/**
 * The search engine, in its own chunk: MiniSearch and the index are fetched only when the search
 * field is first used (never in the atlas's initial JavaScript), and the index is parsed once.
 */

let loading: Promise<MiniSearch<SearchDocument>> | null = null;

export function loadIndex(): Promise<MiniSearch<SearchDocument>> {
  loading ??= fetch('/data/search-index.json')
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.text();
    })
    .then((json) => {
      performance.mark('atlas-search-index');
      return MiniSearch.loadJSON<SearchDocument>(json, INDEX_OPTIONS);
    })
    .catch((error: unknown) => {
      loading = null; // the next focus tries again
      throw error;
    });
  return loading;
}

export async function search(query: string, perGroup?: number): Promise<SearchGroup[]> {
  return searchGroups(await loadIndex(), query, { perGroup });
}
