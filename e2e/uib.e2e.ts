/**
 * Session 39 (uib), in Debian's Chromium against the production build, on a phone (390×844):
 *   - (session 40) a tab that stays open sets a chat six hours old aside in the same way when it
 *     comes back into view, keeping the draft in the composer;
 *   - a tab reloaded days later (a phone PWA left in the background, clock moved on by an init
 *     script) no longer brings Saturday's chat back as today's: it starts fresh and offers
 *     "지난 대화 이어서 하기"; reloaded minutes later it still resumes;
 *   - 설정 · 좋아요 나누기 refuses a plain http:// server (only https, and http to this device);
 *   - with sharing on and a server that refuses connections, a liked song shows
 *     "서버에 연결하지 못했어요 · 보내지 않은 평가 1개 · 잠시 뒤 다시 보낼게요" under the switch;
 *     once the server answers, "남긴 평가를 모두 보냈어요." and "마지막으로 보낸 때: 오늘 …";
 *   - the notice no longer says "익명": a month of ratings shares one random id, and it says so.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blockYouTube, screenshot, useSharedApp, waitForModel } from './harness';

const app = useSharedApp();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, timezoneId: 'Asia/Seoul' };
const CLOCK_KEY = 'e2e.clockOffsetMs';
const DAY_MS = 24 * 60 * 60 * 1000;
const ENTRY = '오늘은 하루 종일 마음이 무거웠다. 발표를 망친 것 같아서 자꾸 그 장면이 떠오르고, 집에 와서도 아무것도 손에 잡히지 않았다.';

async function openTab(page: Page, name: '대화' | '일기' | '기록' | '설정') {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect.poll(() => page.getByRole('tab', { name, exact: true }).getAttribute('aria-selected')).toBe('true');
}

/**
 * The page's clock runs ahead by localStorage[CLOCK_KEY] ms (read at each load): time passes
 * between reloads; and by `globalThis.e2eMoreMs` more, set at any time: time passes in an open tab.
 */
async function movableClock(context: BrowserContext): Promise<void> {
  await context.addInitScript((key: string) => {
    const offset = Number(localStorage.getItem(key) ?? 0);
    const moved = () => offset + Number((globalThis as { e2eMoreMs?: number }).e2eMoreMs ?? 0);
    const Real = Date;
    class MovedDate extends Real {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(Real.now() + moved());
        else super(...(args as [number]));
      }
      static override now() {
        return Real.now() + moved();
      }
    }
    globalThis.Date = MovedDate as DateConstructor;
  }, CLOCK_KEY);
}

/** One short conversation (a user message and the reply), written straight into the database, as this tab's current one. */
async function seedTabConversation(page: Page, id: string, text: string): Promise<void> {
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'maum-shimpyo' && (d.version ?? 0) >= 20));
  await page.evaluate(
    async ({ id, text }) => {
      const startedAt = Date.now() - 20 * 60_000;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('maum-shimpyo');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const mix = [0, 1, 0, 0, 0, 0, 0];
      const tx = db.transaction(['conversations', 'messages', 'conversationAnalyses'], 'readwrite');
      tx.objectStore('conversations').put({ id, startedAt, updatedAt: startedAt + 60_000, title: text, mix, sharedChars: 40, safety: null });
      tx.objectStore('messages').put({ id: `${id}-m0`, conversationId: id, role: 'user', text, createdAt: startedAt });
      tx.objectStore('messages').put({ id: `${id}-m1`, conversationId: id, role: 'bot', text: '그랬군요. 조금 더 이야기해 줄래요?', createdAt: startedAt + 60_000 });
      tx.objectStore('conversationAnalyses').put({ conversationId: id, mix, label: 'sadness', turns: 1, updatedAt: startedAt + 60_000 });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      sessionStorage.setItem('maum.currentConversation', id);
      localStorage.setItem('maum.currentConversation', id);
    },
    { id, text },
  );
}

