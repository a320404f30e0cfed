/**
 * Session 40 (uicopy), against the production build on a phone:
 *   - a damaged model file (precached by the service worker): the card is Korean only, the
 *     runtime's English folded under "자세히", what was typed is kept, and "다시 시도" really
 *     fetches the files again — the broken copy in Cache Storage is replaced and the model opens;
 *   - a missing model file (the server answers with the app's page, SPA fallback) is called
 *     missing, not damaged;
 *   - plain words on the first screen ("마음 읽기를 준비하고 있어요", "처음 한 번만 내려받아요
 *     (약 N MB)", the parts folded) and in 설정 (backend, threads, version folded under 자세히;
 *     no "곡 ID" / "임의의 설치 ID"); 설정's app-files figure is the download's figure; a line
 *     says that playing a song contacts YouTube;
 *   - the first player opened says once that YouTube learns which song.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MODEL_TIMEOUT_MS, blockYouTube, screenshot, useSharedApp, waitForModel, waitForServiceWorkerControl } from './harness';

const app = useSharedApp();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const MODEL = '/models/maum-mini/onnx/model_quantized.onnx';
const BROKEN = 'this is not an onnx model';
const LATIN = /[A-Za-z]/;

/** Bytes of the model file in the service worker's precache (-1: not there). */
function cachedModelBytes(page: Page): Promise<number> {
  return page.evaluate(async (path) => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        if (new URL(req.url).pathname === path) return (await (await cache.match(req))!.arrayBuffer()).byteLength;
      }
    }
    return -1;
  }, MODEL);
}

