/**
 * Session 38 (uilayout), the chat and songs layout in a real browser against the production build:
 *   - desktop (1280×800, songs beside the chat): the sticky tab bar's strip of background spans
 *     the whole window, so nothing scrolls visibly past the narrower bar; bringing the songs
 *     into view (asked for in the chat, or "노래 보기") shows the emotion chart whole above them;
 *   - phone (390×844, touch): the songs' title lands just below the sticky bar;
 *   - every tab label (the menu and the two song tabs) stays on one line at 1280, 390 and 360 px,
 *     and every tab stays at least 44 px high.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useSharedApp, waitForModel, sendWithButton } from './harness';

const app = useSharedApp();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };

const STORY = [
  '요즘 너무 우울해요. 회사 일이 하나도 손에 안 잡혀요.',
  '퇴근하고 집에 오면 아무것도 못 하고 누워만 있어요.',
  '주말에도 계속 회사 생각이 나서 제대로 쉬지를 못했어요.',
];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function box(l: Locator): Promise<Box> {
  const b = await l.boundingBox();
  if (!b) throw new Error('not visible');
  return b;
}

/** Waits until the page and the results column stop scrolling (smooth scrolls, the chart drawing). */
async function settle(page: Page): Promise<void> {
  const at = () =>
    page.evaluate(() => `${scrollY}:${document.getElementById('chat-results')?.scrollTop ?? 0}:${document.getElementById('recs-title')?.getBoundingClientRect().top ?? 0}`);
  let last = '';
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(150);
    const now = await at();
    if (now === last) return;
    last = now;
  }
}

const send = sendWithButton;

/** A short story, then a song request in the chat: the songs open (beside the chat or below it). */
async function askForSongs(page: Page): Promise<void> {
  await waitForModel(page);
  for (const line of STORY) await send(page, line);
  await send(page, '잔잔한 노래 추천해줘');
  await page.getByTestId('recommendations').waitFor({ timeout: 30_000 });
  await page.locator('[data-testid="song-card"]:visible').first().waitFor({ timeout: 30_000 });
  await settle(page);
}

/**
 * Counts the pixels in `clip` (viewport coordinates) that are not the page background: the
 * screenshot is decoded by the page's own canvas.
 */
async function offBackground(page: Page, clip: Box): Promise<number> {
  const png = await page.screenshot({ clip, type: 'png' });
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const hex = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim();
    const bg = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    let off = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (bg.some((v, k) => Math.abs(data[i + k]! - v) > 6)) off++;
    }
    return off;
  }, png.toString('base64'));
}

/** The number of text lines a tab's visible label takes. */
async function labelLines(tab: Locator): Promise<number> {
  return tab.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    return tops.size;
  });
}

/** Every menu tab and every song tab: one line, at least 44 px high. */
async function expectTabsOnOneLine(page: Page, where: string): Promise<void> {
  const tabs = page.locator('.tabs [role="tab"], .seg-tab:visible');
  const n = await tabs.count();
  expect(n, where).toBeGreaterThanOrEqual(6);
  for (let i = 0; i < n; i++) {
    const tab = tabs.nth(i);
    const name = (await tab.textContent())?.trim();
    expect(await labelLines(tab), `${where}: "${name}" on one line`).toBe(1);
    expect((await box(tab)).height, `${where}: "${name}" is a 44 px target`).toBeGreaterThanOrEqual(43.9);
  }
}

/** On a desktop: the chart whole inside the column, below the bar, and the songs' title in view. */
async function expectChartAndSongs(page: Page, where: string): Promise<void> {
  const bar = await box(page.locator('.tabs'));
  const column = await box(page.locator('#chat-results'));
  const chart = await box(page.locator('.results-chart'));
  const title = await box(page.locator('#recs-title'));
  expect(chart.y, `${where}: the chart is not sliced by the column`).toBeGreaterThanOrEqual(column.y - 1);
  expect(chart.y, `${where}: the chart is below the tab bar`).toBeGreaterThanOrEqual(bar.y + bar.height);
  expect(title.y + title.height, `${where}: the songs' title shows in the column`).toBeLessThanOrEqual(column.y + column.height);
  expect(column.y + column.height, `${where}: the column ends inside the window`).toBeLessThanOrEqual(800);
}

