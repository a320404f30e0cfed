/**
 * "이제 인터넷 없이도 쓸 수 있어요": said once, when it is true.
 *
 * The service worker reports its first install (vite-plugin-pwa's offlineReady, read in
 * ./UpdateToast.tsx) when the app files are cached, but the app can only work offline once the
 * emotion model has also been opened from them. So the note waits for both, is shown inline in
 * the chat where the download card was (src/ui/chat/ChatStatus.tsx: it covers nothing), can be
 * closed, and is remembered (localStorage) so it never comes back on a later visit.
 */
import { createSignal } from 'solid-js';

export const OFFLINE_NOTE = '이제 인터넷 없이도 쓸 수 있어요';
export const NOTED_KEY = 'music-rest:offline-ready-noted';

export interface OfflineNoteInput {
  /** The service worker finished its first install (app and model files cached). */
  swReady: boolean;
  /** The emotion model opened (from those files). */
  modelReady: boolean;
  /** Shown on an earlier visit. */
  notedBefore: boolean;
  /** Closed in this visit. */
  dismissed: boolean;
}

export function showOfflineNote({ swReady, modelReady, notedBefore, dismissed }: OfflineNoteInput): boolean {
  return swReady && modelReady && !notedBefore && !dismissed;
}

/** A tiny slice of Storage, so tests can pass a fake. */
export type NoteStore = Pick<Storage, 'getItem' | 'setItem'>;

const defaultStore = (): NoteStore | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked: the note may show again, that is all
  }
};

export function readNoted(store: NoteStore | null = defaultStore()): boolean {
  try {
    return store?.getItem(NOTED_KEY) === '1';
  } catch {
    return false;
  }
}

export function writeNoted(store: NoteStore | null = defaultStore()): void {
  try {
    store?.setItem(NOTED_KEY, '1');
  } catch {
    // not remembered: it may be said once more
  }
}

const [swReady, setSwReady] = createSignal(false);
const [dismissed, setDismissed] = createSignal(false);
/** Read once per visit: a note shown in this visit stays until closed. */
const notedBefore = readNoted();

/** Called by UpdateToast when the service worker's first install is done. */
export function markOfflineReady(): void {
  setSwReady(true);
}

export function dismissOfflineNote(): void {
  setDismissed(true);
}

/** Whether the note shows now (reactive); the caller passes the model's readiness. */
export function offlineNoteVisible(modelReady: boolean): boolean {
  return showOfflineNote({ swReady: swReady(), modelReady, notedBefore, dismissed: dismissed() });
}
