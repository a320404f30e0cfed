/**
 * The files the app fetches at run time that do not go through Vite's module graph:
 *
 *   /models/maum-mini/{config.json, tokenizer.json, tokenizer_config.json, onnx/model_quantized.onnx}
 *   /models/ort/ort-wasm-simd-threaded.*.{mjs,wasm}   (onnxruntime-web, from node_modules)
 *   /data/*.json, /data/*.bin                          (top level of data/ only)
 *
 * `appFiles()` is a Vite plugin that serves exactly these in dev, emits them into dist/ at
 * build (so `vite preview` and the service worker's precache see them), and adds the
 * COOP/COEP headers that make the page cross-origin isolated (multi-threaded WASM) to every
 * dev and preview response. Nothing else under models/ or data/ is ever served or shipped:
 * not the fp32 model.onnx, not data/training/** or data/dialogue/** source corpora.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Connect, Plugin } from 'vite';

export const MODEL_ID = 'maum-mini';
/** Model files the browser loads (q8 only; the fp32 model.onnx stays out of the app). */
export const MODEL_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model_quantized.onnx'];

/** Headers for cross-origin isolation; also written to public/_headers for static hosts. */
export const ISOLATION_HEADERS: Record<string, string> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface AppFile {
  /** Path under the site root, without a leading slash, e.g. `models/ort/x.wasm`. */
  url: string;
  /** Absolute source path on disk. */
  file: string;
}

const MIME: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.mjs': 'text/javascript; charset=utf-8',
  '.onnx': 'application/octet-stream',
  '.bin': 'application/octet-stream',
};

