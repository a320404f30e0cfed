import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FeedbackAck } from '../../src/sync/protocol.ts';
import { openDatabase } from '../src/db.ts';
import { FIXTURE_SONGS_FILE, fixtureSongIds, makeEvent, postJson, REAL_POSTGRES_URL } from './helpers.ts';
import { createScratchDatabase } from './scratchDatabase.ts';
import { startServerProcess } from './serverProcess.ts';

interface Target {
  name: string;
  available: boolean;
  /** Environment for a fresh, empty store, and how to remove it afterwards. */
  prepare(): Promise<{ env: Record<string, string>; remove(): Promise<void> }>;
}

const targets: Target[] = [
  {
    name: 'pglite',
    available: true,
    async prepare() {
      const dir = await mkdtemp(path.join(tmpdir(), 'sync-restart-'));
      return { env: { PGLITE_DIR: dir }, remove: () => rm(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'postgres',
    available: REAL_POSTGRES_URL !== undefined,
    async prepare() {
      const scratch = await createScratchDatabase(REAL_POSTGRES_URL!);
      return { env: { DATABASE_URL: scratch.url }, remove: () => scratch.drop() };
    },
  },
];

for (const target of targets) {
  describe.skipIf(!target.available)(`server process killed with SIGKILL on ${target.name}`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterAll(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
    });

    it('still has every acknowledged event after a restart', async () => {
      const { env, remove } = await target.prepare();
      cleanups.push(remove);

      const serverEnv = { ...env, SONGS_FILE: FIXTURE_SONGS_FILE, RATE_LIMIT_ADDRESS_PER_MINUTE: '100000' };
      const first = await startServerProcess(serverEnv);
      cleanups.push(async () => void first.child.kill('SIGKILL'));
      const acknowledged: string[] = [];
      // Keep batches flowing so the kill lands mid-write, not on an idle server.
      const load = (async () => {
        for (let i = 0; ; i++) {
          const events = Array.from({ length: 50 }, (_, j) => makeEvent({ songId: fixtureSongIds[(i + j) % fixtureSongIds.length] }));
          try {
            const response = await postJson(first.url, { events });
            if (response.status !== 200) throw new Error(`status ${response.status}`);
            acknowledged.push(...((await response.json()) as FeedbackAck).acknowledged);
          } catch {
            return; // the server is gone
          }
        }
      })();
      await expect.poll(() => acknowledged.length, { timeout: 20_000, interval: 20 }).toBeGreaterThanOrEqual(500);
      first.child.kill('SIGKILL');
      await load;
      expect(await first.exited).toBeNull();

      const second = await startServerProcess(serverEnv);
      cleanups.push(async () => void second.child.kill('SIGKILL'));
      // Re-sending acknowledged events is the client's retry: none may be new.
      for (let i = 0; i < acknowledged.length; i += 100) {
        const events = acknowledged.slice(i, i + 100).map((eventId) => makeEvent({ eventId }));
        const replay = await postJson(second.url, { events });
        expect(((await replay.json()) as FeedbackAck).stored).toBe(0);
      }
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);

      // Look at the data directly, with no server in between.
      const db = await openDatabase({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR ?? '' });
      try {
        const { rows } = await db.pool.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM feedback_events WHERE event_id = ANY($1::uuid[])',
          [acknowledged],
        );
        expect(rows[0]!.n).toBe(acknowledged.length);
      } finally {
        await db.close();
      }
    });
  });
}
