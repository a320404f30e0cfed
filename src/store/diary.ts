/** Diary entries: free text with its emotion analysis and the songs it led to. */
import { mixFromArray, topEmotion, type EmotionId } from '../ml/emotions';
import type { MaumDB } from './db';
import { recordDay } from './day';
import { guardRead, guardWrite } from './errors';
import { retryKeptWrites } from './keptWrites';
import { newId, toEmotionVector, type DiaryEntry } from './schema';

export interface NewDiaryEntryInput {
  text: string;
  emotions: readonly number[];
  /** Defaults to the strongest emotion. */
  label?: EmotionId;
  songIds?: readonly string[];
  id?: string;
  now?: number;
}

/** Builds a diary entry (nothing is written). Text is stored NFC-normalised. */
export function newDiaryEntry(input: NewDiaryEntryInput): DiaryEntry {
  const emotions = toEmotionVector([...input.emotions]);
  return {
    id: input.id ?? newId(),
    createdAt: input.now ?? Date.now(),
    text: input.text.normalize('NFC'),
    emotions,
    label: input.label ?? topEmotion(mixFromArray(emotions)),
    songIds: [...(input.songIds ?? [])],
  };
}

export function addDiaryEntry(db: MaumDB, entry: DiaryEntry): Promise<boolean> {
  return guardWrite('addDiaryEntry', () => db.diary.put(entry));
}

export function updateDiaryEntry(
  db: MaumDB,
  id: string,
  changes: Partial<Omit<DiaryEntry, 'id'>>,
): Promise<boolean> {
  return guardWrite('updateDiaryEntry', () => db.diary.update(id, changes));
}

export interface DiaryListItem extends DiaryEntry {
  /** Record day of the entry, 'YYYY-MM-DD' (a day starts at 04:00, see ./day.ts). */
  day: string;
}

export interface ListDiaryOptions {
  limit?: number;
  /** Only entries written before this time (for paging). */
  before?: number;
}

/** Diary entries, newest first. */
export function listDiary(db: MaumDB, options: ListDiaryOptions = {}): Promise<DiaryListItem[]> {
  return guardRead('listDiary', [], async () => {
    const range =
      options.before === undefined ? db.diary.orderBy('createdAt') : db.diary.where('createdAt').below(options.before);
    let collection = range.reverse();
    if (options.limit !== undefined) collection = collection.limit(options.limit);
    const entries = await collection.toArray();
    return entries.map((e) => ({ ...e, day: recordDay(e.createdAt) }));
  });
}

export function getDiaryEntry(db: MaumDB, id: string): Promise<DiaryEntry | undefined> {
  return guardRead('getDiaryEntry', undefined, () => db.diary.get(id));
}

/** Deletes a diary entry and the recommendations shown for it (feedback stays); the room it made lets kept writes in. */
export async function deleteDiaryEntry(db: MaumDB, id: string): Promise<boolean> {
  const ok = await guardWrite('deleteDiaryEntry', () =>
    db.transaction('rw', db.diary, db.recommendations, async () => {
      await db.recommendations.where('sourceId').equals(id).delete();
      await db.diary.delete(id);
    }),
  );
  if (ok) await retryKeptWrites(db);
  return ok;
}
