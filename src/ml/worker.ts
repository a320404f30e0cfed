/// <reference lib="webworker" />
/**
 * The ML worker: loads maum-mini from the app's own origin (never a model hub) and answers
 * analysis requests, so inference never blocks typing. WebGPU when usable, else WASM
 * (multi-threaded when the page is cross-origin isolated).
 */
import { env } from '@huggingface/transformers';
import { Encoder } from './encoder';
import { checkModelFiles, refreshModelFiles, type CacheStore } from './modelFiles';
import type { Backend, LoadFailure, WorkerRequest, WorkerResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

let encoder: Encoder | null = null;

function post(msg: WorkerResponse, transfer: Transferable[] = []): void {
  self.postMessage(msg, transfer);
}

async function webgpuUsable(): Promise<boolean> {
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
  if (!gpu) return false;
  try {
    return (await gpu.requestAdapter()) != null;
  } catch {
    return false;
  }
}

async function load(req: Extract<WorkerRequest, { type: 'load' }>): Promise<void> {
  const started = performance.now();
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  // A path, not an absolute URL: Transformers.js treats absolute URLs as remote and would
  // refuse them with allowRemoteModels off.
  env.localModelPath = new URL(req.modelBase, self.location.href).pathname;
  // The service worker already precaches the model; a second copy in Cache Storage is waste.
  env.useBrowserCache = false;
  // The ONNX runtime's own .wasm files are served by the app too, from the same origin.
  const wasm = env.backends.onnx.wasm;
  if (wasm) {
    wasm.wasmPaths = new URL('ort/', new URL(req.modelBase, self.location.href)).href;
    wasm.numThreads = self.crossOriginIsolated ? Math.min(4, navigator.hardwareConcurrency || 1) : 1;
  }
  if (req.fresh) await refreshModelFiles(modelDir(req), (u, i) => fetch(u, i), cacheStore());
  const backend: Backend = req.preferWebGPU && (await webgpuUsable()) ? 'webgpu' : 'wasm';
  try {
    encoder = await Encoder.load({
      modelId: req.modelId,
      dtype: 'q8',
      device: backend,
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
  } catch (err) {
    if (backend === 'webgpu') {
      encoder = await Encoder.load({ modelId: req.modelId, dtype: 'q8', device: 'wasm' });
    } else {
      throw err;
    }
  }
  post({
    type: 'ready',
    info: {
      ...encoder.info,
      backend: encoder.info.device === 'webgpu' ? 'webgpu' : 'wasm',
      threads: wasm?.numThreads ?? 1,
      loadMs: Math.round(performance.now() - started),
    },
  });
}

/** The folder of the model's files, as an absolute URL ending in '/'. */
function modelDir(req: Extract<WorkerRequest, { type: 'load' }>): string {
  return new URL(`${req.modelId}/`, new URL(req.modelBase, self.location.href)).href;
}

function cacheStore(): CacheStore | null {
  return typeof caches === 'undefined' ? null : (caches as unknown as CacheStore);
}

/** After a failed load: is a file missing on the server, out of reach, or there but broken? */
async function failureReason(req: Extract<WorkerRequest, { type: 'load' }>): Promise<LoadFailure> {
  const checks = await checkModelFiles(modelDir(req), (u) => fetch(u)).catch(() => []);
  if (checks.some((c) => c.state === 'missing')) return 'missing';
  if (checks.some((c) => c.state === 'unreachable')) return 'offline';
  return 'damaged';
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  if (req.type === 'load') {
    try {
      await load(req);
    } catch (err) {
      const reason = await failureReason(req);
      post({ type: 'load-error', message: err instanceof Error ? err.message : String(err), reason, refreshed: req.fresh === true });
    }
    return;
  }
  if (!encoder) {
    post({ type: 'error', id: req.id, message: 'model not loaded' });
    return;
  }
  try {
    const analyses = req.type === 'analyze' ? await encoder.analyze(req.texts) : [await encoder.analyzeLong(req.text)];
    post({ type: 'result', id: req.id, analyses }, analyses.map((a) => a.embedding.buffer as ArrayBuffer));
  } catch (err) {
    post({ type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
};
