/**
 * Keeps the place (tab, and the record open on 기록) in the URL hash (./route.ts): the app starts
 * where the URL says and the back button walks back like a phone app's (session 39): an open
 * record closes to the list, any other tab goes back to 대화 once, and 대화 leaves the app.
 * Switching tabs replaces the history entry; opening a record adds one (`historyStep`). Each
 * entry the app writes carries its level in `history.state`; an entry it did not write (the first
 * visit, a bookmark of '#settings', a hash typed by hand) is rebuilt as 대화 with the place pushed
 * on top, so back from a bookmarked tab still lands on 대화. Call once from a component (App).
 */
import { batch, createEffect, onCleanup } from 'solid-js';
import { entryLevel, historyStep, parseRoute, routeHash, routeLevel, type Route } from './route';

export interface RouteBinding {
  /** The place on screen now (read in an effect: it tracks the signals it reads). */
  current: () => Route;
  /** Show a place (from the URL at start, or after back/forward). */
  apply: (route: Route) => void;
}

/** Gives up waiting for the popstate of a step back after this long (it should take a frame). */
const BACK_TIMEOUT_MS = 1000;

function write(route: Route, replace: boolean): void {
  const url = `${location.pathname}${location.search}${routeHash(route)}`;
  const state = { level: routeLevel(route) };
  if (replace) history.replaceState(state, '', url);
  else history.pushState(state, '', url);
}

export function bindUrlRoute(binding: RouteBinding): void {
  const initial = parseRoute(location.hash);
  if (initial) batch(() => binding.apply(initial));

  /**
   * A step back under way, to an entry of `level`: the popstate landing there is ours (the screen
   * already shows the place); any other is the user's own back or forward.
   */
  let backing: { timer: ReturnType<typeof setTimeout>; level: number } | null = null;

  /** Makes the history match the screen. `force` writes even while a step back is pending. */
  const sync = (to: Route, force = false) => {
    if (backing !== null && !force) return;
    const level = entryLevel(history.state);
    // An entry the app did not write is rebuilt from 대화 up (level 0, nothing kept).
    const step = historyStep(level === null ? null : parseRoute(location.hash), level ?? 0, to);
    if (step.kind === 'back' && !force) {
      const timer = setTimeout(() => {
        backing = null;
        sync(binding.current(), true);
      }, BACK_TIMEOUT_MS);
      backing = { timer, level: routeLevel(to) };
      history.go(-step.by);
      return;
    }
    if (step.kind === 'back') {
      // The entries below are gone (should not happen): show the place in the current entry.
      write(to, true);
      return;
    }
    if (step.kind === 'stay') return;
    if (step.replace) write(step.replace, true);
    for (const route of step.push) write(route, false);
  };

  createEffect(() => sync(binding.current()));

  const onPop = () => {
    if (backing !== null) {
      const ours = entryLevel(history.state) === backing.level;
      clearTimeout(backing.timer);
      backing = null;
      if (ours) {
        // Our own step back landed: plan again from here to what the screen shows.
        sync(binding.current());
        return;
      }
    }
    const route = parseRoute(location.hash);
    if (route) batch(() => binding.apply(route));
    sync(binding.current());
  };
  window.addEventListener('popstate', onPop);
  onCleanup(() => {
    window.removeEventListener('popstate', onPop);
    if (backing !== null) clearTimeout(backing.timer);
  });
}
