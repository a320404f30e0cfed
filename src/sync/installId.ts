import { localMonth } from './calendar.ts';

/** The subset of Web Storage this module needs; `localStorage` fits. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const INSTALL_ID_KEY = 'communitySync.installId';

interface StoredInstallId {
  id: string;
  /** Local calendar month, YYYY-MM, the id was made in. */
  month: string;
}

/**
 * A random id that changes every calendar month, so the server can count
 * distinct raters without being able to follow anyone for long.
 */
export function currentInstallId(storage: KeyValueStorage, now: Date, randomUUID: () => string): string {
  const month = localMonth(now);
  const stored = readStored(storage.getItem(INSTALL_ID_KEY));
  if (stored?.month === month) return stored.id;
  const fresh: StoredInstallId = { id: randomUUID(), month };
  storage.setItem(INSTALL_ID_KEY, JSON.stringify(fresh));
  return fresh.id;
}

export function forgetInstallId(storage: KeyValueStorage): void {
  storage.removeItem(INSTALL_ID_KEY);
}

function readStored(text: string | null): StoredInstallId | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<StoredInstallId>;
    return typeof value.id === 'string' && typeof value.month === 'string' ? { id: value.id, month: value.month } : undefined;
  } catch {
    return undefined;
  }
}
