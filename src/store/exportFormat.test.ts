import { describe, expect, it } from 'vitest';
import { emotionObject, emotionVector, fromIso, fromReadable, isoLocal, toReadable } from './exportFormat';

const EMPTY = {
  conversations: [],
  messages: [],
  messageAnalyses: [],
  conversationAnalyses: [],
  recommendations: [],
  feedback: [],
  diary: [],
  settings: [],
};

describe('readable export format', () => {
  it('writes local ISO-8601 times that read back to the same millisecond', () => {
    const ms = new Date(2026, 10, 20, 23, 30, 5, 743).getTime();
    const iso = isoLocal(ms);
    expect(iso.slice(0, 23)).toBe('2026-11-20T23:30:05.743');
    expect(iso).toMatch(/[+-]\d{2}:\d{2}$/);
    expect(fromIso(iso)).toBe(ms);
    expect(fromIso(12)).toBe(12);
    expect(fromIso('어제')).toBe('어제');
  });

  it('names emotions by id and reads them back; anything else is left for validation', () => {
    const obj = emotionObject([0.1, 0.2, 0, 0.6, 0.05, 0, 0.05]);
    expect(obj).toEqual({ joy: 0.1, sadness: 0.2, anger: 0, anxiety: 0.6, hurt: 0.05, embarrassment: 0, neutral: 0.05 });
    expect(emotionVector(obj)).toEqual([0.1, 0.2, 0, 0.6, 0.05, 0, 0.05]);
    expect(emotionVector({ joy: 1 })).toEqual({ joy: 1 });
    expect(emotionVector([1, 2])).toEqual([1, 2]);
  });

  it('rounds emotion shares to 3 decimals, so the file reads in a text editor, and reads them back', () => {
    const stored = [0.3471234567890123, 0.1234567, 0, 0.5180000000000001, 0.0004, 0.0005, 0.00000001];
    const obj = emotionObject(stored) as Record<string, number>;
    expect(obj).toEqual({ joy: 0.347, sadness: 0.123, anger: 0, anxiety: 0.518, hurt: 0, embarrassment: 0.001, neutral: 0 });
    for (const v of Object.values(obj)) expect(String(v).replace(/^0\./, '').length).toBeLessThanOrEqual(3);
    const back = emotionVector(obj) as number[];
    back.forEach((v, i) => expect(Math.abs(v - stored[i]!)).toBeLessThanOrEqual(0.0005));
    // Exported again, a read-back file is the same file.
    expect(emotionObject(back)).toEqual(obj);
    expect(JSON.stringify(toReadable('maum-shimpyo', { ...EMPTY, diary: [{ id: 'd', createdAt: 1, text: 't', emotions: stored, label: 'joy', songIds: [] }] }, 2))).not.toMatch(/\d\.\d{4,}/);
  });

  it('round-trips every table through toReadable / fromReadable', () => {
    const tables = {
      conversations: [{ id: 'c', startedAt: 1, updatedAt: 2, title: 't', mix: [1, 0, 0, 0, 0, 0, 0], sharedChars: 3, safety: null }],
      messages: [{ id: 'm', conversationId: 'c', role: 'user', text: '안녕', createdAt: 3 }],
      messageAnalyses: [{ messageId: 'm', conversationId: 'c', emotions: [0, 1, 0, 0, 0, 0, 0], label: 'sadness', createdAt: 4 }],
      conversationAnalyses: [{ conversationId: 'c', mix: [0, 1, 0, 0, 0, 0, 0], label: 'sadness', turns: 1, updatedAt: 5 }],
      recommendations: [{ id: 'r', source: 'conversation', sourceId: 'c', mode: 'shift', songIds: ['s1', 'unknown'], createdAt: 6 }],
      feedback: [{ id: 'f', songId: 's1', mode: 'shift', liked: true, mood: [0, 0, 0, 0, 0, 0, 1], sourceId: 'c', createdAt: 7 }],
      diary: [{ id: 'd', createdAt: 8, text: '일기', emotions: [0, 0, 1, 0, 0, 0, 0], label: 'anger', songIds: [] }],
      settings: [{ key: 'theme', value: 'dark' }],
    };
    const file = toReadable('maum-shimpyo', tables, 9, (id) => (id === 's1' ? { title: '밤편지', artist: '아이유' } : undefined));
    expect(file.appData.recommendations[0]!.songs).toEqual([{ id: 's1', title: '밤편지', artist: '아이유' }, { id: 'unknown' }]);
    expect(file.tables.feedback[0]).toMatchObject({ songId: 's1', title: '밤편지', artist: '아이유', liked: true });
    const back = fromReadable(JSON.parse(JSON.stringify(file)) as Record<string, unknown>);
    expect(back).toEqual(tables);
  });

  it('reads a file with missing tables as empty ones', () => {
    expect(fromReadable({ tables: {} })).toMatchObject({ conversations: [], recommendations: [], feedback: [] });
  });
});
