/**
 * The 일기, 기록 and 설정 screens in a real browser (Debian Chromium via playwright-core) against
 * the production build:
 *   - a diary entry gets its emotion chart and three songs, survives a reload, is listed in
 *     기록 under its day, is found by search (also with a decomposed-Hangul query), can be
 *     re-read and deleted after a confirm step; empty and over-long entries keep their text;
 *     its re-read songs give their reason in words (no percentage); the expected day follows the
 *     app's 04:00 rule (recordDay), also checked with the clock at 02:00;
 *   - 설정: the theme switch sets <html data-theme>, the gauge threshold persists across a
 *     reload, export downloads a JSON file with the entry, delete-all empties the history and
 *     importing the file brings it back;
 *   - screenshots of the three screens at 360×780 and 1280×800, light and dark, and WCAG AA
 *     text contrast of everything visible in them.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordDay } from '../src/store/day';
import { screenshot, sendChat, setClock, useSharedApp, waitForModel } from './harness';

const MARKER = '별빛산책';
const ENTRY = [
  `오늘은 퇴근길에 ${MARKER}을 했다. 하루 종일 회의가 길어져서 머리가 지끈거렸는데, 바람이 선선해서 조금 나아졌다.`,
  '그래도 마음 한구석이 무겁다. 다음 주 발표를 잘 해낼 수 있을지 자꾸 걱정이 된다.',
  '집에 와서 따뜻한 차를 마시고 좋아하는 노래를 들으니 숨이 좀 쉬어진다.',
].join('\n');

const app = useSharedApp();

async function openTab(page: Page, name: '대화' | '일기' | '기록' | '설정') {
  await page.getByRole('tab', { name }).click();
  await expect.poll(() => page.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
}

/** Writes a diary entry and waits for its chart and songs. */
async function writeEntry(page: Page, text = ENTRY) {
  await openTab(page, '일기');
  await page.getByTestId('diary-input').fill(text);
  await page.getByTestId('diary-submit').click();
  await page.locator('[data-testid="diary-chart"][data-ready="true"]').waitFor({ timeout: 60_000 });
  await expect.poll(() => page.getByTestId('diary-songs').getByTestId('song-card').count()).toBe(3);
}

/**
 * Today's record day on the page's clock, by the app's own rule (recordDay: a day starts at 04:00,
 * so at 02:00 it is still yesterday): the page's wall-clock time, read in its time zone, given
 * to recordDay as the same local time here (recordDay reads only local fields).
 */
async function pageRecordDay(page: Page): Promise<string> {
  const [y, m, d, h, min] = await page.evaluate(() => {
    const now = new Date();
    return [now.getFullYear(), now.getMonth(), now.getDate(), now.getHours(), now.getMinutes()] as const;
  });
  return recordDay(new Date(y, m, d, h, min).getTime());
}

const diaryRows = (page: Page) => page.locator('[data-testid="history-item"][data-kind="diary"]');

/**
 * WCAG AA text contrast of every visible text in the open tab panel: ≥ 4.5:1, or ≥ 3:1 for
 * large text. Backgrounds are composited up the ancestor chain. Returns the failures.
 */
async function contrastIssues(page: Page, panel: string): Promise<{ checked: number; issues: string[] }> {
  return page.evaluate((selector) => {
    type RGBA = [number, number, number, number];
    const parse = (c: string): RGBA | null => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return null;
      const p = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
      return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
    };
    const over = (top: RGBA, bottom: RGBA): RGBA => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / (a || 1);
      return [mix(0), mix(1), mix(2), a];
    };
    const lum = (c: RGBA) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
    };
    const background = (el: Element): RGBA => {
      const layers: RGBA[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg && bg[3] > 0) {
          layers.push(bg);
          if (bg[3] >= 1) break;
        }
      }
      let out: RGBA = [255, 255, 255, 1];
      for (const layer of layers.reverse()) out = over(layer, out);
      return out;
    };
    const issues: string[] = [];
    let checked = 0;
    const root = document.querySelector(selector);
    if (!root) return { checked, issues: [`${selector} not found`] };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const el = n.parentElement;
      if (!text || !el || el.closest('.visually-hidden, [hidden], :disabled, svg')) continue;
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden') continue;
      const fg = parse(style.color);
      if (!fg) continue;
      const bg = background(el);
      const [a, b] = [lum(over(fg, bg)), lum(bg)].sort((x, y) => y - x) as [number, number];
      const ratio = (a + 0.05) / (b + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      checked += 1;
      if (ratio < (large ? 3 : 4.5)) issues.push(`${ratio.toFixed(2)} "${text.slice(0, 24)}" (${style.color})`);
    }
    return { checked, issues };
  }, panel);
}

