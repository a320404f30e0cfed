import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MaumDB } from './db';
import { deleteAll, exportAll, exportFileName, importAll, IMPORT_MESSAGES, TABLE_NAMES, type MaumExport } from './backup';
import {
  addMessage,
  createConversation,
  newConversation,
  newMessage,
  saveConversationAnalysis,
  saveMessageAnalysis,
} from './conversations';
import { addDiaryEntry, newDiaryEntry } from './diary';
import { addFeedback, newFeedback } from './feedback';
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
  return Object.fromEntries(TABLE_NAMES.map((n) => [n, backup.tables[n].length]));
}

describe('export / import / deleteAll', () => {
  it('restores everything after deleteAll, and a second import adds nothing', async () => {
    await populate(db);
    await db.syncQueue.put({ eventId: 'e1', installId: 'i', songId: 's1', mode: 'shift', liked: false, emotion: oneHot(3), day: '2024-01-01' });
    const backup = await exportAll(db, 5000);
    expect(backup).not.toBeNull();
    if (!backup) return;
    expect(backup).toMatchObject({ app: 'maum-shimpyo', schema: 2, exportedAt: 5000 });
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

  it('merges into existing data by primary key', async () => {
    await populate(db);
    const backup = (await exportAll(db))!;
    const other = await openTestDb();
    try {
      await addDiaryEntry(other, newDiaryEntry({ text: '다른 기기', emotions: oneHot(6) }));
      await addDiaryEntry(other, backup.tables.diary[0]!);
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
      [{ ...good, schema: 3 }, IMPORT_MESSAGES.newer],
      [{ ...good, schema: '2' }, IMPORT_MESSAGES.unsupported],
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
