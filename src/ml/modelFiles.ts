/**
 * The model's files as the worker gets them, checked and refreshed (session 40, uicopy).
 *
 * - `checkModelFiles`: after a failed load, tells a *missing* file (404, or the app's own page:
 *   a static host answers an unknown path with index.html, "SPA fallback") from a *damaged* one.
 * - `refreshModelFiles`: what "다시 시도" does first. The service worker's precache would hand
 *   back the same broken copy, and a plain fetch may come from the HTTP cache, so each file is
 *   fetched with a cache-busting query (the precache route does not match it) and
 *   `cache: 'reload'`; a good copy replaces the entry in Cache Storage under its own key. A
 *   failed fetch (offline) or a missing file leaves the cached copy alone, so offline use never
 *   gets worse.
 *
 * Pure apart from the `fetch` and `caches` passed in, so it is unit-tested with fakes.
 */

/** The files a q8 load reads, relative to the model's folder. */
export const MODEL_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model_quantized.onnx'] as const;

export type FileState = 'ok' | 'missing' | 'unreachable';

export interface FileCheck {
  file: string;
  state: FileState;
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** What a model file never is: an HTML page (by its type, or by its first byte being '<'). */
export function looksLikeHtml(contentType: string | null, head: Uint8Array): boolean {
  if (contentType && /text\/html/i.test(contentType)) return true;
  for (const byte of head) {
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0xef || byte === 0xbb || byte === 0xbf) continue;
    return byte === 0x3c; // '<'
  }
  return false;
}

/** The first bytes of a response body (at most one chunk), without reading the rest. */
async function headOf(res: Response): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(await res.clone().arrayBuffer()).slice(0, 64);
  const reader = res.clone().body!.getReader();
  try {
    const { value } = await reader.read();
    return value ?? new Uint8Array();
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}

/** A response that is a real copy of a model file (not an error, not the app's page). */
export async function isModelFile(res: Response): Promise<boolean> {
  if (!res.ok) return false;
  return !looksLikeHtml(res.headers.get('content-type'), await headOf(res));
}

/** Each file's state as the app gets it now (through the service worker when there is one). */
export async function checkModelFiles(dirUrl: string, fetchFn: Fetch, files: readonly string[] = MODEL_FILES): Promise<FileCheck[]> {
  return Promise.all(
    files.map(async (file): Promise<FileCheck> => {
      try {
        const res = await fetchFn(new URL(file, dirUrl).href);
        return { file, state: (await isModelFile(res)) ? 'ok' : 'missing' };
      } catch {
        return { file, state: 'unreachable' };
      }
    }),
  );
}

/** The minimal Cache Storage surface used here (the worker's `caches`). */
export interface CacheStore {
  keys(): Promise<string[]>;
  open(name: string): Promise<{ keys(): Promise<readonly Request[]>; put(request: Request, response: Response): Promise<void> }>;
}

export interface RefreshResult {
  /** Files fetched fresh from the server. */
  refreshed: string[];
  /** Files the server does not have (404 or its page instead). */
  missing: string[];
  /** Files that could not be fetched (offline): the cached copy was kept. */
  unreachable: string[];
}

/** The file a cached request is for (its path under `dirUrl`, query ignored), or null. */
export function fileOf(requestUrl: string, dirUrl: string, files: readonly string[]): string | null {
  const path = new URL(requestUrl).pathname;
  const dir = new URL(dirUrl).pathname;
  if (!path.startsWith(dir)) return null;
  const rest = path.slice(dir.length);
  return files.includes(rest) ? rest : null;
}

/** Fetches every model file again past every cache, and puts good copies in Cache Storage. */
export async function refreshModelFiles(
  dirUrl: string,
  fetchFn: Fetch,
  cacheStore: CacheStore | null,
  files: readonly string[] = MODEL_FILES,
  stamp: number = Date.now(),
): Promise<RefreshResult> {
  const result: RefreshResult = { refreshed: [], missing: [], unreachable: [] };
  const fresh = new Map<string, Response>();
  await Promise.all(
    files.map(async (file) => {
      const url = new URL(file, dirUrl);
      url.searchParams.set('fresh', String(stamp));
      try {
        const res = await fetchFn(url.href, { cache: 'reload' });
        if (await isModelFile(res)) {
          fresh.set(file, res);
          result.refreshed.push(file);
        } else {
          result.missing.push(file);
        }
      } catch {
        result.unreachable.push(file);
      }
    }),
  );
  if (fresh.size === 0) return result;
  const stored = new Set<string>();
  try {
    for (const name of cacheStore ? await cacheStore.keys() : []) {
      const cache = await cacheStore!.open(name);
      for (const request of await cache.keys()) {
        const file = fileOf(request.url, dirUrl, files);
        const res = file ? fresh.get(file) : undefined;
        if (!file || !res) continue;
        await cache.put(request, res.clone());
        stored.add(file);
      }
    }
  } catch {
    // Cache Storage refused (private mode, full disk): the HTTP cache is refreshed below.
  }
  // Files no service worker keeps are read from the HTTP cache: fetch their own address past it
  // once, so the browser's copy is the server's current one.
  await Promise.all(
    [...fresh.keys()]
      .filter((file) => !stored.has(file))
      .map((file) =>
        fetchFn(new URL(file, dirUrl).href, { cache: 'reload' }).then(
          (res) => res.arrayBuffer(),
          () => undefined,
        ),
      ),
  );
  return result;
}