describe('일기 · 기록 · 설정', () => {
  it('a diary entry: chart and 3 songs, listed by date after a reload, searchable (NFC and NFD), deletable', async () => {
    await app.withPage(async (page) => {
      await page.goto(`${app.server.origin}/`);
      await waitForModel(page);
      await openTab(page, '일기');

      // Empty and over-long entries are refused with a Korean message; the text stays.
      await page.getByTestId('diary-submit').click();
      await expect.poll(() => page.getByTestId('diary-error').textContent()).toContain('비어 있어요');
      const tooLong = '가'.repeat(20_001);
      await page.getByTestId('diary-input').fill(tooLong);
      await page.getByTestId('diary-submit').click();
      await expect.poll(() => page.getByTestId('diary-error').textContent()).toContain('20,000자');
      expect(await page.getByTestId('diary-input').inputValue()).toBe(tooLong);

      await writeEntry(page);
      const songIds = await page
        .getByTestId('diary-songs')
        .getByTestId('song-card')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-song-id')));
      expect(new Set(songIds).size).toBe(3);
      expect(await page.getByTestId('diary-input').inputValue(), 'the box is cleared once saved').toBe('');

      await page.reload();
      await openTab(page, '기록');
      const row = diaryRows(page).first();
      await row.waitFor();
      expect(await diaryRows(page).count()).toBe(1);
      const today = await pageRecordDay(page);
      expect(await row.getAttribute('data-day')).toBe(today);
      const day = page.locator(`[data-testid="history-day"][data-day="${today}"]`);
      expect(await day.textContent()).toContain('오늘');
      expect(await row.textContent()).toContain(MARKER);
      await screenshot(page, 'history-list-360x780');

      // Search: composed and decomposed (NFD) Hangul find the same entry.
      const search = page.getByTestId('history-search');
      // Session 41: the box is in the first screenful on a phone, and the timeline steps aside while searching.
      const box = await search.boundingBox();
      expect(box && box.y + box.height <= 780, 'the search box is visible without scrolling at 360×780').toBe(true);
      await search.fill(MARKER);
      await expect.poll(() => page.getByTestId('history-status').textContent()).toContain('1개를 찾았어요');
      expect(await page.locator('.history-timeline').isVisible(), 'the timeline steps aside while searching').toBe(false);
      expect(await diaryRows(page).first().locator('mark').textContent()).toBe(MARKER);
      await search.fill('');
      await search.fill(MARKER.normalize('NFD'));
      expect(MARKER.normalize('NFD')).not.toBe(MARKER);
      await expect.poll(() => page.getByTestId('history-status').textContent()).toContain('1개를 찾았어요');
      await search.fill('별빛 산책'); // spaced differently from the entry: still found
      await expect.poll(() => page.getByTestId('history-status').textContent()).toContain('1개를 찾았어요');
      await search.fill('없는낱말찾기');
      await expect.poll(() => page.getByTestId('history-status').textContent()).toContain('맞는 기록이 없어요');
      await search.fill(MARKER);
      await expect.poll(() => diaryRows(page).count()).toBe(1);

      // Open, re-read, delete with a confirm step.
      await diaryRows(page).first().click();
      const detail = page.getByTestId('history-detail');
      await detail.waitFor();
      expect(await detail.getByTestId('history-detail-text').textContent()).toBe(ENTRY);
      await detail.locator('[data-testid="history-diary-chart"]').waitFor();
      await expect.poll(() => detail.getByTestId('song-card').count()).toBe(3);
      // The stored songs say in words which feelings they were chosen for, never "87% 비슷해요".
      for (const reason of await detail.locator('.song-reason').allTextContents()) {
        expect(reason).toMatch(/^이 일기를 쓸 때 .*마음에 맞춰 골라 둔 곡이에요\./);
        expect(reason).not.toMatch(/\d|%/);
      }
      await screenshot(page, 'history-diary-detail-360x780');
      await detail.getByTestId('history-delete').click();
      const confirm = detail.getByTestId('history-confirm-delete');
      await confirm.waitFor();
      await confirm.click();
      await page.getByTestId('history-detail').waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('history-status').textContent()).toMatch(/맞는 기록이 없어요|일기를 지웠어요/);
      await search.fill('');
      await page.getByTestId('history-empty').waitFor();
      expect(await diaryRows(page).count()).toBe(0);
    });
  });

  it('at 02:00 an entry is filed under the day before (04:00 rule), and the test expects that day', async () => {
    // Sunday 1 November 2026, 02:00 in Seoul: the record day is still Saturday 31 October.
    const at = Date.parse('2026-11-01T02:00:00+09:00');
    await app.withPage(
      async (page) => {
        await page.goto(`${app.server.origin}/`);
        expect(await page.evaluate(() => new Date().getHours())).toBe(2);
        expect(await pageRecordDay(page)).toBe('2026-10-31');
        await waitForModel(page);
        await writeEntry(page);
        await openTab(page, '기록');
        const row = diaryRows(page).first();
        await row.waitFor();
        expect(await row.getAttribute('data-day')).toBe(await pageRecordDay(page));
        expect(await page.locator('[data-testid="history-day"][data-day="2026-10-31"]').textContent()).toContain('오늘');
      },
      { context: { timezoneId: 'Asia/Seoul' }, prepare: (context) => setClock(context, at) },
    );
  });

  it('asking for cheerful songs after a sad story opens 기분을 바꿔 줄 노래 first', async () => {
    await app.withPage(async (page) => {
      await page.goto(`${app.server.origin}/`);
      await waitForModel(page);
      await sendChat(page, '요즘 너무 우울해요. 회사 일이 하나도 손에 안 잡혀요.');
      await sendChat(page, '퇴근하고 집에 오면 아무것도 못 하고 누워만 있어요.');
      const asked = await sendChat(page, '신나는 노래 추천해줘');
      expect(asked.kind).toBe('meta');
      await page.getByTestId('recommendations').waitFor({ timeout: 30_000 });
      await expect.poll(() => page.getByTestId('recs-tab-shift').getAttribute('aria-selected')).toBe('true');
      await page.getByTestId('song-list-shift').getByTestId('song-card').first().waitFor({ timeout: 30_000 });
      // A like said in the chat presses the named card's button (session 33).
      const second = page.getByTestId('song-list-shift').getByTestId('song-card').nth(1);
      const title = (await second.locator('.song-title').textContent())!.trim();
      expect(await second.getAttribute('data-feedback')).toBe('');
      const liked = await sendChat(page, '두번째 노래 좋다');
      expect(liked.reply).toContain(`'${title}'`);
      await expect.poll(() => second.getAttribute('data-feedback')).toBe('liked');
      expect(await second.getByTestId('feedback-like').getAttribute('aria-pressed')).toBe('true');
      // Session 42: the other tab chosen by hand, then cheerful songs asked again: the tab asked shows
      // (its songMode had not changed, so it had stayed on the other tab).
      await page.getByTestId('recs-tab-similar').click();
      await page.getByTestId('song-list-similar').getByTestId('song-card').first().waitFor({ timeout: 30_000 });
      const again = await sendChat(page, '신나는 노래 틀어줘');
      expect(again.reply).not.toContain('이미');
      await expect.poll(() => page.getByTestId('recs-tab-shift').getAttribute('aria-selected')).toBe('true');
      // Asked once more with that list open: songs of it not shown yet come, said so.
      const cards = page.getByTestId('song-list-shift').getByTestId('song-card');
      const firstTitle = (await cards.first().locator('.song-title').textContent())!.trim();
      const more = await sendChat(page, '밝은 거 없어?');
      expect(more.reply).toContain('이미 기분을 밝게 바꿔 줄 노래들');
      await expect.poll(async () => (await cards.first().locator('.song-title').textContent())?.trim(), { timeout: 30_000 }).not.toBe(firstTitle);
    });
  });

  it('a conversation is listed in 기록, re-read, continued in 대화, and deleted', async () => {
    await app.withPage(async (page) => {
      await page.goto(`${app.server.origin}/`);
      await waitForModel(page);
      await openTab(page, '대화');
      const first = '오늘 회사에서 발표를 망쳐서 너무 속상했어요.';
      await page.getByTestId('chat-input').fill(first);
      await page.getByTestId('chat-send').click();
      await expect.poll(() => page.getByTestId('bot-message').count(), { timeout: 30_000 }).toBeGreaterThan(0);

      await openTab(page, '기록');
      const row = page.locator('[data-testid="history-item"][data-kind="conversation"]').first();
      await row.waitFor();
      expect(await row.textContent()).toContain('발표를 망쳐서');
      await row.click();
      const detail = page.getByTestId('history-detail');
      await detail.waitFor();
      expect(await detail.getByTestId('history-detail-title').textContent()).toContain('발표를 망쳐서');
      expect(await detail.locator('.transcript-message').count()).toBeGreaterThanOrEqual(2);
      // The title has focus, and Escape goes back to the list with focus on the row.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('history-detail-title');
      await page.keyboard.press('Escape');
      await page.getByTestId('history-detail').waitFor({ state: 'detached' });
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-kind'))).toBe('conversation');
      await page.keyboard.press('Enter');
      await page.getByTestId('history-detail').waitFor();
      await screenshot(page, 'history-conversation-detail-360x780');

      // Continue: back in 대화 with the same messages.
      await page.getByTestId('history-continue').click();
      await expect.poll(() => page.getByRole('tab', { name: '대화' }).getAttribute('aria-selected')).toBe('true');
      await expect.poll(() => page.getByTestId('user-message').first().textContent()).toContain('발표를 망쳐서');

      // Delete it (confirm step) from 기록.
      await openTab(page, '기록');
      await page.locator('[data-testid="history-item"][data-kind="conversation"]').first().click();
      await page.getByTestId('history-delete').click();
      await page.getByTestId('history-confirm-delete').click();
      await page.getByTestId('history-empty').waitFor();
    });
  });

  it('settings: theme, gauge threshold persists, export → delete all → import', async () => {
    await app.withPage(async (page) => {
      await page.goto(`${app.server.origin}/`);
      await waitForModel(page);

      // Theme → <html data-theme>.
      await openTab(page, '설정');
      const theme = () => page.evaluate(() => document.documentElement.getAttribute('data-theme'));
      await page.getByRole('radio', { name: '어둡게' }).check();
      await expect.poll(theme).toBe('dark');
      await page.getByRole('radio', { name: '밝게' }).check();
      await expect.poll(theme).toBe('light');
      await page.getByRole('radio', { name: '기기 설정 따르기' }).check();
      await expect.poll(theme).toBeNull();

      // Gauge threshold: keyboard on the slider, stored, still there after a reload.
      const gauge = page.getByTestId('gauge-threshold');
      expect(await gauge.inputValue()).toBe('100');
      await gauge.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.getByText('120자로 바꿨어요').count()).toBe(1);
      await page.getByRole('radio', { name: '어둡게' }).check();
      await expect.poll(theme).toBe('dark'); // applied once stored
      await page.reload();
      await openTab(page, '설정');
      await expect.poll(() => page.getByTestId('gauge-threshold').inputValue()).toBe('120');
      await expect.poll(() => page.getByTestId('gauge-value').textContent()).toBe('120자');
      await expect.poll(theme).toBe('dark'); // the theme survives the reload too

      // Model and storage lines.
      await waitForModel(page);
      await expect.poll(() => page.getByTestId('settings-model-backend').textContent()).toMatch(/WASM|WebGPU/);
      expect(await page.getByTestId('settings-storage').getAttribute('data-mode')).toBe('persistent');
      // Sync is off by default and cannot be turned on without a server address.
      expect(await page.getByTestId('settings-sync').isChecked()).toBe(false);
      expect(await page.getByTestId('settings-sync').isDisabled()).toBe(true);

      // Sync needs a valid server address (under "고급"); then it can be turned on (and off again).
      await page.getByTestId('sync-advanced').locator('summary').click();
      const serverUrl = page.getByTestId('settings-server-url');
      await serverUrl.fill('ftp://example.com');
      await serverUrl.press('Enter');
      await page.getByText('https:// 로 시작하는 서버 주소를 적어 주세요', { exact: false }).waitFor();
      expect(await page.getByTestId('settings-sync').isDisabled()).toBe(true);
      await serverUrl.fill(`${app.server.origin}/`);
      await serverUrl.press('Enter');
      await page.getByText('이제 좋아요 나누기를 켤 수 있어요').waitFor();
      await page.getByTestId('settings-sync').check();
      // The state line follows the stored setting (the checkbox itself flips at once).
      await expect.poll(() => page.locator('#settings-sync-state').textContent()).toBe('켜짐');
      await page.reload();
      await openTab(page, '설정');
      await expect.poll(() => page.getByTestId('settings-sync').isChecked()).toBe(true);
      expect(await page.getByTestId('settings-server-url').inputValue()).toBe(app.server.origin);
      await page.getByTestId('settings-sync').uncheck();
      await expect.poll(() => page.locator('#settings-sync-state').textContent()).toBe('꺼짐');

      // Export: one JSON file with the diary entry.
      await writeEntry(page);
      await openTab(page, '설정');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('settings-export').click()]);
      expect(download.suggestedFilename()).toMatch(/^maum-shimpyo-\d{4}-\d{2}-\d{2}\.json$/);
      const file = await download.path();
      const backup = JSON.parse(readFileSync(file, 'utf8')) as {
        app: string;
        tables: { diary: { text: string }[]; settings: { key: string; value: unknown }[] };
      };
      expect(backup.app).toBe('maum-shimpyo');
      expect(backup.tables.diary.map((d) => d.text)).toEqual([ENTRY]);
      expect(backup.tables.settings).toContainEqual({ key: 'gaugeThreshold', value: 120 });

      // Delete everything (with a confirm step): history is empty, settings are back to defaults.
      await page.getByTestId('settings-delete-all').click();
      await page.getByTestId('settings-confirm-delete-all').click();
      await expect.poll(() => page.getByTestId('settings-data-status').textContent()).toContain('모든 기록을 지웠어요');
      await expect.poll(theme).toBeNull();
      expect(await page.getByTestId('gauge-threshold').inputValue()).toBe('100');
      await openTab(page, '기록');
      await page.getByTestId('history-empty').waitFor();
      expect(await page.getByTestId('history-item').count()).toBe(0);

      // Import the file back: counts are shown, the entry is listed again, settings return.
      await openTab(page, '설정');
      await page.getByTestId('settings-import').setInputFiles(file);
      await expect.poll(() => page.getByTestId('settings-data-status').textContent()).toContain('일기 1편');
      await expect.poll(() => page.getByTestId('gauge-threshold').inputValue()).toBe('120');
      await expect.poll(theme).toBe('dark');
      await openTab(page, '기록');
      await diaryRows(page).first().waitFor();
      expect(await diaryRows(page).first().textContent()).toContain(MARKER);

      // The same file again adds nothing.
      await openTab(page, '설정');
      await page.getByTestId('settings-import').setInputFiles(file);
      await expect.poll(() => page.getByTestId('settings-data-status').textContent()).toContain('새로 가져올 기록이 없어요');

      // A file that is not a backup gets the Korean error.
      await page.getByTestId('settings-import').setInputFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"hello": 1}'),
      });
      await expect.poll(() => page.getByTestId('settings-data-status').textContent()).toContain('음악 쉼표의 백업 파일이 아니에요');
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`screenshots (${colorScheme}): 일기, 기록, 설정 at 360×780 and 1280×800`, async () => {
      await app.withPage(
        async (page) => {
          await page.goto(`${app.server.origin}/`);
          await waitForModel(page);
          await writeEntry(page);
          for (const viewport of [
            { width: 360, height: 780 },
            { width: 1280, height: 800 },
          ]) {
            await page.setViewportSize(viewport);
            const size = `${viewport.width}x${viewport.height}`;
            const toast = page.getByTestId('offline-ready-toast');
            // The toast hides itself after a while; on a loaded machine it may go while being clicked.
            if (await toast.count()) await toast.getByRole('button', { name: '닫기' }).click({ timeout: 5_000 }).catch(() => undefined);
            await openTab(page, '일기');
            await screenshot(page, `diary-${size}-${colorScheme}`);
            await openTab(page, '기록');
            await page.locator('.mood-timeline-chart svg').first().waitFor();
            await screenshot(page, `history-${size}-${colorScheme}`);
            await openTab(page, '설정');
            await screenshot(page, `settings-${size}-${colorScheme}`);
            for (const panel of ['#panel-diary', '#panel-history', '#panel-settings']) {
              await openTab(page, panel === '#panel-diary' ? '일기' : panel === '#panel-history' ? '기록' : '설정');
              const { checked, issues } = await contrastIssues(page, panel);
              expect(checked, `texts checked in ${panel}`).toBeGreaterThan(10);
              expect(issues, `contrast in ${panel} (${colorScheme}, ${size})`).toEqual([]);
            }
          }
        },
        { colorScheme },
      );
    });
  }
});
