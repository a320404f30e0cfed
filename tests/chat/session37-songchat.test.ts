/**
 * Session 37 (songchat): what the bot says around the songs (src/chat/song-turns.ts and its
 * wiring in engine.ts), from a tester's conversations (/tmp/s37/hunt/songs).
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine, REQUEST_MIN_GAUGE } from '../../src/chat/engine';
import {
  artistSongsLine,
  asksMoreSongs,
  moodWishForSongs,
  NO_SONGS_YET,
  OPEN_LINES,
  openTone,
  reactsToShownSongs,
  songQuestion,
  songsByArtist,
  songsOpenedAt,
  songsOpenedMark,
} from '../../src/chat/song-turns';
import { artistNamed, talksAboutSongs } from '../../src/chat/talks-about-songs';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const CATALOGUE = [
  { artist: '아이유', title: '밤편지' },
  { artist: '아이유', title: '무릎' },
  { artist: '아이유', title: '이름에게' },
  { artist: '아이유', title: '소격동' },
  { artist: '잔나비', title: '가을밤에 든 생각' },
  { artist: 'AKMU (악뮤)', title: '어떻게 이별까지 사랑하겠어, 널 사랑하는 거지' },
];
const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, songNames: () => CATALOGUE });
const STORY = '요즘 회사 일이 너무 많아서 매일 늦게 퇴근하고 주말에도 쉬지 못해서 몸도 마음도 지쳐 있어';

describe('reactions to the songs just shown', () => {
  it('reads short remarks about the songs, and not the same words about other things', () => {
    const cases: Array<[string, ReturnType<typeof reactsToShownSongs>]> = [
      ['와 이거 좋다', 'liked'],
      ['좋다 이거', 'liked'],
      ['이 노래 좋다', 'liked'],
      ['근데 이건 별로야', 'disliked'],
      ['노래 별로예요', 'disliked'],
      ['이건 좀 아닌 거 같아요', 'disliked'],
      ['이거 다 발라드잖아', 'disliked'],
      ['발라드는 싫어요 너무 처져서', 'disliked'],
      ['발라드 좋아하는데', null],
      ['너무 시끄러워', 'too_strong'],
      ['회사 일이 너무 시끄러워', null],
      ['친구가 준 선물 좋다', null],
      ['날씨 좋다', null],
      ['오늘 좋았어', null],
      ['엄마가 별로야', null],
      ['이건 아닌 것 같아요 그 사람 말', null],
      ['그 사람은 노래를 별로 안 좋아해요', null],
    ];
    for (const [text, want] of cases) expect(reactsToShownSongs(text), text).toBe(want);
  });

  it('reads more songs, and not another subject or songs declined', () => {
    for (const t of ['이거 말고 다른 거', '다른 노래는 없어?', '다른 노래도 보여주세요', '다른거 ㅇㅇ', '또 다른 거', '다른 거 추천해줘']) expect(asksMoreSongs(t), t).toBe(true);
    for (const t of ['다른 얘기 하자', '다른 사람은 없어?', '노래 말고 다른 거', '다른 방법 없어?', '다른 회사로 옮기고 싶어']) expect(asksMoreSongs(t), t).toBe(false);
  });

  it('reads a mood wish said with 말고 as a direction, not songs declined', () => {
    expect(moodWishForSongs('너무 밝은 노래는 말고요')).toBe('match');
    expect(moodWishForSongs('슬픈 노래 말고')).toBe('lift');
    expect(moodWishForSongs('시끄러운 거 빼고')).toBe('calm');
    expect(moodWishForSongs('밝은 사람은 싫어')).toBeNull();
    expect(moodWishForSongs('노래 말고 그냥 얘기 들어줘')).toBeNull();
  });

  it('reads a question about a link or the lyrics, not lyrics talked about', () => {
    expect(songQuestion('유튜브 링크도 줄 수 있어요?')).toBe('link');
    expect(songQuestion('이 노래 가사 알려줘')).toBe('lyrics');
    expect(songQuestion('가사가 너무 세다')).toBeNull();
    expect(songQuestion('가사가 내 얘기 같아')).toBeNull();
    expect(songQuestion('가사 없는 노래 추천해줘')).toBeNull();
    expect(songQuestion('회사에서 링크 보내라고 해서 짜증나')).toBeNull();
  });

  it('asks by era or genre, not by a theme or songs declined', () => {
    expect(talksAboutSongs('옛날 노래 말고 요즘 노래로')).toBe('era');
    expect(talksAboutSongs('90년대 노래 추천해줘')).toBe('era');
    expect(talksAboutSongs('노래 추천해줘 근데 발라드는 빼고')).toBe('genre');
    expect(talksAboutSongs('랩 있는 노래 추천해줘')).toBe('genre');
    expect(talksAboutSongs('이별 노래 말고요')).toBe('other_kind');
    expect(talksAboutSongs('노래 말고 그냥 얘기 들어줘')).toBe('declined');
  });
});

describe('singers', () => {
  it('finds the singer asked for and their songs in the catalogue, aliases included', () => {
    expect(artistNamed('아이유 노래로 추천해줘')).toBe('아이유');
    expect(artistNamed('그럼 잔나비 노래 있어?')).toBe('잔나비');
    expect(artistNamed('이제 노래 추천해줘')).toBeNull();
    expect(artistNamed('이별 노래 틀어줘')).toBeNull();
    expect(songsByArtist('아이유', CATALOGUE)).toEqual(['밤편지', '무릎', '이름에게', '소격동']);
    expect(songsByArtist('악뮤', CATALOGUE)).toHaveLength(1);
    expect(songsByArtist('뉴진스', CATALOGUE)).toEqual([]);
  });

  it('says honestly what the app can do, naming songs from the data', () => {
    const iu = artistSongsLine('아이유', CATALOGUE);
    expect(iu).toContain('못해요');
    expect(iu).toContain("'밤편지'");
    expect(iu).toContain('4곡');
    expect(artistSongsLine('잔나비', CATALOGUE)).toContain("'가을밤에 든 생각' 1곡");
    expect(artistSongsLine('뉴진스', CATALOGUE)).toContain('없어요');
    expect(artistSongsLine('아이유', null)).not.toMatch(/곡이 있/u);
  });
});

describe('the opening line', () => {
  it('fits the mood: quiet after a loss, never cheerful there', () => {
    expect(openTone(true, 'joy')).toBe('loss');
    expect(openTone(false, 'sadness')).toBe('sad');
    expect(openTone(false, 'anger')).toBe('anger');
    expect(openTone(false, 'joy')).toBe('joy');
    expect(openTone(false, null)).toBe('plain');
    for (const line of [...OPEN_LINES.loss, ...OPEN_LINES.sad]) expect(line).not.toMatch(/!|신나|즐겨|쉬어 가요/u);
    for (const lines of Object.values(OPEN_LINES)) for (const line of lines) expect(line).not.toMatch(/당신/u);
  });
});

describe('the engine around the songs (fake model)', () => {
  it('opens a request from a fifth of the gauge, and below it asks for one sentence without a figure', async () => {
    expect(REQUEST_MIN_GAUGE).toBe(0.2);
    const [early] = await talkThrough(engine(), ['노래 추천해줘']);
    expect(early!.action).toBe('need_more');
    expect(early!.reply).not.toMatch(/\d+\s?%/u);
    expect(early!.reply).toMatch(/한 (?:문장|줄)/u);
    const [, opened] = await talkThrough(engine(), ['요즘 친구랑 사이가 안 좋아서 매일 마음이 불편해', '노래 추천해줘']);
    expect(opened!.gauge).toBeLessThan(0.4);
    expect(opened!.action).toBe('open_recommendations');
  }, 180_000);

  it('marks the turn that opened songs, and only that', async () => {
    const r = await talkThrough(engine(), [STORY, '노래 추천해줘']);
    expect(songsOpenedAt(r[0]!.state.usedReplies)).toBeNull();
    expect(songsOpenedAt(r[1]!.state.usedReplies)).toBe(2);
    expect(songsOpenedAt(['x', songsOpenedMark(2), 'y', songsOpenedMark(5)])).toBe(5);
  });

  it('treats "다른 거 추천해줘" before any songs as a first request, after them as more', async () => {
    const before = await talkThrough(engine(), ['노래 추천해줘', '다른 거 추천해줘']);
    expect(before[1]!.action).not.toBe('more_recommendations');
    expect(before[1]!.reply).not.toContain('아직 보여 드리지 않은 곡');
    const after = await talkThrough(engine(), [STORY, '노래 추천해줘', '이거 말고 다른 거', '다른 노래는 없어?', '다른거 ㅇㅇ']);
    expect(after[1]!.action).toBe('open_recommendations');
    for (const r of after.slice(2)) expect(r.action, r.reply).toBe('more_recommendations');
  });

  it('answers reactions right after the songs: thanks, the buttons, other songs for a dislike', async () => {
    const r = await talkThrough(engine(), [STORY, '노래 추천해줘', '와 이거 좋다', '근데 이건 별로야', '너무 시끄러워']);
    expect(r[2]!.reply).toMatch(/버튼/u);
    expect(r[2]!.action).toBeUndefined();
    expect(r[3]!.action).toBe('more_recommendations');
    expect(r[3]!.reply).toMatch(/다른 곡|보여 드리지 않은 곡/u);
    expect(r[4]!.action).toBe('open_recommendations');
    expect(r[4]!.songMode).toBe('shift');
    // A bare "좋아" two turns later may answer something else: not taken for the songs.
    const later = await talkThrough(engine(), [STORY, '노래 추천해줘', STORY, '좋아']);
    expect(later[3]!.reply).not.toMatch(/버튼/u);
    // The same words with no songs shown are no reaction.
    const none = await talkThrough(engine(), [STORY, '와 이거 좋다']);
    expect(none[1]!.reply).not.toMatch(/버튼/u);
  });

  it('reopens in the mood asked ("너무 밝은 노래는 말고요"), never declining the songs', async () => {
    const r = await talkThrough(engine(), [STORY, '노래 추천해줘', '너무 밝은 노래는 말고요']);
    // Session 42: the list that way is the one open already (the similar one): more of it.
    expect(r[2]!.action).toBe('more_recommendations');
    expect(r[2]!.reply).not.toContain('접어 둘게요');
    expect(r[2]!.state.songDirection).toBe('match');
  });

  it('does not thank for "두번째 노래 좋다" before any song was shown', async () => {
    const r = await talkThrough(engine(), ['요즘 좀 힘들어', '두번째 노래 좋다']);
    expect(r[1]!.reply).toBe(NO_SONGS_YET);
  });

  it('answers a singer with their songs in the catalogue, and a link or lyrics question honestly', async () => {
    const r = await talkThrough(engine(), [STORY, '아이유 노래로 추천해줘', '유튜브 링크도 줄 수 있어요?', '이 노래 가사 알려줘']);
    expect(r[1]!.reply).toContain("'밤편지'");
    expect(r[1]!.action).toBe('open_recommendations');
    expect(r[2]!.reply).toContain('YouTube에서 듣기');
    expect(r[3]!.reply).toMatch(/가사는 앱에 담겨 있지 않/u);
  });

  it('says of an era that it cannot choose by it, without a list it did not show', async () => {
    const r = await talkThrough(engine(), ['옛날 노래 말고 요즘 노래로']);
    expect(r[0]!.reply).toMatch(/나온 때/u);
    expect(r[0]!.reply).not.toMatch(/주제|다른 쪽을 먼저/u);
    expect(r[0]!.action).toBeUndefined();
  });
});

describe.skipIf(!realModelPresent())('the testers\' conversations (shipped model)', () => {
  const chat = useShippedChat();

  it('opens the songs for "울 수 있는 노래" after a break-up told in three turns', async () => {
    const r = await talkThrough(chat().engine, ['헤어졌어', '3년 만났는데 문자 하나로 끝났어', '오늘은 그냥 펑펑 울고 싶어', '울 수 있는 노래 추천해줘']);
    expect(r[3]!.action).toBe('open_recommendations');
    expect(r[3]!.reply).not.toMatch(/%/u);
  }, 60_000);

  it('opens quietly after a pet died, and "너무 밝은 노래는 말고요" reopens the songs of the mood', async () => {
    const r = await talkThrough(chat().engine, [
      '14년 키운 강아지가 오늘 아침에 무지개다리 건넜어요. 마지막까지 제 품에서 숨을 쉬다가 갔는데 아직도 그 온기가 손에 남아있는 것 같아요',
      '산책하던 길을 지나가기만 해도 눈물이 나요. 밥그릇도 아직 못 치웠어요',
      '좀 더 잘해줄걸 하는 생각만 들어요',
      '노래 한 곡만 들려주세요',
      '너무 밝은 노래는 말고요',
    ]);
    expect(r[3]!.action).toBe('open_recommendations');
    expect(OPEN_LINES.loss).toContain(r[3]!.reply);
    // Session 42: the list that way is the one open already (the similar one): more of it.
    expect(r[4]!.action).toBe('more_recommendations');
    expect(r[4]!.reply).not.toContain('접어 둘게요');
  }, 60_000);

  it('hears reactions to the songs and lifts without calling a tired user glad', async () => {
    const r = await talkThrough(chat().engine, [
      '요즘 회사 일이 너무 많아서 매일 밤 열한시에 퇴근해요. 주말에도 일하고 친구들 만난 지도 오래됐어요. 몸도 마음도 다 지쳤어요',
      '노래 추천해줘',
      '와 이거 좋다',
      '근데 이건 별로야',
      '더 신나는 거 없어?',
    ]);
    expect(r[1]!.action).toBe('open_recommendations');
    expect(r[1]!.reply).not.toMatch(/기분 좋은|즐겨/u);
    expect(r[2]!.reply).toMatch(/버튼/u);
    expect(r[3]!.action).toBe('more_recommendations');
    // Session 42: the list that way is the one open already (the similar one): more of it.
    expect(r[4]!.action).toBe('more_recommendations');
    expect(r[4]!.reply).not.toMatch(/밝은 기분|기분 좋은 날/u);
  }, 60_000);
});
