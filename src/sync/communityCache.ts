import type { Table } from 'dexie';
import type { CommunityRanking } from './protocol.ts';

export interface CachedRanking {
  /** `mode:emotion`, e.g. `similar:0,0.6,0,0.2,0.2,0,0`. */
  key: string;
  ranking: CommunityRanking;
  /** Epoch ms, device clock; only ever compared on the device. */
  fetchedAt: number;
}

/** Rankings kept for offline use. */
export interface CommunityCache {
  get(key: string): Promise<CachedRanking | undefined>;
  put(entry: CachedRanking): Promise<void>;
  clear(): Promise<void>;
}

export class MemoryCommunityCache implements CommunityCache {
  readonly #entries = new Map<string, CachedRanking>();

  async get(key: string): Promise<CachedRanking | undefined> {
    return this.#entries.get(key);
  }

  async put(entry: CachedRanking): Promise<void> {
    this.#entries.set(entry.key, entry);
  }

  async clear(): Promise<void> {
    this.#entries.clear();
  }
}

/** IndexedDB-backed cache over the app's `communityCache` table (schema: `communityCache: 'key'`). */
export class DexieCommunityCache implements CommunityCache {
  readonly #table: Table<CachedRanking, string>;

  constructor(table: Table<CachedRanking, string>) {
    this.#table = table;
  }

  get(key: string): Promise<CachedRanking | undefined> {
    return this.#table.get(key);
  }

  async put(entry: CachedRanking): Promise<void> {
    await this.#table.put(entry);
  }

  async clear(): Promise<void> {
    await this.#table.clear();
  }
}
