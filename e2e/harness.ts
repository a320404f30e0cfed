/**
 * End-to-end harness: serves the production build (dist/) with `vite preview` — the same
 * server and config as `npm start`, on a free port — and drives Debian's Chromium through
 * playwright-core. Each test gets a fresh browser context (no shared cache, storage or SW).
 *
 * The server side keeps a log of every request it answered (`server.hits`), so a test can
 * prove that nothing reached the network, and can override a file's body (`server.override`)
 * to simulate a new deployment.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type Request,
} from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, expect } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/lib/chromium';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The app root whose build is served: the repository, or `E2E_ROOT` (a folder with its own
 * vite.config.ts, models/, data/ and dist/, for trying the app against fixture files).
 */
export const ROOT = process.env.E2E_ROOT ? path.resolve(process.env.E2E_ROOT) : REPO_ROOT;
export const DIST = path.join(ROOT, 'dist');
export const RESULTS = path.join(REPO_ROOT, 'test-results');
export const CHROMIUM = CHROMIUM_PATH;

/** Long enough for a cold model load on a slow CI core; a real hang still fails. */
export const MODEL_TIMEOUT_MS = 120_000;

// ---------------------------------------------------------------- server

export interface ServerHit {
  method: string;
  path: string;
  at: number;
}

export interface AppServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Every request the server received, in order. */
  hits: ServerHit[];
  /** Serve `body` for `urlPath` instead of the built file (null removes the override). */
  override(urlPath: string, body: string | null, contentType?: string): void;
  /** While down, every connection is dropped unanswered (still logged): the network is gone. */
  setDown(down: boolean): void;
  /** Answer `urlPath` only after `ms` milliseconds (a slow first download); null removes it. */
  setDelay(urlPath: string, ms: number | null): void;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function startAppServer(): Promise<AppServer> {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the end-to-end tests');
  }
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const http = server.httpServer;
  const hits: ServerHit[] = [];
  const overrides = new Map<string, { body: string; type: string }>();
  const delays = new Map<string, number>();
  let down = false;

  // Put a thin layer in front of Vite's handler: log every request, apply overrides.
  const original = http.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  http.removeAllListeners('request');
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const urlPath = (req.url ?? '/').split('?')[0] ?? '/';
    hits.push({ method: req.method ?? 'GET', path: urlPath, at: Date.now() });
    if (down) {
      req.socket.destroy();
      return;
    }
    const delay = delays.get(urlPath);
    if (delay) {
      setTimeout(() => {
        for (const l of original) l.call(http, req, res);
      }, delay);
      return;
    }
    const o = overrides.get(urlPath);
    if (o) {
      res.writeHead(200, {
        'Content-Type': o.type,
        'Cache-Control': 'no-cache',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
        'Cross-Origin-Resource-Policy': 'same-origin',
      });
      res.end(o.body);
      return;
    }
    for (const l of original) l.call(http, req, res);
  });

  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    override(urlPath, body, contentType = 'text/javascript; charset=utf-8') {
      if (body === null) overrides.delete(urlPath);
      else overrides.set(urlPath, { body, type: contentType });
    },
    setDown(value) {
      down = value;
    },
    setDelay(urlPath, ms) {
      if (ms === null) delays.delete(urlPath);
      else delays.set(urlPath, ms);
    },
    close: () => server.close(),
  };
}

// ---------------------------------------------------------------- browser


export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** One test's page and its context. */
export type PageTest = (page: Page, context: BrowserContext) => Promise<void>;

export interface PageOptions {
  colorScheme?: 'light' | 'dark';
  /** Context options over newContext's phone defaults (a viewport, touch, reduced motion…). */
  context?: BrowserContextOptions;
  /** Runs on the new context before the page opens (routes, init scripts). */
  prepare?: (context: BrowserContext) => Promise<void>;
}

/** A `prepare` step: the YouTube embed never loads (no network here, and no other origin until play). */
export async function blockYouTube(context: BrowserContext): Promise<void> {
  await context.route('https://www.youtube-nocookie.com/**', (route) => route.abort());
}

/**
 * Runs `fn` on a page in a fresh context (newContext), then closes the context whatever
 * happens. An uncaught error in the page fails the test.
 */
export async function withPage(browser: Browser, fn: PageTest, options: PageOptions = {}): Promise<void> {
  const context = await newContext(browser, options.colorScheme, options.context);
  try {
    await options.prepare?.(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await fn(page, context);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  } finally {
    await context.close();
  }
}

/** The app server and browser a test file shares, started before its tests and closed after. */
export interface SharedApp {
  readonly server: AppServer;
  readonly browser: Browser;
  /** withPage() on the shared browser. */
  withPage(fn: PageTest, options?: PageOptions): Promise<void>;
}

/** Registers the file's beforeAll/afterAll that start the built app and Chromium and close them. */
export function useSharedApp(): SharedApp {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(v: T | undefined, what: string): T => {
    if (!v) throw new Error(`${what} is not started yet (use it inside a test)`);
    return v;
  };
  return {
    get server() {
      return started(server, 'the app server');
    },
    get browser() {
      return started(browser, 'the browser');
    },
    withPage(fn, options) {
      return withPage(started(browser, 'the browser'), fn, options);
    },
  };
}

/** A fresh, isolated context: phone-sized, Korean locale, service workers allowed (`extra` overrides). */
export async function newContext(
  browser: Browser,
  colorScheme: 'light' | 'dark' = 'light',
  extra: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
    locale: 'ko-KR',
    colorScheme,
    serviceWorkers: 'allow',
    ...extra,
  });
}

// ---------------------------------------------------------------- request recording

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Where Playwright saw it: the page (incl. its workers) or the context (incl. the SW). */
  source: 'page' | 'context';
}

