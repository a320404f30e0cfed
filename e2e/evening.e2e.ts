/**
 * A whole evening in a real browser (Debian Chromium via playwright-core) against the
 * production build:
 *   - several Korean messages (Enter sends), the 감정 게이지 fills with its encouraging lines,
 *     "내 감정 확인하기" opens the ECharts donut (Korean labels, percentages, the top emotion in
 *     words), both recommendation tabs list songs with their own feedback wording, a like and
 *     a dislike are saved at once, "다른 곡 추천" brings other songs;
 *   - the page reloads and everything is still there: the conversation (on screen, in 기록 and
 *     in IndexedDB), the feedback (pressed buttons, rows), and the disliked song is not offered
 *     again for the same mood;
 *   - a diary entry gets its chart and songs;
 *   - not one request to another origin until the user presses play;
 *   - the same evening with the network cut after the first visit (dark theme);
 *   - bad input (empty, huge, HTML, Shift+Enter), a failing store and a broken model file.
 * Screenshots at 360×780 and 1280×800, light and dark, go to test-results/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GAUGE_LINES } from '../src/ui/chat/gaugeCopy';
import {
  MODEL_TIMEOUT_MS,
  recordRequests,
  reloadOffline,
  screenshot,
  sendChat,
  useSharedApp,
  waitForModel,
  waitForServiceWorkerControl,
} from './harness';

const EVENING = [
  '오늘 회사에서 발표를 했는데 생각보다 잘 안 풀려서 많이 속상했어요.',
  '회의가 끝나고 팀장님이 따로 불러서 이것저것 지적하셨는데, 다 맞는 말이라 더 마음이 무거웠어요.',
  '집에 오는 길에 혼자 걸으면서 조금 울었어요. 그래도 저녁을 먹고 나니 조금은 나아졌어요.',
  '내일은 오늘보다 조금 더 괜찮은 하루였으면 좋겠어요. 일찍 자고 싶기도 하고요.',
  '요즘 계속 이렇게 마음이 오르락내리락해서 스스로도 좀 지치는 것 같아요.',
  '친구한테 얘기하고 싶은데 다들 바쁜 것 같아서 연락하기가 망설여져요.',
];

/** Good news after the hard evening: the conversation's mood turns. */
const GOOD_NEWS = [
  '그런데 방금 연락 왔는데 지난주에 본 면접에 최종 합격했대요! 너무 기뻐서 소리 질렀어요!',
  '정말 꿈만 같아요. 가족들한테 전화했더니 다들 자기 일처럼 기뻐해 줬어요. 너무 행복해요!',
  '오늘 하루 힘들었던 게 다 잊힐 만큼 신나요. 주말에 친구들이랑 축하 파티 하기로 했어요!',
  '이렇게 좋은 일이 생기다니 아직도 믿기지 않아요. 오늘은 웃으면서 잠들 수 있을 것 같아요!',
];

const DIARY = [
  '오늘은 발표가 잘 안 풀려서 하루 종일 마음이 무거웠다.',
  '그래도 퇴근길에 바람이 선선해서 조금은 숨이 쉬어졌다.',
  '내일은 조금 더 나를 다정하게 대해 주고 싶다.',
].join('\n');

const EMOTION_LABELS = ['기쁨', '슬픔', '분노', '불안', '상처', '당황', '중립'];
// The gauge speaks in sentences, not characters: any line gaugeCopy.ts can say.

const app = useSharedApp();

// ------------------------------------------------------------------ IndexedDB, read from the page

interface DbSnapshot {
  conversations: { id: string; title: string; sharedChars: number; safety: string | null }[];
  messages: { conversationId: string; role: string; text: string }[];
  messageAnalyses: number;
  conversationAnalyses: number;
  feedback: { songId: string; mode: string; liked: boolean }[];
  recommendations: { mode: string; songIds: string[] }[];
  diary: { text: string; songIds: string[] }[];
}

