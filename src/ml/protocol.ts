/** Typed messages between the UI thread and the ML worker. */
import type { EmotionMix, EmotionId } from './emotions';
import type { LoadProgress, ModelInfo } from './encoder';

export type Backend = 'webgpu' | 'wasm';

/**
 * Why the model did not load: a file the server does not have ('missing': 404 or the app's own
 * page in its place), a file it could not reach ('offline'), or files that are there but
 * would not open ('damaged'; also anything else).
 */
export type LoadFailure = 'missing' | 'offline' | 'damaged';

export interface WireAnalysis {
  text: string;
  emotions: EmotionMix;
  label: EmotionId;
  embedding: Float32Array;
}

export type WorkerRequest =
  /** `fresh`: fetch the model files again past every cache first ("다시 시도" after a failure). */
  | { type: 'load'; modelBase: string; modelId: string; preferWebGPU: boolean; fresh?: boolean }
  | { type: 'analyze'; id: number; texts: string[] }
  | { type: 'analyzeLong'; id: number; text: string };

export type WorkerResponse =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'ready'; info: ModelInfo & { backend: Backend; threads: number; loadMs: number } }
  | { type: 'load-error'; message: string; reason: LoadFailure; refreshed: boolean }
  | { type: 'result'; id: number; analyses: WireAnalysis[] }
  | { type: 'error'; id: number; message: string };
