/**
 * npm run build:dialogue-index [-- --model DIR] [--out FILE.json] [--dtype q8|fp32]
 *
 * Embeds every example utterance of data/dialogue/intents/*.json and every safety exemplar
 * (data/dialogue/safety/exemplars.tsv) with the shipped encoder and writes the compact index
 * data/dialogue-index.json + .bin (int8 vectors, intent ids, hashed n-grams; no utterance text),
 * stamped with the model's version. Retrieval settings are tuned on the way (see tune.ts):
 * aggregation and n-gram weight by leave-one-out on the examples, the threshold on the held-out
 * split (held-out utterances are embedded for that only; they never enter the index).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadNodeEncoder, REPO_ROOT } from '../../src/ml/node';
import { encodeDialogueIndex, parseDialogueIndex, type IndexBuildInput } from '../../src/chat/index-format';
import { ngramBuckets } from '../../src/chat/ngram';
import { IntentSearch } from '../../src/chat/retrieval';
import type { DialogueIndex, RetrievalSettings } from '../../src/chat/types';
import { parseArgs, stringFlag } from '../lib/args';
import { loadCorpus, loadSafetyExemplars } from './corpus';
import { chooseConfig, chooseSafetyMargin, chooseThreshold, embedAll, OUT_OF_SCOPE, scoreQueries, TARGET_PRECISION, type Query } from './tune';

const log = (msg: string) => process.stderr.write(`${msg}\n`);

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

  const input: IndexBuildInput = {
    modelVersion: encoder.info.version,
    dim,
    settings: { threshold: 0.5, topK: 1, margin: 0, ngramWeight: 0, safetyMargin: 0, note: '' },
    intents: corpus.intents.map(({ id, kind, action, topic, emotion, replies }) => ({ id, kind, ...(action ? { action } : {}), topic, emotion, replies })),
    followups: corpus.followups,
    reflections: corpus.reflections,
    safetyReplies: corpus.safetyReplies,
    vectors: flatten(rowVecs, dim),
    rowIntent,
    safetyVectors: flatten(safetyVecs, dim),
    safetyLabels: exemplars.map((e) => e.label),
    ngrams: rowText.map(ngramBuckets),
  };
  await encoder.dispose();

  // Tune on the quantised vectors exactly as shipped.
  const draft = encodeDialogueIndex(input);
  const index: DialogueIndex = parseDialogueIndex(draft.json, draft.bin);
  const search = new IntentSearch(index);
  const train: Query[] = rowText.map((text, r) => ({ text, embedding: index.vectors.subarray(r * dim, (r + 1) * dim), intent: rowIntent[r]!, exclude: new Set([r]) }));
  const config = chooseConfig(search, train);
  log(`leave-one-out on examples: ${config.table.map((t) => `k${t.topK}/w${t.ngramWeight}=${(100 * t.looAccuracy).toFixed(1)}%`).join(' ')}`);
  const held = scoreQueries(
    search,
    heldText.map((text, i) => ({ text, embedding: heldVecs[i]!, intent: heldIntent[i]! })),
    config.topK,
    config.ngramWeight,
  );
  const probes = scoreQueries(
    search,
    OUT_OF_SCOPE.map((text, i) => ({ text, embedding: probeVecs[i]!, intent: -1 })),
    config.topK,
    config.ngramWeight,
  );
  const th = chooseThreshold(held, probes);
  const safety = chooseSafetyMargin(index, exemplars.map((e) => e.text));
  const settings: RetrievalSettings = {
    threshold: th.threshold,
    margin: th.margin,
    topK: config.topK,
    ngramWeight: config.ngramWeight,
    safetyMargin: safety.margin,
    safetyK: safety.k,
    safetyFamilyMargin: safety.familyMargin,
    note:
      `topK=${config.topK}, ngramWeight=${config.ngramWeight} by leave-one-out on examples (${(100 * config.looAccuracy).toFixed(1)}%); ` +
      `threshold=${th.threshold}, margin=${th.margin}: the score floor and lead over the runner-up intent that answer the most held-out utterances ` +
      `while ≥${TARGET_PRECISION * 100}% of the answered ones get the right intent and no out-of-scope probe is answered ` +
      `(held-out: ${(100 * th.coverage).toFixed(1)}% answered, ${(100 * th.precision).toFixed(1)}% of them right; top-1 ${(100 * th.accuracy).toFixed(1)}%); ` +
      `safety: k=${safety.k}, margin=${safety.margin} (playful hits; best 3-way leave-one-out accuracy on the exemplars, ${(100 * safety.looAccuracy).toFixed(1)}%), ` +
      `familyMargin=${safety.familyMargin} (broad cues only: smallest margin flagging at most one of ${safety.familyNegatives} contrast exemplars in leave-one-out; ` +
      `${safety.familyRecall}/${safety.familyPositives} such disclosure exemplars caught, ${safety.familyFalseAlarms} false)`,
  };
  const final = encodeDialogueIndex({ ...input, settings });
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
