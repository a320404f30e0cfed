/**
 * Session 39 (songreq): song requests a tester made in the chat that were missed or misread
 * (song-requests.ts, and fixes in asks-for-songs.ts, song-turns.ts, talks-about-songs.ts).
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { asksForSongs, declinesSongs } from '../../src/chat/asks-for-songs';
import { artistAllShownLine, artistRequest, songQuestion, SONG_QUESTION_REPLIES } from '../../src/chat/song-turns';
import { songDirection } from '../../src/chat/talks-about-songs';
import {
  ALL_KNOWN_LINE,
  BIRTHDAY_LINES,
  birthdaySongAsk,
  DECLINED_AFTER_LOSS,
  likeSinger,
  LYRICS_PART_LINE,
  SING_FOR_ME_AGAIN,
  SING_FOR_ME_LINE,
  WRITE_LYRICS_LINE,
  OTHER_SINGERS_LINE,
  SINGING_LINES,
  singerOtherSongs,
  singsForPurpose,
  titleAsked,
  wantsOtherSingers,
  WHY_BEFORE_SONGS,
  whyTheseSongs,
} from '../../src/chat/song-requests';
import type { CatalogueSongName } from '../../src/chat/song-turns';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const SONGS: CatalogueSongName[] = [
  { artist: '잔나비', title: '주저하는 연인들을 위해' },
  { artist: '잔나비', title: '슬픔이여안녕' },
  { artist: '폴킴', title: '비' },
  { artist: '폴킴', title: '모든 날, 모든 순간' },
  { artist: '폴킴', title: '너도 아는' },
  { artist: '박효신', title: '숨' },
  { artist: '박효신', title: '야생화' },
  { artist: '아이유', title: '무릎' },
  { artist: '아이유', title: '밤편지' },
  { artist: '방탄소년단', title: 'Euphoria' },
];
const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60, songNames: () => SONGS });

describe('detectors', () => {
  it('songs declined: "노래 추천은 하지 마" (c19), not "이 노래 말고 다른 거" (c20)', () => {
    for (const t of ['노래 추천은 하지 마', '노래는 틀지 마세요', '음악 추천하지 마', '노래 말고 얘기 들어줘']) expect(declinesSongs(t), t).toBe(true);
    for (const t of ['이 노래 말고 다른 거', '이 곡 말고 다른 노래 없어?', '엄마가 노래 부르지 말래', '노래 추천해줘']) expect(declinesSongs(t), t).toBe(false);
    expect(asksForSongs('노래 추천은 하지 마')).toBe(false);
  });

  it('requests with 듣는, 없냐, 들을 만한 거, a mood with 거, a typo', () => {
    for (const t of ['화날 때 듣는 노래 없냐', '뭐 들을 만한 거 없어?', '잔잔한 거 추천해줘', '볼빨간사춘기 노래 추천해주세여', '밝은 거 줘', '노랴 추쳔좀 해주라']) expect(asksForSongs(t), t).toBe(true);
    for (const t of ['요즘 듣는 노래 좋아', '맛있는 거 추천해줘', '잔잔한 하루였어', '들을 만한 얘기는 아니야']) expect(asksForSongs(t), t).toBe(false);
    expect(songDirection('화날 때 듣는 노래 없냐', null)).toBe('calm');
  });

  it('lyrics asked with 좀 (c37); lyrics talked about are no question', () => {
    expect(songQuestion('가사 좀 보여주세요')).toBe('lyrics');
    expect(songQuestion('가사 좀 알려줘')).toBe('lyrics');
    expect(songQuestion('가사가 좀 슬프다')).toBeNull();
    expect(songQuestion('가사 좀 세다')).toBeNull();
  });

  it('a singer: "노래 중에 … 틀어줘" (c34), a typo (c16); "부를 노래" is no singer (c21)', () => {
    expect(artistRequest('아이유 노래 중에 신나는 거 틀어줘', SONGS)?.name).toBe('아이유');
    expect(artistRequest('박효신 노래 추천해주세여', SONGS)?.name).toBe('박효신');
    expect(artistRequest('노래방 가서 부를 노래 추천해줘', SONGS)).toBeNull();
    expect(artistRequest('자기 전에 들을 노래 추천해줘', SONGS)).toBeNull();
  });

  it('why these songs', () => {
    for (const t of ['왜 이 노래 추천했어?', '이 곡은 왜 골랐어?', '추천 이유가 뭐야?']) expect(whyTheseSongs(t), t).toBe(true);
    for (const t of ['왜 이렇게 힘들지', '노래 추천해줘', '왜 그 사람이 날 골랐을까']) expect(whyTheseSongs(t), t).toBe(false);
  });

  it('a birthday song: own birthday today, lonely when nobody remembered; not someone else\'s', () => {
    expect(birthdaySongAsk('생일 축하 노래라도 불러줘', ['나 오늘 생일이다', '근데 아무도 몰라'])).toBe('lonely');
    expect(birthdaySongAsk('생일 축하 노래 틀어줘', ['오늘 내 생일인데 친구들이 파티해줬어'])).toBe('plain');
    expect(birthdaySongAsk('생일 축하 노래 틀어줘', ['엄마 생일이야'])).toBeNull();
    expect(birthdaySongAsk('생일 축하 노래 불러줘', [])).toBeNull();
    expect(birthdaySongAsk('생일축하노래 말고 아무거나', ['나 오늘 생일이야'])).toBeNull();
  });

  it('songs to sing: karaoke, a wedding song, a duet; not singing told', () => {
    expect(singsForPurpose('노래방 가서 부를 노래 추천해줘', false)).toBe('karaoke');
    expect(singsForPurpose('친구 결혼식 축가 추천해줘', false)).toBe('wedding');
    expect(singsForPurpose('같이 부를 듀엣곡 있어?', false)).toBe('sing');
    expect(singsForPurpose('여자 둘이 부를 거야', true)).toBe('detail');
    expect(singsForPurpose('여자 둘이 부를 거야', false)).toBeNull();
    expect(singsForPurpose('어제 노래방 갔다 왔어', false)).toBeNull();
    expect(singsForPurpose('축가 부르다 실수했어', false)).toBeNull();
  });

  it('singers: other songs of one, other singers, by likeness', () => {
    expect(singerOtherSongs('이거 말고 폴킴 다른 노래')).toBe('폴킴');
    expect(singerOtherSongs('폴킴 다른 노래도 있어?')).toBe('폴킴');
    expect(singerOtherSongs('다른 노래')).toBeNull();
    expect(singerOtherSongs('이거 말고 다른 거')).toBeNull();
    expect(wantsOtherSingers('다른 가수 노래도 섞어줘')).toBe(true);
    expect(wantsOtherSingers('다른 가수 노래는 싫어')).toBe(false);
    expect(wantsOtherSingers('다른 사람 얘기 좀 해도 돼?')).toBe(false);
    expect(likeSinger('박효신 같은 거')).toBe('박효신');
    expect(likeSinger('이런 거')).toBeNull();
    expect(likeSinger('엄마 같은 사람')).toBeNull();
  });

  it('a title: in the catalogue, not in it, or no title at all', () => {
    expect(titleAsked('주저하는 연인들을 위해 있어?', SONGS)?.song?.artist).toBe('잔나비');
    expect(titleAsked('모든 날 모든 순간 있어요?', SONGS)?.song?.artist).toBe('폴킴');
    expect(titleAsked('봄날 있어?', SONGS)).toEqual({ said: '봄날', song: null });
    for (const t of ['시간 있어?', '신나는 거 있어?', '남친 있어?', '화날 때 듣는 노래 없냐', '잔나비 있어?', '다른 거 있어?', '퇴근하고 오면 아무도 없어', '말할 사람이 없어', '비 없어', '김광석 노래 있어?']) {
      expect(titleAsked(t, SONGS), t).toBeNull();
    }
  });
});

describe('engine (fake model)', () => {
  it('c19: a refusal after a death is songs declined, and stays with the grief', async () => {
    const rs = await talkThrough(engine(), ['엄마가 돌아가신지 한달 됐어', '엄마가 자주 부르던 노래가 생각나', '그 노래 들으면 너무 힘들어', '노래 추천은 하지 마']);
    expect(rs[3]!.action).toBeUndefined();
    expect(rs[3]!.reply).toBe(DECLINED_AFTER_LOSS);
  }, 240_000);

  it('c40: a lonely story after songs declined is no title asked', async () => {
    const rs = await talkThrough(engine(), ['노래 말고 그냥 얘기 들어줘', '퇴근하고 오면 아무도 없어', '말할 사람이 없어']);
    for (const r of rs.slice(1)) expect(r.reply).not.toMatch(/노래 목록/u);
  });

  it('c42/c09: the bot cannot sing; lyrics asked again and "1절만이라도" get the refusal, not filler', async () => {
    const a = await talkThrough(engine(), ['헤이 쉼표 노래 하나 불러줘']);
    expect(a[0]!.reply).toBe(SING_FOR_ME_LINE);
    const c = await talkThrough(engine(), ['헤이 쉼표 노래 하나 불러줘', '너 노래 못 불러?', '그럼 내 얘기로 노래 가사 하나 써줘']);
    expect(c[1]!.reply).toBe(SING_FOR_ME_AGAIN);
    expect(c[2]!.reply).toBe(WRITE_LYRICS_LINE);
    const b = await talkThrough(engine(), ['잔나비 노래 가사 알려줘', '가사 전부 다 써줘', '그럼 1절만이라도']);
    expect(SONG_QUESTION_REPLIES.lyrics).toContain(b[1]!.reply);
    expect(b[1]!.reply).not.toBe(b[0]!.reply);
    expect(b[2]!.reply).toBe(LYRICS_PART_LINE);
  });

  it('c02: "왜 이 노래 추천했어?" before any song says there is none yet', async () => {
    const rs = await talkThrough(engine(), ['회사에서 야근만 3주째야', '왜 이 노래 추천했어?']);
    expect(rs[1]!.reply).toBe(WHY_BEFORE_SONGS);
  });

  it('c32: a birthday song nobody remembered: 생일 축하해요, the loneliness, then songs', async () => {
    const rs = await talkThrough(engine(), ['나 오늘 생일이다', '근데 아무도 몰라', '생일 축하 노래라도 불러줘']);
    expect(rs[2]!.reply).toBe(BIRTHDAY_LINES.lonely);
    expect(rs[2]!.action).toBe('open_recommendations');
  });

  it('c21: songs to sing are said plainly and open by mood', async () => {
    const rs = await talkThrough(engine(), ['노래방 가서 부를 노래 추천해줘']);
    expect(rs[0]!.reply).toBe(SINGING_LINES.karaoke);
    expect(rs[0]!.action).toBe('open_recommendations');
    expect(rs[0]!.songArtist).toBeUndefined();
  });

  it('c43: "이거 말고 폴킴 다른 노래" once all three are shown widens the lists', async () => {
    const rs = await talkThrough(engine(), ['폴킴 노래 틀어줘', '이거 말고 폴킴 다른 노래']);
    expect(rs[0]!.songArtist).toBe('폴킴');
    expect(rs[1]!.reply).toBe(artistAllShownLine({ name: '폴킴', count: 3 }));
    expect(rs[1]!.action).toBe('open_recommendations');
  });

  it('c34: a singer with a lift opens at once; "다른 가수 노래도 섞어줘" drops the singer', async () => {
    const rs = await talkThrough(engine(), ['아이유 노래 중에 신나는 거 틀어줘', '다른 가수 노래도 섞어줘']);
    expect(rs[0]!.action).toBe('open_recommendations');
    expect(rs[0]!.songArtist).toBe('아이유');
    expect(rs[0]!.reply).not.toMatch(/기분 좋은 날/u);
    expect(rs[1]!.reply).toBe(OTHER_SINGERS_LINE);
    expect(rs[1]!.action).toBe('open_recommendations');
    expect(rs[1]!.songArtist).toBeUndefined();
    expect(rs[1]!.state.songArtistList).toBeUndefined();
  });

  it('c20: "박효신 같은 거" opens his songs; "이 노래 말고 다른 거" is more, not songs declined', async () => {
    const rs = await talkThrough(engine(), ['발라드 추천 좀', '박효신 같은 거', '이 노래 말고 다른 거', '다 들어본 거야']);
    expect(rs[1]!.songArtist).toBe('박효신');
    expect(rs[2]!.reply).not.toMatch(/접어 둘게요/u);
    expect(rs[2]!.action).toBe('open_recommendations');
    expect(rs[3]!.reply).toBe(ALL_KNOWN_LINE);
    expect(rs[3]!.action).toBe('more_recommendations');
  });

  it('c38/c13: a title asked about is answered from the catalogue', async () => {
    const a = await talkThrough(engine(), ['잔나비 노래 추천해줘', '주저하는 연인들을 위해 있어?']);
    expect(a[1]!.reply).toMatch(/^네, 있어요.*'주저하는 연인들을 위해'가 있어요/u);
    const b = await talkThrough(engine(), ['BTS 노래 추천해줘', '봄날 있어?']);
    expect(b[1]!.reply).toMatch(/^'봄날'은 지금 이 앱의 노래 목록에 없어요/u);
  });

  it('c37: "가사 좀 보여주세요" after the songs gets the lyrics answer', async () => {
    const rs = await talkThrough(engine(), ['오늘 첫 월급 받았어요!!', '노래 추천해줘', '가사 좀 보여주세요']);
    expect(rs[2]!.reply).toBe(SONG_QUESTION_REPLIES.lyrics[0]);
  });

  it('c01: asked again after the ask for a sentence, the songs open (no third ask)', async () => {
    const rs = await talkThrough(engine(), ['노래 틀어줘', '아무거나 신나는 걸로']);
    expect(rs[0]!.action).toBe('need_more');
    expect(rs[1]!.action).toBe('open_recommendations');
  });

  it('c23: "진정되는 거" right after a request that showed none opens the calming list', async () => {
    const rs = await talkThrough(engine(), ['노래 틀어줘', '아니 더 화나게 하지 말고 진정되는 거']);
    expect(rs[1]!.action).toBe('open_recommendations');
    expect(rs[1]!.songMode).toBe('shift');
  });
});

describe.skipIf(!realModelPresent())('the tester\'s conversations (shipped model and catalogue)', () => {
  const shipped = useShippedChat();
  it('c23: "화날 때 듣는 노래 없냐" opens the songs, calming', async () => {
    const rs = await talkThrough(shipped().engine, ['너무 화나', '팀장이 내 아이디어 자기 거라고 발표했어', '화날 때 듣는 노래 없냐']);
    expect(rs[2]!.action).toBe('open_recommendations');
    expect(rs[2]!.songMode).toBe('shift');
  }, 60_000);
  it('c38: "주저하는 연인들을 위해 있어?" after 잔나비\'s four songs', async () => {
    const rs = await talkThrough(shipped().engine, ['잔나비 노래 추천해줘', '주저하는 연인들을 위해 있어?']);
    expect(rs[1]!.reply).toMatch(/^네, 있어요\. 지금 보이는 잔나비 노래 4곡 가운데/u);
  }, 60_000);
  it('c16: "추천해주세여" opens the singer', async () => {
    const rs = await talkThrough(shipped().engine, ['볼빨간사춘기 노래 추천해주세여']);
    expect(rs[0]!.songArtist).toBe('볼빨간사춘기');
  }, 60_000);
});
