/** Full-text search over conversation messages and diary entries (local, substring based). */
import type { MaumDB } from './db';
import { recordDay } from './day';
import { guardRead } from './errors';
import { snippetOf } from './snippet';
import type { MessageRole } from './schema';

export type SearchHit =
  | {
      source: 'conversation';
      /** Conversation id. */
      id: string;
      messageId: string;
      role: MessageRole;
      createdAt: number;
      day: string;
      snippet: string;
    }
  | {
      source: 'diary';
      /** Diary entry id. */
      id: string;
      createdAt: number;
      day: string;
      snippet: string;
    };

export interface SearchOptions {
  /** At most this many hits, newest first (default 50). */
  limit?: number;
  /** Characters of context on each side of the match in the snippet (default 20). */
  context?: number;
}

/** NFC-normalised and lower-cased, so decomposed (NFD) Hangul and other casings still match. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/**
 * Case-insensitive, normalisation-insensitive substring search over message and diary text.
 * Scans the tables: fine for the few thousand records a personal history holds.
 */
export function searchHistory(db: MaumDB, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const needle = normalizeForSearch(query.trim());
  if (!needle) return Promise.resolve([]);
  const limit = options.limit ?? 50;
  const context = options.context ?? 20;
  return guardRead('searchHistory', [], () =>
    db.transaction('r', db.messages, db.diary, async () => {
      const hits: SearchHit[] = [];
      await db.messages.each((m) => {
        const snippet = snippetAround(m.text, needle, context);
        if (snippet === null) return;
        hits.push({
          source: 'conversation',
          id: m.conversationId,
          messageId: m.id,
          role: m.role,
          createdAt: m.createdAt,
          day: recordDay(m.createdAt),
          snippet,
        });
      });
      await db.diary.each((e) => {
        const snippet = snippetAround(e.text, needle, context);
        if (snippet === null) return;
        hits.push({ source: 'diary', id: e.id, createdAt: e.createdAt, day: recordDay(e.createdAt), snippet });
      });
      return hits.sort((a, b) => b.createdAt - a.createdAt).slice(0, limit);
    }),
  );
}

/** The text around the first match of `needle` (already normalised), cut at word boundaries, or null without a match. */
export function snippetAround(text: string, needle: string, context: number): string | null {
  const nfc = text.normalize('NFC');
  const folded = nfc.toLowerCase();
  const at = folded.indexOf(needle);
  if (at < 0) return null;
  // Lower-casing rarely changes length; when it does, cut the snippet from the folded text.
  const source = folded.length === nfc.length ? nfc : folded;
  return snippetOf(source, at, at + needle.length, context);
}
