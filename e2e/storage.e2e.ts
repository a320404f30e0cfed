/**
 * A full disk in a real browser (session 41, storage): IndexedDB refuses every add and put
 * (QuotaExceededError) while the user keeps talking.
 *   - nothing said meanwhile is lost: it is kept (memory + localStorage) and written when there
 *     is room again, in the page (focus) or at the next start (reload), once each, in order;
 *   - the notice says what is and is not saved, offers 기록 and a file of the conversation, says
 *     when everything is saved, and never covers the tab bar or the chat's input (360×780,
 *     1280×800, scrolled to the top or the bottom);
 *   - the composer's own sizing, for browsers without CSS field-sizing (Firefox, Safari), forced
 *     here in Chromium, gives the heights Chromium's field-sizing gives.
 * Screenshots go to test-results/.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, sendChat, useSharedApp, waitForModel } from './harness';

const app = useSharedApp();

const KEPT_KEY = 'maum.keptWrites:maum-shimpyo';
const BEFORE = '요즘 회사 일이 많아서 좀 지쳐 있어요.';
const WHILE_FULL = ['오늘은 팀장님한테 또 한소리 들어서 속상했어요.', '그래도 집에 오니까 조금은 마음이 놓여요.'];

/** From now on IndexedDB refuses adds and puts as a full disk does, until `setDiskFull(page, false)`. */
async function setDiskFull(page: Page, full: boolean): Promise<void> {
  await page.evaluate((on) => {
    const w = window as unknown as { __diskFull?: boolean; __diskPatched?: boolean };
    w.__diskFull = on;
    if (w.__diskPatched) return;
    w.__diskPatched = true;
    const proto = IDBObjectStore.prototype;
    for (const name of ['add', 'put'] as const) {
      const real = proto[name];
      proto[name] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
        if (w.__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return real.apply(this, args);
      };
    }
  }, full);
}

/** Every stored message text, in the order of the conversation. */
async function storedTexts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('maum-shimpyo');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const rows = await new Promise<{ text: string; createdAt: number; role: string }[]>((resolve, reject) => {
      const r = db.transaction('messages', 'readonly').objectStore('messages').getAll();
      r.onsuccess = () => resolve(r.result as { text: string; createdAt: number; role: string }[]);
      r.onerror = () => reject(r.error);
    });
    db.close();
    return rows.filter((m) => m.role === 'user').sort((a, b) => a.createdAt - b.createdAt).map((m) => m.text);
  });
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const overlaps = (a: Box, b: Box) => a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5 && a.left < b.right && b.left < a.right;

/** The notice, the tab bar and the chat's input dock, on screen, scrolled to the top and to the bottom. */
async function checkNothingCovered(page: Page, name: string): Promise<void> {
  for (const where of ['top', 'bottom'] as const) {
    const boxes = await page.evaluate((w) => {
      scrollTo({ top: w === 'top' ? 0 : document.scrollingElement!.scrollHeight, behavior: 'instant' });
      const box = (selector: string) => {
        const r = document.querySelector(selector)!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      };
      return { notice: box('[data-testid="storage-notice"]'), tabs: box('.tabs'), dock: box('.dock'), input: box('[data-testid="chat-input"]'), height: innerHeight };
    }, where);
    const label = `${name}, scrolled to the ${where}`;
    expect(overlaps(boxes.notice, boxes.tabs), `${label}: the notice is clear of the tab bar`).toBe(false);
    expect(overlaps(boxes.notice, boxes.dock), `${label}: the notice is clear of the input dock`).toBe(false);
    expect(boxes.notice.bottom, `${label}: the notice is on screen`).toBeGreaterThan(0);
    expect(boxes.notice.top, `${label}: the notice is on screen`).toBeLessThan(boxes.height);
    expect(boxes.input.bottom, `${label}: the input is on screen`).toBeLessThanOrEqual(boxes.height + 1);
    // Each tab can be pressed where it is: nothing lies on top of it.
    const free = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.tab')].every((tab) => {
        const r = tab.getBoundingClientRect();
        return tab.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
      }),
    );
    expect(free, `${label}: every tab can be pressed`).toBe(true);
  }
}

