import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';
import { appFiles, hasDataFiles, ISOLATION_HEADERS, ortSingleWasm } from './scripts/build/app-files.ts';
import { appDownloadParts, appShellSize, SHELL_BYTES_PLACEHOLDER } from './scripts/build/download-size.ts';

// `npm start` = build + `vite preview` on this port; the e2e harness picks a free one.
const PREVIEW_PORT = 4173;
const ROOT = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  plugins: [
    solid(),
    // Serves/emits /models/** (maum-mini q8 + onnxruntime-web wasm) and /data/*.{json,bin};
    // adds COOP/COEP to every dev and preview response.
    appFiles(),
    // Writes the app's own size into the bundle for the first-download card (download-size.ts).
    appShellSize(),
    VitePWA({
      registerType: 'prompt', // a new version is announced (UpdateToast), never swapped silently
      injectRegister: null, // registered from the app via virtual:pwa-register/solid
      // The glob below already lists the icons; don't add them (or the manifest) twice.
      includeAssets: [],
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: '음악 쉼표',
        short_name: '음악 쉼표',
        description: '마음을 털어놓으면 지금의 감정에 어울리는 음악을 건네는, 기기 안에서만 동작하는 비공개 음악 상담 앱',
        lang: 'ko',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1e2a44',
        background_color: '#f7f5f0',
        categories: ['health', 'lifestyle', 'music'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // App shell + every model/runtime/data file the app fetches, so one online visit is enough.
        globPatterns: [
          '**/*.{html,js,css,svg,png}',
          'models/**/*',
          ...(hasDataFiles(ROOT) ? ['data/*.{json,bin}'] : []),
        ],
        globIgnores: ['**/node_modules/**'],
        // onnxruntime-web's wasm is ~27 MB; the trained model must fit too.
        maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/models\//, /^\/data\//],
        dontCacheBustURLsMatching: /^assets\//,
        cleanupOutdatedCaches: true,
        clientsClaim: true, // the first install takes control at once (nothing to replace yet)
        skipWaiting: false, // updates wait for the user's 새로고침
      },
      devOptions: { enabled: false },
    }),
  ],
  // What a first visit downloads for offline use, in parts, shown on the first-download card
  // (src/ui/chat/download.ts); the app's own size is written in after bundling (appShellSize).
  define: {
    __APP_DOWNLOAD_PARTS__: JSON.stringify(appDownloadParts(ROOT)),
    __APP_SHELL_BYTES__: String(SHELL_BYTES_PLACEHOLDER),
  },
  worker: { format: 'es', plugins: () => [ortSingleWasm()] },
  build: {
    target: 'es2022',
    // Transformers.js + onnxruntime-web glue make a large (lazy, worker-only) chunk.
    chunkSizeWarningLimit: 2048,
  },
  server: { headers: ISOLATION_HEADERS },
  preview: { port: PREVIEW_PORT, strictPort: true, headers: ISOLATION_HEADERS },
});
