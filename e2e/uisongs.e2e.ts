/**
 * Session 40 (uisongs), on a phone against the production build:
 *   - 별로예요 means never again: a song disliked in "기분을 바꿔 줄 노래" is in neither list of the
 *     next conversation, and the card says so plainly (and how to undo it);
 *   - a like counts: a song liked from far down the list comes back on the first page of the next
 *     conversation with the same mood, saying "전에 좋아한 곡이에요";
 *   - the gauge says what it is for while it fills; gauge, hint and chips are at least 14 px; song
 *     chips in words, never percentages;
 *   - tabs: another tab opens at its top; 대화 tapped again, or "대화로 돌아가기" under the songs,
 *     goes back to the input;
 *   - 기록's folded "별로예요 한 노래" shows a disclosure triangle;
 *   - storage full: a like that could not be saved is undone on the card, with the reason beside it.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GAUGE_HINT } from '../src/ui/chat/gaugeCopy';
import { blockYouTube, screenshot, sendWithButton, useSharedApp, waitForModel } from './harness';

const app = useSharedApp();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const STORY = [
  '오늘 회사에서 발표를 망쳐서 너무 속상하고 우울해요 정말로',
  '잠도 잘 안 오고 아무것도 하기 싫어요 친구들한테도 미안하고',
  '그냥 혼자 있고 싶은데 또 외로워요',
  '주말에도 계속 회사 생각이 나서 제대로 쉬지를 못했어요',
];

async function openTab(page: Page, name: '대화' | '일기' | '기록' | '설정') {
  await page.getByRole('tab', { name }).click();
  await expect.poll(() => page.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
}

const px = (l: Locator, pseudo?: string) =>
  l.evaluate((el, p) => parseFloat(getComputedStyle(el, p ?? null).fontSize), pseudo);

/** Tells the story and opens the songs (early, or with the full gauge). */
async function songsFor(page: Page): Promise<void> {
  for (const line of STORY) await sendWithButton(page, line);
  const early = page.getByTestId('early-songs');
  if (await early.count()) await early.click();
  else await page.getByTestId('open-results').click();
  await page.locator('[data-testid="song-list-similar"] [data-testid="song-card"]').first().waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="song-list-shift"] [data-testid="song-card"]').first().waitFor({ state: 'attached', timeout: 60_000 });
}

