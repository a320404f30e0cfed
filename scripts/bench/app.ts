/**
 * npm run bench:app — how the production build feels in a real browser. Prints figures (and the
 * targets next to them); never fails on a target.
 *
 * Headless Debian Chromium (playwright-core) against `dist/` served by `vite preview` on
 * localhost (e2e/harness.ts; builds first when dist/ is missing):
 *   - cold start: a fresh profile, navigation → model ready (the status line says 준비됨);
 *   - first-visit transfer: every request the server answered during that cold visit (the page,
 *     its worker and the service worker's precache), each counted at its gzip size;
 *   - warm start: the browser restarted on the same profile (HTTP cache, service worker in
 *     control, precache), navigation → model ready, median of several loads;
 *   - send → reply: 50 Korean messages typed into 대화, from submit to the bot's bubble in the
 *     DOM (reduced motion, so the UI's deliberate ≥ 320 ms typing beat is not counted);
 *   - sizes: app JS gzipped (every dist/assets/*.js except the ML worker chunk, which is
 *     Transformers.js + the ONNX runtime glue), the precache (dist/sw.js manifest).
 *
 * BENCH_WARM_RUNS (default 5) and BENCH_MESSAGES (default 50) tune the run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, DIST, MODEL_TIMEOUT_MS, ROOT, startAppServer, type AppServer } from '../../e2e/harness.ts';
import { CHROMIUM_ARGS } from '../lib/chromium';

const WARM_RUNS = Number(process.env.BENCH_WARM_RUNS ?? 5);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 50);
/** Start a new conversation every this many messages, as people do. */
const PER_CONVERSATION = 10;


const TARGETS = {
  warmStartMs: 1000,
  replyP50Ms: 50,
  appJsGzipBytes: 250 * 1024,
  firstVisitGzipBytes: 12 * 1024 * 1024,
};

/** Everyday Korean sentences (no safety topics, no request for songs). */
const SENTENCES = [
  '오늘 아침에 늦잠을 자서 정신없이 출근했어요.',
  '점심으로 먹은 김치찌개가 생각보다 맛있었어요.',
  '요즘 회사 일이 많아서 조금 지쳐요.',
  '친구랑 오랜만에 통화해서 기분이 좋아졌어요.',
  '내일 발표가 있어서 자꾸 긴장돼요.',
  '비가 와서 그런지 마음이 좀 가라앉네요.',
  '주말에 가족이랑 바다에 다녀왔어요.',
  '팀장님이 제 의견을 무시해서 속상했어요.',
  '시험 결과가 나왔는데 생각보다 잘 봤어요!',
  '버스를 놓쳐서 삼십 분이나 기다렸어요.',
  '새로 산 운동화가 발에 잘 맞아서 좋아요.',
  '동생이랑 사소한 일로 다퉜어요.',
  '요즘 잠이 잘 안 와서 피곤해요.',
  '회의 중에 말실수를 해서 너무 민망했어요.',
  '오랜만에 혼자 산책하니까 마음이 편했어요.',
  '이사 준비 때문에 할 일이 너무 많아요.',
  '고양이가 아침부터 애교를 부려서 웃었어요.',
  '친구가 약속을 또 어겨서 화가 났어요.',
  '퇴근길 하늘이 예뻐서 사진을 찍었어요.',
  '다음 달 여행 계획을 세우니까 설레요.',
  '부모님 건강이 요즘 조금 걱정돼요.',
  '일이 손에 안 잡히고 멍하게 있었어요.',
  '칭찬을 들어서 하루 종일 기분이 좋았어요.',
  '지하철에서 넘어질 뻔해서 깜짝 놀랐어요.',
  '오늘은 그냥 평범한 하루였어요.',
  '카페에서 좋아하는 케이크를 먹었어요.',
  '프로젝트 마감이 다가와서 초조해요.',
  '친한 친구가 멀리 이사 가서 서운해요.',
  '운동을 시작했는데 생각보다 재밌어요.',
  '상사가 다른 사람 앞에서 저를 혼내서 창피했어요.',
  '오늘 저녁은 뭘 먹을지 고민이에요.',
  '오랜만에 옛날 사진을 보니 그리워졌어요.',
  '면접 연락을 기다리는 중이라 불안해요.',
  '택배가 잘못 와서 좀 짜증 났어요.',
  '아이가 처음으로 혼자 자전거를 탔어요.',
  '요즘 아무것도 하기 싫고 무기력해요.',
  '드디어 자격증 시험에 합격했어요.',
  '친구가 제 비밀을 다른 사람한테 말해서 상처받았어요.',
  '창밖에 눈이 내려서 마음이 포근해요.',
  '아침부터 커피를 쏟아서 당황했어요.',
  '새 학기가 시작돼서 설레기도 하고 걱정도 돼요.',
  '이번 달 월세를 내고 나니 통장이 텅 비었어요.',
  '좋아하는 가수 콘서트 표를 구했어요!',
  '할머니 댁에 다녀오니 마음이 따뜻해요.',
  '야근이 계속돼서 몸이 너무 힘들어요.',
  '길에서 모르는 분이 친절하게 도와주셨어요.',
  '회사에서 실수한 게 자꾸 떠올라요.',
  '오늘은 하루 종일 집에서 쉬었어요.',
  '오래 준비한 일이 잘 마무리됐어요.',
  '내일은 조금 더 나은 하루가 됐으면 좋겠어요.',
];