describe('a full disk loses nothing', () => {
  it('keeps what is said, says so plainly, and writes it once there is room again (focus, then a reload)', async () => {
    await app.withPage(
      async (page) => {
        await page.goto(`${app.server.origin}/`);
        await waitForModel(page);
        await sendChat(page, BEFORE);

        await setDiskFull(page, true);
        for (const text of WHILE_FULL) await sendChat(page, text);
        const notice = page.getByTestId('storage-notice');
        await notice.waitFor();
        const said = (await notice.textContent()) ?? '';
        expect(said).toMatch(/저장 공간이 가득 찼어요/);
        expect(said).toMatch(/그 전 기록은 그대로지만, 최근 이야기는 기록에 저장하지 못했어요/);
        expect(said).toMatch(/창을 닫아도 괜찮아요/);
        expect(await notice.getAttribute('data-kept')).toBe('all');
        expect(await page.getByTestId('storage-live').textContent(), 'said once to a screen reader').toMatch(/저장 공간이 가득 찼어요/);
        expect(await storedTexts(page), 'IndexedDB is full: only what came before is there').toEqual([BEFORE]);
        const copy = await page.evaluate((key) => localStorage.getItem(key), KEPT_KEY);
        for (const text of WHILE_FULL) expect(copy, 'the kept copy holds what was said').toContain(text);

        await checkNothingCovered(page, '360×780');
        await screenshot(page, 'storage-full-360x780-light', { fullPage: false });
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.waitForTimeout(300);
        await checkNothingCovered(page, '1280×800');
        await screenshot(page, 'storage-full-1280x800-light', { fullPage: false });
        await page.setViewportSize({ width: 360, height: 780 });

        // The conversation as a file, from what the page holds (IndexedDB has not got it).
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('storage-save-file').click()]);
        expect(download.suggestedFilename()).toMatch(/^음악쉼표-대화-\d{4}-\d{2}-\d{2}\.txt$/);
        const file = readFileSync((await download.path())!, 'utf8');
        for (const text of [BEFORE, ...WHILE_FULL]) expect(file).toContain(text);
        expect(await page.getByTestId('storage-file-note').textContent()).toMatch(/파일로 저장했어요/);

        // 기록 정리하기 opens 기록, where old conversations can be deleted.
        await page.getByTestId('storage-free-space').click();
        await expect.poll(() => page.getByRole('tab', { name: '기록' }).getAttribute('aria-selected')).toBe('true');
        await page.getByRole('tab', { name: '대화' }).click();

        // Room again; the page gets the focus back: everything kept goes in, and the notice says so.
        await setDiskFull(page, false);
        await page.evaluate(() => window.dispatchEvent(new Event('focus')));
        await page.getByTestId('storage-saved').waitFor({ timeout: 10_000 });
        expect(await page.getByTestId('storage-saved').textContent()).toBe('따로 보관해 둔 이야기를 모두 기록에 저장했어요.');
        expect(await page.getByTestId('storage-live').textContent()).toBe('따로 보관해 둔 이야기를 모두 기록에 저장했어요.');
        expect(await notice.count()).toBe(0);
        expect(await storedTexts(page)).toEqual([BEFORE, ...WHILE_FULL]);
        expect(await page.evaluate((key) => localStorage.getItem(key), KEPT_KEY)).toBeNull();
        // The confirmation goes by itself.
        await page.getByTestId('storage-saved').waitFor({ state: 'detached', timeout: 10_000 });

        await page.reload();
        await page.getByTestId('user-message').nth(2).waitFor({ timeout: 30_000 });
        const onScreen = await page.getByTestId('user-message').locator('.msg-text').allTextContents();
        expect(onScreen.map((t) => t.trim())).toEqual([BEFORE, ...WHILE_FULL]);
        expect(await storedTexts(page), 'nothing written twice').toEqual([BEFORE, ...WHILE_FULL]);
      },
      { context: { reducedMotion: 'reduce' } },
    );
  });

  it('written at the next start from the copy in localStorage, in order and once, before the chat reopens', async () => {
    await app.withPage(
      async (page) => {
        await page.goto(`${app.server.origin}/`);
        await waitForModel(page);
        await sendChat(page, BEFORE);
        await setDiskFull(page, true);
        for (const text of WHILE_FULL) await sendChat(page, text);
        await page.getByTestId('storage-notice').waitFor();
        expect(await storedTexts(page)).toEqual([BEFORE]);

        // The tab is reloaded with room again (a fresh page: IndexedDB works).
        await page.reload();
        await page.getByTestId('user-message').nth(2).waitFor({ timeout: 30_000 });
        const onScreen = await page.getByTestId('user-message').locator('.msg-text').allTextContents();
        expect(onScreen.map((t) => t.trim()), 'the conversation reopens whole').toEqual([BEFORE, ...WHILE_FULL]);
        expect(await storedTexts(page)).toEqual([BEFORE, ...WHILE_FULL]);
        expect(await page.evaluate((key) => localStorage.getItem(key), KEPT_KEY), 'removed once written').toBeNull();
        expect(await page.getByTestId('storage-notice').count()).toBe(0);

        // And once more: nothing is written twice.
        await page.reload();
        await page.getByTestId('user-message').nth(2).waitFor({ timeout: 30_000 });
        expect(await storedTexts(page)).toEqual([BEFORE, ...WHILE_FULL]);
      },
      { context: { reducedMotion: 'reduce' } },
    );
  });

  it('a damaged copy in localStorage is set aside with a message, and the app works', async () => {
    await app.withPage(async (page, context) => {
      await context.addInitScript((key: string) => {
        if (!sessionStorage.getItem('seeded')) {
          sessionStorage.setItem('seeded', '1');
          localStorage.setItem(key, '{"v":1,"writes":[{"op":"addMess');
        }
      }, KEPT_KEY);
      await page.goto(`${app.server.origin}/`);
      const error = page.getByTestId('storage-error');
      await error.waitFor({ timeout: 30_000 });
      expect(await error.textContent()).toMatch(/따로 보관해 둔 대화를 읽을 수 없어/);
      expect(await page.evaluate((key) => localStorage.getItem(key), KEPT_KEY)).toBeNull();
      await waitForModel(page);
      await sendChat(page, BEFORE);
      expect(await storedTexts(page)).toEqual([BEFORE]);
    });
  });
});

