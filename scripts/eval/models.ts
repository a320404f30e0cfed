/**
 * npm run eval:models — every figure in models/MODEL_CARD.md comes from this script.
 *
 * For maum-mini (q8, the shipped default, and fp32) and for the char n-gram TF-IDF baseline:
 * emotion accuracy and macro-F1 on the project's dev split and on the held-out 20 % of KOTE,
 * accuracy over the six non-neutral emotions on the dev split, KorSTS dev Spearman, and
 * q8/fp32 agreement. Writes models/maum-mini/metrics.json and prints a Markdown table.
 * Also the blunt-event probe (data/eval/blunt_events.tsv): short statements of what happened,
 * which the app hears first in a chat; how many emotional ones a system reads as neutral. And the
 * negation probe (data/eval/negation_probe.tsv): lines whose surface words point to another
 * emotion than the one meant ("학점이 너무 안 좋아요" is not joy); and the short negation probe
 * (data/eval/negation_short_probe.tsv, written apart in session 23): everyday lines in which a
 * feeling word is negated ("기분이 별로 안 좋아"); for each probe, how many lines that are not joy a
 * system reads as joy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Encoder } from '../../src/ml/encoder';
import { EMOTIONS } from '../../src/ml/emotions';
import { loadNodeEncoder, MODELS_DIR } from '../../src/ml/node';
import { parseArgs, stringFlag } from '../lib/args';
import { loadEmotionSplit, loadKorSts, loadKote, loadProbe, sharedAvailable, type Labelled, type StsPair } from './datasets';
import { accuracy, cosine, macroF1, spearman } from './metrics';
import { LogisticRegression, TfIdf, sparseCosine } from './tfidf';

interface EmotionScores {
  accuracy: number;
  macroF1: number;
  accuracyNonNeutral: number;
}

function scoreEmotions(items: Labelled[], pred: number[]): EmotionScores {
  const gold = items.map((x) => x.label);
  // Six-way accuracy: neutral examples removed, and the argmax taken over the six others.
  const nn = items.map((x, i) => [x.label, pred[i]!] as const).filter(([g]) => g !== 6);
  return {
    accuracy: accuracy(gold, pred),
    macroF1: macroF1(gold, pred),
    accuracyNonNeutral: accuracy(
      nn.map(([g]) => g),
      nn.map(([, p]) => p),
    ),
  };
}

async function modelPredictions(enc: Encoder, texts: string[]) {
  const res = await enc.analyze(texts);
  const probs = res.map((r) => EMOTIONS.map((e) => r.emotions[e]));
  return {
    pred: probs.map((p) => p.indexOf(Math.max(...p))),
    predNonNeutral: probs.map((p) => {
      const six = p.slice(0, 6);
      return six.indexOf(Math.max(...six));
    }),
    embeddings: res.map((r) => r.embedding),
  };
}

/** The embedding's parts as config.json declares them: [encoder part, character sketch] lengths. */
function embeddingParts(dir: string): { encoder: number; sketch: number } | null {
  const cfg = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8')) as {
    embedding_parts?: { encoder: number; char_sketch: number };
  };
  return cfg.embedding_parts ? { encoder: cfg.embedding_parts.encoder, sketch: cfg.embedding_parts.char_sketch } : null;
}

async function evalModel(enc: Encoder, dev: Labelled[], kote: Labelled[], sts: StsPair[], parts: ReturnType<typeof embeddingParts>) {
  const d = await modelPredictions(enc, dev.map((x) => x.text));
  const k = await modelPredictions(enc, kote.map((x) => x.text));
  const a = await enc.analyze(sts.map((p) => p.a));
  const b = await enc.analyze(sts.map((p) => p.b));
  const devScores = scoreEmotions(dev, d.pred);
  const nn = dev.map((x, i) => [x.label, d.predNonNeutral[i]!] as const).filter(([g]) => g !== 6);
  devScores.accuracyNonNeutral = accuracy(nn.map(([g]) => g), nn.map(([, p]) => p));
  const stsOf = (from: number, to: number) =>
    spearman(
      sts.map((p) => p.score),
      sts.map((_, i) => cosine(a[i]!.embedding.subarray(from, to), b[i]!.embedding.subarray(from, to))),
    );
  return {
    dev: devScores,
    kote: scoreEmotions(kote, k.pred),
    korstsSpearman: stsOf(0, a[0]!.embedding.length),
    // Each part alone (cosine re-normalises it): how much of the figure is meaning, how much overlap.
    korstsByPart: parts && {
      encoder: stsOf(0, parts.encoder),
      charSketch: stsOf(parts.encoder, parts.encoder + parts.sketch),
    },
    devPred: d.pred,
    kotePred: k.pred,
    devEmb: d.embeddings,
  };
}

