/**
 * npm run build:dialogue-index [-- --model DIR] [--out FILE.json] [--dtype q8|fp32]
 *
 * Embeds every example utterance of data/dialogue/intents/*.json and every safety exemplar
 * (data/dialogue/safety/exemplars.tsv) with the shipped encoder, trains the intent classifier
 * (train-intents.ts) on the examples, and writes the compact index data/dialogue-index.json + .bin
 * (intent centroids, classifier weights, safety exemplar vectors; no utterance text), stamped with
 * the model's version. The threshold and margin are tuned on the held-out split (see tune.ts);
 * held-out utterances are embedded for that only and never train anything.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadNodeEncoder, REPO_ROOT } from '../../src/ml/node';
import { encodeDialogueIndex, parseDialogueIndex } from '../../src/chat/index-format';
import { IntentSearch } from '../../src/chat/retrieval';
import { hashString } from '../../src/shared/seeded';
import type { RetrievalSettings } from '../../src/chat/types';
import { parseArgs, stringFlag } from '../lib/args';
import { loadCorpus, loadSafetyExemplars } from './corpus';
import { accuracy, chooseSafetyMargin, chooseThreshold, embedAll, OUT_OF_SCOPE, probesToAvoid, scoreQueries, TARGET_PRECISION } from './tune';
import { DEFAULT_TRAIN, trainIntentModel } from './train-intents';

const log = (msg: string) => process.stderr.write(`${msg}\n`);

/** Sanity split of the EXAMPLES (not the held-out set): about 10 % by a hash of the text. */
const sanityFold = (text: string) => hashString(`sanity:${text}`) % 10 === 0;

function flatten(vectors: Float32Array[], dim: number): Float32Array {
  const out = new Float32Array(vectors.length * dim);
  vectors.forEach((v, i) => out.set(v, i * dim));
  return out;
}