// ------------------------------------------------------------------ helpers

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
const ms = (v: number | null) => (v === null ? 'n/a' : `${Math.round(v)} ms`);
const meets = (value: number | null, target: number) => (value === null ? '—' : value <= target ? 'meets' : 'over');

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? null;
}

function median(values: number[]): number | null {
  return percentile([...values].sort((a, b) => a - b), 50);
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** dist/ file served for a URL path, or null (the SPA fallback and unknown paths). */
function distFileFor(urlPath: string): string | null {
  let rel = decodeURIComponent(urlPath);
  if (rel === '/' || rel === '') rel = '/index.html';
  const file = path.join(DIST, rel);
  if (!file.startsWith(DIST)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Records performance.now() when the model status line first says ready (before any script runs). */
const READY_PROBE = `(() => {
  const check = () => {
    if (window.__readyAt) return;
    const el = document.querySelector('[data-testid="model-status"]');
    if (el && el.getAttribute('data-state') === 'ready') window.__readyAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
})();`;

async function launch(profile: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 360, height: 780 },
    locale: 'ko-KR',
    reducedMotion: 'reduce',
    serviceWorkers: 'allow',
  });
  await context.addInitScript(READY_PROBE);
  return context;
}

interface StartTiming {
  readyMs: number | null;
  fcpMs: number | null;
  /** The worker's own model load time (설정 · 준비에 걸린 시간), in ms. */
  modelLoadMs: number | null;
  backend: string;
  threads: string;
  error?: string;
}

async function timeStart(page: Page, url: string): Promise<StartTiming> {
  try {
    // Timing comes from the page's own clock (navigation start → ready), not from here.
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    await page.waitForFunction(
      () => {
        const el = document.querySelector('[data-testid="model-status"]');
        const state = el?.getAttribute('data-state');
        return state === 'ready' || state === 'error';
      },
      undefined,
      { timeout: MODEL_TIMEOUT_MS, polling: 50 },
    );
  } catch (err) {
    return { readyMs: null, fcpMs: null, modelLoadMs: null, backend: '', threads: '', error: String(err) };
  }
  return page.evaluate(() => {
    const el = document.querySelector('[data-testid="model-status"]');
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const w = window as unknown as { __readyAt?: number };
    const text = el?.textContent ?? '';
    const facts = document.querySelector('[data-testid="settings-model-info"]')?.textContent ?? '';
    const load = /준비에 걸린 시간\s*([\d.]+)초/.exec(facts)?.[1];
    return {
      modelLoadMs: load ? Number(load) * 1000 : null,
      readyMs: el?.getAttribute('data-state') === 'ready' ? (w.__readyAt ?? performance.now()) : null,
      fcpMs: fcp ? fcp.startTime : null,
      backend: el?.getAttribute('data-backend') ?? '',
      threads: /스레드\s*(\d+)/.exec(text)?.[1] ?? '',
      ...(el?.getAttribute('data-state') === 'error' ? { error: text } : {}),
    };
  });
}

