import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ISOLATION_HEADERS, MODEL_FILES, appDownloadBytes, contentFiles, listAppFiles, ortRuntimeFiles } from './app-files';
import { encodePng } from './make-icons';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function pngSize(buf: Buffer) {
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('app files (what the browser may fetch from models/ and data/)', () => {
  it('finds the onnxruntime-web runtime pair Transformers.js loads, on disk', () => {
    const files = ortRuntimeFiles(ROOT);
    const names = files.map((f) => f.url);
    expect(names.some((n) => /^models\/ort\/ort-wasm-simd-threaded[\w.]*\.mjs$/.test(n))).toBe(true);
    expect(names.some((n) => /^models\/ort\/ort-wasm-simd-threaded[\w.]*\.wasm$/.test(n))).toBe(true);
    for (const f of files) expect(existsSync(f.file), f.file).toBe(true);
  });

  it('ships only the q8 model and top-level data files', () => {
    const { files, missing } = contentFiles(ROOT);
    const urls = [...files.map((f) => f.url), ...missing];
    expect(urls).not.toContain('models/maum-mini/onnx/model.onnx');
    for (const rel of MODEL_FILES) expect(urls).toContain(`models/maum-mini/${rel}`);
    for (const u of urls.filter((x) => x.startsWith('data/'))) expect(u).toMatch(/^data\/[^/]+\.(json|bin)$/);
  });

  it('the first-download size is the sum of the shipped app files (model and runtime included)', () => {
    const bytes = appDownloadBytes(ROOT);
    const { files } = listAppFiles(ROOT);
    expect(bytes).toBe(files.reduce((n, f) => n + statSync(f.file).size, 0));
    const wasm = files.find((f) => f.url.endsWith('.wasm'))!;
    expect(bytes).toBeGreaterThan(statSync(wasm.file).size);
  });

  it('public/_headers sets the same cross-origin isolation headers as the dev/preview servers', () => {
    const headers = readFileSync(path.join(ROOT, 'public', '_headers'), 'utf8');
    for (const [k, v] of Object.entries(ISOLATION_HEADERS)) expect(headers).toContain(`${k}: ${v}`);
  });
});

describe('icons', () => {
  it('encodes a valid PNG', () => {
    const rgba = new Uint8Array(3 * 2 * 4).fill(200);
    const png = encodePng(3, 2, rgba);
    expect(pngSize(png)).toEqual({ width: 3, height: 2 });
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.subarray(png.length - 8, png.length - 4).toString('ascii')).toBe('IEND');
  });

  it('the committed manifest icons have their declared sizes', () => {
    for (const [file, size] of [
      ['icon-192.png', 192],
      ['icon-512.png', 512],
      ['icon-maskable-512.png', 512],
    ] as const) {
      const buf = readFileSync(path.join(ROOT, 'public', 'icons', file));
      expect(pngSize(buf), file).toEqual({ width: size, height: size });
    }
  });
});
