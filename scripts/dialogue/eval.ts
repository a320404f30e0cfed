/**
 * npm run eval:dialogue [-- --model DIR] [--index FILE.json] [--verbose] [--check]
 *
 * Reports, for the current model and index:
 * - held-out intent accuracy (top-1 intent of each held-out utterance vs its intent, meta
 *   intents included; held-out utterances never train anything), and for comparison the
 *   classifier with the embedding only / the n-grams only;
 * - the tuned threshold, how it was chosen, and coverage/precision at it on the held-out split;
 * - how many out-of-scope probes are not answered from a topic intent: below the threshold (a
 *   follow-up) or taken by the intent that declines requests the bot cannot serve;
 * - safety recall and false alarms on the safety test set, rules alone and hybrid.
 * --check exits non-zero when accuracy < 90 %, recall < 100 % or false alarms > 2.
 */
import path from 'node:path';
import { loadNodeEncoder } from '../../src/ml/node';
import { loadDialogueIndexFile } from '../../src/chat/node';
import { IntentSearch } from '../../src/chat/retrieval';
import { detectSafety, type SafetyModel } from '../../src/chat/safety';
import { isIndirectCue } from '../../src/chat/safety-check';
import { parseArgs, stringFlag } from '../lib/args';
import { loadCorpus, loadSafetyTestSet } from './corpus';
import { accuracy, answers, chooseThreshold, embedAll, evaluateSafety, OUT_OF_SCOPE, probesToAvoid, scoreQueries, type Query } from './tune';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