// ------------------------------------------------------------------ the composer without field-sizing

/** As in Firefox or Safari: CSS.supports says no to field-sizing, and the property does nothing. */
async function withoutFieldSizing(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const supports = CSS.supports.bind(CSS) as (...args: string[]) => boolean;
    CSS.supports = ((...args: string[]) => (args.join(' ').includes('field-sizing') ? false : supports(...args))) as typeof CSS.supports;
    const style = document.createElement('style');
    style.textContent = '.composer-input { field-sizing: fixed !important; }';
    const add = () => (document.head ?? document.documentElement).append(style);
    if (document.documentElement) add();
    else document.addEventListener('readystatechange', add, { once: true });
  });
}

async function largeText(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const set = () => document.documentElement.style.setProperty('font-size', '150%');
    if (document.documentElement) set();
    else document.addEventListener('DOMContentLoaded', set);
  });
}

const DRAFTS = [
  '',
  '한 줄',
  '첫 줄\n둘째 줄\n셋째 줄\n넷째 줄',
  '오늘 있었던 일을 길게 적어 보면 한 줄에 다 들어가지 않고 여러 줄로 넘어가요. '.repeat(3),
  Array.from({ length: 14 }, (_, i) => `${i + 1}번째 줄`).join('\n'),
  '',
];

interface Sizing {
  height: number;
  /** The inline height the fallback sets ('' where CSS sizes the box). */
  inline: string;
  /** More text than shows (fine only past the 168 px cap). */
  cut: boolean;
}

