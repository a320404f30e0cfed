/**
 * Session 40 (recs): what users still met after session 39.
 *  1. One screen repeated one line: an angry user read "화를 가라앉히고 기분을 바꿔 볼 곡이에요." five times.
 *     reason.ts `reasonsForList` gives every song of a page its own sentences, from the song's own
 *     features (clear mood, the second emotion beside it, the fit, the lyrics, a liked singer, a title
 *     echoing the user's words, a first or further step), with no figure.
 *  2. 「마마」 led every angry list: a song shown to this user before steps back (recommend.ts `recent`,
 *     RECENT_PENALTY per showing), never below the best song outside the closest RECENT_KEEP_RANK.
 *  3. Read by hand: "그냥 평범한 하루였어" (read as sadness 0.68) got "슬픔을 덜고 …" / "슬픔이 묻어나는 곡";
 *     "회식에서 넘어져서 창피해 죽겠어" got "지금 마음과 결이 조금 닮은 곡" for songs at cosine 0.23.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Encoder } from '../../src/ml/encoder';
import { EMOTIONS, type EmotionId } from '../../src/ml/emotions';
import { loadNodeEncoder } from '../../src/ml/node';
import { sharesArtist, type Catalogue, type Song } from '../../src/recommend/catalogue';
import { excludeForList } from '../../src/recommend/lists';
import { loadCatalogueFromDisk } from '../../src/recommend/node';
import { hashString, mulberry32, scoreSimilar } from '../../src/recommend/rank';
import { clearMood, FAR_OVERLAP, mixOverlap, moodRanks, REASON_BLOCK, reasonsForList } from '../../src/recommend/reason';
import { recommend, RECENT_KEEP_RANK, RECENT_PENALTY, type Recommendation } from '../../src/recommend/recommend';
import { titleEchoes, toldFlatDay } from '../../src/recommend/titles';
import { SAME_MOOD_STORIES, VARIETY_STORIES } from '../../scripts/catalogue/variety-stories';
import { withoutRomance } from './helpers';

const vec = (m: Partial<Record<EmotionId, number>>) => EMOTIONS.map((id) => m[id] ?? 0);
const sentences = (list: Recommendation[]) => list.flatMap((r) => r.reason.split(/(?<=\.) /u));
/** No sentence twice within a page of REASON_BLOCK songs. */
function expectDistinct(list: Recommendation[], label: string): void {
  for (let start = 0; start < list.length; start += REASON_BLOCK) {
    const said = sentences(list.slice(start, start + REASON_BLOCK));
    expect(new Set(said).size, `${label}: ${said.join(' | ')}`).toBe(said.length);
  }
}
/** A Dirichlet-ish random mix: a few emotions, one of them leading. */
function randomMix(rand: () => number): number[] {
  const v = EMOTIONS.map(() => (rand() < 0.5 ? 0 : rand() ** 3));
  v[Math.floor(rand() * EMOTIONS.length)]! += 0.3 + rand();
  const sum = v.reduce((a, b) => a + b, 0);
  return v.map((x) => x / sum);
}

let shipped: Catalogue;
let encoder: Encoder;
beforeAll(async () => {
  shipped = await loadCatalogueFromDisk();
  encoder = await loadNodeEncoder();
}, 120_000);
afterAll(async () => {
  await encoder?.dispose();
});
const byTitle = (artist: string, title: string): Song => shipped.songs.find((s) => s.artist === artist && s.title === title)!;

/** Both lists as the CLI and the app build them (shift leaves out the similar songs). */
async function lists(text: string, extra: { recent?: string[]; catalogue?: Catalogue } = {}) {
  const a = await encoder.analyzeLong(text);
  const catalogue = extra.catalogue ?? shipped;
  const common = { mix: a.emotions, k: 5, seed: hashString(text), texts: [text], ...(extra.recent ? { recent: extra.recent } : {}) };
  const similar = recommend(catalogue, { ...common, mode: 'similar', embedding: a.embedding, modelVersion: encoder.info.version });
  const shown = { similar: similar.map((r) => r.song.id), shift: [] as string[] };
  const shift = recommend(catalogue, { ...common, mode: 'shift', exclude: excludeForList('shift', 0, shown) });
  return { mix: a.emotions, similar, shift };
}

