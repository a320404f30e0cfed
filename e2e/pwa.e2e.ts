/**
 * PWA proofs in a real browser (Debian Chromium via playwright-core) against the production
 * build served by `vite preview`:
 *   (a) the built app loads, its manifest is valid and the service worker takes control;
 *   (b) after one visit, with the network cut, a reload brings up the app and the model;
 *   (c) with default settings, loading and using the app requests nothing from other origins;
 * plus: a new version is announced ("새 버전이 있어요 · 새로고침"), not swapped in silently.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  DIST,
  pngSize,
  precachedPaths,
  recordRequests,
  reloadOffline,
  screenshot,
  useSharedApp,
  waitForModel,
  waitForServiceWorkerControl,
} from './harness';

const SAMPLE = '오늘은 괜히 마음이 무거워요';

/** URL paths of the files under dist/<dir>, recursively. */
function distFiles(dir: string): string[] {
  const abs = path.join(DIST, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? distFiles(`${dir}/${d.name}`) : d.isFile() ? [`/${dir}/${d.name}`] : [],
  );
}

const app = useSharedApp();

describe('PWA', () => {
  it('(a) the built app loads, the manifest is valid and the service worker takes control', async () => {
    await app.withPage(async (page, context) => {
      const response = await page.goto(`${app.server.origin}/`);
      expect(response?.status()).toBe(200);
      const headers = response!.headers();
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['cross-origin-embedder-policy']).toBe('require-corp');

      await expect(page.title()).resolves.toBe('음악 쉼표');
      expect(await page.getAttribute('html', 'lang')).toBe('ko');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('음악 쉼표');
      expect(await page.getByRole('tab').allTextContents()).toEqual(['대화', '일기', '기록', '설정']);
      expect(await page.evaluate(() => crossOriginIsolated), 'COOP/COEP make the page cross-origin isolated').toBe(true);

      // Manifest: linked, served, complete.
      const href = await page.getAttribute('link[rel="manifest"]', 'href');
      expect(href).toBeTruthy();
      const manifestRes = await context.request.get(new URL(href!, app.server.origin).href);
      expect(manifestRes.status()).toBe(200);
      const manifest = (await manifestRes.json()) as Record<string, unknown> & {
        icons: { src: string; sizes: string; type: string; purpose?: string }[];
      };
      expect(manifest).toMatchObject({
        name: '음악 쉼표',
        short_name: '음악 쉼표',
        lang: 'ko',
        display: 'standalone',
        start_url: '/',
        scope: '/',
      });
      expect(manifest.description).toMatch(/[가-힣]/);
      expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
      expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
      const purposes = (p?: string) => (p ?? 'any').split(/\s+/);
      const want = [
        { sizes: '192x192', purpose: 'any' },
        { sizes: '512x512', purpose: 'any' },
        { sizes: '512x512', purpose: 'maskable' },
      ];
      for (const w of want) {
        expect(
          manifest.icons.some((i) => i.sizes === w.sizes && purposes(i.purpose).includes(w.purpose)),
          `icon ${w.sizes} ${w.purpose}`,
        ).toBe(true);
      }
      for (const icon of manifest.icons) {
        const res = await context.request.get(new URL(icon.src, app.server.origin).href);
        expect(res.status(), icon.src).toBe(200);
        expect(res.headers()['content-type']).toContain('image/png');
        const { width, height } = pngSize(await res.body());
        expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
      }

      // Service worker: registered by the app, controls the page, precached what offline needs.
      const scriptURL = await waitForServiceWorkerControl(page);
      expect(scriptURL).toBe(`${app.server.origin}/sw.js`);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      const cached = await precachedPaths(page);
      for (const p of [
        '/index.html',
        '/manifest.webmanifest',
        '/models/maum-mini/config.json',
        '/models/maum-mini/tokenizer.json',
        '/models/maum-mini/tokenizer_config.json',
        '/models/maum-mini/onnx/model_quantized.onnx',
      ]) {
        expect(cached, p).toContain(p);
      }
      expect(cached.some((p) => /^\/models\/ort\/ort-wasm-simd-threaded.*\.wasm$/.test(p))).toBe(true);
      expect(cached.some((p) => /^\/models\/ort\/ort-wasm-simd-threaded.*\.mjs$/.test(p))).toBe(true);
      expect(cached.some((p) => p.startsWith('/assets/') && p.endsWith('.js'))).toBe(true);
      // Everything the build put under models/ and data/ is precached…
      for (const p of distFiles('models').concat(distFiles('data'))) expect(cached, p).toContain(p);
      // …and that is only the q8 model, its runtime and top-level data files.
      expect(cached).not.toContain('/models/maum-mini/onnx/model.onnx');
      expect(cached.filter((p) => p.startsWith('/data/') && !/^\/data\/[^/]+\.(json|bin)$/.test(p))).toEqual([]);

      const model = await waitForModel(page);
      expect(['wasm', 'webgpu']).toContain(model.backend);
      const readyToast = page.getByTestId('offline-ready-toast');
      if (await readyToast.count()) await readyToast.getByRole('button', { name: '닫기' }).click();
      await screenshot(page, 'shell-360x780');
    });
  });

  it('(b) after one visit, the app and the model come up offline', async () => {
    try {
      await app.withPage(async (page, context) => {
        await page.goto(`${app.server.origin}/`);
        await waitForServiceWorkerControl(page);
        await waitForModel(page);
        const onlineLabel = await analyze(page, SAMPLE);
        expect(onlineLabel).not.toBe('');

        // Cut the network twice over: the browser's offline mode, and a server that drops
        // every connection (the browser's own service-worker update check is not covered by
        // Playwright's offline emulation, so it would otherwise still reach the server).
        await context.setOffline(true);
        app.server.setDown(true);
        const mark = app.server.hits.length;
        await reloadOffline(page, context);

        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('음악 쉼표');
        expect(await page.evaluate(() => navigator.onLine)).toBe(false);
        await page.getByTestId('offline-indicator').getByText('오프라인').waitFor();
        expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

        const model = await waitForModel(page);
        expect(['wasm', 'webgpu']).toContain(model.backend);
        expect(await analyze(page, SAMPLE), 'same text, same model, same answer offline').toBe(onlineLabel);

        // Other tabs render offline too.
        await page.getByRole('tab', { name: '설정' }).click();
        await page.getByRole('heading', { name: '설정' }).waitFor();
        await screenshot(page, 'offline-settings');

        // Besides that browser-level update check of the SW script (and the workbox runtime it
        // imports), which failed, nothing was asked of the network.
        const asked = app.server.hits.slice(mark).filter((h) => !/^\/(sw|workbox-[\w-]+)\.js$/.test(h.path));
        expect(asked, 'the app asked the network for nothing while offline').toEqual([]);
      });
    } finally {
      app.server.setDown(false);
    }
  });

  it('(c) loading and using the app requests nothing from any other origin', async () => {
    await app.withPage(async (page, context) => {
      const log = recordRequests(context, page);
      await page.goto(`${app.server.origin}/`);
      await waitForServiceWorkerControl(page);
      await waitForModel(page);
      await analyze(page, SAMPLE);
      for (const tab of ['일기', '기록', '설정', '대화']) await page.getByRole('tab', { name: tab }).click();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1000);

      const urls = log.all.map((r) => r.url);
      // The recorder saw the worker's and the service worker's traffic, not just the document's.
      expect(urls.some((u) => u.endsWith('/models/maum-mini/onnx/model_quantized.onnx'))).toBe(true);
      expect(urls.some((u) => /\/models\/ort\/ort-wasm-simd-threaded.*\.wasm$/.test(u))).toBe(true);
      expect(urls.some((u) => u.endsWith('/sw.js'))).toBe(true);
      expect(log.foreign(app.server.origin)).toEqual([]);
    });
  });

  it('(c′) the request recorder does catch a cross-origin request', async () => {
    await app.withPage(async (page, context) => {
      const log = recordRequests(context, page);
      await page.goto(`${app.server.origin}/`);
      await page.evaluate(() => fetch('http://127.0.0.2:9/probe', { mode: 'no-cors' }).catch(() => undefined));
      await page.waitForTimeout(300);
      expect(log.foreign(app.server.origin).map((r) => r.url)).toContain('http://127.0.0.2:9/probe');
    });
  });

  it('announces a new version ("새 버전이 있어요 · 새로고침") instead of swapping silently', async () => {
    const sw = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
    try {
      await app.withPage(async (page) => {
        await page.goto(`${app.server.origin}/`);
        await waitForServiceWorkerControl(page);
        await page.evaluate(() => ((window as unknown as { __firstLoad: boolean }).__firstLoad = true));

        // Deploy a "new version" and let the page's update check find it.
        app.server.override('/sw.js', `${sw}\n// next version ${Date.now()}\n`);
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

        const toast = page.getByTestId('update-toast');
        await toast.waitFor({ timeout: 60_000 });
        expect(await toast.textContent()).toMatch(/새 버전이 있어요\s*·\s*새로고침/);
        // Not swapped: the new worker waits and this page was not reloaded.
        expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null)).toBe(
          true,
        );
        expect(await page.evaluate(() => (window as unknown as { __firstLoad?: boolean }).__firstLoad)).toBe(true);
        await screenshot(page, 'update-toast');

        // The user's 새로고침 activates it and reloads once.
        await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), toast.getByRole('button', { name: '새로고침' }).click()]);
        await page.getByRole('heading', { level: 1 }).waitFor();
        expect(await page.evaluate(() => (window as unknown as { __firstLoad?: boolean }).__firstLoad)).toBeUndefined();
        await waitForServiceWorkerControl(page);
        expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
        expect(await page.getByTestId('update-toast').count()).toBe(0);
      });
    } finally {
      app.server.override('/sw.js', null);
    }
  });
});
