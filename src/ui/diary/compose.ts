/**
 * The diary flow without the UI: check the text, analyse it as a whole (analyzeLong: sentence by
 * sentence, mixed by √letters, src/ml/long-text.ts), pick the three songs whose mood and lyrics
 * are closest (the second original service's method: recommend() similar mode with the entry's
 * embedding, k = 3), and store the entry with its songs.
 */
import { mixToArray, type EmotionMix } from '../../ml/emotions';
import { hashString, type Recommendation } from '../../recommend';
import { addDiaryEntry, newDiaryEntry, newId, type DiaryEntry } from '../../store';
import { analyzeLong, getDb, notifyDataChanged, recommendSongs } from '../services';

export const DIARY_SONGS = 3;

export { checkDiary, diaryLength, type DiaryCheck } from './check';

export interface DiaryResult {
  entry: DiaryEntry;
  mix: EmotionMix;
  songs: Recommendation[];
  /** Korean note when songs could not be picked (the entry is saved anyway). */
  songsError?: string;
  /** False when the entry could not be stored (a storage notice is shown by the app). */
  saved: boolean;
}

/** Analyses, recommends and saves one entry. Rejects only when the analysis fails. */
export async function writeDiary(text: string, now = Date.now()): Promise<DiaryResult> {
  const analysis = await analyzeLong(text);
  const id = newId();
  let songs: Recommendation[] = [];
  let songsError: string | undefined;
  try {
    songs = await recommendSongs({
      mix: analysis.emotions,
      mode: 'similar',
      embedding: analysis.embedding,
      seed: hashString(`${id}:similar`),
      k: DIARY_SONGS,
      record: { source: 'diary', sourceId: id },
    });
  } catch {
    songsError = '노래 목록을 불러오지 못해 이번에는 노래를 고르지 못했어요. 일기는 저장했어요.';
  }
  const entry = newDiaryEntry({
    id,
    now,
    text,
    emotions: mixToArray(analysis.emotions),
    label: analysis.label,
    songIds: songs.map((s) => s.song.id),
  });
  const db = await getDb();
  const saved = await addDiaryEntry(db, entry);
  notifyDataChanged();
  return { entry, mix: analysis.emotions, songs, saved, ...(songsError ? { songsError } : {}) };
}