async function readDb(page: Page): Promise<DbSnapshot> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('maum-shimpyo');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const r = db.transaction(store, 'readonly').objectStore(store).getAll();
        r.onsuccess = () => resolve(r.result as T[]);
        r.onerror = () => reject(r.error);
      });
    const out = {
      conversations: await all<DbSnapshot['conversations'][number]>('conversations'),
      messages: (await all<DbSnapshot['messages'][number] & { createdAt: number }>('messages')).sort(
        (a, b) => a.createdAt - b.createdAt,
      ),
      messageAnalyses: (await all('messageAnalyses')).length,
      conversationAnalyses: (await all('conversationAnalyses')).length,
      feedback: await all<DbSnapshot['feedback'][number]>('feedback'),
      recommendations: await all<DbSnapshot['recommendations'][number]>('recommendations'),
      diary: await all<DbSnapshot['diary'][number]>('diary'),
    };
    db.close();
    return out;
  });
}

// ------------------------------------------------------------------ steps

async function openTab(page: Page, name: '대화' | '일기' | '기록' | '설정') {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect.poll(() => page.getByRole('tab', { name, exact: true }).getAttribute('aria-selected')).toBe('true');
}

async function gauge(page: Page): Promise<{ full: boolean; percent: number; line: string }> {
  const g = page.getByTestId('gauge');
  return {
    full: (await g.getAttribute('data-full')) === 'true',
    percent: Number(await g.getAttribute('data-percent')),
    line: ((await page.getByTestId('gauge-line').textContent()) ?? '').trim(),
  };
}

/** Talks until the gauge is full (and the latest turn allows songs); returns what was sent. */
async function talkUntilFull(page: Page): Promise<string[]> {
  const sent: string[] = [];
  let last = -1;
  for (const text of EVENING) {
    const turn = await sendChat(page, text);
    sent.push(text);
    expect(turn.reply.length, 'a reply in words').toBeGreaterThan(5);
    expect(turn.label).toMatch(/^(joy|sadness|anger|anxiety|hurt|embarrassment|neutral)$/);
    const g = await gauge(page);
    expect(g.percent, 'the gauge only fills').toBeGreaterThanOrEqual(last);
    last = g.percent;
    expect(GAUGE_LINES).toContain(g.line);
    if (g.percent < 100) expect(g.line).not.toBe('이제 감정을 확인해 볼 수 있어요');
    if (g.full && turn.kind !== 'safety') break;
  }
  const g = await gauge(page);
  expect(g.full, `the gauge is full after ${sent.length} messages`).toBe(true);
  expect(g.line).toBe('이제 감정을 확인해 볼 수 있어요');
  return sent;
}

/** Opens the chart with the keyboard and checks it. */
async function checkChart(page: Page): Promise<void> {
  const open = page.getByTestId('open-results');
  await open.focus();
  await page.keyboard.press('Enter');
  const chart = page.getByTestId('results').getByTestId('emotion-chart');
  await page.locator('[data-testid="results"] [data-testid="emotion-chart"][data-ready="true"]').waitFor({ timeout: 30_000 });
  expect(await chart.locator('svg path').count(), 'the donut is drawn').toBeGreaterThan(0);
  const legend = await chart.locator('.donut-legend li').allTextContents();
  // Session 39 (uia): emotions under 1 % are left out, and a line says so.
  expect(legend.length).toBeGreaterThan(0);
  expect(legend.length).toBeLessThanOrEqual(7);
  for (const l of legend) expect(EMOTION_LABELS.some((label) => l.includes(label)) && /[1-9]\d*%/.test(l), l).toBe(true);
  expect(legend.some((l) => /(^|\D)0%/.test(l)), 'no 0 % row').toBe(false);
  const total = legend.reduce((s, l) => s + Number(/(\d+)%/.exec(l)?.[1] ?? 0), 0);
  expect(total).toBe(100);
  expect(await chart.getByTestId('donut-rest').count()).toBe(legend.length < 7 ? 1 : 0);
  const top = (await chart.getByTestId('top-emotion').textContent()) ?? '';
  expect(top).toMatch(/가장 크게 느껴지는 감정은 (기쁨|슬픔|분노|불안|상처|당황|중립)(이에요|예요) \(\d+%\)/);
  expect(await chart.getAttribute('data-top')).toMatch(/^(joy|sadness|anger|anxiety|hurt|embarrassment|neutral)$/);
  // The chart's labels are drawn in Korean too.
  const svgText = (await chart.locator('svg').textContent()) ?? '';
  expect(EMOTION_LABELS.some((l) => svgText.includes(l))).toBe(true);
}

