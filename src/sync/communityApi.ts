import {
  COMMUNITY_PATH,
  FEEDBACK_PATH,
  type CommunityRanking,
  type FeedbackBatch,
  type FeedbackEvent,
  type RecommendationMode,
} from './protocol.ts';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type SendOutcome =
  /** Stored on the server (now or by an earlier attempt): safe to forget. */
  | { kind: 'acknowledged'; eventIds: string[] }
  /** Refused for good (e.g. a song no longer in the catalogue): retrying cannot help. */
  | { kind: 'rejected'; eventIds: string[] }
  /** Not stored; try again later, no sooner than `retryAfterMs` when the server said so. */
  | { kind: 'retry'; retryAfterMs: number | undefined };

export async function sendFeedback(
  fetchFn: FetchLike,
  serverUrl: string,
  events: readonly FeedbackEvent[],
  signal: AbortSignal,
): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetchFn(endpoint(serverUrl, FEEDBACK_PATH), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ events: [...events] } satisfies FeedbackBatch),
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
    if (Array.isArray(acknowledged) && acknowledged.every((id) => typeof id === 'string')) {
      return { kind: 'acknowledged', eventIds: acknowledged };
    }
    return { kind: 'retry', retryAfterMs: undefined };
  }
  if (response.status === 429 || response.status === 408 || response.status >= 500) {
    return { kind: 'retry', retryAfterMs: retryAfterMs(response.headers.get('Retry-After')) };
  }
  return { kind: 'rejected', eventIds: rejectedEventIds(await readJson(response), events) };
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

/** The events a 4xx names (`events[3].songId: …`), or the whole batch when it names none. */
function rejectedEventIds(body: unknown, events: readonly FeedbackEvent[]): string[] {
  const issues = isRecord(body) && Array.isArray(body.issues) ? body.issues : [];
  const named = new Set<string>();
  for (const issue of issues) {
    const match = isRecord(issue) && typeof issue.path === 'string' ? /^events\[(\d+)\]/.exec(issue.path) : null;
    const event = match ? events[Number(match[1])] : undefined;
    if (event) named.add(event.eventId);
  }
  return named.size > 0 ? [...named] : events.map((event) => event.eventId);
}

function retryAfterMs(header: string | null): number | undefined {
  const seconds = Number(header);
  return header && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
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
