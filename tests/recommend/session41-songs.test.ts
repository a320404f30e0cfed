/**
 * Session 41 (songs): love songs for pain that is not about love. Testers who told of a fight with a
 * friend, a boss or an exam got love songs in the similar list (it ranks by emotion and lyric-embedding
 * cosines, and neither knows a song's topic). The catalogue now carries a love-song score per song
 * (`romance`, from the lyric's words at build time: scripts/catalogue/romance.ts), and a talk clearly
 * about something else steps love songs back (src/recommend/romance.ts); a talk about love does not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Encoder } from '../../src/ml/encoder';
import { loadNodeEncoder } from '../../src/ml/node';
import { CatalogueError, parseCatalogue, type Catalogue } from '../../src/recommend/catalogue';
import { loadCatalogueFromDisk } from '../../src/recommend/node';
import { hashString } from '../../src/recommend/rank';
import { recommend, type Recommendation } from '../../src/recommend/recommend';
import { ROMANCE_PENALTY, romancePenalty, talkTopic } from '../../src/recommend/romance';
import { LOVE_SONG_MIN, romanceScore } from '../../scripts/catalogue/romance';
import { serialiseCatalogue } from '../../scripts/catalogue/encode';
import { TOPIC_STORIES } from '../../scripts/catalogue/variety-stories';
import { loadLabels } from '../../scripts/eval/song-labels';
import { DIM, unit, withoutRomance } from './helpers';

describe('talkTopic: what the user texts are about', () => {
  it.each([
    ['친구랑 크게 싸웠어. 걔가 먼저 시비 걸었는데'],
    ['베프가 내 뒷담을 까고 다녔대'],
    ['팀장이 또 나한테만 일 몰아줬어'],
    ['회사 가기 싫다 진짜'],
    ['시험 망쳤어 성적 어떡하지'],
    ['수능이 한 달 남았는데 공부가 안 돼요'],
    ['엄마가 내 방을 뒤졌어'],
    ['동생이랑 싸워서 짜증나'],
    ['강아지가 아파서 병원에 다녀왔어요'],
    ['새 학교로 전학 가는데 친구를 못 사귈까 봐 무서워요'],
  ])('"%s" is about something other than love', (text) => {
    expect(talkTopic([text])).toBe('other');
  });

  it.each([
    ['남자친구랑 헤어졌어'],
    ['여친이랑 또 싸웠어'],
    ['짝사랑하던 선배한테 고백했다가 차였어'],
    ['전 남친한테 연락이 왔어요'],
    ['썸 타던 사람이 연락이 없어'],
    ['남편이 요즘 대화도 안 해요'],
    ['3년 사귄 사람이랑 이별했어요'],
  ])('"%s" is about love', (text) => {
    expect(talkTopic([text])).toBe('love');
  });

  it('love told anywhere in the talk wins over another subject (a friend fight about a boyfriend is about love too)', () => {
    expect(talkTopic(['친구랑 싸웠어', '근데 사실 걔가 내 남자친구한테 연락해서 그래'])).toBe('love');
    expect(talkTopic(['회사 때문에 힘든데', '여자친구까지 헤어지자고 하네'])).toBe('love');
  });

  it('a mood alone, the wind, or making friends is no love and no clear subject', () => {
    expect(talkTopic(['우울해'])).toBeNull();
    expect(talkTopic(['그냥 기분이 별로야', '아무것도 하기 싫어'])).toBeNull();
    expect(talkTopic(['오늘 바람이 시원해서 좋았어'])).toBeNull();
    expect(talkTopic([])).toBeNull();
    // 남자친구 is no friend: a talk about a boyfriend is not 'other'.
    expect(talkTopic(['남자친구가 연락을 안 해'])).not.toBe('other');
  });

  it('penalises only a talk about something else, in proportion to the score', () => {
    expect(romancePenalty(0.9, 'other')).toBeCloseTo(0.9 * ROMANCE_PENALTY, 10);
    expect(romancePenalty(0, 'other')).toBe(0);
    expect(romancePenalty(0.9, 'love')).toBe(0);
    expect(romancePenalty(0.9, null)).toBe(0);
  });
});

describe('the love-song score (build time)', () => {
  // Invented lines for the test, no lyric of any song.
  const love = ['그대 없는 밤이 길어', '사랑해 보고 싶어 너의 품에', '헤어지자는 말이 아직도 아파', '너와 나 손 잡고 걷던 길'].join('\n');
  const comfort = ['오늘 하루도 잘 버텼어', '괜찮아 천천히 가도 돼', '넘어져도 다시 일어나면 돼', '내일은 조금 나을 거야'].join('\n');
  const city = ['버스는 늦게 오고 비가 와', '편의점 불빛 아래 서서', '우산 없이 집까지 걸어가', '신호등이 바뀌길 기다려'].join('\n');

  it('scores a love lyric high and a lyric of comfort or a street low', () => {
    expect(romanceScore(love)).toBeGreaterThanOrEqual(LOVE_SONG_MIN);
    expect(romanceScore(comfort)).toBeLessThan(0.2);
    expect(romanceScore(city)).toBe(0);
  });

  it('is a density: one love word in a long lyric is no love song', () => {
    expect(romanceScore([...Array(30).fill('매일 같은 길을 걸어가'), '사랑'].join('\n'))).toBeLessThan(0.2);
    // Past MIN_LINES, a chorus sung three or six times reads the same.
    expect(romanceScore(Array(6).fill(love).join('\n'))).toBeCloseTo(romanceScore(Array(3).fill(love).join('\n')), 6);
  });

  it('travels through the catalogue file, 0 when a file has none, and a bad value is refused', () => {
    const base = { artist: '가수', title: '노래', videoId: 'abcdefghijk', probabilities: [0.5, 0.5, 0, 0, 0, 0, 0], embedding: unit(Array.from({ length: DIM }, (_, i) => i + 1)) };
    const { json, bin } = serialiseCatalogue({ modelVersion: 'm', binFile: 'songs.bin', songs: [{ ...base, id: 's0123456789', romance: 0.73456 }] });
    expect(parseCatalogue(json, bin).songs[0]!.romance).toBe(0.7346);
    const old = serialiseCatalogue({ modelVersion: 'm', binFile: 'songs.bin', songs: [{ ...base, id: 's0123456789' }] });
    expect(JSON.parse(old.json).songs[0]).not.toHaveProperty('romance');
    expect(parseCatalogue(old.json, old.bin).songs[0]!.romance).toBe(0);
    const bad = JSON.parse(json);
    bad.songs[0].romance = 1.5;
    expect(() => parseCatalogue(bad, bin)).toThrow(CatalogueError);
  });
});

describe('on the shipped catalogue and model', () => {
  let shipped: Catalogue;
  let encoder: Encoder;
  beforeAll(async () => {
    shipped = await loadCatalogueFromDisk();
    encoder = await loadNodeEncoder();
  }, 120_000);
  afterAll(async () => {
    await encoder?.dispose();
  });

  async function similar(catalogue: Catalogue, texts: string[]): Promise<Recommendation[]> {
    const a = await encoder.analyzeLong(texts.join('\n'));
    return recommend(catalogue, {
      mix: a.emotions,
      embedding: a.embedding,
      modelVersion: encoder.info.version,
      k: 5,
      seed: hashString(texts.join('\n')),
      mode: 'similar',
      texts,
    });
  }

  it('every song has a love-song score, and the catalogue holds both kinds', () => {
    expect(shipped.songs.every((s) => s.romance >= 0 && s.romance <= 1)).toBe(true);
    const called = shipped.songs.filter((s) => s.romance >= LOVE_SONG_MIN).length;
    expect(called).toBeGreaterThan(20);
    expect(called).toBeLessThan(shipped.songs.length * 0.8);
  });

  it('stories about friends, work, school and family: at most two hand-labelled love songs in a similar top 5 (there were up to 4)', async () => {
    // The hand labels (data/eval/song-moods.json) judge the lists, not the score the rule uses.
    const handLove = new Set(loadLabels().filter((l) => l.romance).map((l) => l.id));
    let before = 0;
    let after = 0;
    for (const { text } of TOPIC_STORIES.filter((s) => s.tag === 'other')) {
      const list = await similar(shipped, [text]);
      const love = list.filter((r) => handLove.has(r.song.id)).length;
      expect(love, `${text}: ${list.map((r) => r.song.title).join(', ')}`).toBeLessThanOrEqual(2);
      after += love;
      before += (await similar(withoutRomance(shipped), [text])).filter((r) => handLove.has(r.song.id)).length;
    }
    // 26 → 10 of 40 when written (npm run --silent eval:song-moods -- --lists counts all 43 such stories).
    expect(after).toBeLessThanOrEqual(12);
    expect(before).toBeGreaterThanOrEqual(20);
  }, 60_000);

  it('conversations in turns (a friend, a professor, a boss): fewer love songs, the songs stay close in mood', async () => {
    const handLove = new Set(loadLabels().filter((l) => l.romance).map((l) => l.id));
    const talks = [
      ['요즘 좀 힘들어', '제일 친한 친구랑 싸웠거든', '걔가 내 얘기를 다른 애들한테 다 하고 다녔어. 너무 서운해'],
      ['과제 때문에 밤새고 있어', '교수님이 또 다 갈아엎으래', '진짜 울고 싶다'],
      ['요즘 회사에서 너무 힘들어', '상사가 매일 소리 지르고', '집에 와서도 눈물만 나'],
    ];
    const count = { on: 0, off: 0 };
    const mood = { on: 0, off: 0 };
    const meanMood = (l: Recommendation[]) => l.reduce((m, r) => m + r.parts.mood, 0) / l.length;
    for (const texts of talks) {
      expect(talkTopic(texts)).toBe('other');
      const on = await similar(shipped, texts);
      const off = await similar(withoutRomance(shipped), texts);
      count.on += on.filter((r) => handLove.has(r.song.id)).length;
      count.off += off.filter((r) => handLove.has(r.song.id)).length;
      mood.on += meanMood(on) / talks.length;
      mood.off += meanMood(off) / talks.length;
    }
    // 9 → 5 of 15 when written.
    expect(count.on).toBeLessThanOrEqual(5);
    expect(count.off).toBeGreaterThanOrEqual(8);
    expect(mood.on).toBeGreaterThan(mood.off - 0.03);
  }, 30_000);

  it('a talk about love is not penalised: the same list as without the demotion', async () => {
    for (const { text } of TOPIC_STORIES.filter((s) => s.tag === 'love')) {
      const on = await similar(shipped, [text]);
      const off = await similar(withoutRomance(shipped), [text]);
      expect(on.map((r) => r.song.id)).toEqual(off.map((r) => r.song.id));
      expect(on.map((r) => r.score)).toEqual(off.map((r) => r.score));
    }
  }, 60_000);

  it('the shift list and a talk with no clear subject are unchanged', async () => {
    const text = '그냥 기분이 너무 가라앉아. 아무것도 하기 싫어';
    expect(talkTopic([text])).toBeNull();
    expect((await similar(shipped, [text])).map((r) => r.song.id)).toEqual((await similar(withoutRomance(shipped), [text])).map((r) => r.song.id));
    const q = { mix: [0, 0.7, 0, 0, 0.3, 0, 0], k: 5, seed: 3, mode: 'shift' as const, texts: ['친구랑 싸웠어'] };
    expect(recommend(shipped, q).map((r) => r.song.id)).toEqual(recommend(withoutRomance(shipped), q).map((r) => r.song.id));
  }, 30_000);
});
