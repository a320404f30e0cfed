/**
 * Keeps the place (tab, and the record open on 기록) in the URL hash (./route.ts): the app starts
 * where the URL says, every change of place adds a history entry, and the back button walks back
 * through them. Call once from a component (App).
 */
import { batch, createEffect, onCleanup } from 'solid-js';
import { parseRoute, routeHash, type Route } from './route';

export interface RouteBinding {
  /** The place on screen now (read in an effect: it tracks the signals it reads). */
  current: () => Route;
  /** Show a place (from the URL at start, or after back/forward). */
  apply: (route: Route) => void;
}

/**
 * Leaves for `route` the way the back button would when the entry before is that place, so
 * "목록으로" and the back button agree; otherwise shows it with `apply`.
 */
export function goBackTo(route: Route, apply: (route: Route) => void): void {
  const state: unknown = history.state;
  const previous = state && typeof state === 'object' && 'previous' in state ? state.previous : undefined;
  if (previous === routeHash(route)) history.back();
  else apply(route);
}

export function bindUrlRoute(binding: RouteBinding): void {
  const initial = parseRoute(location.hash);
  if (initial) batch(() => binding.apply(initial));

  createEffect(() => {
    const hash = routeHash(binding.current());
    const shown = parseRoute(location.hash);
    if (shown && routeHash(shown) === hash) return;
    history.pushState({ previous: shown ? routeHash(shown) : '' }, '', `${location.pathname}${location.search}${hash}`);
  });

  const onPop = () => {
    const route = parseRoute(location.hash);
    if (route) batch(() => binding.apply(route));
  };
  window.addEventListener('popstate', onPop);
  window.addEventListener('hashchange', onPop);
  onCleanup(() => {
    window.removeEventListener('popstate', onPop);
    window.removeEventListener('hashchange', onPop);
  });
}
