import { createApp } from './app.ts';
import { loadSongIds } from './catalogue.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db.ts';
import { startHttpServer } from './httpServer.ts';
import { migrate } from './migrate.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const songIds = await loadSongIds(config.songsFile);
  const db = await openDatabase(config);
  const applied = await migrate(db.pool);
  if (applied.length > 0) console.log(`migrations applied: ${applied.join(', ')}`);

  const app = createApp({
    pool: db.pool,
    songIds,
    corsOrigins: config.corsOrigins,
    rateLimits: config.rateLimits,
    trustProxy: config.trustProxy,
  });
  const server = await startHttpServer(app, config.port, config.host);
  const where = db.engine === 'pglite' ? `PGlite in ${config.pgliteDir}` : 'PostgreSQL';
  console.log(`community sync listening on ${server.url} (${where}, ${songIds.size} songs)`);

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing in-flight requests`);
    try {
      await server.close();
      await db.close();
      process.exit(0);
    } catch (error) {
      console.error('shutdown failed:', error);
      process.exit(1);
    }
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
