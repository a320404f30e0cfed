/**
 * Storage errors never reach the UI as exceptions: every write goes through `guardWrite` (or,
 * for the chat's writes, ./keptWrites.ts, which keeps what a full disk refused), which reports
 * the problem to the listeners registered with `onStorageError` and returns false, so the chat
 * keeps working from memory.
 */

export type StorageErrorKind = 'quota' | 'unavailable' | 'unknown';

export type StorageAccess = 'write' | 'read';

export interface StorageErrorEvent {
  kind: StorageErrorKind;
  access: StorageAccess;
  /** Korean text for the user. */
  message: string;
  /** What the store was doing, e.g. 'addMessage'. */
  operation: string;
  error: unknown;
}

export type StorageErrorListener = (event: StorageErrorEvent) => void;

export const STORAGE_MESSAGES: Record<StorageErrorKind, string> = {
  quota: '저장 공간이 부족해 기록을 저장하지 못했어요. 대화는 계속할 수 있어요.',
  unavailable: '기록 저장소를 사용할 수 없어 이번 내용은 저장되지 않았어요. 대화는 계속할 수 있어요.',
  unknown: '기록을 저장하지 못했어요. 대화는 계속할 수 있어요.',
};

/** A chat write the full disk refused, kept to be written later (./keptWrites.ts). */
export const KEPT_WRITE_MESSAGE =
  '저장 공간이 부족해 기록에 바로 저장하지 못했어요. 따로 보관해 두었다가 공간이 생기면 저장할게요.';

export const READ_ERROR_MESSAGE = '저장된 기록을 불러오지 못했어요. 대화는 계속할 수 있어요.';

const listeners = new Set<StorageErrorListener>();

/** Subscribe to storage errors; returns the unsubscribe function. */
export function onStorageError(listener: StorageErrorListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** `message` replaces the usual Korean text (a caller that knows better what happened). */
export function reportStorageError(
  operation: string,
  error: unknown,
  access: StorageAccess = 'write',
  message?: string,
): StorageErrorEvent {
  const kind = classifyStorageError(error);
  message ??= access === 'read' && kind !== 'quota' ? READ_ERROR_MESSAGE : STORAGE_MESSAGES[kind];
  const event: StorageErrorEvent = { kind, access, message, operation, error };
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch {
      // A broken listener must not break the others or the caller.
    }
  }
  return event;
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** DOMException.QUOTA_EXCEEDED_ERR, for engines that set the legacy code but an odd name. */
const QUOTA_CODE = 22;
const UNAVAILABLE_NAMES = new Set([
  'DatabaseClosedError',
  'InvalidStateError',
  'MissingAPIError',
  'OpenFailedError',
  'SecurityError',
  'UnknownError',
  'VersionError',
]);

export function classifyStorageError(error: unknown): StorageErrorKind {
  if (isQuotaError(error)) return 'quota';
  if (someCause(error, (e) => UNAVAILABLE_NAMES.has(String(e.name)))) return 'unavailable';
  return 'unknown';
}

/** True for a quota error, also when Dexie wrapped it (AbortError.inner, BulkError.failures, cause). */
export function isQuotaError(error: unknown): boolean {
  return someCause(
    error,
    (e) =>
      QUOTA_NAMES.has(String(e.name)) ||
      (typeof DOMException !== 'undefined' && e instanceof DOMException && e.code === QUOTA_CODE),
  );
}

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

function someCause(error: unknown, test: (e: ErrorLike) => boolean, depth = 0): boolean {
  if (depth > 5 || error === null || typeof error !== 'object') return false;
  const e = error as ErrorLike;
  if (test(e)) return true;
  const nested: unknown[] = [e.inner, e.cause];
  if (Array.isArray(e.failures)) nested.push(...(e.failures as unknown[]));
  else if (e.failures && typeof e.failures === 'object') nested.push(...Object.values(e.failures));
  return nested.some((n) => n !== e && someCause(n, test, depth + 1));
}

/** Runs a write; on failure reports it and resolves to the reported event (null on success). */
export async function attemptWrite(operation: string, write: () => Promise<unknown>): Promise<StorageErrorEvent | null> {
  try {
    await write();
    return null;
  } catch (error) {
    return reportStorageError(operation, error);
  }
}

/** Runs a write; on failure reports it and resolves to false instead of throwing. */
export async function guardWrite(operation: string, write: () => Promise<unknown>): Promise<boolean> {
  return (await attemptWrite(operation, write)) === null;
}

/** Runs a read; on failure reports it and resolves to `fallback` instead of throwing. */
export async function guardRead<T>(operation: string, fallback: T, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    reportStorageError(operation, error, 'read');
    return fallback;
  }
}