async function main(): Promise<void> {
  const { flags } = parseArgs(process.argv.slice(2));
  const verbose = flags.has('verbose');
  const modelDir = stringFlag(flags, 'model');
  const indexFile = stringFlag(flags, 'index');
  const index = await loadDialogueIndexFile(indexFile ? path.resolve(indexFile) : undefined);
  const encoder = await loadNodeEncoder(modelDir ? { dir: path.resolve(modelDir) } : {});
  if (encoder.info.version !== index.modelVersion) {
    console.log(`WARNING: index built with model ${index.modelVersion}, model is ${encoder.info.version}: rebuild with npm run build:dialogue-index`);
  }
  const corpus = loadCorpus();
  const search = new IntentSearch(index);
  const byId = new Map(index.intents.map((it, i) => [it.id, i]));
  const heldText: string[] = [];
  const heldIntent: number[] = [];
  for (const it of corpus.intents) {
    const i = byId.get(it.id);
    if (i === undefined) throw new Error(`intent ${it.id} is not in the index: rebuild it`);
    for (const h of it.heldout) {
      heldText.push(h);
      heldIntent.push(i);
    }
  }
  const heldVecs = await embedAll(encoder, heldText);
  const queries: Query[] = heldText.map((text, k) => ({ text, embedding: heldVecs[k]!, intent: heldIntent[k]! }));
  const { settings } = index;
  const main = scoreQueries(search, queries);
  const acc = accuracy(main);
  const meta = main.filter((s) => index.intents[s.expected]!.kind === 'meta');
  const m = index.intentModel;
  console.log(`model ${encoder.info.version} (${encoder.info.modelId}); index ${index.intents.length} intents, classifier ${m.features.length} n-gram features, ${m.pairIntent.length} weights, cos weight ${m.cosWeight.toFixed(2)}, dim ${index.dim}`);
  console.log(`\nHeld-out intent accuracy (top-1, ${main.length} utterances): ${pct(acc)}  [meta intents: ${pct(accuracy(meta))} of ${meta.length}]`);
  const topicOf = (i: number) => index.intents[i]!.topic;
  console.log(`  top-1 intent in the right topic: ${pct(main.filter((s) => topicOf(s.predicted) === topicOf(s.expected)).length / main.length)}`);
  console.log(
    `  for comparison: embedding only (centroid cosine) ${pct(accuracy(scoreQueries(search, queries, { use: 'embedding' })))}, ` +
      `n-grams only ${pct(accuracy(scoreQueries(search, queries, { use: 'ngrams' })))}`,
  );
  const at = main.filter((s) => answers(s, settings.threshold, settings.margin));
  console.log(`\nThreshold ${settings.threshold} (score floor), margin ${settings.margin} over the runner-up intent: ${settings.note}`);
  console.log(
    `  on held-out: ${pct(at.length / main.length)} answered from an intent, ${pct(at.filter((s) => s.correct).length / Math.max(1, at.length))} of those the right intent, ` +
      `${pct(at.filter((s) => topicOf(s.predicted) === topicOf(s.expected)).length / Math.max(1, at.length))} the right topic; the rest get a reflection + follow-up`,
  );
  for (const mg of [0, 0.1, 0.2, 0.3, 0.4]) {
    const a = main.filter((s) => answers(s, settings.threshold, mg));
    console.log(`    margin ${mg.toFixed(2)}: ${pct(a.length / main.length)} answered, ${pct(a.filter((s) => s.correct).length / Math.max(1, a.length))} right`);
  }
  const probes = await encoder.analyze(OUT_OF_SCOPE);
  const probeScores = scoreQueries(search, probes.map((a, k) => ({ text: OUT_OF_SCOPE[k]!, embedding: a.embedding, intent: -1 })));
  const avoid = probesToAvoid(probeScores, index.intents);
  // The curve around the tuned floor: the choice jumps between rebuilds where precision crosses
  // the target or a probe crosses the floor, so the neighbours show how much rides on it.
  const topProbe = Math.max(0, ...avoid.map((p) => p.score));
  console.log(`  score floor curve (margin ${settings.margin}; highest out-of-scope probe on a topic intent: ${topProbe.toFixed(3)}):`);
  for (let t = Math.round(settings.threshold * 100) - 4; t <= Math.round(settings.threshold * 100) + 4; t += 2) {
    const a = main.filter((s) => answers(s, t / 100, settings.margin));
    console.log(`    ${(t / 100).toFixed(2)}: ${pct(a.length / main.length)} answered, ${pct(a.filter((s) => s.correct).length / Math.max(1, a.length))} right`);
  }
  const re = chooseThreshold(main, avoid);
  if (Math.abs(re.threshold - settings.threshold) > 1e-9 || Math.abs(re.margin - settings.margin) > 1e-9) {
    console.log(`  (re-tuned on this run: threshold ${re.threshold}, margin ${re.margin})`);
  }
  const below = probeScores.filter((s) => !answers(s, settings.threshold, settings.margin)).length;
  const declined = probeScores.filter((s) => !avoid.includes(s) && answers(s, settings.threshold, settings.margin)).length;
  console.log(
    `  out-of-scope probes not answered from a topic intent: ${below + declined}/${OUT_OF_SCOPE.length} ` +
      `(${below} below the threshold, ${declined} declined as requests the bot cannot serve)`,
  );
  if (verbose) {
    for (const s of main.filter((x) => !x.correct)) console.log(`  MISS ${s.score.toFixed(3)} ${index.intents[s.expected]!.id} -> ${index.intents[s.predicted]!.id}: ${s.text}`);
    probeScores.forEach((s) => console.log(`  probe ${s.score.toFixed(3)} (+${(s.score - s.second).toFixed(3)}) -> ${index.intents[s.predicted]?.id ?? '(no letters: never matched)'}: ${s.text}`));
  }

  const { positives, negatives } = loadSafetyTestSet();
  const texts = [...positives, ...negatives].map((l) => l.text);
  const vecs = await embedAll(encoder, texts);
  const vecOf = new Map(texts.map((t, k) => [t, vecs[k]!]));
  const model: SafetyModel = { vectors: index.safetyVectors, labels: index.safetyLabels, dim: index.dim, margin: settings.safetyMargin, familyMargin: settings.safetyFamilyMargin ?? settings.safetyMargin, k: settings.safetyK ?? 1 };
  const rules = evaluateSafety(positives, negatives, null, null);
  const hybrid = evaluateSafety(positives, negatives, (t) => vecOf.get(t)!, model);
  console.log(`\nSafety test set (${positives.length} positives, ${negatives.length} hard negatives; the last rules were written after reading its misses, so recall is optimistic):`);
  for (const r of [rules, hybrid]) {
    console.log(`  ${r.mode.padEnd(6)}: recall ${r.detected}/${r.positives} (${pct(r.detected / r.positives)}, right category ${r.rightCategory}), false alarms ${r.falseAlarms}/${r.negatives}`);
    if (verbose) {
      r.missed.forEach((m) => console.log(`    missed  ${m.label}: ${m.text}`));
      r.alarms.forEach((m) => console.log(`    alarm   ${m.text}`));
    }
  }
  // Session 41: how many suicide disclosures get the direct question first (safety-check.ts, indirect
  // cues: the help line in the same reply, the full reply on a yes) rather than the full reply at once.
  const suicide = positives.filter((l) => l.label === 'suicide');
  const asked = suicide.filter((l) => {
    const v = detectSafety(l.text, { embedding: vecOf.get(l.text)!, model });
    return v.category === 'suicide' && isIndirectCue(v, l.text);
  });
  console.log(`  suicide disclosures answered with the direct question first (indirect cues, hybrid): ${asked.length}/${suicide.length}`);
  if (verbose) asked.forEach((l) => console.log(`    asked   ${l.text}`));
  await encoder.dispose();
  if (flags.has('check')) {
    const problems: string[] = [];
    if (acc < 0.9) problems.push(`held-out accuracy ${pct(acc)} < 90%`);
    if (hybrid.detected < hybrid.positives) problems.push(`safety recall ${hybrid.detected}/${hybrid.positives}`);
    if (hybrid.falseAlarms > 2) problems.push(`safety false alarms ${hybrid.falseAlarms} > 2`);
    if (problems.length) {
      console.log(`\nCHECK FAILED: ${problems.join('; ')}`);
      process.exit(1);
    }
  }
}

main().catch((err) => {
  console.error(`eval:dialogue: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
