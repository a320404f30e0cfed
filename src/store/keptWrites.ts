/**
 * Writes that failed for lack of space are kept, not dropped.
 *
 * When IndexedDB is full (QuotaExceededError) a chat write (./writes.ts) goes into a backlog:
 * held in memory, in order, and copied to localStorage, whose quota is separate from
 * IndexedDB's, so a reload or a closed tab does not lose it. The backlog is written again
 * - before the next write (a later write never overtakes an earlier kept one: messages keep
 *   their order),
 * - when the app asks (`retryKeptWrites`: the page regains focus or comes back into view, a
 *   record was deleted to make room),
 * - and first of all when the app starts (`restoreKeptWrites`, from localStorage).
 * A write leaves localStorage only once it is in IndexedDB. Writes are idempotent (by id), so
 * one written twice (the page closed between the two steps) adds no duplicate.
 *
 * Listeners (`onKeptWritesChange`) hear how many writes wait and how many of those would
 * survive a reload, so the app can say plainly what is and is not saved.
 */
import type { MaumDB } from './db';
import { KEPT_WRITE_MESSAGE, classifyStorageError, reportStorageError } from './errors';
import { applyWrite, isStoreWrite, writeOwner, type StoreWrite } from './writes';

/**
 * The most characters of kept writes copied to localStorage. Its quota is about 5 million
 * characters per origin in every major browser, shared with the app's few other keys (theme,
 * current conversation, sync); 200,000 characters hold about a hundred long messages with their
 * analyses, yet leave the rest of that quota alone. Writes past the cap are kept in memory only,
 * and the notice says so.
 */
export const KEPT_WRITES_MAX_CHARS = 200_000;

const FORMAT_VERSION = 1;

export type KeptWritesChange = 'kept' | 'written' | 'dropped' | 'restored';

export interface KeptWritesState {
  /** Writes waiting for space, oldest first. */
  pending: number;
  /** How many of them (the oldest) are also in localStorage, so a reload keeps them. */
  keptLocally: number;
  /** What just happened: a write was kept, some were written, dropped (their record deleted), or read back at start. */
  change: KeptWritesChange;
}

export type KeptWritesListener = (state: KeptWritesState) => void;

export interface KeptWritesOptions {
  /** Where the copy that survives a reload lives (the browser's localStorage); null keeps writes in memory only. */
  storage?: Storage | null;
  /** Cap on the copy's size, in characters (default KEPT_WRITES_MAX_CHARS). */
  maxChars?: number;
}

/** Said when the copy in localStorage could not be read back (it is then removed). */
export const KEPT_WRITES_UNREADABLE =
  '지난번에 저장 공간이 부족해 따로 보관해 둔 대화를 읽을 수 없어, 그 부분은 기록에 옮기지 못했어요.';
/** Said when part of the copy could not be read back (the rest is written). */
export const KEPT_WRITES_PARTLY_UNREADABLE =
  '지난번에 따로 보관해 둔 대화 가운데 일부를 읽을 수 없어, 그 부분은 기록에 옮기지 못했어요.';

const listeners = new Set<KeptWritesListener>();