describe('uicopy: model errors in Korean, a retry that refetches, plain words', () => {
  it('a damaged precached model: Korean card, details folded, text kept, retry replaces the broken copy', async () => {
    app.server.override(MODEL, BROKEN, 'application/octet-stream');
    try {
      await app.withPage(
        async (page) => {
          await page.goto(`${app.server.origin}/`);
          const card = page.getByTestId('model-error');
          await card.waitFor({ timeout: MODEL_TIMEOUT_MS });
          await waitForServiceWorkerControl(page);
          // The service worker precached the broken copy: a plain retry would open it again.
          expect(await cachedModelBytes(page)).toBe(BROKEN.length);

          const visible = await card.innerText();
          expect(visible).toContain('마음 읽기를 준비하지 못했어요');
          expect(visible).toContain('다시 시도하면 파일을 새로 받아요');
          expect(visible, 'no English on the card').not.toMatch(LATIN);
          expect(visible).not.toMatch(/감정 모델/);
          const more = page.getByTestId('model-error-detail');
          expect(await more.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
          expect(await more.textContent(), 'the technical reason is kept, folded').toMatch(LATIN);

          await page.getByTestId('chat-input').fill('오늘은 좀 지쳤어요');
          await page.getByTestId('chat-send').click();
          await expect.poll(() => page.getByTestId('chat-error').textContent()).toMatch(/그대로 남겨 둘게요/);
          expect(await page.getByTestId('chat-error').textContent()).not.toMatch(LATIN);
          expect(await page.getByTestId('chat-input').inputValue()).toBe('오늘은 좀 지쳤어요');
          await screenshot(page, 'uicopy-model-damaged', { fullPage: false });

          // The server has a good file again: 다시 시도 fetches past both caches and opens it.
          app.server.override(MODEL, null);
          const asked = app.server.hits.filter((h) => h.path === MODEL).length;
          await page.getByTestId('model-retry').click();
          await waitForModel(page);
          expect(app.server.hits.filter((h) => h.path === MODEL).length).toBeGreaterThan(asked);
          expect(await page.getByTestId('model-error').count()).toBe(0);
          // The offline copy is the good one now (the next offline start opens it).
          expect(await cachedModelBytes(page)).toBeGreaterThan(1_000_000);
          const bots = await page.getByTestId('bot-message').count();
          await page.getByTestId('chat-send').click();
          await expect.poll(() => page.getByTestId('bot-message').count(), { timeout: MODEL_TIMEOUT_MS }).toBeGreaterThan(bots);
        },
        { context: PHONE, prepare: blockYouTube },
      );
    } finally {
      app.server.override(MODEL, null);
    }
  });

  it('a missing model file (the server sends its page instead) is called missing, not damaged', async () => {
    app.server.override(MODEL, '<!doctype html><html lang="ko"><head><title>음악 쉼표</title></head><body></body></html>', 'text/html; charset=utf-8');
    try {
      await app.withPage(
        async (page) => {
          await page.goto(`${app.server.origin}/`);
          const card = page.getByTestId('model-error');
          await card.waitFor({ timeout: MODEL_TIMEOUT_MS });
          const visible = await card.innerText();
          expect(visible).toContain('필요한 파일을 서버에서 찾지 못했어요');
          expect(visible).not.toMatch(/망가|손상/);
          expect(visible).not.toMatch(LATIN);
          // Retrying while it is still missing says the same, not "damaged".
          await page.getByTestId('model-retry').click();
          await expect.poll(() => page.getByTestId('model-status').getAttribute('data-state'), { timeout: MODEL_TIMEOUT_MS }).toBe('error');
          await expect.poll(() => card.innerText()).toContain('찾지 못했어요');
          await screenshot(page, 'uicopy-model-missing', { fullPage: false });
        },
        { context: PHONE, prepare: blockYouTube },
      );
    } finally {
      app.server.override(MODEL, null);
    }
  });

  it('plain words on the first screen and in 설정, the same app-files size in both, and a YouTube line', async () => {
    const sw = await (await fetch(`${app.server.origin}/sw.js`)).text();
    const wasmPath = /"(models\/ort\/[^"]+\.wasm)"/.exec(sw)?.[1];
    expect(wasmPath).toBeTruthy();
    app.server.setDelay(`/${wasmPath!}`, 4_000);
    try {
      await app.withPage(
        async (page) => {
          await page.goto(`${app.server.origin}/`);
          const progress = page.getByTestId('model-progress');
          await progress.waitFor({ timeout: 30_000 });
          const first = await progress.innerText();
          expect(first).toContain('마음 읽기를 준비하고 있어요');
          const said = Number(/처음 한 번만 내려받아요 \(약 (\d+) MB\)/.exec(first)?.[1]);
          expect(said).toBeGreaterThan(20);
          for (const jargon of ['감정 모델', '실행 엔진', '감정 읽기 모델', 'WASM', 'ONNX']) expect(first).not.toContain(jargon);
          // The parts are still there, folded.
          const parts = page.getByTestId('download-more');
          expect(await parts.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
          expect(await parts.textContent()).toContain('마음 읽기 모델');
          await screenshot(page, 'uicopy-first-download', { fullPage: false });
          await waitForModel(page);

          await page.getByRole('tab', { name: '설정' }).click();
          const about = page.locator('section[aria-labelledby="settings-about-title"]');
          await page.getByTestId('settings-model-ready').waitFor();
          const sync = page.locator('section[aria-labelledby="settings-sync-title"]');
          const shown = `${await about.innerText()}\n${(await sync.count()) ? await sync.innerText() : ''}`;
          for (const jargon of ['WASM', '스레드', '양자화', '버전', '곡 ID', '임의의 설치 ID', '감정 모델']) expect(shown, jargon).not.toContain(jargon);
          const more = page.getByTestId('settings-model-more');
          expect(await more.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
          await more.locator('summary').click();
          await expect.poll(() => page.getByTestId('settings-model-backend').innerText()).toMatch(/WASM|WebGPU/);
          expect(await page.getByTestId('settings-youtube-note').innerText()).toMatch(/YouTube.*어떤 노래/);

          // The app files are the download's files: the same size, give or take the rounding.
          const offline = page.getByTestId('settings-storage-offline');
          await expect.poll(() => offline.textContent(), { timeout: 20_000 }).toMatch(/약 [\d.]+ MB/);
          const kept = Number(/약 ([\d.]+) MB/.exec((await offline.textContent()) ?? '')?.[1]);
          expect(Math.abs(kept - said), `설정 ${kept} MB vs the download's 약 ${said} MB`).toBeLessThanOrEqual(1);
          await screenshot(page, 'uicopy-settings', { fullPage: true });
        },
        { context: PHONE, prepare: blockYouTube },
      );
    } finally {
      app.server.setDelay(`/${wasmPath!}`, null);
    }
  });

  it('the first player says once that YouTube learns which song', async () => {
    await app.withPage(
      async (page) => {
        await page.goto(`${app.server.origin}/`);
        await waitForModel(page);
        await page.getByRole('tab', { name: '일기' }).click();
        await page.getByTestId('diary-input').fill('오늘은 하루 종일 마음이 무거웠다. 발표를 망친 것 같아서 자꾸 그 장면이 떠오르고, 집에 와서도 아무것도 손에 잡히지 않았다.');
        await page.getByTestId('diary-submit').click();
        const cards = page.getByTestId('diary-songs').getByTestId('song-card');
        await cards.first().waitFor({ timeout: 60_000 });
        await cards.first().getByTestId('song-play').click();
        const note = page.getByTestId('song-player-privacy');
        await expect.poll(() => note.count()).toBe(1);
        expect(await note.innerText()).toMatch(/YouTube.*어떤 노래/);
        await cards.first().getByTestId('song-play').click();
        await expect.poll(() => note.count()).toBe(0);
        // Said once: the next player does not repeat it.
        await cards.nth(1).getByTestId('song-play').click();
        await cards.nth(1).getByTestId('song-player').waitFor();
        expect(await note.count()).toBe(0);
      },
      { context: PHONE, prepare: blockYouTube },
    );
  });
});
