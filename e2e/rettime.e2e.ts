/**
 * Session 38 (rettime), a returning user's 기록 on a phone (390×844, Asia/Seoul, clock set to
 * Sunday 1 Nov 2026 00:50 by an init script), against the production build:
 *   - after midnight: a conversation at 00:40 is filed under the evening before (오늘 · 10월 31일),
 *     shown as '새벽 12:40'; 21:10 reads '밤 9:10'; its page says the same day (session 40);
 *   - the mood chart with two recorded days (10/29 and 10/31): real day slots 10/25…10/31 with
 *     the empty 10/30, every date on the axis, and a caption saying what span is shown;
 *   - a search snippet starts and ends at word boundaries;
 *   - "이 대화 지우기" sits at the top of the detail, on the first screen, with its confirm step;
 *   - the tab and the open record stay across reloads (also offline); back closes an open record,
 *     then goes to 대화 once (session 39: switching tabs replaces the history entry, no walk).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  reloadOffline,
  screenshot,
  setClock,
  startAppServer,
  waitForServiceWorkerControl,
  type AppServer,
} from './harness';

/** Sunday 1 November 2026, 00:50 in Seoul. */
const NOW = Date.parse('2026-11-01T00:50:00+09:00');
const kst = (iso: string) => Date.parse(`${iso}+09:00`);

const LATE_TITLE = '잠이 안 와요. 내일 발표가 너무 불안해요';
const SEARCH_TEXT = '어제부터 계속 생각했는데 회사에서 요즘 제일 힘든 게 뭐냐면 가장 걱정되는 건 소문 자체예요. 다들 알까 봐 무서워요.';
const EMOTIONS = 7;
const oneHot = (i: number) => Array.from({ length: EMOTIONS }, (_, k) => (k === i ? 1 : 0));

interface Seed {
  id: string;
  startedAt: number;
  title: string;
  texts: string[];
  mix: number[];
  label: string;
}

const SEEDS: Seed[] = [
  {
    id: 'rt-evening',
    startedAt: kst('2026-10-29T21:10:00'),
    title: '회사 일 때문에 마음이 무거워요',
    texts: ['회사 일 때문에 마음이 무거워요', SEARCH_TEXT],
    mix: oneHot(1),
    label: 'sadness',
  },
  {
    id: 'rt-late',
    startedAt: kst('2026-11-01T00:40:00'),
    title: LATE_TITLE,
    texts: [LATE_TITLE, ...Array.from({ length: 8 }, (_, i) => `발표 준비가 걱정돼요 ${i + 1}`)],
    mix: oneHot(3),
    label: 'anxiety',
  },
];

let server: AppServer;
let browser: Browser;
beforeAll(async () => {
  server = await startAppServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A phone in Seoul whose clock reads NOW (and runs on from there). */
async function withPhone(fn: (page: Page, context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    serviceWorkers: 'allow',
  });
  try {
    await setClock(context, NOW);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await fn(page, context);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  } finally {
    await context.close();
  }
}

/** Writes the seed conversations straight into the app's database (once the app has created it). */
async function seed(page: Page): Promise<void> {
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'maum-shimpyo' && (d.version ?? 0) >= 20));
  await page.evaluate(async (seeds: Seed[]) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('maum-shimpyo');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const tx = db.transaction(['conversations', 'messages', 'conversationAnalyses'], 'readwrite');
    for (const s of seeds) {
      const updatedAt = s.startedAt + s.texts.length * 60_000;
      tx.objectStore('conversations').put({ id: s.id, startedAt: s.startedAt, updatedAt, title: s.title, mix: s.mix, sharedChars: 40, safety: null });
      s.texts.forEach((text, i) =>
        tx.objectStore('messages').put({ id: `${s.id}-m${i}`, conversationId: s.id, role: 'user', text, createdAt: s.startedAt + i * 60_000 }),
      );
      tx.objectStore('conversationAnalyses').put({ conversationId: s.id, mix: s.mix, label: s.label, turns: s.texts.length, updatedAt });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, SEEDS);
}

async function openTab(page: Page, name: '대화' | '일기' | '기록' | '설정') {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect.poll(() => selectedTab(page)).toBe(name);
}

const selectedTab = (page: Page) => page.locator('[role="tab"][aria-selected="true"]').textContent();

