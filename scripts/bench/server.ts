/**
 * npm run bench:server — a bounded load test of the community-sync server on
 * loopback: a fixed number of POST /v1/feedback batches and GET /v1/community
 * queries, driven by autocannon against the real server process. Runs on
 * PGlite always, and on PostgreSQL too when DATABASE_URL is set (in a scratch
 * database it creates and drops, so the role needs CREATEDB).
 *
 * BENCH_REQUESTS (default 2000) and BENCH_CONNECTIONS (default 10) bound the load.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createScratchDatabase } from '../../server/test/scratchDatabase.ts';
import { startServerProcess, type ServerProcess } from '../../server/test/serverProcess.ts';
import type { FeedbackEvent } from '../../src/sync/protocol.ts';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const EVENTS_PER_BATCH = 20;
const SONGS = Array.from({ length: 300 }, (_, i) => `s${i.toString(16).padStart(10, '0')}`);
const INSTALLS = Array.from({ length: 200 }, () => randomUUID());
/** A handful of moods, so community queries find real neighbourhoods. */
const MOODS = [
  [0, 0.7, 0, 0.2, 0.1, 0, 0],
  [0.8, 0, 0, 0, 0, 0, 0.2],
  [0, 0.1, 0.6, 0.1, 0.2, 0, 0],
  [0.1, 0, 0, 0.6, 0, 0.2, 0.1],
  [0, 0, 0, 0, 0, 0, 1],
];
const SEED_EVENTS = 20_000;

interface Result {
  target: string;
  scenario: string;
  requests: number;
  rps: number;
  p99Ms: number;
  errors: number;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

function randomEvent(): FeedbackEvent {
  return {
    eventId: randomUUID(),
    installId: pick(INSTALLS),
    songId: pick(SONGS),
    mode: Math.random() < 0.7 ? 'similar' : 'shift',
    liked: Math.random() < 0.6,
    emotion: pick(MOODS),
    day: '2025-03-14',
  };
}

const batchBody = (size: number) => JSON.stringify({ events: Array.from({ length: size }, randomEvent) });

async function seed(url: string): Promise<void> {
  for (let sent = 0; sent < SEED_EVENTS; sent += 100) {
    const response = await fetch(`${url}/v1/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: batchBody(100),
    });
    if (!response.ok) throw new Error(`seeding failed: HTTP ${response.status} ${await response.text()}`);
  }
}

async function drive(url: string, target: string, scenario: string, request: autocannon.Request): Promise<Result> {
  const result = await autocannon({ url, connections: CONNECTIONS, amount: REQUESTS, requests: [request] });
  return {
    target,
    scenario,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function benchTarget(target: string, env: Record<string, string>): Promise<Result[]> {
  let server: ServerProcess | undefined;
  try {
    server = await startServerProcess({
      ...env,
      // The benchmark is one address and a few hundred installs: lift the limits it would trip.
      RATE_LIMIT_ADDRESS_PER_MINUTE: '100000000',
      RATE_LIMIT_INSTALL_EVENTS_PER_HOUR: '100000000',
    });
    if (!new URL(server.url).hostname.startsWith('127.')) throw new Error(`refusing to bench off loopback: ${server.url}`);
    process.stdout.write(`${target}: seeding ${SEED_EVENTS} events… `);
    await seed(server.url);
    process.stdout.write('benchmarking…\n');
    const post = await drive(server.url, target, `POST /v1/feedback (${EVENTS_PER_BATCH} events)`, {
      method: 'POST',
      path: '/v1/feedback',
      headers: { 'content-type': 'application/json' },
      setupRequest: (request) => ({ ...request, body: batchBody(EVENTS_PER_BATCH) }),
    });
    const get = await drive(server.url, target, 'GET /v1/community', {
      method: 'GET',
      setupRequest: (request) => ({
        ...request,
        path: `/v1/community?emotion=${pick(MOODS).join(',')}&mode=${Math.random() < 0.5 ? 'similar' : 'shift'}`,
      }),
    });
    return [post, get];
  } finally {
    if (server) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }
}

async function main(): Promise<void> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'bench-server-'));
  const cleanups: (() => Promise<void>)[] = [() => rm(workDir, { recursive: true, force: true })];
  try {
    const songsFile = path.join(workDir, 'songs.json');
    await writeFile(songsFile, JSON.stringify({ modelVersion: 'bench', emotions: [], songs: SONGS.map((id) => ({ id })) }));
    const results = await benchTarget('pglite', { SONGS_FILE: songsFile, PGLITE_DIR: path.join(workDir, 'pglite') });
    if (process.env.DATABASE_URL) {
      const scratch = await createScratchDatabase(process.env.DATABASE_URL);
      cleanups.push(() => scratch.drop());
      results.push(...(await benchTarget('postgres', { SONGS_FILE: songsFile, DATABASE_URL: scratch.url })));
    } else {
      console.log('postgres: skipped (set DATABASE_URL, e.g. `source scripts/ci/postgres.sh`)');
    }
    console.log(`\n${REQUESTS} requests per scenario, ${CONNECTIONS} connections, ${SEED_EVENTS} events seeded, loopback only`);
    console.table(
      results.map((r) => ({
        database: r.target,
        scenario: r.scenario,
        requests: r.requests,
        'req/s': r.rps,
        'p99 ms': r.p99Ms,
        errors: r.errors,
      })),
    );
    if (results.some((r) => r.errors > 0)) process.exitCode = 1;
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}

await main();
