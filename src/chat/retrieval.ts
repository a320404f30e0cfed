/**
 * Intent retrieval: each intent's probability from the intent classifier
 * (src/chat/intent-model.ts), which weighs the message's character n-grams and the cosine of its
 * embedding to the intent's centroid. The engine answers from the best intent when its
 * probability clears the tuned threshold and leads the runner-up by the tuned margin.
 */
import { IntentModel, softmaxInPlace } from './intent-model';
import type { DialogueIndex } from './types';

export interface IntentScore {
  intent: number;
  /** Probability of the intent. */
  score: number;
  /** Cosine of the message embedding to the intent's centroid. */
  cos: number;
}

export interface RankOptions {
  /** Leave out the embedding (n-grams only) or the n-grams (embedding only): ablations. */
  use?: 'both' | 'embedding' | 'ngrams';
}

export class IntentSearch {
  readonly model: IntentModel;

  constructor(readonly index: DialogueIndex) {
    this.model = new IntentModel(index.intentModel, index.intents.length);
    if (index.vectors.length !== index.intents.length * index.dim) {
      throw new Error(`the index has ${index.vectors.length / index.dim} centroids for ${index.intents.length} intents`);
    }
  }

  /** Cosine of a (unit) embedding to every intent centroid. */
  centroidCosines(embedding: ArrayLike<number>): Float32Array {
    const { vectors, dim, intents } = this.index;
    if (embedding.length !== dim) throw new Error(`embedding has ${embedding.length} dimensions, the index ${dim}`);
    const out = new Float32Array(intents.length);
    for (let i = 0; i < intents.length; i++) {
      let dot = 0;
      const off = i * dim;
      for (let d = 0; d < dim; d++) dot += vectors[off + d]! * embedding[d]!;
      out[i] = dot;
    }
    return out;
  }

  /** All intents, most probable first. */
  rank(embedding: ArrayLike<number>, text: string, opts: RankOptions = {}): IntentScore[] {
    const use = opts.use ?? 'both';
    const cos = this.centroidCosines(embedding);
    const x = use === 'embedding' ? { ids: new Int32Array(), values: new Float32Array() } : this.model.features(text);
    const p = softmaxInPlace(this.model.logits(x, use === 'ngrams' ? null : cos));
    const out: IntentScore[] = [];
    for (let i = 0; i < p.length; i++) out.push({ intent: i, score: p[i]!, cos: cos[i]! });
    return out.sort((a, b) => b.score - a.score);
  }
}
