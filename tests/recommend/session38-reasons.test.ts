/**
 * Session 38 (reasons): the testers' findings on the song cards (/tmp/s38/hunt/mood, ret item 8).
 *  1. Reason lines overclaimed ("지금 감정과 99% 비슷" against a 43/33/13 chart) or undersold
 *     ("22% 비슷한 분위기"): now the shared emotions in words and a calibrated closeness band.
 *  2. Shift lines: anxiety-led songs were "두근거리는 마음" for happy-nervous users, 「무릎」 (joy 48,
 *     sadness 33) "기쁨 쪽으로 (기쁨 48%)" for sad users: now what the song does, from its vector.
 *  3. The same song in both lists (「하늘바라기」): the shift list leaves out the similar songs.
 * Synthetic catalogues for the units; the shipped catalogue with the testers' chat mixes (copied
 * from /tmp/s38/hunt/mood/out) for the end-to-end checks; the CLI once.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMOTIONS, type EmotionId } from '../../src/ml/emotions';
import { REPO_ROOT } from '../../src/ml/node';
import type { Catalogue } from '../../src/recommend/catalogue';
import { excludeForList, otherList } from '../../src/recommend/lists';
import { loadCatalogueFromDisk } from '../../src/recommend/node';
import { hashString, type Scored } from '../../src/recommend/rank';
import {
  MOOD_BAND_CLOSE,
  MOOD_BAND_CLOSEST,
  OVERLAP_CLOSE,
  OVERLAP_CLOSEST,
  mixOverlap,
  moodBand,
  moodRanks,
  reasonFor,
  sharedEmotions,
  shiftEffect,
} from '../../src/recommend/reason';
import { recommend, type Recommendation } from '../../src/recommend/recommend';
import { makeCatalogue } from './helpers';

const vec = (m: Partial<Record<EmotionId, number>>) => EMOTIONS.map((id) => m[id] ?? 0);
const ids = (list: Recommendation[]) => list.map((r) => r.song.id);
const parts = (mood: number, lyric: number | null = null) => ({ mood, lyric, jitter: 0, boost: 0 });
const base = { liked: false, community: null };

/** The testers' chat mixes (final turn), by conversation. */
const MIX = {
  boss: vec({ anger: 0.37, sadness: 0.33, neutral: 0.13, hurt: 0.1, joy: 0.04, anxiety: 0.03 }),
  wedding: vec({ joy: 0.289, sadness: 0.267, anger: 0.007, anxiety: 0.341, hurt: 0.011, embarrassment: 0.004, neutral: 0.08 }),
  smalltalk: vec({ joy: 0.048, sadness: 0.136, anger: 0.016, anxiety: 0.005, hurt: 0.005, embarrassment: 0.015, neutral: 0.775 }),
  breakup: vec({ joy: 0.092, sadness: 0.638, anger: 0.027, anxiety: 0.04, hurt: 0.071, embarrassment: 0.09, neutral: 0.041 }),
  concert: vec({ joy: 0.765, sadness: 0.061, anger: 0.011, anxiety: 0.12, hurt: 0.006, embarrassment: 0.028, neutral: 0.009 }),
  newjob: vec({ joy: 0.401, sadness: 0.029, anger: 0.096, anxiety: 0.311, hurt: 0.008, embarrassment: 0.039, neutral: 0.117 }),
  birthdayGrief: vec({ joy: 0.22, sadness: 0.664, anger: 0.003, anxiety: 0.006, hurt: 0.006, embarrassment: 0.009, neutral: 0.092 }),
  short: vec({ joy: 0.607, sadness: 0.034, anger: 0.229, anxiety: 0.017, hurt: 0.002, embarrassment: 0.002, neutral: 0.109 }),
  promotion: vec({ joy: 0.484, sadness: 0.049, anger: 0.072, anxiety: 0.002, hurt: 0.14, embarrassment: 0.017, neutral: 0.237 }),
};

