/**
 * Property tests of the recommender on the real catalogue with the real model: what a
 * clearly sad or angry text gets. Skipped only when the shipped model is not there.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis, Encoder } from '../../src/ml/encoder';
import { EMOTIONS, type EmotionId } from '../../src/ml/emotions';
import { loadNodeEncoder, MODELS_DIR } from '../../src/ml/node';
import type { Catalogue } from '../../src/recommend/catalogue';
import { loadCatalogueFromDisk } from '../../src/recommend/node';
import { recommend, type Recommendation } from '../../src/recommend/recommend';
import { loadEmotionSplit } from '../../scripts/eval/datasets';

const MODEL_FILE = path.join(MODELS_DIR, 'maum-mini', 'onnx', 'model_quantized.onnx');
const hasModel = existsSync(MODEL_FILE);
if (!hasModel) console.warn(`recommend property tests skipped: ${MODEL_FILE} is missing (the trained model is not in this checkout)`);

const SAD =
  '헤어지고 나서 매일 밤 혼자 울어요. 너무 슬프고 외로워서 아무것도 손에 잡히지 않아요. 그 사람이 보고 싶어서 마음이 무너질 것 같아요.';
const ANGRY =
  '진짜 너무 화가 나요. 팀장이 또 내 잘못도 아닌 일로 모두 앞에서 소리를 질렀어요. 억울하고 열받아서 참을 수가 없어요.';
const SEEDS = [1, 2, 3, 4, 5];

const count = (list: Recommendation[], ids: EmotionId[]) => list.filter((r) => ids.includes(r.song.dominant)).length;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe.skipIf(!hasModel)('recommendations on the real catalogue', () => {
  let encoder: Encoder;
  let catalogue: Catalogue;
  let sad: Analysis;
  let angry: Analysis;

  beforeAll(async () => {
    encoder = await loadNodeEncoder();
    catalogue = await loadCatalogueFromDisk();
    [sad, angry] = (await encoder.analyze([SAD, ANGRY])) as [Analysis, Analysis];
  });
  afterAll(async () => {
    await encoder?.dispose();
  });

  const ask = (a: Analysis, mode: 'similar' | 'shift', seed: number) =>
    recommend(catalogue, { mix: a.emotions, embedding: a.embedding, modelVersion: encoder.info.version, k: 5, seed, mode });

  it('uses a catalogue built with this model', () => {
    expect(catalogue.modelVersion).toBe(encoder.info.version);
  });

  it('reads the texts the way a person would (preconditions)', () => {
    expect(['sadness', 'hurt']).toContain(sad.label);
    expect(angry.label).toBe('anger');
  });

  it('a clearly sad text: the similar top 5 is dominated by sadness/hurt songs', () => {
    for (const seed of SEEDS) {
      const similar = ask(sad, 'similar', seed);
      expect(similar).toHaveLength(5);
      expect(count(similar, ['sadness', 'hurt']), `similar (seed ${seed}): ${similar.map((r) => r.song.dominant)}`).toBeGreaterThanOrEqual(3);
    }
  });

  // The original transform moves half of every non-joy emotion to joy. For an extremely
  // one-sided text (sadness 0.95) that lands between joy and sadness (0.50 / 0.47), and the
  // nearest songs are bittersweet ones, half joy-led and half sadness-led. So the property is
  // checked the way it is meant: over every sad text of the held-out dev split (212, none
  // picked by hand), the mood-shift lists are dominated by joy songs and the similar lists by
  // sadness/hurt songs.
  it('sad texts (the dev split): mood-shift lists are dominated by joy songs, similar lists by sadness/hurt', async () => {
    const texts = loadEmotionSplit('dev').filter((x) => x.label === EMOTIONS.indexOf('sadness')).map((x) => x.text);
    expect(texts.length).toBeGreaterThan(100);
    const analyses = await encoder.analyze(texts);
    let joy = 0;
    let sadOrHurt = 0;
    for (const a of analyses) {
      joy += count(ask(a, 'shift', 1), ['joy']);
      sadOrHurt += count(ask(a, 'similar', 1), ['sadness', 'hurt']);
    }
    expect(joy / (5 * texts.length)).toBeGreaterThanOrEqual(0.6);
    expect(sadOrHurt / (5 * texts.length)).toBeGreaterThanOrEqual(0.6);
  });

  it('an angry text: the similar list leans to anger', () => {
    const catalogueAnger = mean(catalogue.songs.map((s) => s.emotions.anger));
    const angerSongs = catalogue.songs.filter((s) => s.dominant === 'anger').length;
    for (const seed of SEEDS) {
      const similar = ask(angry, 'similar', seed);
      const topAnger = mean(similar.map((r) => r.song.emotions.anger));
      // Twice the catalogue's average anger, and an anger-led song where the catalogue has any.
      expect(topAnger, `seed ${seed}`).toBeGreaterThanOrEqual(2 * catalogueAnger);
      if (angerSongs > 0) expect(count(similar, ['anger']), `seed ${seed}`).toBeGreaterThanOrEqual(1);
      // …and much more than the sad text's list does.
      const sadTop = mean(ask(sad, 'similar', seed).map((r) => r.song.emotions.anger));
      expect(topAnger).toBeGreaterThan(sadTop);
    }
  });

  it('the same seed gives the same list, with reasons', () => {
    for (const mode of ['similar', 'shift'] as const) {
      const a = ask(sad, mode, 42);
      const b = ask(sad, mode, 42);
      expect(a.map((r) => r.song.id)).toEqual(b.map((r) => r.song.id));
      expect(a.map((r) => r.reason)).toEqual(b.map((r) => r.reason));
      for (const r of a) expect(r.reason).toMatch(/곡/);
    }
  });

  it('gives every song a distinct place: the catalogue is not one emotion', () => {
    const dominants = new Set(catalogue.songs.map((s) => s.dominant));
    expect(dominants.size).toBeGreaterThanOrEqual(3);
    expect(EMOTIONS).toEqual(expect.arrayContaining([...dominants]));
  });
});