describe('rettime: 기록 for a returning user, after midnight', () => {
  it('files 00:40 under the evening before, with 새벽/밤 times and a truthful sparse chart', async () => {
    await withPhone(async (page) => {
      await page.goto(`${server.origin}/`);
      await seed(page);
      await openTab(page, '기록');

      // Day groups: the 00:40 conversation is tonight (10/31), the 21:10 one two days ago.
      const headings = page.getByTestId('history-day');
      await expect.poll(() => headings.count()).toBe(2);
      expect(await headings.allTextContents()).toEqual(['오늘 · 10월 31일 (토)', '10월 29일 (목)']);
      const rows = page.getByTestId('history-item');
      expect(await rows.nth(0).getAttribute('data-day')).toBe('2026-10-31');
      expect(await rows.nth(0).textContent()).toContain('새벽 12:40');
      expect(await rows.nth(0).textContent()).not.toContain('오전');
      expect(await rows.nth(1).textContent()).toContain('밤 9:10');

      // The chart: a week of real days ending today (10/31), with the empty 10/30 between the bars.
      const chart = page.locator('.mood-timeline-chart');
      await expect.poll(() => chart.getAttribute('data-columns')).toBe('7');
      expect(await chart.getAttribute('data-first-day')).toBe('2026-10-25');
      expect(await chart.getAttribute('data-last-day')).toBe('2026-10-31');
      // Session 39 (uia): a dated week reads as day numbers, the month once under the first.
      const axisDays = async () =>
        (await chart.locator('svg text').allTextContents()).filter((t) => /^\d+$/.test(t.trim()));
      await expect.poll(axisDays).toEqual(['25', '26', '27', '28', '29', '30', '31']);
      expect((await chart.locator('svg text').allTextContents()).filter((t) => t.trim() === '10월')).toHaveLength(1);
      // Bars stand over their own dates: 10/29 and 10/31, nothing over the empty 10/30.
      await page.waitForTimeout(600); // the grow-in animation
      const columns = await chart.evaluate((host) => {
        const h = host.getBoundingClientRect();
        const bars = [...host.querySelectorAll('svg path')]
          .map((p) => p.getBoundingClientRect())
          .filter((r) => r.height > 2 && r.width > 2 && r.width < h.width / 2)
          .map((r) => (r.left + r.right) / 2);
        const labels = [...host.querySelectorAll('svg text')]
          .filter((t) => /^\d+$/.test(t.textContent?.trim() ?? ''))
          .map((t) => {
            const r = t.getBoundingClientRect();
            return { day: t.textContent?.trim() ?? '', x: (r.left + r.right) / 2 };
          });
        return labels.filter((l) => bars.some((x) => Math.abs(x - l.x) < 6)).map((l) => l.day);
      });
      expect(columns).toEqual(['29', '31']);
      const caption = (await page.getByTestId('mood-caption').textContent()) ?? '';
      expect(caption).toContain('10월 25일부터 오늘까지');
      expect(caption).toContain('기록한 날은 2일');
      expect(await page.getByTestId('mood-day').textContent()).toContain('10월 31일 (토)');
      expect(await page.getByTestId('history-timeline-intro').textContent()).toContain('새벽 4시 전의 기록은 전날에');
      await screenshot(page, 'rettime-history-after-midnight');

      // Search: the snippet is cut at spaces, not inside 가장.
      await page.getByTestId('history-search').fill('걱정되는');
      await expect.poll(() => page.getByTestId('history-status').textContent()).toContain('1개를 찾았어요');
      const snippet = ((await rows.first().locator('.history-item-text').textContent()) ?? '').trim();
      expect(snippet.startsWith('…')).toBe(true);
      const body = snippet.replace(/^…/, '').replace(/…$/, '');
      const at = SEARCH_TEXT.indexOf(body);
      expect(at, snippet).toBeGreaterThan(0);
      expect(SEARCH_TEXT[at - 1], snippet).toBe(' ');
      const end = at + body.length;
      expect(end === SEARCH_TEXT.length || SEARCH_TEXT[end] === ' ', snippet).toBe(true);
    });
  });

  it('puts 이 대화 지우기 at the top of the detail, keeps the place across reloads, and back walks back', async () => {
    await withPhone(async (page, context) => {
      await page.goto(`${server.origin}/`);
      await seed(page);

      // 설정 survives a reload.
      await openTab(page, '설정');
      expect(new URL(page.url()).hash).toBe('#settings');
      await page.reload();
      await expect.poll(() => selectedTab(page)).toBe('설정');
      expect(await page.locator('#panel-settings').isHidden()).toBe(false);

      // Open the late conversation: the delete button is on the first screen, above the messages.
      await openTab(page, '기록');
      expect(new URL(page.url()).hash).toBe('#history');
      await page.getByTestId('history-item').filter({ hasText: LATE_TITLE }).click();
      await page.getByTestId('history-detail-title').waitFor();
      expect(new URL(page.url()).hash).toBe('#history/conversation/rt-late');
      const del = page.getByTestId('history-delete');
      const delBox = await del.boundingBox();
      const transcriptBox = await page.locator('.transcript').boundingBox();
      expect(delBox && transcriptBox && delBox.y < transcriptBox.y).toBe(true);
      await page.evaluate(() => scrollTo(0, 0));
      const top = await del.boundingBox();
      expect(top && top.y + top.height <= 844).toBe(true);
      expect(await page.getByTestId('history-detail').textContent()).toContain('10월 31일 (토) 새벽 12:40');

      // The open record survives a reload too; back closes it to the list, then goes to 대화
      // (switching 설정 → 기록 replaced the entry: session 39), and never walks through 설정.
      await page.reload();
      await page.getByTestId('history-detail-title').waitFor();
      expect(await page.getByTestId('history-detail-title').textContent()).toBe(LATE_TITLE);
      await page.goBack();
      await page.getByTestId('history-detail').waitFor({ state: 'detached' });
      await expect.poll(() => selectedTab(page)).toBe('기록');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-item-id'))).toBe('rt-late');
      await page.goBack();
      await expect.poll(() => selectedTab(page)).toBe('대화');
      expect(new URL(page.url()).hash).toBe('');
      await page.goForward();
      await expect.poll(() => selectedTab(page)).toBe('기록');

      // 목록으로 is the same step back: afterwards back leaves 기록 for 대화, not the record again.
      await page.getByTestId('history-item').filter({ hasText: LATE_TITLE }).click();
      await page.getByTestId('history-back').click();
      await page.getByTestId('history-detail').waitFor({ state: 'detached' });
      await expect.poll(() => new URL(page.url()).hash).toBe('#history');
      await page.goBack();
      await expect.poll(() => selectedTab(page)).toBe('대화');
      await page.goForward();
      await expect.poll(() => selectedTab(page)).toBe('기록');

      // Tapping through the tabs adds no entries: one back from any of them is 대화, whatever
      // was tapped before, and the history does not grow with the taps.
      const entries = await page.evaluate(() => history.length);
      for (const name of ['설정', '일기', '기록', '설정', '일기'] as const) await openTab(page, name);
      expect(await page.evaluate(() => history.length)).toBe(entries);
      expect(new URL(page.url()).hash).toBe('#diary');
      await page.goBack();
      await expect.poll(() => selectedTab(page)).toBe('대화');
      expect(new URL(page.url()).hash).toBe('');
      // 대화 from the tab bar is the same step back (no second 대화 entry on top of the first).
      await openTab(page, '설정');
      const withSettings = await page.evaluate(() => history.length);
      await openTab(page, '대화');
      await expect.poll(() => new URL(page.url()).hash).toBe('');
      expect(await page.evaluate(() => history.length)).toBe(withSettings);
      await page.goForward();
      await expect.poll(() => selectedTab(page)).toBe('설정');
      await openTab(page, '기록');

      // Delete from the top, with the confirm step; 목록으로 is not needed afterwards.
      await page.getByTestId('history-item').filter({ hasText: LATE_TITLE }).click();
      await page.getByTestId('history-delete').click();
      await screenshot(page, 'rettime-detail-delete-confirm');
      const confirm = page.getByTestId('history-confirm-delete');
      const confirmBox = await confirm.boundingBox();
      expect(confirmBox && confirmBox.y + confirmBox.height <= 844).toBe(true);
      await confirm.click();
      await page.getByTestId('history-detail').waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('history-item').count()).toBe(1);
      expect(new URL(page.url()).hash).toBe('#history');

      // Offline reload on 설정 keeps 설정.
      await waitForServiceWorkerControl(page);
      await openTab(page, '설정');
      await context.setOffline(true);
      server.setDown(true);
      try {
        await reloadOffline(page, context);
        await expect.poll(() => selectedTab(page)).toBe('설정');
      } finally {
        server.setDown(false);
        await context.setOffline(false);
      }
    });
  });
});
