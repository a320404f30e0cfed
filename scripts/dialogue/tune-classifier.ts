/**
 * npm run tune:intent-classifier — compares training settings of the intent classifier on a
 * split of the EXAMPLES only (about 10 % held back by a hash of the text; the held-out
 * utterances are not read), to choose DEFAULT_TRAIN in train-intents.ts.
 */
import { loadNodeEncoder } from '../../src/ml/node';
import { encodeDialogueIndex, parseDialogueIndex } from '../../src/chat/index-format';
import { IntentSearch } from '../../src/chat/retrieval';
import { hashString } from '../../src/shared/seeded';
import { loadCorpus } from './corpus';
import { accuracy, embedAll, scoreQueries } from './tune';
import { DEFAULT_TRAIN, trainIntentModel, type TrainOptions } from './train-intents';

async function main(): Promise<void> {
  const corpus = loadCorpus();
  const text: string[] = [];
  const label: number[] = [];
  corpus.intents.forEach((it, i) => it.examples.forEach((e) => (text.push(e), label.push(i))));
  const encoder = await loadNodeEncoder();
  const vecs = await embedAll(encoder, text);
  await encoder.dispose();
  const fold = (t: string) => hashString(`sanity:${t}`) % 10 === 0;
  const tr = text.map((_, i) => i).filter((i) => !fold(text[i]!));
  const te = text.map((_, i) => i).filter((i) => fold(text[i]!));
  const grid: TrainOptions[] = [
    DEFAULT_TRAIN,
    { ...DEFAULT_TRAIN, lr: 0.8 },
    { ...DEFAULT_TRAIN, lr: 4 },
    { ...DEFAULT_TRAIN, lr: 16 },
    { ...DEFAULT_TRAIN, epochs: 12 },
    { ...DEFAULT_TRAIN, epochs: 40 },
    { ...DEFAULT_TRAIN, l2: 1e-5 },
    { ...DEFAULT_TRAIN, average: 6 },
    { ...DEFAULT_TRAIN, average: 12 },
    { ...DEFAULT_TRAIN, epochs: 40, average: 20 },
    { ...DEFAULT_TRAIN, seeds: 1 },
    { ...DEFAULT_TRAIN, seeds: 3 },
  ];
  // --only N,M: just those rows of the grid (0 is DEFAULT_TRAIN).
  const only = process.argv.indexOf('--only');
  const rows = only > 0 ? (process.argv[only + 1] ?? '').split(',').map(Number) : grid.map((_, i) => i);
  for (const opts of rows.map((r) => grid[r]!)) {
    const t0 = Date.now();
    const m = trainIntentModel(tr.map((i) => text[i]!), tr.map((i) => label[i]!), tr.map((i) => vecs[i]!), corpus.intents.length, opts);
    const built = encodeDialogueIndex({
      modelVersion: 'tune', dim: vecs[0]!.length, settings: { threshold: 0.5, margin: 0, safetyMargin: 0, note: '' },
      intents: corpus.intents.map(({ id, kind, action, topic, emotion, replies }) => ({ id, kind, ...(action ? { action } : {}), topic, emotion, replies })),
      followups: corpus.followups, reflections: corpus.reflections, safetyReplies: corpus.safetyReplies,
      vectors: m.centroids, intentModel: m.model, examples: tr.length, safetyVectors: new Float32Array(), safetyLabels: [],
    });
    const search = new IntentSearch(parseDialogueIndex(built.json, built.bin));
    const acc = accuracy(scoreQueries(search, te.map((i) => ({ text: text[i]!, embedding: vecs[i]!, intent: label[i]! }))));
    console.log(`${JSON.stringify(opts)}: ${(100 * acc).toFixed(1)}% on ${te.length} examples (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
