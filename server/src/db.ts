import { mkdir } from 'node:fs/promises';
import type { PGliteOptions } from '@electric-sql/pglite';
import pg from 'pg';

export interface Database {
  pool: pg.Pool;
  engine: 'postgres' | 'pglite';
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl: string | undefined;
  /** A folder, or `memory://` for a throwaway database. */
  pgliteDir: string;
}

/** The same `pg` Pool API over real PostgreSQL or embedded PGlite, so no query knows which it runs on. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle client losing its connection must not crash the process; the pool replaces it.
    pool.on('error', (error) => console.error('postgres: idle client error:', error.message));
    return { pool, engine: 'postgres', close: () => pool.end() };
  }
  return openPglite(options.pgliteDir);
}

/** Embedded PGlite behind a `pg` Pool; `options` pass through to PGlite. */
export async function openPglite(dataDir: string, options: PGliteOptions = {}): Promise<Database> {
  // Loaded lazily: the WASM build is large and unused on real PostgreSQL.
  const { PGlite } = await import('@electric-sql/pglite');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  if (!dataDir.includes('://')) await mkdir(dataDir, { recursive: true });
  const lite = await PGlite.create(dataDir, options);
  // A fresh adapter per pg client: pg-pool discards a client after a failed query,
  // and a shared adapter would take its successor down with it. One client at a
  // time, because PGlite is a single backend.
  class PgliteClient extends pg.Client {
    constructor() {
      super(createPgConfig(lite));
    }
  }
  const pool = new pg.Pool({ Client: PgliteClient, max: 1, idleTimeoutMillis: 0 });
  return {
    pool,
    engine: 'pglite',
    async close() {
      await pool.end();
      await lite.close();
    },
  };
}

/** Runs `work` in one transaction on one client, rolling back on any error. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let unusable: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // A client that cannot even roll back is handed back as broken, so the pool drops it.
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      unusable = rollbackError;
    });
    throw error;
  } finally {
    client.release(unusable);
  }
}
