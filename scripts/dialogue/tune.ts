/**
 * Measuring and tuning retrieval, shared by build:dialogue-index and eval:dialogue.
 *
 * - The intent classifier is trained on the examples only (train-intents.ts).
 * - The threshold is tuned on the held-out split, as the issue asks: the probability floor and
 *   lead over the runner-up that answer the most held-out utterances while at least
 *   TARGET_PRECISION of the answered ones get the right intent. Below it the engine reflects and
 *   asks a follow-up, which is never wrong, only less specific; so a low threshold answers more
 *   turns and the precision floor keeps wrong answers rare (topic precision is reported too).
 */
import type { Encoder } from '../../src/ml/encoder';
import { meaningfulLength } from '../../src/ml/text';
import { detectSafety, exemplarMargin, ruleCheck, type SafetyModel } from '../../src/chat/safety';
import type { IntentSearch, RankOptions } from '../../src/chat/retrieval';
import type { DialogueIndex, IntentInfo, SafetyCategory } from '../../src/chat/types';
import type { LabelledLine, SafetyLabel } from './corpus';

/**
 * 97 %, not 90 % (until session 13): held-out lines are clean, in-scope questions, while real turns
 * in the middle of a story are short and often covered by no intent. At 90 % the tuned threshold
 * swung between 0.72 and 0.85 from one build to the next, and at 0.72 "옷 뭐 입고 가지" (the night
 * before a first day at work) was answered as "what are you, the bot, doing?" and "물가 때문에
 * 살기 힘들다" as a cold. A reflection and a follow-up are never that wrong.
 */
export const TARGET_PRECISION = 0.97;

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

export function scoreQueries(search: IntentSearch, queries: Query[], opts: RankOptions = {}): Scored[] {
  return queries.map((q) => {
    // The engine never answers a turn without a letter or digit from an intent (src/chat/engine.ts).
    if (meaningfulLength(q.text) === 0) return { correct: q.intent === -1, score: 0, second: 0, predicted: -1, expected: q.intent, text: q.text };
    const [best, second] = search.rank(q.embedding, q.text, opts);
    return { correct: best!.intent === q.intent, score: best!.score, second: second?.score ?? 0, predicted: best!.intent, expected: q.intent, text: q.text };
  });
}

/**
 * The probes a threshold must leave unanswered: all but those whose best intent declines
 * (action out_of_scope: "그건 제가 찾아 드릴 수 없는 정보예요…"), which is the right answer to them.
 */
export function probesToAvoid(probes: Scored[], intents: readonly IntentInfo[]): Scored[] {
  return probes.filter((p) => intents[p.predicted]?.action !== 'out_of_scope');
}

export const accuracy = (s: Scored[]) => (s.length ? s.filter((x) => x.correct).length / s.length : 0);

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
 * out-of-scope probe would be answered. Grid: threshold 0.05–0.99 by 0.01, margin 0–0.50 by 0.01
 * (0.99: the classifier's probabilities are peaked, and a probe that shares one telling n-gram with
 * an intent, such as 태어났어 with a new baby, can reach 0.98).
 */
export function chooseThreshold(scored: Scored[], probes: Scored[] = [], target = TARGET_PRECISION): ThresholdChoice {
  let best: ThresholdChoice | null = null;
  for (let ti = 5; ti <= 99; ti++) {
    const threshold = ti / 100;
    for (let mi = 0; mi <= 50; mi++) {
      const margin = mi / 100;
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