const READ_BY_HAND = [
  '시험 끝나서 너무 신나!',
  '남자친구랑 헤어졌어',
  '팀장한테 또 혼났어 진짜 짜증나',
  '내일 발표라 너무 떨려',
  '친구가 내 뒷담을 했대',
  '회식에서 넘어져서 창피해 죽겠어',
  '그냥 평범한 하루였어',
];

describe('1. the lines of one list are distinct and true', () => {
  it('the angry user\'s shift list no longer repeats "화를 가라앉히고 기분을 바꿔 볼 곡이에요" (the report)', async () => {
    const { shift } = await lists('팀장한테 또 혼났어 진짜 짜증나');
    expect(shift).toHaveLength(5);
    expectDistinct(shift, 'angry shift');
    expect(shift.filter((r) => r.reason.includes('화를 가라앉히고')).length).toBeLessThanOrEqual(1);
  });

  it('no sentence repeats on a page: 44 stories and the 7 read by hand, both lists, through the model', async () => {
    const texts = [...VARIETY_STORIES, ...SAME_MOOD_STORIES].map((s) => s.text).concat(READ_BY_HAND);
    for (const t of texts) {
      const { similar, shift } = await lists(t);
      expectDistinct(similar, `${t} similar`);
      expectDistinct(shift, `${t} shift`);
      for (const r of [...similar, ...shift]) {
        expect(r.reason, t).not.toMatch(/\d|%/); // session 38: no figures
        expect(r.reason, t).toMatch(/요\.$/); // 해요체
        for (const s of r.reason.split(/(?<=\.) /u)) expect(s.length, s).toBeLessThanOrEqual(40);
      }
    }
  }, 120_000);

  it('no sentence repeats on a page over 300 random moods, with likes, liked singers, the community, long lists', () => {
    const rand = mulberry32(40);
    for (let trial = 0; trial < 300; trial++) {
      const mix = randomMix(rand);
      // A user embedding that is some song's own lyrics: its neighbours get the lyric lines.
      const embedding = shipped.songs[Math.floor(rand() * shipped.songs.length)]!.embedding;
      const liked = new Map(shipped.songs.filter(() => rand() < 0.15).map((s) => [s.id, ['similar', 'shift'] as ('similar' | 'shift')[]]));
      const community = new Map(shipped.songs.filter(() => rand() < 0.3).map((s) => [s.id, 0.9]));
      const feedback = { dislikedSimilar: new Set<string>(), dislikedShift: new Set<string>(), liked, community };
      const k = trial % 3 === 0 ? 15 : 5;
      for (const mode of ['similar', 'shift'] as const) {
        const list = recommend(shipped, { mix, embedding, k, seed: trial, mode, feedback, texts: ['여행 가고 싶다 비 오는 밤'] });
        expectDistinct(list, `${mode} ${mix.map((x) => x.toFixed(2)).join('/')}`);
        for (const r of list) expect(r.reason).not.toMatch(/\d|%/);
      }
    }
  });

  it('every line is true of its song: a lyric line only from the thresholds, a liked line only for likes', () => {
    const rand = mulberry32(41);
    for (let trial = 0; trial < 100; trial++) {
      const mix = randomMix(rand);
      const embedding = shipped.songs[Math.floor(rand() * shipped.songs.length)]!.embedding;
      const likedIds = new Set(shipped.songs.filter(() => rand() < 0.1).map((s) => s.id));
      const feedback = { dislikedSimilar: new Set<string>(), dislikedShift: new Set<string>(), liked: new Map([...likedIds].map((id) => [id, ['similar', 'shift'] as ('similar' | 'shift')[]])) };
      for (const mode of ['similar', 'shift'] as const) {
        for (const r of recommend(shipped, { mix, embedding, k: 5, seed: trial, mode, feedback })) {
          if (/가사도|가사 또한|많이 닮아/.test(r.reason)) expect(r.parts.lyric).toBeGreaterThanOrEqual(0.42);
          if (r.reason.includes('가사')) expect(r.parts.lyric).toBeGreaterThanOrEqual(0.31);
          if (/전에 좋아한 곡|이 곡도 전에 좋아하셨|마음에 들어 하신/.test(r.reason)) expect(likedIds.has(r.song.id)).toBe(true);
          if (r.reason.includes('좋아한 가수') || r.reason.includes('좋아하셨던 가수')) {
            expect(shipped.songs.some((s) => likedIds.has(s.id) && s.id !== r.song.id && sharesArtist(s, r.song))).toBe(true);
          }
          // A second emotion is never named as a negative one (session 37: "분노가 서린" to a mortified user).
          expect(r.reason).not.toMatch(/속에 (슬픔|분노|불안|상처|당혹감)도/);
        }
      }
    }
  });

  it('a liked singer and a title that echoes the user\'s words are said, each once', () => {
    const trip = byTitle('볼빨간사춘기', '여행');
    expect(titleEchoes(trip.title, ['여행 가고 싶어'])).toBe(true);
    expect(titleEchoes('나의 하루는 너무 길다', ['내일 발표라 너무 떨려'])).toBe(false); // "너무" is no echo
    expect(titleEchoes('비와 당신', ['비 오는 날'])).toBe(false); // one letter is no echo
    expect(titleEchoes('Beautiful (Feat. Camila Cabello)', ['camila 노래'])).toBe(false); // bracketed part left out
    const [r] = reasonsForList(
      [{ song: trip, parts: { mood: 0.9, lyric: null, jitter: 0, boost: 0 }, liked: false, community: null, titleEcho: true, likedArtist: true }],
      { mode: 'shift', userVector: vec({ anger: 1 }) },
    );
    expect(r).toBeDefined();
    const two = reasonsForList(
      [0, 1].map(() => ({ song: trip, parts: { mood: 0.9, lyric: null, jitter: 0, boost: 0 }, liked: true, community: 0.9, titleEcho: true, likedArtist: true })),
      { mode: 'shift', userVector: vec({ anger: 1 }) },
    );
    expect(two[0]).not.toBe(two[1]);
    expect(two.join(' ')).toMatch(/전에 좋아한 곡이에요/);
    expect(two.join(' ')).toMatch(/이 곡도 전에 좋아하셨어요/);
  });

  it('a shift song is a first step (keeps some of the feeling) or a further step (almost none), on the song\'s own chart', () => {
    const angry = vec({ anger: 1 });
    const plainJoy = shipped.songs.filter((s) => s.dominant === 'joy' && clearMood(s) === null);
    const keeps = plainJoy.find((s) => s.emotions.anger >= 0.12)!;
    const leaves = plainJoy.find((s) => s.emotions.anger < 0.05)!;
    const item = (song: Song) => ({ song, parts: { mood: 0.9, lyric: null, jitter: 0, boost: 0 }, liked: false, community: null });
    // The same song twice: the second cannot repeat the first line and says its step.
    const [a1, a2] = reasonsForList([item(keeps), item(keeps)], { mode: 'shift', userVector: angry });
    expect(a1).toBe('화를 가라앉히고 기분을 바꿔 볼 곡이에요.');
    expect(a2).toBe('지금 마음을 조금 안은 채 천천히 바꿔 볼 곡이에요.');
    const [, b2] = reasonsForList([item(leaves), item(leaves)], { mode: 'shift', userVector: angry });
    expect(b2).toBe('지금 마음에서 한 걸음 더 벗어나 볼 곡이에요.');
  });
});

