-- One row per acknowledged feedback event. Deliberately nothing more: no text,
-- no network address, no user agent, no timestamp finer than a day.
CREATE TABLE feedback_events (
  event_id uuid PRIMARY KEY,
  install_id uuid NOT NULL,
  song_id text NOT NULL,
  mode text NOT NULL CHECK (mode IN ('similar', 'shift')),
  liked boolean NOT NULL,
  -- Emotion proportions in tenths (0..10), in wire order.
  joy smallint NOT NULL CHECK (joy BETWEEN 0 AND 10),
  sadness smallint NOT NULL CHECK (sadness BETWEEN 0 AND 10),
  anger smallint NOT NULL CHECK (anger BETWEEN 0 AND 10),
  anxiety smallint NOT NULL CHECK (anxiety BETWEEN 0 AND 10),
  hurt smallint NOT NULL CHECK (hurt BETWEEN 0 AND 10),
  embarrassment smallint NOT NULL CHECK (embarrassment BETWEEN 0 AND 10),
  neutral smallint NOT NULL CHECK (neutral BETWEEN 0 AND 10),
  -- Stored so the cosine test in community queries needs no per-row square root.
  emotion_norm real GENERATED ALWAYS AS (
    sqrt((joy * joy + sadness * sadness + anger * anger + anxiety * anxiety
      + hurt * hurt + embarrassment * embarrassment + neutral * neutral)::real)
  ) STORED CHECK (emotion_norm > 0),
  day date NOT NULL
);

CREATE INDEX feedback_events_mode_song ON feedback_events (mode, song_id);
