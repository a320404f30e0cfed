/**
 * Export to / import from a versioned JSON file, and deleting everything.
 *
 * Files are written in the readable schema 3 (./exportFormat.ts: local ISO times, named
 * emotions, song titles); import accepts schema 3 and the older schema 2 (the stored records
 * as they were: epoch ms, emotion arrays, song ids). Song ratings in a file are merged as one
 * current rating per song, the newest winning over what is already here.
 */
import { isEmotionId } from '../ml/emotions';
import type { MaumDB } from './db';
import { localDay } from './day';
import { attemptWrite, guardRead, guardWrite } from './errors';
import { dropKeptWrites } from './keptWrites';
import { READABLE_SCHEMA, fromReadable, toReadable, type ReadableExport, type SongInfo } from './exportFormat';
import { latestPerSong } from './feedback';
import {
  isEmotionVector,
  type Conversation,
  type ConversationAnalysis,
  type DiaryEntry,
  type Feedback,
  type Message,
  type MessageAnalysis,
  type RecommendationShown,
  type Setting,
} from './schema';
import { isSettingKey, isValidSetting } from './settings';

export const EXPORT_APP = 'maum-shimpyo';

export interface ExportTables {
  conversations: Conversation[];
  messages: Message[];
  messageAnalyses: MessageAnalysis[];
  conversationAnalyses: ConversationAnalysis[];
  recommendations: RecommendationShown[];
  feedback: Feedback[];
  diary: DiaryEntry[];
  settings: Setting[];
}

export type ExportTableName = keyof ExportTables;

/** The file written by exportAll (schema 3). */
export type MaumExport = ReadableExport;

/** Backup schemas this version reads: 2 (stored shapes) and 3 (readable). */
export const OLDEST_IMPORT_SCHEMA = 2;
export const EXPORT_SCHEMA = READABLE_SCHEMA;

export type TableCounts = Record<ExportTableName, number>;

export type ImportResult =
  | { ok: true; added: TableCounts; skipped: TableCounts }
  | { ok: false; message: string };

export const TABLE_NAMES: readonly ExportTableName[] = [
  'conversations',
  'messages',
  'messageAnalyses',
  'conversationAnalyses',
  'recommendations',
  'feedback',
  'diary',
  'settings',
];

const TABLE_LABELS: Record<ExportTableName, string> = {
  conversations: '대화',
  messages: '메시지',
  messageAnalyses: '메시지 감정 분석',
  conversationAnalyses: '대화 감정 분석',
  recommendations: '추천 기록',
  feedback: '노래 평가',
  diary: '일기',
  settings: '설정',
};

export const IMPORT_MESSAGES = {
  notJson: '백업 파일을 읽을 수 없어요. 음악 쉼표에서 내보낸 JSON 파일인지 확인해 주세요.',
  notOurs: '음악 쉼표의 백업 파일이 아니에요.',
  newer: '더 새로운 버전의 앱에서 만든 백업이에요. 앱을 업데이트한 뒤 다시 가져와 주세요.',
  unsupported: '지원하지 않는 백업 형식이에요.',
  corrupt: (table: ExportTableName, index?: number) =>
    index === undefined
      ? `백업 파일의 ${TABLE_LABELS[table]} 항목이 손상되어 가져올 수 없어요.`
      : `백업 파일의 ${TABLE_LABELS[table]} 항목 중 ${index + 1}번째 기록이 손상되어 가져올 수 없어요.`,
} as const;

/** Every stored record of the user's tables (ratings: one per song); null if reading failed. */
export function readAllTables(db: MaumDB): Promise<ExportTables | null> {
  return guardRead<ExportTables | null>('exportAll', null, () =>
    db.transaction('r', db.userTables(), async () => ({
      conversations: await db.conversations.toArray(),
      messages: await db.messages.toArray(),
      messageAnalyses: await db.messageAnalyses.toArray(),
      conversationAnalyses: await db.conversationAnalyses.toArray(),
      recommendations: await db.recommendations.toArray(),
      feedback: latestPerSong(await db.feedback.toArray()).reverse(),
      diary: await db.diary.toArray(),
      settings: await db.settings.toArray(),
    })),
  );
}

/**
 * Everything the user wrote, as one readable JSON-ready object (schema 3); null (after
 * reporting) if reading failed. `songInfo` puts song titles and artists next to the ids.
 */
