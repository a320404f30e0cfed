-- Retractions: a client takes back an event it sent (a like cleared, a rating
-- changed). The event's row is deleted and its counts are taken out of the
-- aggregates; only its eventId is kept here, as a tombstone, so the event is
-- never counted even if a resent copy arrives after the retraction (or the
-- retraction overtook it). Nothing else: no install, song, day or address.
CREATE TABLE retracted_events (
  event_id uuid PRIMARY KEY
);

-- A retraction recounts the raters of the song, mode and emotion vector it
-- touched: this finds the remaining events of one such group without a scan.
CREATE INDEX feedback_events_group ON feedback_events (mode, emotion_code, song_id, install_id);
