/**
 * The versioned Dexie database.
 *
 * Version history (never edit a released version's stores; add a new version instead):
 *   1 — conversations, messages, analyses (per message), feedback (mood as {joy: …} object), settings.
 *   2 — analyses renamed to messageAnalyses; adds conversationAnalyses, recommendations, diary,
 *       syncQueue, communityCache; feedback.mood becomes number[7]; conversations gain
 *       sharedChars and safety.
 *   3 — same stores; feedback holds one current rating per song (older rows of a song that was
 *       rated several times are removed, the newest kept).
 *   4 — same stores; events an older app left in syncQueue are marked `attempted` (see
 *       markQueuedAttempted).
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import { topEmotion, mixFromArray } from '../ml/emotions';
import { latestPerSong } from './feedback';
import {
  toEmotionVector,
  type CommunityCacheRecord,
  type Conversation,
  type ConversationAnalysis,
  type DiaryEntry,
  type Feedback,
  type Message,
  type MessageAnalysis,
  type RecommendationShown,
  type Setting,
  type SyncQueueRecord,
  type V1Analysis,
  type V1Conversation,
  type V1Feedback,
} from './schema';

export const DEFAULT_DB_NAME = 'maum-shimpyo';

/** Stores of the previous release (version 1). */
export const STORES_V1 = {
  conversations: 'id, updatedAt',
  messages: 'id, conversationId, createdAt',
  analyses: 'messageId, conversationId',
  feedback: 'id, songId, createdAt',
  settings: 'key',
} as const;

/** Stores of the current release (version 2). `null` deletes a v1 table after the upgrade ran. */
export const STORES_V2 = {
  conversations: 'id, startedAt, updatedAt',
  messages: 'id, [conversationId+createdAt], createdAt',
  analyses: null,
  messageAnalyses: 'messageId, conversationId, createdAt',
  conversationAnalyses: 'conversationId, updatedAt',
  recommendations: 'id, sourceId, createdAt',
  feedback: 'id, songId, mode, sourceId, createdAt',
  diary: 'id, createdAt',
  settings: 'key',
  syncQueue: 'eventId',
  communityCache: 'key, fetchedAt',
} as const;

export interface DbOptions {
  /** Database name; tests use unique names or separate factories. */
  name?: string;
  /** IndexedDB implementation; defaults to the global one. */
  indexedDB?: IDBFactory;
  /** IDBKeyRange matching `indexedDB`; defaults to the global one. */
  IDBKeyRange?: typeof IDBKeyRange;
}

function dexieOptions(options: DbOptions) {
  return {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  };
}

/** The database as the previous release (schema version 1) wrote it. Used by migration tests. */
export class MaumDBv1 extends Dexie {
  conversations!: Table<V1Conversation, string>;
  messages!: Table<Message, string>;
  analyses!: Table<V1Analysis, string>;
  feedback!: Table<V1Feedback, string>;
  settings!: Table<Setting, string>;

  constructor(options: DbOptions = {}) {
    super(options.name ?? DEFAULT_DB_NAME, dexieOptions(options));
    this.version(1).stores(STORES_V1);
  }
}

/** The current database (schema version 4). */
export class MaumDB extends Dexie {
  conversations!: Table<Conversation, string>;
  messages!: Table<Message, string>;
  messageAnalyses!: Table<MessageAnalysis, string>;
  conversationAnalyses!: Table<ConversationAnalysis, string>;
  recommendations!: Table<RecommendationShown, string>;
  feedback!: Table<Feedback, string>;
  diary!: Table<DiaryEntry, string>;
  settings!: Table<Setting, string>;
  syncQueue!: Table<SyncQueueRecord, string>;
  communityCache!: Table<CommunityCacheRecord, string>;

  constructor(options: DbOptions = {}) {
    super(options.name ?? DEFAULT_DB_NAME, dexieOptions(options));
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2).upgrade(upgradeV1toV2);
    this.version(3).stores(STORES_V2).upgrade(collapseFeedback);
    this.version(4).stores(STORES_V2).upgrade(markQueuedAttempted);
  }

  /** Tables holding the user's own data (what export/import/delete-all cover, besides sync). */
  userTables() {
    return [
      this.conversations,
      this.messages,
      this.messageAnalyses,
      this.conversationAnalyses,
      this.recommendations,
      this.feedback,
      this.diary,
      this.settings,
    ];
  }
}

/**
 * v3 → v4: an app from before retractions (session 39) marked nothing before sending, so an
 * event it left queued may already be on the server, sent without an answer. Marked as
 * attempted, taking its rating back retracts it on the server instead of just dropping it
 * from the queue; retracting an id the server never got is harmless (acknowledged, no-op).
 */
async function markQueuedAttempted(tx: Transaction): Promise<void> {
  await tx
    .table('syncQueue')
    .toCollection()
    .modify((row: SyncQueueRecord) => {
      if (row.state === undefined) row.attempted = true;
    });
}

/** v2 → v3: one rating per song, the newest (each tap used to add a row). */
async function collapseFeedback(tx: Transaction): Promise<void> {
  const rows = (await tx.table('feedback').toArray()) as Feedback[];
  const keep = new Set(latestPerSong(rows).map((f) => f.id));
  const stale = rows.filter((f) => !keep.has(f.id)).map((f) => f.id);
  if (stale.length) await tx.table('feedback').bulkDelete(stale);
}

/** v1 → v2: move analyses, convert feedback moods to vectors, fill new conversation fields. */
async function upgradeV1toV2(tx: Transaction): Promise<void> {
  const messages = (await tx.table('messages').toArray()) as Message[];
  const userChars = new Map<string, number>();
  const userTurns = new Map<string, number>();
  for (const m of messages) {
    if (m.role !== 'user') continue;
    userChars.set(m.conversationId, (userChars.get(m.conversationId) ?? 0) + Array.from(m.text).length);
    userTurns.set(m.conversationId, (userTurns.get(m.conversationId) ?? 0) + 1);
  }

  const conversations = (await tx.table('conversations').toArray()) as V1Conversation[];
  const upgradedConversations: Conversation[] = conversations.map((c) => ({
    id: c.id,
    startedAt: c.startedAt,
    updatedAt: c.updatedAt,
    title: c.title ?? '',
    mix: toEmotionVector(c.mix),
    sharedChars: userChars.get(c.id) ?? 0,
    safety: null,
  }));
  await tx.table('conversations').bulkPut(upgradedConversations);

  const analyses: ConversationAnalysis[] = upgradedConversations
    .filter((c) => c.mix.some((v) => v !== 0))
    .map((c) => ({
      conversationId: c.id,
      mix: c.mix,
      label: topEmotion(mixFromArray(c.mix)),
      turns: userTurns.get(c.id) ?? 0,
      updatedAt: c.updatedAt,
    }));
  await tx.table('conversationAnalyses').bulkPut(analyses);

  const messageAnalyses = (await tx.table('analyses').toArray()) as V1Analysis[];
  await tx.table('messageAnalyses').bulkPut(messageAnalyses);

  await tx
    .table('feedback')
    .toCollection()
    .modify((f: Record<string, unknown>) => {
      f.mood = toEmotionVector(f.mood);
    });
}
