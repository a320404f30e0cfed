/**
 * Measuring and tuning retrieval, shared by build:dialogue-index and eval:dialogue.
 *
 * - Aggregation ('max' vs 'top2') and the n-gram weight are chosen by leave-one-out accuracy on
 *   the TRAINING examples (each example is searched with its own row left out), so the held-out
 *   split stays untouched by these choices.
 * - The threshold is tuned on the held-out split, as the issue asks: the lowest score at which at
 *   least TARGET_PRECISION of the held-out utterances scoring at or above it get the right intent.
 *   Below the threshold the engine reflects and asks a follow-up, which is never wrong, only less
 *   specific; so a low threshold answers more turns and the precision floor keeps wrong answers rare.
 */
import type { Encoder } from '../../src/ml/encoder';
import { detectSafety, exemplarMargin, type SafetyModel } from '../../src/chat/safety';
import { IntentSearch } from '../../src/chat/retrieval';
import type { DialogueIndex, SafetyCategory } from '../../src/chat/types';
import type { LabelledLine, SafetyLabel } from './corpus';

export const TARGET_PRECISION = 0.95;
export const NGRAM_WEIGHTS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
export const AGGREGATES = ['max', 'top2'] as const;

export async function embedAll(encoder: Encoder, texts: string[], onProgress?: (done: number) => void): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += 64) {
    const part = await encoder.analyze(texts.slice(i, i + 64));
    out.push(...part.map((a) => a.embedding));
    onProgress?.(out.length);
  }
  return out;
}

export interface Query {
  text: string;
  embedding: Float32Array;
  /** Expected intent index. */
  intent: number;
  /** Rows to leave out (its own example row, for leave-one-out). */
  exclude?: ReadonlySet<number>;
}

export interface Scored {
  correct: boolean;
  score: number;
  predicted: number;
  expected: number;
  text: string;
}

export function scoreQueries(search: IntentSearch, queries: Query[], aggregate: 'max' | 'top2', ngramWeight: number): Scored[] {
  return queries.map((q) => {
    const cos = search.rowCosines(q.embedding);
    const ng = ngramWeight > 0 ? search.rowNgrams(q.text) : null;
    const best = search.rankFromRows(cos, ng, { aggregate, ngramWeight, ...(q.exclude ? { excludeRows: q.exclude } : {}) })[0]!;
    return { correct: best.intent === q.intent, score: best.score, predicted: best.intent, expected: q.intent, text: q.text };
  });
}

export const accuracy = (s: Scored[]) => (s.length ? s.filter((x) => x.correct).length / s.length : 0);

export interface ConfigChoice {
  aggregate: 'max' | 'top2';
  ngramWeight: number;
  looAccuracy: number;
  table: Array<{ aggregate: 'max' | 'top2'; ngramWeight: number; looAccuracy: number }>;
}

/** Leave-one-out over training examples for every aggregate × n-gram weight. */
export function chooseConfig(search: IntentSearch, trainQueries: Query[]): ConfigChoice {
  const table: ConfigChoice['table'] = [];
  // Precompute row scores once per query; only aggregation and weighting vary.
  const pre = trainQueries.map((q) => ({ q, cos: search.rowCosines(q.embedding), ng: search.rowNgrams(q.text) }));
  for (const aggregate of AGGREGATES) {
    for (const ngramWeight of NGRAM_WEIGHTS) {
      let ok = 0;
      for (const { q, cos, ng } of pre) {
        const best = search.rankFromRows(cos, ng, { aggregate, ngramWeight, ...(q.exclude ? { excludeRows: q.exclude } : {}) })[0]!;
        if (best.intent === q.intent) ok++;
      }
      table.push({ aggregate, ngramWeight, looAccuracy: ok / pre.length });
    }
  }
  const best = [...table].sort((a, b) => b.looAccuracy - a.looAccuracy || a.ngramWeight - b.ngramWeight)[0]!;
  return { ...best, table };
}

export interface ThresholdChoice {
  threshold: number;
  /** Share of held-out utterances at or above the threshold. */
  coverage: number;
  /** Share of those that get the right intent. */
  precision: number;
  /** Top-1 accuracy ignoring the threshold. */
  accuracy: number;
  /** Accuracy if everything below the threshold counted as wrong (the strict view). */
  answeredCorrectly: number;
}