describe('1. similar reasons: shared emotions in words, closeness as a calibrated band', () => {
  it('sharedEmotions names what the user feels (top two, ≥ 20%) and the song\'s chart shows', () => {
    const user = vec({ sadness: 0.43, hurt: 0.33, anger: 0.13, neutral: 0.11 });
    expect(sharedEmotions(user, vec({ sadness: 0.5, hurt: 0.3, joy: 0.2 }))).toEqual(['sadness', 'hurt']);
    // The song's order (its chips) comes first.
    expect(sharedEmotions(user, vec({ hurt: 0.5, sadness: 0.3, joy: 0.2 }))).toEqual(['hurt', 'sadness']);
    // Near-misses: the user's third emotion (anger 13%) is not named even when the song leads with it,
    expect(sharedEmotions(user, vec({ anger: 0.6, joy: 0.3, neutral: 0.1 }))).toEqual([]);
    // nor a song emotion below the chart (hurt 10% is no chip),
    expect(sharedEmotions(user, vec({ sadness: 0.6, joy: 0.3, hurt: 0.1 }))).toEqual(['sadness']);
    // nor a user emotion under 20% even in the top two, nor neutral (no feeling to share).
    expect(sharedEmotions(vec({ joy: 0.85, anger: 0.15 }), vec({ anger: 0.5, joy: 0.5 }))).toEqual(['joy']);
    expect(sharedEmotions(vec({ neutral: 0.8, sadness: 0.2 }), vec({ neutral: 0.6, sadness: 0.4 }))).toEqual(['sadness']);
  });

  it('mixOverlap reads two charts: 43/33/13 against 37/31/17 overlaps ≈ 0.9, a neutral mood and a joyful song barely', () => {
    const a = vec({ anger: 0.43, sadness: 0.33, hurt: 0.13, neutral: 0.11 });
    const b = vec({ anger: 0.37, sadness: 0.31, hurt: 0.17, joy: 0.15 });
    expect(mixOverlap(a, b)).toBeCloseTo(0.37 + 0.31 + 0.13, 5);
    expect(mixOverlap(a, a)).toBeCloseTo(1, 5);
    expect(mixOverlap(vec({ neutral: 0.8, sadness: 0.2 }), vec({ joy: 0.7, sadness: 0.3 }))).toBeCloseTo(0.2, 5);
    expect(mixOverlap(vec({}), a)).toBe(0);
    // Unnormalised input is normalised.
    expect(mixOverlap(a.map((x) => x * 3), b)).toBeCloseTo(mixOverlap(a, b), 5);
  });

  it('moodRanks gives the share of songs with a strictly higher mood match; moodBand needs rank and overlap', () => {
    const scored = [0.9, 0.8, 0.8, 0.5].map((mood, i) => ({ song: { id: `s${i}` }, score: mood, parts: parts(mood) }) as unknown as Scored);
    const ranks = moodRanks(scored);
    expect([...ranks.values()]).toEqual([0, 0.25, 0.25, 0.75]);
    expect(moodBand(0)).toBe('closest');
    expect(moodBand(MOOD_BAND_CLOSEST)).toBe('close');
    expect(moodBand(MOOD_BAND_CLOSE)).toBeNull();
    expect(moodBand(undefined)).toBeNull();
    expect(moodBand(0, OVERLAP_CLOSEST - 0.01)).toBe('close');
    expect(moodBand(0, OVERLAP_CLOSE - 0.01)).toBeNull();
  });

  let cat: Catalogue;
  beforeAll(async () => {
    cat = await makeCatalogue([
      { artist: '가', title: '슬픔과 상처', probabilities: vec({ sadness: 0.45, hurt: 0.35, joy: 0.2 }) },
      { artist: '나', title: '밝은 노래', probabilities: vec({ joy: 0.8, neutral: 0.2 }) },
      { artist: '다', title: '무릎', probabilities: vec({ joy: 0.48, sadness: 0.33, anxiety: 0.09, anger: 0.05, neutral: 0.05 }) },
      { artist: '라', title: '답답한 새벽', probabilities: vec({ anxiety: 0.43, joy: 0.29, anger: 0.12, sadness: 0.08, neutral: 0.08 }) },
      { artist: '마', title: '차분한 기쁨', probabilities: vec({ joy: 0.55, neutral: 0.3, sadness: 0.15 }) },
    ]);
  });
  const song = (title: string) => cat.songs.find((s) => s.title === title)!;

  it('a blend (sadness 45, hurt 35) is no clear reading: the line says the fit in a band, never a percentage (session 39)', () => {
    const user = vec({ sadness: 0.43, hurt: 0.33, anger: 0.13, neutral: 0.11 });
    const r = (moodRank?: number, lyric: number | null = null) =>
      reasonFor({ ...base, mode: 'similar', song: song('슬픔과 상처'), parts: parts(0.99, lyric), userVector: user, moodRank });
    expect(r(0)).toBe('지금 마음과 분위기가 아주 가까운 곡이에요.');
    expect(r(0.1)).toBe('지금 마음과 분위기가 가까운 곡이에요.');
    expect(r(0.5)).toBe('지금 마음과 결이 조금 닮은 곡이에요.');
    expect(r(undefined, 0.5)).toBe('지금 마음과 결이 조금 닮은 곡이에요. 가사도 지금 이야기와 많이 닮아 있어요.');
    for (const x of [r(0), r(0.1), r(0.5), r(0, 0.9)]) expect(x).not.toMatch(/\d|%|슬픔|상처/);
    // A clear reading the user shares is named, with the band (밝은 노래: joy 80).
    const glad = vec({ joy: 0.7, neutral: 0.3 });
    expect(reasonFor({ ...base, mode: 'similar', song: song('밝은 노래'), parts: parts(0.99), userVector: glad, moodRank: 0 })).toBe(
      '밝은 기운이 담긴 곡으로, 지금 마음과 분위기가 아주 가까워요.',
    );
  });

  it('a close rank is not "가까워요" when the charts barely overlap (the best song for a flat mood)', () => {
    const flat = vec({ neutral: 0.78, sadness: 0.14, joy: 0.05, anger: 0.03 });
    const r = reasonFor({ ...base, mode: 'similar', song: song('밝은 노래'), parts: parts(0.4), userVector: flat, moodRank: 0 });
    expect(r).toBe('지금 마음과 결이 조금 닮은 곡이에요.');
  });
});

