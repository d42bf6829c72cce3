'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import type { SearchGroup } from '@/geo/search';
import { parseQueryParam, searchHref } from '@/geo/url-state';
import { SnippetText } from './snippet-text';

/** How many results of each kind the page lists (the field's list shows a handful). */
const PER_GROUP = 40;

const EXAMPLES = ['Naxçıvan', 'Stepanakert', 'soft target', 'Trump Route'];

type Result = { query: string; groups: SearchGroup[] } | { query: string; error: true };

function countLine(groups: readonly SearchGroup[]): string {
  const n = groups.reduce((sum, g) => sum + g.hits.length, 0);
  return `${n} ${n === 1 ? 'result' : 'results'}: ${groups.map((g) => `${g.label} ${g.hits.length}`).join(', ')}`;
}

/**
 * `/search?q=`: every result of a search, grouped as in the field's list, each a plain link. The query
 * is the URL's (`?q=`, read in the browser: the page is a prerendered shell); typing rewrites it with
 * history *replace*, like the atlas's field. The engine and the index load on this page only.
 */
export function SearchResults() {
  const uid = useId();
  const fromUrl = parseQueryParam(useSearchParams().get('q'));
  const [query, setQuery] = useState(fromUrl ?? '');
  // A new `?q=` (an example link, Back/Forward) replaces the field, unless it is what the field already
  // says: the URL holds the trimmed query, and typing "soft " must not lose its space.
  const [urlSeen, setUrlSeen] = useState(fromUrl);
  if (fromUrl !== urlSeen) {
    setUrlSeen(fromUrl);
    if (parseQueryParam(query) !== fromUrl) setQuery(fromUrl ?? '');
  }
  const q = parseQueryParam(query);
  const [result, setResult] = useState<Result | null>(null);

  useEffect(() => {
    if (!q) return;
    let live = true;
    import('./engine')
      .then((engine) => engine.search(q, PER_GROUP))
      .then(
        (groups) => live && setResult({ query: q, groups }),
        () => live && setResult({ query: q, error: true }),
      );
    return () => {
      live = false;
    };
  }, [q]);

  // An empty page is for typing: the field takes focus. A shared link's results are left to read.
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!fromUrl) input.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onChange = (value: string) => {
    setQuery(value);
    const href = searchHref(value, '/search');
    if (href !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(window.history.state, '', href);
  };

  const current = result && result.query === q ? result : null;
  const groups = current && 'groups' in current ? current.groups : [];
  const status = !q
    ? 'Type a name or phrase.'
    : !current
      ? 'Loading search…'
      : 'error' in current
        ? 'Search could not be loaded. Check your connection to this site and reload the page.'
        : groups.length === 0
          ? `Nothing found for “${q}”.`
          : countLine(groups);

  return (
    <div data-search-page>
      <form role="search" onSubmit={(event) => event.preventDefault()} className="mt-4">
        <label htmlFor={`${uid}-q`} className="block text-sm font-medium text-stone-800">
          Search places by any of their names, the articles’ passages and paragraphs, and the dated events
        </label>
        <input
          ref={input}
          id={`${uid}-q`}
          type="search"
          name="q"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          maxLength={100}
          value={query}
          onChange={(event) => onChange(event.target.value)}
          placeholder="Naxçıvan, Stepanakert, “soft target”…"
          className="mt-1 h-10 w-full rounded-md border border-stone-300 bg-white px-3 text-base text-stone-900 shadow-sm placeholder:text-stone-500 focus:border-amber-600 focus:outline-none focus:ring-2 focus:ring-amber-500"
        />
      </form>
      <p role="status" aria-live="polite" className="mt-3 text-sm text-stone-700" data-search-status>
        {status}
      </p>
      {!q ? (
        <p className="mt-2 text-sm text-stone-700">
          For example:{' '}
          {EXAMPLES.map((example, i) => (
            <span key={example}>
              {i > 0 ? ', ' : ''}
              <Link href={searchHref(example, '/search')} prefetch={false} className="underline underline-offset-2">
                {example}
              </Link>
            </span>
          ))}
          .
        </p>
      ) : null}
      {current && groups.length === 0 && !('error' in current) ? (
        <p className="mt-2 text-sm text-stone-700">
          Try another spelling, or find the place in the <Link href="/#places" prefetch={false} className="underline underline-offset-2">list of places</Link> or on the{' '}
          <a href="/timeline" className="underline underline-offset-2">timeline</a>.
        </p>
      ) : null}
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`${uid}-${g.kind}`} className="mt-6" data-search-group={g.kind}>
          <h2 id={`${uid}-${g.kind}`} className="border-b border-stone-300 pb-1 text-lg font-semibold">
            {g.label} <span className="text-sm font-normal text-stone-600">({g.hits.length})</span>
          </h2>
          <ol className="mt-2 space-y-3">
            {g.hits.map((hit) => (
              <li key={hit.id} data-search-hit={hit.url}>
                <a href={hit.url} className="font-medium text-stone-900 underline underline-offset-2 hover:bg-amber-100">
                  {hit.title}
                </a>
                <span className="text-sm text-stone-600"> · {hit.sub}</span>
                {hit.snippet.length > 0 ? (
                  <p className="mt-0.5 text-sm leading-snug text-stone-700">
                    <SnippetText segments={hit.snippet} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
