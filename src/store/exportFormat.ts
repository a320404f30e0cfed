/**
 * The backup file as a person can read it (schema 3), and back.
 *
 * Stored records use epoch ms, 7-number emotion vectors and bare song ids. In the file:
 *  - times are ISO-8601 in the exporting device's local time ("2026-11-20T23:30:05.743+09:00",
 *    exact to the millisecond, so a round trip changes nothing);
 *  - emotions are objects keyed by the ids in src/ml/emotions.ts ({ joy: 0.1, sadness: 0.6, … }),
 *    each share rounded to 3 decimals (a mix read back sums to 1 within 0.004; nothing the app
 *    shows or ranks changes at that size);
 *  - songs carry their title and artist next to the id (when the catalogue knows them);
 *  - what the user made (conversations, messages, diary, song ratings, settings) is under
 *    `tables`; what the app worked out from it (emotion analyses, the song lists it showed) is
 *    grouped under `appData` with a line saying so. Both are imported back.
 *
 * `fromReadable` turns a schema-3 file back into stored shapes; it converts only what it
 * recognises and leaves the rest for the importer's validation to reject.
 */
import { EMOTIONS, EMOTION_KO, type EmotionId } from '../ml/emotions';

export const READABLE_SCHEMA = 3;

export const EXPORT_ABOUT =
  '음악 쉼표에서 내보낸 내 기록이에요. 설정 → 내 기록 → 백업 파일 가져오기로 앱에 다시 불러올 수 있어요. 시간은 내보낸 기기의 시각이에요.';
export const APP_DATA_ABOUT =
  '앱이 대화와 일기에서 계산한 감정 분석과 그때 보여 준 노래 목록이에요. 기록 탭의 그래프와 지난 추천을 되살릴 때 쓰여요.';

/** Title and artist of a song id, when the catalogue knows it. */
export type SongInfo = (songId: string) => { title: string; artist: string } | undefined;

type Row = Record<string, unknown>;