/**
 * Sends one message through the composer; ms from submit to the reply bubble in the DOM.
 * (Plain JavaScript text: tsx would wrap named functions in a helper the page does not have.)
 */
const SEND_AND_TIME = `async (message) => {
  const input = document.querySelector('[data-testid="chat-input"]');
  if (!input || !input.form) throw new Error('chat input not found');
  const count = () => document.querySelectorAll('[data-testid="bot-message"]').length;
  const before = count();
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(input, message);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const replied = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no reply within 30 s')), 30000);
    const observer = new MutationObserver(() => {
      if (count() > before) {
        observer.disconnect();
        clearTimeout(timer);
        resolve(performance.now());
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  const started = performance.now();
  input.form.requestSubmit();
  return (await replied) - started;
}`;

async function sendAndTime(page: Page, text: string): Promise<number> {
  return page.evaluate(`(${SEND_AND_TIME})(${JSON.stringify(text)})`) as Promise<number>;
}

// ------------------------------------------------------------------ static sizes

interface JsFile {
  file: string;
  bytes: number;
  gzip: number;
  kind: 'app' | 'ml-worker';
  initial: boolean;
}

function jsFiles(): JsFile[] {
  const assets = path.join(DIST, 'assets');
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const abs = path.join(assets, f);
      const text = readFileSync(abs, 'utf8');
      const mlWorker = /^worker-/.test(f) || (text.includes('onnxruntime') && text.includes('InferenceSession'));
      return {
        file: `assets/${f}`,
        bytes: statSync(abs).size,
        gzip: gzipSize(abs),
        kind: mlWorker ? ('ml-worker' as const) : ('app' as const),
        initial: html.includes(`/assets/${f}`),
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

function precache(): { entries: number; bytes: number; gzip: number } {
  const sw = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!);
  let bytes = 0;
  let gzip = 0;
  for (const url of urls) {
    const file = distFileFor(`/${url}`);
    if (!file) continue;
    bytes += statSync(file).size;
    gzip += gzipSize(file);
  }
  return { entries: urls.length, bytes, gzip };
}

// ------------------------------------------------------------------ main

async function main() {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    console.log('dist/ is missing: building…');
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

  const js = jsFiles();
  const appJs = js.filter((f) => f.kind === 'app');
  const appJsGzip = appJs.reduce((s, f) => s + f.gzip, 0);
  const initialJsGzip = appJs.filter((f) => f.initial).reduce((s, f) => s + f.gzip, 0);
  const mlWorkerGzip = js.filter((f) => f.kind === 'ml-worker').reduce((s, f) => s + f.gzip, 0);
  const pre = precache();

  const server: AppServer = await startAppServer();
  const profile = mkdtempSync(path.join(tmpdir(), 'maum-bench-'));
  const url = `${server.origin}/`;
  let cold: StartTiming | undefined;
  const warm: StartTiming[] = [];
  const replies: number[] = [];
  const firstVisit = { requests: 0, gzip: 0, uniqueFiles: 0, uniqueGzip: 0, raw: 0 };
  /** Files the cold visit fetched more than once (page + service worker precache). */
  const fetchedTwice = new Map<string, number>();
  let replyError: string | undefined;

  try {
    // ---- cold: fresh profile
    let context = await launch(profile);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const mark = server.hits.length;
      cold = await timeStart(page, url);
      // Let the service worker finish precaching and take control, then let the network settle.
      await page
        .waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 120_000 })
        .catch(() => undefined);
      await page.waitForLoadState('networkidle').catch(() => undefined);
      await page.waitForTimeout(1000);
      const hits = server.hits.slice(mark).filter((h) => h.method === 'GET');
      const seen = new Set<string>();
      for (const hit of hits) {
        const file = distFileFor(hit.path);
        if (!file) continue;
        firstVisit.requests++;
        firstVisit.gzip += gzipSize(file);
        firstVisit.raw += statSync(file).size;
        if (!seen.has(file)) {
          seen.add(file);
          firstVisit.uniqueFiles++;
          firstVisit.uniqueGzip += gzipSize(file);
        } else {
          const rel = path.relative(DIST, file);
          fetchedTwice.set(rel, (fetchedTwice.get(rel) ?? 1) + 1);
        }
      }
    } finally {
      await context.close();
    }

    // ---- warm: same profile, browser restarted, service worker in control
    context = await launch(profile);
    try {
      for (let i = 0; i < WARM_RUNS; i++) {
        const page = await context.newPage();
        warm.push(await timeStart(page, url));
        if (i < WARM_RUNS - 1) await page.close();
      }
      const controlled = await context.pages().at(-1)!.evaluate(() => navigator.serviceWorker?.controller != null);
      if (!controlled) console.warn('warning: the service worker did not control the warm loads');

      // ---- send → reply
      const page = context.pages().at(-1)!;
      if (warm.at(-1)?.readyMs != null) {
        try {
          await page.getByTestId('chat-input').waitFor({ timeout: 30_000 });
          for (let i = 0; i < MESSAGES; i++) {
            if (i > 0 && i % PER_CONVERSATION === 0) {
              // A fresh conversation every few messages (a plain DOM click: no actionability waits).
              await page.evaluate(
                `document.querySelector('[data-testid="new-conversation"]:not([disabled])')?.click()`,
              );
            }
            replies.push(await sendAndTime(page, SENTENCES[i % SENTENCES.length]!));
          }
        } catch (err) {
          replyError = err instanceof Error ? err.message : String(err);
        }
      } else {
        replyError = 'the model did not become ready';
      }
    } finally {
      await context.close();
    }
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }

  // ------------------------------------------------------------------ report
  cold ??= { readyMs: null, fcpMs: null, modelLoadMs: null, backend: '', threads: '', error: 'not measured' };
  const warmReady = warm.map((w) => w.readyMs).filter((v): v is number => v !== null);
  const warmMedian = median(warmReady);
  const sortedReplies = [...replies].sort((a, b) => a - b);
  const p50 = percentile(sortedReplies, 50);
  const p95 = percentile(sortedReplies, 95);
  const backend = warm.at(-1)?.backend || cold.backend;
  const threads = warm.at(-1)?.threads || cold.threads;

  const rows: [string, string, string, string][] = [
    ['cold start → models ready (fresh profile)', ms(cold.readyMs), '—', ''],
    ['  first contentful paint (cold)', ms(cold.fcpMs), '—', ''],
    [
      `warm start → ready (median of ${warmReady.length}, SW in control)`,
      ms(warmMedian),
      '≤ 1 s',
      meets(warmMedian, TARGETS.warmStartMs),
    ],
    ['  warm runs', warmReady.map((v) => Math.round(v)).join(', ') + ' ms', '', ''],
    ['  of which the worker loading the model (median)', ms(median(warm.map((w) => w.modelLoadMs).filter((v): v is number => v !== null))), '', ''],
    ['  first contentful paint (warm, median)', ms(median(warm.map((w) => w.fcpMs).filter((v): v is number => v !== null))), '', ''],
    [
      `send → reply p50 (${replies.length} messages, ${backend || '?'})`,
      ms(p50),
      '≤ 50 ms on WASM',
      backend === 'wasm' ? meets(p50, TARGETS.replyP50Ms) : '—',
    ],
    ['send → reply p95', ms(p95), '—', ''],
    ['app JS, gzipped (all chunks, ML worker excluded)', kb(appJsGzip), '≤ 250 KB', meets(appJsGzip, TARGETS.appJsGzipBytes)],
    ['  of which loaded up front (index.html)', kb(initialJsGzip), '', ''],
    ['  ML worker chunk (Transformers.js + ORT glue), gzipped', kb(mlWorkerGzip), 'excluded', ''],
    [`precache (${pre.entries} entries)`, `${mb(pre.bytes)} raw · ${mb(pre.gzip)} gz`, '—', ''],
    [
      `first visit transfer, gzipped (${firstVisit.requests} requests)`,
      mb(firstVisit.gzip),
      '≤ 12 MB',
      meets(firstVisit.gzip, TARGETS.firstVisitGzipBytes),
    ],
    [`  unique files (${firstVisit.uniqueFiles}), gzipped`, mb(firstVisit.uniqueGzip), '', ''],
    ['  same requests, uncompressed', mb(firstVisit.raw), '', ''],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  const w2 = Math.max(...rows.map((r) => r[2].length));
  console.log(`\nbench:app — production build, headless Chromium, backend ${backend || '?'}${threads ? ` × ${threads} threads` : ''}\n`);
  console.log(`${'figure'.padEnd(w0)}  ${'value'.padEnd(w1)}  ${'target'.padEnd(w2)}  status`);
  console.log(`${'-'.repeat(w0)}  ${'-'.repeat(w1)}  ${'-'.repeat(w2)}  ------`);
  for (const [a, b, c, d] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c.padEnd(w2)}  ${d}`);
  console.log('\nJS chunks (gzip):');
  for (const f of js) {
    console.log(`  ${f.file.padEnd(48)} ${kb(f.gzip).padStart(10)}  ${f.kind === 'ml-worker' ? '(ML worker, excluded)' : f.initial ? '(initial)' : '(lazy)'}`);
  }
  if (fetchedTwice.size > 0) {
    console.log('\nFetched more than once on the first visit (page and service-worker precache):');
    const extra = [...fetchedTwice].sort((a, b) => gzipSize(path.join(DIST, b[0])) - gzipSize(path.join(DIST, a[0])));
    for (const [file, times] of extra) console.log(`  ${file.padEnd(48)} ×${times}  ${mb(gzipSize(path.join(DIST, file))).padStart(9)} gz each`);
  }
  if (cold.error) console.log(`\ncold start error: ${cold.error}`);
  if (replyError) console.log(`\nreply timing stopped: ${replyError}`);
  console.log('\nNote: reply times use reduced motion; with motion on, the chat holds a typing indicator for ≥ 320 ms on purpose.');

  const summary = {
    backend: backend || null,
    threads: threads ? Number(threads) : null,
    coldStartMs: cold.readyMs === null ? null : Math.round(cold.readyMs),
    warmStartMs: warmMedian === null ? null : Math.round(warmMedian),
    warmStartRunsMs: warmReady.map((v) => Math.round(v)),
    replyMessages: replies.length,
    replyP50Ms: p50 === null ? null : Math.round(p50 * 10) / 10,
    replyP95Ms: p95 === null ? null : Math.round(p95 * 10) / 10,
    appJsGzipBytes: appJsGzip,
    initialJsGzipBytes: initialJsGzip,
    mlWorkerGzipBytes: mlWorkerGzip,
    precacheEntries: pre.entries,
    precacheBytes: pre.bytes,
    precacheGzipBytes: pre.gzip,
    firstVisitRequests: firstVisit.requests,
    firstVisitGzipBytes: firstVisit.gzip,
    firstVisitUniqueGzipBytes: firstVisit.uniqueGzip,
    targets: TARGETS,
  };
  console.log(JSON.stringify(summary));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
