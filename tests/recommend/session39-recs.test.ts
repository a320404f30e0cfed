/**
 * Session 39 (recs): the testers' findings on the song lists (sessions 38–39).
 *  1. Reasons contradicted the song: 폴킴 「비」 and Tate McRae 「feel like shit」 "밝은 기운이 담긴 곡",
 *     아이유 「내 손을 잡아」 and 「Blueming」 "분노가 서린 곡". A song's own mood is now claimed only when
 *     the catalogue reads it clearly (reason.ts clearMood: lead ≥ CLEAR_LEAD_MIN, ≥ CLEAR_MARGIN_MIN ahead).
 *  2. A lift request ("신나는 노래") opened with 「먼저 말해줘 (Farewell)」 / 「하루의 끝」: a title saying
 *     goodbye, an ending or tears moves to the end of its page (titles.ts 'lift').
 *  3. Angry stories shared their top 3 (마마, 위안, 내 손을 잡아): inside the catalogue's closest
 *     MOOD_TIE_RANK the mood gap counts only MOOD_TIE_KEEP, so the user's words reorder the top.
 *  4. A glad user's shift list had anxiety-led songs near the top: they are left out for a glad user
 *     (moodShift.ts shiftedAwayFrom; the issue's transform itself is unchanged).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Encoder } from '../../src/ml/encoder';
import { EMOTIONS, type EmotionId } from '../../src/ml/emotions';
import { loadNodeEncoder } from '../../src/ml/node';
import type { Catalogue, Song } from '../../src/recommend/catalogue';
import { JOY_SHIFT_SKIPS, shiftedAwayFrom } from '../../src/recommend/moodShift';
import { loadCatalogueFromDisk } from '../../src/recommend/node';
import { byScore, hashString, MOOD_TIE_KEEP, MOOD_TIE_RANK, scoreSimilar } from '../../src/recommend/rank';
import { pickDiverse } from '../../src/recommend/variety';
import { CLEAR_LEAD_MIN, CLEAR_MARGIN_MIN, claimedEmotion, clearMood, MOOD_BAND_CLOSEST } from '../../src/recommend/reason';
import { recommend, type Recommendation } from '../../src/recommend/recommend';
import { clashTopic, demoteClashes, titleClashes } from '../../src/recommend/titles';
import { SAME_MOOD_STORIES, VARIETY_STORIES } from '../../scripts/catalogue/variety-stories';

const vec = (m: Partial<Record<EmotionId, number>>) => EMOTIONS.map((id) => m[id] ?? 0);
const titles = (list: Recommendation[]) => list.map((r) => r.song.title);
/** Phrases that characterise a song's own mood (similar: MOOD_PHRASE; shift: what the song is like). */
const MOOD_CLAIM = /밝은 기운이 담긴|슬픔이 묻어나는|분노가 서린|불안이 스며 있는|상처가 배어 있는|당혹감이 담긴|담담한 곡|함께 담긴/;
const SHIFT_CLAIM = /밝은 기운|따뜻|차분|여운|힘 있는|긴장|설렘|돌아보게|조마조마|온기/;

let shipped: Catalogue;
beforeAll(async () => {
  shipped = await loadCatalogueFromDisk();
});
const byTitle = (artist: string, title: string): Song => shipped.songs.find((s) => s.artist === artist && s.title === title)!;
const quantile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))]!;

