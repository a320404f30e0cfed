/** The history list's rows: conversations and diary entries merged, newest first, by day. */
import { mixFromArray, topEmotion, type EmotionId } from '../../ml/emotions';
import {
  groupByDay,
  listConversations,
  listDiary,
  findTerms,
  normalizeForSearch,
  searchTerms,
  searchHistory,
  type DayGroup,
  type MaumDB,
} from '../../store';
import { clipAtWord } from '../../store/snippet';

export type HistoryKind = 'conversation' | 'diary';

export interface HistoryItem {
  kind: HistoryKind;
  id: string;
  /** When it started (conversation) or was written (diary). */
  at: number;
  day: string;
  /** One line: the conversation's title, the diary's opening words, or a search snippet. */
  text: string;
  /** Strongest emotion, when there is any analysis. */
  label: EmotionId | null;
  /** Search: how many places matched (messages of one conversation count separately). */
  matches?: number;
}

const SNIPPET_CHARS = 80;

/** The diary's opening words on one line, cut at a word boundary. */
function oneLine(text: string, max = SNIPPET_CHARS): string {
  return clipAtWord(text, max);
}

function labelOf(vector: readonly number[]): EmotionId | null {
  return vector.some((v) => v > 0) ? topEmotion(mixFromArray(vector)) : null;
}

/** Every conversation with something said in it, and every diary entry. */
export async function loadHistory(db: MaumDB): Promise<HistoryItem[]> {
  const [conversations, diary] = await Promise.all([listConversations(db), listDiary(db)]);
  const items: HistoryItem[] = [
    ...conversations
      .filter((c) => c.title !== '')
      .map((c) => ({
        kind: 'conversation' as const,
        id: c.id,
        at: c.startedAt,
        day: c.day,
        text: c.title,
        label: labelOf(c.mix),
      })),
    ...diary.map((d) => ({
      kind: 'diary' as const,
      id: d.id,
      at: d.createdAt,
      day: d.day,
      text: oneLine(d.text),
      label: d.label,
    })),
  ];
  return items.sort((a, b) => b.at - a.at);
}

/** Search hits, one row per conversation or entry (its newest match), newest first. */
export async function searchItems(db: MaumDB, query: string, known: readonly HistoryItem[]): Promise<HistoryItem[]> {
  const hits = await searchHistory(db, query, { limit: 500, context: 24 });
  const byKey = new Map<string, HistoryItem>();
  const knownByKey = new Map(known.map((i) => [`${i.kind}:${i.id}`, i]));
  for (const hit of hits) {
    const key = `${hit.source}:${hit.id}`;
    const row = byKey.get(key);
    if (row) {
      row.matches = (row.matches ?? 1) + 1;
      continue;
    }
    const base = knownByKey.get(key);
    byKey.set(key, {
      kind: hit.source,
      id: hit.id,
      at: base?.at ?? hit.createdAt,
      day: base?.day ?? hit.day,
      text: hit.snippet,
      label: base?.label ?? null,
      matches: 1,
    });
  }
  return [...byKey.values()].sort((a, b) => b.at - a.at);
}

export function groupItems(items: readonly HistoryItem[]): DayGroup<HistoryItem>[] {
  return groupByDay(items);
}

/** Splits `text` around the query's words (case-, normalisation- and spacing-insensitive, as the search matches), for <mark>. */
export function highlight(text: string, query: string): { text: string; match: boolean }[] {
  const nfc = text.normalize('NFC');
  if (normalizeForSearch(nfc).length !== nfc.length) return [{ text: nfc, match: false }];
  const parts: { text: string; match: boolean }[] = [];
  let from = 0;
  for (const f of findTerms(nfc, searchTerms(query))) {
    if (f.start < from) continue; // overlapping words: the earlier mark already covers it
    if (f.start > from) parts.push({ text: nfc.slice(from, f.start), match: false });
    parts.push({ text: nfc.slice(f.start, f.end), match: true });
    from = f.end;
  }
  if (from < nfc.length) parts.push({ text: nfc.slice(from), match: false });
  return parts.length > 0 ? parts : [{ text: nfc, match: false }];
}
