/**
 * Node half of the Chromium WASM benchmark: a tiny static server on 127.0.0.1 (COOP/COEP/CORP
 * headers, so the page is cross-origin isolated and ONNX runtime may use threads, as in the
 * app) and a headless Debian Chromium driven by playwright-core.
 *
 * Served, and nothing else:
 *   /scripts/bench/chromium-wasm/index.html           the page, with the import map filled in
 *   /scripts/bench/chromium-wasm/page.ts, /src/**.ts   TypeScript, transpiled on request
 *   /node_modules/@huggingface/transformers/dist/**    the web build (imports onnxruntime-web/<flavour>)
 *   /node_modules/onnxruntime-web/dist/**              the ORT bundle + its .mjs/.wasm runtime files
 *   /node_modules/onnxruntime-common/dist/esm/**       Transformers.js imports Tensor from it
 *   /models/<model-name>/**                            the model folder under test
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import ts from 'typescript';
import { chromium } from 'playwright-core';
import type { PageBenchOptions, PageBenchResult } from './page';
import { CHROMIUM_ARGS } from '../../lib/chromium';


const HEADERS: Record<string, string> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.ts': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.onnx': 'application/octet-stream',
  '.map': 'application/json; charset=utf-8',
};

export interface ChromiumBenchOptions {
  repoRoot: string;
  modelDir: string;
  sentences: string[];
  warmup: number;
  iters: number;
  executablePath: string;
  /** Override the app's WASM thread rule, min(4, cores) (diagnostics only). */
  threads?: number;
  dtype?: 'q8' | 'fp32';
  /** See PageBenchOptions.settleMs. */
  settleMs?: number;
  /** Overall limit for page load + model load + timing. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface ChromiumBenchResult extends PageBenchResult {
  browserVersion: string;
  ortFlavour: string;
}

interface Mount {
  url: string;
  dir: string;
}

/** An installed package's folder, found the way Node looks from `from` (exports maps hide package.json). */
function packageDir(name: string, from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return realpathSync(candidate);
    if (path.dirname(dir) === dir) throw new Error(`${name} is not installed (run npm ci)`);
  }
}

/** What the page needs to resolve the web build's bare imports, read from the installed files. */
function importMap(repoRoot: string): { map: object; mounts: Mount[]; flavour: string } {
  const tfDir = packageDir('@huggingface/transformers', repoRoot);
  const ortWebDir = packageDir('onnxruntime-web', tfDir);
  const ortCommonDir = packageDir('onnxruntime-common', tfDir);
  const web = readFileSync(path.join(tfDir, 'dist', 'transformers.web.js'), 'utf8');
  const flavour = /from\s+["']onnxruntime-web\/(\w+)["']/.exec(web)?.[1] ?? 'webgpu';
  // Same file a bundler picks for `onnxruntime-web/<flavour>` (the "import" default condition).
  const ortBundle = `ort.${flavour}.bundle.min.mjs`;
  if (!existsSync(path.join(ortWebDir, 'dist', ortBundle))) throw new Error(`onnxruntime-web has no dist/${ortBundle}`);
  const bare = [...web.matchAll(/^import\s[^;]*?from\s+["']([^./][^"']*)["']/gm)].map((m) => m[1]!);
  const imports: Record<string, string> = {
    '@huggingface/transformers': '/node_modules/@huggingface/transformers/dist/transformers.web.js',
    [`onnxruntime-web/${flavour}`]: `/node_modules/onnxruntime-web/dist/${ortBundle}`,
    'onnxruntime-common': '/node_modules/onnxruntime-common/dist/esm/index.js',
  };
  const unresolved = bare.filter((b) => !(b in imports));
  if (unresolved.length) throw new Error(`transformers.web.js imports ${unresolved.join(', ')}: add them to the import map`);
  return {
    map: { imports },
    flavour,
    mounts: [
      { url: '/node_modules/@huggingface/transformers/dist/', dir: path.join(tfDir, 'dist') },
      { url: '/node_modules/onnxruntime-web/dist/', dir: path.join(ortWebDir, 'dist') },
      { url: '/node_modules/onnxruntime-common/dist/esm/', dir: path.join(ortCommonDir, 'dist', 'esm') },
    ],
  };
}

function transpile(file: string): string {
  const out = ts.transpileModule(readFileSync(file, 'utf8'), {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, sourceMap: false },
  });
  return out.outputText;
}

