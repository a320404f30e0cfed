import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createApp, type AppOptions } from '../src/app.ts';
import { loadSongIds } from '../src/catalogue.ts';
import { openDatabase, type Database } from '../src/db.ts';
import { startHttpServer, type RunningServer } from '../src/httpServer.ts';
import { migrate } from '../src/migrate.ts';
import type { FeedbackEvent } from '../../src/sync/protocol.ts';

export const FIXTURE_SONGS_FILE = fileURLToPath(new URL('./fixtures/songs.json', import.meta.url));
export const fixtureSongIds = [...(await loadSongIds(FIXTURE_SONGS_FILE))];

export const REAL_POSTGRES_URL = process.env.DATABASE_URL || undefined;

export interface Backend {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated, empty database, and how to throw it away. */
  open(): Promise<{ db: Database; dispose(): Promise<void> }>;
}

const pgliteBackend: Backend = {
  name: 'pglite',
  async open() {
    const db = await openDatabase({ databaseUrl: undefined, pgliteDir: 'memory://' });
    await migrate(db.pool);
    return { db, dispose: () => db.close() };
  },
};

const postgresBackend = (adminUrl: string): Backend => ({
  name: 'postgres',
  async open() {
    const scratch = await createScratchDatabase(adminUrl);
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
});

/** PGlite always; real PostgreSQL too when DATABASE_URL is set. */
export const backends: Backend[] = [pgliteBackend, ...(REAL_POSTGRES_URL ? [postgresBackend(REAL_POSTGRES_URL)] : [])];

/** A database of its own for one test file, so files can run in parallel on one server. */
export async function createScratchDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `sync_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
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

export async function countEvents(db: Database): Promise<number> {
  const result = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM feedback_events');
  return result.rows[0]!.n;
}
