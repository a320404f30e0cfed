/**
 * The intent classifier: multinomial logistic regression over
 *   - the message's hashed character 1–2-grams (src/chat/ngram.ts), IDF-weighted and
 *     L2-normalised, and
 *   - the cosine of the message embedding to each intent's centroid embedding (one shared weight),
 * trained at index build time on the intents' example utterances (scripts/dialogue/train-intents.ts).
 *
 * Why not nearest examples: with ~70 examples per intent, storing every example's vector and
 * n-grams would cost megabytes, and a nearest-neighbour vote over a small encoder's vectors was
 * far less accurate than a linear model that learns which n-grams tell sibling intents apart.
 * Weights exist only for (n-gram, intent) pairs that occur together in the examples, so the
 * model grows with the corpus, not with n-grams × intents.
 */
import { NGRAM_BUCKETS, ngramBuckets } from './ngram';

export interface IntentModelData {
  /** Hashed n-gram buckets that have weights, ascending. */
  features: Uint16Array;
  /** IDF of each feature. */
  idf: Float32Array;
  /** CSR over features: feature f's pairs are [offsets[f], offsets[f + 1]). */
  offsets: Uint32Array;
  pairIntent: Uint16Array;
  pairWeight: Float32Array;
  /** One bias per intent. */
  bias: Float32Array;
  /** Weight of the centroid cosine. */
  cosWeight: number;
}

export interface SparseFeatures {
  ids: Int32Array;
  values: Float32Array;
}

export class IntentModel {
  private readonly lookup: Int32Array;

  constructor(
    readonly data: IntentModelData,
    readonly intents: number,
  ) {
    if (data.bias.length !== intents) throw new Error(`intent model has ${data.bias.length} biases for ${intents} intents`);
    if (data.offsets.length !== data.features.length + 1 || data.idf.length !== data.features.length) {
      throw new Error('intent model feature tables disagree in size');
    }
    this.lookup = new Int32Array(NGRAM_BUCKETS).fill(-1);
    data.features.forEach((b, f) => (this.lookup[b] = f));
  }

  /** The text's known n-gram features, IDF-weighted, L2-normalised. */
  features(text: string): SparseFeatures {
    return featurize(ngramBuckets(text), this.lookup, this.data.idf);
  }

  /** Logits of every intent; `cos` is the embedding's cosine to each intent centroid (or null). */
  logits(x: SparseFeatures, cos: ArrayLike<number> | null): Float32Array {
    const { offsets, pairIntent, pairWeight, bias, cosWeight } = this.data;
    const z = Float32Array.from(bias);
    if (cos) for (let c = 0; c < z.length; c++) z[c]! += cosWeight * cos[c]!;
    for (let k = 0; k < x.ids.length; k++) {
      const f = x.ids[k]!;
      const v = x.values[k]!;
      for (let p = offsets[f]!; p < offsets[f + 1]!; p++) z[pairIntent[p]!]! += v * pairWeight[p]!;
    }
    return z;
  }
}

export function featurize(buckets: Uint16Array, lookup: Int32Array, idf: Float32Array): SparseFeatures {
  const ids: number[] = [];
  const values: number[] = [];
  let norm = 0;
  for (const b of buckets) {
    const f = lookup[b]!;
    if (f < 0) continue;
    ids.push(f);
    values.push(idf[f]!);
    norm += idf[f]! ** 2;
  }
  norm = Math.sqrt(norm) || 1;
  return { ids: Int32Array.from(ids), values: Float32Array.from(values, (v) => v / norm) };
}

/** Softmax in place (numerically stable). */
export function softmaxInPlace(z: Float32Array): Float32Array {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    z[i] = Math.exp(z[i]! - max);
    sum += z[i]!;
  }
  for (let i = 0; i < z.length; i++) z[i]! /= sum;
  return z;
}
