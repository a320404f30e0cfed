import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import type pg from 'pg';
import type { z } from 'zod';
import { COMMUNITY_PATH, FEEDBACK_PATH, type CommunityRanking, type FeedbackAck } from '../../src/sync/protocol.ts';
import openapi from '../openapi.json' with { type: 'json' };
import { clientAddress } from './clientAddress.ts';
import { rankCommunity } from './communityRanking.ts';
import type { RateLimitConfig } from './config.ts';
import { retractFeedback, storeFeedback } from './feedbackStore.ts';
import { RateLimiter } from './rateLimiter.ts';
import { communityQuerySchema, describeIssues, feedbackBatchSchema } from './requestSchemas.ts';

export const MAX_BODY_BYTES = 64 * 1024;
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

export interface AppOptions {
  pool: pg.Pool;
  songIds: ReadonlySet<string>;
  corsOrigins: readonly string[];
  rateLimits: RateLimitConfig;
  trustProxy?: boolean;
  now?: () => number;
}

export function createApp(options: AppOptions): Hono {
  const { pool } = options;
  const feedbackSchema = feedbackBatchSchema(options.songIds);
  const perAddress = new RateLimiter({
    capacity: options.rateLimits.requestsPerMinutePerAddress,
    refillMs: MINUTE_MS,
    now: options.now,
  });
  const perInstall = new RateLimiter({
    capacity: options.rateLimits.eventsPerHourPerInstall,
    refillMs: HOUR_MS,
    now: options.now,
  });

  const app = new Hono();

  app.use(
    '*',
    cors({
      origin: [...options.corsOrigins],
      allowMethods: ['GET', 'POST'],
      allowHeaders: ['Content-Type'],
      exposeHeaders: ['Retry-After'],
      maxAge: 600,
    }),
  );

  app.get('/healthz', async (c) => {
    await pool.query('SELECT 1');
    return c.json({ status: 'ok' });
  });

  app.get('/openapi.json', (c) => c.json(openapi));

  app.use('/v1/*', async (c, next) => {
    const waitMs = perAddress.take(new Map([[clientAddress(c, options.trustProxy ?? false), 1]]));
    if (waitMs > 0) return tooManyRequests(c, waitMs, 'too many requests from this address');
    await next();
  });

  app.post(
    FEEDBACK_PATH,
    async (c, next) => {
      const mediaType = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
      if (mediaType !== 'application/json') {
        return problem(c, 415, 'unsupported_media_type', 'Content-Type must be application/json');
      }
      await next();
    },
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => problem(c, 413, 'payload_too_large', `body must be at most ${MAX_BODY_BYTES} bytes`),
    }),
    async (c) => {
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        return problem(c, 400, 'invalid_json', 'body is not valid JSON');
      }
      const parsed = feedbackSchema.safeParse(body);
      if (!parsed.success) return invalid(c, parsed.error);
      const { events, retracts } = parsed.data;

      const eventsPerInstall = new Map<string, number>();
      for (const event of events) {
        eventsPerInstall.set(event.installId, (eventsPerInstall.get(event.installId) ?? 0) + 1);
      }
      const waitMs = perInstall.take(eventsPerInstall);
      if (waitMs > 0) return tooManyRequests(c, waitMs, 'too many events from this install');

      // Stored first, so a batch may carry an event and its retraction.
      const stored = events.length > 0 ? await storeFeedback(pool, events) : 0;
      const removed = await retractFeedback(pool, retracts);
      const ack: FeedbackAck = {
        acknowledged: [...new Set(events.map((event) => event.eventId))],
        stored,
        retracted: [...new Set(retracts)],
        removed,
      };
      return c.json(ack);
    },
  );

  app.get(COMMUNITY_PATH, async (c) => {
    const parsed = communityQuerySchema.safeParse(c.req.query());
    if (!parsed.success) return invalid(c, parsed.error);
    const songs = await rankCommunity(pool, parsed.data);
    const ranking: CommunityRanking = { mode: parsed.data.mode, emotion: parsed.data.emotion, songs };
    c.header('Cache-Control', 'no-store');
    return c.json(ranking);
  });

  app.notFound((c) => problem(c, 404, 'not_found', `no route for ${c.req.method} ${c.req.path}`));

  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    // Log the failure, never the request: it may carry an address.
    console.error('request failed:', error instanceof Error ? error.message : error);
    return problem(c, 500, 'internal_error', 'the server could not handle this request');
  });

  return app;
}

type ErrorStatus = 400 | 404 | 413 | 415 | 429 | 500;

function problem(c: Context, status: ErrorStatus, error: string, message: string, extra: object = {}) {
  return c.json({ error, message, ...extra }, status);
}

function invalid(c: Context, error: z.ZodError) {
  const { message, issues } = describeIssues(error);
  return problem(c, 400, 'invalid_request', message, { issues });
}

function tooManyRequests(c: Context, waitMs: number, message: string) {
  c.header('Retry-After', String(Math.max(1, Math.ceil(waitMs / 1000))));
  return problem(c, 429, 'rate_limited', message);
}
