/**
 * What a first visit downloads, in parts the first-download card names (src/ui/chat/download.ts):
 *
 *   model    the emotion model (models/maum-mini: q8 onnx, tokenizer, configs)   "감정 읽기 모델"
 *   runtime  onnxruntime-web (models/ort: the .wasm engine and its .mjs glue)      "실행 엔진"
 *   data     data/*.json, data/*.bin (dialogue index, song catalogue)             "대화·노래 자료"
 *   app      the app's own scripts, styles, page and icons (what Vite bundles)     "앱"
 *
 * The first three are files on disk, known when the config loads: vite.config.ts passes them
 * as `__APP_DOWNLOAD_PARTS__`. The app's own files exist only once the bundle is rendered, so
 * `appShellSize()` writes their sum into the bundle in place of SHELL_BYTES_PLACEHOLDER (the
 * value `__APP_SHELL_BYTES__` is defined to).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { listAppFiles } from './app-files.ts';

export interface DownloadParts {
  model: number;
  runtime: number;
  data: number;
}

/** Bytes of the model, runtime and data files the app ships, from the files on disk. */
export function appDownloadParts(root: string): DownloadParts {
  const parts: DownloadParts = { model: 0, runtime: 0, data: 0 };
  for (const f of listAppFiles(root).files) {
    const size = statSync(f.file).size;
    if (f.url.startsWith('models/ort/')) parts.runtime += size;
    else if (f.url.startsWith('models/')) parts.model += size;
    else parts.data += size;
  }
  return parts;
}

/** A number no real bundle reaches, written in the bundle until the real size is known. */
export const SHELL_BYTES_PLACEHOLDER = 4294967291;

/** The files the service worker precaches as the app itself (vite.config.ts globPatterns). */
const SHELL_FILE = /\.(html|js|css|svg|png)$/;

function publicBytes(dir: string): number {
  let sum = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    const st = statSync(file);
    if (st.isDirectory()) sum += publicBytes(file);
    else if (SHELL_FILE.test(name)) sum += st.size;
  }
  return sum;
}

/**
 * Replaces SHELL_BYTES_PLACEHOLDER in the rendered chunks with the bytes of the app's own
 * files: every bundled script, style, page and image (models/ and data/ excluded: they are
 * the other parts) plus the public/ icons. The placeholder has as many digits as any real
 * size, so the sum is not thrown off by the replacement.
 */
export function appShellSize(): Plugin {
  let publicDir = '';
  return {
    name: 'music-rest:app-shell-size',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      let sum = publicDir ? publicBytes(publicDir) : 0;
      for (const item of Object.values(bundle)) {
        if (!SHELL_FILE.test(item.fileName) || /^(models|data)\//.test(item.fileName)) continue;
        sum += item.type === 'chunk' ? Buffer.byteLength(item.code) : typeof item.source === 'string' ? Buffer.byteLength(item.source) : item.source.byteLength;
      }
      const needle = String(SHELL_BYTES_PLACEHOLDER);
      for (const item of Object.values(bundle)) {
        if (item.type === 'chunk' && item.code.includes(needle)) item.code = item.code.split(needle).join(String(sum));
      }
    },
  };
}