/** Subscribe to changes of any database's backlog; returns the unsubscribe function. */
export function onKeptWritesChange(listener: KeptWritesListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The localStorage key of a database's kept writes. */
export function keptWritesKey(db: MaumDB): string {
  return `maum.keptWrites:${db.name}`;
}

class KeptWrites {
  writes: StoreWrite[] = [];
  keptLocally = 0;
  /** Writes the database refused for a reason other than space (left out of the backlog). */
  private readonly refused = new WeakSet<StoreWrite>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: MaumDB,
    private readonly storage: Storage | null,
    private readonly maxChars: number,
  ) {}

  /** One backlog operation at a time, in call order. */
  serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  state(change: KeptWritesChange): KeptWritesState {
    return { pending: this.writes.length, keptLocally: this.keptLocally, change };
  }

  emit(change: KeptWritesChange): void {
    const state = this.state(change);
    for (const listener of [...listeners]) {
      try {
        listener(state);
      } catch {
        // A broken listener must not break the others or the write.
      }
    }
  }

  /** Writes `write`, or keeps it (after the backlog) when there is no space. True when it is in IndexedDB. */
  async write(write: StoreWrite): Promise<boolean> {
    if (this.writes.length === 0) {
      try {
        await applyWrite(this.db, write);
        return true;
      } catch (error) {
        const quota = classifyStorageError(error) === 'quota';
        reportStorageError(write.op, error, 'write', quota ? KEPT_WRITE_MESSAGE : undefined);
        if (!quota) return false;
        this.writes.push(write);
        this.persist();
        this.emit('kept');
        return false;
      }
    }
    this.writes.push(write);
    const wrote = await this.flush();
    this.persist();
    if (this.writes.length === 0) {
      this.emit('written');
      return !this.refused.has(write);
    }
    this.emit(wrote > 0 ? 'written' : 'kept');
    return false;
  }

  /**
   * Writes the backlog, oldest first, until it is empty or the database is still full (or
   * closed). A write the database refuses for another reason is reported and left out, so it
   * cannot hold back the rest. Returns how many left the backlog.
   */
  async flush(): Promise<number> {
    let done = 0;
    while (this.writes.length > 0) {
      const write = this.writes[0]!;
      try {
        await applyWrite(this.db, write);
      } catch (error) {
        const kind = classifyStorageError(error);
        if (kind === 'quota' || kind === 'unavailable') break;
        reportStorageError(`kept:${write.op}`, error);
        this.refused.add(write);
      }
      this.writes.shift();
      done += 1;
    }
    return done;
  }

  /** Retries the backlog; emits 'written' when some of it went in. True when nothing waits any more. */
  async retry(): Promise<boolean> {
    if (this.writes.length === 0) return true;
    const wrote = await this.flush();
    if (wrote > 0) {
      this.persist();
      this.emit('written');
    }
    return this.writes.length === 0;
  }

  /** Forgets the writes of `owner` (a conversation being deleted), or all of them. */
  drop(owner: string | null): void {
    const before = this.writes.length;
    this.writes = owner === null ? [] : this.writes.filter((w) => writeOwner(w) !== owner);
    if (this.writes.length === before) return;
    this.persist();
    this.emit('dropped');
  }

  /** Reads the copy a previous page left in localStorage back into the backlog (before anything else). */
  load(): void {
    const raw = this.read();
    if (raw === null) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      this.unreadable(error, KEPT_WRITES_UNREADABLE);
      return;
    }
    const list = isRecord(parsed) && parsed.v === FORMAT_VERSION && Array.isArray(parsed.writes) ? (parsed.writes as unknown[]) : null;
    if (!list) {
      this.unreadable(new TypeError('kept writes: unknown format'), KEPT_WRITES_UNREADABLE);
      return;
    }
    const valid = list.filter(isStoreWrite);
    if (valid.length < list.length) {
      reportStorageError('restoreKeptWrites', new TypeError(`kept writes: ${list.length - valid.length} unreadable`), 'read', KEPT_WRITES_PARTLY_UNREADABLE);
    }
    this.writes = [...valid, ...this.writes];
    this.keptLocally = valid.length;
    // The unreadable part is not kept: the copy holds only what can be written.
    if (valid.length < list.length) this.persist();
  }

  private unreadable(error: unknown, message: string): void {
    reportStorageError('restoreKeptWrites', error, 'read', message);
    try {
      this.storage?.removeItem(keptWritesKey(this.db));
    } catch {
      // Nothing more to do: the next start says the same.
    }
  }

  private read(): string | null {
    try {
      return this.storage?.getItem(keptWritesKey(this.db)) ?? null;
    } catch {
      return null;
    }
  }

  /**
   * Copies the oldest writes that fit under the cap to localStorage (all of them, usually).
   * When localStorage itself refuses, fewer are tried; when none fit, the earlier copy is left
   * as it was (it holds older writes of this same backlog, harmless to write again) and the
   * backlog counts as not kept.
   */
  persist(): void {
    const key = keptWritesKey(this.db);
    if (!this.storage) {
      this.keptLocally = 0;
      return;
    }
    if (this.writes.length === 0) {
      try {
        this.storage.removeItem(key);
      } catch {
        // Left for the next start, which writes it again without duplicates.
      }
      this.keptLocally = 0;
      return;
    }
    const head = `{"v":${FORMAT_VERSION},"writes":[`;
    const parts: string[] = [];
    let chars = head.length + 2;
    for (const write of this.writes) {
      const json = JSON.stringify(write);
      if (chars + json.length + 1 > this.maxChars) break;
      parts.push(json);
      chars += json.length + 1;
    }
    let n = parts.length;
    while (n > 0) {
      try {
        this.storage.setItem(key, `${head}${parts.slice(0, n).join(',')}]}`);
        break;
      } catch {
        n = Math.floor(n / 2);
      }
    }
    this.keptLocally = n;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const backlogs = new WeakMap<MaumDB, KeptWrites>();

function defaultStorage(): Storage | null {
  try {
    return (globalThis as { localStorage?: Storage }).localStorage ?? null;
  } catch {
    // Reading localStorage throws SecurityError where storage is blocked.
    return null;
  }
}

/** The database's backlog (memory only unless attachKeptWrites gave it a storage). */
function backlogOf(db: MaumDB): KeptWrites {
  let backlog = backlogs.get(db);
  if (!backlog) {
    backlog = new KeptWrites(db, null, KEPT_WRITES_MAX_CHARS);
    backlogs.set(db, backlog);
  }
  return backlog;
}

/**
 * Gives `db` a backlog copied to `storage` (default: the browser's localStorage). Writes it
 * already kept stay, in order.
 */
export function attachKeptWrites(db: MaumDB, options: KeptWritesOptions = {}): void {
  const storage = options.storage !== undefined ? options.storage : defaultStorage();
  const backlog = new KeptWrites(db, storage, options.maxChars ?? KEPT_WRITES_MAX_CHARS);
  const before = backlogs.get(db);
  if (before) backlog.writes = [...before.writes];
  backlogs.set(db, backlog);
}

/**
 * At start, before anything else reads or writes: the writes a previous page kept in
 * localStorage go into IndexedDB, in order; what still does not fit stays kept. An unreadable
 * copy is reported (a Korean message) and set aside, never thrown.
 */
export function restoreKeptWrites(db: MaumDB): Promise<KeptWritesState> {
  const backlog = backlogOf(db);
  return backlog.serial(async () => {
    backlog.load();
    if (backlog.writes.length === 0) return backlog.state('restored');
    backlog.emit('restored');
    if ((await backlog.flush()) === 0) return backlog.state('restored');
    backlog.persist();
    backlog.emit('written');
    return backlog.state('written');
  });
}

/**
 * Writes one chat write. When there is no space it is kept (memory and localStorage) and
 * written later; resolves false then, true once it is in IndexedDB. Never rejects.
 */
export function writeOrKeep(db: MaumDB, write: StoreWrite): Promise<boolean> {
  const backlog = backlogOf(db);
  return backlog.serial(() => backlog.write(write));
}

/** Tries the kept writes again (focus, visibility, after a deletion). True when none are left. */
export function retryKeptWrites(db: MaumDB): Promise<boolean> {
  const backlog = backlogOf(db);
  return backlog.serial(() => backlog.retry());
}

/** Forgets the kept writes of one conversation (it is being deleted), or with null all of them. */
export function dropKeptWrites(db: MaumDB, owner: string | null): Promise<void> {
  const backlog = backlogOf(db);
  return backlog.serial(async () => backlog.drop(owner));
}

/** The backlog now (for a screen that opens after the last change). */
export function keptWritesState(db: MaumDB): KeptWritesState {
  return backlogOf(db).state('kept');
}

/** The kept writes, oldest first (a copy). */
export function keptWrites(db: MaumDB): StoreWrite[] {
  return [...backlogOf(db).writes];
}
