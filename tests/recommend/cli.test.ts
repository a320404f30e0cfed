import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../src/ml/emotions';
import { MODELS_DIR, REPO_ROOT } from '../../src/ml/node';

const shipped = existsSync(path.join(MODELS_DIR, 'maum-mini', 'onnx', 'model_quantized.onnx'));
const tsx = path.join(REPO_ROOT, 'node_modules/.bin/tsx');
const run = (...args: string[]) => spawnSync(tsx, ['scripts/cli/recommend.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });

describe('npm run recommend contract', () => {
  it('refuses an empty or missing --text with exit status 2 and a message on stderr', () => {
    for (const args of [['--text', '   '], [], ['--text', '좋아요', '--k', 'many']]) {
      const r = run(...args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^recommend: /);
    }
  });

  it.skipIf(!shipped)('prints one JSON object with emotions, similar and shift lists', () => {
    const r = run('--text', '오늘 시험을 망쳐서 너무 속상하고 눈물이 나요', '--k', '4', '--seed', '7');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!) as {
      emotions: Record<string, number>;
      similar: Record<string, unknown>[];
      shift: Record<string, unknown>[];
    };
    expect(Object.keys(out)).toEqual(['emotions', 'similar', 'shift']);
    expect(Object.keys(out.emotions)).toEqual([...EMOTIONS]);
    for (const list of [out.similar, out.shift]) {
      expect(list).toHaveLength(4);
      for (const s of list) {
        expect(Object.keys(s)).toEqual(['id', 'artist', 'title', 'link', 'score', 'reason']);
        expect(s.id).toMatch(/^s[0-9a-f]{10}$/);
        expect(s.link).toMatch(/^https:\/\/www\.youtube\.com\/watch\?v=[\w-]{11}$/);
        expect(typeof s.score).toBe('number');
        expect(s.reason).toMatch(/곡/);
      }
    }
    // Same seed, same answer.
    expect(run('--text', '오늘 시험을 망쳐서 너무 속상하고 눈물이 나요', '--k', '4', '--seed', '7').stdout).toBe(r.stdout);
  });
});
