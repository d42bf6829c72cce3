'use client';

import { type ComponentType, createElement, useSyncExternalStore } from 'react';

/**
 * A component whose module loads on demand (`load()`), rendered the moment the module is in: no
 * Suspense. Renders nothing on the server, while hydrating and until the module has loaded.
 *
 * Not `next/dynamic`: that is React.lazy under a Suspense boundary, and React shows a boundary's
 * content no sooner than 300 ms after its fallback appeared (it throttles Suspense reveals so that
 * content streams in steps). For the map that was pure delay: on `/` its chunk was in and evaluated,
 * and the map was created ~260 ms later, when React's timer fired (a trace showed the 257 ms timer).
 */
export function onDemand<P extends object>(importer: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const listeners = new Set<() => void>();
  const load = (): Promise<ComponentType<P>> => {
    pending ??= importer().then((component) => {
      loaded = component;
      for (const listener of listeners) listener();
      return component;
    });
    return pending;
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  function OnDemand(props: P) {
    const Component = useSyncExternalStore(
      subscribe,
      () => loaded,
      () => null,
    );
    return Component ? createElement(Component, props) : null;
  }
  return { load, Component: OnDemand };
}
