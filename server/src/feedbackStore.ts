import type pg from 'pg';
import { EMOTION_STEPS, WIRE_EMOTIONS, type FeedbackEvent } from '../../src/sync/protocol.ts';

// One statement per batch whatever its size: each column travels as one array.
// ON CONFLICT DO NOTHING makes a repeated eventId (a retry, or the same batch
// racing itself) an acknowledged no-op instead of a second row.
const INSERT_EVENTS = `
  INSERT INTO feedback_events
    (event_id, install_id, song_id, mode, liked, ${WIRE_EMOTIONS.join(', ')}, day)
  SELECT * FROM unnest(
    $1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::boolean[],
    ${WIRE_EMOTIONS.map((_, i) => `$${i + 6}::smallint[]`).join(', ')},
    $${WIRE_EMOTIONS.length + 6}::date[]
  )
  ON CONFLICT (event_id) DO NOTHING`;

/** Stores validated events; returns how many were new. */
export async function storeFeedback(pool: pg.Pool, events: readonly FeedbackEvent[]): Promise<number> {
  const emotionColumns = WIRE_EMOTIONS.map((_, i) =>
    events.map((event) => Math.round((event.emotion[i] ?? 0) * EMOTION_STEPS)),
  );
  const result = await pool.query(INSERT_EVENTS, [
    events.map((event) => event.eventId),
    events.map((event) => event.installId),
    events.map((event) => event.songId),
    events.map((event) => event.mode),
    events.map((event) => event.liked),
    ...emotionColumns,
    events.map((event) => event.day),
  ]);
  return result.rowCount ?? 0;
}
