/** Conversations, their messages and emotion analyses. */
import { EMOTIONS } from '../ml/emotions';
import type { MaumDB } from './db';
import { recordDay } from './day';
import { guardRead, guardWrite } from './errors';
import { dropKeptWrites, retryKeptWrites, writeOrKeep } from './keptWrites';
import { messagesOf, type ConversationChanges } from './writes';
import {
  newId,
  titleFrom,
  type Conversation,
  type ConversationAnalysis,
  type Message,
  type MessageAnalysis,
  type MessageKind,
  type MessageRole,
  type RecommendationShown,
} from './schema';

export interface NewConversationInput {
  id?: string;
  now?: number;
  /** Sets the title right away; otherwise the first user message does. */
  firstUserText?: string;
}

/** Builds a conversation record (nothing is written). */
export function newConversation(input: NewConversationInput = {}): Conversation {
  const now = input.now ?? Date.now();
  return {
    id: input.id ?? newId(),
    startedAt: now,
    updatedAt: now,
    title: input.firstUserText ? titleFrom(input.firstUserText) : '',
    mix: EMOTIONS.map(() => 0),
    sharedChars: 0,
    safety: null,
  };
}

/**
 * The writes below never lose what a full disk refused: it is kept and written later
 * (./keptWrites.ts), in order. Each resolves true once the write is in IndexedDB.
 */
export function createConversation(db: MaumDB, conversation: Conversation): Promise<boolean> {
  return writeOrKeep(db, { op: 'createConversation', conversation });
}

export type { ConversationChanges };

export function updateConversation(db: MaumDB, id: string, changes: ConversationChanges): Promise<boolean> {
  return writeOrKeep(db, { op: 'updateConversation', id, changes });
}

export interface NewMessageInput {
  conversationId: string;
  role: MessageRole;
  text: string;
  kind?: MessageKind;
  intent?: string | null;
  score?: number;
  id?: string;
  now?: number;
}

/** Builds a message record (nothing is written). Text is stored NFC-normalised. */
export function newMessage(input: NewMessageInput): Message {
  const message: Message = {
    id: input.id ?? newId(),
    conversationId: input.conversationId,
    role: input.role,
    text: input.text.normalize('NFC'),
    createdAt: input.now ?? Date.now(),
  };
  if (input.kind !== undefined) message.kind = input.kind;
  if (input.intent !== undefined) message.intent = input.intent;
  if (input.score !== undefined) message.score = input.score;
  return message;
}

/**
 * Stores a message and touches its conversation (updatedAt; title from the first user message).
 * createdAt is nudged forward if needed so messages of a conversation keep a strict order.
 * A missing conversation (say, its first write failed) is recreated; a message already stored
 * (same id) is not stored twice.
 */
export function addMessage(db: MaumDB, message: Message): Promise<boolean> {
  return writeOrKeep(db, { op: 'addMessage', message });
}

export function saveMessageAnalysis(db: MaumDB, analysis: MessageAnalysis): Promise<boolean> {
  return writeOrKeep(db, { op: 'saveMessageAnalysis', analysis });
}

/** Stores the conversation's analysis and mirrors its mix onto the conversation record. */
export function saveConversationAnalysis(db: MaumDB, analysis: ConversationAnalysis): Promise<boolean> {
  return writeOrKeep(db, { op: 'saveConversationAnalysis', analysis });
}

export interface ConversationListItem extends Conversation {
  /** Record day the conversation started, 'YYYY-MM-DD' (a day starts at 04:00, see ./day.ts). */
  day: string;
}

export interface ListConversationsOptions {
  /** At most this many (default: all). */
  limit?: number;
  /** Only conversations started before this time (for paging). */
  before?: number;
}

/** Conversations, newest started first, each with its record day (04:00 to 04:00, see ./day.ts). */
export function listConversations(db: MaumDB, options: ListConversationsOptions = {}): Promise<ConversationListItem[]> {
  return guardRead('listConversations', [], async () => {
    const range =
      options.before === undefined
        ? db.conversations.orderBy('startedAt')
        : db.conversations.where('startedAt').below(options.before);
    let collection = range.reverse();
    if (options.limit !== undefined) collection = collection.limit(options.limit);
    const conversations = await collection.toArray();
    return conversations.map((c) => ({ ...c, day: recordDay(c.startedAt) }));
  });
}

export interface DayGroup<T> {
  day: string;
  items: T[];
}

/** Groups day-tagged items (already sorted) into consecutive day groups, keeping their order. */
export function groupByDay<T extends { day: string }>(items: readonly T[]): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const item of items) {
    const current = groups[groups.length - 1];
    if (current && current.day === item.day) current.items.push(item);
    else groups.push({ day: item.day, items: [item] });
  }
  return groups;
}

export interface ConversationDetail {
  conversation: Conversation;
  /** In order of creation. */
  messages: Message[];
  messageAnalyses: MessageAnalysis[];
  analysis: ConversationAnalysis | undefined;
  recommendations: RecommendationShown[];
}

export function getConversation(db: MaumDB, id: string): Promise<ConversationDetail | undefined> {
  return guardRead('getConversation', undefined, () =>
    db.transaction(
      'r',
      [db.conversations, db.messages, db.messageAnalyses, db.conversationAnalyses, db.recommendations],
      async () => {
        const conversation = await db.conversations.get(id);
        if (!conversation) return undefined;
        const [messages, messageAnalyses, analysis, recommendations] = await Promise.all([
          messagesOf(db, id).toArray(),
          db.messageAnalyses.where('conversationId').equals(id).sortBy('createdAt'),
          db.conversationAnalyses.get(id),
          db.recommendations.where('sourceId').equals(id).sortBy('createdAt'),
        ]);
        return { conversation, messages, messageAnalyses, analysis, recommendations };
      },
    ),
  );
}

/**
 * Deletes a conversation with its messages, analyses and shown recommendations (feedback
 * stays), its kept writes too; the room it made lets other kept writes in.
 */
export async function deleteConversation(db: MaumDB, id: string): Promise<boolean> {
  await dropKeptWrites(db, id);
  const ok = await guardWrite('deleteConversation', () =>
    db.transaction(
      'rw',
      [db.conversations, db.messages, db.messageAnalyses, db.conversationAnalyses, db.recommendations],
      async () => {
        await Promise.all([
          messagesOf(db, id).delete(),
          db.messageAnalyses.where('conversationId').equals(id).delete(),
          db.conversationAnalyses.delete(id),
          db.recommendations.where('sourceId').equals(id).delete(),
          db.conversations.delete(id),
        ]);
      },
    ),
  );
  if (ok) await retryKeptWrites(db);
  return ok;
}
