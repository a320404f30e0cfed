/**
 * Held-out intent accuracy with the shipped model and the committed index.
 * The target is ≥ 90 %; see npm run eval:dialogue for the current figure. The hard
 * assertion here is a regression floor a few points under it; the target itself is asserted
 * only when CHAT_TARGETS=1 (npm run eval:dialogue -- --check checks it too).
 */
import { describe, expect, it } from 'vitest';
import { loadNodeEncoder } from '../../src/ml/node';
import { loadDialogueIndexFile } from '../../src/chat/node';
import { IntentSearch } from '../../src/chat/retrieval';
import { loadCorpus } from '../../scripts/dialogue/corpus';
import { accuracy, answers, embedAll, scoreQueries, type Scored } from '../../scripts/dialogue/tune';
import { realModelPresent, REAL_INDEX, SKIP_REAL } from './helpers';

export const ACCURACY_TARGET = 0.9;
export const ACCURACY_FLOOR = 0.86;

describe.skipIf(!realModelPresent())('intent retrieval (trained model)', () => {
  let scored: Scored[] = [];
  let acc = 0;

  it(`stays at or above the regression floor (${ACCURACY_FLOOR * 100} %) on the held-out utterances`, async () => {
    const index = await loadDialogueIndexFile(REAL_INDEX);
    const encoder = await loadNodeEncoder();
    const corpus = loadCorpus();
    const ids = new Map(index.intents.map((it, i) => [it.id, i]));
    const held = corpus.intents.flatMap((it) => it.heldout.map((text) => ({ text, intent: ids.get(it.id)! })));
    const vecs = await embedAll(encoder, held.map((h) => h.text));
    await encoder.dispose();
    scored = scoreQueries(new IntentSearch(index), held.map((h, i) => ({ ...h, embedding: vecs[i]! })));
    acc = accuracy(scored);
    const { threshold, margin } = index.settings;
    const answered = scored.filter((s) => answers(s, threshold, margin));
    console.log(
      `held-out intent accuracy ${(100 * acc).toFixed(1)}% of ${scored.length} (target ${ACCURACY_TARGET * 100}%); ` +
        `threshold ${threshold} + margin ${margin}: ${((100 * answered.length) / scored.length).toFixed(1)}% answered, ` +
        `${((100 * answered.filter((s) => s.correct).length) / Math.max(1, answered.length)).toFixed(1)}% of them right`,
    );
    expect(acc).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
  }, 300_000);

  it.runIf(process.env.CHAT_TARGETS === '1')(`meets the issue's target: ≥ ${ACCURACY_TARGET * 100} % top-1`, () => {
    expect(acc).toBeGreaterThanOrEqual(ACCURACY_TARGET);
  });
});

if (!realModelPresent()) console.log(`held-out accuracy test ${SKIP_REAL}`);
