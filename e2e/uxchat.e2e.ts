/**
 * The chat screen's flow (session 37), in Debian's Chromium against the production build:
 *   - closing the browser and opening it again brings back a conversation active in the last
 *     hours; an older one is only offered ("지난 대화 이어서 하기"); after "새 대화" nothing is;
 *   - on a touch phone (390×844): no keyboard hint and Enter breaks the line (the button sends);
 *     a song request in the chat brings the songs into view, with "노래 보기" on the reply and
 *     "노래를 골라 뒀어요" on the gauge (session 39: "지금까지 이야기로 골랐어요 · …" while it is
 *     not full), and no "기분이 달라졌어요" notice on that first view;
 *     emotion chips only under messages the model is sure of (none for a song request);
 *   - a goodbye before the gauge is full offers "지금까지 이야기로 노래 보기", which opens songs;
 *     the gauge line speaks in sentences, never in characters;
 *   - the footer is one plain privacy line; the model's details stay in 설정.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/lib/chromium';
import { newContext, screenshot, sendChat, useSharedApp, waitForModel, sendWithButton } from './harness';

const app = useSharedApp();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const PRIVACY_LINE = '모든 분석은 이 기기 안에서만 이루어져요';

const sendByButton = sendWithButton;

const gaugeLine = async (page: Page) => ((await page.getByTestId('gauge-line').textContent()) ?? '').trim();

describe('the conversation survives closing the browser', () => {
  it('resumes a recent conversation, offers an older one, and forgets it after 새 대화', async () => {
    const profile = mkdtempSync(path.join(tmpdir(), 'uxchat-profile-'));
    const open = async (options: { hoursLater?: number } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> => {
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: { width: 390, height: 844 },
        locale: 'ko-KR',
        serviceWorkers: 'allow',
      });
      if (options.hoursLater) {
        // The app opened again some hours later: the page's clock runs ahead.
        await context.addInitScript((ms: number) => {
          const real = Date.now.bind(Date);
          Date.now = () => real() + ms;
        }, options.hoursLater * 3_600_000);
      }
      const page = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${app.server.origin}/`);
      await waitForModel(page);
      return { context, page, errors };
    };
    try {
      let { context, page, errors } = await open();
      await sendChat(page, '첫 번째 대화예요. 오늘 좀 피곤해요');
      await sendChat(page, '야근이 너무 많아요');
      expect(errors).toEqual([]);
      await context.close();

      // Reopened a moment later: the same conversation, gauge and all.
      ({ context, page, errors } = await open());
      await expect.poll(() => page.getByTestId('user-message').count(), { timeout: 30_000 }).toBe(2);
      expect(Number(await page.getByTestId('gauge').getAttribute('data-percent'))).toBeGreaterThan(0);
      expect(await page.getByTestId('resume-offer').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();

      // Reopened seven hours later: a fresh chat, with a link back to the last one.
      ({ context, page, errors } = await open({ hoursLater: 7 }));
      await page.getByTestId('resume-offer').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('user-message').count()).toBe(0);
      expect(await page.getByTestId('resume-last').textContent()).toBe('지난 대화 이어서 하기');
      await screenshot(page, 'uxchat-resume-offer-390x844', { fullPage: false });
      await page.getByTestId('resume-last').click();
      await expect.poll(() => page.getByTestId('user-message').count()).toBe(2);
      expect(await page.getByTestId('user-message').first().textContent()).toContain('첫 번째 대화예요');
      expect(await page.getByTestId('resume-offer').count()).toBe(0);

      // 새 대화: closing and opening again starts empty, with nothing offered.
      await page.getByTestId('new-conversation').click();
      await expect.poll(() => page.getByTestId('user-message').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
      ({ context, page, errors } = await open());
      await page.waitForTimeout(1_500);
      expect(await page.getByTestId('user-message').count()).toBe(0);
      expect(await page.getByTestId('resume-offer').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('the chat on a touch phone', () => {
  it('Enter breaks the line, a song request brings the songs into view, chips only when sure', async () => {
    const context = await newContext(app.browser, 'light', PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${app.server.origin}/`);
      await waitForModel(page);
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), 'a touch screen').toBe(true);

      // No keyboard hint; Enter breaks the line and sends nothing.
      expect(await page.getByTestId('chat-hint').count()).toBe(0);
      expect(await page.getByText('Enter로 보내고').count()).toBe(0);
      const input = page.getByTestId('chat-input');
      await input.click();
      await page.keyboard.type('첫 줄');
      await page.keyboard.press('Enter');
      await page.keyboard.type('둘째 줄');
      expect(await input.inputValue()).toBe('첫 줄\n둘째 줄');
      expect(await page.getByTestId('user-message').count()).toBe(0);
      await input.fill('');

      // The footer: one plain line; the details are in 설정.
      expect(((await page.getByTestId('model-status').textContent()) ?? '').trim()).toBe(PRIVACY_LINE);

      // Chips: a sure anger gets one, a tired line the model is unsure of and a song request get none.
      await sendByButton(page, '오늘 좀 우울해요');
      await sendByButton(page, '상사한테 혼나서 너무 화가 나요');
      const users = page.getByTestId('user-message');
      expect(await users.nth(1).getAttribute('data-chip')).toBe('anger');
      expect(await users.nth(1).getByTestId('emotion-chip').textContent()).toContain('분노');
      await sendByButton(page, '오늘 회사에서 진짜 너무 지쳤어요');
      expect(await users.nth(2).getAttribute('data-label'), 'the model still read it').not.toBe('');
      expect(await users.nth(2).getByTestId('emotion-chip').count(), 'no chip for an unsure verdict').toBe(0);
      const line = await gaugeLine(page);
      expect(line, 'the gauge speaks in sentences').toMatch(/문장/);
      expect(line).not.toMatch(/\d/);

      await sendByButton(page, '아무도 내 마음을 몰라주는 것 같아서 서럽고, 집에 와서도 계속 그 생각만 나요');
      const asked = await sendByButton(page, '잔잔한 노래 틀어 줘');
      expect(asked.kind).toBe('meta');
      expect(await users.nth(4).getByTestId('emotion-chip').count(), 'no chip under a song request').toBe(0);
      await page.getByTestId('recommendations').waitFor({ timeout: 30_000 });
      // Session 39 (uia): before the gauge is full the line says the songs come from the talk so far.
      await expect.poll(() => gaugeLine(page)).toMatch(/^(노래를 골라 뒀어요|지금까지 이야기로 골랐어요 · 더 들려주면 더 잘 맞춰요)$/);
      const full = (await page.getByTestId('gauge').getAttribute('data-full')) === 'true';
      expect(await gaugeLine(page)).toBe(full ? '노래를 골라 뒀어요' : '지금까지 이야기로 골랐어요 · 더 들려주면 더 잘 맞춰요');

      // The songs come into view above the dock, and the reply points to them.
      const title = page.locator('#recs-title');
      await expect
        .poll(async () => {
          const box = await title.boundingBox();
          return box ? box.y >= 0 && box.y + box.height <= 844 * 0.6 : false;
        }, { timeout: 10_000 })
        .toBe(true);
      await expect.poll(() => page.getByTestId('recommendations').getAttribute('data-seen')).toBe('true');
      await page.locator('[data-testid="song-card"]:visible').first().waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('recs-mood-moved').count(), 'no "기분이 달라졌어요" on the first view').toBe(0);
      await screenshot(page, 'uxchat-songs-from-chat-390x844', { fullPage: false });

      // Scrolled back up, "노래 보기" on the reply brings them back.
      const showSongs = page.getByTestId('bot-message').last().getByTestId('show-songs');
      await showSongs.scrollIntoViewIfNeeded();
      await expect.poll(async () => ((await title.boundingBox())?.y ?? 0) > 844).toBe(true);
      await showSongs.click();
      await expect
        .poll(async () => {
          const box = await title.boundingBox();
          return box ? box.y >= 0 && box.y <= 844 * 0.6 : false;
        }, { timeout: 10_000 })
        .toBe(true);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('recs-title');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('leaving before the gauge is full', () => {
  it('a goodbye offers the songs from what was told', async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${app.server.origin}/`);
      await waitForModel(page);
      expect(await gaugeLine(page)).toBe('편하게 이야기를 들려주세요');
      await sendChat(page, '오늘 좀 우울해요');
      await sendChat(page, '회사에서 계속 실수해서 자존감이 바닥이에요');
      const percent = Number(await page.getByTestId('gauge').getAttribute('data-percent'));
      expect(percent, 'under half: nothing offered yet').toBeLessThan(50);
      expect(await page.getByTestId('early-songs').count()).toBe(0);
      expect(await gaugeLine(page)).not.toMatch(/\d/);

      await sendChat(page, '오늘은 일찍 자야겠어요');
      const early = page.getByTestId('early-songs');
      await early.waitFor();
      expect(await early.textContent()).toBe('지금까지 이야기로 노래 보기');
      expect(await page.getByTestId('results').count()).toBe(0);
      await early.click();
      await page.locator('[data-testid="song-card"]:visible').first().waitFor({ timeout: 30_000 });
      await expect.poll(() => early.count()).toBe(0);
      await expect.poll(() => gaugeLine(page)).toBe('지금까지 이야기로 골랐어요 · 더 들려주면 더 잘 맞춰요');
      await screenshot(page, 'uxchat-goodbye-songs-360x780', { fullPage: false });

      // The model's details are in 설정, not on the chat screen.
      expect(((await page.getByTestId('model-status').textContent()) ?? '').trim()).toBe(PRIVACY_LINE);
      await page.getByRole('tab', { name: '설정' }).click();
      await expect.poll(() => page.getByTestId('settings-model-backend').textContent()).toMatch(/WASM|WebGPU/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