function evalBaseline(train: Labelled[], dev: Labelled[], kote: Labelled[], stsTrain: StsPair[], sts: StsPair[]) {
  const tfidf = new TfIdf().fit(train.map((x) => x.text));
  const lr = new LogisticRegression(tfidf.size, 7).fit(
    train.map((x) => tfidf.transform(x.text)),
    train.map((x) => x.label),
  );
  const predict = (items: Labelled[]) => items.map((x) => lr.predict(tfidf.transform(x.text)));
  const devPred = predict(dev);
  const devScores = scoreEmotions(dev, devPred);
  const nn = dev.filter((x) => x.label !== 6);
  devScores.accuracyNonNeutral = accuracy(
    nn.map((x) => x.label),
    nn.map((x) => {
      const p = lr.predictProba(tfidf.transform(x.text)).slice(0, 6);
      return p.indexOf(Math.max(...p));
    }),
  );
  const stsVec = new TfIdf().fit(stsTrain.flatMap((p) => [p.a, p.b]));
  return {
    predict,
    devPred,
    kotePred: predict(kote),
    dev: devScores,
    kote: scoreEmotions(kote, predict(kote)),
    korstsSpearman: spearman(
      sts.map((p) => p.score),
      sts.map((p) => sparseCosine(stsVec.transform(p.a), stsVec.transform(p.b))),
    ),
  };
}

const pct = (x: number) => (100 * x).toFixed(1);

/**
 * Paired bootstrap (1,000 resamples of the items, fixed seed) of a score difference between two
 * systems' predictions: the 2.5th and 97.5th percentiles. Tells a lead from noise: on KOTE's 952
 * items macro-F1 swings by a point when unrelated training data changes.
 */
function bootstrapDiff(gold: number[], a: number[], b: number[], score: (g: number[], p: number[]) => number): [number, number] {
  let seed = 0x5eed;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const diffs: number[] = [];
  for (let r = 0; r < 1000; r++) {
    const idx = gold.map(() => Math.floor(rand() * gold.length));
    const g = idx.map((i) => gold[i]!);
    diffs.push(score(g, idx.map((i) => a[i]!)) - score(g, idx.map((i) => b[i]!)));
  }
  diffs.sort((x, y) => x - y);
  return [diffs[24]!, diffs[974]!];
}

