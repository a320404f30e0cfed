/**
 * Intent retrieval: a message's score for an intent blends
 *   cos   = similarity of the message embedding to the intent's example embeddings, and
 *   ngram = IDF-weighted character n-gram cosine to the intent's examples (src/chat/ngram.ts),
 * each aggregated over the intent's examples ('max': the nearest example; 'top2': mean of the
 * two nearest), as score = (1 − w)·cos + w·ngram with w = settings.ngramWeight.
 */
import { NgramSearch } from './ngram';
import type { DialogueIndex, RetrievalSettings } from './types';

export interface IntentScore {
  intent: number;
  score: number;
  cos: number;
  ngram: number;
}

export type RankOptions = Partial<Pick<RetrievalSettings, 'aggregate' | 'ngramWeight'>> & {
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

  /** Per-intent aggregate of row scores. */
  aggregate(rowScores: Float32Array, how: 'max' | 'top2', exclude?: ReadonlySet<number>): Float32Array {
    const n = this.index.intents.length;
    const first = new Float32Array(n).fill(-Infinity);
    const second = new Float32Array(n).fill(-Infinity);
    const { rowIntent } = this.index;
    for (let r = 0; r < this.rows; r++) {
      if (exclude?.has(r)) continue;
      const i = rowIntent[r]!;
      const v = rowScores[r]!;
      if (v > first[i]!) {
        second[i] = first[i]!;
        first[i] = v;
      } else if (v > second[i]!) second[i] = v;
    }
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const a = first[i]!;
      const b = second[i]!;
      out[i] = how === 'max' || !Number.isFinite(b) ? (Number.isFinite(a) ? a : 0) : (a + b) / 2;
    }
    return out;
  }

  /** All intents, best first, from precomputed row scores. */
  rankFromRows(cosRows: Float32Array, ngramRows: Float32Array | null, opts: RankOptions = {}): IntentScore[] {
    const how = opts.aggregate ?? this.index.settings.aggregate;
    const w = ngramRows ? (opts.ngramWeight ?? this.index.settings.ngramWeight) : 0;
    const cos = this.aggregate(cosRows, how, opts.excludeRows);
    const ng = w > 0 && ngramRows ? this.aggregate(ngramRows, how, opts.excludeRows) : null;
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