/** Finds an installed package's folder the way Node would from `fromDir` (no exports map needed). */
function findPackageDir(name: string, fromDir: string): string | null {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * The onnxruntime-web runtime files Transformers.js needs in the browser. Transformers.js v4
 * imports `onnxruntime-web/<flavour>` (webgpu); that bundle, given a `wasmPaths` prefix,
 * dynamically imports `<prefix>ort-wasm-simd-threaded.<variant>.mjs` and fetches the matching
 * `.wasm`. We read the names from the very bundle that will run, so an upgrade that changes
 * the variant is followed automatically.
 */
export function ortRuntimeFiles(root: string): AppFile[] {
  const transformersDir = findPackageDir('@huggingface/transformers', root);
  if (!transformersDir) throw new Error('app-files: @huggingface/transformers is not installed (run npm ci)');
  const ortDir = findPackageDir('onnxruntime-web', transformersDir);
  if (!ortDir) throw new Error('app-files: onnxruntime-web is not installed (run npm ci)');
  const web = readFileSync(path.join(transformersDir, 'dist', 'transformers.web.js'), 'utf8');
  const flavour = /from\s+["']onnxruntime-web\/(\w+)["']/.exec(web)?.[1] ?? 'webgpu';
  const bundle = path.join(ortDir, 'dist', `ort.${flavour}.bundle.min.mjs`);
  const names = new Set<string>();
  if (existsSync(bundle)) {
    for (const m of readFileSync(bundle, 'utf8').matchAll(/ort-wasm-simd-threaded(?:\.\w+)?\.(?:mjs|wasm)/g)) names.add(m[0]);
  }
  if (names.size === 0) {
    names.add('ort-wasm-simd-threaded.asyncify.mjs');
    names.add('ort-wasm-simd-threaded.asyncify.wasm');
  }
  return [...names].sort().map((name) => {
    const file = path.join(ortDir, 'dist', name);
    if (!existsSync(file)) throw new Error(`app-files: ${file} is missing`);
    return { url: `models/ort/${name}`, file };
  });
}

/** Everything from models/ and data/ the app needs, as currently present on disk. */
export function contentFiles(root: string): { files: AppFile[]; missing: string[] } {
  const files: AppFile[] = [];
  const missing: string[] = [];
  for (const rel of MODEL_FILES) {
    const file = path.join(root, 'models', MODEL_ID, rel);
    if (existsSync(file)) files.push({ url: `models/${MODEL_ID}/${rel}`, file });
    else missing.push(`models/${MODEL_ID}/${rel}`);
  }
  const dataDir = path.join(root, 'data');
  if (existsSync(dataDir)) {
    for (const name of readdirSync(dataDir).sort()) {
      const file = path.join(dataDir, name);
      if (/\.(json|bin)$/.test(name) && statSync(file).isFile()) files.push({ url: `data/${name}`, file });
    }
  }
  return { files, missing };
}

/** True when data/ has top-level .json/.bin files to ship (keeps workbox from warning when not). */
export function hasDataFiles(root: string): boolean {
  return contentFiles(root).files.some((f) => f.url.startsWith('data/'));
}

export function listAppFiles(root: string): { files: AppFile[]; missing: string[] } {
  const { files, missing } = contentFiles(root);
  return { files: [...files, ...ortRuntimeFiles(root)], missing };
}

/**
 * Bytes of the app files a first visit downloads for offline use (model, onnxruntime-web
 * runtime, data), from the files on disk. The first-download card gets the same files split
 * into parts, plus the app's own scripts, styles and icons, from ./download-size.ts.
 */
export function appDownloadBytes(root: string): number {
  return listAppFiles(root).files.reduce((sum, f) => sum + statSync(f.file).size, 0);
}

function isolationMiddleware(): Connect.NextHandleFunction {
  return (_req, res, next) => {
    for (const [k, v] of Object.entries(ISOLATION_HEADERS)) res.setHeader(k, v);
    next();
  };
}

function serveFile(req: IncomingMessage, res: ServerResponse, file: string): void {
  const { size } = statSync(file);
  res.statusCode = 200;
  res.setHeader('Content-Type', MIME[path.extname(file)] ?? 'application/octet-stream');
  res.setHeader('Content-Length', String(size));
  res.setHeader('Cache-Control', 'no-cache');
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

export function appFiles(): Plugin {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'music-rest:app-files',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use(isolationMiddleware());
      // Dev: serve the whitelisted files straight from the repo and node_modules.
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        const pathname = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        if (!pathname.startsWith(base)) return next();
        const rel = pathname.slice(base.length);
        if (!rel.startsWith('models/') && !rel.startsWith('data/')) return next();
        const hit = listAppFiles(root).files.find((f) => f.url === rel);
        if (!hit) {
          res.statusCode = 404;
          res.end('not found');
          return;
        }
        serveFile(req, res, hit.file);
      });
    },
    configurePreviewServer(server) {
      // Preview serves dist/ as built (the files were emitted at build time).
      server.middlewares.use(isolationMiddleware());
    },
    generateBundle() {
      const { files, missing } = listAppFiles(root);
      if (missing.length) {
        this.warn(`model files missing, the app will not be able to analyse text: ${missing.join(', ')}`);
      }
      for (const f of files) this.emitFile({ type: 'asset', fileName: f.url, source: readFileSync(f.file) });
    },
  };
}

/**
 * onnxruntime-web's bundle carries a fallback `new URL("ort-wasm-….wasm", import.meta.url)`
 * that Vite would follow and emit as a second 27 MB copy under assets/. The app always sets
 * `wasmPaths` to /models/ort/ (src/ml/worker.ts), so that fallback is dead code: hide it from
 * Vite's asset detection (same URL at run time). Used as a worker plugin.
 */
export function ortSingleWasm(): Plugin {
  return {
    name: 'music-rest:ort-single-wasm',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]onnxruntime-web[\\/]dist[\\/]/.test(id)) return null;
      const out = code.replace(
        /new URL\((["'`])(ort-wasm[\w.-]*\.wasm)\1,\s*import\.meta\.url\)/g,
        'new URL($1$2$1, "" + import.meta.url)',
      );
      return out === code ? null : { code: out, map: null };
    },
  };
}

