import {
  COMMUNITY_PATH,
  FEEDBACK_PATH,
  type CommunityRanking,
  type FeedbackBatch,
  type FeedbackEvent,
  type RecommendationMode,
} from './protocol.ts';
import type { OutgoingRecord, QueuedFeedback } from './syncQueue.ts';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type SendOutcome =
  /** Stored (events) or applied (retractions) on the server, now or by an earlier attempt. */
  | { kind: 'acknowledged'; eventIds: string[] }
  /** Refused for good (e.g. a song no longer in the catalogue): retrying cannot help. */
  | { kind: 'rejected'; eventIds: string[] }
  /** Not stored; try again later, no sooner than `retryAfterMs` when the server said so. */
  | { kind: 'retry'; retryAfterMs: number | undefined };

export async function sendFeedback(
  fetchFn: FetchLike,
  serverUrl: string,
  records: readonly OutgoingRecord[],
  signal: AbortSignal,
): Promise<SendOutcome> {
  const events = records.filter((record): record is QueuedFeedback => record.state === undefined);
  const retractions = records.filter((record) => record.state === 'retract');
  const batch: FeedbackBatch = {};
  // Only the wire fields: the queue's own bookkeeping never leaves the device.
  if (events.length > 0) batch.events = events.map(wireEvent);
  if (retractions.length > 0) batch.retracts = retractions.map((record) => record.eventId);
  let response: Response;
  try {
    response = await fetchFn(endpoint(serverUrl, FEEDBACK_PATH), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(batch),
      signal,
      // Nothing identifying rides along: no cookies, no referrer.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    return { kind: 'retry', retryAfterMs: undefined };
  }

  if (response.ok) {
    const body = await readJson(response);
    const acknowledged = isRecord(body) ? body.acknowledged : undefined;
    const retracted = isRecord(body) ? (body.retracted ?? []) : undefined;
    if (isStringArray(acknowledged) && isStringArray(retracted)) {
      return { kind: 'acknowledged', eventIds: [...acknowledged, ...retracted] };
    }
    return { kind: 'retry', retryAfterMs: undefined };
  }
  if (response.status === 429 || response.status === 408 || response.status >= 500) {
    return { kind: 'retry', retryAfterMs: retryAfterMs(response.headers.get('Retry-After')) };
  }
  return { kind: 'rejected', eventIds: rejectedEventIds(await readJson(response), events, retractions) };
}

export async function fetchCommunity(
  fetchFn: FetchLike,
  serverUrl: string,
  emotion: readonly number[],
  mode: RecommendationMode,
  signal: AbortSignal,
): Promise<CommunityRanking> {
  const query = new URLSearchParams({ emotion: emotion.join(','), mode });
  const response = await fetchFn(`${endpoint(serverUrl, COMMUNITY_PATH)}?${query}`, {
    signal,
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
  });
  if (!response.ok) throw new Error(`community ranking: HTTP ${response.status}`);
  const body = await readJson(response);
  if (!isCommunityRanking(body)) throw new Error('community ranking: unexpected response');
  return body;
}

function endpoint(serverUrl: string, path: string): string {
  return serverUrl.replace(/\/+$/, '') + path;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function wireEvent(event: QueuedFeedback): FeedbackEvent {
  const { eventId, installId, songId, mode, liked, emotion, day } = event;
  return { eventId, installId, songId, mode, liked, emotion, day };
}

/**
 * The events and retractions a 4xx names (`events[3].songId: …`, `retracts[0]: …`),
 * or the whole batch when it names none.
 */
function rejectedEventIds(
  body: unknown,
  events: readonly OutgoingRecord[],
  retractions: readonly OutgoingRecord[],
): string[] {
  const issues = isRecord(body) && Array.isArray(body.issues) ? body.issues : [];
  const named = new Set<string>();
  for (const issue of issues) {
    const match = isRecord(issue) && typeof issue.path === 'string' ? /^(events|retracts)\[(\d+)\]/.exec(issue.path) : null;
    const record = match ? (match[1] === 'events' ? events : retractions)[Number(match[2])] : undefined;
    if (record) named.add(record.eventId);
  }
  return named.size > 0 ? [...named] : [...events, ...retractions].map((record) => record.eventId);
}

function retryAfterMs(header: string | null): number | undefined {
  const seconds = Number(header);
  return header && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isCommunityRanking(value: unknown): value is CommunityRanking {
  return (
    isRecord(value) &&
    Array.isArray(value.songs) &&
    value.songs.every(
      (song) =>
        isRecord(song) &&
        typeof song.songId === 'string' &&
        typeof song.score === 'number' &&
        typeof song.likes === 'number' &&
        typeof song.ratings === 'number',
    )
  );
}
