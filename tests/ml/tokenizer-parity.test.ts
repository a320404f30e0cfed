import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AutoTokenizer, env } from '@huggingface/transformers';
import { MODELS_DIR, REPO_ROOT } from '../../src/ml/node';
import { charFeatures } from '../../src/ml/char-features';

const golden = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/tokenizer_golden.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { text: string; ids: number[]; char: Array<[number, number]> });

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
});
