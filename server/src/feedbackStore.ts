import type pg from 'pg';
import { inTransaction } from './db.ts';
import { EMOTION_STEPS, WIRE_EMOTIONS, type FeedbackEvent } from '../../src/sync/protocol.ts';
import { MIN_DISTINCT_INSTALLS } from './communityRanking.ts';

const EMOTION_COLUMNS = WIRE_EMOTIONS.join(', ');

// One statement per batch, whatever its size: each column travels as one array.
// ON CONFLICT DO NOTHING makes a repeated eventId (a retry, or the same batch
// racing itself) an acknowledged no-op, and only the rows really inserted feed
// the aggregates, so they count every event exactly once. Rows are taken in key
// order so concurrent batches lock shared rows in the same order (no deadlocks).
// An event whose eventId was retracted (a tombstone in retracted_events) is
// acknowledged but never stored: a resend that arrives after its retraction.
const STORE_EVENTS = `
  WITH incoming AS (
    SELECT * FROM unnest(
      $1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::boolean[],
      ${WIRE_EMOTIONS.map((_, i) => `$${i + 6}::smallint[]`).join(', ')},
      $${WIRE_EMOTIONS.length + 6}::date[]
    ) AS t(event_id, install_id, song_id, mode, liked, ${EMOTION_COLUMNS}, day)
  ),
  stored AS (
    INSERT INTO feedback_events (event_id, install_id, song_id, mode, liked, ${EMOTION_COLUMNS}, day)
    SELECT event_id, install_id, song_id, mode, liked, ${EMOTION_COLUMNS}, day
    FROM incoming
    WHERE NOT EXISTS (SELECT 1 FROM retracted_events r WHERE r.event_id = incoming.event_id)
    ORDER BY event_id
    ON CONFLICT (event_id) DO NOTHING
    RETURNING install_id, song_id, mode, liked, emotion_code, ${EMOTION_COLUMNS}
  ),
  new_vectors AS (
    INSERT INTO emotion_vectors (emotion_code, ${EMOTION_COLUMNS})
    SELECT DISTINCT emotion_code, ${EMOTION_COLUMNS} FROM stored ORDER BY emotion_code
    ON CONFLICT (emotion_code) DO NOTHING
  ),
  tallies AS (
    INSERT INTO song_tallies (mode, emotion_code, song_id, likes, ratings)
    SELECT mode, emotion_code, song_id, count(*) FILTER (WHERE liked), count(*)
    FROM stored
    GROUP BY mode, emotion_code, song_id
    ORDER BY mode, emotion_code, song_id
    ON CONFLICT (mode, emotion_code, song_id) DO UPDATE
      SET likes = song_tallies.likes + excluded.likes,
          ratings = song_tallies.ratings + excluded.ratings
  ),
  raters AS (
    INSERT INTO song_raters (mode, emotion_code, song_id, install_id)
    SELECT DISTINCT mode, emotion_code, song_id, install_id FROM stored s
    WHERE (
      SELECT count(*) FROM song_raters r
      WHERE r.mode = s.mode AND r.emotion_code = s.emotion_code AND r.song_id = s.song_id
    ) < ${MIN_DISTINCT_INSTALLS}
    ORDER BY mode, emotion_code, song_id, install_id
    ON CONFLICT DO NOTHING
  )
  SELECT count(*)::int AS stored FROM stored`;

/**
 * Storing and retracting take a transaction-scoped advisory lock per eventId
 * before they read anything. Without it, a retraction racing its event's first
 * arrival could miss the event's uncommitted row while the store missed the
 * uncommitted tombstone, and the event would stay counted. With it, the second
 * to come waits, and its next statement (READ COMMITTED: a fresh snapshot)
 * sees what the first committed. Keys are taken in sorted order, so two
 * batches sharing ids never wait on each other in a cycle. A hash collision
 * only makes two unrelated ids wait for each other.
 */
export const LOCK_EVENT_IDS = `
  SELECT count(pg_advisory_xact_lock(key))::int AS locked FROM (
    SELECT DISTINCT hashtextextended(event_id::text, 0) AS key
    FROM unnest($1::uuid[]) AS t(event_id)
    ORDER BY key
  ) keys`;

/** Stores validated events and updates the community aggregates; returns how many events were new. */
export async function storeFeedback(pool: pg.Pool, events: readonly FeedbackEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  return inTransaction(pool, (client) => storeInTransaction(client, events));
}

/** `storeFeedback`'s work on a client already in a transaction (exported for the race tests). */
export async function storeInTransaction(client: pg.ClientBase, events: readonly FeedbackEvent[]): Promise<number> {
  const emotionColumns = WIRE_EMOTIONS.map((_, i) =>
    events.map((event) => Math.round((event.emotion[i] ?? 0) * EMOTION_STEPS)),
  );
  const eventIds = events.map((event) => event.eventId);
  await client.query(LOCK_EVENT_IDS, [eventIds]);
  const result = await client.query<{ stored: number }>(STORE_EVENTS, [
    eventIds,
    events.map((event) => event.installId),
    events.map((event) => event.songId),
    events.map((event) => event.mode),
    events.map((event) => event.liked),
    ...emotionColumns,
    events.map((event) => event.day),
  ]);
  return result.rows[0]?.stored ?? 0;
}

