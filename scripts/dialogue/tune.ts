/**
 * Measuring and tuning retrieval, shared by build:dialogue-index and eval:dialogue.
 *
 * - Aggregation (mean of the k most similar examples, k = 1…5; k = 1 is "the nearest example",
 *   k = 2 "mean of top-2") and the n-gram weight are chosen by leave-one-out accuracy on the
 *   TRAINING examples (each example is searched with its own row left out), so the held-out
 *   split stays untouched by these choices.
 * - The threshold is tuned on the held-out split, as the issue asks: the lowest score at which at
 *   least TARGET_PRECISION of the held-out utterances scoring at or above it get the right intent
 *   (and stay that precise at every higher threshold). Below the threshold the engine reflects and
 *   asks a follow-up, which is never wrong, only less specific; so a low threshold answers more
 *   turns and the precision floor keeps wrong answers rare. 85 %: with this encoder a 95 % floor
 *   answers almost nothing from the corpus, while at 85 % most of the remaining misses are
 *   sibling intents of the same topic, whose replies still fit (topic precision is reported).
 */
import type { Encoder } from '../../src/ml/encoder';
import { detectSafety, exemplarMargin, ruleCheck, type SafetyModel } from '../../src/chat/safety';
import { IntentSearch } from '../../src/chat/retrieval';
import type { DialogueIndex, SafetyCategory } from '../../src/chat/types';
import type { LabelledLine, SafetyLabel } from './corpus';

export const TARGET_PRECISION = 0.85;

/** Messages no intent covers: these should fall below the threshold. */
export const OUT_OF_SCOPE = [
  '양자역학이 뭔지 설명해 줘',
  '오늘 코스피 지수 얼마야',
  '파이썬으로 정렬 알고리즘 짜 줘',
  '1 더하기 1은?',
  '김치찌개 레시피 알려 줘',
  '지구에서 달까지 거리가 얼마나 돼',
  'asdfghjkl',
  '🍕🍕🍕',
  'What is the capital of France?',
  '<b>hello</b>',
  '내일 서울 미세먼지 농도 알려 줘',
  '비트코인 지금 사도 돼?',
  '세종대왕은 언제 태어났어',
  '엑셀에서 VLOOKUP 쓰는 법',
  '자동차 타이어 공기압 몇으로 넣어',
  '프린터 드라이버 설치가 안 돼',
];

export const NGRAM_WEIGHTS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
export const TOP_KS = [1, 2, 3, 4, 5];

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
  /** Score of the runner-up intent. */
  second: number;
  predicted: number;
  expected: number;
  text: string;
}

export function scoreQueries(search: IntentSearch, queries: Query[], topK: number, ngramWeight: number): Scored[] {
  return queries.map((q) => {
    const cos = search.rowCosines(q.embedding);
    const ng = ngramWeight > 0 ? search.rowNgrams(q.text) : null;
    const [best, second] = search.rankFromRows(cos, ng, { topK, ngramWeight, ...(q.exclude ? { excludeRows: q.exclude } : {}) });
    return { correct: best!.intent === q.intent, score: best!.score, second: second?.score ?? 0, predicted: best!.intent, expected: q.intent, text: q.text };
  });
}

export const accuracy = (s: Scored[]) => (s.length ? s.filter((x) => x.correct).length / s.length : 0);

export interface ConfigChoice {
  topK: number;
  ngramWeight: number;
  looAccuracy: number;
  table: Array<{ topK: number; ngramWeight: number; looAccuracy: number }>;
}

/** Leave-one-out over training examples for every k × n-gram weight. */
export function chooseConfig(search: IntentSearch, trainQueries: Query[]): ConfigChoice {
  const table: ConfigChoice['table'] = [];
  // Precompute row scores once per query; only aggregation and weighting vary.
  const pre = trainQueries.map((q) => ({ q, cos: search.rowCosines(q.embedding), ng: search.rowNgrams(q.text) }));
  for (const topK of TOP_KS) {
    // Aggregate each view once per k; only the blend weight varies below.
    const views = pre.map(({ q, cos, ng }) => ({
      q,
      cos: search.aggregate(cos, topK, q.exclude),
      ng: search.aggregate(ng, topK, q.exclude),
    }));
    for (const ngramWeight of NGRAM_WEIGHTS) {
      let ok = 0;
      for (const { q, cos, ng } of views) {
        let best = 0;
        let bestScore = -Infinity;
        for (let i = 0; i < cos.length; i++) {
          const s = (1 - ngramWeight) * cos[i]! + ngramWeight * ng[i]!;
          if (s > bestScore) {
            bestScore = s;
            best = i;
          }
        }
        if (best === q.intent) ok++;
      }
      table.push({ topK, ngramWeight, looAccuracy: ok / pre.length });
    }
  }
  const best = [...table].sort((a, b) => b.looAccuracy - a.looAccuracy || a.topK - b.topK || a.ngramWeight - b.ngramWeight)[0]!;
  return { ...best, table };
}

