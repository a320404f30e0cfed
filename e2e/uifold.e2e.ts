/**
 * Session 41 (uifold), in Debian's Chromium against the production build, what a teen on a phone
 * (360×780) and a keyboard + screen-reader user (1280×800) ran into around the songs:
 *   - "차트 접기" folds only the chart: the songs and the reply's "노래 보기" stay, focus stays on
 *     the button (aria-expanded false, "차트 펼치기"), and the gauge still says the songs were
 *     picked from the talk so far (it promised them "다 차면" before);
 *   - "다른 곡 추천" never drops focus to the page: it stays on the button while it loads, then the
 *     first new card's title has it, on screen; one polite line says "새 노래 N곡을 골랐어요";
 *   - every card's link and play button is named after its song and singer, and no two song links
 *     on the page read the same;
 *   - the gauge line is no live region: after an ordinary turn only the reply is announced, and
 *     the gauge speaks only on the turn that makes the songs available or fills it;
 *   - the delete confirms (기록 "이 대화 지우기", 설정 "모든 기록 지우기…"): 취소 first and focused,
 *     Tab goes on to the delete button, Escape closes from either (and from the opening button),
 *     and focus goes back to the button that opened it;
 *   - "새 대화" says that the old talk is kept in 기록.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blockYouTube, screenshot, sendWithButton, useSharedApp, waitForModel } from './harness';

const app = useSharedApp();

const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };

/** The teen's talk: songs are asked for while the gauge is still low. */
const TEEN = ['모의고사 망함ㅋㅋ', '수학 진짜 개못봄 ㅠㅠ', '걍 노래나 추천해줘'];
/** Long enough turns to cross half the gauge and then fill it. */
const STORY = [
  '오늘 회사에서 발표를 망쳐서 너무 속상하고 우울해요 정말로',
  '잠도 잘 안 오고 아무것도 하기 싫어요 친구들한테도 미안하고',
  '그냥 혼자 있고 싶은데 또 외로워요',
  '주말에도 계속 회사 생각이 나서 제대로 쉬지를 못했어요',
  '내일도 출근해야 하는데 벌써부터 숨이 막히는 것 같아요',
  '예전에는 좋아하던 일도 요즘은 하나도 재미가 없어요',
];

const OPEN_EARLY_LINE = '지금까지 이야기로 골랐어요 · 더 들려주면 더 잘 맞춰요';
const send = sendWithButton;

async function openTab(page: Page, name: '대화' | '일기' | '기록' | '설정'): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await expect.poll(() => page.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
  await page.waitForTimeout(300);
}

/** data-testid of the focused element (or its tag when it has none). */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement;
  return el?.getAttribute('data-testid') ?? el?.tagName.toLowerCase() ?? '';
});

/** Sends the teen's lines; the songs open on the request (asked for again if they did not). */
async function teenWithSongs(page: Page): Promise<void> {
  for (const line of TEEN) await send(page, line);
  if (!(await page.getByTestId('results').count())) await send(page, '노래 추천해 줘');
  await page.locator('#recs-panel-similar [data-testid="song-card"]').first().waitFor({ timeout: 30_000 });
}

/** Every song card's title in the open list. */
const cardTitles = (page: Page) => page.locator('#recs-panel-similar [data-testid="song-card"] .song-title').allTextContents();

