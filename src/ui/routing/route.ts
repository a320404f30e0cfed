/**
 * Where the user is, as the URL's hash, so a reload (online or offline: the hash never reaches
 * the server or the service worker) and the back button keep the place:
 *   ''                          대화 (the start; no hash)
 *   '#diary', '#settings'        일기, 설정
 *   '#history'                   기록, the list
 *   '#history/conversation/ID'   기록, one conversation open (also 'diary/ID')
 * Anything else (e.g. '#main' from the skip link) is not a route and changes nothing.
 */
export type RouteTab = 'chat' | 'diary' | 'history' | 'settings';
export type RecordKind = 'conversation' | 'diary';

export interface Route {
  tab: RouteTab;
  /** Only on 기록: the record open in full. */
  record?: { kind: RecordKind; id: string } | null;
}

const TABS: readonly RouteTab[] = ['chat', 'diary', 'history', 'settings'];

export function parseRoute(hash: string): Route | null {
  const raw = hash.replace(/^#/, '');
  if (raw === '' || raw === 'chat') return { tab: 'chat' };
  const [tab, kind, ...rest] = raw.split('/');
  if (!TABS.includes(tab as RouteTab)) return null;
  if (tab === 'history' && (kind === 'conversation' || kind === 'diary') && rest.length > 0) {
    let id: string;
    try {
      id = decodeURIComponent(rest.join('/'));
    } catch {
      return { tab: 'history' };
    }
    return id ? { tab: 'history', record: { kind, id } } : { tab: 'history' };
  }
  return { tab: tab as RouteTab };
}

/** The hash for a route: '' for 대화, else '#tab' or '#history/kind/id'. */
export function routeHash(route: Route): string {
  if (route.tab === 'chat') return '';
  if (route.tab === 'history' && route.record) {
    return `#history/${route.record.kind}/${encodeURIComponent(route.record.id)}`;
  }
  return `#${route.tab}`;
}

/** The same place, with an unknown or missing hash read as the start. */
export function sameRoute(a: Route, b: Route): boolean {
  return routeHash(a) === routeHash(b);
}

/**
 * Back-stack depth of a place (session 39): 대화 0, another tab 1, a record open on 기록 2.
 * The app keeps one history entry per level below the one shown, so the phone's back button
 * closes an open record, then leaves a tab for 대화, then leaves the app: switching tabs
 * replaces the entry instead of adding one per tap (Android's bottom-navigation rule).
 */
export function routeLevel(route: Route): number {
  if (route.tab === 'chat') return 0;
  return route.tab === 'history' && route.record ? 2 : 1;
}

/** The places back walks through to reach `route`, one per level: 대화, the tab, the record. */
export function routeChain(route: Route): Route[] {
  const level = routeLevel(route);
  if (level === 0) return [{ tab: 'chat' }];
  if (level === 1) return [{ tab: 'chat' }, { tab: route.tab }];
  return [{ tab: 'chat' }, { tab: route.tab }, route];
}

/**
 * What to do to the browser history to show `to`, from the entry now current (its place `from`,
 * null when the hash is no route, and its level, 0 for an entry the app has not written):
 *   stay:  nothing (the entry already is `to`);
 *   back:  step back `by` entries (to the entry of `to`'s level), then plan again from there;
 *   write: replace the current entry with `replace` (when not null), then push `push` in order.
 */
export type HistoryStep =
  | { kind: 'stay' }
  | { kind: 'back'; by: number }
  | { kind: 'write'; replace: Route | null; push: Route[] };

export function historyStep(from: Route | null, fromLevel: number, to: Route): HistoryStep {
  const level = routeLevel(to);
  if (from && fromLevel === level && sameRoute(from, to)) return { kind: 'stay' };
  if (fromLevel > level) return { kind: 'back', by: fromLevel - level };
  const chain = routeChain(to);
  const base = chain[fromLevel] ?? to;
  return {
    kind: 'write',
    replace: from && sameRoute(from, base) ? null : base,
    push: chain.slice(fromLevel + 1),
  };
}

/** The level the app wrote into a history entry's state, or null for an entry it did not write. */
export function entryLevel(state: unknown): number | null {
  if (!state || typeof state !== 'object' || !('level' in state)) return null;
  const level = state.level;
  return typeof level === 'number' && Number.isInteger(level) && level >= 0 && level <= 2 ? level : null;
}
