'use client';

import { useCallback, useSyncExternalStore } from 'react';
import { parseUntil } from '@/geo/url-state';
import { replaceUrlParam, subscribeToUrl } from '../url-subscription';

/**
 * The date the atlas shows (`?until=`), read from the URL as an external store like `?layers=`, so
 * the slider, the map and the place list follow a step at once. Null: today. Written with history
 * *replace*: stepping through dates should not fill the Back button.
 */
const UNTIL_CHANGED = 'atlas:until-changed';

const subscribe = (onChange: () => void) => subscribeToUrl(UNTIL_CHANGED, onChange);
/** Calls `onChange` whenever `?until=` may have changed (a step, Back/Forward): for code outside React's render. */
export const subscribeToUntil = subscribe;

/**
 * The date the atlas shows now, read from the URL: null for today. For code outside React — links
 * built at the moment of a click, and an exported image that should say which date it shows.
 */
export function currentUntil(): string | null {
  return parseUntil(readUntilParam());
}

/** The one place `?until=` is read, as written (null on the server, or when absent). */
const readUntilParam = () => (typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('until'));

/**
 * A `?until=` the atlas cannot read (`2023-02-30`, `garbage`), or null when it is absent, empty or a
 * date. The map then shows today; the dock says so and takes the value out of the URL.
 */
export function unreadableUntil(): string | null {
  const raw = readUntilParam();
  return raw && raw.trim() !== '' && parseUntil(raw) === null ? raw : null;
}

export function setUntil(until: string | null): void {
  replaceUrlParam('until', until, UNTIL_CHANGED);
}

export function useUntil(): [string | null, (until: string | null) => void] {
  const until = useSyncExternalStore(subscribe, currentUntil, () => null);
  return [until, useCallback((next: string | null) => setUntil(next), [])];
}
