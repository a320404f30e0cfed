/** Typed messages between the UI thread and the ML worker. */
import type { EmotionMix, EmotionId } from './emotions';
import type { LoadProgress, ModelInfo } from './encoder';

export type Backend = 'webgpu' | 'wasm';

export interface WireAnalysis {
  text: string;
  emotions: EmotionMix;
  label: EmotionId;
  embedding: Float32Array;
}

export type WorkerRequest =
  | { type: 'load'; modelBase: string; modelId: string; preferWebGPU: boolean }
  | { type: 'analyze'; id: number; texts: string[] }
  | { type: 'analyzeLong'; id: number; text: string };

export type WorkerResponse =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'ready'; info: ModelInfo & { backend: Backend; threads: number; loadMs: number } }
  | { type: 'load-error'; message: string }
  | { type: 'result'; id: number; analyses: WireAnalysis[] }
  | { type: 'error'; id: number; message: string };
