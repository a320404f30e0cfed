import { afterAll, beforeAll, expect, it } from 'vitest';
import { MemoryCommunityCache } from '../../src/sync/communityCache.ts';
import { CommunitySync } from '../../src/sync/communitySync.ts';
import type { FetchLike } from '../../src/sync/communityApi.ts';
import { MemorySyncQueue } from '../../src/sync/syncQueue.ts';
import type { Database } from '../src/db.ts';
import type { RunningServer } from '../src/httpServer.ts';
import { countEvents, describeEachBackend, fixtureSongIds, startTestServer } from './helpers.ts';

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

  it('stores every event exactly once and then forgets it', async () => {
    const queue = new MemorySyncQueue();
    const network = lossyFetch();
    const values = new Map<string, string>();
    const sync = new CommunitySync({
      serverUrl: `${server.url}/`,
      storage: {
        getItem: (key) => values.get(key) ?? null,
        setItem: (key, value) => void values.set(key, value),
        removeItem: (key) => void values.delete(key),
      },
      queue,
      cache: new MemoryCommunityCache(),
      fetch: network.fetch,
      network: { isOnline: () => true, onOnline: () => () => undefined },
      retry: { baseMs: 5, maxMs: 20 },
      batchDelayMs: 0,
    });
    try {
      await sync.setEnabled(true);
      for (let i = 0; i < 250; i++) {
        await sync.recordFeedback({ songId: fixtureSongIds[i % fixtureSongIds.length]!, mode: 'similar', liked: i % 4 !== 0, emotion: SAD });
      }
      await expect.poll(() => queue.size(), { timeout: 10_000, interval: 10 }).toBe(0);
      expect(await countEvents(db)).toBe(250);
      // Batches the server stored but the client never heard about were resent, and deduplicated.
      expect(network.lostAnswers()).toBeGreaterThan(0);
    } finally {
      sync.dispose();
    }
  });
});
