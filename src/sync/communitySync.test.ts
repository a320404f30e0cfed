import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryCommunityCache } from './communityCache.ts';
import { CommunitySync, type CommunitySyncOptions, type FeedbackInput } from './communitySync.ts';
import type { CommunityRanking, FeedbackAck, FeedbackBatch, FeedbackEvent } from './protocol.ts';
import { MemorySyncQueue } from './syncQueue.ts';

const SERVER = 'https://sync.example';
const SAD_MIX = { joy: 0.04, sadness: 0.58, anger: 0.02, anxiety: 0.21, hurt: 0.12, embarrassment: 0.02, neutral: 0.01 };
const LIKE: FeedbackInput = { songId: 's3fa92c01b7', mode: 'similar', liked: true, emotion: SAD_MIX };
const RETRY = { baseMs: 1_000, maxMs: 8_000 };
const BATCH_DELAY_MS = 500;
/** The nth of many distinct songs: each song has one current rating. */
const song = (n: number) => `s${String(n).padStart(10, '0')}`;

interface Call {
  url: string;
  method: string;
  events: FeedbackEvent[];
  retracts: string[];
}

type Reply = (call: Call) => Response | Promise<Response>;

/** A scripted server: replies in order, then acknowledges everything. */
function fakeServer() {
  const calls: Call[] = [];
  const replies: Reply[] = [];
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const body = init?.body ? (JSON.parse(String(init.body)) as FeedbackBatch) : {};
    const call: Call = { url, method: init?.method ?? 'GET', events: body.events ?? [], retracts: body.retracts ?? [] };
    calls.push(call);
    const reply = replies.shift() ?? acknowledge;
    return new Promise<Response>((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      Promise.resolve(reply(call)).then(resolve, reject);
    });
  });
  return { calls, replies, fetch, posts: () => calls.filter((call) => call.method === 'POST') };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const acknowledge: Reply = (call) =>
  json({
    acknowledged: call.events.map((e) => e.eventId),
    stored: call.events.length,
    retracted: call.retracts,
    removed: call.retracts.length,
  } satisfies FeedbackAck);
const failWith = (status: number, headers: Record<string, string> = {}): Reply => () => json({ error: 'x', message: 'x' }, status, headers);
const networkDown: Reply = () => Promise.reject(new TypeError('Failed to fetch'));