async function main(): Promise<void> {
  const { flags } = parseArgs(process.argv.slice(2));
  const modelDir = stringFlag(flags, 'model');
  const out = path.resolve(stringFlag(flags, 'out') ?? path.join(REPO_ROOT, 'data', 'dialogue-index.json'));
  const dtype = stringFlag(flags, 'dtype') === 'fp32' ? 'fp32' : 'q8';
  const started = Date.now();

  const corpus = loadCorpus();
  const exemplars = loadSafetyExemplars();
  const encoder = await loadNodeEncoder({ ...(modelDir ? { dir: path.resolve(modelDir) } : {}), dtype });
  const dim = encoder.info.embeddingDim;
  log(`model ${encoder.info.modelId} ${encoder.info.version} (${dtype}, dim ${dim}); ${corpus.intents.length} intents`);

  const rowText: string[] = [];
  const rowIntent: number[] = [];
  corpus.intents.forEach((it, i) =>
    it.examples.forEach((e) => {
      rowText.push(e);
      rowIntent.push(i);
    }),
  );
  const heldText: string[] = [];
  const heldIntent: number[] = [];
  corpus.intents.forEach((it, i) =>
    it.heldout.forEach((h) => {
      heldText.push(h);
      heldIntent.push(i);
    }),
  );
  log(`embedding ${rowText.length} examples, ${exemplars.length} safety exemplars, ${heldText.length} held-out (tuning only)…`);
  const rowVecs = await embedAll(encoder, rowText);
  const safetyVecs = await embedAll(encoder, exemplars.map((e) => e.text));
  const heldVecs = await embedAll(encoder, heldText);
  const probeVecs = await embedAll(encoder, OUT_OF_SCOPE);
  if (rowVecs[0]?.length !== dim) throw new Error(`encoder returned ${rowVecs[0]?.length} dimensions, config says ${dim}`);

  const intents = corpus.intents.map(({ id, kind, action, topic, emotion, replies }) => ({ id, kind, ...(action ? { action } : {}), topic, emotion, replies }));
  const base = {
    modelVersion: encoder.info.version,
    dim,
    intents,
    followups: corpus.followups,
    reflections: corpus.reflections,
    safetyReplies: corpus.safetyReplies,
    safetyVectors: flatten(safetyVecs, dim),
    safetyLabels: exemplars.map((e) => e.label),
    examples: rowText.length,
  };
  const draftSettings: RetrievalSettings = { threshold: 0.5, margin: 0, safetyMargin: 0, note: '' };
  await encoder.dispose();
  const build = (idx: number[]) => {
    const t0 = Date.now();
    const trained = trainIntentModel(idx.map((i) => rowText[i]!), idx.map((i) => rowIntent[i]!), idx.map((i) => rowVecs[i]!), intents.length);
    const draft = encodeDialogueIndex({ ...base, settings: draftSettings, vectors: trained.centroids, intentModel: trained.model });
    return { index: parseDialogueIndex(draft.json, draft.bin), seconds: (Date.now() - t0) / 1000 };
  };

  // Sanity check on a split of the examples only (the held-out set stays untouched by choices).
  const all = rowText.map((_, i) => i);
  const fold = all.filter((i) => sanityFold(rowText[i]!));
  const sanity = build(all.filter((i) => !sanityFold(rowText[i]!)));
  const sanityAcc = accuracy(scoreQueries(new IntentSearch(sanity.index), fold.map((i) => ({ text: rowText[i]!, embedding: rowVecs[i]!, intent: rowIntent[i]! }))));
  log(`sanity: trained on ${all.length - fold.length} examples, ${(100 * sanityAcc).toFixed(1)}% right on the other ${fold.length} examples`);

  // The shipped classifier: all examples; scored exactly as shipped (quantised weights).
  const { index, seconds } = build(all);
  log(`intent classifier: ${index.intentModel.features.length} n-gram features, ${index.intentModel.pairIntent.length} weights, cos weight ${index.intentModel.cosWeight.toFixed(2)}, trained in ${seconds.toFixed(1)} s`);
  const search = new IntentSearch(index);
  const held = scoreQueries(search, heldText.map((text, i) => ({ text, embedding: heldVecs[i]!, intent: heldIntent[i]! })));
  const probes = scoreQueries(search, OUT_OF_SCOPE.map((text, i) => ({ text, embedding: probeVecs[i]!, intent: -1 })));
  const th = chooseThreshold(held, probesToAvoid(probes, index.intents));
  const safety = chooseSafetyMargin(index, exemplars.map((e) => e.text));
  const settings: RetrievalSettings = {
    threshold: th.threshold,
    margin: th.margin,
    safetyMargin: safety.margin,
    safetyK: safety.k,
    safetyFamilyMargin: safety.familyMargin,
    note:
      `intent classifier (epochs ${DEFAULT_TRAIN.epochs}, lr ${DEFAULT_TRAIN.lr}, l2 ${DEFAULT_TRAIN.l2}, ${DEFAULT_TRAIN.seeds ?? 1} seeds averaged; ${(100 * sanityAcc).toFixed(1)}% on a 10% split of the examples); ` +
      `threshold=${th.threshold}, margin=${th.margin}: the probability floor and lead over the runner-up intent that answer the most held-out utterances ` +
      `while ≥${TARGET_PRECISION * 100}% of the answered ones get the right intent and no out-of-scope probe is answered from a topic intent ` +
      `(held-out: ${(100 * th.coverage).toFixed(1)}% answered, ${(100 * th.precision).toFixed(1)}% of them right; top-1 ${(100 * th.accuracy).toFixed(1)}%); ` +
      `safety: k=${safety.k}, margin=${safety.margin} (playful hits; best 3-way leave-one-out accuracy on the exemplars, ${(100 * safety.looAccuracy).toFixed(1)}%), ` +
      `familyMargin=${safety.familyMargin} (broad cues only: smallest margin flagging at most one of ${safety.familyNegatives} contrast exemplars in leave-one-out; ` +
      `${safety.familyRecall}/${safety.familyPositives} such disclosure exemplars caught, ${safety.familyFalseAlarms} false)`,
  };
  const final = encodeDialogueIndex({ ...base, settings, vectors: index.vectors, intentModel: index.intentModel });
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, JSON.stringify(final.json) + '\n');
  await writeFile(out.replace(/\.json$/u, '.bin'), final.bin);
  log(settings.note);
  log(`wrote ${path.relative(process.cwd(), out)} (+ .bin, ${(final.bin.length / 1024).toFixed(0)} KiB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err) => {
  console.error(`build:dialogue-index: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