describe('2. shift reasons say what the song does, from its own vector', () => {
  let cat: Catalogue;
  beforeAll(async () => {
    cat = await makeCatalogue([
      { artist: '다', title: '무릎', probabilities: vec({ joy: 0.48, sadness: 0.33, anxiety: 0.09, anger: 0.05, neutral: 0.05 }) },
      { artist: '라', title: '답답한 새벽', probabilities: vec({ anxiety: 0.43, joy: 0.29, anger: 0.12, sadness: 0.08, neutral: 0.08 }) },
      { artist: '마', title: '차분한 기쁨', probabilities: vec({ joy: 0.55, neutral: 0.3, sadness: 0.15 }) },
      { artist: '바', title: '신나는 노래', probabilities: vec({ joy: 0.8, anger: 0.12, anxiety: 0.08 }) },
      { artist: '사', title: '설레는 노래', probabilities: vec({ joy: 0.62, anxiety: 0.28, neutral: 0.1 }) },
      // Session 39: clear readings (lead ≥ 0.5, ≥ 0.3 ahead) for the lines that say what a song is.
      { artist: '아', title: '따뜻한 노래', probabilities: vec({ joy: 0.65, sadness: 0.25, neutral: 0.1 }) },
      { artist: '자', title: '차분한 노래', probabilities: vec({ joy: 0.62, neutral: 0.25, sadness: 0.13 }) },
      { artist: '차', title: '초조한 노래', probabilities: vec({ anxiety: 0.7, joy: 0.2, sadness: 0.1 }) },
    ]);
  });
  const song = (title: string) => cat.songs.find((s) => s.title === title)!;
  const shift = (title: string, user: number[]) => reasonFor({ ...base, mode: 'shift', song: song(title), parts: parts(0.9), userVector: user });

  it('shiftEffect: warm with sorrow or hurt ≥ 20%, calm with neutral ≥ 20%, else bright', () => {
    expect(shiftEffect(song('무릎'))).toBe('warm');
    expect(shiftEffect(song('차분한 기쁨'))).toBe('calm');
    expect(shiftEffect(song('신나는 노래'))).toBe('bright');
    expect(shiftEffect(song('설레는 노래'))).toBe('bright');
  });

  it('a clearly read joy-led song says what it does (warm, calm, bright); no "기쁨 쪽으로 (기쁨 48%)"', () => {
    const sad = MIX.breakup;
    expect(shift('따뜻한 노래', sad)).toBe('슬픔을 덜고 따뜻하게 다독여 줄 곡이에요.');
    expect(shift('차분한 노래', sad)).toBe('슬픔을 덜고 차분하게 숨을 고르게 해 줄 곡이에요.');
    expect(shift('신나는 노래', sad)).toBe('슬픔을 덜고 밝은 기운을 더해 줄 곡이에요.');
    expect(shift('따뜻한 노래', MIX.boss)).toBe('화를 가라앉히고 따뜻하게 다독여 줄 곡이에요.');
    expect(shift('신나는 노래', MIX.smalltalk)).toBe('담담한 마음에 밝은 기운을 더해 줄 곡이에요.');
    expect(shift('따뜻한 노래', MIX.smalltalk)).toBe('담담한 마음에 따뜻한 온기를 더해 줄 곡이에요.');
    for (const t of ['무릎', '차분한 기쁨', '신나는 노래', '따뜻한 노래']) expect(shift(t, sad)).not.toMatch(/\d|%|기쁨 쪽으로/);
  });

  it('session 39: 「무릎」 (joy 48, sadness 33) and 차분한 기쁨 (joy 55, neutral 30) are no clear reading: the list\'s purpose only', () => {
    expect(shift('무릎', MIX.breakup)).toBe('슬픔을 덜고 기분을 바꿔 볼 곡이에요.');
    expect(shift('차분한 기쁨', MIX.breakup)).toBe('슬픔을 덜고 기분을 바꿔 볼 곡이에요.');
    expect(shift('무릎', MIX.boss)).toBe('화를 가라앉히고 기분을 바꿔 볼 곡이에요.');
    expect(shift('무릎', MIX.smalltalk)).toBe('담담한 마음에 변화를 줄 곡이에요.');
    expect(shift('무릎', MIX.concert)).toBe('지금 기분에 다른 결을 더해 볼 곡이에요.');
  });

  it('an anxiety-led song is never a heart-flutter for a glad user', () => {
    // Glad and nervous (new job: joy 40, anxiety 31): a clearly anxious song keeps the nervousness
    // company (only the artist filter still shows one: session 39 leaves them out of a glad shift list).
    expect(shift('초조한 노래', MIX.newjob)).toBe('기쁨 곁의 긴장도 함께 알아주는 곡이에요.');
    // Glad, hardly nervous (concert: anxiety 12): it is named for what it is.
    expect(shift('초조한 노래', MIX.concert)).toBe('조마조마한 마음이 담긴 곡이에요.');
    // 「답답한 새벽」 (anxiety 43, joy 29) is no clear reading (session 39).
    expect(shift('답답한 새벽', MIX.newjob)).toBe('지금 기분에 다른 결을 더해 볼 곡이에요.');
    // A joy-led song with some anxiety: a touch of tension, not 두근거림 either.
    expect(shift('설레는 노래', MIX.concert)).toBe('밝은 기운에 살짝 긴장감이 섞인 곡이에요.');
    for (const u of [MIX.newjob, MIX.concert, MIX.short]) for (const t of ['답답한 새벽', '설레는 노래']) expect(shift(t, u)).not.toMatch(/두근/);
  });
});

