/**
 * Wire contract of the optional community sync, shared by the client (src/sync)
 * and the server (server/). Changing anything here is an API change: keep
 * server/openapi.json in step.
 */

/** Emotion order on the wire. Fixed independently of the app's own models. */
export const WIRE_EMOTIONS = ['joy', 'sadness', 'anger', 'anxiety', 'hurt', 'embarrassment', 'neutral'] as const;
export type WireEmotion = (typeof WIRE_EMOTIONS)[number];
export type EmotionMixInput = Readonly<Record<WireEmotion, number>>;

export const RECOMMENDATION_MODES = ['similar', 'shift'] as const;
export type RecommendationMode = (typeof RECOMMENDATION_MODES)[number];

/** Emotions travel as proportions rounded to tenths, so no fine-grained state leaves the device. */
export const EMOTION_STEPS = 10;
export const MAX_EVENTS_PER_BATCH = 100;

export interface FeedbackEvent {
  /** UUID; the idempotency key. */
  eventId: string;
  /** Random UUID, rotated monthly, never tied to a person. */
  installId: string;
  songId: string;
  mode: RecommendationMode;
  liked: boolean;
  /** Seven proportions in WIRE_EMOTIONS order, each a multiple of 0.1. */
  emotion: number[];
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
}

/**
 * One request to FEEDBACK_PATH: new events, retractions, or both (at least one
 * of either, at most MAX_EVENTS_PER_BATCH of each). A client that only sends
 * events may leave `retracts` out, so old clients keep working.
 */
export interface FeedbackBatch {
  events?: FeedbackEvent[];
  /**
   * eventIds this client sent earlier and takes back (a like cleared, or a
   * rating changed): the server stops counting them. Idempotent: an id that is
   * unknown, already retracted, or not yet arrived is acknowledged too, and an
   * event that arrives after its retraction is acknowledged but never counted.
   * Retractions are applied after the batch's events are stored.
   */
  retracts?: string[];
}

export interface FeedbackAck {
  /** Every eventId of `events`: safe to forget on the client, stored exactly once on the server. */
  acknowledged: string[];
  /** How many of them were new to the server. */
  stored: number;
  /** Every eventId of `retracts`: safe to forget on the client, no longer counted on the server. */
  retracted: string[];
  /** How many counted events the retractions removed. */
  removed: number;
}

export interface CommunitySong {
  songId: string;
  /** Wilson lower bound (95 %) of the like rate. */
  score: number;
  likes: number;
  ratings: number;
}

export interface CommunityRanking {
  mode: RecommendationMode;
  emotion: number[];
  songs: CommunitySong[];
}

export const FEEDBACK_PATH = '/v1/feedback';
export const COMMUNITY_PATH = '/v1/community';