/** The input's height for each draft, typed in turn, then for a long draft before and after the window widens. */
async function heights(page: Page, viewport: { width: number; height: number }): Promise<{ drafts: Sizing[]; narrow: number; wide: number }> {
  const input = page.getByTestId('chat-input');
  await input.waitFor();
  await page.evaluate(() => document.fonts.ready);
  const measure = () =>
    input.evaluate((el: HTMLTextAreaElement) => ({
      height: el.getBoundingClientRect().height,
      inline: el.style.height,
      cut: el.scrollHeight > el.clientHeight + 1,
    }));
  const drafts: Sizing[] = [];
  for (const draft of DRAFTS) {
    await input.fill(draft);
    drafts.push(await measure());
  }
  await input.fill('오늘 있었던 일을 길게 적어 보면 한 줄에 다 들어가지 않고 여러 줄로 넘어가요.');
  const narrow = (await measure()).height;
  await page.setViewportSize({ width: viewport.width + 240, height: viewport.height });
  await page.waitForTimeout(300);
  const wide = (await measure()).height;
  return { drafts, narrow, wide };
}

describe('the composer where CSS cannot size it (Firefox, Safari)', () => {
  for (const phone of [
    { name: '360 px', viewport: { width: 360, height: 780 }, large: false },
    { name: '320 px at 150 %', viewport: { width: 320, height: 700 }, large: true },
  ]) {
    it(`${phone.name}: grows with the text like field-sizing does, shows the placeholder whole, stops at 168 px`, async () => {
      let native: Awaited<ReturnType<typeof heights>> | undefined;
      await app.withPage(
        async (page) => {
          await page.goto(`${app.server.origin}/`);
          native = await heights(page, phone.viewport);
        },
        { context: { viewport: phone.viewport }, ...(phone.large ? { prepare: largeText } : {}) },
      );
      await app.withPage(
        async (page) => {
          await page.goto(`${app.server.origin}/`);
          const fallback = await heights(page, phone.viewport);
          const ref = native!;
          expect(ref.drafts.every((h) => h.inline === ''), 'Chromium sizes the box itself').toBe(true);
          expect(fallback.drafts.some((h) => h.inline.endsWith('px')), 'the fallback path ran').toBe(true);
          fallback.drafts.forEach((h, i) => {
            const what = `${phone.name}, draft ${i} (${JSON.stringify(DRAFTS[i]!.slice(0, 12))}…)`;
            expect(Math.abs(h.height - ref.drafts[i]!.height), `${what}: ${h.height} px vs field-sizing ${ref.drafts[i]!.height} px`).toBeLessThanOrEqual(2);
            if (i < 3 || i === 5) expect(h.cut, `${what}: nothing cut`).toBe(false);
          });
          const [empty, oneLine, , , capped, emptied] = fallback.drafts;
          expect(empty!.height).toBeGreaterThanOrEqual(48);
          expect(capped!.height, 'stops at the max height').toBeLessThanOrEqual(168.5);
          expect(emptied!.height, 'back to the empty height').toBeCloseTo(empty!.height, 0);
          // At 150 % on 320 px the placeholder takes two lines: the empty box shows both.
          if (phone.large) expect(empty!.height).toBeGreaterThan(oneLine!.height + 10);
          // A wider window: the long draft takes fewer lines, and the box follows as field-sizing's does.
          expect(ref.wide, 'the check means something: the text rewraps').toBeLessThan(ref.narrow);
          expect(Math.abs(fallback.narrow - ref.narrow)).toBeLessThanOrEqual(2);
          expect(Math.abs(fallback.wide - ref.wide), `wider: ${fallback.wide} px vs field-sizing ${ref.wide} px`).toBeLessThanOrEqual(2);
        },
        {
          context: { viewport: phone.viewport },
          prepare: async (c) => {
            await withoutFieldSizing(c);
            if (phone.large) await largeText(c);
          },
        },
      );
    });
  }
});
