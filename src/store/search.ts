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
 * The words of a query, normalised and without spaces: "모의 고사" → ["모의", "고사"]. Korean is spaced
 * loosely ("영어듣기" / "영어 듣기", "못 봄" / "개못봄"), so words are matched against the record's
 * text with its spaces taken out, and a record must hold every word (in any order).
 */
export function searchTerms(query: string): string[] {
  const words = normalizeForSearch(query).split(/\s+/u).filter(Boolean);
  return [...new Set(words)];
}

/** Where each term occurs in `text`, ignoring spaces and case: [start, end) in `text`'s NFC form, in order. */
export function findTerms(text: string, terms: readonly string[]): { term: string; start: number; end: number }[] {
  // Positions index the lower-cased text; snippetAt and highlight use it only when lower-casing kept the length.
  const folded = text.normalize('NFC').toLowerCase();
  let compact = '';
  const at: number[] = []; // compact index → index in source
  for (let i = 0; i < folded.length; i++) {
    if (/\s/u.test(folded[i]!)) continue;
    compact += folded[i];
    at.push(i);
  }
  const found: { term: string; start: number; end: number }[] = [];
  for (const term of terms) {
    for (let k = compact.indexOf(term); k >= 0; k = compact.indexOf(term, k + term.length)) {
      found.push({ term, start: at[k]!, end: at[k + term.length - 1]! + 1 });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Search over message and diary text, insensitive to case, normalisation and spacing. A diary
 * entry matches when it holds every word of the query; a conversation when its messages hold every
 * word between them ("수학 망함" finds the chat where one message says 수학 and a later one 망함), and
 * each of its messages that holds a word is a hit. Scans the tables: fine for the few thousand
 * records a personal history holds.
 */
export function searchHistory(db: MaumDB, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return Promise.resolve([]);
  const limit = options.limit ?? 50;
  const context = options.context ?? 20;
  return guardRead('searchHistory', [], () =>
    db.transaction('r', db.messages, db.diary, async () => {
      const hits: SearchHit[] = [];
      const byConversation = new Map<string, { seen: Set<string>; hits: SearchHit[] }>();
      await db.messages.each((m) => {
        const found = findTerms(m.text, terms);
        if (found.length === 0) return;
        const group = byConversation.get(m.conversationId) ?? { seen: new Set<string>(), hits: [] };
        byConversation.set(m.conversationId, group);
        for (const f of found) group.seen.add(f.term);
        group.hits.push({
          source: 'conversation',
          id: m.conversationId,
          messageId: m.id,
          role: m.role,
          createdAt: m.createdAt,
          day: recordDay(m.createdAt),
          snippet: snippetAt(m.text, found[0]!, context),
        });
      });
      for (const group of byConversation.values()) if (group.seen.size === terms.length) hits.push(...group.hits);
      await db.diary.each((e) => {
        const found = findTerms(e.text, terms);
        if (new Set(found.map((f) => f.term)).size < terms.length) return;
        hits.push({ source: 'diary', id: e.id, createdAt: e.createdAt, day: recordDay(e.createdAt), snippet: snippetAt(e.text, found[0]!, context) });
      });
      return hits.sort((a, b) => b.createdAt - a.createdAt).slice(0, limit);
    }),
  );
}

function snippetAt(text: string, match: { start: number; end: number }, context: number): string {
  const nfc = text.normalize('NFC');
  const folded = nfc.toLowerCase();
  const source = folded.length === nfc.length ? nfc : folded;
  return snippetOf(source, match.start, match.end, context);
}

/** The text around the first match of the query's words (spacing-insensitive), cut at word boundaries, or null without a match. */
export function snippetAround(text: string, query: string, context: number): string | null {
  const found = findTerms(text, searchTerms(query));
  return found.length === 0 ? null : snippetAt(text, found[0]!, context);
}