async function cardIds(page: Page, mode: 'similar' | 'shift'): Promise<string[]> {
  const list = page.getByTestId(`song-list-${mode}`);
  await list.locator('[data-testid="song-card"]').first().waitFor({ timeout: 30_000 });
  return list.locator('[data-testid="song-card"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-song-id') ?? ''));
}

interface Rated {
  liked: string;
  disliked: string;
}

/** Both tabs list songs with the same 좋아요 / 별로예요 buttons; one like and one dislike (similar mode). */
async function checkSongsAndRate(page: Page, { canPlay }: { canPlay: boolean }): Promise<Rated> {
  const similar = await cardIds(page, 'similar');
  expect(similar.length).toBeGreaterThanOrEqual(2);
  const first = page.getByTestId('song-list-similar').getByTestId('song-card').first();
  expect((await first.locator('.song-title').textContent())?.trim()).toBeTruthy();
  expect((await first.locator('.song-artist').textContent())?.trim()).toBeTruthy();
  expect((await first.locator('.song-reason').textContent())?.trim()).toMatch(/[가-힣]/);
  expect(await first.locator('.chip').count()).toBeGreaterThan(0);
  if (canPlay) {
    expect(await first.getByTestId('song-open').getAttribute('href')).toMatch(/^https:\/\/www\.youtube\.com\/watch\?v=/);
  } else {
    // Offline, the YouTube link would fail: the card says when it can be heard instead.
    expect(await first.getByTestId('song-open').count()).toBe(0);
    expect((await first.getByTestId('song-offline').textContent())?.trim()).toMatch(/인터넷에 연결되면/u);
  }
  expect(await first.getByTestId('song-play').count(), 'play here only while online').toBe(canPlay ? 1 : 0);
  expect((await first.getByTestId('feedback-like').textContent())?.trim()).toBe('좋아요');
  expect((await first.getByTestId('feedback-dislike').textContent())?.trim()).toBe('별로예요');

  // The other tab, by keyboard (arrow keys move between tabs).
  await page.getByTestId('recs-tab-similar').focus();
  await page.keyboard.press('ArrowRight');
  expect(await page.getByTestId('recs-tab-shift').getAttribute('aria-selected')).toBe('true');
  const shift = await cardIds(page, 'shift');
  expect(shift.length).toBeGreaterThanOrEqual(1);
  const shiftCard = page.getByTestId('song-list-shift').getByTestId('song-card').first();
  expect((await shiftCard.getByTestId('feedback-like').textContent())?.trim()).toBe('좋아요');
  expect((await shiftCard.getByTestId('feedback-dislike').textContent())?.trim()).toBe('별로예요');
  await page.getByTestId('recs-tab-similar').click();

  const rated = { liked: similar[0]!, disliked: similar[1]! };
  const list = page.getByTestId('song-list-similar');
  await list.locator(`[data-song-id="${rated.liked}"]`).getByTestId('feedback-like').click();
  await list.locator(`[data-song-id="${rated.disliked}"]`).getByTestId('feedback-dislike').click();
  expect(await list.locator(`[data-song-id="${rated.liked}"]`).getAttribute('data-feedback')).toBe('liked');
  expect(await list.locator(`[data-song-id="${rated.disliked}"]`).getAttribute('data-feedback')).toBe('disliked');
  expect(await list.locator(`[data-song-id="${rated.liked}"]`).getByTestId('feedback-like').getAttribute('aria-pressed')).toBe('true');
  // Saved at once.
  await expect
    .poll(async () => (await readDb(page)).feedback.map((f) => `${f.mode}:${f.songId}:${f.liked}`).sort())
    .toEqual([`similar:${rated.disliked}:false`, `similar:${rated.liked}:true`].sort());

  // "다른 곡 추천": songs not shown yet, and never the disliked one.
  await page.getByTestId('recs-more-similar').click();
  await expect.poll(async () => (await cardIds(page, 'similar')).some((id) => similar.includes(id))).toBe(false);
  expect(await cardIds(page, 'similar')).not.toContain(rated.disliked);
  return rated;
}

