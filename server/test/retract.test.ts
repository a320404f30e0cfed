import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { CommunityRanking, FeedbackAck, FeedbackBatch, FeedbackEvent } from '../../src/sync/protocol.ts';
import { MIN_DISTINCT_INSTALLS } from '../src/communityRanking.ts';
import type pg from 'pg';
import type { Database } from '../src/db.ts';
import { retractInTransaction, storeInTransaction } from '../src/feedbackStore.ts';
import type { RunningServer } from '../src/httpServer.ts';
import { aggregateDrift, clearData, countEvents, describeEachBackend, fixtureSongIds, makeEvent, postJson, startTestServer } from './helpers.ts';

const [songA, songB] = fixtureSongIds as [string, string];
const SAD = [0, 0.7, 0, 0.2, 0.1, 0, 0];

describeEachBackend('retracting feedback', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let server: RunningServer;

  beforeAll(async () => {
    ({ db, dispose } = await backend.open());
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await dispose?.();
  });
  beforeEach(async () => {
    await clearData(db);
  });

  async function send(batch: FeedbackBatch): Promise<FeedbackAck> {
    const response = await postJson(server.url, batch);
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as FeedbackAck;
  }

  async function ranking(): Promise<CommunityRanking['songs']> {
    const response = await fetch(`${server.url}/v1/community?emotion=${SAD.join(',')}&mode=similar`);
    expect(response.status).toBe(200);
    return ((await response.json()) as CommunityRanking).songs;
  }

  /** One like of `songId` from each of `installs` distinct installs. */
  function likes(songId: string, installs: number): FeedbackEvent[] {
    return Array.from({ length: installs }, () => makeEvent({ songId, liked: true, emotion: SAD }));
  }

  it('takes a retracted like out of the community ranking', async () => {
    const events = likes(songA, MIN_DISTINCT_INSTALLS + 1);
    await send({ events });
    expect(await ranking()).toMatchObject([{ songId: songA, likes: 6, ratings: 6 }]);

    const ack = await send({ retracts: [events[0]!.eventId] });
    expect(ack).toEqual({ acknowledged: [], stored: 0, retracted: [events[0]!.eventId], removed: 1 });
    expect(await ranking()).toMatchObject([{ songId: songA, likes: 5, ratings: 5 }]);
    expect(await countEvents(db)).toBe(MIN_DISTINCT_INSTALLS);

    // Below k distinct installs the song is no longer shown at all.
    await send({ retracts: [events[1]!.eventId] });
    expect(await ranking()).toEqual([]);
    expect(await aggregateDrift(db, MIN_DISTINCT_INSTALLS)).toEqual({ tallies: 0, unknown: 0, tooFew: 0 });
  });

  it('counts a changed rating once: the like retracted, the dislike stored, in one batch', async () => {
    const events = likes(songA, MIN_DISTINCT_INSTALLS);
    await send({ events });
    const first = events[0]!;
    const changed = makeEvent({ installId: first.installId, songId: songA, liked: false, emotion: SAD });
    const ack = await send({ events: [changed], retracts: [first.eventId] });
    expect(ack).toMatchObject({ acknowledged: [changed.eventId], stored: 1, retracted: [first.eventId], removed: 1 });
    expect(await ranking()).toMatchObject([{ songId: songA, likes: 4, ratings: 5 }]);
  });

  it('acknowledges retracting an unknown id, or one id twice, without error', async () => {
    const unknown = makeEvent();
    expect(await send({ retracts: [unknown.eventId, unknown.eventId] })).toEqual({
      acknowledged: [],
      stored: 0,
      retracted: [unknown.eventId],
      removed: 0,
    });
    const [event] = likes(songA, 1);
    await send({ events: [event!] });
    expect((await send({ retracts: [event!.eventId] })).removed).toBe(1);
    expect((await send({ retracts: [event!.eventId] })).removed).toBe(0);
    expect(await countEvents(db)).toBe(0);
  });

  it('never counts an event that arrives after its retraction (a late resend)', async () => {
    const [event] = likes(songA, 1);
    await send({ retracts: [event!.eventId] });
    const ack = await send({ events: [event!] });
    expect(ack).toMatchObject({ acknowledged: [event!.eventId], stored: 0 });
    expect(await countEvents(db)).toBe(0);
    // An event and its retraction in one batch: stored, then taken back.
    const [other] = likes(songB, 1);
    expect(await send({ events: [other!], retracts: [other!.eventId] })).toMatchObject({ stored: 1, removed: 1 });
    expect(await countEvents(db)).toBe(0);
  });

  /**
   * Races need two backends at once, so they run on real PostgreSQL only (PGlite is one backend).
   * One side is held open in a transaction on its own client, having done its work but not
   * committed; the other arrives over HTTP and must wait for the first to commit, then see it.
   */
  async function raceAgainstOpenTransaction<T>(
    firstHalf: (client: pg.PoolClient) => Promise<unknown>,
    secondHalf: () => Promise<T>,
  ): Promise<T> {
    const client = await db.pool.connect();
    try {
      await client.query('BEGIN');
      await firstHalf(client);
      const arriving = secondHalf();
      // Wait until the arriving request is blocked on the first side's lock (without the locks it never is).
      let answered = false;
      void arriving.then(
        () => (answered = true),
        () => (answered = true),
      );
      let waiting = 0;
      for (let tries = 0; tries < 100 && !answered && waiting === 0; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const { rows } = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`);
        waiting = rows[0]!.n;
      }
      expect(answered, 'the second request must wait for the first to commit').toBe(false);
      expect(waiting).toBe(1);
      await client.query('COMMIT');
      return await arriving;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  it.skipIf(backend.name !== 'postgres')('never counts an event whose retraction is committing as it first arrives', async () => {
    const [event] = likes(songA, 1);
    const ack = await raceAgainstOpenTransaction(
      (client) => retractInTransaction(client, [event!.eventId]),
      () => send({ events: [event!] }),
    );
    expect(ack).toMatchObject({ acknowledged: [event!.eventId], stored: 0 });
    expect(await countEvents(db)).toBe(0);
    expect(await aggregateDrift(db, MIN_DISTINCT_INSTALLS)).toEqual({ tallies: 0, unknown: 0, tooFew: 0 });
  });

  it.skipIf(backend.name !== 'postgres')('takes back an event whose first arrival is committing as its retraction comes', async () => {
    const [event] = likes(songA, 1);
    const ack = await raceAgainstOpenTransaction(
      (client) => storeInTransaction(client, [event!]),
      () => send({ retracts: [event!.eventId] }),
    );
    expect(ack).toMatchObject({ retracted: [event!.eventId], removed: 1 });
    expect(await countEvents(db)).toBe(0);
    expect(await aggregateDrift(db, MIN_DISTINCT_INSTALLS)).toEqual({ tallies: 0, unknown: 0, tooFew: 0 });
  });

  it(`keeps listing a song still rated by ${MIN_DISTINCT_INSTALLS} installs after others retract`, async () => {
    // The server remembers only about k raters per group: the later two are not among them.
    const early = likes(songA, MIN_DISTINCT_INSTALLS);
    const late = likes(songA, 2);
    await send({ events: early });
    await send({ events: late });
    await send({ retracts: [early[0]!.eventId, early[1]!.eventId] });
    expect(await ranking()).toMatchObject([{ songId: songA, likes: 5, ratings: 5 }]);
    expect(await aggregateDrift(db, MIN_DISTINCT_INSTALLS)).toEqual({ tallies: 0, unknown: 0, tooFew: 0 });
  });

  it('keeps the aggregates equal to the remaining events, raters refilled from them', async () => {
    const installs = Array.from({ length: 9 }, () => makeEvent().installId);
    const events = Array.from({ length: 120 }, (_, i) =>
      makeEvent({
        installId: installs[i % installs.length],
        songId: fixtureSongIds[i % 3],
        mode: i % 4 === 0 ? 'shift' : 'similar',
        liked: i % 3 !== 1,
        emotion: i % 5 === 0 ? [0.8, 0, 0, 0, 0, 0, 0.2] : SAD,
      }),
    );
    await send({ events: events.slice(0, 100) });
    await send({ events: events.slice(100) });
    // Take back two thirds, in overlapping batches running in parallel.
    const taken = events.filter((_, i) => i % 3 !== 2).map((event) => event.eventId);
    const batches = [taken.slice(0, 50), taken.slice(30, 80), taken.slice(60)];
    const responses = await Promise.all(batches.map((retracts) => postJson(server.url, { retracts })));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await countEvents(db)).toBe(40);
    expect(await aggregateDrift(db, MIN_DISTINCT_INSTALLS)).toEqual({ tallies: 0, unknown: 0, tooFew: 0 });
  });
});
