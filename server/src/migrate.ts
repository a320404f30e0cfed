import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type pg from 'pg';
import { inTransaction } from './db.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
/** Arbitrary constant naming the migration lock, so concurrent start-ups take turns. */
const MIGRATION_LOCK_KEY = 872_013_377;

/**
 * Applies every `NNN_name.sql` in `dir` not yet recorded in schema_migrations,
 * in file-name order, all in one transaction. Safe to run on every start-up and
 * from several processes at once. Returns the versions it applied.
 */
export async function migrate(pool: pg.Pool, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter((name) => /^\d+_[\w-]+\.sql$/.test(name)).sort();
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version text PRIMARY KEY,
         applied_on date NOT NULL DEFAULT current_date
       )`,
    );
    const done = await client.query<{ version: string }>('SELECT version FROM schema_migrations');
    const applied = new Set(done.rows.map((row) => row.version));
    const pending = files.filter((file) => !applied.has(versionOf(file)));
    for (const file of pending) {
      await client.query(await readFile(path.join(dir, file), 'utf8'));
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [versionOf(file)]);
    }
    return pending.map(versionOf);
  });
}

function versionOf(file: string): string {
  return file.replace(/\.sql$/, '');
}
