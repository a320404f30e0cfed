/** Held-out intent accuracy with the shipped model and the committed index (target ≥ 90 %). */
import { describe, expect, it } from 'vitest';
import { loadNodeEncoder } from '../../src/ml/node';
import { loadDialogueIndexFile } from '../../src/chat/node';
import { IntentSearch } from '../../src/chat/retrieval';
import { loadCorpus } from '../../scripts/dialogue/corpus';
import { accuracy, embedAll, scoreQueries } from '../../scripts/dialogue/tune';
import { realModelPresent, REAL_INDEX, SKIP_REAL } from './helpers';

describe.skipIf(!realModelPresent())('intent retrieval (trained model)', () => {
  it('gets at least 90 % of the held-out utterances right (top-1 intent)', async () => {
    const index = await loadDialogueIndexFile(REAL_INDEX);
    const encoder = await loadNodeEncoder();
    const corpus = loadCorpus();
    const ids = new Map(index.intents.map((it, i) => [it.id, i]));
    const held = corpus.intents.flatMap((it) => it.heldout.map((text) => ({ text, intent: ids.get(it.id)! })));
    const vecs = await embedAll(encoder, held.map((h) => h.text));
    await encoder.dispose();
    const scored = scoreQueries(
      new IntentSearch(index),
      held.map((h, i) => ({ ...h, embedding: vecs[i]! })),
      index.settings.aggregate,
      index.settings.ngramWeight,
    );
    const acc = accuracy(scored);
    const above = scored.filter((s) => s.score >= index.settings.threshold);
    console.log(
      `held-out intent accuracy ${(100 * acc).toFixed(1)}% of ${scored.length}; threshold ${index.settings.threshold}: ` +
        `${((100 * above.length) / scored.length).toFixed(1)}% answered, ${((100 * above.filter((s) => s.correct).length) / Math.max(1, above.length)).toFixed(1)}% of them right`,
    );
    expect(acc).toBeGreaterThanOrEqual(0.9);
  }, 300_000);
});

if (!realModelPresent()) console.log(`held-out accuracy test ${SKIP_REAL}`);
