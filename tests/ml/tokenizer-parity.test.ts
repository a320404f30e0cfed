import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AutoTokenizer, env } from '@huggingface/transformers';
import { MODELS_DIR, REPO_ROOT } from '../../src/ml/node';
import { charFeatureBatch, charFeatures, sketchFeatures } from '../../src/ml/char-features';

const golden = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/tokenizer_golden.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { text: string; ids: number[]; char: Array<[number, number]>; sketch: Array<[number, number]> });

describe('tokenizer parity (Python SentencePiece vs Transformers.js)', () => {
  it('has at least 1,000 golden sentences including NFD Hangul', () => {
    expect(golden.length).toBeGreaterThanOrEqual(1000);
    expect(golden.some((g) => g.text !== g.text.normalize('NFC'))).toBe(true);
  });

  it('produces identical ids for every golden sentence', async () => {
    env.allowRemoteModels = false;
    env.localModelPath = MODELS_DIR + path.sep;
    const tok = await AutoTokenizer.from_pretrained('maum-mini');
    const mismatches: string[] = [];
    for (const g of golden) {
      const ids = Array.from(tok(g.text).input_ids.data as BigInt64Array, Number);
      if (ids.join(',') !== g.ids.join(',')) mismatches.push(`${JSON.stringify(g.text)}: ${ids} != ${g.ids}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});

describe('character n-gram parity (char_features.py vs src/ml/char-features.ts)', () => {
  it('gives the same buckets and counts for every golden sentence, NFD and edge cases included', () => {
    expect(golden.every((g) => Array.isArray(g.char))).toBe(true);
    const mismatches = golden
      .filter((g) => JSON.stringify(charFeatures(g.text)) !== JSON.stringify(g.char))
      .map((g) => JSON.stringify(g.text));
    expect(mismatches.slice(0, 5)).toEqual([]);
    // Not vacuous: almost every sentence has features.
    expect(golden.filter((g) => g.char.length > 0).length).toBeGreaterThan(1000);
  });

  it("gives the same 1-2-gram sketch features (the sentence embedding's character part)", () => {
    expect(golden.every((g) => Array.isArray(g.sketch))).toBe(true);
    const mismatches = golden
      .filter((g) => JSON.stringify(sketchFeatures(g.text)) !== JSON.stringify(g.sketch))
      .map((g) => JSON.stringify(g.text));
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(golden.filter((g) => g.sketch.length > 0).length).toBeGreaterThan(1000);
    // The sketch drops trigrams, so it is a different, shorter list wherever a word has three characters.
    expect(golden.filter((g) => g.sketch.length < g.char.length).length).toBeGreaterThan(1000);
  });

  it('batches both lists as zero-padded tensors of (1 + ln count)', () => {
    const rows = golden.slice(0, 5);
    const { char, sketch } = charFeatureBatch(rows.map((g) => g.text));
    for (const [batch, key] of [[char, 'char'], [sketch, 'sketch']] as const) {
      expect(batch.width).toBe(Math.max(1, ...rows.map((g) => g[key].length)));
      rows.forEach((g, r) =>
        g[key].forEach(([b, c], k) => {
          expect(batch.ids[r * batch.width + k]).toBe(BigInt(b));
          expect(batch.tf[r * batch.width + k]).toBeCloseTo(1 + Math.log(c), 6);
        }),
      );
      // Padding after each row's last feature.
      const r = rows.findIndex((g) => g[key].length < batch.width);
      if (r >= 0) expect(batch.tf[r * batch.width + batch.width - 1]).toBe(0);
    }
  });
});
