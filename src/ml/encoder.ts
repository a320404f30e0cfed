/**
 * The on-device model: one forward pass gives a sentence embedding and seven emotion
 * probabilities. Runs in the browser worker (WebGPU or WASM) and in Node (onnxruntime-node)
 * through the same Transformers.js calls, so CLIs and tests exercise the app's code path.
 */
import { AutoModel, AutoTokenizer, Tensor, type PreTrainedModel, type PreTrainedTokenizer } from '@huggingface/transformers';
import { CHAR_BUCKETS, CHAR_MAX_FEATURES, CHAR_ORDERS, NEGATION_SCOPE, SKETCH_ORDERS, charFeatureBatch } from './char-features';
import { EMOTIONS, mixFromArray, type EmotionId, type EmotionMix } from './emotions';
import { aggregateSentences, splitIntoSentences } from './long-text';
import { cleanText } from './text';

export type ModelDtype = 'q8' | 'fp32';
export type ModelDevice = 'cpu' | 'wasm' | 'webgpu';

export interface Analysis {
  text: string;
  emotions: EmotionMix;
  label: EmotionId;
  embedding: Float32Array;
}

export interface LoadProgress {
  file: string;
  loaded: number;
  total: number;
  percent: number;
}

export interface EncoderOptions {
  modelId: string;
  dtype?: ModelDtype;
  device?: ModelDevice;
  /** onnxruntime's intra-op threads (Node); unset or 0 keeps onnxruntime's default (one per core). */
  threads?: number;
  onProgress?: (p: LoadProgress) => void;
}

export interface ModelInfo {
  modelId: string;
  version: string;
  dtype: ModelDtype;
  device: ModelDevice;
  embeddingDim: number;
}

const MAX_TOKENS = 128;
const BATCH = 32;

type ProgressEvent = { status: string; file?: string; loaded?: number; total?: number; progress?: number };

export class Encoder {
  private constructor(
    private readonly tokenizer: PreTrainedTokenizer,
    private readonly model: PreTrainedModel,
    readonly info: ModelInfo,
    /** The model has a character n-gram head and wants char_ids/char_tf inputs. */
    private readonly charHead: boolean,
    /** Its sentence embedding has a character sketch with inputs of its own (sketch_ids/sketch_tf). */
    private readonly sketchInputs: boolean,
  ) {}

  static async load(opts: EncoderOptions): Promise<Encoder> {
    const dtype = opts.dtype ?? 'q8';
    const device = opts.device ?? 'cpu';
    const progress_callback = (e: ProgressEvent) => {
      if (opts.onProgress && e.status === 'progress' && e.file) {
        const total = e.total ?? 0;
        const loaded = e.loaded ?? 0;
        opts.onProgress({ file: e.file, loaded, total, percent: total ? (100 * loaded) / total : (e.progress ?? 0) });
      }
    };
    const tokenizer = await AutoTokenizer.from_pretrained(opts.modelId, { progress_callback });
    const session_options = opts.threads ? { intraOpNumThreads: opts.threads } : undefined;
    const model = await AutoModel.from_pretrained(opts.modelId, { dtype, device, progress_callback, session_options });
    const config = model.config as unknown as {
      maum_version?: string;
      embedding_dim?: number;
      emotions?: string[];
      char_features?: {
        buckets: number;
        orders: number[];
        max_features: number;
        negation_scope?: number;
        sketch_orders?: number[];
      };
    };
    if (!config.emotions || config.emotions.join() !== EMOTIONS.join()) {
      throw new Error(`model ${opts.modelId} does not declare the seven emotions in the expected order`);
    }
    const cf = config.char_features;
    if (
      cf &&
      (cf.buckets !== CHAR_BUCKETS ||
        cf.orders.join() !== CHAR_ORDERS.join() ||
        cf.max_features !== CHAR_MAX_FEATURES ||
        // Models before session 23 hashed negated words like any other (src/ml/char-features.ts).
        cf.negation_scope !== NEGATION_SCOPE ||
        (cf.sketch_orders && cf.sketch_orders.join() !== SKETCH_ORDERS.join()))
    ) {
      throw new Error(`model ${opts.modelId} hashes character n-grams differently from this app (src/ml/char-features.ts)`);
    }
    return new Encoder(tokenizer, model, {
      modelId: opts.modelId,
      version: config.maum_version ?? 'unknown',
      dtype,
      device,
      embeddingDim: config.embedding_dim ?? 0,
    }, !!cf, !!cf?.sketch_orders);
  }