/** After a reload: the conversation, the gauge, the chart, the feedback — and no disliked song. */
async function checkAfterReload(page: Page, sent: string[], rated: Rated): Promise<void> {
  const users = page.getByTestId('user-message');
  await expect.poll(() => users.count(), { timeout: 30_000 }).toBe(sent.length);
  expect((await users.locator('.msg-text').allTextContents()).map((t) => t.trim())).toEqual(sent);
  expect(await page.getByTestId('bot-message').count()).toBe(sent.length);
  expect((await gauge(page)).full).toBe(true);
  await page.locator('[data-testid="results"] [data-testid="emotion-chart"][data-ready="true"]').waitFor({ timeout: 30_000 });

  const similar = await cardIds(page, 'similar');
  expect(similar, 'the disliked song is not offered again for the same mood').not.toContain(rated.disliked);
  expect(similar, 'the liked song is still offered').toContain(rated.liked);
  const liked = page.getByTestId('song-list-similar').locator(`[data-song-id="${rated.liked}"]`);
  await expect.poll(() => liked.getAttribute('data-feedback')).toBe('liked');
  expect(await liked.getByTestId('feedback-like').getAttribute('aria-pressed')).toBe('true');
  for (let i = 0; i < 3; i++) {
    const more = page.getByTestId('recs-more-similar');
    if (!(await more.count()) || (await more.isDisabled())) break;
    await more.click();
    await expect.poll(() => more.isDisabled()).toBe(false);
    expect(await cardIds(page, 'similar')).not.toContain(rated.disliked);
  }

  const db = await readDb(page);
  expect(db.conversations).toHaveLength(1);
  const conversation = db.conversations[0]!;
  expect(sent[0]!.startsWith(conversation.title.replace(/…$/, ''))).toBe(true);
  expect(conversation.sharedChars).toBeGreaterThanOrEqual(100);
  expect(db.messages.filter((m) => m.role === 'user').map((m) => m.text)).toEqual(sent);
  expect(db.messages.filter((m) => m.role === 'bot')).toHaveLength(sent.length);
  expect(db.messageAnalyses).toBe(sent.length);
  expect(db.conversationAnalyses).toBe(1);
  expect(db.recommendations.some((r) => r.mode === 'similar') && db.recommendations.some((r) => r.mode === 'shift')).toBe(true);
  expect(db.feedback.filter((f) => f.songId === rated.liked && f.liked)).toHaveLength(1);
  expect(db.feedback.filter((f) => f.songId === rated.disliked && !f.liked)).toHaveLength(1);

  // 기록 lists the conversation under today.
  await openTab(page, '기록');
  const item = page.getByTestId('history-item').filter({ hasText: sent[0]!.slice(0, 12) });
  await item.first().waitFor({ timeout: 15_000 });
  await openTab(page, '대화');
}

/** A diary entry: its chart and songs. */
async function writeDiary(page: Page): Promise<void> {
  await openTab(page, '일기');
  await page.getByTestId('diary-input').fill(DIARY);
  await page.getByTestId('diary-submit').click();
  await page.locator('[data-testid="diary-chart"][data-ready="true"]').waitFor({ timeout: MODEL_TIMEOUT_MS });
  expect(await page.getByTestId('diary-chart').locator('svg path').count()).toBeGreaterThan(0);
  await page.getByTestId('diary-songs').getByTestId('song-card').first().waitFor({ timeout: 30_000 });
  await expect.poll(async () => (await readDb(page)).diary.length).toBe(1);
  const [entry] = (await readDb(page)).diary;
  expect(entry!.text).toContain('발표가 잘 안 풀려서');
  await openTab(page, '대화');
}

/**
 * WCAG AA text contrast of every visible text in the chat, the chart and the song cards:
 * ≥ 4.5:1, or ≥ 3:1 for large text (24 px, or 18.66 px bold). Backgrounds are composited up
 * the ancestor chain (semi-transparent layers included). Returns the failures.
 */
