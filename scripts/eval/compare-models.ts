/**
 * npx tsx scripts/eval/compare-models.ts DIR_A DIR_B [--n N]
 *
 * Do two exports compute the same thing? Runs both (q8, then fp32) on the first N sentences of
 * the dev split through the app's Encoder and prints the largest difference in any emotion
 * probability and any embedding value, and how many labels differ. A graph rewrite that claims
 * to change nothing (scripts/train/simplify_graph.py) shows 0 / 0 / 0 here.
 */
import { loadNodeEncoder } from '../../src/ml/node';
import { EMOTIONS } from '../../src/ml/emotions';
import { numberFlag, parseArgs } from '../lib/args';
import { loadEmotionSplit } from './datasets';

const { rest: positional, flags } = parseArgs(process.argv.slice(2));
const [dirA, dirB] = positional;
if (!dirA || !dirB) {
  console.error('usage: tsx scripts/eval/compare-models.ts DIR_A DIR_B [--n N]');
  process.exit(2);
}
const texts = loadEmotionSplit('dev').slice(0, numberFlag(flags, 'n', 1000)).map((x) => x.text);
for (const dtype of ['q8', 'fp32'] as const) {
  const [a, b] = [await loadNodeEncoder({ dir: dirA, dtype }), await loadNodeEncoder({ dir: dirB, dtype })];
  const [ra, rb] = [await a.analyze(texts), await b.analyze(texts)];
  let maxProb = 0;
  let maxEmb = 0;
  let labels = 0;
  ra.forEach((x, i) => {
    const y = rb[i]!;
    for (const id of EMOTIONS) maxProb = Math.max(maxProb, Math.abs(x.emotions[id] - y.emotions[id]));
    x.embedding.forEach((v, j) => (maxEmb = Math.max(maxEmb, Math.abs(v - (y.embedding[j] ?? NaN)))));
    if (x.label !== y.label) labels++;
  });
  console.log(`${dtype}: ${texts.length} sentences, max |Δ probability| ${maxProb}, max |Δ embedding| ${maxEmb}, labels differing ${labels}`);
  await Promise.all([a.dispose(), b.dispose()]);
}
