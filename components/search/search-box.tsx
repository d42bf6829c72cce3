'use client';

import { useRouter } from 'next/navigation';
import { type KeyboardEvent, useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { SearchGroup, SearchHit } from '@/geo/search';
import { parseQueryParam, searchHref } from '@/geo/url-state';
import { whenMapSettled } from './map-settled';
import { SnippetText } from './snippet-text';

type Status = 'idle' | 'loading' | 'ready' | 'error';

const noop = () => () => {};
/** The field exists only with JavaScript: without it the place list and the source pages are the way in. */
const useHydrated = () => useSyncExternalStore(noop, () => true, () => false);

/** The search the URL holds (`?q=`), or null when it has none or a malformed one. */
const readQueryParam = () => parseQueryParam(new URLSearchParams(window.location.search).get('q'));

/** The engine chunk (MiniSearch and the index), imported on first use only. */
const loadEngine = () => import('./engine');

/** `?q=` follows the field (history *replace*, like `?layers=`), so a search is a link. */
function writeQueryParam(query: string) {
  const search = new URLSearchParams(window.location.search);
  const q = parseQueryParam(query);
  if (q) search.set('q', q);
  else search.delete('q');
  const text = search.toString().replace(/%2C/giu, ',');
  const url = `${window.location.pathname}${text ? `?${text}` : ''}${window.location.hash}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(window.history.state, '', url);
}

function countLine(groups: readonly SearchGroup[]): string {
  const words: Record<SearchGroup['kind'], [string, string]> = {
    place: ['place', 'places'],
    passage: ['passage', 'passages'],
    event: ['event', 'events'],
    paragraph: ['paragraph', 'paragraphs'],
  };
  return groups.map((g) => `${g.hits.length} ${words[g.kind][g.hits.length === 1 ? 0 : 1]}`).join(', ');
}

function Hit({ hit, id, active, onChoose }: { hit: SearchHit; id: string; active: boolean; onChoose: (url: string) => void }) {
  return (
    <div
      role="option"
      id={id}
      aria-selected={active}
      data-search-hit={hit.url}
      // Keeps focus in the field, so the list does not close before the click lands.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onChoose(hit.url)}
      className={`cursor-pointer rounded px-2 py-1.5 text-sm ${active ? 'bg-amber-100 ring-1 ring-amber-400' : 'hover:bg-stone-100'}`}
    >
      <div className="flex items-baseline justify-between gap-2">
        <span className="font-medium text-stone-900">{hit.title}</span>
        <span className="shrink-0 text-xs text-stone-600">{hit.kind === 'place' ? hit.sub : hit.sub.split(' · ')[0]}</span>
      </div>
      {hit.snippet.length > 0 ? (
        <p className="mt-0.5 line-clamp-2 text-xs leading-snug text-stone-700">
          <SnippetText segments={hit.snippet} />
        </p>
      ) : null}
    </div>
  );
}

/**
 * The site's search: a combobox (WAI-ARIA 1.2 pattern) over places by every name, the articles'
 * passages, the chronology's events and the articles' paragraphs, the last option leading to every
 * result on `/search?q=`. `/` or Ctrl/⌘-K focuses it; arrows move through the results, Enter opens
 * one, Escape closes the list, then clears the field. The index loads on first focus, and never
 * before the map is drawn.
 *
 * `syncUrl`: on the atlas the field and `?q=` follow each other (a search is a link); on the document
 * pages the URL stays the document's own.
 */
export function SearchBox({ syncUrl = true }: { syncUrl?: boolean }) {
  const hydrated = useHydrated();
  const router = useRouter();
  const uid = useId();
  const listId = `${uid}-results`;
  const inputRef = useRef<HTMLInputElement>(null);
  // `?q=` seeds the field once: a shared search shows its results, without taking focus. (Read in
  // the browser's first render; the server renders only the placeholder, so nothing mismatches.)
  const [seed] = useState(() => (typeof window === 'undefined' || !syncUrl ? null : readQueryParam()));
  const [query, setQuery] = useState(seed ?? '');
  const [groups, setGroups] = useState<SearchGroup[]>([]);
  const [status, setStatus] = useState<Status>(seed ? 'loading' : 'idle');
  const [open, setOpen] = useState(seed !== null);
  const [active, setActive] = useState(-1);
  /** Phones: the field opens over the header from a button. */
  const [expanded, setExpanded] = useState(seed !== null);
  const latest = useRef('');
  /** What had focus before a shortcut or the phone's Search button brought it to the field. */
  const opener = useRef<HTMLElement | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const hits = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  /** Every option's URL in order: the results, then "All results for …" (the results page). */
  const allHref = searchHref(query, '/search');
  const options = useMemo(() => (hits.length > 0 ? [...hits.map((h) => h.url), allHref] : []), [hits, allHref]);
  const showList = open && query.trim() !== '';
  const optionId = (i: number) => `${uid}-option-${i}`;

  const run = useCallback(async (value: string) => {
    latest.current = value;
    if (value.trim() === '') {
      setGroups([]);
      return;
    }
    try {
      await whenMapSettled();
      const engine = await loadEngine();
      const result = await engine.search(value);
      if (latest.current !== value) return;
      setGroups(result);
      setActive(-1);
      setStatus('ready');
    } catch {
      if (latest.current === value) setStatus('error');
    }
  }, []);

  /** First focus: start loading the engine and the index (after the map is drawn). */
  const warm = useCallback(() => {
    if (status !== 'idle') return;
    setStatus('loading');
    void whenMapSettled()
      .then(loadEngine)
      .then((engine) => engine.loadIndex())
      .then(
        () => setStatus('ready'),
        () => setStatus('error'),
      );
  }, [status]);

  useEffect(() => {
    if (!seed) return;
    latest.current = seed;
    void whenMapSettled()
      .then(loadEngine)
      .then((engine) => engine.search(seed))
      .then(
        (result) => {
          if (latest.current !== seed) return;
          setGroups(result);
          setStatus('ready');
        },
        () => setStatus('error'),
      );
  }, [seed]);

  // `/` (outside text fields) and Ctrl/⌘-K focus the field from anywhere on the page.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
      const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      if (!slash && !commandK) return;
      event.preventDefault();
      if (document.activeElement !== inputRef.current) opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setExpanded(true);
      // After the phone layout has shown the field.
      requestAnimationFrame(() => {
        inputRef.current?.focus();
        inputRef.current?.select();
      });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const choose = useCallback(
    (url: string) => {
      setOpen(false);
      setExpanded(false);
      inputRef.current?.blur();
      // The result's URL has no `?q=`: the field follows it (Back brings the search back).
      if (syncUrl) {
        latest.current = '';
        setQuery('');
        setGroups([]);
      }
      // A paragraph of a source page: a full load, so the browser scrolls to it and `:target`
      // highlights it (a client-side push does neither). Places stay in the atlas without a reload.
      if (url.includes('#')) window.location.assign(url);
      else router.push(url);
    },
    [router, syncUrl],
  );

  // Back and Forward: the field follows `?q=` of the entry reached, with its results as a link shows them.
  useEffect(() => {
    if (!syncUrl) return;
    const onPop = () => {
      const q = readQueryParam() ?? '';
      if (q === latest.current) return;
      setQuery(q);
      setOpen(q !== '');
      setActive(-1);
      void run(q);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [syncUrl, run]);

  const onChange = (value: string) => {
    setQuery(value);
    setOpen(true);
    if (syncUrl) writeQueryParam(value);
    void run(value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      if (options.length === 0) return;
      const last = options.length - 1;
      // Wraps at both ends, as the WAI-ARIA combobox pattern allows.
      setActive((i) => (event.key === 'ArrowDown' ? (i >= last ? 0 : i + 1) : i <= 0 ? last : i - 1));
    } else if (event.key === 'Enter') {
      // With no option chosen yet, Enter opens the first result: the best match.
      const url = showList ? (options[active] ?? options[0]) : undefined;
      if (url) {
        event.preventDefault();
        choose(url);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (open && query) {
        setOpen(false);
        setActive(-1);
      } else if (query) {
        onChange('');
      } else {
        // Leaves the field, and focus goes back where it came from: the phone's Search button (shown
        // again), else what had focus before `/` or Ctrl-K; failing both, it stays in the field.
        setExpanded(false);
        const back = opener.current;
        opener.current = null;
        requestAnimationFrame(() => {
          const to = [buttonRef.current, back].find((el) => el && el !== document.body && el.isConnected && el.getClientRects().length > 0);
          to?.focus();
        });
      }
    }
  };

  // A click anywhere else closes the list (it may be open without focus: a `?q=` link shows it).
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  // Keeps the active option in view as the arrows move through a long list.
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  const message =
    status === 'error'
      ? 'Search could not be loaded. Check your connection to this site and try again.'
      : status === 'loading' || (status === 'idle' && query)
        ? 'Loading search…'
        : hits.length === 0
          ? `Nothing found for “${query.trim()}”. Try another spelling, or the list of places.`
          : null;
  const announcement = !showList ? '' : message ?? `${countLine(groups)}. Arrow keys move through them; Enter opens one.`;

  if (!hydrated) return <div className="hidden h-8 md:block md:w-72 lg:w-96" aria-hidden />;

  let index = -1;
  return (
    <div ref={rootRef} className="flex min-w-0 shrink-0 items-center md:shrink" data-search>
      <button
        ref={buttonRef}
        type="button"
        onClick={() => {
          setExpanded(true);
          requestAnimationFrame(() => inputRef.current?.focus());
        }}
        className={`${expanded ? 'hidden' : ''} rounded-md border border-stone-300 px-2.5 py-1 text-sm text-stone-800 hover:bg-stone-50 md:hidden print:hidden`}
        aria-label="Search places and passages"
      >
        Search
      </button>
      <div
        role="search"
        className={`${expanded ? 'absolute inset-x-2 top-1.5 z-40 flex' : 'hidden'} md:relative md:inset-auto md:z-30 md:flex md:w-72 lg:w-96 print:hidden`}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
            setOpen(false);
            if (!query) setExpanded(false);
          }
        }}
      >
        <label htmlFor={`${uid}-input`} className="sr-only">
          Search places, names and passages
        </label>
        <input
          ref={inputRef}
          id={`${uid}-input`}
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="go"
          placeholder="Search: Naxçıvan, Stepanakert, “soft target”…"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
          aria-keyshortcuts="/ Control+K Meta+K"
          value={query}
          maxLength={100}
          onFocus={() => {
            warm();
            if (query) setOpen(true);
          }}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          className="h-8 w-full min-w-0 rounded-md border border-stone-300 bg-white px-2.5 text-sm text-stone-900 shadow-sm placeholder:text-stone-500 focus:border-amber-600 focus:outline-none focus:ring-2 focus:ring-amber-500"
        />
        <kbd className="pointer-events-none absolute right-2 top-1.5 hidden rounded border border-stone-300 px-1 text-xs text-stone-500 lg:block" aria-hidden>
          /
        </kbd>
        <div
          id={listId}
          role="listbox"
          aria-label={`Results for ${query.trim() || 'the search'}`}
          className={`${showList ? '' : 'hidden'} absolute left-0 right-0 top-9 max-h-[min(70dvh,32rem)] overflow-y-auto rounded-md border border-stone-300 bg-white p-1.5 shadow-lg`}
        >
          {showList && message ? <p className="px-2 py-1.5 text-sm text-stone-700">{message}</p> : null}
          {showList && !message
            ? groups.map((g) => (
                <div key={g.kind} role="group" aria-labelledby={`${uid}-group-${g.kind}`} className="mb-1" data-search-group={g.kind}>
                  <div id={`${uid}-group-${g.kind}`} role="presentation" className="px-2 pb-0.5 pt-1.5 text-xs font-semibold uppercase tracking-wider text-stone-600">
                    {g.label}
                  </div>
                  {g.hits.map((hit) => {
                    index += 1;
                    return <Hit key={hit.id} hit={hit} id={optionId(index)} active={index === active} onChoose={choose} />;
                  })}
                </div>
              ))
            : null}
          {showList && !message ? (
            <div
              role="option"
              id={optionId(hits.length)}
              aria-selected={active === hits.length}
              data-search-hit={allHref}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(allHref)}
              className={`mt-1 cursor-pointer rounded border-t border-stone-200 px-2 py-1.5 text-sm font-medium text-amber-900 ${active === hits.length ? 'bg-amber-100 ring-1 ring-amber-400' : 'hover:bg-stone-100'}`}
            >
              All results for “{query.trim()}” <span aria-hidden>→</span>
            </div>
          ) : null}
        </div>
        <div role="status" aria-live="polite" className="sr-only" data-search-status>
          {announcement}
        </div>
      </div>
    </div>
  );
}
