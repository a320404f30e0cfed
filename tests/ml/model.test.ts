import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../src/ml/emotions';
import { NEGATION_SCOPE } from '../../src/ml/char-features';
import { loadNodeEncoder, MODELS_DIR, REPO_ROOT } from '../../src/ml/node';
import { loadEmotionSplit } from '../../scripts/eval/datasets';
import { cosine } from '../../scripts/eval/metrics';

const FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/tiny-model');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'maum-model-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('loading path (tiny random fixture)', () => {
  it('loads with local files only and returns probabilities and unit embeddings', async () => {
    const enc = await loadNodeEncoder({ dir: FIXTURE });
    const [a] = await enc.analyze(['오늘 좀 지쳤어']);
    const sum = EMOTIONS.reduce((s, e) => s + a!.emotions[e], 0);
    expect(sum).toBeCloseTo(1, 4);
    expect(Math.hypot(...a!.embedding)).toBeCloseTo(1, 3);
    expect(a!.embedding.length).toBe(enc.info.embeddingDim);
    await enc.dispose();
  });

  it('fails with a clear error when a model file is missing', async () => {
    const dir = path.join(tmp, 'missing');
    cpSync(FIXTURE, dir, { recursive: true });
    rmSync(path.join(dir, 'onnx', 'model_quantized.onnx'));
    await expect(loadNodeEncoder({ dir })).rejects.toThrow(/model_quantized\.onnx|not found|ENOENT/i);
  });

  it('fails with a clear error when a model file is corrupt', async () => {
    const dir = path.join(tmp, 'corrupt');
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(path.join(dir, 'onnx', 'model_quantized.onnx'), Buffer.from('not an onnx file'));
    await expect(loadNodeEncoder({ dir })).rejects.toThrow();
  });

  it('refuses a model whose config does not declare the seven emotions', async () => {
    const dir = path.join(tmp, 'noemotions');
    cpSync(FIXTURE, dir, { recursive: true });
    const cfgPath = path.join(dir, 'config.json');
    const cfg = JSON.parse((await import('node:fs')).readFileSync(cfgPath, 'utf8'));
    delete cfg.emotions;
    writeFileSync(cfgPath, JSON.stringify(cfg));
    await expect(loadNodeEncoder({ dir })).rejects.toThrow(/seven emotions/);
    copyFileSync(path.join(FIXTURE, 'config.json'), cfgPath);
  });
});

const shipped = existsSync(path.join(MODELS_DIR, 'maum-mini', 'onnx', 'model_quantized.onnx'));

describe.skipIf(!shipped)('shipped maum-mini', () => {
  it('q8 agrees with fp32 on the dev split (argmax >= 98 %, mean embedding cosine >= 0.98)', async () => {
    const dev = loadEmotionSplit('dev').map((x) => x.text);
    const q8 = await loadNodeEncoder({ dtype: 'q8' });
    const fp32 = await loadNodeEncoder({ dtype: 'fp32' });
    const a = await q8.analyze(dev);
    const b = await fp32.analyze(dev);
    const agree = a.filter((x, i) => x.label === b[i]!.label).length / dev.length;
    const meanCos = a.reduce((s, x, i) => s + cosine(x.embedding, b[i]!.embedding), 0) / dev.length;
    expect(agree).toBeGreaterThanOrEqual(0.98);
    expect(meanCos).toBeGreaterThanOrEqual(0.98);
    await q8.dispose();
    await fp32.dispose();
  });

  it('keeps all shipped model files within 12 MB', async () => {
    const { readdirSync, statSync } = await import('node:fs');
    const root = path.join(MODELS_DIR, 'maum-mini');
    const files = ['config.json', 'tokenizer.json', 'tokenizer_config.json', ...readdirSync(path.join(root, 'onnx')).map((f) => `onnx/${f}`)];
    const total = files.reduce((s, f) => s + statSync(path.join(root, f)).size, 0);
    expect(total).toBeLessThanOrEqual(12_000_000);
  });

  it("builds the embedding's character sketch from 1-2-grams only (sketch_ids), not the emotion head's trigrams", async () => {
    const { readFileSync } = await import('node:fs');
    const cfg = JSON.parse(readFileSync(path.join(MODELS_DIR, 'maum-mini', 'config.json'), 'utf8')) as {
      embedding_parts: { encoder: number; char_sketch: number };
    };
    const { encoder: from, char_sketch: width } = cfg.embedding_parts;
    const enc = await loadNodeEncoder();
    // " 가나가다가 " and " 가다가나가 " have the same 1- and 2-grams (an Euler path over the same
    // edges) but different 3-grams: their sketches must be equal, their emotion inputs not.
    const [a, b, c] = await enc.analyze(['가나가다가', '가다가나가', '가나다라마']);
    const sketch = (x: typeof a) => x!.embedding.subarray(from, from + width);
    expect(a!.embedding.length).toBe(from + width);
    expect(cosine(sketch(a), sketch(b))).toBeGreaterThan(0.99999);
    expect(cosine(sketch(a), sketch(c))).toBeLessThan(0.9);
    expect(cosine(a!.embedding.subarray(0, from), b!.embedding.subarray(0, from))).toBeLessThan(0.99999);
    await enc.dispose();
  });

  it('refuses a model whose character features predate the negation scope', async () => {
    const { readFileSync } = await import('node:fs');
    const dir = path.join(tmp, 'no-negation-scope');
    cpSync(path.join(MODELS_DIR, 'maum-mini'), dir, { recursive: true });
    const cfgPath = path.join(dir, 'config.json');
    const cfg = JSON.parse(readFileSync(cfgPath, 'utf8'));
    expect(cfg.char_features.negation_scope).toBe(NEGATION_SCOPE);
    delete cfg.char_features.negation_scope;
    writeFileSync(cfgPath, JSON.stringify(cfg));
    await expect(loadNodeEncoder({ dir })).rejects.toThrow(/hashes character n-grams differently/);
    // Session 23's first export (rules 1) read "안좋아요" as a plain word.
    cfg.char_features.negation_scope = 1;
    writeFileSync(cfgPath, JSON.stringify(cfg));
    await expect(loadNodeEncoder({ dir })).rejects.toThrow(/hashes character n-grams differently/);
  });

  // Session 23: each of these read joy (0.76, 0.65, 0.72) when 좋아/행복 counted the same negated or not.
  it('does not read a negated good feeling as joy', async () => {
    const enc = await loadNodeEncoder();
    const res = await enc.analyze(['이번 학기 학점 너무 안 좋아요', '요즘 기분이 별로 안 좋아', '오늘 하루 하나도 안 행복했어', '기분이 안좋아요',
      '기분안좋아', '진짜안좋아', '하나도안 좋아']);
    expect(res.map((r) => r.label)).not.toContain('joy');
    await enc.dispose();
  });

  it('reads obvious emotions the way a person would', async () => {
    const enc = await loadNodeEncoder();
    const res = await enc.analyze(['합격했어!! 너무 행복해', '할머니가 돌아가셔서 너무 슬퍼요', '부장님이 또 소리 질러서 진짜 열받아']);
    expect(res.map((r) => r.label)).toEqual(['joy', 'sadness', 'anger']);
    await enc.dispose();
  });
});
