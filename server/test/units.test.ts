import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import openapi from '../openapi.json' with { type: 'json' };
import { MAX_EVENTS_PER_BATCH, RECOMMENDATION_MODES } from '../../src/sync/protocol.ts';
import { createApp } from '../src/app.ts';
import { loadSongIds } from '../src/catalogue.ts';
import { MIN_COSINE_SIMILARITY, MIN_DISTINCT_INSTALLS, wilsonLowerBound } from '../src/communityRanking.ts';
import { loadConfig } from '../src/config.ts';
import { RateLimiter } from '../src/rateLimiter.ts';
import { feedbackBatchSchema } from '../src/requestSchemas.ts';
import { fixtureSongIds, GENEROUS_LIMITS, makeEvent } from './helpers.ts';

describe('createApp when the database fails', () => {
  it('answers 500 without details and keeps serving', async () => {
    const failingPool = { query: () => Promise.reject(new Error('connection refused')) } as unknown as pg.Pool;
    const app = createApp({ pool: failingPool, songIds: new Set(fixtureSongIds), corsOrigins: [], rateLimits: GENEROUS_LIMITS });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const post = await app.request('/v1/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ events: [makeEvent()] }),
      });
      expect(post.status).toBe(500);
      expect(await post.json()).toEqual({ error: 'internal_error', message: 'the server could not handle this request' });
      expect((await app.request('/healthz')).status).toBe(500);
      expect(logged).toHaveBeenCalledWith('request failed:', 'connection refused');
    } finally {
      logged.mockRestore();
    }
  });
});

describe('openapi.json', () => {
  it('documents exactly what the server validates', () => {
    const { schemas } = openapi.components;
    const batchShape = feedbackBatchSchema(new Set()).shape;
    const eventShape = batchShape.events.unwrap().element.shape;
    expect(schemas.FeedbackEvent.required).toEqual(Object.keys(eventShape));
    expect(Object.keys(schemas.FeedbackEvent.properties)).toEqual(Object.keys(eventShape));
    expect(schemas.Mode.enum).toEqual([...RECOMMENDATION_MODES]);
    expect(schemas.FeedbackBatch.properties.events.maxItems).toBe(MAX_EVENTS_PER_BATCH);
    expect(Object.keys(schemas.FeedbackBatch.properties)).toEqual(Object.keys(batchShape));
    expect(schemas.FeedbackBatch.properties.retracts.maxItems).toBe(MAX_EVENTS_PER_BATCH);
    const ranking = openapi.paths['/v1/community'].get.description;
    expect(ranking).toContain(`at least ${MIN_COSINE_SIMILARITY}`);
    expect(ranking).toContain(`at least ${MIN_DISTINCT_INSTALLS} distinct installs`);
  });
});

describe('wilsonLowerBound', () => {
  it('matches known values and orders evidence sensibly', () => {
    expect(wilsonLowerBound(0, 0)).toBe(0);
    expect(wilsonLowerBound(5, 5)).toBeCloseTo(0.5655, 4);
    expect(wilsonLowerBound(17, 20)).toBeCloseTo(0.6396, 4);
    expect(wilsonLowerBound(0, 10)).toBeCloseTo(0, 10);
    expect(wilsonLowerBound(90, 100)).toBeGreaterThan(wilsonLowerBound(9, 10));
  });
});

describe('RateLimiter', () => {
  it('spends, refuses with a wait time, and refills', () => {
    let now = 0;
    const limiter = new RateLimiter({ capacity: 3, refillMs: 3_000, now: () => now });
    const one = new Map([['a', 1]]);
    expect([limiter.take(one), limiter.take(one), limiter.take(one)]).toEqual([0, 0, 0]);
    expect(limiter.take(one)).toBe(1_000);
    now = 1_000;
    expect(limiter.take(one)).toBe(0);
    expect(limiter.take(new Map([['b', 3]]))).toBe(0);
  });

  it('takes from every key or from none', () => {
    const limiter = new RateLimiter({ capacity: 5, refillMs: 60_000, now: () => 0 });
    expect(limiter.take(new Map([['x', 4]]))).toBe(0);
    expect(limiter.take(new Map([['y', 2], ['x', 2]]))).toBeGreaterThan(0);
    expect(limiter.take(new Map([['y', 5]]))).toBe(0);
  });

  it('never admits a cost above capacity', () => {
    const limiter = new RateLimiter({ capacity: 5, refillMs: 60_000, now: () => 0 });
    expect(limiter.take(new Map([['z', 6]]))).toBe(60_000);
  });

  it('forgets refilled buckets once it tracks too many keys', () => {
    let now = 0;
    const limiter = new RateLimiter({ capacity: 1, refillMs: 1_000, now: () => now, maxKeys: 2 });
    expect(limiter.take(new Map([['a', 1]]))).toBe(0);
    expect(limiter.take(new Map([['b', 1]]))).toBe(0);
    now = 1_000;
    expect(limiter.take(new Map([['c', 1]]))).toBe(0); // sweeps a and b, both full again
    expect(limiter.take(new Map([['a', 1]]))).toBe(0);
    expect(limiter.take(new Map([['c', 1]]))).toBe(1_000);
  });
});

describe('loadConfig', () => {
  it('has zero-set-up defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 8787,
      host: '127.0.0.1',
      databaseUrl: undefined,
      pgliteDir: './.data/pglite',
      corsOrigins: [],
      songsFile: 'data/songs.json',
      trustProxy: false,
      rateLimits: { requestsPerMinutePerAddress: 120, eventsPerHourPerInstall: 600 },
    });
  });

  it('reads the environment, treating empty values as unset', () => {
    const config = loadConfig({
      PORT: '9000',
      DATABASE_URL: '',
      CORS_ORIGINS: 'https://a.example, https://b.example,',
      TRUST_PROXY: 'true',
    });
    expect(config).toMatchObject({
      port: 9000,
      databaseUrl: undefined,
      corsOrigins: ['https://a.example', 'https://b.example'],
      trustProxy: true,
    });
  });

  it('names the bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ RATE_LIMIT_ADDRESS_PER_MINUTE: '0' })).toThrow(/RATE_LIMIT_ADDRESS_PER_MINUTE/);
  });
});

describe('loadSongIds', () => {
  const dirPromise = mkdtemp(path.join(tmpdir(), 'sync-catalogue-'));
  afterAll(async () => rm(await dirPromise, { recursive: true, force: true }));

  it('reads ids and ignores the other song fields', async () => {
    const file = path.join(await dirPromise, 'songs.json');
    await writeFile(file, JSON.stringify({ modelVersion: 'x', emotions: [], songs: [{ id: 's0123456789', title: '밤편지', artist: '아이유' }] }));
    expect([...(await loadSongIds(file))]).toEqual(['s0123456789']);
  });

  it('explains a missing or malformed catalogue', async () => {
    const dir = await dirPromise;
    await expect(loadSongIds(path.join(dir, 'absent.json'))).rejects.toThrow(/SONGS_FILE/);
    await writeFile(path.join(dir, 'bad.json'), '{"songs": [{"title": "no id"}]}');
    await expect(loadSongIds(path.join(dir, 'bad.json'))).rejects.toThrow(/songs/);
    await writeFile(path.join(dir, 'broken.json'), '{');
    await expect(loadSongIds(path.join(dir, 'broken.json'))).rejects.toThrow(/not valid JSON/);
  });
});
