/**
 * Session 38 (uistatus), in a real browser against the production build:
 *   - the first-download card names what it downloads ("마음 읽기 모델", "기기에서 돌리는 프로그램", …, folded under 자세히) and
 *     the listed sizes add up to the total it states;
 *   - "이제 인터넷 없이도 쓸 수 있어요" appears only once the model is open (never while the
 *     card still downloads), inline where it covers neither the header nor the input, can be
 *     closed, and does not come back on the next visit;
 *   - beside "지금까지 이야기로 노래 보기" the gauge line never asks for more sentences;
 *   - the embedded player's success path, without the network: the YouTube embed page is
 *     answered by a small fake player (the iframe API's postMessage protocol: onReady,
 *     onStateChange, infoDelivery; pauseVideo / playVideo commands), and the card shows
 *     "재생 중이에요", pauses, plays again and closes.
 */
import type { BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blockYouTube, screenshot, useSharedApp, waitForModel, waitForServiceWorkerControl, sendWithButton } from './harness';

const app = useSharedApp();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };

function withPage(
  extra: BrowserContextOptions,
  fn: (page: Page, context: BrowserContext) => Promise<void>,
  route: (context: BrowserContext) => Promise<void> = blockYouTube,
) {
  return app.withPage(fn, { context: extra, prepare: route });
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
async function box(l: Locator): Promise<Box> {
  const b = await l.boundingBox();
  if (!b) throw new Error('not visible');
  return b;
}

/** Sends with the 보내기 button (on a touch phone Enter makes a new line) and waits for the reply. */
const send = sendWithButton;

const mb = (text: string) => Number(/([\d.]+) MB/.exec(text)?.[1] ?? NaN);

describe('uistatus: first download, offline note, gauge line, player', () => {
  it('phone: the first-download card lists parts that add up to the total it states', async () => {
    // The runtime arrives late, so the first-download card stays up long enough to read.
    const sw = await (await fetch(`${app.server.origin}/sw.js`)).text();
    const wasmPath = /"(models\/ort\/[^"]+\.wasm)"/.exec(sw)?.[1];
    expect(wasmPath, 'the service worker precaches the runtime').toBeTruthy();
    app.server.setDelay(`/${wasmPath!}`, 4_000);
    try {
      await withPage(PHONE, async (page) => {
        await page.goto(`${app.server.origin}/`);
        const size = page.getByTestId('model-download-size');
        await size.waitFor({ timeout: 20_000 });
        const said = Number(/내려받아요 \(약 (\d+) MB\)/.exec((await size.textContent()) ?? '')?.[1]);
        expect(said, 'the total up front').toBeGreaterThan(20);
        const rows = await page
          .getByTestId('download-part')
          .evaluateAll((els) => els.map((el) => [...el.querySelectorAll('span')].map((s) => s.textContent ?? '')));
        expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(['마음 읽기 모델', '기기에서 돌리는 프로그램', '대화·노래 자료', '앱 화면과 기능']));
        for (const r of rows) expect(r[1], `${r[0]} has a size`).toMatch(/^[\d.]+ (MB|KB)$/);
        const listed = rows.reduce((n, r) => n + (r[1]!.endsWith('KB') ? Number.parseFloat(r[1]!) / 1024 : mb(r[1]!)), 0);
        const total = mb((await page.getByTestId('download-total').textContent()) ?? '');
        expect(Math.abs(total - listed), `listed ${listed} MB vs 모두 ${total} MB`).toBeLessThanOrEqual(0.05 * rows.length + 0.05);
        expect(Math.round(total), '모두 … MB rounds to the 약 … MB above').toBe(said);
        // The engine is the big part; the model alone is a few MB (the old card listed only that).
        const engine = mb(rows.find((r) => r[0] === '기기에서 돌리는 프로그램')![1]!);
        const model = mb(rows.find((r) => r[0] === '마음 읽기 모델')![1]!);
        expect(engine).toBeGreaterThan(model);
        await expect
          .poll(() => page.getByTestId('model-download-progress').textContent(), { timeout: 20_000 })
          .toMatch(new RegExp(`약 ${said} MB 중 .*\\(\\d+%\\)`));
        await screenshot(page, 'uistatus-phone-first-download', { fullPage: false });
        await waitForModel(page);
      });
    } finally {
      app.server.setDelay(`/${wasmPath!}`, null);
    }
  });

  it('phone: the offline note waits for the model, covers nothing, can be closed and is said once', async () => {
    await withPage(PHONE, async (page) => {
      // Note, from the very first frame, whether the offline note ever shows before the model is open.
      await page.addInitScript(() => {
        const w = window as unknown as { __noteEarly: boolean };
        w.__noteEarly = false;
        const check = () => {
          if (!document.querySelector('[data-testid="offline-ready-toast"]')) return;
          if (document.querySelector('[data-testid="model-status"]')?.getAttribute('data-state') !== 'ready') w.__noteEarly = true;
        };
        new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
      });
      await page.goto(`${app.server.origin}/`);
      await waitForServiceWorkerControl(page);
      await waitForModel(page);
      const note = page.getByTestId('offline-ready-toast');
      await note.waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => (window as unknown as { __noteEarly: boolean }).__noteEarly), 'shown before the model was open').toBe(false);
      expect((await note.textContent())?.trim()).toContain('이제 인터넷 없이도 쓸 수 있어요');
      // Where it covers nothing: not over the header, the tabs or the input dock, and on top where it is.
      await page.evaluate(() => window.scrollTo(0, 0));
      const noteBox = await box(note);
      for (const sel of ['.app-header', '.tabs', '.dock']) {
        expect(overlaps(noteBox, await box(page.locator(sel).first())), `note over ${sel}`).toBe(false);
      }
      expect(noteBox.y + noteBox.height, 'in the first screen').toBeLessThanOrEqual(844);
      const onTop = await note.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
      });
      expect(onTop, 'nothing covers the note').toBe(true);
      const close = note.getByRole('button', { name: '닫기' });
      expect((await box(close)).height).toBeGreaterThanOrEqual(44);
      await screenshot(page, 'uistatus-phone-offline-note', { fullPage: false });
      await close.click();
      await expect.poll(() => note.count()).toBe(0);

      // The next visit does not say it again.
      await page.reload();
      await waitForModel(page);
      await page.waitForTimeout(2_000);
      expect(await note.count()).toBe(0);
    });
  });

  it('phone: beside "지금까지 이야기로 노래 보기" the gauge line does not ask for more first', async () => {
    await withPage(PHONE, async (page) => {
      await page.goto(`${app.server.origin}/`);
      await waitForModel(page);
      const line = async () => ((await page.getByTestId('gauge-line').textContent()) ?? '').trim();
      let offered = 0;
      for (const text of [
        '요즘 친구랑 싸워서 너무 속상해요',
        '제가 한 말을 오해해서 단톡방에서 저를 빼 버렸어요',
        '사과하고 싶은데 답장이 없어서 계속 불안하고 슬퍼요',
        '이제 그만 잘게요 잘 자요',
      ]) {
        await send(page, text);
        const percent = Number(await page.getByTestId('gauge').getAttribute('data-percent'));
        if (percent >= 100) break;
        if (await page.getByTestId('early-songs').isVisible()) {
          offered += 1;
          expect(await line(), `with the button offered at ${percent}%`).not.toMatch(/들려주세요/);
          expect(await line()).toContain('지금 봐도');
        } else {
          expect(await line()).not.toContain('지금 봐도');
        }
      }
      expect(offered, 'the early button came up at least once').toBeGreaterThan(0);
      await screenshot(page, 'uistatus-phone-early-songs', { fullPage: false });
    });
  });

  it('desktop: the player plays, pauses, plays again and closes (a fake YouTube player, no network)', async () => {
    const commands: string[] = [];
    const FAKE_PLAYER = `<!doctype html><html><head><meta charset="utf-8"><title>fake player</title></head>
<body style="margin:0;background:#203040;color:#fff;font:16px sans-serif">fake player
<script>
  // What YouTube's embed page does over postMessage once the app says {"event":"listening"}.
  const send = (o) => parent.postMessage(JSON.stringify(o), '*');
  addEventListener('message', (e) => {
    let m; try { m = JSON.parse(e.data); } catch { return; }
    if (m.event === 'listening') {
      send({ event: 'initialDelivery', info: { playerState: -1 } });
      send({ event: 'onReady', info: null });
      send({ event: 'onStateChange', info: 3 });
      setTimeout(() => send({ event: 'infoDelivery', info: { playerState: 1, currentTime: 0.5 } }), 150);
    } else if (m.event === 'command') {
      console.log('fake-player-command:' + m.func);
      if (m.func === 'pauseVideo') send({ event: 'onStateChange', info: 2 });
      if (m.func === 'playVideo') send({ event: 'onStateChange', info: 1 });
    }
  });
</script></body></html>`;
    await withPage(
      DESKTOP,
      async (page) => {
        page.on('console', (m) => {
          const c = /^fake-player-command:(\w+)/.exec(m.text());
          if (c) commands.push(c[1]!);
        });
        await page.goto(`${app.server.origin}/`);
        await waitForModel(page);
        await page.getByRole('tab', { name: '일기' }).click();
        await page.getByTestId('diary-input').fill('오늘은 하루 종일 마음이 무거웠다. 발표를 망친 것 같아서 자꾸 그 장면이 떠오르고, 집에 와서도 아무것도 손에 잡히지 않았다.');
        await page.getByTestId('diary-submit').click();
        const card = page.getByTestId('diary-songs').getByTestId('song-card').first();
        await card.waitFor({ timeout: 60_000 });
        const play = card.getByTestId('song-play');
        await play.click();
        const player = card.getByTestId('song-player');
        await expect.poll(() => player.getAttribute('data-state'), { timeout: 15_000 }).toBe('ready');
        expect(await card.locator('.player-loading').count(), 'the loading line is gone').toBe(0);
        expect(Number(await player.locator('iframe').evaluate((el) => getComputedStyle(el).opacity))).toBe(1);
        const status = card.getByTestId('song-player-status');
        const toggle = card.getByTestId('song-player-toggle');
        // The card sits low on the page: opening the player brings it and its controls into view.
        const bar = card.getByTestId('song-player-bar');
        await expect
          .poll(async () => {
            const b = await bar.boundingBox();
            const f = await player.boundingBox();
            return !!b && !!f && f.y >= 0 && b.y + b.height <= 800;
          }, { timeout: 5_000 })
          .toBe(true);
        await expect.poll(() => status.textContent(), { timeout: 5_000 }).toBe('재생 중이에요');
        expect((await toggle.textContent())?.trim()).toBe('일시 정지');
        expect((await play.textContent())?.trim()).toBe('플레이어 닫기');
        await screenshot(page, 'uistatus-desktop-player-playing', { fullPage: false });

        await toggle.click();
        await expect.poll(() => status.textContent()).toBe('잠시 멈췄어요');
        expect((await toggle.textContent())?.trim()).toBe('재생');
        await toggle.click();
        await expect.poll(() => status.textContent()).toBe('재생 중이에요');
        expect(commands).toEqual(['pauseVideo', 'playVideo']);

        await play.click();
        await expect.poll(() => player.count()).toBe(0);
        expect(await card.locator('iframe').count()).toBe(0);
        expect((await play.textContent())?.trim()).toBe('여기서 재생');
        expect(await card.getByTestId('song-player-failed').count()).toBe(0);
      },
      async (context) => {
        await context.route('https://www.youtube-nocookie.com/embed/**', (r) =>
          r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: FAKE_PLAYER }),
        );
        await context.route('https://www.youtube-nocookie.com/**', (r) => (r.request().url().includes('/embed/') ? r.fallback() : r.abort()));
      },
    );
  });
});
