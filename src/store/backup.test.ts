import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MaumDB } from './db';
import {
  deleteAll,
  exportAll,
  exportCounts,
  exportFileName,
  importAll,
  IMPORT_MESSAGES,
  readAllTables,
  TABLE_NAMES,
  type MaumExport,
} from './backup';
import { EXPORT_ABOUT, type SongInfo } from './exportFormat';
import {
  addMessage,
  createConversation,
  newConversation,
  newMessage,
  saveConversationAnalysis,
  saveMessageAnalysis,
} from './conversations';
import { addDiaryEntry, newDiaryEntry } from './diary';
import { addFeedback, listFeedback, newFeedback } from './feedback';
import { newRecommendation, recordRecommendations } from './recommendations';
import { setSetting } from './settings';
import { oneHot, openTestDb } from './test-utils';

let db: MaumDB;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

async function populate(target: MaumDB) {
  const c = newConversation({ now: 1000 });
  await createConversation(target, c);
  const m = newMessage({ conversationId: c.id, role: 'user', text: '불안해서 잠이 안 와', now: 1001 });
  await addMessage(target, m);
  await addMessage(target, newMessage({ conversationId: c.id, role: 'bot', text: '괜찮아요', kind: 'followup', intent: null, now: 1002 }));
  await saveMessageAnalysis(target, { messageId: m.id, conversationId: c.id, emotions: oneHot(3), label: 'anxiety', createdAt: 1003 });
  await saveConversationAnalysis(target, { conversationId: c.id, mix: oneHot(3), label: 'anxiety', turns: 1, updatedAt: 1004 });
  await recordRecommendations(target, newRecommendation({ source: 'conversation', sourceId: c.id, mode: 'shift', songIds: ['s1'], now: 1005 }));
  await addFeedback(target, newFeedback({ songId: 's1', mode: 'shift', liked: false, mood: oneHot(3), sourceId: c.id, now: 1006 }));
  await addDiaryEntry(target, newDiaryEntry({ text: '산책했다', emotions: oneHot(0), songIds: ['s2'], now: 1007 }));
  await setSetting(target, 'theme', 'dark');
}

function counts(backup: MaumExport) {
  return exportCounts(backup);
}

const SONGS: SongInfo = (id) => ({ s1: { title: '밤편지', artist: '아이유' }, s2: { title: '봄날', artist: '방탄소년단' } })[id];
const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/;

/** A schema-2 file (what sessions before 38 wrote): the stored records as they are. */
async function oldFile(source: MaumDB) {
  return { app: 'maum-shimpyo', schema: 2, exportedAt: 5000, tables: (await readAllTables(source))! };
}

