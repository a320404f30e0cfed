/**
 * Record shapes of the local database (current schema version: see CURRENT_SCHEMA_VERSION).
 *
 * Conventions:
 * - ids are strings from crypto.randomUUID();
 * - times are epoch milliseconds;
 * - emotion vectors are plain number[] of length 7 in EMOTIONS order (src/ml/emotions.ts),
 *   because arrays are compact, order-stable and survive JSON export unchanged.
 */
import { EMOTIONS, type EmotionId, type EmotionMix } from '../ml/emotions';
import type { CommunityRanking, RecommendationMode } from '../sync/protocol';
import type { SyncRecord } from '../sync/syncQueue';

export const CURRENT_SCHEMA_VERSION = 3;

/** Seven numbers in EMOTIONS order. */
export type EmotionVector = number[];

export type SafetyFlag = null | 'suicide' | 'violence';
export type MessageRole = 'user' | 'bot';
export type MessageKind = 'retrieval' | 'followup' | 'safety' | 'meta';
export type { RecommendationMode };

export interface Conversation {
  id: string;
  startedAt: number;
  /** Time of the latest message or analysis. */
  updatedAt: number;
  /** The first user message, at most 40 characters ('' until there is one). */
  title: string;
  /** The conversation's emotion mix (same as its ConversationAnalysis, kept here for lists). */
  mix: EmotionVector;
  /** Characters the user has shared so far (drives the listening gauge). */
  sharedChars: number;
  safety: SafetyFlag;
}

export interface Message {
  id: string;
  conversationId: string;
  role: MessageRole;
  text: string;
  /** Strictly increasing within a conversation (addMessage enforces it). */
  createdAt: number;
  kind?: MessageKind;
  intent?: string | null;
  score?: number;
}

export interface MessageAnalysis {
  messageId: string;
  conversationId: string;
  emotions: EmotionVector;
  label: EmotionId;
  createdAt: number;
}

export interface ConversationAnalysis {
  conversationId: string;
  mix: EmotionVector;
  label: EmotionId;
  /** User turns the mix was computed over. */
  turns: number;
  updatedAt: number;
}

export type RecommendationSource = 'conversation' | 'diary';

export interface RecommendationShown {
  id: string;
  source: RecommendationSource;
  /** Conversation id or diary entry id. */
  sourceId: string;
  mode: RecommendationMode;
  songIds: string[];
  createdAt: number;
}

export interface Feedback {
  id: string;
  songId: string;
  mode: RecommendationMode;
  liked: boolean;
  /** The user's emotion mix when they rated the song. */
  mood: EmotionVector;
  /** Conversation id or diary entry id the recommendation came from. */
  sourceId: string;
  createdAt: number;
}

export interface DiaryEntry {
  id: string;
  createdAt: number;
  text: string;
  emotions: EmotionVector;
  label: EmotionId;
  songIds: string[];
}

export interface Setting {
  key: string;
  value: unknown;
}

/**
 * Community sync rows (owned by src/sync), keyed by eventId: events and retractions waiting to
 * be sent, and the id of each song's sent event while it can still be retracted.
 */
export type SyncQueueRecord = SyncRecord;

/** Cached community rankings (owned by src/sync), keyed by `key`. */
export type CommunityCacheRecord = CommunityRanking & { key: string; fetchedAt: number };

// --------------------
// Schema version 1 (the previous release), kept so upgrades and tests can speak it.
// --------------------

export interface V1Conversation {
  id: string;
  startedAt: number;
  updatedAt: number;
  title: string;
  mix: EmotionVector;
}

/** v1 stored message analyses in a table called `analyses`, same shape as MessageAnalysis. */
export type V1Analysis = MessageAnalysis;

export interface V1Feedback {
  id: string;
  songId: string;
  mode: RecommendationMode;
  liked: boolean;
  /** v1 stored the mood as an object keyed by emotion id. */
  mood: EmotionMix;
  sourceId: string;
  createdAt: number;
}

// --------------------
// Small helpers shared by the store modules.
// --------------------

export function newId(): string {
  return crypto.randomUUID();
}

export function isEmotionVector(value: unknown): value is EmotionVector {
  return (
    Array.isArray(value) &&
    value.length === EMOTIONS.length &&
    value.every((v) => typeof v === 'number' && Number.isFinite(v))
  );
}

/** Any stored mood (v1 object, array, or garbage) as a clean 7-number vector. */
export function toEmotionVector(value: unknown): EmotionVector {
  if (Array.isArray(value)) {
    return EMOTIONS.map((_, i) => finiteOrZero(value[i]));
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return EMOTIONS.map((id) => finiteOrZero(record[id]));
  }
  return EMOTIONS.map(() => 0);
}

function finiteOrZero(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export const TITLE_MAX_CHARS = 40;

/** A conversation title from the first user message: NFC, one line, at most 40 characters. */
export function titleFrom(text: string): string {
  const oneLine = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const chars = Array.from(oneLine);
  if (chars.length <= TITLE_MAX_CHARS) return oneLine;
  return chars.slice(0, TITLE_MAX_CHARS - 1).join('').trimEnd() + '…';
}
