import type pg from 'pg';
import { EMOTION_STEPS, WIRE_EMOTIONS, type FeedbackEvent } from '../../src/sync/protocol.ts';
import { MIN_DISTINCT_INSTALLS } from './communityRanking.ts';

const EMOTION_COLUMNS = WIRE_EMOTIONS.join(', ');

// One statement per batch, whatever its size: each column travels as one array.
// ON CONFLICT DO NOTHING makes a repeated eventId (a retry, or the same batch
// racing itself) an acknowledged no-op, and only the rows really inserted feed
// the aggregates, so they count every event exactly once. Rows are taken in key
// order so concurrent batches lock shared rows in the same order (no deadlocks).
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
    FROM incoming ORDER BY event_id
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

/** Stores validated events and updates the community aggregates; returns how many events were new. */
export async function storeFeedback(pool: pg.Pool, events: readonly FeedbackEvent[]): Promise<number> {
  const emotionColumns = WIRE_EMOTIONS.map((_, i) =>
    events.map((event) => Math.round((event.emotion[i] ?? 0) * EMOTION_STEPS)),
  );
  const result = await pool.query<{ stored: number }>(STORE_EVENTS, [
    events.map((event) => event.eventId),
    events.map((event) => event.installId),
    events.map((event) => event.songId),
    events.map((event) => event.mode),
    events.map((event) => event.liked),
    ...emotionColumns,
    events.map((event) => event.day),
  ]);
  return result.rows[0]?.stored ?? 0;
}
