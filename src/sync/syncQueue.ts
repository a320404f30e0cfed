import type { Table } from 'dexie';
import type { FeedbackEvent } from './protocol.ts';

/**
 * An event waiting to be sent. `attempted` is set before it first goes out: from
 * then on the server may hold it even if no answer came back, so taking it back
 * needs a retraction rather than just dropping it from the queue.
 */
export type QueuedFeedback = FeedbackEvent & { state?: undefined; attempted?: boolean };

/** A retraction waiting to be sent: the server should stop counting `eventId`. */
export interface QueuedRetraction {
  eventId: string;
  songId: string;
  state: 'retract';
}

/**
 * An event the server acknowledged, remembered (its id and song, nothing more)
 * only while it is the song's current rating, so that clearing or changing the
 * rating can retract it. Wiped with the rest of the queue when sync is turned off.
 */
export interface SentFeedback {
  eventId: string;
  songId: string;
  state: 'sent';
}

/** What goes out in a batch. */
export type OutgoingRecord = QueuedFeedback | QueuedRetraction;
/** One row of the queue table, keyed by eventId. */
export type SyncRecord = OutgoingRecord | SentFeedback;

const isOutgoing = (record: SyncRecord): record is OutgoingRecord => record.state !== 'sent';

/**
 * What the server answered for `sent` (records it took, as they were sent):
 * stored events are kept as `sent` so they can be retracted later, applied
 * retractions and refused records leave. A row that changed meanwhile (an
 * event in flight turned into a retraction) is left as it is.
 */
function settled(current: SyncRecord | undefined, sent: OutgoingRecord, stored: boolean): SyncRecord | undefined | 'keep' {
  if (current === undefined || current.state !== sent.state) return 'keep';
  if (stored && current.state === undefined) return { eventId: current.eventId, songId: current.songId, state: 'sent' };
  return undefined;
}

/**
 * Events and retractions waiting to be sent, and the ids of sent events that
 * may still be retracted. Outgoing records leave only when the server has
 * answered for them.
 */
export interface SyncQueue {
  /** Adding an eventId already present replaces that row (an event becomes its retraction). */
  add(record: SyncRecord): Promise<void>;
  /** Up to `limit` outgoing records (events and retractions; never `sent` ones), in no particular order. */
  peek(limit: number): Promise<OutgoingRecord[]>;
  /** Marks queued events as possibly on the server (about to be sent). */
  markAttempted(eventIds: readonly string[]): Promise<void>;
  /** Every row of one song: its queued events, retractions and sent events. */
  forSong(songId: string): Promise<SyncRecord[]>;
  /** Records the server's answer for `sent` (see `settled`); `stored` false: refused for good. */
  settle(sent: readonly OutgoingRecord[], stored: boolean): Promise<void>;
  remove(eventIds: readonly string[]): Promise<void>;
  clear(): Promise<void>;
  /** How many records wait to be sent. */
  size(): Promise<number>;
}

export class MemorySyncQueue implements SyncQueue {
  readonly #records = new Map<string, SyncRecord>();

  async add(record: SyncRecord): Promise<void> {
    this.#records.set(record.eventId, { ...record });
  }

  async peek(limit: number): Promise<OutgoingRecord[]> {
    return [...this.#records.values()]
      .filter(isOutgoing)
      .slice(0, limit)
      .map((record) => ({ ...record }));
  }

  async markAttempted(eventIds: readonly string[]): Promise<void> {
    for (const id of eventIds) {
      const record = this.#records.get(id);
      if (record?.state === undefined && record) this.#records.set(id, { ...record, attempted: true });
    }
  }

  async forSong(songId: string): Promise<SyncRecord[]> {
    return [...this.#records.values()].filter((record) => record.songId === songId).map((record) => ({ ...record }));
  }

  async settle(sent: readonly OutgoingRecord[], stored: boolean): Promise<void> {
    for (const record of sent) {
      const next = settled(this.#records.get(record.eventId), record, stored);
      if (next === undefined) this.#records.delete(record.eventId);
      else if (next !== 'keep') this.#records.set(record.eventId, next);
    }
  }

  async remove(eventIds: readonly string[]): Promise<void> {
    for (const id of eventIds) this.#records.delete(id);
  }

  async clear(): Promise<void> {
    this.#records.clear();
  }

  async size(): Promise<number> {
    return [...this.#records.values()].filter(isOutgoing).length;
  }
}

/**
 * IndexedDB-backed queue over the app's `syncQueue` table (schema: `syncQueue: 'eventId'`).
 * The table holds at most one row per rated song plus what waits to be sent, so
 * the filters below scan a small table.
 */
export class DexieSyncQueue implements SyncQueue {
  readonly #table: Table<SyncRecord, string>;

  constructor(table: Table<SyncRecord, string>) {
    this.#table = table;
  }

  async add(record: SyncRecord): Promise<void> {
    await this.#table.put(record);
  }

  peek(limit: number): Promise<OutgoingRecord[]> {
    return this.#table.filter(isOutgoing).limit(limit).toArray() as Promise<OutgoingRecord[]>;
  }

  async markAttempted(eventIds: readonly string[]): Promise<void> {
    await this.#table.db.transaction('rw', this.#table, async () => {
      const rows = await this.#table.bulkGet([...eventIds]);
      const marked = rows.flatMap((row) => (row && row.state === undefined ? [{ ...row, attempted: true }] : []));
      await this.#table.bulkPut(marked);
    });
  }

  forSong(songId: string): Promise<SyncRecord[]> {
    return this.#table.filter((record) => record.songId === songId).toArray();
  }

  async settle(sent: readonly OutgoingRecord[], stored: boolean): Promise<void> {
    await this.#table.db.transaction('rw', this.#table, async () => {
      const rows = await this.#table.bulkGet(sent.map((record) => record.eventId));
      const put: SyncRecord[] = [];
      const gone: string[] = [];
      sent.forEach((record, i) => {
        const next = settled(rows[i], record, stored);
        if (next === undefined) gone.push(record.eventId);
        else if (next !== 'keep') put.push(next);
      });
      await this.#table.bulkPut(put);
      await this.#table.bulkDelete(gone);
    });
  }

  async remove(eventIds: readonly string[]): Promise<void> {
    await this.#table.bulkDelete([...eventIds]);
  }

  async clear(): Promise<void> {
    await this.#table.clear();
  }

  size(): Promise<number> {
    return this.#table.filter(isOutgoing).count();
  }
}
