import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../src/ml/emotions';
import { MODELS_DIR, REPO_ROOT } from '../../src/ml/node';

const shipped = existsSync(path.join(MODELS_DIR, 'maum-mini', 'onnx', 'model_quantized.onnx'));

describe.skipIf(!shipped)('npm run analyze contract', () => {
  it('prints one JSON object per input line, in order, with an error for empty lines', () => {
    const input = ['오늘 정말 기분 좋다', '', '시험 망했어 ㅠㅠ'.normalize('NFD'), '<b>안녕</b> 😀'].join('\n') + '\n';
    const run = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['scripts/cli/analyze.ts'], {
      cwd: REPO_ROOT,
      input,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const rows = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(4);
    expect(rows[1].error).toBeTruthy();
    expect(rows[2].text).toBe('시험 망했어 ㅠㅠ');
    expect(rows[3].text).toBe('<b>안녕</b> 😀');
    for (const r of [rows[0], rows[2], rows[3]]) {
      expect(Object.keys(r.emotions)).toEqual([...EMOTIONS]);
      expect(EMOTIONS).toContain(r.label);
      expect(r.embedding.length).toBeGreaterThan(100);
    }
  });
});
