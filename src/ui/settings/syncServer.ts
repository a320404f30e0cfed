/**
 * The community-sync server address the user typed in 설정 (default: none, which keeps sync
 * off). Kept in localStorage next to the sync client's own on/off flag and install id; it is
 * an address, not personal data, and is never part of a backup.
 *
 * `syncServerUrl()` is what the sync client should use (falling back to the build-time
 * VITE_SYNC_URL); see the note in SettingsTab.
 */
import { createRoot, createSignal } from 'solid-js';

const KEY = 'maum.syncServerUrl';

function read(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

const store = createRoot(() => createSignal(typeof localStorage === 'undefined' ? '' : read()));

/** The address typed by the user, '' when none. */
export const savedServerUrl = store[0];

/**
 * The address sync should use: the user's, else the build's VITE_SYNC_URL, else ''. An address
 * the rule below refuses (an http:// one saved before the rule) is never used.
 */
export function syncServerUrl(): string {
  const url = savedServerUrl() || ((import.meta.env.VITE_SYNC_URL as string | undefined) ?? '');
  return url && 'url' in checkServerUrl(url) ? url : '';
}

/** Hosts that may be reached over plain http: this device, for running a server while developing. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * What a typed address is: `{url}` normalised (no trailing slash; '' for none), or why it is
 * refused. Likes and emotion mixes must not travel unencrypted, so only https: is accepted,
 * plus http: to this device (localhost, 127.0.0.1, [::1]). Credentials, a query or a fragment
 * make it invalid.
 */
export type ServerUrlCheck = { url: string } | { error: 'invalid' | 'insecure' };

export function checkServerUrl(raw: string): ServerUrlCheck {
  const text = raw.trim();
  if (!text) return { url: '' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: 'invalid' };
  if (url.username || url.password || url.search || url.hash) return { error: 'invalid' };
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) return { error: 'insecure' };
  return { url: url.href.replace(/\/+$/, '') };
}

/** The normalised address, or null when it is refused (see checkServerUrl). */
export function normalizeServerUrl(raw: string): string | null {
  const checked = checkServerUrl(raw);
  return 'url' in checked ? checked.url : null;
}

/** What 설정 says when an address is refused. */
export const SERVER_URL_ERRORS = {
  invalid: 'https:// 로 시작하는 서버 주소를 적어 주세요. (예: https://sync.example.com)',
  insecure:
    'http:// 주소는 쓸 수 없어요. 좋아요와 감정 기록이 암호화되지 않은 채 오가게 돼요. https:// 로 시작하는 주소를 적어 주세요.',
} as const;

/** Saves (or with '' clears) the address. */
export function saveServerUrl(url: string): void {
  try {
    if (url) localStorage.setItem(KEY, url);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the address still applies for this session.
  }
  store[1](url);
}
