/**
 * Session 39 (uia): the app on a narrow phone with large text, and what a screen reader hears,
 * in Debian's Chromium against the production build:
 *   - at 320 px with a 150 % root font size (dark) and at 390 px with 150 %: no tab is wider than
 *     the screen (document.scrollingElement.scrollWidth ≤ innerWidth), "새 대화", the offline
 *     note's ✕ (named "오프라인 안내 닫기") and 보내기 are on screen, nothing lies over 보내기
 *     (elementFromPoint), the placeholder "마음을 편하게 적어 보세요" shows whole;
 *   - songs opened before the gauge is full: the gauge says "지금까지 이야기로 골랐어요 · …";
 *   - the donut's labels stay inside the chart, its legend has no 0 % row, the chart is one image
 *     "감정 분포 차트" described by the legend (no figure named after its paragraphs), and song
 *     titles are h3 right under the h2 "어울리는 노래";
 *   - a disliked card keeps full opacity everywhere; a blocked player gives up within 6 s;
 *   - 기록: a week's dates under the mood chart all show without running into each other, the
 *     summary is said once (the chart is described by it), the period radios are named once
 *     ("최근 30일"); the liked song reads "좋아요 누른 날: 오늘".
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blockYouTube, screenshot, useSharedApp, waitForModel, sendWithButton } from './harness';

const app = useSharedApp();

const STORY = [
  '오늘 회사에서 발표를 망쳐서 너무 속상하고 우울해요 정말로',
  '잠도 잘 안 오고 아무것도 하기 싫어요 친구들한테도 미안하고',
  '그냥 혼자 있고 싶은데 또 외로워요',
  '주말에도 계속 회사 생각이 나서 제대로 쉬지를 못했어요',
];

const OPEN_EARLY_LINE = '지금까지 이야기로 골랐어요 · 더 들려주면 더 잘 맞춰요';

/** Large text: the root font size at `size` from the first frame (as a browser setting would). */
async function largeText(context: BrowserContext, size: string): Promise<void> {
  await context.addInitScript((s: string) => {
    const set = () => document.documentElement.style.setProperty('font-size', s);
    if (document.documentElement) set();
    else document.addEventListener('DOMContentLoaded', set);
  }, size);
}

async function openTab(page: Page, name: '대화' | '일기' | '기록' | '설정'): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await expect.poll(() => page.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
  await page.waitForTimeout(400);
}

/** The page is no wider than the window (nothing spills off the side). */
async function pageWidth(page: Page): Promise<{ scroll: number; inner: number }> {
  return page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: innerWidth }));
}

/** Whether the element's centre is on screen and nothing lies on top of it there. */
async function clickable(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).evaluate((el) => {
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    if (r.left < 0 || r.right > innerWidth) return false;
    return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
  });
}

/** Every tab fits the screen, and on 대화 the header button, the input and 보내기 are usable. */
async function checkNarrow(page: Page, name: string): Promise<void> {
  for (const tab of ['일기', '기록', '설정', '대화'] as const) {
    await openTab(page, tab);
    const w = await pageWidth(page);
    expect(w.scroll, `${name}: ${tab} is no wider than the screen`).toBeLessThanOrEqual(w.inner);
  }
  expect(await clickable(page, 'chat-send'), `${name}: 보내기 is on screen with nothing over it`).toBe(true);
  const head = await page.getByTestId('new-conversation').boundingBox();
  expect(head!.x + head!.width, `${name}: 새 대화 on screen`).toBeLessThanOrEqual(await page.evaluate(() => innerWidth));
  // The placeholder shows whole (two lines at 150 % on a 320 px phone).
  const input = await page.getByTestId('chat-input').evaluate((el) => [el.scrollHeight, el.clientHeight]);
  expect(input[0], `${name}: the placeholder is not cut`).toBeLessThanOrEqual(input[1]! + 1);
}

const send = sendWithButton;

