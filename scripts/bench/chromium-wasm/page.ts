/**
 * Browser half of the Chromium WASM benchmark (served by runner.ts, transpiled on the fly).
 * It uses the app's own Encoder (src/ml/encoder.ts) and the same ONNX-runtime settings as the
 * app's worker (src/ml/worker.ts): local files only, `wasmPaths` on this origin, and
 * min(4, cores) threads when the page is cross-origin isolated. Runs on the page's main
 * thread: import maps do not reach workers, and timing one call at a time is the same work.
 */
import { env } from '@huggingface/transformers';
import { Encoder } from '../../../src/ml/encoder';

export interface PageBenchOptions {
  modelId: string;
  /** URL prefix the model folder is served under, e.g. `/models/`. */
  modelBase: string;
  /** URL prefix of onnxruntime-web's dist/ folder (the .mjs + .wasm runtime files). */
  wasmBase: string;
  sentences: string[];
  warmup: number;
  iters: number;
  /** Override the app's thread rule (diagnostics only). */
  threads?: number;
  /** q8 is what the app ships; fp32 only for diagnostics. */
  dtype?: 'q8' | 'fp32';
  /**
   * After the first timing, keep calling (untimed) for this long, then time again. Here the
   * latency drops about fourfold after a few seconds of calls, most likely V8 swapping optimised
   * code in for its baseline-compiled WebAssembly. 0 skips the second timing.
   */
  settleMs?: number;
}

export interface PageBenchResult {
  loadMs: number;
  /** Batch-1 latencies right after the warm-up calls (what the first messages of a visit see). */
  b1: number[];
  /** The same, after `settleMs` more of continuous calls (empty if settleMs is 0). */
  b1Settled: number[];
  threads: number;
  crossOriginIsolated: boolean;
  ortVersion: string;
  version: string;
  userAgent: string;
}

async function runBench(opts: PageBenchOptions): Promise<PageBenchResult> {
  const status = document.getElementById('status');
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = opts.modelBase;
  const onnx = env.backends.onnx as { wasm?: { wasmPaths?: unknown; numThreads?: number }; versions?: { web?: string } };
  const wasm = onnx.wasm;
  if (wasm) {
    wasm.wasmPaths = new URL(opts.wasmBase, location.href).href;
    wasm.numThreads = opts.threads ?? (self.crossOriginIsolated ? Math.min(4, navigator.hardwareConcurrency || 1) : 1);
  }
  const started = performance.now();
  const encoder = await Encoder.load({ modelId: opts.modelId, dtype: opts.dtype ?? 'q8', device: 'wasm' });
  const loadMs = performance.now() - started;
  if (status) status.textContent = 'warming up…';
  const n = opts.sentences.length;
  for (let i = 0; i < opts.warmup; i++) await encoder.analyze([opts.sentences[i % n]!]);
  if (status) status.textContent = 'timing…';
  const b1: number[] = [];
  for (let i = 0; i < opts.iters; i++) {
    const text = opts.sentences[(i * 7) % n]!;
    const t0 = performance.now();
    await encoder.analyze([text]);
    b1.push(performance.now() - t0);
  }
  const b1Settled: number[] = [];
  const settleMs = opts.settleMs ?? 0;
  if (settleMs > 0) {
    if (status) status.textContent = 'settling…';
    const until = performance.now() + settleMs;
    for (let i = 0; performance.now() < until; i++) await encoder.analyze([opts.sentences[i % n]!]);
    if (status) status.textContent = 'timing again…';
    for (let i = 0; i < opts.iters; i++) {
      const text = opts.sentences[(i * 7) % n]!;
      const t0 = performance.now();
      await encoder.analyze([text]);
      b1Settled.push(performance.now() - t0);
    }
  }
  await encoder.dispose();
  if (status) status.textContent = 'done';
  return {
    loadMs,
    b1,
    b1Settled,
    threads: wasm?.numThreads ?? 1,
    crossOriginIsolated: self.crossOriginIsolated,
    ortVersion: onnx.versions?.web ?? 'unknown',
    version: encoder.info.version,
    userAgent: navigator.userAgent,
  };
}

declare global {
  interface Window {
    maumBench?: (opts: PageBenchOptions) => Promise<PageBenchResult>;
  }
}

window.maumBench = runBench;
