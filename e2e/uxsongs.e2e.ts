/**
 * Session 37 (uxsongs), in a real browser against the production build:
 *   - the first download states its approximate total up front (from the build), suggests
 *     Wi-Fi and shows a percent;
 *   - song cards: "좋아요 / 별로예요" with icons and aria-pressed; a disliked card is dimmed with
 *     a line that says what the recommender does; offline the listen link gives way to
 *     "인터넷에 연결되면 들을 수 있어요"; a player that cannot load shows a plain message and
 *     the YouTube link instead of a grey frame;
 *   - on a touch phone every small button is at least 44 px high (the switch's hit area too);
 *   - 기록 with one day on record draws that day alone, centred and with its date;
 *   - 설정 explains the community server and why the switch is off-limits, the address under 고급;
 *   - on a desktop the header and tabs stay put when results open and on tab switches, and
 *     small buttons keep their compact size.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blockYouTube, screenshot, sendChat, useSharedApp, waitForModel, type PageOptions } from './harness';

const app = useSharedApp();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };
/** No network in tests: the embedded player fails the same way everywhere. */
const noPlayer = blockYouTube;
const PHONE_PAGE: PageOptions = { context: PHONE, prepare: noPlayer };
const DESKTOP_PAGE: PageOptions = { context: DESKTOP, prepare: noPlayer };

