/**
 * Character n-gram similarity, the lexical half of intent retrieval. Each example utterance is
 * reduced (at index build time) to the set of hashed character 1–2-grams of its n-gram form
 * (src/chat/normalize.ts); the index stores only these bucket ids, never the text. At run time
 * a message is hashed the same way and compared with every example by IDF-weighted cosine
 * over binary features. It rescues short, lexically specific utterances ("노래 추천해줘",
 * "고마워") the small sentence encoder is less sure about.
 */
import { ngramForm } from './normalize';
import { hashString } from '../shared/seeded';

export const NGRAM_BUCKETS = 1 << 16;
/** Character unigrams and bigrams: 1–2 beat 1–3 and 2–3 in leave-one-out on the examples. */
export const NGRAM_ORDERS = [1, 2] as const;

/** Sorted unique hashed n-gram buckets of a text. */
export function ngramBuckets(raw: string): Uint16Array {
  const chars = Array.from(`^${ngramForm(raw)}$`);
  const set = new Set<number>();
  for (const n of NGRAM_ORDERS) {
    for (let i = 0; i + n <= chars.length; i++) {
      const gram = chars.slice(i, i + n).join('');
      if (gram === '^' || gram === '$') continue;
      set.add(hashString(`${n}:${gram}`) % NGRAM_BUCKETS);
    }
  }
  return Uint16Array.from([...set].sort((a, b) => a - b));
}

/** Inverted index over example rows, with IDF weights and row norms. */
export class NgramSearch {
  private readonly idf: Float32Array;
  private readonly rowNorm: Float32Array;
  private readonly postStart: Uint32Array;
  private readonly postRows: Uint32Array;
  readonly rows: number;

  constructor(offsets: Uint32Array, buckets: Uint16Array) {
    this.rows = Math.max(0, offsets.length - 1);
    const df = new Uint32Array(NGRAM_BUCKETS);
    for (let i = 0; i < buckets.length; i++) df[buckets[i]!]!++;
    this.idf = new Float32Array(NGRAM_BUCKETS);
    for (let b = 0; b < NGRAM_BUCKETS; b++) this.idf[b] = Math.log((this.rows + 1) / (df[b]! + 1)) + 1;
    this.rowNorm = new Float32Array(this.rows);
    for (let r = 0; r < this.rows; r++) {
      let s = 0;
      for (let k = offsets[r]!; k < offsets[r + 1]!; k++) s += this.idf[buckets[k]!]! ** 2;
      this.rowNorm[r] = Math.sqrt(s) || 1;
    }
    this.postStart = new Uint32Array(NGRAM_BUCKETS + 1);
    for (let b = 0; b < NGRAM_BUCKETS; b++) this.postStart[b + 1] = this.postStart[b]! + df[b]!;
    this.postRows = new Uint32Array(buckets.length);
    const fill = this.postStart.slice(0, NGRAM_BUCKETS);
    for (let r = 0; r < this.rows; r++) {
      for (let k = offsets[r]!; k < offsets[r + 1]!; k++) this.postRows[fill[buckets[k]!]!++] = r;
    }
  }

  /** Cosine similarity of the text to every example row (0 where nothing is shared). */
  similarities(raw: string, out = new Float32Array(this.rows)): Float32Array {
    out.fill(0);
    const q = ngramBuckets(raw);
    let qn = 0;
    for (const b of q) qn += this.idf[b]! ** 2;
    qn = Math.sqrt(qn) || 1;
    for (const b of q) {
      const w = this.idf[b]! ** 2;
      for (let k = this.postStart[b]!; k < this.postStart[b + 1]!; k++) out[this.postRows[k]!]! += w;
    }
    for (let r = 0; r < this.rows; r++) out[r] = out[r]! / (qn * this.rowNorm[r]!);
    return out;
  }
}