describe('1. a song\'s own mood is claimed only from a clear reading', () => {
  it('the thresholds are the shipped catalogue\'s upper quartiles (dominant share, lead over the second)', () => {
    const lead = shipped.songs.map((s) => Math.max(...s.vector));
    const margin = shipped.songs.map((s) => {
      const [a, b] = [...s.vector].sort((x, y) => y - x);
      return a! - b!;
    });
    expect(Math.abs(quantile(lead, 0.75) - CLEAR_LEAD_MIN)).toBeLessThan(0.02);
    expect(Math.abs(quantile(margin, 0.75) - CLEAR_MARGIN_MIN)).toBeLessThan(0.02);
  });

  it('the testers\' songs have no clear reading; clearly read ones keep theirs', () => {
    for (const [a, t] of [
      ['폴킴', '비'],
      ['Tate McRae', 'feel like shit'],
      ['아이유', '내 손을 잡아'],
      ['아이유', 'Blueming'],
      ['아이유', '무릎'],
    ] as const) {
      expect(byTitle(a, t), t).toBeDefined();
      expect(clearMood(byTitle(a, t)), t).toBeNull();
    }
    expect(clearMood(byTitle('109', '별이 되지 않아도 돼'))).toBe('sadness');
    expect(clearMood(byTitle('박재범', '좋아 (JOAH)'))).toBe('joy');
    expect(clearMood(byTitle('폴킴', '모든 날, 모든 순간'))).toBe('joy');
    // No anxiety- or hurt-led song is read clearly: none is ever "불안이 스며 있는" / "상처가 배어 있는".
    expect(shipped.songs.filter((s) => s.dominant === 'anxiety' || s.dominant === 'hurt').some((s) => clearMood(s) !== null)).toBe(false);
  });

  it('on the shipped catalogue 53 of 223 songs can still be named by a mood (all before session 39)', () => {
    const users = [...EMOTIONS.filter((e) => e !== 'neutral').map((e) => vec({ [e]: 1 })), vec({ joy: 0.8, sadness: 0.2 })];
    let claimed = 0;
    for (const song of shipped.songs) {
      const named = users.some((u) => claimedEmotion(u, song) !== null);
      expect(named).toBe(clearMood(song) !== null);
      if (named) claimed++;
      if (clearMood(song) === null) {
        for (const u of users) {
          const r = recommend({ ...shipped, songs: [song] }, { mix: u, k: 1, seed: 1, mode: 'similar' })[0]!;
          expect(r.reason, song.title).not.toMatch(MOOD_CLAIM);
        }
      }
    }
    expect(claimed).toBe(53); // 54 of 224 before session 41 dropped the untitled children's song
  });

  it('the testers\' cases: 「비」 and 「feel like shit」 for a glad user, 아이유\'s songs for an angry one', () => {
    const glad = vec({ joy: 0.75, sadness: 0.15, neutral: 0.1 });
    const all = recommend(shipped, { mix: glad, k: 224, seed: 3, mode: 'similar' });
    for (const t of ['비', 'feel like shit']) expect(all.find((r) => r.song.title === t)!.reason).not.toMatch(/밝은 기운이 담긴/);
    const angry = recommend(shipped, { mix: vec({ anger: 0.83, sadness: 0.09, embarrassment: 0.06, neutral: 0.02 }), k: 20, seed: 5, mode: 'similar', artist: '아이유' });
    expect(angry.length).toBeGreaterThan(5);
    for (const r of angry) expect(r.reason, r.song.title).not.toMatch(/분노가 서린|분노와|분노가 함께/);
    // Shift lines for unclear songs say the list's purpose, not what the song is like.
    for (const mix of [vec({ sadness: 1 }), vec({ anger: 1 }), vec({ joy: 0.8, sadness: 0.2 }), vec({ neutral: 0.8, joy: 0.2 })]) {
      for (const r of recommend(shipped, { mix, k: 30, seed: 2, mode: 'shift' })) {
        if (clearMood(r.song) === null && r.song.dominant === 'joy') expect(r.reason, r.song.title).not.toMatch(SHIFT_CLAIM);
      }
    }
  });
});

