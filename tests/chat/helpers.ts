/**
 * Test helpers: a deterministic stand-in for the encoder (hashed character bigrams → unit
 * vector; emotions from a few keywords) and a dialogue index built from the real corpus with it.
 * Fast and model-free, so engine behaviour is tested without ONNX.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EMOTIONS, mixFromArray, type EmotionId } from '../../src/ml/emotions';
import type { Analysis } from '../../src/ml/encoder';
import { REPO_ROOT } from '../../src/ml/node';
import { cleanText } from '../../src/ml/text';
import { encodeDialogueIndex, parseDialogueIndex } from '../../src/chat/index-format';
import type { DialogueIndex, RetrievalSettings, TurnResult } from '../../src/chat/types';
import type { ChatEngine } from '../../src/chat/engine';
import type { SongOnScreen } from '../../src/chat/talks-about-songs';
import { afterAll, beforeAll } from 'vitest';
import { createNodeChat, type NodeChat } from '../../src/chat/node';
import { DEFAULT_TRAIN, trainIntentModel } from '../../scripts/dialogue/train-intents';
import { loadCorpus, loadSafetyExemplars } from '../../scripts/dialogue/corpus';

export const FAKE_DIM = 64;

export const REAL_MODEL_DIR = path.join(REPO_ROOT, 'models', 'maum-mini');
export const REAL_MODEL_FILE = path.join(REAL_MODEL_DIR, 'onnx', 'model_quantized.onnx');
export const REAL_INDEX = path.join(REPO_ROOT, 'data', 'dialogue-index.json');

/** True when the trained model is present (a config marked as a fixture does not count). */
export function realModelPresent(): boolean {
  if (!existsSync(REAL_MODEL_FILE) || !existsSync(path.join(REAL_MODEL_DIR, 'config.json'))) return false;
  const config = JSON.parse(readFileSync(path.join(REAL_MODEL_DIR, 'config.json'), 'utf8')) as { _note?: string };
  return !/fixture/i.test(config._note ?? '');
}

export const SKIP_REAL = 'skipped: the trained model models/maum-mini/onnx/model_quantized.onnx is not there yet';

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function fakeEmbedding(text: string): Float32Array {
  const t = cleanText(text).replace(/\s/g, '');
  const v = new Float32Array(FAKE_DIM);
  for (let i = 0; i < t.length; i++) {
    const g = t.slice(i, i + 2);
    const h = hash(g);
    v[h % FAKE_DIM]! += h & 1 ? 1 : -1;
  }
  const n = Math.hypot(...v) || 1;
  return v.map((x) => x / n);
}

const KEYWORDS: Array<[RegExp, EmotionId]> = [
  [/기뻐|좋아|행복|신나|합격/u, 'joy'],
  [/슬퍼|우울|눈물|외로/u, 'sadness'],
  [/화나|짜증|열받/u, 'anger'],
  [/불안|걱정|떨려/u, 'anxiety'],
  [/상처|서운/u, 'hurt'],
  [/창피|민망/u, 'embarrassment'],
];

export function fakeEmotions(text: string): number[] {
  const p = EMOTIONS.map(() => 0.02);
  const hit = KEYWORDS.find(([re]) => re.test(text));
  p[EMOTIONS.indexOf(hit ? hit[1] : 'neutral')] = 0.88;
  return p;
}

export async function fakeAnalyze(texts: string[]): Promise<Analysis[]> {
  return texts.map((raw) => {
    const text = cleanText(raw);
    if (!text) throw new Error('cannot analyse an empty text');
    const p = fakeEmotions(text);
    let best = 0;
    p.forEach((x, i) => (best = x > p[best]! ? i : best));
    return { text, emotions: mixFromArray(p), label: EMOTIONS[best]!, embedding: fakeEmbedding(text) };
  });
}

const cachedBySettings = new Map<string, DialogueIndex>();

/** The real corpus indexed with the fake encoder (cached per test file and settings). */
export function fakeIndex(settings: Partial<RetrievalSettings> = {}): DialogueIndex {
  const key = JSON.stringify(settings);
  let cached = cachedBySettings.get(key);
  if (!cached) {
    const corpus = loadCorpus();
    const exemplars = loadSafetyExemplars();
    const rowText = corpus.intents.flatMap((it) => it.examples);
    const rowIntent = corpus.intents.flatMap((it, i) => it.examples.map(() => i));
    const trained = trainIntentModel(rowText, rowIntent, rowText.map(fakeEmbedding), corpus.intents.length, { ...DEFAULT_TRAIN, epochs: 6, seeds: 1 });
    const flat = (texts: string[]) => {
      const out = new Float32Array(texts.length * FAKE_DIM);
      texts.forEach((t, i) => out.set(fakeEmbedding(t), i * FAKE_DIM));
      return out;
    };
    const { json, bin } = encodeDialogueIndex({
      modelVersion: 'fake',
      dim: FAKE_DIM,
      settings: { threshold: 0.3, margin: 0, safetyMargin: 0, note: 'test', ...settings },
      intents: corpus.intents.map(({ id, kind, action, topic, emotion, replies }) => ({ id, kind, ...(action ? { action } : {}), topic, emotion, replies })),
      followups: corpus.followups,
      reflections: corpus.reflections,
      safetyReplies: corpus.safetyReplies,
      vectors: trained.centroids,
      intentModel: trained.model,
      examples: rowText.length,
      safetyVectors: flat(exemplars.map((e) => e.text)),
      safetyLabels: exemplars.map((e) => e.label),
    });
    cached = parseDialogueIndex(JSON.parse(JSON.stringify(json)), bin);
    cachedBySettings.set(key, cached);
  }
  return cached;
}

/** One conversation through the engine, a line at a time; the result of every turn. */
export async function talkThrough(engine: ChatEngine, lines: readonly string[]): Promise<TurnResult[]> {
  let s = engine.newConversation();
  const out: TurnResult[] = [];
  for (const l of lines) {
    const r = await engine.reply(s, l);
    out.push(r);
    s = r.state;
  }
  return out;
}

/**
 * A conversation's lines, then (optionally) a last line said with the songs on screen; the results of all.
 * As the app sends it: the songs the user sees travel with the turn (session 42).
 */
export async function talkThenWithSongs(engine: ChatEngine, lines: readonly string[], last?: { text: string; screen: SongOnScreen[] }): Promise<TurnResult[]> {
  const out = await talkThrough(engine, lines);
  if (last) out.push(await engine.reply(out.at(-1)?.state ?? engine.newConversation(), last.text, { songsOnScreen: last.screen }));
  return out;
}

/**
 * The shipped model and index as a chat, loaded once for a describe block and disposed after it:
 * `const chat = useShippedChat();` then `chat().engine` in the tests.
 */
export function useShippedChat(): () => NodeChat {
  let chat: NodeChat | undefined;
  beforeAll(async () => {
    chat = await createNodeChat({ seed: 1 });
  }, 120_000);
  afterAll(async () => {
    await chat?.encoder.dispose();
  });
  return () => chat!;
}