describe('uilayout: the chat and songs layout', () => {
  it.each(['light', 'dark'] as const)('desktop (%s): a full-width strip under the tab bar; the chart and the songs both in view', async (colorScheme) => {
    await app.withPage(async (page) => {
      await page.goto(`${app.server.origin}/`);
      await askForSongs(page);
      await page.locator('.chat-layout.with-results').waitFor();

      // Songs asked for in the chat: the chart whole above them.
      await expectChartAndSongs(page, 'asked in the chat');
      await screenshot(page, `uilayout-desktop-songs-1280x800-${colorScheme}`, { fullPage: false });

      // "노래 보기" after the column was scrolled to its end and the page back to its top.
      await page.evaluate(() => {
        document.getElementById('chat-results')!.scrollTop = 1e6;
        scrollTo(0, 0);
      });
      await settle(page);
      expect((await box(page.locator('.results-chart'))).y, 'the column was scrolled past the chart').toBeLessThan(0);
      await page.getByTestId('bot-message').last().getByTestId('show-songs').click();
      await settle(page);
      await expectChartAndSongs(page, '노래 보기');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('recs-title');
      await screenshot(page, `uilayout-desktop-show-songs-1280x800-${colorScheme}`, { fullPage: false });

      // The strip under the bar: scroll the chat under it and look at both sides of the bar.
      const scrollable = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
      expect(scrollable, 'the page scrolls (the chat is longer than the window)').toBeGreaterThan(120);
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await settle(page);
      await page.addStyleTag({ content: '.toasts { visibility: hidden !important; }' });
      const bar = await box(page.locator('.tabs'));
      expect(bar.y, 'the bar sticks to the top').toBe(0);
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      const sides: Box[] = [
        { x: 0, y: 0, width: bar.x - 24, height: bar.height },
        { x: bar.x + bar.width + 24, y: 0, width: width - (bar.x + bar.width + 24), height: bar.height },
      ];
      for (const side of sides) expect(await offBackground(page, side), 'nothing shows beside the bar').toBe(0);
      await screenshot(page, `uilayout-desktop-scrolled-1280x800-${colorScheme}`, { fullPage: false });
      // Without the full-width strip the chat and songs show there: the probe above has teeth.
      await page.addStyleTag({ content: '.tabs::before { box-shadow: none !important; clip-path: none !important; }' });
      const uncovered = (await offBackground(page, sides[0]!)) + (await offBackground(page, sides[1]!));
      expect(uncovered, 'the content under the bar is what the strip hides').toBeGreaterThan(50);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scroll').toBeLessThanOrEqual(width);

      await expectTabsOnOneLine(page, '1280×800');
      expect(await page.getByRole('tab', { name: '지금 내 감정과 비슷한 노래' }).count()).toBe(1);
    }, { colorScheme, context: DESKTOP });
  });

  it('phone: the songs land just below the bar; tab labels on one line at 390 and 360 px', async () => {
    await app.withPage(async (page) => {
      await page.goto(`${app.server.origin}/`);
      await askForSongs(page);
      const title = page.locator('#recs-title');
      const below = async () => {
        const bar = await box(page.locator('.tabs'));
        return (await box(title)).y - (bar.y + bar.height);
      };
      // Asked for in the chat: just below the bar (not under it, not far down).
      let gap = await below();
      expect(gap, 'the title is not under the bar').toBeGreaterThanOrEqual(0);
      expect(gap, 'the title is just below the bar').toBeLessThanOrEqual(40);
      await screenshot(page, 'uilayout-phone-songs-390x844', { fullPage: false });

      // "노래 보기" from the reply, scrolled back up: the same place.
      const showSongs = page.getByTestId('bot-message').last().getByTestId('show-songs');
      await showSongs.scrollIntoViewIfNeeded();
      await settle(page);
      await showSongs.click();
      await settle(page);
      gap = await below();
      expect(gap, '노래 보기: the title is not under the bar').toBeGreaterThanOrEqual(0);
      expect(gap, '노래 보기: the title is just below the bar').toBeLessThanOrEqual(40);

      await expectTabsOnOneLine(page, '390×844');
      // The short visible name is part of the full one, which stays the tab's name.
      const similar = page.getByRole('tab', { name: '지금 내 감정과 비슷한 노래' });
      expect(await similar.count()).toBe(1);
      expect((await similar.textContent())?.trim()).toContain('비슷한 노래');

      await page.setViewportSize({ width: 360, height: 740 });
      await settle(page);
      // Narrowed from 390 px: the chart and the songs follow, nothing runs off the right edge.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scroll at 360 px').toBeLessThanOrEqual(360);
      for (const card of ['.results-chart', '.recs']) {
        const b = await box(page.locator(card));
        expect(b.x + b.width, `${card} inside the window at 360 px`).toBeLessThanOrEqual(360 - 8);
      }
      await expectTabsOnOneLine(page, '360×740');
      await page.locator('.seg-tabs').scrollIntoViewIfNeeded();
      await screenshot(page, 'uilayout-phone-tabs-360x740', { fullPage: false });
    }, { context: PHONE });
  });
});