export async function exportAll(db: MaumDB, now: number = Date.now(), songInfo?: SongInfo): Promise<MaumExport | null> {
  const tables = await readAllTables(db);
  return tables && toReadable(EXPORT_APP, tables, now, songInfo);
}

/** How many records of each table a file written by exportAll holds. */
export function exportCounts(file: MaumExport): TableCounts {
  const all: Record<ExportTableName, readonly unknown[]> = { ...file.appData, ...file.tables };
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, all[name].length])) as TableCounts;
}

/** Bytes of the export file (UTF-8, as DataSection writes it): the size of the user's records. */
export function exportBytes(file: MaumExport): number {
  return new TextEncoder().encode(JSON.stringify(file, null, 2)).length;
}

export function exportFileName(now: number = Date.now()): string {
  return `${EXPORT_APP}-${localDay(now)}.json`;
}

/**
 * Merges a backup (JSON text or parsed object) into the database: records whose primary key is
 * already there are skipped, so importing the same file twice adds nothing. All or nothing.
 */
export async function importAll(db: MaumDB, input: unknown): Promise<ImportResult> {
  const parsed = parseExport(input);
  if (!parsed.ok) return parsed;
  const tables = parsed.tables;

  const added = zeroCounts();
  const skipped = zeroCounts();
  const failure = await attemptWrite('importAll', () =>
    db.transaction('rw', db.userTables(), async () => {
      for (const name of TABLE_NAMES) {
        const table = db.table(name);
        const keyOf = PRIMARY_KEYS[name];
        let records = tables[name] as unknown as readonly Record<string, unknown>[];
        if (name === 'feedback') {
          records = (await newerRatings(db, tables.feedback)) as unknown as readonly Record<string, unknown>[];
        }
        const keys = records.map(keyOf);
        const existing = await table.bulkGet(keys);
        const seen = new Set<string>();
        const fresh = records.filter((_, i) => {
          const key = keys[i] ?? '';
          if (existing[i] !== undefined || seen.has(key)) return false;
          seen.add(key);
          return true;
        });
        if (name === 'feedback') {
          // A newer rating replaces the song's current one (one rating per song).
          const songs = fresh.map((r) => String(r.songId));
          if (songs.length) await db.feedback.where('songId').anyOf(songs).delete();
        }
        if (fresh.length) await table.bulkAdd(fresh);
        added[name] = fresh.length;
        // Repeated ratings of one song inside the file (old files) are not "already here".
        const distinct = name === 'feedback' ? latestPerSong(tables.feedback).length : tables[name].length;
        skipped[name] = distinct - fresh.length;
      }
    }),
  );
  if (failure) return { ok: false, message: failure.message };
  return { ok: true, added, skipped };
}

/** Of a file's ratings, the newest per song, and only where it is newer than the song's rating here. */
async function newerRatings(db: MaumDB, rows: readonly Feedback[]): Promise<Feedback[]> {
  const incoming = latestPerSong(rows);
  const here = await db.feedback.where('songId').anyOf(incoming.map((f) => f.songId)).toArray();
  const current = new Map(latestPerSong(here).map((f) => [f.songId, f.createdAt]));
  return incoming.filter((f) => f.createdAt > (current.get(f.songId) ?? -Infinity));
}

/** Empties every table, sync queue and community cache included, and forgets kept writes. */
export async function deleteAll(db: MaumDB): Promise<boolean> {
  const tables = [...db.userTables(), db.syncQueue, db.communityCache];
  await dropKeptWrites(db, null);
  return guardWrite('deleteAll', () =>
    db.transaction('rw', tables, () => Promise.all(tables.map((t) => t.clear()))),
  );
}

// --------------------
// Validation
// --------------------

type Check = (value: unknown) => boolean;
type Shape<T> = { [K in keyof T]-?: Check };

const isString: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isBoolean: Check = (v) => typeof v === 'boolean';
const isStringArray: Check = (v) => Array.isArray(v) && v.every(isString);
const oneOf =
  (...allowed: readonly unknown[]): Check =>
  (v) =>
    allowed.includes(v);
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
const isMode = oneOf('similar', 'shift');

