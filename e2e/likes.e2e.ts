/**
 * Session 38 (likes), in a real browser against the production build:
 *   - 좋아요 / 별로예요 are toggles: a second tap clears the rating (aria-pressed false) and the
 *     store keeps one row per song, never one per tap;
 *   - 기록 lists "좋아한 노래" (title, artist, when, YouTube link, offline line, 좋아요 취소) and,
 *     folded, "별로예요 한 노래" with "다시 추천받기", which the song card follows;
 *   - the export is readable (local ISO times, named emotions, song titles, a header saying how
 *     to bring it back) and an old schema-2 file with repeated likes still imports as one;
 *   - 설정's storage shows the records and the offline app/model files apart, and after
 *     모든 기록 지우기 says there are no records.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blockYouTube, screenshot, useSharedApp, waitForModel } from './harness';

const app = useSharedApp();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, timezoneId: 'Asia/Seoul' };
const ENTRY = '오늘은 하루 종일 마음이 무거웠다. 발표를 망친 것 같아서 자꾸 그 장면이 떠오르고, 집에 와서도 아무것도 손에 잡히지 않았다.';
const ISO_SEOUL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+09:00$/;

function withPhone(fn: (page: Page, context: BrowserContext) => Promise<void>) {
  return app.withPage(fn, { context: PHONE, prepare: blockYouTube });
}

async function openTab(page: Page, name: '대화' | '일기' | '기록' | '설정') {
  await page.getByRole('tab', { name }).click();
  await expect.poll(() => page.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
}

interface FeedbackRow {
  id: string;
  songId: string;
  mode: string;
  liked: boolean;
  mood: number[];
  sourceId: string;
  createdAt: number;
}

async function feedbackRows(page: Page): Promise<FeedbackRow[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('maum-shimpyo');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const rows = await new Promise<FeedbackRow[]>((resolve, reject) => {
      const r = db.transaction('feedback', 'readonly').objectStore('feedback').getAll();
      r.onsuccess = () => resolve(r.result as FeedbackRow[]);
      r.onerror = () => reject(r.error);
    });
    db.close();
    return rows;
  });
}

const rowsOf = async (page: Page, songId: string) => (await feedbackRows(page)).filter((f) => f.songId === songId);
const pressed = (l: Locator) => l.getAttribute('aria-pressed');

describe('likes: toggles, the liked list, dislike undo, a readable export', () => {
  it('phone: like → un-like → like, 좋아한 노래 in 기록, 다시 추천받기, export, storage, old import', async () => {
    await withPhone(async (page, context) => {
      await page.goto(`${app.server.origin}/`);
      await waitForModel(page);

      // Three songs from a diary entry.
      await openTab(page, '일기');
      await page.getByTestId('diary-input').fill(ENTRY);
      await page.getByTestId('diary-submit').click();
      const list = page.getByTestId('diary-songs');
      await expect.poll(() => list.getByTestId('song-card').count(), { timeout: 60_000 }).toBe(3);
      const first = list.getByTestId('song-card').nth(0);
      const second = list.getByTestId('song-card').nth(1);
      const likedId = (await first.getAttribute('data-song-id'))!;
      const dislikedId = (await second.getAttribute('data-song-id'))!;
      const likedTitle = (await first.locator('.song-title').textContent())!.trim();
      const likedArtist = (await first.locator('.song-artist').textContent())!.trim();
      const dislikedTitle = (await second.locator('.song-title').textContent())!.trim();

      // 1. 좋아요 is a toggle: tap → pressed, tap again → cleared (and nothing stored), tap → one row.
      const like = first.getByTestId('feedback-like');
      await like.click();
      await expect.poll(() => pressed(like)).toBe('true');
      await expect.poll(async () => (await rowsOf(page, likedId)).length).toBe(1);
      await like.click();
      await expect.poll(() => pressed(like)).toBe('false');
      expect(await first.getAttribute('data-feedback')).toBe('');
      await expect.poll(async () => (await rowsOf(page, likedId)).length).toBe(0);
      await like.click();
      await expect.poll(() => pressed(like)).toBe('true');
      await expect.poll(async () => (await rowsOf(page, likedId)).map((f) => f.liked)).toEqual([true]);

      // 별로예요 on the second, then 좋아요 → 별로예요 switches without a second row.
      const dislike = second.getByTestId('feedback-dislike');
      await second.getByTestId('feedback-like').click();
      await dislike.click();
      await expect.poll(() => pressed(dislike)).toBe('true');
      expect(await pressed(second.getByTestId('feedback-like'))).toBe('false');
      await expect.poll(async () => (await rowsOf(page, dislikedId)).map((f) => f.liked)).toEqual([false]);

      // 2. 기록 → 좋아한 노래: title, artist, when, the YouTube link; the dislike folded below.
      await openTab(page, '기록');
      const card = page.getByTestId('liked-songs');
      await expect.poll(() => card.getByTestId('liked-song').count()).toBe(1);
      const item = card.getByTestId('liked-song').first();
      expect(await item.getAttribute('data-song-id')).toBe(likedId);
      const itemText = (await item.textContent()) ?? '';
      expect(itemText).toContain(likedTitle);
      expect(itemText).toContain(likedArtist);
      // Session 39 (uia): when, as its own phrase (after a song called "오늘" it read as its name).
      expect(itemText).toContain('좋아요 누른 날: 오늘');
      expect(itemText).not.toContain('오늘 좋아요');
      expect(await item.getByTestId('liked-song-open').getAttribute('href')).toMatch(/^https:\/\/www\.youtube\.com\/watch\?v=/);
      expect(await item.getByTestId('liked-song-open').getAttribute('target')).toBe('_blank');
      expect((await card.locator('h2').textContent())?.trim()).toBe('좋아한 노래 1곡');
      const disliked = page.getByTestId('disliked-songs');
      expect((await disliked.locator('summary').textContent())?.trim()).toBe('별로예요 한 노래 1곡');
      expect(await disliked.getByTestId('disliked-song').isVisible()).toBe(false); // folded
      await card.scrollIntoViewIfNeeded();
      await screenshot(page, 'likes-phone-history-liked', { fullPage: false });

      // Offline: the link gives way to a plain line, as on song cards.
      await context.setOffline(true);
      await item.getByTestId('liked-song-offline').waitFor();
      expect(await item.getByTestId('liked-song-open').count()).toBe(0);
      await context.setOffline(false);
      await item.getByTestId('liked-song-open').waitFor();

      // 3. 다시 추천받기 clears the dislike; the song card follows.
      await disliked.locator('summary').click();
      const undo = disliked.getByTestId('disliked-song-undo');
      expect(await undo.getAttribute('aria-label')).toBe(`${dislikedTitle} 다시 추천받기`);
      await undo.click();
      await expect.poll(() => page.getByTestId('disliked-songs').count()).toBe(0);
      await expect.poll(async () => (await rowsOf(page, dislikedId)).length).toBe(0);
      await openTab(page, '일기');
      await expect.poll(() => second.getAttribute('data-feedback')).toBe('');
      expect(await pressed(dislike)).toBe('false');

      // 좋아요 취소 in the list clears the card's like as well; then like it again.
      await openTab(page, '기록');
      await item.getByTestId('liked-song-unlike').click();
      await page.getByTestId('liked-songs-empty').waitFor();
      await openTab(page, '일기');
      await expect.poll(() => pressed(like)).toBe('false');
      await like.click();
      await expect.poll(() => pressed(like)).toBe('true');

      // 4. Storage: records and offline files apart.
      await openTab(page, '설정');
      await expect.poll(() => page.getByTestId('settings-storage-records').textContent(), { timeout: 20_000 }).toMatch(/약 \d+ KB/);
      await expect.poll(() => page.getByTestId('settings-storage-offline').textContent()).toMatch(/약 [\d.]+ (MB|KB)/);
      expect(await page.getByTestId('settings-storage').textContent()).not.toMatch(/MB를 쓰고 있어요/);

      // 5. Export: readable and labelled.
      expect((await page.getByTestId('settings-export').textContent())?.trim()).toBe('백업 파일로 내보내기');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('settings-export').click()]);
      const text = readFileSync(await download.path(), 'utf8');
      const backup = JSON.parse(text) as {
        schema: number;
        about: string;
        exportedAt: string;
        emotionNames: Record<string, string>;
        tables: {
          diary: { text: string; createdAt: string; emotions: Record<string, number>; songs: { id: string; title: string; artist: string }[] }[];
          feedback: { songId: string; title: string; artist: string; liked: boolean; createdAt: string; mood: Record<string, number> }[];
        };
        appData: { about: string; recommendations: { songs: { id: string; title: string }[] }[] };
      };
      expect(backup.schema).toBe(3);
      expect(backup.about).toContain('백업 파일 가져오기');
      expect(backup.exportedAt).toMatch(ISO_SEOUL);
      expect(backup.emotionNames.joy).toBe('기쁨');
      expect(backup.tables.diary[0]?.text).toBe(ENTRY);
      expect(backup.tables.diary[0]?.createdAt).toMatch(ISO_SEOUL);
      expect(Object.keys(backup.tables.diary[0]!.emotions)).toEqual(['joy', 'sadness', 'anger', 'anxiety', 'hurt', 'embarrassment', 'neutral']);
      expect(backup.tables.diary[0]?.songs.map((s) => s.id)).toContain(likedId);
      expect(backup.tables.feedback).toEqual([
        expect.objectContaining({ songId: likedId, title: likedTitle, artist: likedArtist, liked: true, createdAt: expect.stringMatching(ISO_SEOUL) }),
      ]);
      expect(Object.keys(backup.tables.feedback[0]!.mood)).toContain('sadness');
      expect(backup.appData.about).toContain('감정 분석');
      expect(text).not.toMatch(/"(createdAt|startedAt|updatedAt|exportedAt)": \d/);

      // 6. Delete everything: no records, the offline files stay.
      await page.getByTestId('settings-delete-all').click();
      await page.getByTestId('settings-confirm-delete-all').click();
      await expect.poll(() => page.getByTestId('settings-data-status').textContent()).toContain('모든 기록을 지웠어요');
      await expect.poll(() => page.getByTestId('settings-storage-records').textContent()).toBe('아직 저장된 기록이 없어요.');
      expect(await page.getByTestId('settings-storage-offline').textContent()).toMatch(/MB/);
      await page.getByTestId('settings-storage-use').scrollIntoViewIfNeeded();
      await screenshot(page, 'likes-phone-storage-after-delete', { fullPage: false });

      // 7. An old (schema 2) file where each tap added a row: imported as one like per song.
      const old = {
        app: 'maum-shimpyo',
        schema: 2,
        exportedAt: Date.now(),
        tables: {
          feedback: [1, 2, 3].map((i) => ({
            id: `old-${i}`,
            songId: likedId,
            mode: 'similar',
            liked: true,
            mood: [0, 1, 0, 0, 0, 0, 0],
            sourceId: 'old-conversation',
            createdAt: Date.now() - 86_400_000 * 3 + i,
          })),
        },
      };
      await page.getByTestId('settings-import').setInputFiles({
        name: 'maum-shimpyo-old.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(old)),
      });
      await expect.poll(() => page.getByTestId('settings-data-status').textContent()).toContain('노래 평가 1개');
      await expect.poll(async () => (await rowsOf(page, likedId)).map((f) => f.id)).toEqual(['old-3']);
      // …and the current file back in: the newer like wins, nothing doubles.
      await page.getByTestId('settings-import').setInputFiles({
        name: 'maum-shimpyo-new.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      await expect.poll(() => page.getByTestId('settings-data-status').textContent()).toContain('일기 1편');
      await expect.poll(async () => (await rowsOf(page, likedId)).length).toBe(1);
      await openTab(page, '기록');
      await expect.poll(() => page.getByTestId('liked-song').count()).toBe(1);
      expect(await page.getByTestId('liked-song').first().textContent()).toContain(likedTitle);
    });
  });
});
