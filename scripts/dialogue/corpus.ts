/** Reads and validates the dialogue corpus under data/dialogue/ (source of the index). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EMOTIONS, isEmotionId, type EmotionId } from '../../src/ml/emotions';
import { REPO_ROOT } from '../../src/ml/node';
import { META_ACTIONS } from '../../src/chat/index-format';
import { SAFETY_REPLY_POOLS, type IntentInfo, type MetaAction, type SafetyReplyPool } from '../../src/chat/types';

export const DIALOGUE_DIR = path.join(REPO_ROOT, 'data', 'dialogue');
export const SAFETY_DIR = path.join(DIALOGUE_DIR, 'safety');

export interface CorpusIntent extends IntentInfo {
  examples: string[];
  heldout: string[];
  file: string;
}

export interface Corpus {
  intents: CorpusIntent[];
  followups: Record<EmotionId, string[]>;
  reflections: Record<EmotionId, string[]>;
  safetyReplies: Record<SafetyReplyPool, string[]>;
}

export interface LabelledLine<L extends string = string> {
  label: L;
  text: string;
  line: number;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function perEmotion(file: string): Record<EmotionId, string[]> {
  const raw = readJson(file) as Record<string, unknown>;
  const out = {} as Record<EmotionId, string[]>;
  for (const e of EMOTIONS) {
    const v = raw[e];
    if (!Array.isArray(v) || v.length === 0 || v.some((s) => typeof s !== 'string')) throw new Error(`${file}: ${e} must be a non-empty list`);
    out[e] = (v as string[]).map((s) => s.normalize('NFC'));
  }
  return out;
}

export function loadCorpus(dir = DIALOGUE_DIR): Corpus {
  const intentsDir = path.join(dir, 'intents');
  const files = readdirSync(intentsDir).filter((f) => f.endsWith('.json')).sort();
  const intents: CorpusIntent[] = [];
  const ids = new Set<string>();
  const problems: string[] = [];
  for (const f of files) {
    const list = readJson(path.join(intentsDir, f));
    if (!Array.isArray(list)) throw new Error(`${f}: expected an array of intents`);
    for (const raw of list as Array<Record<string, unknown>>) {
      const id = String(raw.id ?? '');
      const where = `${f}:${id}`;
      if (!id || ids.has(id)) problems.push(`${where}: missing or duplicate id`);
      ids.add(id);
      const kind = raw.kind;
      if (kind !== 'retrieval' && kind !== 'meta') problems.push(`${where}: kind must be retrieval|meta`);
      if (!isEmotionId(raw.emotion)) problems.push(`${where}: bad emotion`);
      if (kind === 'meta' && !META_ACTIONS.includes(raw.action as MetaAction)) problems.push(`${where}: meta intent needs a known action`);
      const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string').map((s) => s.normalize('NFC').trim()) : []);
      const examples = strings(raw.examples);
      const heldout = strings(raw.heldout);
      const replies = strings(raw.replies);
      if (examples.length < 10) problems.push(`${where}: needs ≥10 examples`);
      if (heldout.length < 3) problems.push(`${where}: needs 3 held-out utterances`);
      if (replies.length < 3) problems.push(`${where}: needs ≥3 replies`);
      const intent: CorpusIntent = {
        id,
        kind: kind as CorpusIntent['kind'],
        topic: String(raw.topic ?? ''),
        emotion: raw.emotion as EmotionId,
        replies,
        examples,
        heldout,
        file: f,
      };
      if (kind === 'meta') intent.action = raw.action as MetaAction;
      intents.push(intent);
    }
  }
  // The held-out split must stay unseen: no held-out utterance may also be an example.
  const key = (t: string) => t.toLowerCase().replace(/[\s.,!?~…·\-"'ㅋㅎㅠㅜ]+/gu, '');
  const exampleKeys = new Set(intents.flatMap((it) => it.examples.map(key)));
  for (const it of intents) for (const h of it.heldout) if (exampleKeys.has(key(h))) problems.push(`${it.file}:${it.id}: held-out "${h}" is also an example`);
  if (problems.length) throw new Error(`dialogue corpus problems:\n  ${problems.join('\n  ')}`);
  const safety = readJson(path.join(dir, 'safety', 'replies.json')) as Record<string, string[]>;
  const safetyReplies = Object.fromEntries(SAFETY_REPLY_POOLS.map((p) => [p, safety[p] ?? []])) as Record<SafetyReplyPool, string[]>;
  for (const p of SAFETY_REPLY_POOLS) if (!safetyReplies[p].length) throw new Error(`safety/replies.json needs ${p} replies`);
  return {
    intents,
    followups: perEmotion(path.join(dir, 'followups.json')),
    reflections: perEmotion(path.join(dir, 'reflections.json')),
    safetyReplies,
  };
}

/** Reads a label<TAB>text file; '#' lines and blank lines are skipped. */
export function readTsv<L extends string>(file: string, labels: readonly L[]): Array<LabelledLine<L>> {
  const out: Array<LabelledLine<L>> = [];
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim() || line.startsWith('#')) return;
      const tab = line.indexOf('\t');
      const label = line.slice(0, tab) as L;
      const text = line.slice(tab + 1).trim();
      if (tab < 0 || !labels.includes(label) || !text) throw new Error(`${file}:${i + 1}: expected one of ${labels.join('|')}<TAB>text`);
      out.push({ label, text: text.normalize('NFC'), line: i + 1 });
    });
  return out;
}

export const SAFETY_LABELS = ['suicide', 'violence', 'none'] as const;
export type SafetyLabel = (typeof SAFETY_LABELS)[number];

/** The detector's own exemplars (never the test set). */
export function loadSafetyExemplars(dir = SAFETY_DIR): Array<LabelledLine<SafetyLabel>> {
  return readTsv(path.join(dir, 'exemplars.tsv'), SAFETY_LABELS);
}

/** The safety TEST set: for measuring only. */
export function loadSafetyTestSet(dir = SAFETY_DIR): { positives: Array<LabelledLine<SafetyLabel>>; negatives: Array<LabelledLine<SafetyLabel>> } {
  return {
    positives: readTsv(path.join(dir, 'positives.tsv'), SAFETY_LABELS),
    negatives: readTsv(path.join(dir, 'hard_negatives.tsv'), SAFETY_LABELS),
  };
}