describe('export / import / deleteAll', () => {
  it('restores everything after deleteAll, and a second import adds nothing', async () => {
    await populate(db);
    await db.syncQueue.put({ eventId: 'e1', installId: 'i', songId: 's1', mode: 'shift', liked: false, emotion: oneHot(3), day: '2024-01-01' });
    const backup = await exportAll(db, 5000);
    expect(backup).not.toBeNull();
    if (!backup) return;
    expect(backup).toMatchObject({ app: 'maum-shimpyo', schema: 3, about: EXPORT_ABOUT });
    expect(Date.parse(backup.exportedAt)).toBe(5000);
    expect(counts(backup)).toEqual({
      conversations: 1,
      messages: 2,
      messageAnalyses: 1,
      conversationAnalyses: 1,
      recommendations: 1,
      feedback: 1,
      diary: 1,
      settings: 1,
    });

    expect(await deleteAll(db)).toBe(true);
    for (const table of db.tables) expect(await table.count()).toBe(0);

    const text = JSON.stringify(backup);
    const first = await importAll(db, text);
    expect(first).toEqual({ ok: true, added: counts(backup), skipped: Object.fromEntries(TABLE_NAMES.map((n) => [n, 0])) });
    expect(await exportAll(db, 5000)).toEqual(backup);

    const second = await importAll(db, JSON.parse(text));
    expect(second).toEqual({ ok: true, added: Object.fromEntries(TABLE_NAMES.map((n) => [n, 0])), skipped: counts(backup) });
    expect(await exportAll(db, 5000)).toEqual(backup);
  });

  it('writes a file a person can read: local ISO times, named emotions, song titles, app data apart', async () => {
    await populate(db);
    const backup = (await exportAll(db, 5000, SONGS))!;
    expect(backup.exportedAt).toMatch(ISO_LOCAL);
    expect(backup.about).toContain('설정 → 내 기록 → 백업 파일 가져오기');
    expect(backup.emotionNames).toMatchObject({ joy: '기쁨', anxiety: '불안' });
    const conversation = backup.tables.conversations[0]!;
    expect(conversation.startedAt).toMatch(ISO_LOCAL);
    expect(Date.parse(String(conversation.startedAt))).toBe(1000);
    expect(conversation.mix).toEqual({ joy: 0, sadness: 0, anger: 0, anxiety: 1, hurt: 0, embarrassment: 0, neutral: 0 });
    expect(backup.tables.messages[0]!.createdAt).toMatch(ISO_LOCAL);
    expect(backup.tables.feedback).toEqual([
      {
        id: expect.any(String),
        songId: 's1',
        title: '밤편지',
        artist: '아이유',
        mode: 'shift',
        liked: false,
        mood: { joy: 0, sadness: 0, anger: 0, anxiety: 1, hurt: 0, embarrassment: 0, neutral: 0 },
        sourceId: conversation.id,
        createdAt: expect.stringMatching(ISO_LOCAL),
      },
    ]);
    expect(backup.tables.diary[0]).toMatchObject({ songs: [{ id: 's2', title: '봄날', artist: '방탄소년단' }] });
    expect(backup.tables.diary[0]).not.toHaveProperty('songIds');
    expect(Object.keys(backup.tables).sort()).toEqual(['conversations', 'diary', 'feedback', 'messages', 'settings']);
    expect(backup.appData.about).toContain('감정 분석');
    expect(backup.appData.recommendations[0]).toMatchObject({ songs: [{ id: 's1', title: '밤편지', artist: '아이유' }] });
    expect(backup.appData.messageAnalyses[0]!.emotions).toMatchObject({ anxiety: 1 });
    expect(JSON.stringify(backup)).not.toMatch(/"(startedAt|createdAt|updatedAt)":\d/);

    // …and it comes back exactly, titles and all.
    await deleteAll(db);
    expect((await importAll(db, JSON.stringify(backup))).ok).toBe(true);
    expect(await exportAll(db, 5000, SONGS)).toEqual(backup);
  });

  it('still imports files written before (schema 2), collapsing repeated ratings of a song', async () => {
    await populate(db);
    const file = await oldFile(db);
    const c = file.tables.conversations[0]!;
    // Sessions before 38 stored a row per tap: three likes of one song.
    for (const now of [2001, 2002, 2003]) {
      file.tables.feedback.push(newFeedback({ songId: 's9', mode: 'similar', liked: true, mood: oneHot(0), sourceId: c.id, now }));
    }
    const expected = (await exportAll(db, 5000))!;
    const other = await openTestDb();
    try {
      const result = await importAll(other, JSON.stringify(file));
      expect(result.ok && result.added).toMatchObject({ conversations: 1, messages: 2, feedback: 2, diary: 1 });
      expect(result.ok && result.skipped.feedback).toBe(0); // repeats in the file are not "already here"
      const again1 = await importAll(other, JSON.stringify(file));
      expect(again1.ok && [again1.added.feedback, again1.skipped.feedback]).toEqual([0, 2]);
      const ratings = await listFeedback(other);
      expect(ratings.map((f) => [f.songId, f.createdAt])).toEqual([
        ['s9', 2003],
        ['s1', 1006],
      ]);
      expect(await other.feedback.count()).toBe(2);
      const again = (await exportAll(other, 5000))!;
      expect({ ...again, tables: { ...again.tables, feedback: [] } }).toEqual({ ...expected, tables: { ...expected.tables, feedback: [] } });
    } finally {
      other.close();
    }
  });

  it('merges ratings as one per song: a newer rating in the file wins, an older one is skipped', async () => {
    await addFeedback(db, newFeedback({ songId: 'a', mode: 'similar', liked: true, mood: oneHot(0), sourceId: 'c', now: 100 }));
    await addFeedback(db, newFeedback({ songId: 'b', mode: 'similar', liked: true, mood: oneHot(0), sourceId: 'c', now: 100 }));
    const file = {
      app: 'maum-shimpyo',
      schema: 2,
      exportedAt: 1,
      tables: {
        feedback: [
          newFeedback({ songId: 'a', mode: 'shift', liked: false, mood: oneHot(1), sourceId: 'c', now: 200 }),
          newFeedback({ songId: 'b', mode: 'shift', liked: false, mood: oneHot(1), sourceId: 'c', now: 50 }),
        ],
      },
    };
    const result = await importAll(db, file);
    expect(result.ok && [result.added.feedback, result.skipped.feedback]).toEqual([1, 1]);
    expect((await listFeedback(db)).map((f) => [f.songId, f.liked, f.createdAt])).toEqual([
      ['a', false, 200],
      ['b', true, 100],
    ]);
    expect(await db.feedback.count()).toBe(2);
  });

  it('merges into existing data by primary key', async () => {
    await populate(db);
    const backup = (await exportAll(db))!;
    const diary = (await readAllTables(db))!.diary[0]!;
    const other = await openTestDb();
    try {
      await addDiaryEntry(other, newDiaryEntry({ text: '다른 기기', emotions: oneHot(6) }));
      await addDiaryEntry(other, diary);
      const result = await importAll(other, backup);
      expect(result.ok && result.added.diary).toBe(0);
      expect(result.ok && result.skipped.diary).toBe(1);
      expect(result.ok && result.added.messages).toBe(2);
      expect(await other.diary.count()).toBe(2);
    } finally {
      other.close();
    }
  });

  it('rejects invalid files with a Korean message and changes nothing', async () => {
    await populate(db);
    const good = (await exportAll(db))!;
    const before = await exportAll(db, 1);
    const bad: [unknown, string][] = [
      ['{not json', IMPORT_MESSAGES.notJson],
      [42, IMPORT_MESSAGES.notJson],
      [{ ...good, app: 'other-app' }, IMPORT_MESSAGES.notOurs],
      [{ ...good, schema: 4 }, IMPORT_MESSAGES.newer],
      [{ ...good, schema: 1 }, IMPORT_MESSAGES.unsupported],
      [{ ...good, schema: '3' }, IMPORT_MESSAGES.unsupported],
      [{ ...good, tables: null }, IMPORT_MESSAGES.unsupported],
      [{ ...good, tables: { ...good.tables, diary: 'oops' } }, IMPORT_MESSAGES.corrupt('diary')],
      [
        { ...good, tables: { ...good.tables, feedback: [{ ...good.tables.feedback[0], mood: { joy: 1 } }] } },
        IMPORT_MESSAGES.corrupt('feedback', 0),
      ],
      [
        { ...good, tables: { ...good.tables, messages: [good.tables.messages[0], { id: 'x', role: 'robot' }] } },
        IMPORT_MESSAGES.corrupt('messages', 1),
      ],
    ];
    for (const [input, message] of bad) {
      expect(await importAll(db, input)).toEqual({ ok: false, message });
    }
    expect(IMPORT_MESSAGES.corrupt('messages', 1)).toBe('백업 파일의 메시지 항목 중 2번째 기록이 손상되어 가져올 수 없어요.');
    expect(await exportAll(db, 1)).toEqual(before);
  });

  it('drops unknown fields and unusable settings, accepts missing tables', async () => {
    const result = await importAll(db, {
      app: 'maum-shimpyo',
      schema: 2,
      exportedAt: 1,
      tables: {
        diary: [{ id: 'd', createdAt: 1, text: 't', emotions: oneHot(0), label: 'joy', songIds: [], extra: 'junk' }],
        settings: [
          { key: 'theme', value: 'light' },
          { key: 'gaugeThreshold', value: 'big' },
          { key: 'unknownSetting', value: 1 },
        ],
      },
    });
    expect(result.ok && result.added).toMatchObject({ diary: 1, settings: 1, messages: 0 });
    expect(await db.diary.get('d')).toEqual({ id: 'd', createdAt: 1, text: 't', emotions: oneHot(0), label: 'joy', songIds: [] });
    expect(await db.settings.toArray()).toEqual([{ key: 'theme', value: 'light' }]);
  });

  it('names export files by local day', () => {
    expect(exportFileName(new Date(2024, 11, 31, 23, 59).getTime())).toBe('maum-shimpyo-2024-12-31.json');
  });
});