async function contrastIssues(page: Page): Promise<string[]> {
  const { checked, issues } = await page.evaluate(() => {
    type RGBA = [number, number, number, number];
    const parse = (c: string): RGBA | null => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return null;
      const parts = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
    };
    const over = (top: RGBA, bottom: RGBA): RGBA => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const lum = (c: RGBA) => {
      const f = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
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
    const roots = document.querySelectorAll('.chat-column, .results, .app-header, .tabs');
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent?.trim();
        const el = n.parentElement;
        if (!text || !el) continue;
        if (el.closest('.visually-hidden, [hidden], button:disabled, svg, .donut-canvas')) continue;
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || Number(style.opacity) < 1) continue;
        const fg = parse(style.color);
        if (!fg) continue;
        const bg = background(el);
        const color = over(fg, bg);
        const [a, b] = [lum(color), lum(bg)].sort((x, y) => y - x) as [number, number];
        const ratio = (a + 0.05) / (b + 0.05);
        checked += 1;
        const size = parseFloat(style.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
        if (ratio < (large ? 3 : 4.5)) issues.push(`${ratio.toFixed(2)} "${text.slice(0, 24)}" (${style.color} on rgb(${bg.slice(0, 3).map(Math.round).join(' ')}))`);
      }
    }
    return { checked, issues };
  });
  expect(checked, 'texts checked for contrast').toBeGreaterThan(20);
  return issues;
}

