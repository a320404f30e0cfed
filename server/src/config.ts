import { z } from 'zod';

export interface RateLimitConfig {
  /** Requests per minute from one network address, across all /v1 routes. */
  requestsPerMinutePerAddress: number;
  /** Feedback events per hour carrying one installId. */
  eventsPerHourPerInstall: number;
}

export interface ServerConfig {
  port: number;
  host: string;
  /** Real PostgreSQL when set; embedded PGlite in `pgliteDir` otherwise. */
  databaseUrl: string | undefined;
  pgliteDir: string;
  corsOrigins: string[];
  songsFile: string;
  /** Take the client address from the last X-Forwarded-For hop (only behind a reverse proxy you run). */
  trustProxy: boolean;
  rateLimits: RateLimitConfig;
}

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).optional(),
  PGLITE_DIR: z.string().min(1).default('./.data/pglite'),
  CORS_ORIGINS: z.string().default(''),
  SONGS_FILE: z.string().min(1).default('data/songs.json'),
  TRUST_PROXY: z.enum(['0', '1', 'false', 'true']).default('0'),
  RATE_LIMIT_ADDRESS_PER_MINUTE: positiveInt(120),
  RATE_LIMIT_INSTALL_EVENTS_PER_HOUR: positiveInt(600),
});

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  // Treat empty variables as unset, as shells and .env files often leave them empty.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    pgliteDir: e.PGLITE_DIR,
    corsOrigins: e.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    songsFile: e.SONGS_FILE,
    trustProxy: e.TRUST_PROXY === '1' || e.TRUST_PROXY === 'true',
    rateLimits: {
      requestsPerMinutePerAddress: e.RATE_LIMIT_ADDRESS_PER_MINUTE,
      eventsPerHourPerInstall: e.RATE_LIMIT_INSTALL_EVENTS_PER_HOUR,
    },
  };
}