describe('3. the two lists of a conversation share no song', () => {
  it('excludeForList: the other list always, this list\'s own songs from page 1 on', () => {
    const shown = { similar: ['a', 'b'], shift: ['c'] };
    expect([...excludeForList('shift', 0, shown)].sort()).toEqual(['a', 'b']);
    expect([...excludeForList('shift', 1, shown)].sort()).toEqual(['a', 'b', 'c']);
    expect([...excludeForList('similar', 0, shown)]).toEqual(['c']);
    expect([...excludeForList('similar', 2, shown)].sort()).toEqual(['a', 'b', 'c']);
    expect([...excludeForList('similar', 0, { similar: new Set(['a']), shift: new Set<string>() })]).toEqual([]);
    expect(otherList('similar')).toBe('shift');
    expect(otherList('shift')).toBe('similar');
  });

  let catalogue: Catalogue;
  beforeAll(async () => {
    catalogue = await loadCatalogueFromDisk();
  });

  it('on the shipped catalogue: the testers\' mixes overlapped before, and no longer do (pages included)', () => {
    let overlappedBefore = 0;
    for (const [name, mix] of Object.entries(MIX)) {
      const seed = hashString(name);
      const similar = recommend(catalogue, { mix, k: 5, seed, mode: 'similar' });
      const naive = recommend(catalogue, { mix, k: 5, seed, mode: 'shift' });
      if (naive.some((r) => ids(similar).includes(r.song.id))) overlappedBefore += 1;
      const shown = { similar: new Set(ids(similar)), shift: new Set<string>() };
      const shift = recommend(catalogue, { mix, k: 5, seed, mode: 'shift', exclude: excludeForList('shift', 0, shown) });
      expect(shift, name).toHaveLength(5);
      for (const id of ids(shift)) shown.shift.add(id);
      expect(ids(shift).filter((id) => shown.similar.has(id)), name).toEqual([]);
      // "다른 곡 추천" on either list brings nothing the other list (or its own earlier page) showed.
      const moreSimilar = recommend(catalogue, { mix, k: 5, seed: seed + 1, mode: 'similar', exclude: excludeForList('similar', 1, shown) });
      for (const id of ids(moreSimilar)) expect(shown.shift.has(id) || shown.similar.has(id), name).toBe(false);
      for (const id of ids(moreSimilar)) shown.similar.add(id);
      const moreShift = recommend(catalogue, { mix, k: 5, seed: seed + 1, mode: 'shift', exclude: excludeForList('shift', 1, shown) });
      for (const id of ids(moreShift)) expect(shown.shift.has(id) || shown.similar.has(id), name).toBe(false);
    }
    // The precondition that lets this test fail: without the rule some testers' lists shared songs.
    expect(overlappedBefore).toBeGreaterThan(0);
  });

  it('on the shipped catalogue: no similar reason quotes a percentage, and no shift reason calls an anxiety song 두근거리는', () => {
    for (const [name, mix] of Object.entries(MIX)) {
      for (const r of recommend(catalogue, { mix, k: 10, seed: hashString(name), mode: 'similar' })) expect(r.reason, name).not.toMatch(/\d|%/);
      for (const r of recommend(catalogue, { mix, k: 10, seed: hashString(name), mode: 'shift' })) {
        expect(r.reason, name).not.toMatch(/두근|기쁨 쪽으로/);
        // Session 39: 「무릎」 (joy 48, sadness 33) is no clear reading; its line says the list's purpose.
        if (r.song.title === '무릎') expect(r.reason).toMatch(/기분을 바꿔 볼|변화를 줄|다른 결을 더해 볼/);
      }
    }
  });

  it('the CLI prints a shift list that shares no song with its similar list', () => {
    const tsx = path.join(REPO_ROOT, 'node_modules/.bin/tsx');
    const text = '아무 일 없이 출근했어요. 지하철 타고 회사 가서 일하고 밥 먹었어요. 그냥 평범한 하루예요.';
    const r = spawnSync(tsx, ['scripts/cli/recommend.ts', '--text', text, '--k', '8'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { similar: { id: string; reason: string }[]; shift: { id: string }[] };
    expect(out.shift).toHaveLength(8);
    const sim = new Set(out.similar.map((s) => s.id));
    expect(out.shift.filter((s) => sim.has(s.id))).toEqual([]);
    for (const s of out.similar) expect(s.reason).not.toMatch(/\d|%/);
  }, 60_000);
});
