/** Loaders for the evaluation sets: the project's dev split and the public sets in ../shared/data. */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { EMOTIONS } from '../../src/ml/emotions';
import { REPO_ROOT } from '../../src/ml/node';

export const SHARED_DATA = process.env.SHARED_DATA ?? path.resolve(REPO_ROOT, '..', 'shared', 'data');

export interface Labelled {
  text: string;
  label: number;
}

export function sharedAvailable(): boolean {
  return existsSync(path.join(SHARED_DATA, 'kote', 'val.tsv'));
}

export function loadEmotionSplit(split: 'train' | 'dev'): Labelled[] {
  const file = path.join(REPO_ROOT, 'data', 'training', `emotions_${split}.tsv`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const label = EMOTIONS.indexOf(line.slice(0, tab) as (typeof EMOTIONS)[number]);
      if (label < 0) throw new Error(`bad label in ${file}: ${line.slice(0, 30)}`);
      return { text: line.slice(tab + 1), label };
    });
}

/** A small labelled probe in data/eval (emotion id, tab, text; lines starting with # are comments). */
export function loadProbe(name: string): Labelled[] {
  const file = path.join(REPO_ROOT, 'data', 'eval', name);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const tab = line.indexOf('\t');
      const label = EMOTIONS.indexOf(line.slice(0, tab) as (typeof EMOTIONS)[number]);
      if (label < 0) throw new Error(`bad label in ${file}: ${line.slice(0, 30)}`);
      return { text: line.slice(tab + 1), label };
    });
}

/** KOTE with the label_map.json rule; split by the committed list of evaluation ids. */
export function loadKote(split: 'train' | 'eval'): Labelled[] {
  const map = JSON.parse(readFileSync(path.join(SHARED_DATA, 'kote', 'label_map.json'), 'utf8')) as {
    kote: { index: number; emotion: string }[];
  };
  const toEmotion = new Map(map.kote.map((k) => [k.index, EMOTIONS.indexOf(k.emotion as (typeof EMOTIONS)[number])]));
  const evalIds = new Set(
    readFileSync(path.join(REPO_ROOT, 'data', 'training', 'splits', 'kote_eval_ids.txt'), 'utf8').split('\n').filter(Boolean),
  );
  const out: Labelled[] = [];
  for (const line of readFileSync(path.join(SHARED_DATA, 'kote', 'val.tsv'), 'utf8').split('\n')) {
    const [id, text, labels] = line.split('\t');
    if (!id || !text || !labels?.trim()) continue;
    if (evalIds.has(id) !== (split === 'eval')) continue;
    const counts = new Array<number>(7).fill(0);
    for (const i of labels.split(',')) counts[toEmotion.get(Number(i))!]! += 1;
    // The label_map rule: most frequent mapped emotion; neutral only when nothing else is present.
    let best = 6;
    for (let k = 0; k < 6; k++) if (counts[k]! > 0 && (best === 6 || counts[k]! > counts[best]!)) best = k;
    out.push({ text: text.normalize('NFC').replace(/\s+/g, ' ').trim(), label: best });
  }
  return out;
}

export interface StsPair {
  a: string;
  b: string;
  score: number;
}

export function loadKorSts(split: 'train' | 'dev'): StsPair[] {
  const lines = readFileSync(path.join(SHARED_DATA, 'korsts', `sts-${split}.tsv`), 'utf8').split('\n').slice(1);
  const out: StsPair[] = [];
  for (const line of lines) {
    const p = line.split('\t');
    if (p.length < 7) continue;
    const score = Number(p[4]);
    if (!Number.isFinite(score)) continue;
    out.push({ a: p[5]!.trim(), b: p[6]!.trim(), score });
  }
  return out;
}
