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
  -- The tenths as one base-11 number: a compact key for the aggregates below.
  emotion_code integer GENERATED ALWAYS AS (
    joy + 11 * sadness + 121 * anger + 1331 * anxiety + 14641 * hurt
      + 161051 * embarrassment + 1771561 * neutral
  ) STORED CHECK (emotion_code > 0),
  day date NOT NULL
);

-- The aggregates below are derived from feedback_events, in the same statement
-- that stores each event, so a community query reads a few small tables
-- instead of every event ever sent.

-- Every distinct emotion vector seen, for the cosine test. Tenth steps keep it small.
CREATE TABLE emotion_vectors (
  emotion_code integer PRIMARY KEY,
  joy smallint NOT NULL,
  sadness smallint NOT NULL,
  anger smallint NOT NULL,
  anxiety smallint NOT NULL,
  hurt smallint NOT NULL,
  embarrassment smallint NOT NULL,
  neutral smallint NOT NULL,
  norm real GENERATED ALWAYS AS (
    sqrt((joy * joy + sadness * sadness + anger * anger + anxiety * anxiety
      + hurt * hurt + embarrassment * embarrassment + neutral * neutral)::real)
  ) STORED
);

-- Likes and ratings per song, mode and emotion vector.
CREATE TABLE song_tallies (
  mode text NOT NULL,
  emotion_code integer NOT NULL,
  song_id text NOT NULL,
  likes integer NOT NULL,
  ratings integer NOT NULL,
  PRIMARY KEY (mode, emotion_code, song_id)
);

-- Up to (about) five distinct installs per song, mode and vector: enough to
-- decide k-anonymity (k = 5) over any union of vectors exactly, since a vector
-- with five raters settles it alone and one with fewer keeps them all.
CREATE TABLE song_raters (
  mode text NOT NULL,
  emotion_code integer NOT NULL,
  song_id text NOT NULL,
  install_id uuid NOT NULL,
  PRIMARY KEY (mode, emotion_code, song_id, install_id)
);