const idsIn = (page: Page, mode: 'similar' | 'shift') =>
  page.locator(`[data-testid="song-list-${mode}"] [data-testid="song-card"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-song-id')!));

/** The stored ratings, song id → liked. */
function storedRatings(page: Page): Promise<Record<string, boolean>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('maum-shimpyo');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const rows = await new Promise<{ songId: string; liked: boolean }[]>((resolve, reject) => {
      const r = db.transaction('feedback', 'readonly').objectStore('feedback').getAll();
      r.onsuccess = () => resolve(r.result as { songId: string; liked: boolean }[]);
      r.onerror = () => reject(r.error);
    });
    db.close();
    return Object.fromEntries(rows.map((f) => [f.songId, f.liked]));
  });
}

async function inViewport(page: Page, l: Locator): Promise<boolean> {
  const box = await l.boundingBox();
  const h = await page.evaluate(() => innerHeight);
  return !!box && box.y >= 0 && box.y + box.height <= h;
}

describe('uisongs: dislikes and likes that mean what they say, tabs, gauge, storage full', () => {
  it('phone: gauge hint, chips in words, 별로예요 in both lists, a like comes back, tab scrolling', async () => {
    await app.withPage(
      async (page) => {
        await page.goto(`${app.server.origin}/`);
        await waitForModel(page);

        // Gauge: says what it is for, readable sizes.
        const hint = page.getByTestId('gauge-hint');
        expect((await hint.textContent())?.trim()).toBe(GAUGE_HINT);
        expect(await px(page.locator('.gauge-text'))).toBeGreaterThanOrEqual(15);
        expect(await px(hint)).toBeGreaterThanOrEqual(14);
        const hintBox = await hint.boundingBox();
        expect(hintBox!.height, 'one line on a phone').toBeLessThan(30);
        await screenshot(page, 'uisongs-phone-gauge-hint', { fullPage: false });

        await songsFor(page);
        expect(await hint.count(), 'the hint is gone once the songs are open').toBe(0);
        expect(await px(page.getByTestId('emotion-chip').first())).toBeGreaterThanOrEqual(14);
        const similar = page.getByTestId('song-list-similar');
        const chips = await similar.locator('.chip').allTextContents();
        expect(chips.length).toBeGreaterThan(0);
        for (const c of chips) expect(c).toMatch(/^\S+ (많이|조금|살짝)$/);
        expect(await px(similar.locator('.chip').first())).toBeGreaterThanOrEqual(14);

        // 별로예요 on the shift list's first song; a like on a song from the third page of the similar list.
        await page.getByTestId('recs-tab-shift').click();
        const shiftCard = page.locator('[data-testid="song-list-shift"] [data-testid="song-card"]').first();
        const disliked = (await shiftCard.getAttribute('data-song-id'))!;
        await shiftCard.getByTestId('feedback-dislike').click();
        await expect.poll(() => shiftCard.getAttribute('data-feedback')).toBe('disliked');
        expect((await shiftCard.getByTestId('song-disliked-note').textContent())?.trim()).toBe(
          '이 곡은 이제 추천하지 않을게요. 기록 탭의 좋아한 노래에서 되돌릴 수 있어요.',
        );
        await page.getByTestId('recs-tab-similar').click();
        const firstPage = await idsIn(page, 'similar');
        for (let i = 0; i < 2; i++) {
          const before = (await idsIn(page, 'similar')).join();
          await page.getByTestId('recs-more-similar').click();
          await expect.poll(async () => (await idsIn(page, 'similar')).join(), { timeout: 30_000 }).not.toBe(before);
        }
        const likedCard = page.locator('[data-testid="song-list-similar"] [data-testid="song-card"]').last();
        const liked = (await likedCard.getAttribute('data-song-id'))!;
        expect(firstPage).not.toContain(liked);
        await likedCard.getByTestId('feedback-like').click();
        await expect.poll(() => likedCard.getAttribute('data-feedback')).toBe('liked');
        // Both ratings are stored before the reload below.
        await expect.poll(() => storedRatings(page)).toEqual({ [disliked]: false, [liked]: true });

        // A reload picks this conversation's lists again with the same seeds: the song disliked in
        // "기분을 바꿔 줄 노래" is in neither list (before session 40 it came back there).
        await page.reload();
        await waitForModel(page);
        await page.locator('[data-testid="song-list-shift"] [data-testid="song-card"]').first().waitFor({ state: 'attached', timeout: 60_000 });
        const reloaded = [...(await idsIn(page, 'similar')), ...(await idsIn(page, 'shift'))];
        expect(reloaded.length).toBeGreaterThan(5);
        expect(reloaded, '별로예요 keeps it out of both lists after a reload').not.toContain(disliked);

        // Tabs: the songs are below the chat; 기록 opens at its top, 대화 shows the input again.
        await page.getByTestId('back-to-chat').scrollIntoViewIfNeeded();
        expect(await page.evaluate(() => scrollY)).toBeGreaterThan(300);
        await openTab(page, '기록');
        await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
        // The folded dislikes show a disclosure triangle that turns when open.
        const summary = page.getByTestId('disliked-songs').locator('summary');
        await summary.scrollIntoViewIfNeeded();
        expect(await summary.evaluate((el) => parseFloat(getComputedStyle(el, '::before').borderLeftWidth))).toBeGreaterThan(0);
        const closed = await summary.evaluate((el) => getComputedStyle(el, '::before').transform);
        await summary.click();
        await expect.poll(() => summary.evaluate((el) => getComputedStyle(el, '::before').transform)).not.toBe(closed);
        await page.waitForTimeout(400);
        await screenshot(page, 'uisongs-phone-disliked-open', { fullPage: false });
        await openTab(page, '대화');
        const input = page.getByTestId('chat-input');
        await expect.poll(() => inViewport(page, input)).toBe(true);

        // 대화 tapped again while reading the songs: back to the input, focused.
        await page.getByTestId('back-to-chat').scrollIntoViewIfNeeded();
        await expect.poll(() => inViewport(page, input)).toBe(false);
        await page.getByRole('tab', { name: '대화' }).click();
        await expect.poll(() => inViewport(page, input)).toBe(true);
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('chat-input');
        // "대화로 돌아가기" under the songs does the same.
        await page.getByTestId('chat-input').blur();
        await page.getByTestId('back-to-chat').scrollIntoViewIfNeeded();
        await screenshot(page, 'uisongs-phone-back-to-chat', { fullPage: false });
        await expect.poll(() => inViewport(page, input)).toBe(false);
        await page.getByTestId('back-to-chat').click();
        await expect.poll(() => inViewport(page, input)).toBe(true);
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('chat-input');

        // The next conversation, same mood: the disliked song is in neither list; the liked one is back.
        await page.getByTestId('new-conversation').click();
        await expect.poll(() => page.getByTestId('user-message').count()).toBe(0);
        await songsFor(page);
        await expect.poll(async () => (await idsIn(page, 'shift')).length, { timeout: 30_000 }).toBeGreaterThan(0);
        const again = [...(await idsIn(page, 'similar')), ...(await idsIn(page, 'shift'))];
        expect(again, '별로예요 keeps it out of both lists').not.toContain(disliked);
        await expect.poll(() => idsIn(page, 'similar'), { message: 'the liked song is offered again', timeout: 15_000 }).toContain(liked);
        const back = page.locator(`[data-testid="song-list-similar"] [data-song-id="${liked}"]`);
        expect(await back.locator('.song-reason').textContent()).toContain('전에 좋아한 곡이에요');
        expect(await back.getAttribute('data-feedback')).toBe('liked');
        await back.scrollIntoViewIfNeeded();
        await screenshot(page, 'uisongs-phone-liked-again', { fullPage: false });
      },
      { context: PHONE, prepare: blockYouTube },
    );
  });

  it('phone, storage full: a like that could not be saved is undone, with the reason next to the card', async () => {
    await app.withPage(
      async (page, context) => {
        await context.addInitScript(() => {
          const w = window as unknown as { __full?: boolean };
          for (const k of ['put', 'add'] as const) {
            const original = IDBObjectStore.prototype[k];
            IDBObjectStore.prototype[k] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
              if (w.__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
              return original.apply(this, args);
            } as typeof original;
          }
        });
        await page.goto(`${app.server.origin}/`);
        await waitForModel(page);
        await songsFor(page);
        await page.evaluate(() => ((window as unknown as { __full?: boolean }).__full = true));
        const card = page.locator('[data-testid="song-list-similar"] [data-testid="song-card"]').first();
        const like = card.getByTestId('feedback-like');
        await like.click();
        const note = card.getByTestId('song-unsaved');
        await note.waitFor({ timeout: 10_000 });
        expect(await note.textContent()).toContain('저장 공간이 부족해 저장하지 못했어요');
        expect(await like.getAttribute('aria-pressed'), 'not shown as liked').toBe('false');
        expect(await card.getAttribute('data-feedback')).toBe('');
        const noteBox = await note.boundingBox();
        const likeBox = await like.boundingBox();
        expect(noteBox!.y - (likeBox!.y + likeBox!.height), 'right under the buttons').toBeLessThan(40);
        await note.scrollIntoViewIfNeeded();
        await screenshot(page, 'uisongs-phone-quota-like', { fullPage: false });
        // Space again: the like is saved and the note goes.
        await page.evaluate(() => ((window as unknown as { __full?: boolean }).__full = false));
        await like.click();
        await expect.poll(() => like.getAttribute('aria-pressed')).toBe('true');
        await expect.poll(() => note.count()).toBe(0);
        expect(await like.getAttribute('aria-pressed')).toBe('true');
      },
      { context: PHONE, prepare: blockYouTube },
    );
  });
});
