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
