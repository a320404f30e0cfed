import 'fake-indexeddb/auto';
import Dexie, { type Table } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DexieCommunityCache, type CachedRanking } from './communityCache.ts';
import type { FeedbackEvent } from './protocol.ts';
import { DexieSyncQueue, type SyncRecord } from './syncQueue.ts';

/** The two tables as the app's database declares them. */
class TestDatabase extends Dexie {
  syncQueue!: Table<SyncRecord, string>;
  communityCache!: Table<CachedRanking, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ syncQueue: 'eventId', communityCache: 'key' });
  }
}

const event = (n: number): FeedbackEvent => ({
  eventId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  installId: '11111111-1111-4111-8111-111111111111',
  songId: 's3fa92c01b7',
  mode: 'similar',
  liked: n % 2 === 0,
  emotion: [0, 0.6, 0, 0.2, 0.2, 0, 0],
  day: '2025-03-14',
});

describe('Dexie-backed stores', () => {
  let db: TestDatabase;

  beforeEach(() => {
    db = new TestDatabase(`sync-test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('queue: adds once per eventId, peeks, removes and clears; survives reopening', async () => {
    const queue = new DexieSyncQueue(db.syncQueue);
    for (let n = 0; n < 5; n++) await queue.add(event(n));
    await queue.add(event(0));
    expect(await queue.size()).toBe(5);
    expect(await queue.peek(3)).toHaveLength(3);
    await queue.remove([event(0).eventId, event(1).eventId]);

    db.close();
    await db.open();
    const reopened = new DexieSyncQueue(db.syncQueue);
    expect((await reopened.peek(10)).map((e) => e.eventId).sort()).toEqual([2, 3, 4].map((n) => event(n).eventId));
    expect(await reopened.peek(10)).toContainEqual(event(2));
    await reopened.clear();
    expect(await reopened.size()).toBe(0);
  });

  it('queue: remembers sent events per song and keeps retractions across reopening', async () => {
    const queue = new DexieSyncQueue(db.syncQueue);
    const [sent, inFlight, waiting] = [event(1), event(2), event(3)];
    for (const e of [sent, inFlight, waiting]) await queue.add(e);
    await queue.markAttempted([sent.eventId, inFlight.eventId]);
    expect((await queue.peek(10)).filter((r) => r.state === undefined && r.attempted).map((r) => r.eventId)).toEqual([
      sent.eventId,
      inFlight.eventId,
    ]);
    // In flight, the event turns into its retraction; the answer must leave that in place.
    await queue.add({ eventId: inFlight.eventId, songId: inFlight.songId, state: 'retract' });
    await queue.settle([{ ...sent, attempted: true }, { ...inFlight, attempted: true }], true);

    db.close();
    await db.open();
    const reopened = new DexieSyncQueue(db.syncQueue);
    expect(await reopened.size()).toBe(2); // the retraction and the waiting event, not the sent one
    expect(await reopened.forSong(sent.songId)).toEqual(
      expect.arrayContaining([
        { eventId: sent.eventId, songId: sent.songId, state: 'sent' },
        { eventId: inFlight.eventId, songId: inFlight.songId, state: 'retract' },
        waiting,
      ]),
    );
    await reopened.settle([{ eventId: inFlight.eventId, songId: inFlight.songId, state: 'retract' }], true);
    await reopened.settle([waiting], false); // refused for good
    expect(await reopened.forSong(sent.songId)).toEqual([{ eventId: sent.eventId, songId: sent.songId, state: 'sent' }]);
    expect(await reopened.size()).toBe(0);
  });

  it('cache: stores by key, replaces and clears', async () => {
    const cache = new DexieCommunityCache(db.communityCache);
    const entry = (fetchedAt: number): CachedRanking => ({
      key: 'similar:0,0.6,0,0.2,0.2,0,0',
      ranking: { mode: 'similar', emotion: [0, 0.6, 0, 0.2, 0.2, 0, 0], songs: [{ songId: 's3fa92c01b7', score: 0.6, likes: 8, ratings: 9 }] },
      fetchedAt,
    });
    await cache.put(entry(1));
    await cache.put(entry(2));
    expect(await cache.get(entry(0).key)).toEqual(entry(2));
    expect(await cache.get('shift:1,0,0,0,0,0,0')).toBeUndefined();
    await cache.clear();
    expect(await cache.get(entry(0).key)).toBeUndefined();
  });
});