export function startServer(repoRoot: string, modelDir: string): Promise<{ server: Server; origin: string; flavour: string }> {
  const pageDir = path.join(repoRoot, 'scripts', 'bench', 'chromium-wasm');
  const { map, mounts, flavour } = importMap(repoRoot);
  const allMounts: Mount[] = [
    ...mounts,
    { url: `/models/${path.basename(modelDir)}/`, dir: modelDir },
    { url: '/scripts/bench/chromium-wasm/', dir: pageDir },
    { url: '/src/', dir: path.join(repoRoot, 'src') },
  ];
  const html = readFileSync(path.join(pageDir, 'index.html'), 'utf8').replace(
    '<!--IMPORTMAP-->',
    `<script type="importmap">${JSON.stringify(map)}</script>`,
  );

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    for (const [k, v] of Object.entries(HEADERS)) res.setHeader(k, v);
    const send = (status: number, type: string, body: string | Buffer) => {
      res.statusCode = status;
      res.setHeader('Content-Type', type);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed');
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return send(400, 'text/plain', 'bad url');
    }
    if (pathname === '/' || pathname === '/scripts/bench/chromium-wasm/index.html') return send(200, MIME['.html']!, html);
    const mount = allMounts.find((m) => pathname.startsWith(m.url));
    if (!mount) return send(404, 'text/plain', 'not found');
    let file = path.resolve(mount.dir, pathname.slice(mount.url.length));
    if (file !== mount.dir && !file.startsWith(mount.dir + path.sep)) return send(403, 'text/plain', 'forbidden');
    // Browser-side relative imports in src/ are extensionless, as in the app's TypeScript.
    if (mount.url === '/src/' && !path.extname(file) && existsSync(file + '.ts')) file += '.ts';
    if (!existsSync(file) || !statSync(file).isFile()) return send(404, 'text/plain', 'not found');
    const ext = path.extname(file);
    if (ext === '.ts') {
      try {
        return send(200, MIME['.ts']!, transpile(file));
      } catch (err) {
        return send(500, 'text/plain', String(err));
      }
    }
    return send(200, MIME[ext] ?? 'application/octet-stream', readFileSync(file));
  };

  return new Promise((resolve, reject) => {
    const server = createServer(handler);
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}`, flavour });
    });
  });
}

export async function runChromiumBench(opts: ChromiumBenchOptions): Promise<ChromiumBenchResult> {
  const log = opts.log ?? (() => {});
  const modelDir = path.resolve(opts.modelDir);
  const { server, origin, flavour } = await startServer(opts.repoRoot, modelDir);
  const browser = await chromium.launch({ executablePath: opts.executablePath, headless: true, args: CHROMIUM_ARGS });
  const problems: string[] = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(opts.timeoutMs ?? 180_000);
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`);
    });
    if (process.env.BENCH_DEBUG) {
      page.on('request', (r) => log(`chromium: > ${r.method()} ${r.url()}`));
      page.on('response', (r) => log(`chromium: < ${r.status()} ${r.url()}`));
    }
    page.on('requestfailed', (r) => {
      const why = r.failure()?.errorText ?? '';
      // Transformers.js fetches some files twice (once only for their size) and drops the
      // first body unread; Chromium reports those as aborted. Anything else is worth showing.
      if (why !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} ${why}`);
    });
    // Nothing may leave the machine: any request off this origin fails the run.
    await context.route(
      (url) => url.origin !== origin,
      (route) => {
        problems.push(`blocked off-origin request: ${route.request().url()}`);
        return route.abort();
      },
    );
    await page.goto(`${origin}/scripts/bench/chromium-wasm/index.html`);
    try {
      await page.waitForFunction(() => typeof window.maumBench === 'function', undefined, { timeout: 60_000 });
    } catch (err) {
      throw new Error(`bench page did not start: ${problems.join(' | ') || String(err)}`, { cause: err });
    }
    const pageOpts: PageBenchOptions = {
      modelId: path.basename(modelDir),
      modelBase: '/models/',
      wasmBase: '/node_modules/onnxruntime-web/dist/',
      sentences: opts.sentences,
      warmup: opts.warmup,
      iters: opts.iters,
      ...(opts.threads ? { threads: opts.threads } : {}),
      ...(opts.dtype ? { dtype: opts.dtype } : {}),
      ...(opts.settleMs ? { settleMs: opts.settleMs } : {}),
    };
    log(`chromium: page up at ${origin}, loading ${pageOpts.modelId} ${pageOpts.dtype ?? 'q8'} on wasm`);
    let result: PageBenchResult;
    try {
      result = await page.evaluate((o) => window.maumBench!(o), pageOpts);
    } catch (err) {
      const detail = problems.length ? ` | ${problems.join(' | ')}` : '';
      throw new Error(`${err instanceof Error ? err.message : String(err)}${detail}`, { cause: err });
    }
    const offOrigin = problems.filter((p) => p.startsWith('blocked'));
    if (offOrigin.length) throw new Error(offOrigin.join(' | '));
    for (const p of problems) log(`chromium: ${p}`);
    await context.close();
    return { ...result, browserVersion: browser.version(), ortFlavour: flavour };
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.close(() => r()));
  }
}
