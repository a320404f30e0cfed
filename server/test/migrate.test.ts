import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../src/db.ts';
import { retractFeedback, storeFeedback } from '../src/feedbackStore.ts';
import { migrate } from '../src/migrate.ts';
import { describeEachBackend, makeEvent } from './helpers.ts';

describeEachBackend('migrations', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let extraDir: string;

  beforeAll(async () => {
    ({ db, dispose } = await backend.open()); // already migrated once
    extraDir = await mkdtemp(path.join(tmpdir(), 'sync-migrations-'));
  });
  afterAll(async () => {
    await rm(extraDir, { recursive: true, force: true });
    await dispose();
  });

  it('applies nothing twice', async () => {
    expect(await migrate(db.pool)).toEqual([]);
    const { rows } = await db.pool.query<{ version: string }>('SELECT version FROM schema_migrations');
    expect(rows.map((row) => row.version)).toEqual(['001_create_feedback_events', '002_retractions']);
  });

  it('upgrades a 001 database with events in it to retractions (002), keeping every event', async () => {
    const [kept, taken] = [makeEvent(), makeEvent()];
    await storeFeedback(db.pool, [kept, taken]);
    // Back to the schema as 001 left it, events and aggregates included.
    await db.pool.query(`DROP TABLE retracted_events; DROP INDEX feedback_events_group;
                         DELETE FROM schema_migrations WHERE version = '002_retractions'`);
    expect(await migrate(db.pool)).toEqual(['002_retractions']);
    expect(await retractFeedback(db.pool, [taken.eventId])).toBe(1);
    const { rows } = await db.pool.query<{ event_id: string }>('SELECT event_id FROM feedback_events');
    expect(rows).toEqual([{ event_id: kept.eventId }]);
    const { rows: tally } = await db.pool.query<{ ratings: number }>('SELECT ratings FROM song_tallies');
    expect(tally).toEqual([{ ratings: 1 }]);
  });

  it('applies new versions in order, once, even when start-ups race', async () => {
    await writeFile(path.join(extraDir, '002_b.sql'), 'CREATE TABLE migration_probe (step int); INSERT INTO migration_probe VALUES (2);');
    await writeFile(path.join(extraDir, '003_c.sql'), 'INSERT INTO migration_probe VALUES (3);');
    await writeFile(path.join(extraDir, 'README.md'), 'not a migration');
    const runs = await Promise.all([migrate(db.pool, extraDir), migrate(db.pool, extraDir), migrate(db.pool, extraDir)]);
    expect(runs.flat()).toEqual(['002_b', '003_c']);
    const { rows } = await db.pool.query<{ step: number }>('SELECT step FROM migration_probe ORDER BY step');
    expect(rows).toEqual([{ step: 2 }, { step: 3 }]);
  });

  it('rolls back a failing migration completely', async () => {
    await writeFile(path.join(extraDir, '004_bad.sql'), 'INSERT INTO migration_probe VALUES (4); SELECT 1/0;');
    await expect(migrate(db.pool, extraDir)).rejects.toThrow(/division by zero/);
    const { rows } = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM migration_probe');
    expect(rows[0]!.n).toBe(2);
    expect(await db.pool.query('SELECT 1 AS ok')).toMatchObject({ rows: [{ ok: 1 }] });
  });
});