export interface RequestLog {
  all: RecordedRequest[];
  /** Requests to any origin other than `origin` (data: and blob: URLs are local, so allowed). */
  foreign(origin: string): RecordedRequest[];
}

export function isLocalUrl(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** Records every request of the context (pages, dedicated workers, service worker). */
export function recordRequests(context: BrowserContext, page?: Page): RequestLog {
  const seen = new Set<Request>();
  const all: RecordedRequest[] = [];
  const add = (source: RecordedRequest['source']) => (req: Request) => {
    if (seen.has(req)) return;
    seen.add(req);
    all.push({ url: req.url(), method: req.method(), resourceType: req.resourceType(), source });
  };
  context.on('request', add('context'));
  page?.on('request', add('page'));
  return { all, foreign: (origin) => all.filter((r) => !isLocalUrl(r.url, origin)) };
}

// ---------------------------------------------------------------- app helpers

/** Resolves once a service worker controls the page (activated, precache complete). */
/**
 * Reloads the page with the network cut (context.setOffline(true) already called). Chromium 150
 * (Debian's since November 2026) drops Playwright's offline emulation for the document a reload
 * brings up: navigator.onLine read true after the reload, though requests still failed. Sending the
 * emulation again puts the new document offline too, as a real offline reload would be.
 */
export async function reloadOffline(page: Page, context: BrowserContext): Promise<void> {
  await page.reload();
  await context.setOffline(false);
  await context.setOffline(true);
}

export async function waitForServiceWorkerControl(page: Page, timeout = 60_000): Promise<string> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout });
  return page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
}

/** Waits for the model status line to settle; throws with its text if loading failed. */
export async function waitForModel(page: Page): Promise<{ backend: string; text: string }> {
  const status = page.getByTestId('model-status');
  await page.waitForSelector('[data-testid="model-status"][data-state="ready"], [data-testid="model-status"][data-state="error"]', {
    timeout: MODEL_TIMEOUT_MS,
  });
  const text = (await status.textContent()) ?? '';
  if ((await status.getAttribute('data-state')) !== 'ready') throw new Error(`model failed to load: ${text}`);
  return { backend: (await status.getAttribute('data-backend')) ?? '', text };
}

/**
 * Sends one chat message in the 대화 tab (Enter) and waits for the reply. Returns the emotion
 * the model read in the message (the user bubble's data-label) and the reply's text.
 */
export async function sendChat(page: Page, text: string): Promise<{ label: string; reply: string; kind: string }> {
  await page.getByRole('tab', { name: '대화' }).click();
  const users = page.getByTestId('user-message');
  const bots = page.getByTestId('bot-message');
  const before = { users: await users.count(), bots: await bots.count() };
  const input = page.getByTestId('chat-input');
  await input.fill(text);
  await input.press('Enter');
  const mine = users.nth(before.users);
  await mine.waitFor({ timeout: 10_000 });
  await page.waitForFunction(
    ([n, m]) =>
      document.querySelectorAll('[data-testid="bot-message"]').length > n &&
      (document.querySelectorAll('[data-testid="user-message"]')[m]?.getAttribute('data-label') ?? '') !== '',
    [before.bots, before.users] as const,
    { timeout: MODEL_TIMEOUT_MS },
  );
  const reply = bots.nth(before.bots);
  return {
    label: (await mine.getAttribute('data-label')) ?? '',
    reply: (await reply.locator('.msg-text').textContent()) ?? '',
    kind: (await reply.getAttribute('data-kind')) ?? '',
  };
}

/** Sends `text` in the 대화 tab and returns the top emotion id the model read in it. */
export async function analyze(page: Page, text: string): Promise<string> {
  return (await sendChat(page, text)).label;
}

/** URLs (path only) held by the service worker's precache. */
export async function precachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.includes('precache')) continue;
      const cache = await caches.open(name);
      for (const req of await cache.keys()) out.push(new URL(req.url).pathname);
    }
    return out.sort();
  });
}

/** Saves test-results/<name>.png: the whole page, or with `fullPage: false` just the viewport. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}

/** Width and height from a PNG's IHDR chunk (throws if it is not a PNG). */
export function pngSize(buf: Buffer): { width: number; height: number } {
  const sig = '89504e470d0a1a0a';
  if (buf.subarray(0, 8).toString('hex') !== sig || buf.subarray(12, 16).toString('ascii') !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** A clock reading `target` (epoch ms) when the page starts, and running on from there. */
export async function setClock(context: BrowserContext, target: number): Promise<void> {
  await context.addInitScript((at: number) => {
    const Real = Date;
    const offset = at - Real.now();
    class FakeDate extends Real {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(Real.now() + offset);
        else super(...(args as [number]));
      }
      static override now() {
        return Real.now() + offset;
      }
    }
    globalThis.Date = FakeDate as DateConstructor;
  }, target);
}

/** Sends with the 보내기 button (on a touch phone Enter makes a new line) and waits for the reply. */
export async function sendWithButton(page: Page, text: string): Promise<{ reply: string; kind: string }> {
  const before = { users: await page.getByTestId('user-message').count(), bots: await page.getByTestId('bot-message').count() };
  await page.getByTestId('chat-input').fill(text);
  await page.getByTestId('chat-send').click();
  await page.waitForFunction(
    ([n, m]) =>
      document.querySelectorAll('[data-testid="bot-message"]').length > n &&
      (document.querySelectorAll('[data-testid="user-message"]')[m]?.getAttribute('data-label') ?? '') !== '',
    [before.bots, before.users] as const,
    { timeout: MODEL_TIMEOUT_MS },
  );
  const reply = page.getByTestId('bot-message').nth(before.bots);
  return { reply: (await reply.locator('.msg-text').textContent()) ?? '', kind: (await reply.getAttribute('data-kind')) ?? '' };
}