const SHAPES: { [K in ExportTableName]: Shape<ExportTables[K][number]> } = {
  conversations: {
    id: isString,
    startedAt: isNumber,
    updatedAt: isNumber,
    title: isString,
    mix: isEmotionVector,
    sharedChars: isNumber,
    safety: oneOf(null, 'suicide', 'violence'),
  },
  messages: {
    id: isString,
    conversationId: isString,
    role: oneOf('user', 'bot'),
    text: isString,
    createdAt: isNumber,
    kind: optional(oneOf('retrieval', 'followup', 'safety', 'meta')),
    intent: optional((v) => v === null || isString(v)),
    score: optional(isNumber),
  },
  messageAnalyses: {
    messageId: isString,
    conversationId: isString,
    emotions: isEmotionVector,
    label: isEmotionId,
    createdAt: isNumber,
  },
  conversationAnalyses: {
    conversationId: isString,
    mix: isEmotionVector,
    label: isEmotionId,
    turns: isNumber,
    updatedAt: isNumber,
  },
  recommendations: {
    id: isString,
    source: oneOf('conversation', 'diary'),
    sourceId: isString,
    mode: isMode,
    songIds: isStringArray,
    createdAt: isNumber,
  },
  feedback: {
    id: isString,
    songId: isString,
    mode: isMode,
    liked: isBoolean,
    mood: isEmotionVector,
    sourceId: isString,
    createdAt: isNumber,
  },
  diary: {
    id: isString,
    createdAt: isNumber,
    text: isString,
    emotions: isEmotionVector,
    label: isEmotionId,
    songIds: isStringArray,
  },
  settings: {
    key: isString,
    value: () => true,
  },
};

/** Primary key of each table's records (validated to be strings by SHAPES). */
const PRIMARY_KEYS: Record<ExportTableName, (record: Record<string, unknown>) => string> = {
  conversations: (r) => String(r.id),
  messages: (r) => String(r.id),
  messageAnalyses: (r) => String(r.messageId),
  conversationAnalyses: (r) => String(r.conversationId),
  recommendations: (r) => String(r.id),
  feedback: (r) => String(r.id),
  diary: (r) => String(r.id),
  settings: (r) => String(r.key),
};

function zeroCounts(): TableCounts {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, 0])) as TableCounts;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Keeps the known fields of a record if all of them are valid; null otherwise. */
function pickValid(shape: Record<string, Check>, value: unknown): Record<string, unknown> | null {
  if (!isPlainObject(value)) return null;
  const out: Record<string, unknown> = {};
  for (const [field, check] of Object.entries(shape)) {
    const fieldValue = value[field];
    if (!check(fieldValue)) return null;
    if (fieldValue !== undefined) out[field] = fieldValue;
  }
  return out;
}

type ParsedExport = { ok: true; tables: ExportTables } | { ok: false; message: string };

/** Checks a backup's shape and returns clean tables, or a Korean message saying what is wrong. */
export function parseExport(input: unknown): ParsedExport {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      return { ok: false, message: IMPORT_MESSAGES.notJson };
    }
  }
  if (!isPlainObject(data)) return { ok: false, message: IMPORT_MESSAGES.notJson };
  if (data.app !== EXPORT_APP) return { ok: false, message: IMPORT_MESSAGES.notOurs };
  if (typeof data.schema !== 'number' || !Number.isInteger(data.schema)) {
    return { ok: false, message: IMPORT_MESSAGES.unsupported };
  }
  if (data.schema > EXPORT_SCHEMA) return { ok: false, message: IMPORT_MESSAGES.newer };
  if (data.schema < OLDEST_IMPORT_SCHEMA) return { ok: false, message: IMPORT_MESSAGES.unsupported };
  if (!isPlainObject(data.tables)) return { ok: false, message: IMPORT_MESSAGES.unsupported };
  const source: Record<string, unknown> = data.schema === READABLE_SCHEMA ? fromReadable(data) : data.tables;

  const tables = {} as Record<ExportTableName, unknown[]>;
  for (const name of TABLE_NAMES) {
    const rows = source[name] ?? [];
    if (!Array.isArray(rows)) return { ok: false, message: IMPORT_MESSAGES.corrupt(name) };
    const clean: unknown[] = [];
    for (const [index, row] of rows.entries()) {
      const record = pickValid(SHAPES[name], row);
      if (!record) return { ok: false, message: IMPORT_MESSAGES.corrupt(name, index) };
      // Unknown or unusable settings are dropped rather than failing the whole file.
      if (name === 'settings' && !(isSettingKey(record.key) && isValidSetting(record.key, record.value))) continue;
      clean.push(record);
    }
    tables[name] = clean;
  }
  return { ok: true, tables: tables as unknown as ExportTables };
}