describe('uifold: the songs stay reachable, and the keyboard and screen reader are told what changed', () => {
  it('phone: 차트 접기 folds only the chart, 다른 곡 추천 shows the new songs, 새 대화 says where the old talk went', async () => {
    await app.withPage(
      async (page) => {
        await page.goto(`${app.server.origin}/`);
        await waitForModel(page);
        await teenWithSongs(page);
        const gaugeFull = (await page.getByTestId('gauge').getAttribute('data-full')) === 'true';
        const line = async () => ((await page.getByTestId('gauge-line').textContent()) ?? '').trim();
        if (!gaugeFull) await expect.poll(line).toBe(OPEN_EARLY_LINE);

        // 차트 접기, by keyboard: the chart goes, the songs and the reply's "노래 보기" stay.
        const fold = page.getByTestId('results-fold');
        expect((await fold.textContent())?.trim()).toBe('차트 접기');
        expect(await fold.getAttribute('aria-expanded')).toBe('true');
        expect(await fold.getAttribute('aria-controls')).toBe('results-chart-body');
        await fold.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => page.getByTestId('results').getByTestId('emotion-chart').count()).toBe(0);
        expect(await fold.getAttribute('aria-expanded')).toBe('false');
        expect((await fold.textContent())?.trim()).toBe('차트 펼치기');
        expect(await focused(page), 'focus stays on the fold button').toBe('results-fold');
        expect(await page.locator('#recs-panel-similar [data-testid="song-card"]').count()).toBeGreaterThan(0);
        expect(await page.getByTestId('show-songs').count(), 'the reply keeps its "노래 보기"').toBeGreaterThan(0);
        // The gauge agrees with the songs on screen: no "다 차면 노래를 골라 드려요".
        if (!gaugeFull) expect(await line()).toBe(OPEN_EARLY_LINE);
        expect(await page.getByTestId('gauge-hint').count()).toBe(0);
        await screenshot(page, 'uifold-phone-folded', { fullPage: false });
        // "노래 보기" still brings the songs.
        await page.getByTestId('show-songs').last().click();
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('recs-title');
        await fold.click();
        await page.getByTestId('results').getByTestId('emotion-chart').waitFor({ timeout: 10_000 });
        expect(await fold.getAttribute('aria-expanded')).toBe('true');

        // 다른 곡 추천 (a tap): the first new card comes into view below the tab bar.
        const before = await cardTitles(page);
        const more = page.getByTestId('recs-more-similar');
        await more.click();
        const announcer = page.getByTestId('recs-announcer');
        await expect.poll(async () => (await announcer.textContent())?.trim(), { timeout: 30_000 }).toMatch(/^새 노래 \d곡을 골랐어요\.$/);
        const after = await cardTitles(page);
        expect((await announcer.textContent())?.trim()).toBe(`새 노래 ${after.length}곡을 골랐어요.`);
        expect(after[0]).not.toBe(before[0]);
        await page.waitForTimeout(800); // the smooth scroll settles
        const first = page.locator('#recs-panel-similar [data-testid="song-card"]').first();
        const box = (await first.boundingBox())!;
        const bar = await page.evaluate(() => document.querySelector('[role="tablist"]')?.getBoundingClientRect().bottom ?? 0);
        expect(box.y, 'the first new card starts below the tab bar').toBeGreaterThanOrEqual(bar - 1);
        expect(box.y, 'the first new card starts on screen').toBeLessThan(780 / 2);
        await screenshot(page, 'uifold-phone-more', { fullPage: false });

        // 새 대화: a line says the old talk is in 기록, until the next message.
        await page.getByTestId('new-conversation').click();
        const note = page.getByTestId('new-conversation-note');
        expect(await note.getAttribute('role')).toBe('status');
        await expect.poll(async () => (await note.textContent())?.trim()).toBe('이전 대화는 기록 탭에 남아 있어요.');
        await send(page, '안녕하세요');
        expect((await note.textContent())?.trim()).toBe('');
      },
      { context: PHONE, prepare: blockYouTube },
    );
  });

  it('keyboard: 다른 곡 추천 keeps focus, each control names its song, the gauge speaks only at its steps', async () => {
    await app.withPage(
      async (page) => {
        await page.goto(`${app.server.origin}/`);
        await waitForModel(page);

        // The gauge line is not a live region; its own announcer speaks only when a turn
        // makes the songs available or fills the gauge.
        expect(await page.getByTestId('gauge-line').evaluate((el) => el.closest('[aria-live]') === null)).toBe(true);
        const announced: string[] = [];
        let crossed = 0;
        for (const text of STORY) {
          const wasEarly = (await page.getByTestId('early-songs').count()) > 0;
          const wasFull = (await page.getByTestId('gauge').getAttribute('data-full')) === 'true';
          await send(page, text);
          await page.waitForTimeout(100);
          const isEarly = (await page.getByTestId('early-songs').count()) > 0;
          const isFull = (await page.getByTestId('gauge').getAttribute('data-full')) === 'true';
          const said = ((await page.getByTestId('gauge-announcer').textContent()) ?? '').trim();
          announced.push(said);
          if (isFull && !wasFull) {
            crossed += 1;
            expect(said, `filled on "${text}"`).toBe('감정 게이지가 다 찼어요. 이제 내 감정을 확인해 볼 수 있어요.');
          } else if (isEarly && !wasEarly) {
            crossed += 1;
            expect(said, `songs available on "${text}"`).toBe('지금까지 나눈 이야기로 노래를 볼 수 있어요.');
          } else expect(said, `an ordinary turn: "${text}"`).toBe('');
          if (isFull) break;
        }
        expect(crossed, 'the story crossed at least one step').toBeGreaterThan(0);
        expect(announced.filter((s) => s === '').length, 'most turns are quiet').toBeGreaterThan(0);

        // Open the songs with the gauge's button.
        const open = page.getByTestId('open-results');
        if (await open.count()) await open.click();
        else await page.getByTestId('early-songs').click();
        await page.locator('#recs-panel-similar [data-testid="song-card"]').first().waitFor({ timeout: 30_000 });

        // Every link and play button says which song it is for.
        const cards = page.locator('#recs-panel-similar [data-testid="song-card"]');
        const titles = await cardTitles(page);
        const songs = await cards.evaluateAll((els) =>
          els.map((el) => `${el.querySelector('.song-title')?.textContent?.trim()}, ${el.querySelector('.song-artist')?.textContent?.trim()}`),
        );
        const links = await cards.getByTestId('song-open').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
        const plays = await cards.getByTestId('song-play').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
        expect(links).toEqual(songs.map((x) => `YouTube에서 듣기 (${x}, 새 창)`));
        expect(plays).toEqual(songs.map((x) => `여기서 재생 (${x})`));
        const panel = page.locator('#recs-panel-similar');
        expect(await panel.getByRole('link', { name: `YouTube에서 듣기 (${songs[0]}, 새 창)`, exact: true }).count()).toBe(1);
        // No two links on the page read the same (a screen reader's list of links).
        const names = await page.locator('a:visible').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''));
        const songLinks = names.filter((n) => n.startsWith('YouTube에서 듣기'));
        expect(songLinks.length).toBeGreaterThan(0);
        expect(songLinks, JSON.stringify(songLinks)).toEqual([...new Set(songLinks)]);

        // 다른 곡 추천 by keyboard: focus never falls to the page.
        const more = page.getByTestId('recs-more-similar');
        await more.focus();
        await page.evaluate(() => {
          const w = window as unknown as { focusTrail: string[] };
          w.focusTrail = [];
          const sample = () => {
            const el = document.activeElement;
            w.focusTrail.push(el === document.body || !el ? 'body' : (el.getAttribute('data-testid') ?? el.className));
            if (w.focusTrail.length < 400) requestAnimationFrame(sample);
          };
          sample();
        });
        await page.keyboard.press('Enter');
        const announcer = page.getByTestId('recs-announcer');
        await expect.poll(async () => (await announcer.textContent())?.trim(), { timeout: 30_000 }).toMatch(/^새 노래 \d곡을 골랐어요\.$/);
        const trail = await page.evaluate(() => (window as unknown as { focusTrail: string[] }).focusTrail);
        expect(trail, 'focus never on the page itself').not.toContain('body');
        expect(trail.some((t) => t === 'recs-more-similar')).toBe(true);
        // The first new card's title has focus, and Tab goes on into that card.
        const firstTitle = (await cardTitles(page))[0]!.trim();
        expect(await page.evaluate(() => document.activeElement?.classList.contains('song-title'))).toBe(true);
        expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(firstTitle);
        expect(firstTitle).not.toBe(titles[0]!.trim());
        await page.keyboard.press('Tab');
        const firstArtist = ((await cards.first().locator('.song-artist').textContent()) ?? '').trim();
        expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`YouTube에서 듣기 (${firstTitle}, ${firstArtist}, 새 창)`);
        await screenshot(page, 'uifold-desktop-more', { fullPage: false });
      },
      { context: DESKTOP, prepare: blockYouTube },
    );
  });

  it('keyboard: the delete confirms put 취소 first, Tab reaches both, Escape closes from either', async () => {
    await app.withPage(
      async (page) => {
        await page.goto(`${app.server.origin}/`);
        await waitForModel(page);
        await send(page, '오늘 시험을 망쳐서 너무 속상해요');

        // 기록 › the talk › 이 대화 지우기.
        await openTab(page, '기록');
        expect(await page.getByTestId('mood-caption').textContent()).toContain('이전·다음 기록일');
        await page.getByTestId('history-item').first().click();
        const trigger = page.getByTestId('history-delete');
        await trigger.waitFor();
        const checkConfirm = async (ids: { trigger: string; cancel: string; confirm: string }) => {
          const t = page.getByTestId(ids.trigger);
          await t.focus();
          await page.keyboard.press('Enter');
          expect(await t.getAttribute('aria-expanded')).toBe('true');
          expect(await focused(page), 'the safe choice has focus').toBe(ids.cancel);
          await page.keyboard.press('Tab');
          expect(await focused(page), 'Tab goes on to the delete button').toBe(ids.confirm);
          await page.keyboard.press('Escape');
          expect(await t.getAttribute('aria-expanded')).toBe('false');
          expect(await focused(page), 'focus back on the opening button').toBe(ids.trigger);
          // Escape from 취소, and from the opening button itself.
          await page.keyboard.press('Enter');
          expect(await focused(page)).toBe(ids.cancel);
          await page.keyboard.press('Escape');
          expect(await t.getAttribute('aria-expanded')).toBe('false');
          expect(await focused(page)).toBe(ids.trigger);
          await page.keyboard.press('Enter');
          await t.focus();
          await page.keyboard.press('Escape');
          expect(await t.getAttribute('aria-expanded')).toBe('false');
          // 취소 comes before the delete button on screen too.
          await page.keyboard.press('Enter');
          const cancelBox = (await page.getByTestId(ids.cancel).boundingBox())!;
          const confirmBox = (await page.getByTestId(ids.confirm).boundingBox())!;
          expect(cancelBox.x + cancelBox.y * 10).toBeLessThan(confirmBox.x + confirmBox.y * 10);
          await page.keyboard.press('Enter'); // 취소
          expect(await t.getAttribute('aria-expanded')).toBe('false');
          expect(await focused(page)).toBe(ids.trigger);
        };
        await checkConfirm({ trigger: 'history-delete', cancel: 'history-cancel-delete', confirm: 'history-confirm-delete' });
        expect(await page.getByTestId('history-delete').count(), 'nothing was deleted').toBe(1);

        await openTab(page, '설정');
        await checkConfirm({ trigger: 'settings-delete-all', cancel: 'settings-cancel-delete-all', confirm: 'settings-confirm-delete-all' });
        await openTab(page, '기록');
        expect(await page.getByTestId('history-item').count(), 'nothing was deleted').toBeGreaterThan(0);
      },
      { context: DESKTOP },
    );
  });
});
