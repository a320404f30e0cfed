import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/ml/node';
import { loadDialogueIndexFile } from '../../src/chat/node';
import { checksum, dequantizeRows, encodeDialogueIndex, parseDialogueIndex, quantizeRows } from '../../src/chat/index-format';
import { loadCorpus, loadSafetyExemplars } from '../../scripts/dialogue/corpus';
import { REAL_INDEX } from './helpers';
import { SHARED_DATA } from '../../scripts/eval/datasets';

const corpus = loadCorpus();
const MODEL_CONFIG = path.join(REPO_ROOT, 'models', 'maum-mini', 'config.json');
const modelConfig = existsSync(MODEL_CONFIG) ? (JSON.parse(readFileSync(MODEL_CONFIG, 'utf8')) as { maum_version: string }) : null;

function stringsIn(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => stringsIn(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => stringsIn(x, out));
  return out;
}

describe('dialogue corpus', () => {
  it('has ≥300 intents, each with ≥10 examples, 3 held-out utterances and ≥3 replies', () => {
    expect(corpus.intents.length).toBeGreaterThanOrEqual(300);
    for (const it of corpus.intents) {
      expect(it.examples.length, it.id).toBeGreaterThanOrEqual(10);
      expect(it.heldout.length, it.id).toBe(3);
      expect(it.replies.length, it.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps held-out utterances apart from the examples', () => {
    const examples = new Set(corpus.intents.flatMap((it) => it.examples));
    expect(corpus.intents.flatMap((it) => it.heldout).filter((h) => examples.has(h))).toEqual([]);
  });

  const chatbotData = path.join(SHARED_DATA, 'chatbot-qa', 'ChatbotData.csv');
  it.skipIf(!existsSync(chatbotData))('contains no ChatbotData question, not even a short one (our corpus is written here)', () => {
    const key = (t: string) => t.normalize('NFC').toLowerCase().replace(/[\s.,!?~…·\-"'ㅋㅎㅠㅜ]+/gu, '');
    // The questions are the CSV's first column; none of them contains a comma that matters here.
    const questions = new Set(readFileSync(chatbotData, 'utf8').split('\n').slice(1).map((l) => key(l.split(',')[0] ?? '')).filter(Boolean));
    expect(questions.size).toBeGreaterThan(10_000);
    const ours = corpus.intents.flatMap((it) => [...it.examples, ...it.heldout]);
    expect(ours.filter((u) => questions.has(key(u)))).toEqual([]);
  });
});

describe('committed dialogue index (data/dialogue-index.json + .bin)', () => {
  it('exists (run npm run build:dialogue-index)', () => {
    expect(existsSync(REAL_INDEX)).toBe(true);
    expect(existsSync(REAL_INDEX.replace(/\.json$/, '.bin'))).toBe(true);
  });

  it.skipIf(!modelConfig)('is not stale against the current model (models/maum-mini/config.json)', async () => {
    const index = await loadDialogueIndexFile(REAL_INDEX);
    expect(index.modelVersion, 'index built with another model: run npm run build:dialogue-index').toBe(modelConfig!.maum_version);
  });

  it('is not stale against the current corpus', async () => {
    const index = await loadDialogueIndexFile(REAL_INDEX);
    expect(index.intents.map((i) => i.id)).toEqual(corpus.intents.map((i) => i.id));
    expect(index.intents.map((i) => i.replies)).toEqual(corpus.intents.map((i) => i.replies));
    expect(index.followups).toEqual(corpus.followups);
    expect(index.reflections).toEqual(corpus.reflections);
    expect(index.safetyReplies).toEqual(corpus.safetyReplies);
    expect(index.vectors.length).toBe(corpus.intents.length * index.dim);
    expect(index.safetyLabels).toEqual(loadSafetyExemplars().map((e) => e.label));
    const raw = JSON.parse(readFileSync(REAL_INDEX, 'utf8')) as { intentModel: { examples: number } };
    expect(raw.intentModel.examples).toBe(corpus.intents.reduce((s, it) => s + it.examples.length, 0));
  });

  it('contains no utterance text at all, in particular no held-out utterance', () => {
    const text = readFileSync(REAL_INDEX, 'utf8');
    const values = new Set(stringsIn(JSON.parse(text)));
    const utterances = corpus.intents.flatMap((it) => [...it.examples, ...it.heldout]);
    expect(utterances.filter((u) => values.has(u))).toEqual([]);
    const heldout = corpus.intents.flatMap((it) => it.heldout).filter((h) => h.length >= 8);
    expect(heldout.filter((h) => text.includes(h))).toEqual([]);
    const exemplars = loadSafetyExemplars().map((e) => e.text);
    expect(exemplars.filter((e) => text.includes(e))).toEqual([]);
  });

  it('is compact: int8 centroids and exemplar vectors, and about 3 bytes per classifier weight', () => {
    const bin = readFileSync(REAL_INDEX.replace(/\.json$/, '.bin'));
    const index = JSON.parse(readFileSync(REAL_INDEX, 'utf8')) as {
      dim: number;
      intents: unknown[];
      safetyExemplars: { rows: number };
      intentModel: { features: number; pairs: number };
    };
    const vectors = (index.intents.length + index.safetyExemplars.rows) * (index.dim + 4);
    const model = index.intentModel.features * 14 + index.intentModel.pairs * 3 + index.intents.length * 4;
    expect(bin.length).toBeLessThanOrEqual(vectors + model + 64);
  });
});

describe('index format', () => {
  it('round-trips int8 vectors closely (cosine ≥ 0.999)', () => {
    const dim = 64;
    const rows = 20;
    const v = new Float32Array(rows * dim).map(() => Math.random() * 2 - 1);
    for (let r = 0; r < rows; r++) {
      const n = Math.hypot(...v.subarray(r * dim, (r + 1) * dim));
      for (let d = 0; d < dim; d++) v[r * dim + d]! /= n;
    }
    const { q, scales } = quantizeRows(v, dim);
    const back = dequantizeRows(q, scales, dim);
    for (let r = 0; r < rows; r++) {
      let dot = 0;
      for (let d = 0; d < dim; d++) dot += v[r * dim + d]! * back[r * dim + d]!;
      expect(dot).toBeGreaterThan(0.999);
    }
  });

  it('rejects a .bin from another build', () => {
    const build = encodeDialogueIndex({
      modelVersion: 'x',
      dim: 2,
      settings: { threshold: 0.5, margin: 0, safetyMargin: 0, note: '' },
      intents: [{ id: 'a', kind: 'retrieval', topic: 't', emotion: 'joy', replies: ['r'] }],
      followups: corpus.followups,
      reflections: corpus.reflections,
      safetyReplies: corpus.safetyReplies,
      vectors: new Float32Array([1, 0]),
      intentModel: {
        features: new Uint16Array([1, 2]),
        idf: new Float32Array([1, 2]),
        offsets: new Uint32Array([0, 1, 2]),
        pairIntent: new Uint16Array([0, 0]),
        pairWeight: new Float32Array([0.5, -0.25]),
        bias: new Float32Array([0.1]),
        cosWeight: 3,
      },
      examples: 2,
      safetyVectors: new Float32Array(0),
      safetyLabels: [],
    });
    const parsed = parseDialogueIndex(build.json, build.bin);
    expect(Array.from(parsed.intentModel.pairWeight)).toEqual([0.5, -0.25]);
    expect(parsed.intentModel.cosWeight).toBe(3);
    expect(parseDialogueIndex(build.json, build.bin).intents).toHaveLength(1);
    const other = build.bin.slice();
    other[0]! ^= 1;
    expect(checksum(other)).not.toBe(build.json.bin.checksum);
    expect(() => parseDialogueIndex(build.json, other)).toThrow(/checksum/);
    expect(() => parseDialogueIndex({ ...build.json, format: 99 }, build.bin)).toThrow(/format/);
  });
});
