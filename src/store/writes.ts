/**
 * The chat's writes as data: each one a plain, JSON-safe description that ./keptWrites.ts can
 * hold in memory and in localStorage when IndexedDB is full, and apply later.
 *
 * Every write is idempotent, so a write applied twice (kept in localStorage, written, and the
 * page closed before localStorage was updated) changes nothing the second time: a message or a
 * conversation already there is skipped (by id), the rest are puts or updates of the same values.
 */
import Dexie from 'dexie';
import { EMOTIONS, isEmotionId } from '../ml/emotions';
import type { MaumDB } from './db';
import {
  isEmotionVector,
  titleFrom,
  type Conversation,
  type ConversationAnalysis,
  type Message,
  type MessageAnalysis,
  type RecommendationShown,
} from './schema';

export type ConversationChanges = Partial<Omit<Conversation, 'id'>>;

export type StoreWrite =
  | { op: 'createConversation'; conversation: Conversation }
  | { op: 'addMessage'; message: Message }
  | { op: 'updateConversation'; id: string; changes: ConversationChanges }
  | { op: 'saveMessageAnalysis'; analysis: MessageAnalysis }
  | { op: 'saveConversationAnalysis'; analysis: ConversationAnalysis }
  | { op: 'recordRecommendations'; shown: RecommendationShown };

export type StoreWriteOp = StoreWrite['op'];

/** Writes one StoreWrite to the database (throws what IndexedDB throws). */
export async function applyWrite(db: MaumDB, write: StoreWrite): Promise<void> {
  switch (write.op) {
    case 'createConversation': {
      const c = write.conversation;
      await db.transaction('rw', db.conversations, async () => {
        if (!(await db.conversations.get(c.id))) await db.conversations.add(c);
      });
      return;
    }
    case 'addMessage':
      await addMessageOnce(db, write.message);
      return;
    case 'updateConversation':
      await db.conversations.update(write.id, write.changes);
      return;
    case 'saveMessageAnalysis':
      await db.messageAnalyses.put(write.analysis);
      return;
    case 'saveConversationAnalysis': {
      const analysis = write.analysis;
      await db.transaction('rw', db.conversationAnalyses, db.conversations, async () => {
        await db.conversationAnalyses.put(analysis);
        await db.conversations
          .where('id')
          .equals(analysis.conversationId)
          .modify((c) => {
            c.mix = [...analysis.mix];
            c.updatedAt = Math.max(c.updatedAt, analysis.updatedAt);
          });
      });
      return;
    }
    case 'recordRecommendations':
      await db.recommendations.put(write.shown);
      return;
  }
}

/**
 * Stores a message and touches its conversation (updatedAt; title from the first user message).
 * createdAt is nudged forward if needed so messages of a conversation keep a strict order. A
 * missing conversation (say, its first write failed) is recreated. A message already stored
 * (same id) is left as it is: a kept write written again adds no duplicate.
 */
async function addMessageOnce(db: MaumDB, message: Message): Promise<void> {
  await db.transaction('rw', db.messages, db.conversations, async () => {
    if (await db.messages.get(message.id)) return;
    const last = await messagesOf(db, message.conversationId).last();
    const createdAt = last && last.createdAt >= message.createdAt ? last.createdAt + 1 : message.createdAt;
    await db.messages.add({ ...message, createdAt });

    const conversation = (await db.conversations.get(message.conversationId)) ?? {
      id: message.conversationId,
      startedAt: createdAt,
      updatedAt: createdAt,
      title: '',
      mix: EMOTIONS.map(() => 0),
      sharedChars: 0,
      safety: null,
    };
    const updated: Conversation = { ...conversation, updatedAt: Math.max(conversation.updatedAt, createdAt) };
    if (!updated.title && message.role === 'user') updated.title = titleFrom(message.text);
    await db.conversations.put(updated);
  });
}

/** A conversation's messages in order ([conversationId+createdAt]). */
export function messagesOf(db: MaumDB, conversationId: string) {
  return db.messages
    .where('[conversationId+createdAt]')
    .between([conversationId, Dexie.minKey], [conversationId, Dexie.maxKey]);
}

/** The conversation or diary entry a write belongs to (deleting it drops the write). */
export function writeOwner(write: StoreWrite): string {
  switch (write.op) {
    case 'createConversation':
      return write.conversation.id;
    case 'addMessage':
      return write.message.conversationId;
    case 'updateConversation':
      return write.id;
    case 'saveMessageAnalysis':
    case 'saveConversationAnalysis':
      return write.analysis.conversationId;
    case 'recordRecommendations':
      return write.shown.sourceId;
  }
}

// ------------------------------------------------------------------ checks for kept writes read back

type Check = (v: unknown) => boolean;
const str: Check = (v) => typeof v === 'string' && v.length > 0;
const text: Check = (v) => typeof v === 'string';
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const optional = (check: Check): Check => (v) => v === undefined || check(v);
const oneOf = (...allowed: unknown[]): Check => (v) => allowed.includes(v);
const vector: Check = (v) => isEmotionVector(v);
const emotion: Check = (v) => typeof v === 'string' && isEmotionId(v);
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function fits(shape: Record<string, Check>, value: unknown, partial = false): boolean {
  if (!isObject(value)) return false;
  return Object.entries(shape).every(([field, check]) => (partial && value[field] === undefined) || check(value[field]));
}

const CONVERSATION: Record<string, Check> = {
  id: str,
  startedAt: num,
  updatedAt: num,
  title: text,
  mix: vector,
  sharedChars: num,
  safety: oneOf(null, 'suicide', 'violence'),
};
const MESSAGE: Record<string, Check> = {
  id: str,
  conversationId: str,
  role: oneOf('user', 'bot'),
  text,
  createdAt: num,
  kind: optional(oneOf('retrieval', 'followup', 'safety', 'meta')),
  intent: optional((v) => v === null || typeof v === 'string'),
  score: optional(num),
};
const MESSAGE_ANALYSIS: Record<string, Check> = { messageId: str, conversationId: str, emotions: vector, label: emotion, createdAt: num };
const CONVERSATION_ANALYSIS: Record<string, Check> = { conversationId: str, mix: vector, label: emotion, turns: num, updatedAt: num };
const SHOWN: Record<string, Check> = {
  id: str,
  source: oneOf('conversation', 'diary'),
  sourceId: str,
  mode: oneOf('similar', 'shift'),
  songIds: (v) => Array.isArray(v) && v.every(str),
  createdAt: num,
};
const { id: _id, ...CONVERSATION_CHANGES } = CONVERSATION;

/** True when `value` is a well-formed StoreWrite (what localStorage gave back may not be). */
export function isStoreWrite(value: unknown): value is StoreWrite {
  if (!isObject(value)) return false;
  switch (value.op) {
    case 'createConversation':
      return fits(CONVERSATION, value.conversation);
    case 'addMessage':
      return fits(MESSAGE, value.message);
    case 'updateConversation':
      return str(value.id) && fits(CONVERSATION_CHANGES, value.changes, true);
    case 'saveMessageAnalysis':
      return fits(MESSAGE_ANALYSIS, value.analysis);
    case 'saveConversationAnalysis':
      return fits(CONVERSATION_ANALYSIS, value.analysis);
    case 'recordRecommendations':
      return fits(SHOWN, value.shown);
    default:
      return false;
  }
}
