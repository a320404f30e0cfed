import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MaumDB } from './db';
import { addDiaryEntry, deleteDiaryEntry, getDiaryEntry, listDiary, newDiaryEntry, updateDiaryEntry } from './diary';
import { addFeedback, clearFeedback, dislikedSongIds, latestPerSong, likedSongIds, listFeedback, newFeedback } from './feedback';
import { listRecommendations, newRecommendation, recentlyShownSongIds, recordRecommendations, songShowingsSince } from './recommendations';
import { feedbackSignalsFrom } from '../recommend/feedback';
import { DEFAULT_SETTINGS, getAllSettings, getSetting, setSetting } from './settings';
import { oneHot, openTestDb } from './test-utils';

let db: MaumDB;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('feedback', () => {
  it('round-trips and answers liked/disliked by the one current rating per song', async () => {
    const rate = (songId: string, mode: 'similar' | 'shift', liked: boolean, now: number) =>
      addFeedback(db, newFeedback({ songId, mode, liked, mood: oneHot(2, 0.5), sourceId: 'c1', now }));
    expect(await rate('a', 'similar', false, 1)).toBe(true);
    await rate('a', 'similar', true, 2); // changed mind: now liked
    await rate('b', 'similar', false, 3);
    await rate('c', 'shift', false, 4);
    await rate('d', 'shift', true, 5);

    const all = await listFeedback(db);
    expect(all.map((f) => f.createdAt)).toEqual([5, 4, 3, 2]);
    expect(await db.feedback.count()).toBe(4); // the earlier dislike of 'a' was replaced, not kept
    expect(all[0]).toMatchObject({ songId: 'd', mode: 'shift', liked: true, mood: oneHot(2, 0.5), sourceId: 'c1' });
    expect((await listFeedback(db, { mode: 'shift' })).map((f) => f.songId)).toEqual(['d', 'c']);
    expect((await listFeedback(db, { songId: 'a' })).map((f) => f.liked)).toEqual([true]);
    expect((await listFeedback(db, { liked: false })).map((f) => f.songId)).toEqual(['c', 'b']);

    expect([...(await dislikedSongIds(db, 'similar'))]).toEqual(['b']);
    expect([...(await likedSongIds(db, 'similar'))]).toEqual(['a']);
    expect([...(await dislikedSongIds(db, 'shift'))]).toEqual(['c']);
    expect([...(await dislikedSongIds(db))].sort()).toEqual(['b', 'c']);
    expect([...(await likedSongIds(db))].sort()).toEqual(['a', 'd']);
  });

  it('liking twice keeps one row; clearing removes the rating; a rating in the other list replaces it', async () => {
    const like = (mode: 'similar' | 'shift', liked: boolean, now: number) =>
      addFeedback(db, newFeedback({ songId: 's', mode, liked, mood: oneHot(0), sourceId: 'c', now }));
    await like('similar', true, 1);
    await like('similar', true, 2);
    expect(await db.feedback.count()).toBe(1);
    expect([...(await likedSongIds(db))]).toEqual(['s']);

    expect(await clearFeedback(db, 's')).toBe(true);
    expect(await db.feedback.count()).toBe(0);
    expect([...(await likedSongIds(db))]).toEqual([]);

    await like('similar', false, 3);
    await like('shift', true, 4); // the newest wins, whichever list it came from
    expect((await listFeedback(db)).map((f) => [f.mode, f.liked])).toEqual([['shift', true]]);
    expect([...(await dislikedSongIds(db, 'similar'))]).toEqual([]);
    expect(await db.feedback.count()).toBe(1);
  });

  it('the recommender reads the current rating: a cleared like or dislike no longer counts', async () => {
    await addFeedback(db, newFeedback({ songId: 'x', mode: 'similar', liked: false, mood: oneHot(0), sourceId: 'c', now: 1 }));
    await addFeedback(db, newFeedback({ songId: 'y', mode: 'similar', liked: true, mood: oneHot(0), sourceId: 'c', now: 2 }));
    let signals = feedbackSignalsFrom(await listFeedback(db));
    expect([...signals.dislikedSimilar]).toEqual(['x']);
    expect([...signals.liked.keys()]).toEqual(['y']);
    await clearFeedback(db, 'x'); // 다시 추천받기
    await clearFeedback(db, 'y'); // 좋아요 취소
    signals = feedbackSignalsFrom(await listFeedback(db));
    expect(signals.dislikedSimilar.size + signals.liked.size).toBe(0);
  });

  it('collapses rows read from old data to the newest per song', () => {
    const rows = [
      { songId: 'a', createdAt: 1, liked: true },
      { songId: 'a', createdAt: 3, liked: false },
      { songId: 'b', createdAt: 2, liked: true },
      { songId: 'a', createdAt: 2, liked: true },
    ];
    expect(latestPerSong(rows)).toEqual([
      { songId: 'a', createdAt: 3, liked: false },
      { songId: 'b', createdAt: 2, liked: true },
    ]);
  });

  it('stores a clean 7-number mood whatever length it was given', () => {
    expect(newFeedback({ songId: 's', mode: 'similar', liked: true, mood: [1, 2], sourceId: 'x' }).mood).toEqual([
      1, 2, 0, 0, 0, 0, 0,
    ]);
  });
});