function fakeNetwork() {
  const listeners = new Set<() => void>();
  const state = { online: true };
  return {
    get online() {
      return state.online;
    },
    set online(value: boolean) {
      state.online = value;
    },
    isOnline: () => state.online,
    onOnline(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    goOnline() {
      state.online = true;
      for (const listener of listeners) listener();
    },
  };
}

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

describe('CommunitySync', () => {
  let server: ReturnType<typeof fakeServer>;
  let network: ReturnType<typeof fakeNetwork>;
  let storage: ReturnType<typeof memoryStorage>;
  let queue: MemorySyncQueue;
  let cache: MemoryCommunityCache;
  const clients: CommunitySync[] = [];

  function client(overrides: Partial<CommunitySyncOptions> = {}): CommunitySync {
    const sync = new CommunitySync({
      serverUrl: SERVER,
      storage,
      queue,
      cache,
      fetch: server.fetch,
      network,
      random: () => 1, // no jitter: delays are exactly base·2^n
      retry: RETRY,
      batchDelayMs: BATCH_DELAY_MS,
      ...overrides,
    });
    clients.push(sync);
    return sync;
  }

  async function enabledClient(overrides: Partial<CommunitySyncOptions> = {}): Promise<CommunitySync> {
    const sync = client(overrides);
    await sync.setEnabled(true);
    return sync;
  }

  beforeEach(() => {
    vi.useFakeTimers({ now: new Date(2025, 2, 14, 23, 59, 30) });
    server = fakeServer();
    network = fakeNetwork();
    storage = memoryStorage();
    queue = new MemorySyncQueue();
    cache = new MemoryCommunityCache();
  });
  afterEach(() => {
    for (const sync of clients.splice(0)) sync.dispose();
    vi.useRealTimers();
  });

  describe('while off (the default)', () => {
    it('queues nothing and sends nothing', async () => {
      const sync = client();
      expect(sync.enabled).toBe(false);
      await sync.recordFeedback(LIKE);
      expect(await sync.communityRanking(SAD_MIX, 'similar')).toBeUndefined();
      await sync.flush();
      await vi.advanceTimersByTimeAsync(60_000);
      expect(await queue.size()).toBe(0);
      expect(server.fetch).not.toHaveBeenCalled();
      expect(storage.values.size).toBe(0);
    });
  });

  describe('queue', () => {
    it('sends likes made in quick succession as one batch of exactly the documented fields', async () => {
      const sync = await enabledClient();
      await sync.recordFeedback(LIKE);
      await sync.recordFeedback({ ...LIKE, songId: 's0000000001', mode: 'shift', liked: false });
      expect(await queue.size()).toBe(2);
      await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS - 1);
      expect(server.fetch).not.toHaveBeenCalled();

      await vi.advanceTimersByTimeAsync(1);
      expect(server.posts()).toHaveLength(1);
      const [first, second] = server.posts()[0]!.events;
      expect(server.posts()[0]!.url).toBe(`${SERVER}/v1/feedback`);
      expect(Object.keys(first!).sort()).toEqual(['day', 'emotion', 'eventId', 'installId', 'liked', 'mode', 'songId']);
      expect(first).toMatchObject({ songId: LIKE.songId, mode: 'similar', liked: true, day: '2025-03-14' });
      expect(first!.emotion).toEqual([0.1, 0.6, 0, 0.2, 0.1, 0, 0]);
      expect(second).toMatchObject({ mode: 'shift', liked: false, installId: first!.installId });
      expect(first!.eventId).not.toBe(second!.eventId);
      expect(await queue.size()).toBe(0);
    });

    it('splits a large backlog into batches of at most 100', async () => {
      const sync = await enabledClient();
      for (let i = 0; i < 230; i++) await sync.recordFeedback({ ...LIKE, songId: song(i) });
      await sync.flush();
      expect(server.posts().map((post) => post.events.length)).toEqual([100, 100, 30]);
      expect(await queue.size()).toBe(0);
    });

    it('sends what an earlier session left queued', async () => {
      await (await enabledClient()).recordFeedback(LIKE);
      clients.pop()!.dispose();
      expect(server.fetch).not.toHaveBeenCalled();

      client(); // remembers it is on
      await vi.advanceTimersByTimeAsync(0);
      expect(server.posts()).toHaveLength(1);
      expect(await queue.size()).toBe(0);
    });

    it('stays silent once disposed, keeping the queue for the next session', async () => {
      const sync = await enabledClient();
      sync.dispose();
      await sync.recordFeedback(LIKE);
      await sync.flush();
      await vi.advanceTimersByTimeAsync(60_000);
      expect(server.fetch).not.toHaveBeenCalled();
      expect(await queue.size()).toBe(1);
    });

    it('rotates the install id with the calendar month', async () => {
      const sync = await enabledClient();
      await sync.recordFeedback(LIKE);
      await vi.advanceTimersByTimeAsync(60_000); // past midnight
      await sync.recordFeedback({ ...LIKE, songId: song(1) });
      await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS);
      const [lateEvening, pastMidnight] = server.posts().map((post) => post.events[0]!);
      expect(lateEvening!.day).toBe('2025-03-14');
      expect(pastMidnight!.day).toBe('2025-03-15');
      expect(lateEvening!.installId).toBe(pastMidnight!.installId); // same month
      vi.setSystemTime(new Date(2025, 3, 1, 9));
      await sync.recordFeedback({ ...LIKE, songId: song(2) });
      await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS);
      expect(server.posts()[2]!.events[0]!.installId).not.toBe(lateEvening!.installId);
    });
  });

  describe('retry', () => {
    it('keeps events until acknowledged, resending the same eventIds with exponential back-off', async () => {
      server.replies.push(failWith(500), networkDown, failWith(503));
      const sync = await enabledClient();
      await sync.recordFeedback(LIKE);
      await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS);
      expect(server.posts()).toHaveLength(1);

      // Back-off doubles: 1 s, 2 s, 4 s.
      for (const [waitMs, attempts] of [[999, 1], [1, 2], [1_999, 2], [1, 3], [3_999, 3], [1, 4]] as const) {
        await vi.advanceTimersByTimeAsync(waitMs);
        expect(server.posts()).toHaveLength(attempts);
      }
      const sentIds = server.posts().map((post) => post.events.map((e) => e.eventId).join());
      expect(new Set(sentIds).size).toBe(1);
      expect(await queue.size()).toBe(0);
    });

    it('caps the back-off and honours Retry-After', async () => {
      server.replies.push(...Array<Reply>(6).fill(failWith(500)), failWith(429, { 'retry-after': '30' }));
      const sync = await enabledClient();
      await sync.recordFeedback(LIKE);
      await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS);
      await vi.advanceTimersByTimeAsync(1_000 + 2_000 + 4_000 + 8_000 + 8_000 + 8_000);
      expect(server.posts()).toHaveLength(7); // the 7th answered 429, Retry-After 30 s
      await vi.advanceTimersByTimeAsync(29_999);
      expect(server.posts()).toHaveLength(7);
      await vi.advanceTimersByTimeAsync(1);
      expect(server.posts()).toHaveLength(8);
      expect(await queue.size()).toBe(0);
    });

    it('does not let new likes jump the back-off', async () => {
      server.replies.push(failWith(500));
      const sync = await enabledClient();
      await sync.recordFeedback(LIKE);
      await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS);
      await sync.recordFeedback({ ...LIKE, songId: song(1) });
      await vi.advanceTimersByTimeAsync(999);
      expect(server.posts()).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(server.posts()[1]!.events).toHaveLength(2);
    });

    it('waits while offline and sends when the device comes back online', async () => {
      network.online = false;
      const sync = await enabledClient();
      await sync.recordFeedback(LIKE);
      await vi.advanceTimersByTimeAsync(600_000);
      expect(server.fetch).not.toHaveBeenCalled();
      network.goOnline();
      await vi.advanceTimersByTimeAsync(0);
      expect(server.posts()).toHaveLength(1);
      expect(await queue.size()).toBe(0);
    });

    it('drops only the events the server refuses for good', async () => {
      server.replies.push(() =>
        json({ error: 'invalid_request', message: 'x', issues: [{ path: 'events[1].songId', message: 'unknown song id' }] }, 400),
      );
      const sync = await enabledClient();
      for (const songId of ['s0000000001', 'sremoved0000', 's0000000003']) await sync.recordFeedback({ ...LIKE, songId });
      await sync.flush();
      expect(server.posts().map((post) => post.events.map((e) => e.songId))).toEqual([
        ['s0000000001', 'sremoved0000', 's0000000003'],
        ['s0000000001', 's0000000003'],
      ]);
      expect(await queue.size()).toBe(0);
    });

    it('treats a request that never answers as failed', async () => {
      server.replies.push(() => new Promise<Response>(() => undefined));
      const sync = await enabledClient({ requestTimeoutMs: 5_000 });
      await sync.recordFeedback(LIKE);
      await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS + 5_000 + 1_000);
      expect(server.posts()).toHaveLength(2);
      expect(await queue.size()).toBe(0);
    });
  });

  describe('taking a rating back', () => {
    const DISLIKE: FeedbackInput = { ...LIKE, liked: false };

    /** Records LIKE and lets it go out and be acknowledged; its eventId. */
    async function sentLike(sync: CommunitySync): Promise<string> {
      await sync.recordFeedback(LIKE);
      await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS);
      const sent = server.posts().at(-1)!.events[0]!;
      expect(sent.songId).toBe(LIKE.songId);
      return sent.eventId;
    }

    it('drops a like cleared before it went out: nothing is ever sent', async () => {
      const sync = await enabledClient();
      await sync.recordFeedback(LIKE);
      await sync.clearFeedback(LIKE.songId);
      expect(await queue.size()).toBe(0);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(server.fetch).not.toHaveBeenCalled();
      expect(await queue.forSong(LIKE.songId)).toEqual([]);
    });

    it('retracts a sent like by its eventId, exactly once, and then forgets it', async () => {
      const sync = await enabledClient();
      const eventId = await sentLike(sync);
      expect(await queue.forSong(LIKE.songId)).toEqual([{ eventId, songId: LIKE.songId, state: 'sent' }]);

      await sync.clearFeedback(LIKE.songId);
      expect(await queue.size()).toBe(1);
      await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS);
      expect(server.posts()).toHaveLength(2);
      const body = JSON.parse(String(server.fetch.mock.calls[1]![1]!.body)) as FeedbackBatch;
      expect(body).toEqual({ retracts: [eventId] }); // the id alone: no song, install or emotion
      expect(await queue.size()).toBe(0);
      expect(await queue.forSong(LIKE.songId)).toEqual([]);

      await sync.clearFeedback(LIKE.songId); // nothing left to take back
      await vi.advanceTimersByTimeAsync(3_600_000);
      expect(server.posts()).toHaveLength(2);
    });

    it('retries a retraction with the same back-off and id, also after a reload', async () => {
      const sync = await enabledClient();
      const eventId = await sentLike(sync);
      server.replies.push(failWith(503), networkDown);
      await sync.clearFeedback(LIKE.songId);
      await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS);
      await vi.advanceTimersByTimeAsync(999);
      expect(server.posts()).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1); // 1 s back-off
      expect(server.posts()).toHaveLength(3);
      sync.dispose(); // the page reloads, the second attempt unanswered

      client(); // same queue: the retraction is still there
      await vi.advanceTimersByTimeAsync(0);
      expect(server.posts().slice(1).map((post) => post.retracts)).toEqual([[eventId], [eventId], [eventId]]);
      expect(await queue.size()).toBe(0);
    });

    it('a changed rating retracts the old event and sends the new one, in one batch', async () => {
      const sync = await enabledClient();
      const likeId = await sentLike(sync);
      await sync.recordFeedback(DISLIKE);
      await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS);
      const change = server.posts()[1]!;
      expect(change.retracts).toEqual([likeId]);
      expect(change.events).toMatchObject([{ songId: LIKE.songId, liked: false }]);
      const dislikeId = change.events[0]!.eventId;
      expect(await queue.forSong(LIKE.songId)).toEqual([{ eventId: dislikeId, songId: LIKE.songId, state: 'sent' }]);
    });

    it('a rating changed before it went out sends only the new one', async () => {
      const sync = await enabledClient();
      await sync.recordFeedback(LIKE);
      await sync.recordFeedback(DISLIKE);
      await sync.recordFeedback(LIKE);
      await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS);
      expect(server.posts()).toHaveLength(1);
      expect(server.posts()[0]!.retracts).toEqual([]);
      expect(server.posts()[0]!.events).toMatchObject([{ songId: LIKE.songId, liked: true }]);
    });

    it('retracts a like cleared while its request was in flight', async () => {
      let answer: (() => void) | undefined;
      server.replies.push((call) => new Promise((resolve) => (answer = () => resolve(acknowledge(call) as Response))));
      const sync = await enabledClient();
      await sync.recordFeedback(LIKE);
      await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS);
      const eventId = server.posts()[0]!.events[0]!.eventId;
      await sync.clearFeedback(LIKE.songId);
      answer!();
      await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS);
      expect(server.posts()[1]!.retracts).toEqual([eventId]);
      expect(await queue.size()).toBe(0);
    });

    it('retracts a like whose sending failed, since the server may have it anyway', async () => {
      server.replies.push(networkDown);
      const sync = await enabledClient();
      await sync.recordFeedback(LIKE);
      await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS);
      const eventId = server.posts()[0]!.events[0]!.eventId;
      await sync.clearFeedback(LIKE.songId);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(server.posts()[1]).toMatchObject({ events: [], retracts: [eventId] });
      expect(await queue.size()).toBe(0);
    });

    it('drops a retraction the server refuses for good', async () => {
      const sync = await enabledClient();
      await sentLike(sync);
      server.replies.push(() =>
        json({ error: 'invalid_request', message: 'x', issues: [{ path: 'retracts[0]', message: 'must be a UUID' }] }, 400),
      );
      await sync.clearFeedback(LIKE.songId);
      await vi.advanceTimersByTimeAsync(3_600_000);
      expect(server.posts()).toHaveLength(2);
      expect(await queue.size()).toBe(0);
    });

    it('while off, sends nothing, and turning off forgets every sent id', async () => {
      const sync = await enabledClient();
      await sentLike(sync);
      await sync.setEnabled(false);
      expect(await queue.forSong(LIKE.songId)).toEqual([]);
      await sync.clearFeedback(LIKE.songId);
      expect(await queue.size()).toBe(0);

      await sync.setEnabled(true); // the old id is gone: nothing to take back
      await sync.clearFeedback(LIKE.songId);
      await vi.advanceTimersByTimeAsync(3_600_000);
      expect(server.posts()).toHaveLength(1);
    });

    it('turning off while a rating is being taken back leaves nothing behind', async () => {
      const sync = await enabledClient();
      await sentLike(sync);
      const clearing = sync.clearFeedback(LIKE.songId);
      const off = sync.setEnabled(false);
      await Promise.all([clearing, off]);
      expect(await queue.forSong(LIKE.songId)).toEqual([]);
      await sync.setEnabled(true);
      await vi.advanceTimersByTimeAsync(3_600_000);
      expect(server.posts()).toHaveLength(1);
    });
  });

  describe('opt-out', () => {
    it('turning sync off aborts the request in flight, wipes the queue and cache, and stops all requests', async () => {
      let answer: (() => void) | undefined;
      server.replies.push((call) => new Promise((resolve) => (answer = () => resolve(acknowledge(call) as Response))));
      const sync = await enabledClient();
      await sync.recordFeedback(LIKE);
      await sync.recordFeedback({ ...LIKE, songId: song(1) });
      await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS);
      expect(server.posts()).toHaveLength(1);
      await cache.put({ key: 'similar:x', ranking: { mode: 'similar', emotion: [], songs: [] }, fetchedAt: Date.now() });
      const signal = server.fetch.mock.calls[0]![1]!.signal!;

      await sync.setEnabled(false);
      expect(signal.aborted).toBe(true);
      answer!();
      expect(sync.enabled).toBe(false);
      expect(await queue.size()).toBe(0);
      expect(await cache.get('similar:x')).toBeUndefined();
      expect(storage.values.size).toBe(0); // neither the setting nor the install id remain

      await sync.recordFeedback(LIKE);
      expect(await sync.communityRanking(SAD_MIX, 'similar')).toBeUndefined();
      await sync.flush();
      network.goOnline();
      await vi.advanceTimersByTimeAsync(3_600_000);
      expect(server.fetch).toHaveBeenCalledTimes(1);
      expect(await queue.size()).toBe(0);
    });

    it('cancels a pending retry', async () => {
      server.replies.push(failWith(500));
      const sync = await enabledClient();
      await sync.recordFeedback(LIKE);
      await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS);
      await sync.setEnabled(false);
      await vi.advanceTimersByTimeAsync(3_600_000);
      expect(server.fetch).toHaveBeenCalledTimes(1);
    });

    it('a fresh opt-in starts with a new install id', async () => {
      const sync = await enabledClient();
      await sync.recordFeedback(LIKE);
      await sync.flush();
      await sync.setEnabled(false);
      await sync.setEnabled(true);
      await sync.recordFeedback(LIKE);
      await sync.flush();
      const [before, after] = server.posts().map((post) => post.events[0]!.installId);
      expect(after).not.toBe(before);
    });
  });

  describe('status (for 설정)', () => {
    it('says what waits, when sending failed and when it tries again, then when it last went out', async () => {
      const sync = await enabledClient();
      const changes = vi.fn();
      sync.onStatusChange(changes);
      expect(await sync.status()).toEqual({
        enabled: true,
        pending: 0,
        retracting: 0,
        online: true,
        lastSentAt: null,
        lastFailedAt: null,
        nextTryAt: null,
      });

      server.replies.push(networkDown);
      await sync.recordFeedback(LIKE);
      expect(changes).toHaveBeenCalled();
      expect(await sync.status()).toMatchObject({ pending: 1, lastFailedAt: null, nextTryAt: Date.now() + BATCH_DELAY_MS });

      changes.mockClear();
      await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS);
      const failedAt = Date.now();
      expect(changes).toHaveBeenCalled();
      expect(await sync.status()).toMatchObject({
        pending: 1,
        lastSentAt: null,
        lastFailedAt: failedAt,
        nextTryAt: failedAt + RETRY.baseMs,
      });

      await vi.advanceTimersByTimeAsync(RETRY.baseMs);
      expect(await sync.status()).toMatchObject({ pending: 0, lastSentAt: failedAt + RETRY.baseMs, lastFailedAt: null, nextTryAt: null });
    });

    it('counts a retraction as waiting, keeps the last-sent time across sessions, and forgets it when turned off', async () => {
      const sync = await enabledClient();
      await sync.recordFeedback(LIKE);
      await sync.flush();
      const sentAt = Date.now();
      await sync.clearFeedback(LIKE.songId);
      expect(await sync.status()).toMatchObject({ pending: 1, retracting: 1, lastSentAt: sentAt });
      sync.dispose();

      network.online = false;
      const next = client();
      expect(await next.status()).toMatchObject({ enabled: true, pending: 1, retracting: 1, online: false, lastSentAt: sentAt });
      await next.setEnabled(false);
      expect(await next.status()).toMatchObject({ enabled: false, pending: 0, lastSentAt: null, nextTryAt: null });
    });
  });

  describe('community rankings', () => {
    const ranking: CommunityRanking = {
      mode: 'similar',
      emotion: [0.1, 0.6, 0, 0.2, 0.1, 0, 0],
      songs: [{ songId: 's3fa92c01b7', score: 0.61, likes: 9, ratings: 10 }],
    };

    it('asks with the rounded emotion only, and caches the answer', async () => {
      server.replies.push(() => json(ranking));
      const sync = await enabledClient();
      expect(await sync.communityRanking(SAD_MIX, 'similar')).toEqual(ranking);
      expect(server.calls[0]!.url).toBe(`${SERVER}/v1/community?emotion=0.1%2C0.6%2C0%2C0.2%2C0.1%2C0%2C0&mode=similar`);
      expect(await sync.communityRanking(SAD_MIX, 'similar')).toEqual(ranking);
      expect(server.fetch).toHaveBeenCalledTimes(1);
    });

    it('falls back to the cached ranking offline or when the server fails', async () => {
      server.replies.push(() => json(ranking), failWith(500), () => json({ nonsense: true }));
      const sync = await enabledClient({ rankingMaxAgeMs: 1_000 });
      await sync.communityRanking(SAD_MIX, 'similar');
      await vi.advanceTimersByTimeAsync(2_000); // stale now
      expect(await sync.communityRanking(SAD_MIX, 'similar')).toEqual(ranking); // 500
      expect(await sync.communityRanking(SAD_MIX, 'similar')).toEqual(ranking); // malformed
      network.online = false;
      expect(await sync.communityRanking(SAD_MIX, 'similar')).toEqual(ranking);
      expect(server.fetch).toHaveBeenCalledTimes(3);
      expect(await sync.communityRanking(SAD_MIX, 'shift')).toBeUndefined(); // never fetched
    });
  });
});