/** Waits until the page has stopped scrolling (smooth scrolls), so a screenshot is not mid-glide. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const tick = () => {
          if (window.scrollY === last) still += 1;
          else still = 0;
          last = window.scrollY;
          if (still >= 6) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

async function shots(page: Page, scheme: 'light' | 'dark', tag: string): Promise<void> {
  const toast = page.getByTestId('offline-ready-toast');
  if (await toast.count()) {
    // The toast hides itself after 6 s, so it may go between the count and the click (a CI run
    // waited 30 s on a detached button): close it if it is still there, then make sure it is gone.
    await toast.getByRole('button', { name: '닫기' }).click({ timeout: 2_000 }).catch(() => undefined);
    await toast.waitFor({ state: 'detached', timeout: 8_000 });
  }
  await page.setViewportSize({ width: 360, height: 780 });
  await page.getByTestId('bot-message').last().scrollIntoViewIfNeeded();
  await settle(page);
  await screenshot(page, `evening-${tag}-360x780-${scheme}-chat`, { fullPage: false });
  await page.locator('#results-title').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('results-title')?.scrollIntoView({ block: 'start' }));
  await settle(page);
  await screenshot(page, `evening-${tag}-360x780-${scheme}-results`, { fullPage: false });
  await page.evaluate(() => document.querySelector('[data-testid="recommendations"]')?.scrollIntoView({ block: 'start' }));
  await settle(page);
  await screenshot(page, `evening-${tag}-360x780-${scheme}-songs`, { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(300);
  await settle(page);
  await screenshot(page, `evening-${tag}-1280x800-${scheme}`, { fullPage: false });
  await page.setViewportSize({ width: 360, height: 780 });
}

// ------------------------------------------------------------------ tests

describe('a whole evening', () => {
  it('online: talk, gauge, chart, songs, feedback, reload, diary — and no other origin until play', async () => {
    await app.withPage(async (page, context) => {
      const log = recordRequests(context, page);
      await page.goto(`${app.server.origin}/`);
      await waitForServiceWorkerControl(page);
      await waitForModel(page);
      expect((await gauge(page)).line).toBe('편하게 이야기를 들려주세요');

      const sent = await talkUntilFull(page);
      expect(sent.length, 'several messages').toBeGreaterThanOrEqual(2);
      await checkChart(page);
      const rated = await checkSongsAndRate(page, { canPlay: true });
      expect(await contrastIssues(page), 'WCAG AA contrast (light)').toEqual([]);
      await shots(page, 'light', 'online');

      await page.reload();
      await waitForModel(page);
      await checkAfterReload(page, sent, rated);
      await writeDiary(page);
      await page.waitForLoadState('networkidle');
      expect(log.foreign(app.server.origin), 'no request to another origin before play').toEqual([]);

      // Play: only now may the embedded player reach YouTube.
      const card = page.getByTestId('song-list-similar').getByTestId('song-card').first();
      await card.getByTestId('song-play').click();
      const frame = card.getByTestId('song-player').locator('iframe');
      await frame.waitFor({ state: 'attached' });
      expect(await frame.getAttribute('src')).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]{11}\?/);
      expect(await frame.getAttribute('credentialless')).not.toBeNull();
      await page.waitForTimeout(500);
      for (const r of log.foreign(app.server.origin)) expect(new URL(r.url).hostname).toMatch(/(^|\.)youtube-nocookie\.com$|(^|\.)youtube\.com$|(^|\.)ytimg\.com$|(^|\.)google/);
      await card.getByTestId('song-play').click();
      expect(await card.getByTestId('song-player').count()).toBe(0);

      // "새 대화" starts afresh; the evening reopens from 기록 with its messages and state.
      await page.getByTestId('new-conversation').click();
      expect(await page.getByTestId('user-message').count()).toBe(0);
      expect((await gauge(page)).percent).toBe(0);
      expect(await page.getByTestId('results').count()).toBe(0);
      await openTab(page, '기록');
      await page.locator('[data-testid="history-item"][data-kind="conversation"]').filter({ hasText: sent[0]!.slice(0, 12) }).first().click();
      await page.getByTestId('history-continue').click();
      await expect.poll(() => page.getByRole('tab', { name: '대화', exact: true }).getAttribute('aria-selected')).toBe('true');
      await expect.poll(() => page.getByTestId('user-message').count()).toBe(sent.length);
      expect((await gauge(page)).full).toBe(true);
      await sendChat(page, '이야기하고 나니 마음이 조금 가벼워졌어요. 고마워요.');
      expect((await readDb(page)).conversations).toHaveLength(1);
    });
  });

  it('offline after the first visit: the same evening with the network cut (dark theme)', async () => {
    try {
      await app.withPage(
        async (page, context) => {
          const log = recordRequests(context, page);
          await page.goto(`${app.server.origin}/`);
          await waitForServiceWorkerControl(page);
          await waitForModel(page);

          await context.setOffline(true);
          app.server.setDown(true);
          const mark = app.server.hits.length;
          await reloadOffline(page, context);
          await page.getByTestId('offline-indicator').getByText('오프라인').waitFor();
          await waitForModel(page);

          const sent = await talkUntilFull(page);
          await checkChart(page);
          const rated = await checkSongsAndRate(page, { canPlay: false });
          expect(await contrastIssues(page), 'WCAG AA contrast (dark)').toEqual([]);
          const first = page.getByTestId('song-list-similar').getByTestId('song-card').first();
          expect(await first.getByTestId('song-open').count(), 'no YouTube link while offline').toBe(0);
          await shots(page, 'dark', 'offline');

          await page.reload();
          await waitForModel(page);
          await checkAfterReload(page, sent, rated);
          await writeDiary(page);

          const asked = app.server.hits.slice(mark).filter((h) => !/^\/(sw|workbox-[\w-]+)\.js$/.test(h.path));
          expect(asked, 'the app asked the network for nothing while offline').toEqual([]);
          expect(log.foreign(app.server.origin)).toEqual([]);
        },
        { colorScheme: 'dark' },
      );
    } finally {
      app.server.setDown(false);
    }
  });

  it('a safety turn shows the help banner for the rest of the conversation and no songs', async () => {
    await app.withPage(async (page) => {
      await page.goto(`${app.server.origin}/`);
      await waitForModel(page);
      const turn = await sendChat(page, '요즘 너무 힘들어서 그냥 죽고 싶다는 생각이 들어요.');
      expect(turn.kind).toBe('safety');
      const banner = page.getByTestId('help-banner');
      await banner.waitFor();
      expect(await banner.textContent()).toMatch(/109.*1577-0199/);
      expect(await page.getByTestId('song-card').count()).toBe(0);
      await sendChat(page, '오늘은 그냥 조용히 쉬고 싶어요.');
      expect(await banner.isVisible(), 'the banner stays').toBe(true);
      expect(await contrastIssues(page), 'WCAG AA contrast of the help banner').toEqual([]);
      await page.reload();
      await page.getByTestId('help-banner').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('help-banner').textContent()).toMatch(/109/);
      await settle(page);
      await screenshot(page, 'evening-safety-360x780-light', { fullPage: false });
    });
  });
});

describe('songs follow the conversation', () => {
  it('when the mood moves after the songs were picked, offers to pick again (and never swaps them unasked)', async () => {
    await app.withPage(async (page) => {
      await page.goto(`${app.server.origin}/`);
      await waitForModel(page);
      await talkUntilFull(page);
      await page.getByTestId('open-results').click();
      const before = await cardIds(page, 'similar');
      expect(await page.getByTestId('recs-mood-moved').count(), 'no prompt while the mood is the same').toBe(0);
      for (const text of GOOD_NEWS) {
        await sendChat(page, text);
        if (await page.getByTestId('recs-mood-moved').count()) break;
      }
      await page.getByTestId('recs-mood-moved').waitFor({ timeout: 15_000 });
      expect(await cardIds(page, 'similar'), 'the list stays until the user asks').toEqual(before);
      await page.getByTestId('recs-pick-again').click();
      await expect.poll(() => page.getByTestId('recs-mood-moved').count()).toBe(0);
      await expect.poll(async () => (await cardIds(page, 'similar')).join()).not.toBe(before.join());
    });
  });
});

describe('first run, install prompt, later starts', () => {
  it('shows a progress bar with sizes while the model loads the first time, then starts fast', async () => {
    const MODEL = '/models/maum-mini/onnx/model_quantized.onnx';
    app.server.setDelay(MODEL, 2500);
    try {
      await app.withPage(async (page) => {
        await page.goto(`${app.server.origin}/`);
        const progress = page.getByTestId('model-progress');
        await progress.waitFor({ timeout: 30_000 });
        expect(await progress.textContent()).toMatch(/마음 읽기를 준비하고 있어요/);
        expect(await progress.textContent()).toMatch(/\d+(\.\d)? (MB|KB)/);
        expect(await progress.locator('progress').count()).toBe(1);
        // Typing (and sending) is possible while it loads; the reply comes once it is ready.
        await page.getByTestId('chat-input').fill('오늘은 조금 길고 피곤한 하루였어요.');
        await page.getByTestId('chat-input').press('Enter');
        await settle(page);
        await screenshot(page, 'evening-first-run-360x780-light', { fullPage: false });
        await waitForModel(page);
        await page.getByTestId('bot-message').first().waitFor({ timeout: MODEL_TIMEOUT_MS });
        expect(await progress.count(), 'the progress bar goes away').toBe(0);
        await waitForServiceWorkerControl(page);
        app.server.setDelay(MODEL, null);

        // A later start takes the model from the service worker's cache, not the network. How fast
        // that is belongs to `npm run bench:app` (warm start), not to a timed test: a busy machine
        // made a time bound here fail while nothing was wrong.
        const before = app.server.hits.length;
        await page.reload();
        await waitForModel(page);
        const loadMs = Number(await page.getByTestId('model-status').getAttribute('data-load-ms'));
        console.log(`model ready after a reload in ${loadMs} ms`);
        expect(loadMs).toBeGreaterThan(0);
        const refetched = app.server.hits.slice(before).filter((h) => h.path.startsWith('/models/'));
        expect(refetched.map((h) => h.path), 'no model file is fetched again after the first visit').toEqual([]);
      });
    } finally {
      app.server.setDelay(MODEL, null);
    }
  });

  it('offers "앱으로 설치" only when the browser offers installation', async () => {
    await app.withPage(async (page) => {
      await page.goto(`${app.server.origin}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByTestId('install-button').count()).toBe(0);
      await page.evaluate(() => {
        const e = new Event('beforeinstallprompt', { cancelable: true }) as Event & {
          prompt: () => Promise<void>;
          userChoice: Promise<{ outcome: string }>;
        };
        e.prompt = async () => {
          (window as unknown as { __prompted: boolean }).__prompted = true;
        };
        e.userChoice = Promise.resolve({ outcome: 'accepted' });
        window.dispatchEvent(e);
      });
      const button = page.getByTestId('install-button');
      await button.waitFor();
      expect((await button.textContent())?.trim()).toBe('앱으로 설치');
      await button.click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { __prompted?: boolean }).__prompted)).toBe(true);
      expect(await page.getByTestId('install-button').count()).toBe(0);
    });
  });
});

describe('bad input and failures', () => {
  it('empty, huge and HTML messages; Shift+Enter; a failing store; reduced motion', async () => {
    await app.withPage(
      async (page) => {
        await page.goto(`${app.server.origin}/`);
        await waitForModel(page);
        const input = page.getByTestId('chat-input');
        const error = page.getByTestId('chat-error');

        await input.fill('   ');
        await input.press('Enter');
        await expect.poll(() => error.textContent()).toMatch(/비어 있어요/);
        expect(await input.inputValue()).toBe('   ');

        const huge = '가'.repeat(2001);
        await input.fill(huge);
        await page.getByTestId('chat-send').click();
        await expect.poll(() => error.textContent()).toMatch(/2,000자까지/);
        expect(await input.inputValue(), 'nothing is lost').toBe(huge);
        expect(await page.getByTestId('user-message').count()).toBe(0);

        await input.fill('첫 줄');
        await input.press('Shift+Enter');
        await input.pressSequentially('둘째 줄');
        expect(await input.inputValue()).toBe('첫 줄\n둘째 줄');
        expect(await page.getByTestId('user-message').count()).toBe(0);

        const html = '<img src=x onerror="window.__xss=1"><b>굵게</b> 오늘은 조금 피곤해요';
        await sendChat(page, html);
        const bubble = page.getByTestId('user-message').last();
        expect((await bubble.locator('.msg-text').textContent())?.trim()).toBe(html);
        expect(await page.getByTestId('chat-log').locator('img, b').count(), 'text, never HTML').toBe(0);
        expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

        // The store starts failing (quota): a clear notice, and the chat goes on (what is said
        // meanwhile is kept and written later: e2e/storage.e2e.ts).
        await page.evaluate(() => {
          const fail = () => {
            throw new DOMException('quota', 'QuotaExceededError');
          };
          IDBObjectStore.prototype.add = fail;
          IDBObjectStore.prototype.put = fail;
        });
        const turn = await sendChat(page, '그래도 이야기할 곳이 있어서 다행이에요.');
        expect(turn.reply.length).toBeGreaterThan(5);
        const notice = page.getByTestId('storage-notice');
        await notice.waitFor({ timeout: 10_000 });
        expect(await notice.textContent()).toMatch(/저장 공간이 가득 찼어요.*최근 이야기는 기록에 저장하지 못했어요/);
        await sendChat(page, '내일은 조금 더 힘낼 수 있을 것 같아요.');
        expect(await page.getByTestId('user-message').count()).toBe(3);
        await settle(page);
        await screenshot(page, 'evening-storage-error-360x780-light', { fullPage: false });
      },
      { context: { reducedMotion: 'reduce' } },
    );
  });

  it('a corrupt model file: a clear Korean message and a retry that works', async () => {
    app.server.override('/models/maum-mini/onnx/model_quantized.onnx', 'this is not an onnx model', 'application/octet-stream');
    try {
      await app.withPage(
        async (page) => {
          await page.goto(`${app.server.origin}/`);
          const card = page.getByTestId('model-error');
          await card.waitFor({ timeout: MODEL_TIMEOUT_MS });
          expect(await card.textContent()).toMatch(/마음 읽기/);
          expect(await card.textContent()).toMatch(/[가-힣]+요/);
          // What was typed stays while the model is unavailable.
          await page.getByTestId('chat-input').fill('오늘은 좀 지쳤어요');
          await page.getByTestId('chat-input').press('Enter');
          await expect.poll(() => page.getByTestId('chat-error').textContent()).toMatch(/그대로 남겨 둘게요/);
          expect(await page.getByTestId('chat-input').inputValue()).toBe('오늘은 좀 지쳤어요');
          await settle(page);
          await screenshot(page, 'evening-model-error-360x780-light', { fullPage: false });

          app.server.override('/models/maum-mini/onnx/model_quantized.onnx', null);
          await page.getByTestId('model-retry').click();
          await waitForModel(page);
          expect(await page.getByTestId('model-error').count()).toBe(0);
          await page.getByTestId('chat-send').click();
          await page.getByTestId('bot-message').first().waitFor({ timeout: MODEL_TIMEOUT_MS });
        },
        { context: { serviceWorkers: 'block' } },
      );
    } finally {
      app.server.override('/models/maum-mini/onnx/model_quantized.onnx', null);
    }
  });
});
