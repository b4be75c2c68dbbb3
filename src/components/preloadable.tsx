import { useEffect, useReducer, type ComponentType } from 'react';

export interface Preloadable<P> {
  /** The real component once its code is here; until then nothing, and mounting it starts the download. */
  Component: ComponentType<P>;
  /** Starts loading the code (once); resolves when it can render synchronously. */
  preload: () => Promise<void>;
}

/**
 * Code split for UI that is not needed to paint but must answer a click at once (menus): preload it when
 * the page is idle, and once it is here it renders in the same commit as the click that opens it, without
 * the Suspense round trip React.lazy would add on its first render.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let Loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;

  const preload = () =>
    (pending ??= load().then(
      (component) => {
        Loaded = component;
      },
      (error: unknown) => {
        // Let a later mount try again (a flaky network should not leave the menu dead for the session).
        pending = null;
        throw error;
      },
    ));

  function Component(props: P) {
    const [, rerender] = useReducer((n: number) => n + 1, 0);
    useEffect(() => {
      if (Loaded) return;
      let live = true;
      preload().then(
        () => {
          if (live) rerender();
        },
        () => undefined,
      );
      return () => {
        live = false;
      };
    }, []);
    return Loaded ? <Loaded {...props} /> : null;
  }

  return { Component, preload };
}