// Step 1 of a retraction: leave a tombstone for every id, delete the events
// still counted, and take them out of the tallies.
const RETRACT_EVENTS = `
  WITH incoming AS (
    SELECT DISTINCT event_id FROM unnest($1::uuid[]) AS t(event_id)
  ),
  tombstones AS (
    INSERT INTO retracted_events (event_id)
    SELECT event_id FROM incoming ORDER BY event_id
    ON CONFLICT (event_id) DO NOTHING
  ),
  removed AS (
    DELETE FROM feedback_events f USING incoming i
    WHERE f.event_id = i.event_id
    RETURNING f.mode, f.emotion_code, f.song_id, f.liked
  ),
  tallies AS (
    UPDATE song_tallies t
    SET likes = t.likes - r.likes, ratings = t.ratings - r.ratings
    FROM (
      SELECT mode, emotion_code, song_id, count(*) FILTER (WHERE liked) AS likes, count(*) AS ratings
      FROM removed GROUP BY mode, emotion_code, song_id
    ) r
    WHERE (t.mode, t.emotion_code, t.song_id) = (r.mode, r.emotion_code, r.song_id)
  )
  SELECT mode, emotion_code, song_id, count(*)::int AS removed
  FROM removed GROUP BY mode, emotion_code, song_id ORDER BY mode, emotion_code, song_id`;

// The groups (mode, emotion vector, song) step 1 touched, as three arrays.
const GROUPS = `
  groups AS (
    SELECT * FROM unnest($1::text[], $2::integer[], $3::text[]) AS t(mode, emotion_code, song_id)
  )`;

// Step 2: a group whose every rating was retracted has no tally any more.
const DROP_EMPTY_TALLIES = `
  WITH ${GROUPS}
  DELETE FROM song_tallies t USING groups g
  WHERE (t.mode, t.emotion_code, t.song_id) = (g.mode, g.emotion_code, g.song_id) AND t.ratings <= 0`;

// Step 3: an install with no event left in a group is no longer one of its raters.
const DROP_GONE_RATERS = `
  WITH ${GROUPS}
  DELETE FROM song_raters r USING groups g
  WHERE (r.mode, r.emotion_code, r.song_id) = (g.mode, g.emotion_code, g.song_id)
    AND NOT EXISTS (
      SELECT 1 FROM feedback_events f
      WHERE (f.mode, f.emotion_code, f.song_id, f.install_id) = (r.mode, r.emotion_code, r.song_id, r.install_id)
    )`;

// Step 4: refill each group from its remaining events up to ${MIN_DISTINCT_INSTALLS} raters,
// so a group with fewer still keeps every install it has (see 001's song_raters).
const REFILL_RATERS = `
  WITH ${GROUPS},
  candidates AS (
    SELECT DISTINCT f.mode, f.emotion_code, f.song_id, f.install_id
    FROM feedback_events f JOIN groups g USING (mode, emotion_code, song_id)
    WHERE NOT EXISTS (
      SELECT 1 FROM song_raters r
      WHERE (r.mode, r.emotion_code, r.song_id, r.install_id) = (f.mode, f.emotion_code, f.song_id, f.install_id)
    )
  ),
  ranked AS (
    SELECT c.*,
           row_number() OVER (PARTITION BY c.mode, c.emotion_code, c.song_id ORDER BY c.install_id) AS n,
           (SELECT count(*) FROM song_raters r
            WHERE (r.mode, r.emotion_code, r.song_id) = (c.mode, c.emotion_code, c.song_id)) AS kept
    FROM candidates c
  )
  INSERT INTO song_raters (mode, emotion_code, song_id, install_id)
  SELECT mode, emotion_code, song_id, install_id FROM ranked
  WHERE n + kept <= ${MIN_DISTINCT_INSTALLS}
  ORDER BY mode, emotion_code, song_id, install_id
  ON CONFLICT DO NOTHING`;

/**
 * Takes events back: they stop counting in the community ranking, and their
 * ids are remembered so a late copy is never counted. Unknown and already
 * retracted ids are fine (idempotent). Returns how many counted events it removed.
 */
export async function retractFeedback(pool: pg.Pool, eventIds: readonly string[]): Promise<number> {
  if (eventIds.length === 0) return 0;
  return inTransaction(pool, (client) => retractInTransaction(client, eventIds));
}

/** `retractFeedback`'s work on a client already in a transaction (exported for the race tests). */
export async function retractInTransaction(client: pg.ClientBase, eventIds: readonly string[]): Promise<number> {
  await client.query(LOCK_EVENT_IDS, [[...eventIds]]);
  const groups = await client.query<{ mode: string; emotion_code: number; song_id: string; removed: number }>(RETRACT_EVENTS, [
    [...eventIds],
  ]);
  if (groups.rows.length === 0) return 0;
  const columns = [
    groups.rows.map((g) => g.mode),
    groups.rows.map((g) => g.emotion_code),
    groups.rows.map((g) => g.song_id),
  ];
  await client.query(DROP_EMPTY_TALLIES, columns);
  await client.query(DROP_GONE_RATERS, columns);
  await client.query(REFILL_RATERS, columns);
  return groups.rows.reduce((sum, g) => sum + g.removed, 0);
}