/** ISO-8601 with the local offset, e.g. 2026-11-20T23:30:05.743+09:00. */
export function isoLocal(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/** Epoch ms from an ISO-8601 string with a date and time; other values are returned as they are. */
export function fromIso(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : value;
}

/** Decimal places of an emotion share in the file: 0.347, not 0.34712345678901234. */
export const EMOTION_DECIMALS = 3;

/** A share rounded for the file (numbers only; anything else as it is). */
export function roundShare(value: unknown): unknown {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value;
  const f = 10 ** EMOTION_DECIMALS;
  return Math.round(value * f) / f;
}

/**
 * A 7-number vector as { joy: …, sadness: … }, each share rounded to 3 decimals so the file
 * reads in a text editor (session 40); anything else is returned as it is.
 */
export function emotionObject(value: unknown): unknown {
  if (!Array.isArray(value) || value.length !== EMOTIONS.length) return value;
  return Object.fromEntries(EMOTIONS.map((id, i) => [id, roundShare(value[i])]));
}

/** { joy: …, … } with exactly the seven ids and numbers back to a vector; others as they are. */
export function emotionVector(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Row;
  const keys = Object.keys(record);
  if (keys.length !== EMOTIONS.length || !EMOTIONS.every((id) => typeof record[id] === 'number')) return value;
  return EMOTIONS.map((id) => record[id]);
}

const TIME_FIELDS = ['startedAt', 'updatedAt', 'createdAt'] as const;
const EMOTION_FIELDS = ['mix', 'emotions', 'mood'] as const;

function mapFields(row: unknown, fields: readonly string[], fn: (v: unknown) => unknown): unknown {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return row;
  const out: Row = { ...(row as Row) };
  for (const f of fields) if (f in out) out[f] = fn(out[f]);
  return out;
}

function readableRow(row: unknown): Row {
  return mapFields(mapFields(row, TIME_FIELDS, (v) => (typeof v === 'number' ? isoLocal(v) : v)), EMOTION_FIELDS, emotionObject) as Row;
}

function storedRow(row: unknown): unknown {
  return mapFields(mapFields(row, TIME_FIELDS, fromIso), EMOTION_FIELDS, emotionVector);
}

function songEntry(songId: string, songInfo: SongInfo | undefined): Row {
  const info = songInfo?.(songId);
  return info ? { id: songId, title: info.title, artist: info.artist } : { id: songId };
}

/** `songIds: [...]` → `songs: [{ id, title, artist }]`, in place of the ids. */
function withSongs(row: Row, songInfo: SongInfo | undefined): Row {
  if (!Array.isArray(row.songIds)) return row;
  const { songIds, ...rest } = row;
  return { ...rest, songs: (songIds as string[]).map((id) => songEntry(id, songInfo)) };
}

/** `songs: [{ id }]` → `songIds: [...]` (rows that already have songIds are left alone). */
function withSongIds(row: unknown): unknown {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return row;
  const r = row as Row;
  if (r.songIds !== undefined || !Array.isArray(r.songs)) return row;
  const { songs, ...rest } = r;
  const ids = (songs as unknown[]).map((s) => (s !== null && typeof s === 'object' ? (s as Row).id : s));
  return { ...rest, songIds: ids };
}

export interface StoredTables {
  conversations: readonly unknown[];
  messages: readonly unknown[];
  messageAnalyses: readonly unknown[];
  conversationAnalyses: readonly unknown[];
  recommendations: readonly unknown[];
  feedback: readonly unknown[];
  diary: readonly unknown[];
  settings: readonly unknown[];
}

export interface ReadableExport {
  app: string;
  schema: typeof READABLE_SCHEMA;
  about: string;
  exportedAt: string;
  /** The emotion ids used in this file, with their Korean names. */
  emotionNames: Record<EmotionId, string>;
  tables: {
    conversations: Row[];
    messages: Row[];
    diary: Row[];
    /** One row per rated song: liked true = 좋아요, false = 별로예요. */
    feedback: Row[];
    settings: Row[];
  };
  appData: {
    about: string;
    messageAnalyses: Row[];
    conversationAnalyses: Row[];
    recommendations: Row[];
  };
}

/** Stored tables → the readable file. */
export function toReadable(app: string, tables: StoredTables, now: number, songInfo?: SongInfo): ReadableExport {
  const rows = (list: readonly unknown[]) => list.map(readableRow);
  return {
    app,
    schema: READABLE_SCHEMA,
    about: EXPORT_ABOUT,
    exportedAt: isoLocal(now),
    emotionNames: { ...EMOTION_KO },
    tables: {
      conversations: rows(tables.conversations),
      messages: rows(tables.messages),
      diary: rows(tables.diary).map((r) => withSongs(r, songInfo)),
      feedback: rows(tables.feedback).map((r) => {
        const { id, songId, ...rest } = r;
        const info = typeof songId === 'string' ? songInfo?.(songId) : undefined;
        return { id, songId, ...(info ? { title: info.title, artist: info.artist } : {}), ...rest };
      }),
      settings: tables.settings.map((s) => ({ ...(s as Row) })),
    },
    appData: {
      about: APP_DATA_ABOUT,
      messageAnalyses: rows(tables.messageAnalyses),
      conversationAnalyses: rows(tables.conversationAnalyses),
      recommendations: rows(tables.recommendations).map((r) => withSongs(r, songInfo)),
    },
  };
}

/** A schema-3 file's tables in stored shapes (unvalidated); missing tables become []. */
export function fromReadable(data: Row): Record<keyof StoredTables, unknown> {
  const tables = (isRow(data.tables) ? data.tables : {}) as Row;
  const appData = (isRow(data.appData) ? data.appData : {}) as Row;
  const list = (value: unknown, convert: (row: unknown) => unknown) =>
    value === undefined ? [] : Array.isArray(value) ? value.map(convert) : value;
  const plain = (row: unknown) => storedRow(row);
  const songRow = (row: unknown) => withSongIds(storedRow(row));
  const feedbackRow = (row: unknown) => {
    const r = storedRow(row);
    if (!isRow(r)) return r;
    const { title: _title, artist: _artist, ...rest } = r;
    return rest;
  };
  return {
    conversations: list(tables.conversations, plain),
    messages: list(tables.messages, plain),
    diary: list(tables.diary, songRow),
    feedback: list(tables.feedback, feedbackRow),
    settings: list(tables.settings, (r) => r),
    messageAnalyses: list(appData.messageAnalyses, plain),
    conversationAnalyses: list(appData.conversationAnalyses, plain),
    recommendations: list(appData.recommendations, songRow),
  };
}

function isRow(value: unknown): value is Row {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