describe('2. a lift request does not open with a goodbye', () => {
  it('clashTopic reads a request for something upbeat, not a glad story', () => {
    for (const t of ['신나는 노래 추천해줘', '기분 전환할 노래 틀어줘', '텐션 좀 올려줘', '기분 좋아지는 곡 없어?', '밝은 노래 듣고 싶어', '힘나는 노래 부탁해']) {
      expect(clashTopic([t]), t).toBe('lift');
    }
    for (const t of ['오늘 신나는 일이 있었어', '친구랑 신나게 놀았어', '밝은 얼굴로 인사했어', '노래방 가서 신났어']) expect(clashTopic([t]), t).toBeNull();
    // A death or a fight with mom told in the same talk keeps its own (stricter) topic.
    expect(clashTopic(['할머니가 돌아가셨어', '신나는 노래 추천해줘'])).toBe('loss');
  });

  it('titles with a goodbye, an ending or tears clash with a lift; a greeting or the blues\' goodbye do not', () => {
    for (const t of ['먼저 말해줘 (Farewell)', '하루의 끝', '이런 엔딩', '내 눈물 모아', '마침표', 'Goodbye Road', '이별택시']) expect(titleClashes(t, 'lift'), t).toBe(true);
    for (const t of ['안녕 (Hello)', 'Bye bye my blue', 'Love Ya!', '슬픔이여안녕', '좋아 (JOAH)', '끄덕끄덕']) expect(titleClashes(t, 'lift'), t).toBe(false);
    expect(titleClashes('하루의 끝', 'loss')).toBe(false);
  });

  it('on the shipped catalogue, 「하루의 끝」 and 「먼저 말해줘 (Farewell)」 no longer lead after "신나는 노래"', () => {
    for (const t of ['하루의 끝', '먼저 말해줘 (Farewell)']) {
      const song = shipped.songs.find((s) => s.title === t)!;
      // Its own chart as the mood: the precondition, it leads without the request (for some seed).
      const seed = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].find((n) => titles(recommend(shipped, { mix: song.vector, k: 5, seed: n, mode: 'similar' }))[0] === t);
      expect(seed, t).toBeDefined();
      const plain = recommend(shipped, { mix: song.vector, k: 5, seed: seed!, mode: 'similar' });
      const asked = recommend(shipped, { mix: song.vector, k: 5, seed: seed!, mode: 'similar', texts: ['신나는 노래 추천해줘'] });
      expect(titles(asked)[0]).not.toBe(t);
      expect(titles(asked)[4]).toBe(t); // moved to the end of its page, not removed
      expect(demoteClashes(plain, null)).toEqual(plain);
    }
  });
});

