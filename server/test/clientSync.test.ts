import { afterAll, beforeAll, expect, it } from 'vitest';
import { MemoryCommunityCache } from '../../src/sync/communityCache.ts';
import { CommunitySync } from '../../src/sync/communitySync.ts';
import type { FetchLike } from '../../src/sync/communityApi.ts';
import { MemorySyncQueue } from '../../src/sync/syncQueue.ts';
import type { Database } from '../src/db.ts';
import type { RunningServer } from '../src/httpServer.ts';
import { MIN_DISTINCT_INSTALLS } from '../src/communityRanking.ts';
import { aggregateDrift, clearData, countEvents, describeEachBackend, fixtureSongIds, startTestServer } from './helpers.ts';

const SAD = { joy: 0, sadness: 0.7, anger: 0, anxiety: 0.2, hurt: 0.1, embarrassment: 0, neutral: 0 };

/**
 * Loses a third of requests before they reach the server and a third of the
 * answers after the server has acted on them: the client cannot tell which.
 */
function lossyFetch(): { fetch: FetchLike; lostAnswers: () => number } {
  let n = 0;
  let lost = 0;
  const fetch: FetchLike = async (url, init) => {
    const fate = n++ % 3;
    if (fate === 0) throw new TypeError('network down');
    const response = await globalThis.fetch(url, init);
    if (fate === 1) {
      lost++;
      throw new TypeError('connection reset before the answer arrived');
    }
    return response;
  };
  return { fetch, lostAnswers: () => lost };
}

describeEachBackend('client ↔ server over a lossy network', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let server: RunningServer;

  beforeAll(async () => {
    ({ db, dispose } = await backend.open());
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server.close();
    await dispose();
  });

  function syncClient(queue: MemorySyncQueue, fetch: FetchLike): CommunitySync {
    const values = new Map<string, string>();
    return new CommunitySync({
      serverUrl: `${server.url}/`,
      storage: {
        getItem: (key) => values.get(key) ?? null,
        setItem: (key, value) => void values.set(key, value),
        removeItem: (key) => void values.delete(key),
      },
      queue,
      cache: new MemoryCommunityCache(),
      fetch,
      network: { isOnline: () => true, onOnline: () => () => undefined },
      retry: { baseMs: 5, maxMs: 20 },
      batchDelayMs: 0,
    });
  }

  it('stores every event exactly once and then forgets it', async () => {
    await clearData(db);
    const network = lossyFetch();
    // 25 installs rating 10 songs each: one current rating per song and install.
    const clients = Array.from({ length: 25 }, () => {
      const queue = new MemorySyncQueue();
      return { queue, sync: syncClient(queue, network.fetch) };
    });
    try {
      for (const [c, { sync }] of clients.entries()) {
        await sync.setEnabled(true);
        for (let i = 0; i < 10; i++) {
          await sync.recordFeedback({ songId: fixtureSongIds[i]!, mode: 'similar', liked: (c + i) % 4 !== 0, emotion: SAD });
        }
      }
      for (const { queue } of clients) {
        await expect.poll(() => queue.size(), { timeout: 10_000, interval: 10 }).toBe(0);
      }
      expect(await countEvents(db)).toBe(250);
      // Batches the server stored but the client never heard about were resent, and deduplicated.
      expect(network.lostAnswers()).toBeGreaterThan(0);
    } finally {
      for (const { sync } of clients) sync.dispose();
    }
  });

  it('leaves only the current rating of each song, however often it was changed or cleared', async () => {
    await clearData(db);
    const queue = new MemorySyncQueue();
    const network = lossyFetch();
    const sync = syncClient(queue, network.fetch);
    const current = new Map<string, boolean>();
    try {
      await sync.setEnabled(true);
      for (let i = 0; i < 200; i++) {
        const songId = fixtureSongIds[(i * 5) % fixtureSongIds.length]!;
        if (i % 7 === 3) {
          await sync.clearFeedback(songId); // 좋아요 tapped again
          current.delete(songId);
        } else {
          const liked = (i * 3) % 5 < 3; // now and then 좋아요 → 별로예요 or back
          await sync.recordFeedback({ songId, mode: 'similar', liked, emotion: SAD });
          current.set(songId, liked);
        }
        // Let some go out in between, so both unsent and sent ratings get taken back.
        if (i % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 15));
      }
      await expect.poll(() => queue.size(), { timeout: 10_000, interval: 10 }).toBe(0);
      const { rows } = await db.pool.query<{ song_id: string; liked: boolean }>(
        'SELECT song_id, liked FROM feedback_events ORDER BY song_id',
      );
      expect(rows).toEqual([...current].sort(([a], [b]) => a.localeCompare(b)).map(([song_id, liked]) => ({ song_id, liked })));
      const { rows: tombstones } = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM retracted_events');
      expect(tombstones[0]!.n).toBeGreaterThan(0);
      expect(await aggregateDrift(db, MIN_DISTINCT_INSTALLS)).toEqual({ tallies: 0, unknown: 0, tooFew: 0 });
    } finally {
      sync.dispose();
    }
  });
});