async function main(): Promise<void> {
  if (!sharedAvailable()) throw new Error('../shared/data not found (set SHARED_DATA to its path)');
  const dev = loadEmotionSplit('dev');
  const train = loadEmotionSplit('train');
  const koteTrain = loadKote('train');
  const kote = loadKote('eval');
  const stsTrain = loadKorSts('train');
  const sts = loadKorSts('dev');
  const t0 = Date.now();
  const dir = stringFlag(parseArgs(process.argv.slice(2)).flags, 'model') ?? path.join(MODELS_DIR, 'maum-mini');
  const q8 = await loadNodeEncoder({ dir, dtype: 'q8' });
  const fp32 = await loadNodeEncoder({ dir, dtype: 'fp32' });
  const parts = embeddingParts(dir);
  const mq = await evalModel(q8, dev, kote, sts, parts);
  const mf = await evalModel(fp32, dev, kote, sts, parts);
  const agreement = accuracy(mf.devPred, mq.devPred);
  const meanCos = mq.devEmb.reduce((s, e, i) => s + cosine(e, mf.devEmb[i]!), 0) / mq.devEmb.length;
  const base = evalBaseline([...train, ...koteTrain], dev, kote, stsTrain, sts);
  const probeScores = (probe: Labelled[], pred: number[]) => ({
    n: probe.length,
    accuracy: accuracy(probe.map((x) => x.label), pred),
    emotional: probe.filter((x) => x.label !== 6).length,
    emotionalReadAsNeutral: probe.filter((x, i) => x.label !== 6 && pred[i] === 6).length,
    notJoy: probe.filter((x) => x.label !== 0).length,
    notJoyReadAsJoy: probe.filter((x, i) => x.label !== 0 && pred[i] === 0).length,
  });
  const probeOf = async (file: string) => {
    const probe = loadProbe(file);
    return {
      q8: probeScores(probe, (await modelPredictions(q8, probe.map((x) => x.text))).pred),
      baseline: probeScores(probe, base.predict(probe)),
    };
  };
  const blunt = await probeOf('blunt_events.tsv');
  const negation = await probeOf('negation_probe.tsv');
  const shortNegation = await probeOf('negation_short_probe.tsv');
  const gold = (items: Labelled[]) => items.map((x) => x.label);
  const lead = {
    devAccuracy: bootstrapDiff(gold(dev), mq.devPred, base.devPred, accuracy),
    devMacroF1: bootstrapDiff(gold(dev), mq.devPred, base.devPred, macroF1),
    koteAccuracy: bootstrapDiff(gold(kote), mq.kotePred, base.kotePred, accuracy),
    koteMacroF1: bootstrapDiff(gold(kote), mq.kotePred, base.kotePred, macroF1),
  };
  const strip = (m: typeof mq) => ({ dev: m.dev, kote: m.kote, korstsSpearman: m.korstsSpearman, korstsByPart: m.korstsByPart });
  const result = {
    model: q8.info,
    sizes: { dev: dev.length, koteEval: kote.length, korstsDev: sts.length },
    q8: strip(mq),
    fp32: strip(mf),
    baseline: { dev: base.dev, kote: base.kote, korstsSpearman: base.korstsSpearman },
    q8VsFp32: { argmaxAgreement: agreement, meanEmbeddingCosine: meanCos },
    leadOverBaseline95: lead,
    bluntEvents: blunt,
    negation,
    shortNegation,
    seconds: Math.round((Date.now() - t0) / 1000),
  };
  writeFileSync(path.join(dir, 'metrics.json'), JSON.stringify(result, null, 2) + '\n');
  const row = (name: string, m: Pick<typeof base, 'dev' | 'kote' | 'korstsSpearman'>) =>
    `| ${name} | ${pct(m.dev.accuracy)} | ${pct(m.dev.macroF1)} | ${pct(m.dev.accuracyNonNeutral)} | ${pct(m.kote.accuracy)} | ${pct(m.kote.macroF1)} | ${m.korstsSpearman.toFixed(3)} |`;
  console.log(`maum-mini ${q8.info.version} — dev n=${dev.length}, KOTE eval n=${kote.length}, KorSTS dev n=${sts.length}\n`);
  console.log('| system | dev acc % | dev macro-F1 % | dev 6-way acc % | KOTE acc % | KOTE macro-F1 % | KorSTS dev Spearman |');
  console.log('|---|---|---|---|---|---|---|');
  console.log(row('maum-mini q8 (shipped)', mq));
  console.log(row('maum-mini fp32', mf));
  console.log(row('char n-gram TF-IDF baseline', base));
  if (mq.korstsByPart) {
    const { encoder, charSketch } = mq.korstsByPart;
    console.log(`\nKorSTS dev by embedding part (q8): encoder part ${encoder.toFixed(3)}, character sketch ${charSketch.toFixed(3)}, both (shipped) ${mq.korstsSpearman.toFixed(3)}`);
  }
  const interval = ([lo, hi]: [number, number]) => `${(100 * lo).toFixed(1)} to ${(100 * hi).toFixed(1)}`;
  console.log(
    `\nq8 minus baseline, 95 % paired bootstrap interval (points): dev accuracy ${interval(lead.devAccuracy)}, ` +
      `dev macro-F1 ${interval(lead.devMacroF1)}, KOTE accuracy ${interval(lead.koteAccuracy)}, KOTE macro-F1 ${interval(lead.koteMacroF1)}`,
  );
  console.log(`\nq8 vs fp32 on dev: argmax agreement ${pct(agreement)} %, mean embedding cosine ${meanCos.toFixed(4)}`);
  const probeLine = (name: string, p: typeof blunt.q8) =>
    `  ${name}: accuracy ${pct(p.accuracy)} %, emotional lines read as neutral ${p.emotionalReadAsNeutral} of ${p.emotional}, ` +
    `other lines read as joy ${p.notJoyReadAsJoy} of ${p.notJoy}`;
  console.log(`\nblunt event statements (data/eval/blunt_events.tsv, n=${blunt.q8.n}):`);
  console.log(probeLine('maum-mini q8', blunt.q8));
  console.log(probeLine('baseline', blunt.baseline));
  console.log(`\nnegation and contrast (data/eval/negation_probe.tsv, n=${negation.q8.n}):`);
  console.log(probeLine('maum-mini q8', negation.q8));
  console.log(probeLine('baseline', negation.baseline));
  console.log(`\nshort negated feelings (data/eval/negation_short_probe.tsv, n=${shortNegation.q8.n}):`);
  console.log(probeLine('maum-mini q8', shortNegation.q8));
  console.log(probeLine('baseline', shortNegation.baseline));
  await q8.dispose();
  await fp32.dispose();
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