describe('3. angry stories no longer share their top 3', () => {
  let encoder: Encoder;
  const found = new Map<string, { emotions: number[]; embedding: Float32Array }>();
  const ANGRY = [
    ...SAME_MOOD_STORIES.filter((s) => s.tag === 'anger').map((s) => s.text),
    ...VARIETY_STORIES.filter((s) => s.tag === 'angry' || s.tag === 'anger').map((s) => s.text),
  ];
  beforeAll(async () => {
    encoder = await loadNodeEncoder();
    const out = await encoder.analyze(ANGRY);
    ANGRY.forEach((t, i) => found.set(t, { emotions: EMOTIONS.map((id) => out[i]!.emotions[id]), embedding: out[i]!.embedding }));
  }, 120_000);
  afterAll(async () => {
    await encoder?.dispose();
  });

  it('the tie band is the reasons\' "아주 가까워요" rank band, and keeps a quarter of the mood gap', () => {
    expect(MOOD_TIE_RANK).toBe(MOOD_BAND_CLOSEST);
    expect(MOOD_TIE_KEEP).toBe(0.25);
  });

  it('the angry stories\' top 3s hold at least 6 songs (3 before), with a mean mood of at least 0.88', () => {
    const tops: Recommendation[][] = [];
    for (const t of ANGRY) {
      const a = found.get(t)!;
      if (EMOTIONS[a.emotions.indexOf(Math.max(...a.emotions))] !== 'anger') continue;
      tops.push(recommend(shipped, { mix: a.emotions, embedding: a.embedding, modelVersion: shipped.modelVersion, k: 5, seed: hashString(t), mode: 'similar' }).slice(0, 3));
    }
    expect(tops.length).toBeGreaterThanOrEqual(8);
    const distinct = new Set(tops.flat().map((r) => r.song.id));
    expect(distinct.size).toBeGreaterThanOrEqual(6);
    const mood = tops.flat().reduce((n, r) => n + r.parts.mood, 0) / tops.flat().length;
    expect(mood).toBeGreaterThanOrEqual(0.88);
    // Every top-3 song is led by anger and among the catalogue's closest songs for the mix.
    for (const r of tops.flat()) expect(r.song.dominant).toBe('anger');
  });

  it('without the tie band (the session 38 score) every angry story had the same three', () => {
    const sets = new Set<string>();
    for (const t of ANGRY) {
      const a = found.get(t)!;
      if (EMOTIONS[a.emotions.indexOf(Math.max(...a.emotions))] !== 'anger') continue;
      // Rebuild the session 38 score from the parts: MOOD_BAND only.
      const scored = scoreSimilar(shipped, { vector: a.emotions, embedding: a.embedding, seed: hashString(t) });
      const best = Math.max(...scored.filter((s) => s.song.dominant === 'anger').map((s) => s.parts.mood));
      const rescored = scored.map((x) => ({
        ...x,
        score: x.parts.lyric === null ? 0.5 * x.parts.mood + x.parts.jitter : 0.5 * Math.min(x.parts.mood + 0.1, Math.max(best, x.parts.mood)) + 0.5 * x.parts.lyric + x.parts.jitter,
      }));
      const old = pickDiverse(rescored.sort(byScore), 3)
        .map((x) => x.song.title)
        .sort();
      sets.add(old.join('|'));
    }
    expect([...sets]).toEqual(['내 손을 잡아|마마|위안']);
  });
});

describe('4. a glad user is not shifted towards anxiety', () => {
  const MIX = {
    concert: vec({ joy: 0.765, sadness: 0.061, anger: 0.011, anxiety: 0.12, hurt: 0.006, embarrassment: 0.028, neutral: 0.009 }),
    newjob: vec({ joy: 0.401, sadness: 0.029, anger: 0.096, anxiety: 0.311, hurt: 0.008, embarrassment: 0.039, neutral: 0.117 }),
    nervousGlad: vec({ joy: 0.55, anxiety: 0.4, neutral: 0.05 }),
  };

  it('shiftedAwayFrom leaves anxiety-led songs out when joy leads', () => {
    expect([...JOY_SHIFT_SKIPS]).toEqual(['anxiety']);
    for (const m of Object.values(MIX)) expect(shiftedAwayFrom(m)).toEqual(new Set(['anxiety']));
  });

  it('on the shipped catalogue the glad lists hold no anxiety-led song in their top 10; the old target led to some', () => {
    for (const [name, mix] of Object.entries(MIX)) {
      for (const seed of [1, 2, 3]) {
        const list = recommend(shipped, { mix, k: 10, seed, mode: 'shift' });
        expect(list, name).toHaveLength(10);
        expect(list.map((r) => r.song.dominant), name).not.toContain('anxiety');
      }
    }
    // Precondition: the session 38 target (half of joy spread over all others, anxiety included)
    // put anxiety-led songs in the top 10 for the nervous glad users.
    for (const mix of [MIX.newjob, MIX.nervousGlad]) {
      const others = mix.reduce((a, b) => a + b, 0) - mix[0]!;
      const old = mix.map((x, i) => (i === 0 ? x / 2 : x + ((mix[0]! / 2) * x) / others));
      const naive = recommend(shipped, { mix: old, k: 10, seed: 1, mode: 'similar' });
      expect(naive.map((r) => r.song.dominant)).toContain('anxiety');
    }
  });
});
