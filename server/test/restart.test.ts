import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { FeedbackAck } from '../../src/sync/protocol.ts';
import { openDatabase } from '../src/db.ts';
import { createScratchDatabase, FIXTURE_SONGS_FILE, fixtureSongIds, makeEvent, postJson, REAL_POSTGRES_URL } from './helpers.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = path.join(REPO_ROOT, 'server/src/main.ts');

interface ServerProcess {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

/** The real server: one node process (tsx as a loader, so SIGKILL hits the server itself). */
async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', SONGS_FILE: FIXTURE_SONGS_FILE, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (data: Buffer) => {
      output += data.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
  return { child, url, exited };
}

const targets = [
  { name: 'pglite', env: async () => ({ PGLITE_DIR: await mkdtemp(path.join(tmpdir(), 'sync-restart-')) }) },
  ...(REAL_POSTGRES_URL
    ? [{ name: 'postgres', env: async () => ({ DATABASE_URL: (await createScratchDatabase(REAL_POSTGRES_URL)).url }) }]
    : []),
];

describe.each(targets)('server process killed with SIGKILL on $name', (target) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('still has every acknowledged event after a restart', async () => {
    const env = await target.env();
    if (env.PGLITE_DIR) cleanups.push(() => rm(env.PGLITE_DIR!, { recursive: true, force: true }));

    const first = await startServerProcess(env);
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

    const second = await startServerProcess(env);
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
