/**
 * npm run bench:model-parts [-- --model DIR --calls N] — where maum-mini's batch-1 time goes.
 *
 * 1. The graph in parts: scripts/bench/graph_parts.py cuts the int8 graph into the transformer,
 *    the heads and the embeddings (into .cache/graph-parts), and each part runs in its own
 *    onnxruntime-node session on the benchmark sentences, the sessions taking turns call by call so
 *    that machine noise falls on all of them alike.
 *    onnxruntime's profiler then shows which operators the transformer part spends its time in.
 * 2. The JavaScript around the graph: tokenising and character hashing, timed alone.
 * 3. Length: the app's whole Encoder.analyze on one short, two medium and one long sentence.
 * Also prints how many nodes onnxruntime runs per call, after its own graph optimisations.
 * Prints p50 per call in ms. Diagnostics for the model card, not a target.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { AutoTokenizer, env } from '@huggingface/transformers';
import { charFeatureBatch } from '../../src/ml/char-features';
import { loadNodeEncoder, MODELS_DIR, REPO_ROOT } from '../../src/ml/node';
import { cleanText } from '../../src/ml/text';
import { numberFlag, parseArgs, stringFlag } from '../lib/args';
import { findPython, SENTENCES, stats } from './models';

const { flags } = parseArgs(process.argv.slice(2));
const dir = path.resolve(stringFlag(flags, 'model') ?? path.join(MODELS_DIR, 'maum-mini'));
const calls = numberFlag(flags, 'calls', 2000);
const outDir = path.join(REPO_ROOT, '.cache', 'graph-parts');
const fmt = (ms: number) => ms.toFixed(3).padStart(7);

const py = findPython(stringFlag(flags, 'python'));
if ('skip' in py) throw new Error(`graph parts need Python with onnx: ${py.skip}`);
const cutRun = spawnSync(py.python, [path.join(REPO_ROOT, 'scripts/bench/graph_parts.py'), path.join(dir, 'onnx/model_quantized.onnx'), outDir], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (cutRun.status !== 0) throw new Error('graph_parts.py failed');

env.allowRemoteModels = false;
env.localModelPath = path.dirname(dir) + path.sep;
const tokenizer = await AutoTokenizer.from_pretrained(path.basename(dir));
const texts = SENTENCES.map(cleanText);
const feeds = texts.map((text) => {
  const t = tokenizer([text], { padding: true }) as unknown as Record<string, { ort_tensor: ort.Tensor }>;
  const { char, sketch } = charFeatureBatch([text]);
  return {
    input_ids: t.input_ids!.ort_tensor,
    attention_mask: t.attention_mask!.ort_tensor,
    char_ids: new ort.Tensor('int64', char.ids, [1, char.width]),
    char_tf: new ort.Tensor('float32', char.tf, [1, char.width]),
    sketch_ids: new ort.Tensor('int64', sketch.ids, [1, sketch.width]),
    sketch_tf: new ort.Tensor('float32', sketch.tf, [1, sketch.width]),
  } as Record<string, ort.Tensor>;
});

console.log(`graph parts (${path.relative(REPO_ROOT, dir)}, int8, onnxruntime-node, p50 of ${calls} calls each, turns taken):`);
const parts = ['full', 'transformer', 'heads', 'embeddings'];
const sessions = await Promise.all(parts.map((p) => ort.InferenceSession.create(path.join(outDir, `${p}.onnx`))));
// What onnxruntime actually runs per call: the graph after its own fusions, counted by Python.
const optimized = path.join(outDir, 'full.optimized.onnx');
await ort.InferenceSession.create(path.join(outDir, 'full.onnx'), { optimizedModelFilePath: optimized });
const count = spawnSync(py.python, ['-c', 'import onnx,sys; print(len(onnx.load(sys.argv[1]).graph.node))', optimized], { encoding: 'utf8' });
console.log(`  nodes per call after onnxruntime's optimisations: ${count.stdout.trim() || '?'}`);
const times: number[][] = parts.map(() => []);
const warm = 200 * parts.length;
for (let i = 0; i < warm + calls * parts.length; i++) {
  const k = i % parts.length;
  const s = sessions[k]!;
  const feed = feeds[(Math.floor(i / parts.length) * 7) % feeds.length]!;
  const input = Object.fromEntries(s.inputNames.map((n) => [n, feed[n]!]));
  const t = performance.now();
  await s.run(input);
  if (i >= warm) times[k]!.push(performance.now() - t);
}
parts.forEach((p, k) => console.log(`  ${p.padEnd(12)} ${fmt(stats(times[k]!).p50)} ms`));

// onnxruntime's own profile of the transformer part: kernel time per operator type. The profiler
// adds a few µs to every node, so small operators look heavier than they are.
{
  const prefix = path.join(outDir, 'profile');
  const s = await ort.InferenceSession.create(path.join(outDir, 'transformer.onnx'), { enableProfiling: true, profileFilePrefix: prefix });
  const n = 500;
  for (let i = 0; i < n; i++) {
    const feed = feeds[(i * 7) % feeds.length]!;
    await s.run({ input_ids: feed.input_ids!, attention_mask: feed.attention_mask! });
  }
  s.endProfiling();
  const file = readdirSync(outDir)
    .filter((f) => f.startsWith('profile') && f.endsWith('.json'))
    .map((f) => path.join(outDir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]!;
  const events = JSON.parse(readFileSync(file, 'utf8')) as Array<{ cat?: string; name: string; dur: number; args?: { op_name?: string } }>;
  const byOp = new Map<string, { us: number; nodes: number }>();
  for (const e of events) {
    if (e.cat !== 'Node' || !e.name.endsWith('_kernel_time')) continue;
    const op = e.args?.op_name ?? '?';
    const v = byOp.get(op) ?? { us: 0, nodes: 0 };
    byOp.set(op, { us: v.us + e.dur, nodes: v.nodes + 1 });
  }
  const total = [...byOp.values()].reduce((a, v) => a + v.us, 0);
  console.log(`transformer part, onnxruntime profile over ${n} calls (kernel time per call, share, µs per node):`);
  for (const [op, v] of [...byOp].sort((a, b) => b[1].us - a[1].us).slice(0, 6)) {
    const pct = ((100 * v.us) / total).toFixed(0).padStart(3);
    console.log(`  ${op.padEnd(22)} ${(v.us / n).toFixed(0).padStart(5)} µs ${pct} %  ${(v.us / v.nodes).toFixed(1).padStart(5)} µs × ${v.nodes / n}`);
  }
}

console.log('JavaScript around the graph (p50 per sentence):');
const jsTimes = { tokenise: [] as number[], 'char n-grams': [] as number[] };
for (let i = 0; i < 200 + calls; i++) {
  const text = texts[(i * 7) % texts.length]!;
  const t0 = performance.now();
  tokenizer([text], { padding: true, truncation: true, max_length: 128 });
  const t1 = performance.now();
  charFeatureBatch([text]);
  const t2 = performance.now();
  if (i >= 200) {
    jsTimes.tokenise.push(t1 - t0);
    jsTimes['char n-grams'].push(t2 - t1);
  }
}
for (const [name, xs] of Object.entries(jsTimes)) console.log(`  ${name.padEnd(12)} ${fmt(stats(xs).p50)} ms`);

console.log('Encoder.analyze by sentence length (p50 per call):');
const enc = await loadNodeEncoder({ dir });
const long = SENTENCES.reduce((a, b) => (b.length > a.length ? b : a));
for (const text of ['아', SENTENCES[0]!, SENTENCES[43]!, long]) {
  const xs: number[] = [];
  for (let i = 0; i < 200 + Math.round(calls / 2); i++) {
    const t = performance.now();
    await enc.analyze([text]);
    if (i >= 200) xs.push(performance.now() - t);
  }
  const n = (tokenizer.encode(cleanText(text)) as number[]).length;
  console.log(`  ${String(n).padStart(3)} tokens ${fmt(stats(xs).p50)} ms`);
}