describe('2. one song does not lead every angry list for the same person', () => {
  const ANGRY = SAME_MOOD_STORIES.filter((s) => s.tag === 'anger').map((s) => s.text);

  it('before: 「마마」 is in every angry similar list (the finding); the figure this rule is measured against', async () => {
    let withMama = 0;
    for (const t of ANGRY) if ((await lists(t)).similar.some((r) => r.song.title === '마마')) withMama += 1;
    expect(withMama).toBeGreaterThanOrEqual(ANGRY.length - 1);
  }, 60_000);

  it('a song shown before steps back, and only songs as close in mood take its place', async () => {
    const angry = vec({ anger: 1 });
    const base = recommend(shipped, { mix: angry, k: 5, seed: 1, mode: 'similar' });
    const mama = byTitle('김필선', '마마');
    expect(base[0]!.song.id).toBe(mama.id);
    // By mood alone (no words) 「마마」 leads 「위안」 by 0.08: one showing (−0.05) keeps it first, two move it down.
    const once = recommend(shipped, { mix: angry, k: 5, seed: 1, mode: 'similar', recent: [mama.id] });
    expect(once[0]!.song.id).toBe(mama.id);
    const twice = recommend(shipped, { mix: angry, k: 5, seed: 1, mode: 'similar', recent: [mama.id, mama.id] });
    expect(twice.findIndex((r) => r.song.id === mama.id)).toBeGreaterThan(0);
    // Shown many times, and every other close song too: the list still holds only the closest songs.
    const ranks = moodRanks(scoreSimilar(shipped, { vector: angry, embedding: null, seed: 1 }));
    const close = shipped.songs.filter((s) => ranks.get(s.id)! < RECENT_KEEP_RANK).map((s) => s.id);
    const many = recommend(shipped, { mix: angry, k: 5, seed: 1, mode: 'similar', recent: close.flatMap((id) => [id, id, id, id]) });
    for (const r of many) expect(ranks.get(r.song.id)!, r.song.title).toBeLessThan(RECENT_KEEP_RANK);
    expect(RECENT_PENALTY).toBe(0.05);
  });

  it('one person telling the six angry stories in turn: fewer lists with 「마마」, the mood stays close', async () => {
    let seen: string[] = [];
    const counts = { before: 0, after: 0 };
    const mood = { before: 0, after: 0 };
    // The recent rule alone: the session-41 love-song demotion (these are stories about work, family,
    // neighbours) changes both lists and is measured in session41-songs.test.ts.
    const catalogue = withoutRomance(shipped);
    for (const t of ANGRY) {
      const plain = await lists(t, { catalogue });
      const remembered = await lists(t, { recent: seen, catalogue });
      seen = [...seen, ...remembered.similar.map((r) => r.song.id), ...remembered.shift.map((r) => r.song.id)];
      if (plain.similar.some((r) => r.song.title === '마마')) counts.before += 1;
      if (remembered.similar.some((r) => r.song.title === '마마')) counts.after += 1;
      mood.before += plain.similar.reduce((n, r) => n + r.parts.mood, 0);
      mood.after += remembered.similar.reduce((n, r) => n + r.parts.mood, 0);
    }
    expect(counts.after).toBeLessThan(counts.before);
    // The mean mood of the lists falls by at most 0.03 (README: 0.820 → 0.808 over the angry stories).
    expect((mood.before - mood.after) / (ANGRY.length * 5)).toBeLessThan(0.03);
  }, 60_000);
});

