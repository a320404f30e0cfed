/**
 * The baseline every model figure is compared with: character n-gram (1-3, within
 * space-padded words) TF-IDF with sublinear tf and L2 norm; multinomial logistic regression
 * for emotions; cosine for similarity.
 */
export type SparseVec = Map<number, number>;

function grams(text: string, maxN: number): string[] {
  const out: string[] = [];
  for (const word of text.normalize('NFC').toLowerCase().split(/\s+/).filter(Boolean)) {
    const w = ` ${word} `;
    for (let n = 1; n <= maxN; n++) for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n));
  }
  return out;
}

export class TfIdf {
  private vocab = new Map<string, number>();
  private idf: number[] = [];

  constructor(private readonly maxN = 3) {}

  fit(texts: string[]): this {
    const df = new Map<string, number>();
    for (const t of texts) for (const g of new Set(grams(t, this.maxN))) df.set(g, (df.get(g) ?? 0) + 1);
    for (const [g, c] of df) {
      this.vocab.set(g, this.idf.length);
      this.idf.push(Math.log((1 + texts.length) / (1 + c)) + 1);
    }
    return this;
  }

  get size(): number {
    return this.idf.length;
  }

  transform(text: string): SparseVec {
    const tf = new Map<number, number>();
    for (const g of grams(text, this.maxN)) {
      const id = this.vocab.get(g);
      if (id !== undefined) tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    let norm = 0;
    for (const [id, c] of tf) {
      const v = (1 + Math.log(c)) * this.idf[id]!;
      tf.set(id, v);
      norm += v * v;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [id, v] of tf) tf.set(id, v / norm);
    return tf;
  }
}

export function sparseCosine(a: SparseVec, b: SparseVec): number {
  let dot = 0;
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  for (const [id, v] of small) dot += v * (big.get(id) ?? 0);
  return dot; // both are L2-normalised
}

/** Multinomial logistic regression trained with mini-batch SGD + L2, fixed seed. */
export class LogisticRegression {
  private w: Float32Array;
  private b: Float32Array;

  constructor(
    private readonly dim: number,
    private readonly classes: number,
  ) {
    this.w = new Float32Array(dim * classes);
    this.b = new Float32Array(classes);
  }

  private scores(x: SparseVec): number[] {
    const s = Array.from(this.b);
    for (const [id, v] of x) for (let c = 0; c < this.classes; c++) s[c]! += this.w[id * this.classes + c]! * v;
    return s;
  }

  predictProba(x: SparseVec): number[] {
    const s = this.scores(x);
    const m = Math.max(...s);
    const e = s.map((v) => Math.exp(v - m));
    const z = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / z);
  }

  predict(x: SparseVec): number {
    const p = this.predictProba(x);
    return p.indexOf(Math.max(...p));
  }

  fit(xs: SparseVec[], ys: number[], opts: { epochs?: number; lr?: number; l2?: number; seed?: number } = {}): this {
    const epochs = opts.epochs ?? 25;
    const l2 = opts.l2 ?? 1e-5;
    let seed = opts.seed ?? 1;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const order = xs.map((_, i) => i);
    for (let ep = 0; ep < epochs; ep++) {
      const lr = (opts.lr ?? 0.5) / (1 + ep * 0.2);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const i of order) {
        const x = xs[i]!;
        const p = this.predictProba(x);
        for (let c = 0; c < this.classes; c++) {
          const g = p[c]! - (ys[i] === c ? 1 : 0);
          this.b[c]! -= lr * g;
          for (const [id, v] of x) {
            const k = id * this.classes + c;
            this.w[k]! -= lr * (g * v + l2 * this.w[k]!);
          }
        }
      }
    }
    return this;
  }
}
