/** Node entry for the shared encoder: local model files only, onnxruntime-node backend. */
import { env } from '@huggingface/transformers';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Encoder, type ModelDtype } from './encoder';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const MODELS_DIR = path.join(REPO_ROOT, 'models');
export const DEFAULT_MODEL = 'maum-mini';

/** Load a model from a folder of Transformers.js layout (default: the shipped maum-mini). */
export async function loadNodeEncoder(opts: { dir?: string; dtype?: ModelDtype; threads?: number } = {}): Promise<Encoder> {
  const dir = opts.dir ?? path.join(MODELS_DIR, DEFAULT_MODEL);
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = path.dirname(dir) + path.sep;
  return Encoder.load({ modelId: path.basename(dir), dtype: opts.dtype ?? 'q8', device: 'cpu', threads: opts.threads });
}