export interface ThresholdChoice {
  threshold: number;
  margin: number;
  target: number;
  /** Share of held-out utterances answered from an intent. */
  coverage: number;
  /** Share of those that get the right intent. */
  precision: number;
  /** Top-1 accuracy ignoring the threshold. */
  accuracy: number;
}

/** Answered by the rule score ≥ threshold and score − runner-up ≥ margin. */
export const answers = (s: Scored, threshold: number, margin: number) => s.score >= threshold && s.score - s.second >= margin;

/**
 * The (threshold, margin) pair that answers the most held-out utterances while at least `target`
 * of the answered ones get the right intent (at least 30 answered, for stability) and no
 * out-of-scope probe would be answered. Grid: threshold 0.10–0.60 by 0.01, margin 0–0.15 by 0.005.
 */
export function chooseThreshold(scored: Scored[], probes: Scored[] = [], target = TARGET_PRECISION): ThresholdChoice {
  let best: ThresholdChoice | null = null;
  for (let ti = 10; ti <= 60; ti++) {
    const threshold = ti / 100;
    for (let mi = 0; mi <= 30; mi++) {
      const margin = mi / 200;
      if (probes.some((p) => answers(p, threshold, margin))) continue;
      const above = scored.filter((s) => answers(s, threshold, margin));
      if (above.length < 30) continue;
      const precision = above.filter((s) => s.correct).length / above.length;
      const coverage = above.length / scored.length;
      if (precision >= target && (!best || coverage > best.coverage)) {
        best = { threshold, margin, target, coverage, precision, accuracy: accuracy(scored) };
      }
    }
  }
  return best ?? { threshold: 1, margin: 1, target, coverage: 0, precision: 1, accuracy: accuracy(scored) };
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

export interface SafetyChoice {
  k: number;
  /** For playful hits: the margin with the best 3-way leave-one-out accuracy on the exemplars. */
  margin: number;
  looAccuracy: number;
  /** For broad cues only: the smallest margin with at most one contrast exemplar flagged. */
  familyMargin: number;
  familyRecall: number;
  familyFalseAlarms: number;
  familyPositives: number;
  familyNegatives: number;
}

/**
 * Safety margins and k by leave-one-out on the exemplars (each exemplar is judged by all the
 * others). k ∈ {1, 3} is picked for the best recall of disclosures that only have a broad cue at
 * the family margin; ties go to k = 1.
 */
export function chooseSafetyMargin(index: DialogueIndex, exemplarTexts: string[]): SafetyChoice {
  if (exemplarTexts.length !== index.safetyLabels.length) throw new Error('one text per safety exemplar row is required');
  if (index.safetyLabels.length === 0) {
    return { k: 1, margin: 0, looAccuracy: 0, familyMargin: 0.1, familyRecall: 0, familyFalseAlarms: 0, familyPositives: 0, familyNegatives: 0 };
  }
  const familyOnly = exemplarTexts.map((t) => {
    const hits = ruleCheck(t).hits;
    return hits.length > 0 && hits.every((h) => h.level === 'family');
  });
  return chooseSafetyMarginWith(index, (i) => familyOnly[i] ?? false);
}

function chooseSafetyMarginWith(index: DialogueIndex, familyOnly: (i: number) => boolean): SafetyChoice {
  const { safetyVectors, safetyLabels, dim } = index;
  const n = safetyLabels.length;
  let best: SafetyChoice | null = null;
  for (const k of [1, 3]) {
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
    let margin = 0;
    let looAccuracy = -1;
    for (const g of [-0.04, -0.02, 0, 0.02, 0.04, 0.06, 0.08]) {
      const ok = margins.filter((m, i) => (m.m > g ? m.c : 'none') === safetyLabels[i]).length / n;
      if (ok > looAccuracy) {
        looAccuracy = ok;
        margin = g;
      }
    }
    const fam = [...Array(n).keys()].filter(familyOnly);
    const pos = fam.filter((i) => safetyLabels[i] !== 'none');
    const neg = fam.filter((i) => safetyLabels[i] === 'none');
    let familyMargin = 0.2;
    for (let g = 0; g <= 20; g++) {
      const t = g / 100;
      if (neg.filter((i) => margins[i]!.m > t).length <= 1) {
        familyMargin = t;
        break;
      }
    }
    const familyRecall = pos.filter((i) => margins[i]!.m > familyMargin).length;
    const familyFalseAlarms = neg.filter((i) => margins[i]!.m > familyMargin).length;
    const choice = { k, margin, looAccuracy, familyMargin, familyRecall, familyFalseAlarms, familyPositives: pos.length, familyNegatives: neg.length };
    if (!best || familyRecall > best.familyRecall) best = choice;
  }
  return best!;
}
