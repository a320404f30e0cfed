/**
 * Session 38 (songs), the chat side: a singer asked for ("아이유 노래 추천해줘", "볼빨간 사춘기 거
 * 있어?", "성시경 노래 중에 위로되는 거") opens that singer's songs (TurnResult.songArtist, which the
 * app passes to the recommender), with an honest line about how many the catalogue has, or none.
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { artistRequest, artistRequestLine } from '../../src/chat/song-turns';
import { listArtistAfter } from '../../src/recommend/artist';
import { fakeAnalyze, fakeIndex, realModelPresent, SKIP_REAL, talkThrough, useShippedChat } from './helpers';

const CATALOGUE = [
  { artist: '아이유', title: '밤편지' },
  { artist: '아이유', title: '무릎' },
  { artist: '아이유', title: '이름에게' },
  { artist: '아이유', title: '소격동' },
  { artist: '아이유', title: '스물셋' },
  { artist: '잔나비', title: '가을밤에 든 생각' },
  { artist: 'AKMU (악뮤)', title: '어떻게 이별까지 사랑하겠어, 널 사랑하는 거지' },
  { artist: 'AKMU', title: '오랜 날 오랜 밤' },
  { artist: '볼빨간사춘기', title: '나의 사춘기에게' },
  { artist: '다섯', title: '어떤 노래' },
  { artist: '방탄소년단', title: '봄날' },
];
const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, songNames: () => CATALOGUE });
const STORY = '요즘 회사 일이 너무 많아서 매일 늦게 퇴근하고 주말에도 쉬지 못해서 몸도 마음도 지쳐 있어';

describe('artistRequest: a singer asked for', () => {
  it('finds catalogue singers in requests and questions, any spacing or known spelling', () => {
    const cases: Array<[string, string, number]> = [
      ['아이유 노래 추천해줘', '아이유', 5],
      ['아이유 노래로 추천해줘', '아이유', 5],
      ['아이유의 노래 들려줘', '아이유', 5],
      ['IU 노래 틀어줘', '아이유', 5],
      ['볼빨간사춘기 거 있어?', '볼빨간사춘기', 1],
      ['볼빨간 사춘기 노래 있어?', '볼빨간사춘기', 1],
      ['그럼 잔나비 노래 있어?', '잔나비', 1],
      ['악뮤 노래 듣고 싶어', 'AKMU', 2],
      ['BTS 노래 틀어줘', '방탄소년단', 1],
      ['요즘 회사 일이 너무 많아서 지쳤어요. 악뮤 노래 틀어줘', 'AKMU', 2],
      ['아이유 노래 중에 위로되는 거', '아이유', 5],
      ['아이유 노래 나와?', '아이유', 5],
      ['아이유 노래로', '아이유', 5],
      ['볼빨간 사춘기 노래?', '볼빨간사춘기', 1],
    ];
    for (const [text, name, count] of cases) expect(artistRequest(text, CATALOGUE), text).toMatchObject({ name, count });
    expect(artistRequest('악뮤 노래 듣고 싶어', CATALOGUE)!.titles).toEqual(['어떻게 이별까지 사랑하겠어, 널 사랑하는 거지', '오랜 날 오랜 밤']);
  });

  it('names a singer the catalogue lacks only as a singer is named', () => {
    expect(artistRequest('성시경 노래 중에 위로되는 거', CATALOGUE)).toEqual({ name: '성시경', count: 0 });
    expect(artistRequest('성시경 노래 추천해줘', CATALOGUE)).toEqual({ name: '성시경', count: 0 });
    expect(artistRequest('성시경 노래 추천해줘', null)).toEqual({ name: '성시경', count: null });
  });

  it('leaves near-misses: declined, someone else’s, told not asked, moods, kinds, counts', () => {
    for (const text of [
      '아이유 노래 말고',
      '아이유 노래 말고 다른 거',
      '친구가 아이유 노래 추천해줬어',
      '아이유 노래 좋아해',
      '아이유 노래 들으면서 울었어',
      '아이유 노래 없어서 아쉬워',
      '아이유 노래는 이미 다 들어봤어',
      '노래 추천해줘',
      '슬픈 노래 추천해줘',
      '우울한데 노래 추천해줘',
      '위로되는 노래 추천해줘',
      '이별 노래 추천해줘',
      '발라드 노래 추천해줘',
      '드라마 노래 추천해줘',
      '요즘 노래 추천해줘',
      '신나는 거 있어?',
      '다른 거 추천해줘',
      '다섯 곡 추천해줘',
      '출근길 노래 추천해줘',
      '오늘 하루 힘들었어 노래 좀 추천해줘',
      '109 노래 있어?',
      '아이유 노래 나와서 울컥했어',
      '요즘 듣는 건 다 아이유 노래',
      '추천 노래?',
      '무슨 노래?',
      '슬픈 노래',
      '인기 노래 틀어줘',
      '내가 제일 좋아하는 건 아이유 노래',
      '엄마 노래 틀어줘',
    ]) expect(artistRequest(text, CATALOGUE), text).toBeNull();
  });

  it('says how many songs there are, or that there are none', () => {
    expect(artistRequestLine({ name: '아이유', count: 15 }, true)).toBe('이 앱의 노래 목록에는 아이유 노래가 15곡 있어요. 그중에서 지금 마음에 맞는 곡부터 골라 볼게요.');
    expect(artistRequestLine({ name: '잔나비', count: 4 }, true)).toContain('4곡 있어요');
    expect(artistRequestLine({ name: '볼빨간사춘기', count: 1, titles: ['나의 사춘기에게'] }, true)).toBe("이 앱의 노래 목록에는 볼빨간사춘기 노래가 1곡 있어요('나의 사춘기에게'). 그 곡을 보여 드릴게요.");
    expect(artistRequestLine({ name: '성시경', count: 0 }, true)).toBe('성시경 노래는 아직 이 앱의 노래 목록에 없어요. 대신 지금 기분에 맞는 곡을 골랐어요.');
    expect(artistRequestLine({ name: '성시경', count: 0 }, false)).not.toContain('골랐어요');
    for (const line of [artistRequestLine({ name: '아이유', count: null }, true), artistRequestLine({ name: '아이유', count: 3 }, true)]) expect(line).not.toMatch(/당신|따로 골라 드리지는 못해요/u);
  });
});

describe('the engine: the song list follows the singer', () => {
  it('opens the singer’s songs with songArtist, and the app keeps the singer for them', async () => {
    const r = await talkThrough(engine(), [STORY, '아이유 노래 추천해줘']);
    expect(r[1]!.action).toBe('open_recommendations');
    expect(r[1]!.songArtist).toBe('아이유');
    expect(r[1]!.reply).toContain('아이유 노래가 5곡 있어요');
    expect(listArtistAfter(null, r[1]!)).toBe('아이유');
  }, 180_000);

  it('opens a catalogue singer’s songs even before a story is told', async () => {
    const r = await talkThrough(engine(), ['볼빨간 사춘기 거 있어?']);
    expect(r[0]!.action).toBe('open_recommendations');
    expect(r[0]!.songArtist).toBe('볼빨간사춘기');
  }, 180_000);

  it('a singer the catalogue lacks: said so, no filter; before a story, a sentence first', async () => {
    const told = await talkThrough(engine(), [STORY, '성시경 노래 추천해줘']);
    expect(told[1]!.action).toBe('open_recommendations');
    expect(told[1]!.songArtist).toBeUndefined();
    expect(told[1]!.reply).toContain('성시경 노래는 아직 이 앱의 노래 목록에 없어요');
    const bare = await talkThrough(engine(), ['성시경 노래 추천해줘']);
    expect(bare[0]!.action).toBeUndefined();
    expect(bare[0]!.reply).toContain('한 문장만');
  }, 180_000);

  it('a plain request afterwards drops the singer', async () => {
    const r = await talkThrough(engine(), [STORY, '아이유 노래 추천해줘', '그냥 아무 노래나 추천해줘']);
    let artist: string | null = null;
    for (const t of r) artist = listArtistAfter(artist, t);
    expect(r[2]!.action).toBe('open_recommendations');
    expect(artist).toBeNull();
  }, 180_000);
});

describe.skipIf(!realModelPresent())('the shipped model: the testers’ requests', () => {
  const chat = useShippedChat();
  it('"아이유 노래 추천해줘" after a low day opens 아이유’s songs; "성시경 노래 중에 위로되는 거" says none', async () => {
    const a = await talkThrough(chat().engine, ['오늘 좀 꿀꿀하네', '아이유 노래 추천해줘']);
    expect(a[1]!.action).toBe('open_recommendations');
    expect(a[1]!.songArtist).toBe('아이유');
    expect(a[1]!.reply).toMatch(/아이유 노래가 \d+곡 있어요/u);
    const b = await talkThrough(chat().engine, ['요즘 너무 지치고 힘들어요. 위로받고 싶어요', '성시경 노래 중에 위로되는 거']);
    expect(b[1]!.reply).toContain('성시경 노래는 아직');
    expect(b[1]!.action).toBe('open_recommendations');
    expect(b[1]!.songArtist).toBeUndefined();
  }, 60_000);
});
void SKIP_REAL;
