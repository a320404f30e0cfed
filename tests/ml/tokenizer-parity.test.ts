import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AutoTokenizer, env } from '@huggingface/transformers';
import { MODELS_DIR, REPO_ROOT } from '../../src/ml/node';

const golden = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/tokenizer_golden.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { text: string; ids: number[] });

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