describe('recommendations', () => {
  it('lists by source and reports recently shown songs', async () => {
    await recordRecommendations(db, newRecommendation({ source: 'diary', sourceId: 'd1', mode: 'similar', songIds: ['a', 'b'], now: 10 }));
    await recordRecommendations(db, newRecommendation({ source: 'diary', sourceId: 'd1', mode: 'shift', songIds: ['c'], now: 20 }));
    await recordRecommendations(db, newRecommendation({ source: 'conversation', sourceId: 'c1', mode: 'shift', songIds: ['z'], now: 5 }));
    expect((await listRecommendations(db, 'd1')).map((r) => r.mode)).toEqual(['similar', 'shift']);
    expect([...(await recentlyShownSongIds(db, 10))].sort()).toEqual(['a', 'b', 'c']);
  });

  it('counts each showing of a song since a time, leaving out the asking conversation', async () => {
    await recordRecommendations(db, newRecommendation({ source: 'conversation', sourceId: 'mon', mode: 'similar', songIds: ['mama', 'b'], now: 100 }));
    await recordRecommendations(db, newRecommendation({ source: 'conversation', sourceId: 'tue', mode: 'similar', songIds: ['mama', 'c'], now: 200 }));
    await recordRecommendations(db, newRecommendation({ source: 'conversation', sourceId: 'now', mode: 'similar', songIds: ['mama', 'd'], now: 300 }));
    await recordRecommendations(db, newRecommendation({ source: 'conversation', sourceId: 'old', mode: 'similar', songIds: ['mama'], now: 1 }));
    const shown = await songShowingsSince(db, 50, 'now');
    expect(shown.filter((id) => id === 'mama')).toHaveLength(2);
    expect(shown.sort()).toEqual(['b', 'c', 'mama', 'mama']);
    expect((await songShowingsSince(db, 50)).filter((id) => id === 'mama')).toHaveLength(3);
  });
});

describe('diary', () => {
  it('round-trips, lists newest first, updates and deletes with its recommendations', async () => {
    const first = newDiaryEntry({ text: 'e\u0301 오늘은 맑음', emotions: oneHot(0, 0.9), now: new Date(2024, 0, 1, 8).getTime() });
    const second = newDiaryEntry({ text: '비가 와서 우울', emotions: oneHot(1), songIds: ['s1'], now: new Date(2024, 0, 2, 8).getTime() });
    expect(first.label).toBe('joy');
    expect(first.text).toBe('\u00e9 오늘은 맑음');
    expect(await addDiaryEntry(db, first)).toBe(true);
    await addDiaryEntry(db, second);
    await recordRecommendations(db, newRecommendation({ source: 'diary', sourceId: second.id, mode: 'similar', songIds: ['s1'] }));

    const list = await listDiary(db);
    expect(list.map((e) => e.id)).toEqual([second.id, first.id]);
    expect(list.map((e) => e.day)).toEqual(['2024-01-02', '2024-01-01']);
    expect(await getDiaryEntry(db, first.id)).toEqual(first);
    expect((await listDiary(db, { before: second.createdAt })).map((e) => e.id)).toEqual([first.id]);

    expect(await updateDiaryEntry(db, first.id, { songIds: ['s9'] })).toBe(true);
    expect((await getDiaryEntry(db, first.id))?.songIds).toEqual(['s9']);

    expect(await deleteDiaryEntry(db, second.id)).toBe(true);
    expect(await getDiaryEntry(db, second.id)).toBeUndefined();
    expect(await db.recommendations.count()).toBe(0);
    expect(await db.diary.count()).toBe(1);
  });
});

describe('settings', () => {
  it('returns typed defaults, stores valid values and ignores invalid ones', async () => {
    expect(await getSetting(db, 'gaugeThreshold')).toBe(100);
    expect(await getSetting(db, 'theme')).toBe('system');
    expect(await getSetting(db, 'syncEnabled')).toBe(false);
    expect(await getAllSettings(db)).toEqual(DEFAULT_SETTINGS);

    expect(await setSetting(db, 'theme', 'dark')).toBe(true);
    expect(await setSetting(db, 'gaugeThreshold', 150)).toBe(true);
    expect(await setSetting(db, 'syncEnabled', true)).toBe(true);
    expect(await getAllSettings(db)).toEqual({ gaugeThreshold: 150, theme: 'dark', syncEnabled: true });

    expect(await setSetting(db, 'gaugeThreshold', -1)).toBe(false);
    expect(await getSetting(db, 'gaugeThreshold')).toBe(150);

    // A corrupted stored value falls back to the default.
    await db.settings.put({ key: 'theme', value: 'purple' });
    expect(await getSetting(db, 'theme')).toBe('system');
  });
});
