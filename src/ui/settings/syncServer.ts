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

/** The address sync should use: the user's, else the build's VITE_SYNC_URL, else ''. */
export function syncServerUrl(): string {
  return savedServerUrl() || ((import.meta.env.VITE_SYNC_URL as string | undefined) ?? '');
}

/** An http(s) URL without credentials, query or fragment, normalised (no trailing slash); null otherwise. */
export function normalizeServerUrl(raw: string): string | null {
  const text = raw.trim();
  if (!text) return '';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return url.href.replace(/\/+$/, '');
}

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
