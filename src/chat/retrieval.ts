/**
 * Intent retrieval: a message's score for an intent blends
 *   cos   = similarity of the message embedding to the intent's example embeddings, and
 *   ngram = IDF-weighted character n-gram cosine to the intent's examples (src/chat/ngram.ts),
 * each aggregated over the intent's examples as the mean of the k most similar ones
 * (k = settings.topK; 1 = the nearest example), as score = (1 − w)·cos + w·ngram with
 * w = settings.ngramWeight. k and w are chosen by leave-one-out on the examples at build time.
 */
import { NgramSearch } from './ngram';
import type { DialogueIndex, RetrievalSettings } from './types';

export interface IntentScore {
  intent: number;
  score: number;
  cos: number;
  ngram: number;
}

export type RankOptions = Partial<Pick<RetrievalSettings, 'topK' | 'ngramWeight'>> & {
  /** Leave these example rows out (leave-one-out evaluation). */
  excludeRows?: ReadonlySet<number>;
};

export class IntentSearch {
  readonly ngram: NgramSearch;
  private readonly rows: number;

  constructor(readonly index: DialogueIndex) {
    this.rows = index.rowIntent.length;
    this.ngram = new NgramSearch(index.ngramOffsets, index.ngramBuckets);
  }

  /** Cosine of a (unit) embedding to every example row. */
  rowCosines(embedding: ArrayLike<number>): Float32Array {
    const { vectors, dim } = this.index;
    if (embedding.length !== dim) throw new Error(`embedding has ${embedding.length} dimensions, the index ${dim}`);
    const out = new Float32Array(this.rows);
    for (let r = 0; r < this.rows; r++) {
      let dot = 0;
      const off = r * dim;
      for (let d = 0; d < dim; d++) dot += vectors[off + d]! * embedding[d]!;
      out[r] = dot;
    }
    return out;
  }

  rowNgrams(text: string): Float32Array {
    return this.ngram.similarities(text);
  }

  /** Per intent: mean of its k highest row scores (fewer when it has fewer rows). */
  aggregate(rowScores: Float32Array, k: number, exclude?: ReadonlySet<number>): Float32Array {
    const n = this.index.intents.length;
    const kk = Math.max(1, Math.floor(k));
    const top = new Float32Array(n * kk).fill(-Infinity);
    const { rowIntent } = this.index;
    for (let r = 0; r < this.rows; r++) {
      if (exclude?.has(r)) continue;
      const base = rowIntent[r]! * kk;
      let v = rowScores[r]!;
      if (v <= top[base + kk - 1]!) continue;
      // Insertion into the intent's descending top-k list.
      for (let j = 0; j < kk; j++) {
        const cur = top[base + j]!;
        if (v > cur) {
          top[base + j] = v;
          v = cur;
        }
      }
    }
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      let c = 0;
      for (let j = 0; j < kk; j++) {
        const v = top[i * kk + j]!;
        if (Number.isFinite(v)) {
          s += v;
          c++;
        }
      }
      out[i] = c ? s / c : 0;
    }
    return out;
  }

  /** All intents, best first, from precomputed row scores. */
  rankFromRows(cosRows: Float32Array, ngramRows: Float32Array | null, opts: RankOptions = {}): IntentScore[] {
    const k = opts.topK ?? this.index.settings.topK;
    const w = ngramRows ? (opts.ngramWeight ?? this.index.settings.ngramWeight) : 0;
    const cos = w < 1 ? this.aggregate(cosRows, k, opts.excludeRows) : new Float32Array(this.index.intents.length);
    const ng = w > 0 && ngramRows ? this.aggregate(ngramRows, k, opts.excludeRows) : null;
    const out: IntentScore[] = [];
    for (let i = 0; i < cos.length; i++) {
      const c = cos[i]!;
      const g = ng ? ng[i]! : 0;
      out.push({ intent: i, cos: c, ngram: g, score: (1 - w) * c + w * g });
    }
    return out.sort((a, b) => b.score - a.score);
  }

  rank(embedding: ArrayLike<number>, text: string, opts: RankOptions = {}): IntentScore[] {
    const w = opts.ngramWeight ?? this.index.settings.ngramWeight;
    return this.rankFromRows(this.rowCosines(embedding), w > 0 ? this.rowNgrams(text) : null, opts);
  }
}
