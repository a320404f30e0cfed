import type { Table } from 'dexie';
import type { FeedbackEvent } from './protocol.ts';

/** Events waiting to be sent. They leave only when the server has answered for them. */
export interface SyncQueue {
  /** Adding an eventId already queued replaces it. */
  add(event: FeedbackEvent): Promise<void>;
  /** Up to `limit` queued events, in no particular order. */
  peek(limit: number): Promise<FeedbackEvent[]>;
  remove(eventIds: readonly string[]): Promise<void>;
  clear(): Promise<void>;
  size(): Promise<number>;
}

export class MemorySyncQueue implements SyncQueue {
  readonly #events = new Map<string, FeedbackEvent>();

  async add(event: FeedbackEvent): Promise<void> {
    this.#events.set(event.eventId, event);
  }

  async peek(limit: number): Promise<FeedbackEvent[]> {
    return [...this.#events.values()].slice(0, limit);
  }

  async remove(eventIds: readonly string[]): Promise<void> {
    for (const id of eventIds) this.#events.delete(id);
  }

  async clear(): Promise<void> {
    this.#events.clear();
  }

  async size(): Promise<number> {
    return this.#events.size;
  }
}

/** IndexedDB-backed queue over the app's `syncQueue` table (schema: `syncQueue: 'eventId'`). */
export class DexieSyncQueue implements SyncQueue {
  readonly #table: Table<FeedbackEvent, string>;

  constructor(table: Table<FeedbackEvent, string>) {
    this.#table = table;
  }

  async add(event: FeedbackEvent): Promise<void> {
    await this.#table.put(event);
  }

  peek(limit: number): Promise<FeedbackEvent[]> {
    return this.#table.limit(limit).toArray();
  }

  async remove(eventIds: readonly string[]): Promise<void> {
    await this.#table.bulkDelete([...eventIds]);
  }

  async clear(): Promise<void> {
    await this.#table.clear();
  }

  size(): Promise<number> {
    return this.#table.count();
  }
}
