import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MaumDB } from './db';
import { createConversation, newConversation, saveConversationAnalysis } from './conversations';
import { addDiaryEntry, newDiaryEntry } from './diary';
import { moodTimeline } from './timeline';
import { oneHot, openTestDb } from './test-utils';

let db: MaumDB;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const at = (day: number, hour: number) => new Date(2024, 5, day, hour).getTime();

async function conversationOn(startedAt: number, mix: number[] | null) {
  const c = newConversation({ now: startedAt });
  await createConversation(db, c);
  if (mix) await saveConversationAnalysis(db, { conversationId: c.id, mix, label: 'joy', turns: 2, updatedAt: startedAt + 1 });
}

describe('moodTimeline', () => {
  it('averages conversation analyses and diary entries per record day, with counts and empty days', async () => {
    await conversationOn(at(8, 4), oneHot(0)); // joy, day 8 as it begins (04:00)
    await conversationOn(at(8, 23), oneHot(1)); // sadness, day 8 late
    await conversationOn(at(9, 12), null); // no analysis: not counted
    await addDiaryEntry(db, newDiaryEntry({ text: '일기', emotions: oneHot(3), now: at(8, 12) })); // anxiety
    await addDiaryEntry(db, newDiaryEntry({ text: '오늘', emotions: oneHot(6), now: at(10, 9) }));
    await conversationOn(at(1, 12), oneHot(2)); // outside the window

    const timeline = await moodTimeline(db, 3, at(10, 18));
    expect(timeline.map((d) => d.day)).toEqual(['2024-06-08', '2024-06-09', '2024-06-10']);
    const [day8, day9, day10] = timeline;
    expect(day8).toMatchObject({ conversations: 2, diary: 1 });
    day8?.mix?.forEach((v, i) => expect(v).toBeCloseTo([1 / 3, 1 / 3, 0, 1 / 3, 0, 0, 0][i] ?? NaN));
    expect(day9).toEqual({ day: '2024-06-09', mix: null, conversations: 0, diary: 0 });
    expect(day10).toEqual({ day: '2024-06-10', mix: oneHot(6), conversations: 0, diary: 1 });
  });

  it('counts the hours after midnight (before 04:00) on the evening before', async () => {
    await conversationOn(at(10, 0) + 40 * 60_000, oneHot(3)); // 00:40 on the 10th: the night of the 9th
    await addDiaryEntry(db, newDiaryEntry({ text: '새벽', emotions: oneHot(3), now: at(10, 3) }));
    await conversationOn(at(8, 2), oneHot(1)); // 02:00 on the 8th: the 7th, outside the window

    // At 01:00 on the 11th it is still the 10th's night: the window is the 8th to the 10th.
    const timeline = await moodTimeline(db, 3, at(11, 1));
    expect(timeline.map((d) => d.day)).toEqual(['2024-06-08', '2024-06-09', '2024-06-10']);
    expect(timeline.map((d) => d.conversations + d.diary)).toEqual([0, 2, 0]);
  });

  it('handles zero days and month boundaries', async () => {
    expect(await moodTimeline(db, 0, at(10, 18))).toEqual([]);
    const days = (await moodTimeline(db, 3, new Date(2024, 2, 1, 12).getTime())).map((d) => d.day);
    expect(days).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  });
});