const PHONE_320 = { viewport: { width: 320, height: 700 }, isMobile: true, hasTouch: true };
const PHONE_390 = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('a narrow phone with large text', () => {
  it('390 px at 150 %: the chat fits the screen and 보내기 can be pressed', async () => {
    await app.withPage(
      async (page) => {
        await page.goto(`${app.server.origin}/`);
        await waitForModel(page);
        await checkNarrow(page, '390/150');
        await screenshot(page, 'uia-390-150-chat', { fullPage: false });
      },
      { context: PHONE_390, prepare: (c) => largeText(c, '150%') },
    );
  });

  it('320 px at 150 %, dark: every screen fits, the chart and songs read once and clearly', async () => {
    await app.withPage(
      async (page) => {
        await page.goto(`${app.server.origin}/`);
        await waitForModel(page);

        // The offline note (first visit): its ✕ is on screen and says what it closes.
        const note = page.getByTestId('offline-ready-toast');
        await note.waitFor({ timeout: 30_000 });
        const close = note.getByRole('button', { name: '오프라인 안내 닫기', exact: true });
        const closeBox = await close.boundingBox();
        expect(closeBox!.x + closeBox!.width).toBeLessThanOrEqual(320);
        await checkNarrow(page, '320/150');
        await screenshot(page, 'uia-320-150-chat', { fullPage: false });
        await close.click();

        // Songs opened before the gauge is full: the line agrees with the bar.
        for (const line of STORY) await send(page, line);
        const early = page.getByTestId('early-songs');
        if (await early.count()) await early.click();
        else await page.getByTestId('open-results').click();
        await page.locator('[data-testid="song-card"]:visible').first().waitFor({ timeout: 30_000 });
        const full = (await page.getByTestId('gauge').getAttribute('data-full')) === 'true';
        await expect.poll(async () => (await page.getByTestId('gauge-line').textContent())?.trim()).toBe(full ? '노래를 골라 뒀어요' : OPEN_EARLY_LINE);
        const w = await pageWidth(page);
        expect(w.scroll, 'the chat with its results fits the screen').toBeLessThanOrEqual(w.inner);

        // The donut: labels inside the chart, no 0 % rows, one image described by the legend.
        const chart = page.getByTestId('results').getByTestId('emotion-chart');
        await page.locator('[data-testid="results"] [data-testid="emotion-chart"][data-ready="true"]').waitFor({ timeout: 30_000 });
        await page.waitForTimeout(800); // the labels settle after the opening animation
        const outside = await chart.evaluate((root) => {
          const host = root.querySelector('.donut-canvas')!.getBoundingClientRect();
          return [...root.querySelectorAll('svg text')]
            .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
            .filter(({ r }) => r.width > 0 && (r.left < host.left - 0.5 || r.right > host.right + 0.5))
            .map(({ text }) => text);
        });
        expect(outside, 'donut labels cut at the edge').toEqual([]);
        const legend = await chart.getByTestId('donut-legend').locator('li').allTextContents();
        expect(legend.filter((l) => /(^|\D)0%/.test(l)), 'no 0 % row').toEqual([]);
        expect(await chart.evaluate((el) => el.tagName)).not.toBe('FIGURE');
        const img = chart.getByRole('img', { name: '감정 분포 차트', exact: true });
        expect(await img.count()).toBe(1);
        const describedBy = (await img.getAttribute('aria-describedby')) ?? '';
        expect(await page.evaluate((id) => document.getElementById(id)?.dataset.testid, describedBy)).toBe('donut-legend');
        await screenshot(page, 'uia-320-150-chart', { fullPage: false });

        // Song titles one level under "어울리는 노래" (h2).
        const recs = page.getByTestId('recommendations');
        expect(await recs.locator('h2').first().textContent()).toContain('어울리는 노래');
        const levels = await recs.locator('.song-title').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))]);
        expect(levels).toEqual(['H3']);

        // Dislike the second song: nothing on the card fades.
        const cards = page.locator('[data-testid="song-card"]:visible');
        const second = cards.nth(1);
        await second.getByTestId('feedback-dislike').click();
        await expect.poll(() => second.getAttribute('data-feedback')).toBe('disliked');
        await second.getByTestId('song-disliked-note').waitFor();
        const faded = await second.evaluate((card) => {
          const out: string[] = [];
          for (let el: Element | null = card; el; el = el.parentElement) if (Number(getComputedStyle(el).opacity) < 1) out.push(el.className);
          for (const el of card.querySelectorAll('*')) if (Number(getComputedStyle(el).opacity) < 1) out.push(el.className.toString());
          return out;
        });
        expect(faded, 'faded parts of a disliked card').toEqual([]);
        await second.scrollIntoViewIfNeeded();
        await screenshot(page, 'uia-320-150-disliked', { fullPage: false });

        // Like the first song; a blocked player gives up quickly with the YouTube link.
        const first = cards.first();
        const likedTitle = ((await first.locator('.song-title').textContent()) ?? '').trim();
        await first.getByTestId('feedback-like').click();
        await expect.poll(() => first.getAttribute('data-feedback')).toBe('liked');
        const started = Date.now();
        await first.getByTestId('song-play').click();
        await first.getByTestId('song-player-failed').waitFor({ timeout: 20_000 });
        expect(Date.now() - started, 'the fallback within about 6 s').toBeLessThan(9_000);
        expect(await first.getByTestId('song-player-failed').getByRole('link').textContent()).toContain('YouTube에서 듣기');

        // 기록: a dated week fits under the mood chart; the summary is said once.
        await openTab(page, '기록');
        const timeline = page.getByTestId('mood-timeline');
        await page.locator('.mood-timeline-chart svg').first().waitFor({ timeout: 30_000 });
        await page.waitForTimeout(800);
        const labels = await timeline.evaluate((root) =>
          [...root.querySelectorAll('svg text')]
            .filter((t) => /^\d{1,2}(\/\d{1,2})?$/.test(t.textContent ?? ''))
            .map((t) => {
              const r = t.getBoundingClientRect();
              return { text: t.textContent ?? '', left: r.left, right: r.right, visible: r.width > 0 && getComputedStyle(t).display !== 'none' && t.getAttribute('opacity') !== '0' };
            })
            .filter((l) => l.visible)
            .sort((a, b) => a.left - b.left),
        );
        expect(labels.length, `every day of the week dated: ${labels.map((l) => l.text).join(' ')}`).toBe(7);
        for (let i = 1; i < labels.length; i++) {
          expect(labels[i]!.left, `${labels[i - 1]!.text} and ${labels[i]!.text} apart`).toBeGreaterThanOrEqual(labels[i - 1]!.right + 2);
        }
        const card = page.locator('.history-timeline');
        const tree = await card.ariaSnapshot();
        expect(tree.split('기록한 날은').length - 1, `the summary said once:\n${tree}`).toBe(1);
        expect(tree).toContain('img "감정 흐름 차트"');
        expect(tree).toMatch(/radio "최근 30일"/);
        expect(tree, 'a radio named once').not.toMatch(/text: 30일/);
        await timeline.scrollIntoViewIfNeeded();
        await screenshot(page, 'uia-320-150-mood', { fullPage: false });

        // The liked song says when, apart from its name.
        const liked = page.getByTestId('liked-song').first();
        await liked.waitFor();
        const text = (await liked.textContent()) ?? '';
        expect(text).toContain(likedTitle);
        expect(text).toContain('좋아요 누른 날: 오늘');
      },
      { colorScheme: 'dark', context: PHONE_320, prepare: async (c) => Promise.all([largeText(c, '150%'), blockYouTube(c)]).then(() => undefined) },
    );
  });
});