describe('3. read by hand', () => {
  it('an ordinary day is not eased of a sadness the user never told ("그냥 평범한 하루였어")', async () => {
    expect(toldFlatDay(['그냥 평범한 하루였어'])).toBe(true);
    expect(toldFlatDay(['별일 없었어'])).toBe(true);
    expect(toldFlatDay(['평범한 하루였는데 갑자기 차였어'])).toBe(false);
    expect(toldFlatDay(['그냥 평범한 하루였어', '근데 밤에 엄마랑 싸웠어'])).toBe(false);
    expect(toldFlatDay(['오늘 너무 슬퍼'])).toBe(false);
    const { mix, similar, shift } = await lists('그냥 평범한 하루였어');
    expect(mix.sadness).toBeGreaterThan(0.5); // the model's reading, unchanged
    for (const r of [...similar, ...shift]) expect(r.reason).not.toMatch(/슬픔|덜고/);
    expect(shift[0]!.reason).toBe('담담한 마음에 변화를 줄 곡이에요.');
    // The same mix without those words still reads as sadness (the rule is the words, not the mix).
    const plain = recommend(shipped, { mix, k: 5, seed: 1, mode: 'shift' });
    expect(plain[0]!.reason).toMatch(/^슬픔을 덜고/);
  });

  it('an embarrassed user is not told the far songs are alike ("회식에서 넘어져서 창피해 죽겠어")', async () => {
    const { mix, similar } = await lists('회식에서 넘어져서 창피해 죽겠어');
    const far = similar.filter((r) => mixOverlap(Object.values(mix), r.song.vector) < FAR_OVERLAP);
    expect(far.length).toBeGreaterThan(0);
    for (const r of far) expect(r.reason.replace('가까운 결로 골라 본', '')).not.toMatch(/닮은|가까운|가까워요/);
    expect(far[0]!.reason).toMatch(/^당혹감을 그대로 담은 곡은 드물어/);
    expect(similar.filter((r) => r.reason.includes('드물어'))).toHaveLength(1);
  });

  it('the seven texts: distinct lines, and no shift song is led by the feeling it eases', async () => {
    for (const t of READ_BY_HAND) {
      const { similar, shift } = await lists(t);
      expect(similar).toHaveLength(5);
      expect(shift).toHaveLength(5);
      expectDistinct(similar, t);
      expectDistinct(shift, t);
    }
  }, 60_000);
});
