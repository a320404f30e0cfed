import { z } from 'zod';
import {
  EMOTION_STEPS,
  MAX_EVENTS_PER_BATCH,
  RECOMMENDATION_MODES,
  WIRE_EMOTIONS,
} from '../../src/sync/protocol.ts';

const DAY_MS = 86_400_000;

function isWholeStep(value: number): boolean {
  const steps = value * EMOTION_STEPS;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

const emotionProportion = z
  .number()
  .min(0)
  .max(1)
  .refine(isWholeStep, { message: `must be a multiple of ${1 / EMOTION_STEPS}` });

const emotionVector = (proportion: z.ZodNumber) =>
  z
    .array(proportion)
    .length(WIRE_EMOTIONS.length, {
      message: `must have ${WIRE_EMOTIONS.length} numbers (${WIRE_EMOTIONS.join(', ')})`,
    })
    .refine((values) => values.some((value) => value > 0), { message: 'must not be all zeros' });

/** A calendar day no later than tomorrow in UTC (the earliest time zone is UTC+14). */
const day = z.iso.date().refine((value) => Date.parse(value) <= Date.now() + DAY_MS, {
  message: 'must not be in the future',
});

/** Strict: an unknown field anywhere is an error, so nothing unexpected is ever stored. */
export function feedbackBatchSchema(songIds: ReadonlySet<string>) {
  const event = z.strictObject({
    eventId: z.uuid(),
    installId: z.uuid(),
    songId: z
      .string()
      .max(64)
      .refine((id) => songIds.has(id), { message: 'unknown song id' }),
    mode: z.enum(RECOMMENDATION_MODES),
    liked: z.boolean(),
    emotion: emotionVector(emotionProportion),
    day,
  });
  return z
    .strictObject({
      events: z.array(event).max(MAX_EVENTS_PER_BATCH).default([]),
      /** eventIds taken back; unknown or repeated ones are fine (idempotent). */
      retracts: z.array(z.uuid({ message: 'must be the eventId (a UUID) of an event to retract' })).max(MAX_EVENTS_PER_BATCH).default([]),
    })
    .refine((batch) => batch.events.length + batch.retracts.length > 0, {
      message: 'must hold at least one event (or retracts at least one eventId)',
      path: ['events'],
    });
}

const commaSeparatedNumbers = z
  .string()
  .max(200)
  .transform((text) => text.split(',').map((part) => (part.trim() === '' ? Number.NaN : Number(part))));

export const communityQuerySchema = z.strictObject({
  emotion: commaSeparatedNumbers.pipe(emotionVector(z.number().min(0).max(1))),
  mode: z.enum(RECOMMENDATION_MODES),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export interface FieldIssue {
  path: string;
  message: string;
}

const MAX_REPORTED_ISSUES = 20;

/** Zod issues as `events[3].emotion: …` lines, capped so a huge bad batch gets a small answer. */
export function describeIssues(error: z.ZodError): { message: string; issues: FieldIssue[] } {
  const issues = error.issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
  const more = error.issues.length - issues.length;
  const lines = issues.map((issue) => `${issue.path}: ${issue.message}`);
  if (more > 0) lines.push(`… and ${more} more`);
  return { message: lines.join('; '), issues };
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(body)';
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
