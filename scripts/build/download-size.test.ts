import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appDownloadBytes } from './app-files';
import { SHELL_BYTES_PLACEHOLDER, appDownloadParts, appShellSize } from './download-size';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('first download in parts', () => {
  it('model, runtime and data add up to every shipped app file', () => {
    const parts = appDownloadParts(ROOT);
    expect(parts.model + parts.runtime + parts.data).toBe(appDownloadBytes(ROOT));
    expect(parts.runtime).toBeGreaterThan(parts.model); // the wasm engine is the big one
  });

  it("writes the app's own size into the bundle in place of the placeholder", () => {
    const plugin = appShellSize();
    (plugin.configResolved as (c: { publicDir: string }) => void)({ publicDir: path.join(ROOT, 'no-such-public-dir') });
    const code = `const a=${SHELL_BYTES_PLACEHOLDER};export{a};`;
    const bundle = {
      'assets/index.js': { type: 'chunk', fileName: 'assets/index.js', code },
      'assets/index.css': { type: 'asset', fileName: 'assets/index.css', source: 'x'.repeat(100) },
      'icons/a.png': { type: 'asset', fileName: 'icons/a.png', source: new Uint8Array(50) },
      'models/ort/x.wasm': { type: 'asset', fileName: 'models/ort/x.wasm', source: new Uint8Array(1000) },
      'data/songs.json': { type: 'asset', fileName: 'data/songs.json', source: '{}' },
    };
    (plugin.generateBundle as (o: unknown, b: unknown) => void).call({}, {}, bundle);
    const expected = Buffer.byteLength(code) + 100 + 50;
    expect(bundle['assets/index.js'].code).toBe(`const a=${expected};export{a};`);
  });
});