/** Lowest threshold whose above-threshold precision is ≥ target (scores rounded to 0.01). */
export function chooseThreshold(scored: Scored[], target = TARGET_PRECISION): ThresholdChoice {
  const stats = (t: number) => {
    const above = scored.filter((s) => s.score >= t);
    const right = above.filter((s) => s.correct).length;
    return { coverage: above.length / scored.length, precision: above.length ? right / above.length : 1, answeredCorrectly: right / scored.length };
  };
  let chosen = 1;
  for (let t = 0; t <= 1.0001; t += 0.01) {
    const r = Math.round(t * 100) / 100;
    const s = stats(r);
    // Precision must hold from here upwards too (no lucky dip).
    let holds = s.precision >= target;
    for (let u = r + 0.01; holds && u <= 1.0001; u += 0.01) holds = stats(Math.round(u * 100) / 100).precision >= target;
    if (holds) {
      chosen = r;
      break;
    }
  }
  return { threshold: chosen, ...stats(chosen), accuracy: accuracy(scored) };
}

export interface SafetyReport {
  mode: 'rules' | 'hybrid';
  positives: number;
  detected: number;
  rightCategory: number;
  negatives: number;
  falseAlarms: number;
  missed: Array<LabelledLine<SafetyLabel>>;
  alarms: Array<LabelledLine<SafetyLabel>>;
}

export function evaluateSafety(
  positives: Array<LabelledLine<SafetyLabel>>,
  negatives: Array<LabelledLine<SafetyLabel>>,
  embed: ((text: string) => Float32Array) | null,
  model: SafetyModel | null,
): SafetyReport {
  const verdict = (t: string) => detectSafety(t, embed && model ? { embedding: embed(t), model } : {});
  const missed: SafetyReport['missed'] = [];
  const alarms: SafetyReport['alarms'] = [];
  let rightCategory = 0;
  for (const p of positives) {
    const v = verdict(p.text);
    if (!v.category) missed.push(p);
    else if (v.category === p.label) rightCategory++;
  }
  for (const n of negatives) if (verdict(n.text).category) alarms.push(n);
  return {
    mode: embed && model ? 'hybrid' : 'rules',
    positives: positives.length,
    detected: positives.length - missed.length,
    rightCategory,
    negatives: negatives.length,
    falseAlarms: alarms.length,
    missed,
    alarms,
  };
}

/**
 * Safety margin and k by leave-one-out on the exemplars: each exemplar is classified by the
 * other exemplars; the (k, margin) pair in a small grid that best separates disclosures from
 * contrast sentences wins (ties: k = 1 and the smallest margin, i.e. recall first).
 */
export function chooseSafetyMargin(index: DialogueIndex): { margin: number; k: number; looAccuracy: number } {
  const { safetyVectors, safetyLabels, dim } = index;
  const n = safetyLabels.length;
  if (n === 0) return { margin: 0, k: 1, looAccuracy: 0 };
  const grid = [-0.04, -0.02, 0, 0.02, 0.04, 0.06, 0.08];
  let best = { margin: 0, k: 1, looAccuracy: -1 };
  for (const k of [1, 3]) {
    // Leave-one-out margins for each exemplar and category, computed once per k.
    const margins = [...Array(n).keys()].map((i) => {
      const keep = [...Array(n).keys()].filter((j) => j !== i);
      const model: SafetyModel = {
        vectors: new Float32Array(keep.flatMap((j) => Array.from(safetyVectors.subarray(j * dim, (j + 1) * dim)))),
        labels: keep.map((j) => safetyLabels[j]!),
        dim,
        margin: 0,
        k,
      };
      const emb = safetyVectors.subarray(i * dim, (i + 1) * dim);
      return (['suicide', 'violence'] as SafetyCategory[]).map((c) => ({ c, m: exemplarMargin(emb, model, c) })).sort((a, b) => b.m - a.m)[0]!;
    });
    for (const margin of grid) {
      let ok = 0;
      margins.forEach((m, i) => {
        const predicted = m.m > margin ? m.c : 'none';
        if (predicted === safetyLabels[i]) ok++;
      });
      const acc = ok / n;
      if (acc > best.looAccuracy) best = { margin, k, looAccuracy: acc };
    }
  }
  return best;
}
