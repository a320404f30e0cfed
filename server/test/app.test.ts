import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { CommunityRanking, FeedbackAck, FeedbackEvent } from '../../src/sync/protocol.ts';
import { MIN_DISTINCT_INSTALLS, wilsonLowerBound } from '../src/communityRanking.ts';
import type { Database } from '../src/db.ts';
import type { RunningServer } from '../src/httpServer.ts';
import { clearData, countEvents, describeEachBackend, fixtureSongIds, makeEvent, postJson, startTestServer } from './helpers.ts';

const [songA, songB, songC, songD] = fixtureSongIds as [string, string, string, string];
const SAD = [0, 0.7, 0, 0.2, 0.1, 0, 0];
const SAD_ISH = [0.1, 0.6, 0, 0.2, 0.1, 0, 0];
const JOYFUL = [0.8, 0, 0, 0, 0, 0, 0.2];

describeEachBackend('community sync API', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let server: RunningServer;

  beforeAll(async () => {
    ({ db, dispose } = await backend.open());
    server = await startTestServer(db, { corsOrigins: ['https://app.example'] });
  });
  afterAll(async () => {
    await server?.close();
    await dispose?.();
  });
  beforeEach(async () => {
    await clearData(db);
  });

  async function send(events: FeedbackEvent[]): Promise<FeedbackAck> {
    const response = await postJson(server.url, { events });
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as FeedbackAck;
  }

  async function community(emotion: number[], mode = 'similar'): Promise<CommunityRanking> {
    const response = await fetch(`${server.url}/v1/community?emotion=${emotion.join(',')}&mode=${mode}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as CommunityRanking;
  }

  /** `likes` of `installs` distinct installs like the song (one event each). */
  function votes(songId: string, installs: number, likes: number, overrides: Partial<FeedbackEvent> = {}) {
    return Array.from({ length: installs }, (_, i) => makeEvent({ songId, liked: i < likes, emotion: SAD, ...overrides }));
  }

  it('stores a valid batch and acknowledges every eventId', async () => {
    const events = [makeEvent(), makeEvent({ songId: songB, mode: 'shift', liked: false }), makeEvent({ emotion: JOYFUL })];
    const ack = await send(events);
    expect(ack).toEqual({ acknowledged: events.map((e) => e.eventId), stored: 3, retracted: [], removed: 0 });
    const { rows } = await db.pool.query(
      "SELECT song_id, mode, liked, joy, sadness, neutral, to_char(day, 'YYYY-MM-DD') AS day FROM feedback_events WHERE event_id = $1",
      [events[1]!.eventId],
    );
    expect(rows).toEqual([{ song_id: songB, mode: 'shift', liked: false, joy: 1, sadness: 6, neutral: 0, day: '2025-03-14' }]);
  });

  it('keeps nothing but the event fields: no text, address, user agent or exact time', async () => {
    const { rows } = await db.pool.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'feedback_events' ORDER BY ordinal_position",
    );
    expect(rows.map((row) => row.column_name)).toEqual([
      'event_id', 'install_id', 'song_id', 'mode', 'liked',
      'joy', 'sadness', 'anger', 'anxiety', 'hurt', 'embarrassment', 'neutral', 'emotion_code', 'day',
    ]);
  });

  it('acknowledges repeated eventIds but stores each once', async () => {
    const events = [makeEvent(), makeEvent()];
    expect((await send(events)).stored).toBe(2);
    const again = await send([...events, events[0]!]);
    expect(again).toEqual({ acknowledged: events.map((e) => e.eventId), stored: 0, retracted: [], removed: 0 });
    expect(await countEvents(db)).toBe(2);
  });

  it('leaves one row per event when the same batch is sent 20 times in parallel', async () => {
    const events = Array.from({ length: 100 }, (_, i) => makeEvent({ songId: fixtureSongIds[i % fixtureSongIds.length] }));
    const responses = await Promise.all(Array.from({ length: 20 }, () => postJson(server.url, { events })));
    const acks = await Promise.all(responses.map((r) => r.json() as Promise<FeedbackAck>));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    for (const ack of acks) expect(ack.acknowledged).toHaveLength(100);
    expect(acks.reduce((sum, ack) => sum + ack.stored, 0)).toBe(100);
    expect(await countEvents(db)).toBe(100);
  });

  it('keeps the community aggregates equal to the events they summarise', async () => {
    const installs = Array.from({ length: 8 }, () => makeEvent().installId);
    const moods = [SAD, SAD_ISH, JOYFUL];
    const batches = Array.from({ length: 10 }, (_, b) =>
      Array.from({ length: 30 }, (_, i) =>
        makeEvent({
          installId: installs[(b * 7 + i) % installs.length],
          songId: fixtureSongIds[(b + i) % 4],
          mode: i % 3 === 0 ? 'shift' : 'similar',
          liked: (b + i) % 3 !== 0,
          emotion: moods[(b * i) % moods.length],
        }),
      ),
    );
    // Overlapping batches in parallel: every event arrives two or three times.
    const sends = [...batches, ...batches, ...batches.slice(0, 5)].map((events) => postJson(server.url, { events }));
    expect((await Promise.all(sends)).map((r) => r.status)).toEqual(Array(25).fill(200));
    expect(await countEvents(db)).toBe(300);

    const { rows: mismatches } = await db.pool.query(`
      SELECT * FROM (
        SELECT mode, emotion_code, song_id, count(*) FILTER (WHERE liked)::int AS likes, count(*)::int AS ratings
        FROM feedback_events GROUP BY 1, 2, 3
      ) expected
      FULL JOIN song_tallies actual USING (mode, emotion_code, song_id)
      WHERE expected.likes IS DISTINCT FROM actual.likes OR expected.ratings IS DISTINCT FROM actual.ratings`);
    expect(mismatches).toEqual([]);
    const { rows: raters } = await db.pool.query(`
      SELECT (SELECT count(*) FROM song_raters r WHERE NOT EXISTS (
                SELECT 1 FROM feedback_events e WHERE (e.mode, e.emotion_code, e.song_id, e.install_id)
                                                    = (r.mode, r.emotion_code, r.song_id, r.install_id)))::int AS unknown,
             (SELECT count(*) FROM (
                SELECT mode, emotion_code, song_id, count(DISTINCT install_id) AS actual FROM feedback_events GROUP BY 1, 2, 3
              ) e JOIN (
                SELECT mode, emotion_code, song_id, count(*) AS kept FROM song_raters GROUP BY 1, 2, 3
              ) r USING (mode, emotion_code, song_id)
              WHERE r.kept < least(e.actual, ${MIN_DISTINCT_INSTALLS}))::int AS too_few`);
    expect(raters).toEqual([{ unknown: 0, too_few: 0 }]);
  });

  it(`lists a song only once ${MIN_DISTINCT_INSTALLS} distinct installs rated it`, async () => {
    const installId = makeEvent().installId;
    // One install rating many times is still one person.
    await send(Array.from({ length: 10 }, () => makeEvent({ songId: songA, emotion: SAD, installId })));
    await send(votes(songA, MIN_DISTINCT_INSTALLS - 2, 3));
    expect((await community(SAD)).songs).toEqual([]);

    await send(votes(songA, 1, 1));
    const ranking = await community(SAD);
    expect(ranking.songs.map((s) => s.songId)).toEqual([songA]);
    expect(ranking.songs[0]).toMatchObject({ likes: 14, ratings: 14 });
  });

  it('ranks by the Wilson lower bound among emotions within the cosine radius', async () => {
    await send([
      ...votes(songA, 5, 5), // 5/5
      ...votes(songB, 20, 17, { emotion: SAD_ISH }), // 17/20: more evidence beats a perfect few
      ...votes(songC, 10, 2), // 2/10
      ...votes(songD, 10, 10, { emotion: JOYFUL }), // far from sad: never counted
      ...votes(songA, 10, 0, { mode: 'shift' }), // other mode: not counted for "similar"
    ]);
    const ranking = await community(SAD);
    expect(ranking.mode).toBe('similar');
    expect(ranking.songs.map((s) => s.songId)).toEqual([songB, songA, songC]);
    expect(ranking.songs[0]!.score).toBeCloseTo(wilsonLowerBound(17, 20), 3);
    expect(ranking.songs[1]!.score).toBeCloseTo(wilsonLowerBound(5, 5), 3);

    expect((await community(JOYFUL)).songs.map((s) => s.songId)).toEqual([songD]);
    expect((await community(SAD, 'shift')).songs).toEqual([expect.objectContaining({ songId: songA, likes: 0 })]);
  });

  it('honours limit', async () => {
    await send([...votes(songA, 5, 5), ...votes(songB, 5, 4)]);
    const response = await fetch(`${server.url}/v1/community?emotion=${SAD.join(',')}&mode=similar&limit=1`);
    expect(((await response.json()) as CommunityRanking).songs.map((s) => s.songId)).toEqual([songA]);
  });

  it('answers health checks and serves its OpenAPI description', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/feedback', '/v1/community', '/healthz']));
  });

  it('allows CORS only for configured origins', async () => {
    const allowed = await fetch(`${server.url}/healthz`, { headers: { origin: 'https://app.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    const other = await fetch(`${server.url}/healthz`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();

    const preflight = await fetch(`${server.url}/v1/feedback`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET,POST');
  });

  it('limits requests per address with 429 and Retry-After, storing nothing', async () => {
    const limited = await startTestServer(db, {
      rateLimits: { requestsPerMinutePerAddress: 3, eventsPerHourPerInstall: 1000 },
      corsOrigins: ['https://app.example'],
    });
    try {
      for (let i = 0; i < 3; i++) expect((await postJson(limited.url, { events: [makeEvent()] })).status).toBe(200);
      const refused = await postJson(limited.url, { events: [makeEvent()] }, { headers: { 'content-type': 'application/json', origin: 'https://app.example' } });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      // The browser app must be able to read the refusal.
      expect(refused.headers.get('access-control-allow-origin')).toBe('https://app.example');
      expect((await fetch(`${limited.url}/v1/community?emotion=${SAD.join(',')}&mode=similar`)).status).toBe(429);
      expect(await countEvents(db)).toBe(3);
    } finally {
      await limited.close();
    }
  });

  it('limits events per install with 429, storing nothing from the refused batch', async () => {
    const limited = await startTestServer(db, {
      rateLimits: { requestsPerMinutePerAddress: 1000, eventsPerHourPerInstall: 5 },
    });
    try {
      const installId = makeEvent().installId;
      const batch = (n: number) => Array.from({ length: n }, () => makeEvent({ installId }));
      expect((await postJson(limited.url, { events: batch(6) })).status).toBe(429);
      expect((await postJson(limited.url, { events: batch(3) })).status).toBe(200);
      const refused = await postJson(limited.url, { events: batch(3) });
      expect(refused.status).toBe(429);
      expect(await refused.json()).toMatchObject({ error: 'rate_limited', message: 'too many events from this install' });
      // Other installs are unaffected.
      expect((await postJson(limited.url, { events: [makeEvent()] })).status).toBe(200);
      expect(await countEvents(db)).toBe(4);
    } finally {
      await limited.close();
    }
  });
});