describe('uib: an old tab starts fresh; sharing says how sending goes', () => {
  it('a tab reloaded minutes later resumes its chat; three days later it starts fresh and offers it', async () => {
    await app.withPage(
      async (page) => {
        const TEXT = '토요일에 친구랑 싸워서 속상했어요';
        await page.goto(`${app.server.origin}/`);
        await seedTabConversation(page, 'uib-saturday', TEXT);

        // Minutes later (same tab): the conversation is still today's.
        await page.reload();
        await expect.poll(() => page.getByTestId('user-message').count(), { timeout: 30_000 }).toBe(1);
        expect(await page.getByTestId('resume-offer').count()).toBe(0);

        // Three days later, the same tab is reloaded: a fresh chat, with the old one a tap away.
        await page.evaluate(([key, ms]) => localStorage.setItem(key, String(ms)), [CLOCK_KEY, 3 * DAY_MS] as const);
        await page.reload();
        await page.getByTestId('resume-offer').waitFor({ timeout: 30_000 });
        expect(await page.getByTestId('user-message').count()).toBe(0);
        expect(await page.getByTestId('resume-last').textContent()).toBe('지난 대화 이어서 하기');
        await screenshot(page, 'uib-return-3-days-later', { fullPage: false });
        await page.getByTestId('resume-last').click();
        await expect.poll(() => page.getByTestId('user-message').count()).toBe(1);
        expect(await page.getByTestId('user-message').first().textContent()).toContain(TEXT);
      },
      { context: PHONE, prepare: movableClock },
    );
  });

  it('a tab left open sets its chat aside once it is six hours old, keeping the draft, and brings it back on request', async () => {
    await app.withPage(
      async (page) => {
        const TEXT = '어제 밤에 친구랑 싸워서 잠을 못 잤어요';
        await page.goto(`${app.server.origin}/`);
        await seedTabConversation(page, 'uib-open-tab', TEXT);
        await page.reload();
        await expect.poll(() => page.getByTestId('user-message').count(), { timeout: 30_000 }).toBe(1);
        await page.getByTestId('chat-input').fill('아직 보내지 않은 말');
        const cameBack = (ms: number) =>
          page.evaluate((more) => {
            (globalThis as { e2eMoreMs?: number }).e2eMoreMs = more;
            document.dispatchEvent(new Event('visibilitychange'));
          }, ms);

        // An hour later the tab comes back into view: still the same chat.
        await cameBack(60 * 60 * 1000);
        await page.waitForTimeout(300);
        expect(await page.getByTestId('user-message').count()).toBe(1);
        expect(await page.getByTestId('resume-offer').count()).toBe(0);

        // The next morning: a fresh chat, the draft kept, the old chat a tap away.
        await cameBack(10 * 60 * 60 * 1000);
        await page.getByTestId('resume-offer').waitFor({ timeout: 10_000 });
        expect(await page.getByTestId('user-message').count()).toBe(0);
        expect(await page.getByTestId('chat-input').inputValue()).toBe('아직 보내지 않은 말');
        await screenshot(page, 'uib-open-tab-next-morning', { fullPage: false });
        await page.getByTestId('resume-last').click();
        await expect.poll(() => page.getByTestId('user-message').count()).toBe(1);
        expect(await page.getByTestId('user-message').first().textContent()).toContain(TEXT);
      },
      { context: PHONE, prepare: movableClock },
    );
  });

  it('refuses an http server; with a dead server a like shows the failure, then the last send once it answers', async () => {
    await app.withPage(
      async (page, context) => {
        const origin = app.server.origin;
        let serverUp = false;
        const posts: string[] = [];
        // A community server at {origin}/sync (http to this device is allowed for development).
        await context.route(`${origin}/sync/**`, async (route) => {
          if (!serverUp) return route.abort('connectionrefused');
          const request = route.request();
          if (request.method() !== 'POST') return route.fulfill({ status: 404, json: { error: 'not_found', message: '' } });
          const body = request.postDataJSON() as { events?: { eventId: string }[]; retracts?: string[] };
          posts.push(request.url());
          const events = (body.events ?? []).map((e) => e.eventId);
          return route.fulfill({ json: { acknowledged: events, stored: events.length, retracted: body.retracts ?? [], removed: 0 } });
        });
        await page.goto(`${origin}/`);
        await waitForModel(page);
        await openTab(page, '설정');

        // The notice is honest about the monthly id.
        const section = page.locator('section[aria-labelledby="settings-sync-title"]');
        const notice = (await section.textContent()) ?? '';
        expect(notice).not.toContain('익명');
        expect(notice).toContain('이름이나 기기 정보는 보내지 않아요');
        expect(notice).toContain('한 달 동안 남긴 평가는 같은 번호로 묶여요');

        // A plain http server elsewhere is refused, with the reason.
        await page.getByTestId('sync-advanced').locator('summary').click();
        const serverUrl = page.getByTestId('settings-server-url');
        await serverUrl.fill('http://sync.example.com');
        await serverUrl.press('Enter');
        await page.getByText('http:// 주소는 쓸 수 없어요', { exact: false }).waitFor();
        expect(await page.getByText('암호화되지 않은', { exact: false }).count()).toBe(1);
        expect(await page.getByTestId('settings-sync').isDisabled()).toBe(true);
        expect(await page.evaluate(() => localStorage.getItem('maum.syncServerUrl'))).toBeNull();

        // http to this device is allowed (development); then sharing can be turned on.
        await serverUrl.fill(`${origin}/sync`);
        await serverUrl.press('Enter');
        await page.getByText('이제 좋아요 나누기를 켤 수 있어요').waitFor();
        await page.getByTestId('settings-sync').check();
        await expect.poll(() => page.locator('#settings-sync-state').textContent()).toBe('켜짐');
        const sending = page.getByTestId('settings-sync-sending');
        await expect.poll(() => sending.textContent()).toBe('아직 보낸 평가가 없어요.');

        // Like a song (from a diary entry) while the server refuses connections.
        await openTab(page, '일기');
        await page.getByTestId('diary-input').fill(ENTRY);
        await page.getByTestId('diary-submit').click();
        const songs = page.getByTestId('diary-songs').getByTestId('song-card');
        await expect.poll(() => songs.count(), { timeout: 60_000 }).toBe(3);
        const like = songs.first().getByTestId('feedback-like');
        await like.click();
        await expect.poll(() => like.getAttribute('aria-pressed')).toBe('true');

        await openTab(page, '설정');
        await expect.poll(() => sending.getAttribute('data-tone'), { timeout: 30_000 }).toBe('problem');
        const failing = (await sending.textContent()) ?? '';
        expect(failing).toContain('서버에 연결하지 못했어요');
        expect(failing).toContain('보내지 않은 평가 1개');
        expect(failing).toContain('다시 보낼게요');
        expect(await page.getByTestId('settings-sync-last-sent').count()).toBe(0);
        await sending.scrollIntoViewIfNeeded();
        await screenshot(page, 'uib-sync-server-down', { fullPage: false });

        // The server comes back: the retry goes out, and the line says when.
        serverUp = true;
        await expect.poll(() => sending.getAttribute('data-tone'), { timeout: 60_000 }).toBe('ok');
        expect(await sending.locator('p').first().textContent()).toBe('남긴 평가를 모두 보냈어요.');
        expect(await page.getByTestId('settings-sync-last-sent').textContent()).toMatch(/^마지막으로 보낸 때: 오늘 (새벽|오전|오후|저녁|밤) \d{1,2}:\d{2}$/);
        expect(posts.length).toBeGreaterThan(0);
        await screenshot(page, 'uib-sync-sent', { fullPage: false });

        // Off: the line goes with the setting.
        await page.getByTestId('settings-sync').uncheck();
        await expect.poll(() => sending.count()).toBe(0);
      },
      {
        context: { ...PHONE, serviceWorkers: 'block' },
        prepare: blockYouTube,
      },
    );
  });
});