async function openTab(page: Page, name: '대화' | '일기' | '기록' | '설정') {
  await page.getByRole('tab', { name }).click();
  await expect.poll(() => page.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
}

async function height(l: Locator): Promise<number> {
  const box = await l.boundingBox();
  if (!box) throw new Error('not visible');
  return box.height;
}

const ENTRY = '오늘은 하루 종일 마음이 무거웠다. 발표를 망친 것 같아서 자꾸 그 장면이 떠오르고, 집에 와서도 아무것도 손에 잡히지 않았다.';

describe('uxsongs: song cards, first download, touch targets, timeline, sync, layout', () => {
  it('phone: download size up front, song cards, offline, player error, 44 px targets, one-day timeline, sync copy', async () => {
    // The runtime arrives late, so the first-download card stays up long enough to read.
    const res = await fetch(`${app.server.origin}/sw.js`);
    const wasmPath = /"(models\/ort\/[^"]+\.wasm)"/.exec(await res.text())?.[1];
    expect(wasmPath, 'the service worker precaches the runtime').toBeTruthy();
    app.server.setDelay(`/${wasmPath!}`, 4_000);
    try {
      await app.withPage(async (page, context) => {
        await page.goto(`${app.server.origin}/`);
        expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), 'a touch phone').toBe(true);

        // 1. First download: the total up front, Wi-Fi, then a percent.
        const size = page.getByTestId('model-download-size');
        await size.waitFor({ timeout: 20_000 });
        const intro = (await size.textContent()) ?? '';
        expect(intro).toMatch(/내려받아요 \(약 \d+ MB\)/);
        expect(intro).toContain('와이파이');
        const mb = Number(/약 (\d+) MB/.exec(intro)![1]);
        expect(mb).toBeGreaterThan(20); // model + runtime + data, not a guess of a few MB
        await expect
          .poll(() => page.getByTestId('model-download-progress').textContent(), { timeout: 20_000 })
          .toMatch(new RegExp(`약 ${mb} MB 중 .*\\(\\d+%\\)`));
        await screenshot(page, 'uxsongs-phone-first-download', { fullPage: false });
        await waitForModel(page);
        app.server.setDelay(`/${wasmPath!}`, null);

        // 2. Song cards (the diary gives three at once).
        await openTab(page, '일기');
        await page.getByTestId('diary-input').fill(ENTRY);
        await page.getByTestId('diary-submit').click();
        const list = page.getByTestId('diary-songs');
        await expect.poll(() => list.getByTestId('song-card').count(), { timeout: 60_000 }).toBe(3);
        const card = list.getByTestId('song-card').first();
        const like = card.getByTestId('feedback-like');
        const dislike = card.getByTestId('feedback-dislike');
        expect((await like.textContent())?.trim()).toBe('좋아요');
        expect((await dislike.textContent())?.trim()).toBe('별로예요');
        expect(await like.locator('svg.feedback-icon').count()).toBe(1);
        expect(await dislike.locator('svg.feedback-icon').count()).toBe(1);
        expect(await dislike.getAttribute('aria-pressed')).toBe('false');
        expect(await card.getByTestId('song-disliked-note').count()).toBe(0);
        await dislike.click();
        await expect.poll(() => card.getAttribute('data-feedback')).toBe('disliked');
        expect(await dislike.getAttribute('aria-pressed')).toBe('true');
        expect(await like.getAttribute('aria-pressed')).toBe('false');
        // Session 40: a dislike keeps the song out of both lists from now on, and says how to undo it.
        expect((await card.getByTestId('song-disliked-note').textContent())?.trim()).toBe('이 곡은 이제 추천하지 않을게요. 기록 탭의 좋아한 노래에서 되돌릴 수 있어요.');
        // Session 39 (uia): set apart by a panel, never faded (the text keeps its contrast).
        expect(Number(await card.locator('.song-head').evaluate((el) => getComputedStyle(el).opacity))).toBe(1);
        expect(await card.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
        expect(Number(await dislike.evaluate((el) => getComputedStyle(el).opacity))).toBe(1);
        await screenshot(page, 'uxsongs-phone-disliked', { fullPage: false });

        // 4. Touch targets on the card.
        for (const l of [card.getByTestId('song-open'), card.getByTestId('song-play'), like, dislike]) {
          expect(await height(l)).toBeGreaterThanOrEqual(44);
        }

        // 6. A player that cannot load: a plain message and the YouTube link, no grey frame.
        await card.getByTestId('song-play').click();
        // While it loads, a line instead of whatever the frame shows.
        expect(await card.locator('[data-testid="song-player"][data-state="loading"]').count()).toBe(1);
        expect(await card.locator('.player-loading').isVisible()).toBe(true);
        const failed = card.getByTestId('song-player-failed');
        await failed.waitFor({ timeout: 20_000 });
        expect(await failed.textContent()).toContain('플레이어를 불러오지 못했어요');
        expect(await failed.locator('a').getAttribute('href')).toMatch(/^https:\/\/www\.youtube\.com\/watch\?v=/);
        expect(await card.getByTestId('song-player').isVisible()).toBe(false);
        expect(await card.locator('iframe').count()).toBe(0);

        // Offline: no link that would fail, a plain line instead.
        await context.setOffline(true);
        await expect.poll(() => card.getByTestId('song-open').count()).toBe(0);
        expect(await card.getByTestId('song-play').count()).toBe(0);
        expect((await card.getByTestId('song-offline').textContent())?.trim()).toBe('인터넷에 연결되면 들을 수 있어요');
        await context.setOffline(false);
        await expect.poll(() => card.getByTestId('song-open').count()).toBe(1);

        // 4. The chat's 새 대화 and the install pill's class, 기록's range switch, 설정's switch.
        await openTab(page, '대화');
        expect(await height(page.getByTestId('new-conversation'))).toBeGreaterThanOrEqual(44);

        // 7. One day on record: a dated week of real days (session 38, rettime), its bar over today.
        await openTab(page, '기록');
        const chart = page.locator('.mood-timeline-chart');
        await expect.poll(() => chart.getAttribute('data-columns'), { timeout: 20_000 }).toBe('7');
        // Today as the chart counts it: a day starts at 04:00 (src/store/day.ts).
        const today = await page.evaluate(() => {
          const d = new Date(Date.now() - 4 * 3_600_000);
          // Session 39 (uia): a dated week's labels are day numbers (the month under the first).
          return String(d.getDate());
        });
        await expect.poll(() => chart.locator('svg text').allTextContents(), { timeout: 20_000 }).toContain(today);
        const todayLabel = await chart.locator('svg text', { hasText: new RegExp(`^${today}$`) }).boundingBox();
        // The stacked segments of the one bar (after the grow-in animation).
        const measureBar = () =>
          chart.evaluate((host) => {
            const h = host.getBoundingClientRect();
            const rects = [...host.querySelectorAll('svg path')]
              .map((p) => p.getBoundingClientRect())
              .filter((r) => r.height > 2 && r.width > 2 && r.width < h.width / 2);
            if (rects.length === 0) return null;
            const left = Math.min(...rects.map((r) => r.left));
            const right = Math.max(...rects.map((r) => r.right));
            const top = Math.min(...rects.map((r) => r.top));
            const bottom = Math.max(...rects.map((r) => r.bottom));
            return { host: { left: h.left, right: h.right }, left, right, tall: bottom - top };
          });
        await expect.poll(async () => (await measureBar())?.tall ?? 0, { timeout: 10_000 }).toBeGreaterThan(100);
        const bar = (await measureBar())!;
        expect(bar.right - bar.left).toBeGreaterThan(8);
        expect(bar.right - bar.left).toBeLessThanOrEqual(44);
        const centre = (bar.left + bar.right) / 2;
        expect(todayLabel).not.toBeNull();
        expect(Math.abs(centre - (todayLabel!.x + todayLabel!.width / 2))).toBeLessThan(6); // over its date
        for (const seg of await page.locator('.range-switch .segment span').all()) {
          expect(await height(seg)).toBeGreaterThanOrEqual(44);
        }
        await screenshot(page, 'uxsongs-phone-history', { fullPage: false });

        // 2. 설정: what the community server is, why the switch is off, the address under 고급.
        await openTab(page, '설정');
        const explainer = (await page.getByTestId('sync-explainer').textContent()) ?? '';
        expect(explainer).toContain('커뮤니티 서버');
        expect(explainer).toContain('쓰지 않아도');
        expect(explainer).not.toMatch(/https?:\/\//);
        const sync = page.getByTestId('settings-sync');
        expect(await sync.isChecked()).toBe(false);
        expect(await sync.isDisabled()).toBe(true);
        expect(await page.getByTestId('settings-sync-reason').textContent()).toContain('켤 수 없어요');
        expect(await page.getByTestId('settings-server-url').isVisible()).toBe(false);
        await page.getByTestId('sync-advanced').locator('summary').click();
        expect(await page.getByTestId('settings-server-url').isVisible()).toBe(true);
        expect(await page.locator('#settings-sync-state').textContent()).toBe('꺼짐');
        expect(await page.getByText('좋아요/별로예요', { exact: true }).count()).toBeGreaterThan(0);
        // The switch's hit area reaches 44 px high: a tap just above or below it still lands on it.
        await sync.scrollIntoViewIfNeeded();
        const hits = await sync.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const x = r.left + r.width / 2;
          return [r.top - 7, r.bottom + 7].map((y) => document.elementFromPoint(x, y) === el);
        });
        expect(hits).toEqual([true, true]);
        expect(await height(sync)).toBeGreaterThanOrEqual(32);
        await page.getByTestId('sync-explainer').scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollBy(0, -120));
        await screenshot(page, 'uxsongs-phone-settings', { fullPage: false });
      }, PHONE_PAGE);
    } finally {
      if (wasmPath) app.server.setDelay(`/${wasmPath}`, null);
    }
  });

  it('desktop: the header and tabs stay put when results open and on tab switches; small buttons stay compact', async () => {
    await app.withPage(async (page) => {
      await page.goto(`${app.server.origin}/`);
      await waitForModel(page);
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(false);
      const x = async () => {
        const header = await page.locator('.app-header').boundingBox();
        const tabs = await page.locator('.tabs').boundingBox();
        return [Math.round(header!.x), Math.round(tabs!.x), Math.round(tabs!.width)];
      };
      const before = await x();
      expect(await height(page.getByTestId('new-conversation'))).toBeLessThan(44);
      await sendChat(page, '요즘 너무 우울해요. 회사 일이 하나도 손에 안 잡혀요.');
      await sendChat(page, '퇴근하고 집에 오면 아무것도 못 하고 누워만 있어요.');
      await sendChat(page, '신나는 노래 추천해줘');
      await page.getByTestId('recommendations').waitFor({ timeout: 30_000 });
      await page.locator('.chat-layout.with-results').waitFor({ timeout: 10_000 });
      expect(await x()).toEqual(before);
      await openTab(page, '기록');
      expect(await x()).toEqual(before);
      await openTab(page, '대화');
      expect(await x()).toEqual(before);
      await screenshot(page, 'uxsongs-desktop-results', { fullPage: false });
    }, DESKTOP_PAGE);
  });
});