  /** Analyse short texts (one message or sentence each). Empty strings are not allowed. */
  async analyze(texts: string[]): Promise<Analysis[]> {
    const out: Analysis[] = [];
    for (let i = 0; i < texts.length; i += BATCH) {
      const chunk = texts.slice(i, i + BATCH).map(cleanText);
      if (chunk.some((t) => !t)) throw new Error('cannot analyse an empty text');
      const inputs = this.tokenizer(chunk, { padding: true, truncation: true, max_length: MAX_TOKENS }) as Record<string, unknown>;
      if (this.charHead) {
        const { char, sketch } = charFeatureBatch(chunk);
        inputs.char_ids = new Tensor('int64', char.ids, [chunk.length, char.width]);
        inputs.char_tf = new Tensor('float32', char.tf, [chunk.length, char.width]);
        if (this.sketchInputs) {
          inputs.sketch_ids = new Tensor('int64', sketch.ids, [chunk.length, sketch.width]);
          inputs.sketch_tf = new Tensor('float32', sketch.tf, [chunk.length, sketch.width]);
        }
      }
      const result = (await this.model(inputs)) as Record<string, { data: Float32Array; dims: number[] }>;
      const probs = result.emotion_probs!;
      const emb = result.sentence_embedding!;
      const dim = emb.dims[1]!;
      chunk.forEach((text, j) => {
        const p = probs.data.subarray(j * 7, j * 7 + 7);
        const emotions = mixFromArray(p);
        let best = 0;
        for (let k = 1; k < 7; k++) if (p[k]! > p[best]!) best = k;
        out.push({ text, emotions, label: EMOTIONS[best]!, embedding: emb.data.slice(j * dim, (j + 1) * dim) });
      });
    }
    return out;
  }

  /**
   * Analyse a long text (a diary entry, a whole conversation): sentence by sentence, since the
   * model was trained on single utterances, then mixed with weight √letters per sentence and no
   * recency (src/ml/long-text.ts, session 38). Lyrics do not come here: the catalogue reads
   * stanzas (splitIntoPieces + aggregateAnalyses, scripts/catalogue).
   */
  async analyzeLong(raw: string): Promise<Analysis & { pieces: number }> {
    const sentences = splitIntoSentences(raw);
    if (sentences.length === 0) throw new Error('cannot analyse an empty text');
    const parts = await this.analyze(sentences);
    return { ...aggregateSentences(parts, cleanText(raw)), pieces: parts.length };
  }

  async dispose(): Promise<void> {
    await this.model.dispose();
  }
}

/** Length-weighted mean of emotions and embeddings (embedding re-normalised). */
export function aggregateAnalyses(parts: Analysis[], text: string): Analysis {
  const dim = parts[0]?.embedding.length ?? 0;
  const emb = new Float32Array(dim);
  const acc = new Array<number>(7).fill(0);
  let total = 0;
  for (const p of parts) {
    const w = Math.sqrt(Math.max(1, p.text.length));
    total += w;
    EMOTIONS.forEach((id, k) => (acc[k]! += w * p.emotions[id]));
    for (let d = 0; d < dim; d++) emb[d]! += w * p.embedding[d]!;
  }
  const norm = Math.hypot(...emb) || 1;
  for (let d = 0; d < dim; d++) emb[d]! /= norm;
  const emotions = mixFromArray(acc.map((v) => v / (total || 1)));
  let best = 0;
  for (let k = 1; k < 7; k++) if (acc[k]! > acc[best]!) best = k;
  return { text, emotions, label: EMOTIONS[best]!, embedding: emb };
}
