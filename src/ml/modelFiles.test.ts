import { describe, expect, it } from 'vitest';
import { MODEL_FILES, checkModelFiles, fileOf, looksLikeHtml, refreshModelFiles, type CacheStore } from './modelFiles';

const DIR = 'https://app.test/models/maum-mini/';
const enc = (s: string) => new TextEncoder().encode(s);
const PAGE = '<!doctype html><html><body>음악 쉼표</body></html>';

/** A server: path → body (and type); anything else is 404. Records every request. */
function server(files: Record<string, { body: string | Uint8Array<ArrayBuffer>; type: string }>, offline = false) {
  const calls: { url: string; cache: RequestCache | undefined }[] = [];
  const fetchFn = async (url: string, init?: RequestInit): Promise<Response> => {
    calls.push({ url, cache: init?.cache });
    if (offline) throw new TypeError('Failed to fetch');
    const f = files[new URL(url).pathname];
    if (!f) return new Response('not found', { status: 404 });
    return new Response(f.body, { headers: { 'content-type': f.type } });
  };
  return { fetchFn, calls };
}

const ALL_GOOD = Object.fromEntries(
  MODEL_FILES.map((f) => [
    `/models/maum-mini/${f}`,
    f.endsWith('.onnx') ? { body: new Uint8Array([8, 7, 18, 3]), type: 'application/octet-stream' } : { body: '{"a":1}', type: 'application/json' },
  ]),
);

/** Cache Storage with one precache holding `entries` (url → body). */
function cacheStore(entries: Record<string, string>) {
  const store = new Map(Object.entries(entries));
  const cs: CacheStore = {
    keys: async () => ['workbox-precache-v2-https://app.test/'],
    open: async () => ({
      keys: async () => [...store.keys()].map((u) => new Request(u)),
      put: async (req: Request, res: Response) => {
        store.set(req.url, await res.text());
      },
    }),
  };
  return { cs, store };
}

describe('looksLikeHtml', () => {
  it('tells the app page (SPA fallback) from model files', () => {
    expect(looksLikeHtml('text/html; charset=utf-8', enc('{'))).toBe(true);
    expect(looksLikeHtml(null, enc('  \n<!doctype html>'))).toBe(true);
    expect(looksLikeHtml('application/octet-stream', new Uint8Array([8, 7, 18]))).toBe(false);
    expect(looksLikeHtml('application/json', enc('{"model_type":"bert"}'))).toBe(false);
    expect(looksLikeHtml(null, new Uint8Array())).toBe(false);
  });
});

describe('checkModelFiles', () => {
  it('calls a file missing when the server answers with its page or 404', async () => {
    const withPage = { ...ALL_GOOD, '/models/maum-mini/onnx/model_quantized.onnx': { body: PAGE, type: 'text/html' } };
    const { fetchFn } = server(withPage);
    const checks = await checkModelFiles(DIR, fetchFn);
    expect(checks.find((c) => c.file === 'onnx/model_quantized.onnx')?.state).toBe('missing');
    expect(checks.filter((c) => c.state === 'ok')).toHaveLength(MODEL_FILES.length - 1);

    const without: typeof ALL_GOOD = { ...ALL_GOOD };
    delete without['/models/maum-mini/tokenizer.json'];
    const checks404 = await checkModelFiles(DIR, server(without).fetchFn);
    expect(checks404.find((c) => c.file === 'tokenizer.json')?.state).toBe('missing');
  });

  it('a broken but present file is ok here (it is damaged, not missing); offline is unreachable', async () => {
    const broken = { ...ALL_GOOD, '/models/maum-mini/onnx/model_quantized.onnx': { body: 'this is not an onnx model', type: 'application/octet-stream' } };
    expect((await checkModelFiles(DIR, server(broken).fetchFn)).every((c) => c.state === 'ok')).toBe(true);
    expect((await checkModelFiles(DIR, server(ALL_GOOD, true).fetchFn)).every((c) => c.state === 'unreachable')).toBe(true);
  });
});

describe('refreshModelFiles', () => {
  it('fetches every file past the caches and replaces the precached copies', async () => {
    const { fetchFn, calls } = server(ALL_GOOD);
    const cachedUrl = `${DIR}onnx/model_quantized.onnx?__WB_REVISION__=abc`;
    const { cs, store } = cacheStore({ [cachedUrl]: 'broken bytes', 'https://app.test/index.html?__WB_REVISION__=1': '<html>' });
    const result = await refreshModelFiles(DIR, fetchFn, cs, MODEL_FILES, 42);
    expect(result.refreshed.sort()).toEqual([...MODEL_FILES].sort());
    // Past the service worker's precache (a query it does not know) and the HTTP cache.
    const fresh = calls.filter((c) => c.url.includes('fresh=42'));
    expect(fresh).toHaveLength(MODEL_FILES.length);
    expect(fresh.every((c) => c.cache === 'reload')).toBe(true);
    // The precached copy is the server's now, under its own key; other entries are untouched.
    expect(store.get(cachedUrl)).not.toBe('broken bytes');
    expect(store.get('https://app.test/index.html?__WB_REVISION__=1')).toBe('<html>');
    // Files no cache held are fetched at their own address with cache: 'reload' (the HTTP cache).
    const plain = calls.filter((c) => !c.url.includes('fresh='));
    expect(plain.map((c) => c.url).sort()).toEqual(MODEL_FILES.filter((f) => !f.endsWith('.onnx')).map((f) => DIR + f).sort());
    expect(plain.every((c) => c.cache === 'reload')).toBe(true);
  });

  it('keeps the cached copy when the server has no file or the device is offline', async () => {
    const cachedUrl = `${DIR}onnx/model_quantized.onnx?__WB_REVISION__=abc`;
    const withPage = { ...ALL_GOOD, '/models/maum-mini/onnx/model_quantized.onnx': { body: PAGE, type: 'text/html' } };
    const a = cacheStore({ [cachedUrl]: 'cached' });
    const missing = await refreshModelFiles(DIR, server(withPage).fetchFn, a.cs);
    expect(missing.missing).toEqual(['onnx/model_quantized.onnx']);
    expect(a.store.get(cachedUrl)).toBe('cached');

    const b = cacheStore({ [cachedUrl]: 'cached' });
    const offline = await refreshModelFiles(DIR, server(ALL_GOOD, true).fetchFn, b.cs);
    expect(offline.unreachable).toHaveLength(MODEL_FILES.length);
    expect(b.store.get(cachedUrl)).toBe('cached');
  });

  it('matches cached requests to files by path, ignoring the revision query', () => {
    expect(fileOf(`${DIR}config.json?__WB_REVISION__=1`, DIR, MODEL_FILES)).toBe('config.json');
    expect(fileOf(`${DIR}onnx/model_quantized.onnx`, DIR, MODEL_FILES)).toBe('onnx/model_quantized.onnx');
    expect(fileOf('https://app.test/models/ort/x.wasm', DIR, MODEL_FILES)).toBeNull();
    expect(fileOf(`${DIR}metrics.json`, DIR, MODEL_FILES)).toBeNull();
  });
});
