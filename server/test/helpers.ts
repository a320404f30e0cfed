import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { createApp, type AppOptions } from '../src/app.ts';
import { loadSongIds } from '../src/catalogue.ts';
import { openDatabase, openPglite, type Database } from '../src/db.ts';
import { startHttpServer, type RunningServer } from '../src/httpServer.ts';
import { migrate } from '../src/migrate.ts';
import type { FeedbackEvent } from '../../src/sync/protocol.ts';
import { createScratchDatabase } from './scratchDatabase.ts';

export const FIXTURE_SONGS_FILE = fileURLToPath(new URL('./fixtures/songs.json', import.meta.url));
export const fixtureSongIds = [...(await loadSongIds(FIXTURE_SONGS_FILE))];

export const REAL_POSTGRES_URL = process.env.DATABASE_URL || undefined;

export interface Backend {
  name: 'pglite' | 'postgres';
  available: boolean;
  /** A fresh, migrated, empty database, and how to throw it away. */
  open(): Promise<{ db: Database; dispose(): Promise<void> }>;
}

/**
 * initdb is most of PGlite's start-up time, so test files start from one
 * freshly initialised data dir, kept as a tarball in the OS temp dir.
 */
async function pgliteSnapshot(): Promise<Blob> {
  const pgliteBuild = statSync(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  const file = path.join(tmpdir(), `sync-test-pglite-${Math.round(pgliteBuild.mtimeMs)}.tar`);
  try {
    return new Blob([await readFile(file)]);
  } catch {
    const { PGlite } = await import('@electric-sql/pglite');
    const lite = await PGlite.create('memory://');
    const snapshot = await lite.dumpDataDir('none');
    await lite.close();
    // Written aside and renamed, so a test file running alongside never reads half of it.
    const partial = `${file}.${process.pid}`;
    await writeFile(partial, Buffer.from(await snapshot.arrayBuffer()));
    await rename(partial, file);
    return snapshot;
  }
}

const pgliteBackend: Backend = {
  name: 'pglite',
  available: true,
  async open() {
    const db = await openPglite('memory://', { loadDataDir: await pgliteSnapshot() });
    await migrate(db.pool);
    return { db, dispose: () => db.close() };
  },
};

const postgresBackend: Backend = {
  name: 'postgres',
  available: REAL_POSTGRES_URL !== undefined,
  async open() {
    if (!REAL_POSTGRES_URL) throw new Error('DATABASE_URL is not set');
    const scratch = await createScratchDatabase(REAL_POSTGRES_URL);
    const db = await openDatabase({ databaseUrl: scratch.url, pgliteDir: '' });
    await migrate(db.pool);
    return {
      db,
      async dispose() {
        await db.close();
        await scratch.drop();
      },
    };
  },
};

/**
 * Defines `suite` once per database: PGlite always, real PostgreSQL when
 * DATABASE_URL is set (reported as skipped otherwise).
 */
export function describeEachBackend(title: string, suite: (backend: Backend) => void): void {
  for (const backend of [pgliteBackend, postgresBackend]) {
    describe.skipIf(!backend.available)(`${title} on ${backend.name}`, () => suite(backend));
  }
}

export function makeEvent(overrides: Partial<FeedbackEvent> = {}): FeedbackEvent {
  return {
    eventId: randomUUID(),
    installId: randomUUID(),
    songId: fixtureSongIds[0]!,
    mode: 'similar',
    liked: true,
    emotion: [0.1, 0.6, 0, 0.2, 0.1, 0, 0],
    day: '2025-03-14',
    ...overrides,
  };
}

export const GENEROUS_LIMITS = { requestsPerMinutePerAddress: 100_000, eventsPerHourPerInstall: 100_000 };

export async function startTestServer(
  db: Database,
  options: Partial<Omit<AppOptions, 'pool'>> = {},
): Promise<RunningServer> {
  const app = createApp({
    pool: db.pool,
    songIds: new Set(fixtureSongIds),
    corsOrigins: [],
    rateLimits: GENEROUS_LIMITS,
    ...options,
  });
  return startHttpServer(app, 0, '127.0.0.1');
}

export function postJson(baseUrl: string, body: unknown, init: RequestInit = {}): Promise<Response> {
  return fetch(`${baseUrl}/v1/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
}

/** Empties the events, the retractions and everything derived from them. */
export async function clearData(db: Database): Promise<void> {
  await db.pool.query('TRUNCATE feedback_events, emotion_vectors, song_tallies, song_raters, retracted_events');
}

export async function countEvents(db: Database): Promise<number> {
  const result = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM feedback_events');
  return result.rows[0]!.n;
}

/**
 * How far the aggregates are from a recomputation out of feedback_events:
 * tallies that differ, raters of no remaining event, and groups keeping fewer
 * raters than they have (up to the k of k-anonymity). All zero when in step.
 */
export async function aggregateDrift(db: Database, k: number): Promise<{ tallies: number; unknown: number; tooFew: number }> {
  const { rows } = await db.pool.query<{ tallies: number; unknown: number; too_few: number }>(`
    SELECT (SELECT count(*) FROM (
              SELECT mode, emotion_code, song_id, count(*) FILTER (WHERE liked)::int AS likes, count(*)::int AS ratings
              FROM feedback_events GROUP BY 1, 2, 3
            ) expected
            FULL JOIN song_tallies actual USING (mode, emotion_code, song_id)
            WHERE expected.likes IS DISTINCT FROM actual.likes OR expected.ratings IS DISTINCT FROM actual.ratings)::int AS tallies,
           (SELECT count(*) FROM song_raters r WHERE NOT EXISTS (
              SELECT 1 FROM feedback_events e WHERE (e.mode, e.emotion_code, e.song_id, e.install_id)
                                                  = (r.mode, r.emotion_code, r.song_id, r.install_id)))::int AS unknown,
           (SELECT count(*) FROM (
              SELECT mode, emotion_code, song_id, count(DISTINCT install_id) AS actual FROM feedback_events GROUP BY 1, 2, 3
            ) e LEFT JOIN (
              SELECT mode, emotion_code, song_id, count(*) AS kept FROM song_raters GROUP BY 1, 2, 3
            ) r USING (mode, emotion_code, song_id)
            WHERE coalesce(r.kept, 0) < least(e.actual, ${k}))::int AS too_few`);
  const row = rows[0]!;
  return { tallies: row.tallies, unknown: row.unknown, tooFew: row.too_few };
}
