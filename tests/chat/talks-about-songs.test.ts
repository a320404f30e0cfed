/**
 * Talk about the songs themselves (src/chat/talks-about-songs.ts): in session 32 "추천해준 노래
 * 별로였어" got a new song request's answer, "신나는 노래 추천해줘" opened the list of songs like a
 * sad mood, and the replies promised lyric-free songs the catalogue does not have.
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { CANNOT_FILTER, FEEDBACK_WORDS, SONG_TALK_REPLIES, ratesSongOnScreen, songDirection, songModeFor, songNamed, talksAboutSongs, type SongOnScreen } from '../../src/chat/talks-about-songs';
import { loadCorpus } from '../../scripts/dialogue/corpus';
import { mixFromArray } from '../../src/ml/emotions';
import { fakeAnalyze, fakeIndex, talkThrough } from './helpers';

const SAD_STORY = ['요즘 너무 우울해요 회사 일이 하나도 손에 안 잡혀요', '퇴근하고 집에 오면 아무것도 못 하고 누워만 있어요 눈물만 나요'];

describe('what the user says of the songs', () => {
  it('is told apart from talk about other songs and other things', () => {
    const cases: Array<[string, string]> = [
      ['추천해준 노래 별로였어', 'disliked'],
      ['아까 그 노래 좀 별로', 'disliked'],
      ['이 노래 마음에 안 들어요', 'disliked'],
      ['골라준 곡들이 너무 처져', 'disliked'],
      ['아까 그 노래 너무 좋았어', 'liked'],
      ['추천해준 곡 진짜 위로가 됐어요'.normalize('NFD'), 'liked'],
      ['이 노래 좋다', 'liked'],
      ['발라드 말고 다른 장르는 없어?', 'genre'],
      ['힙합 노래 추천해줘', 'genre'],
      ['저 힙합 좋아해요', 'genre'],
      ['옛날 노래 틀어줘', 'era'],
      ['90년대 노래 듣고 싶어', 'era'],
      ['가사 없는 노래 추천 좀', 'no_lyrics'],
      ['공부할 때 들을 피아노 곡 있어?', 'no_lyrics'],
      // Session 32's second round: a helper's turns after songs were shown, and declined songs.
      ['두번째 노래 좋다', 'liked'],
      ['너무 우울한 것만 나오네요', 'too_sad'],
      ['추천해준 노래들 너무 우울한 것만 나와', 'too_sad'],
      ['또 추천해줘', 'more'],
      ['한번 더', 'more'],
      ['다른 거 없어?', 'more'],
      ['이거 누구 노래예요?', 'who_sings'],
      ['노래 추천 그런 거 말고 그냥 얘기 좀 들어줘', 'declined'],
      ['노래 듣고 싶은 기분도 아니야', 'declined'],
      ['아이유 노래로 추천해줘', 'artist'],
      ['BTS 노래 틀어줘', 'artist'],
    ];
    for (const [t, k] of cases) expect(talksAboutSongs(t), t).toBe(k);
    for (const t of ['노래방 가서 스트레스 풀었어', '요즘 노래 부르는 게 재밌어요', '아빠가 트로트를 좋아하셔', '회사 일이 별로야', '그 사람 생각만 나요', '노래 듣다가 울었어', '클래식 음악 들으면서 공부했어', '밴드는 재밌어', '요즘 노래 들으면서 버텨요', '슬픈 노래 추천해줘', '잔잔한 노래로 추천해줘', '들을만한 노래 추천해줘', '이제 노래 추천해줘', '친구가 나한테 노래 추천해달래서 했는데', '그럼 노래 추천해줘', '다른 사람은 몰라', '또 그러네']) {
      expect(talksAboutSongs(t), t).toBeNull();
    }
  });

  it('reads which way a request leans', () => {
    expect(songDirection('신나는 노래 추천해줘', null)).toBe('lift');
    expect(songDirection('기분 좀 풀리는 노래 없을까?', null)).toBe('lift');
    expect(songDirection('슬픈 노래 듣고 싶어', null)).toBe('match');
    expect(songDirection('울고 싶은데 노래 틀어줘', null)).toBe('match');
    expect(songDirection('노래 추천해줘', null)).toBeNull();
    expect(songDirection('노래 추천해줘', 'meta_recommend_song_mood_up')).toBe('lift');
  });

  it('opens the list that goes the asked way from where the mood is', () => {
    const sad = mixFromArray([0.1, 0.6, 0.05, 0.1, 0.1, 0.03, 0.02]);
    const glad = mixFromArray([0.6, 0.1, 0.05, 0.1, 0.1, 0.03, 0.02]);
    expect(songModeFor('lift', sad)).toBe('shift');
    expect(songModeFor('lift', glad)).toBe('similar');
    expect(songModeFor('match', sad)).toBe('similar');
    expect(songModeFor('match', glad)).toBe('shift');
    expect(songModeFor(undefined, sad)).toBeUndefined();
  });
});

describe('in the conversation', () => {
  const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });

  it('a request for cheerful songs after a sad story opens the mood-shift list', async () => {
    const rs = await talkThrough(engine(), [...SAD_STORY, '신나는 노래 추천해줘']);
    const last = rs.at(-1)!;
    expect(last.action).toBe('open_recommendations');
    expect(last.songMode).toBe('shift');
    expect(last.reply).toMatch(/기분을 바꿔 줄 노래부터/u);
    const sad = await talkThrough(engine(), [...SAD_STORY, '슬픈 노래 듣고 싶어']);
    expect(sad.at(-1)!.songMode).toBe('similar');
    const plain = await talkThrough(engine(), [...SAD_STORY, '노래 추천해줘']);
    expect(plain.at(-1)!.action).toBe('open_recommendations');
    expect(plain.at(-1)!.songMode).toBeUndefined();
  });

  it('a request made too early is remembered for when the songs open', async () => {
    const rs = await talkThrough(engine(), ['신나는 노래 추천해줘', ...SAD_STORY]);
    expect(rs[0]!.action).toBe('need_more');
    expect(rs.at(-1)!.songMode).toBe('shift');
  });

  it('a disliked or liked song gets the buttons that act on it, once songs were shown', async () => {
    const rs = await talkThrough(engine(), [...SAD_STORY, '노래 추천해줘', '추천해준 노래 별로였어']);
    expect(SONG_TALK_REPLIES.disliked).toContain(rs.at(-1)!.reply);
    // Session 37: a dislike brings songs not shown yet.
    expect(rs.at(-1)!.action).toBe('more_recommendations');
    const liked = await talkThrough(engine(), [...SAD_STORY, '노래 추천해줘', '아까 그 노래 너무 좋았어']);
    expect(SONG_TALK_REPLIES.liked).toContain(liked.at(-1)!.reply);
    // Before any song was shown, "그 노래" is some other song.
    const before = await talkThrough(engine(), ['아까 그 노래 너무 좋았어']);
    expect(SONG_TALK_REPLIES.liked).not.toContain(before[0]!.reply);
    // Nor is a friend's recommendation the app's.
    const friend = await talkThrough(engine(), [...SAD_STORY, '노래 추천해줘', '친구가 추천해준 노래 좋았어']);
    expect(SONG_TALK_REPLIES.liked).not.toContain(friend.at(-1)!.reply);
  });

  it('a genre asked with a request is named as what the songs cannot follow, and the songs still open', async () => {
    const rs = await talkThrough(engine(), [...SAD_STORY, '힙합 노래 추천해줘']);
    const last = rs.at(-1)!;
    expect(last.reply.startsWith(CANNOT_FILTER.genre!)).toBe(true);
    expect(last.action).toBe('open_recommendations');
    const early = await talkThrough(engine(), ['힙합 노래 추천해줘']);
    expect(early[0]!.reply.startsWith(CANNOT_FILTER.genre!)).toBe(true);
    expect(early[0]!.action).toBe('need_more');
    const alone = await talkThrough(engine(), ['발라드 말고 다른 장르는 없어?']);
    expect(SONG_TALK_REPLIES.genre).toContain(alone[0]!.reply);
  });
});

describe('after songs were shown', () => {
  const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });

  it('"또 추천해줘" shows songs not shown yet, "좀 밝은 걸로 해줘" the list that lifts', async () => {
    const more = await talkThrough(engine(), [...SAD_STORY, '노래 추천해줘', '또 추천해줘']);
    expect(more.at(-1)!.action).toBe('more_recommendations');
    const brighter = await talkThrough(engine(), [...SAD_STORY, '노래 추천해줘', '좀 밝은 걸로 해줘']);
    expect(brighter.at(-1)!.action).toBe('open_recommendations');
    expect(brighter.at(-1)!.songMode).toBe('shift');
    const tooSad = await talkThrough(engine(), [...SAD_STORY, '노래 추천해줘', '너무 우울한 것만 나오네요']);
    expect(tooSad.at(-1)!.songMode).toBe('shift');
    expect(SONG_TALK_REPLIES.too_sad).toContain(tooSad.at(-1)!.reply);
    // Before any songs, "또 추천해줘" and "다른 거 없어?" are not about them.
    const before = await talkThrough(engine(), ['다른 거 없어?']);
    expect(before[0]!.action).toBeUndefined();
  });

  it('a request put off for more of the story opens the songs once enough is told', async () => {
    const rs = await talkThrough(engine(), ['잔잔한 노래 추천해주실 수 있나요', ...SAD_STORY]);
    expect(rs[0]!.action).toBe('need_more');
    const opened = rs.findIndex((r) => r.action === 'open_recommendations');
    expect(opened).toBeGreaterThan(0);
    expect(rs[opened]!.reply).toMatch(/아까 청한 노래도 지금까지 들은 이야기로 골라 뒀어요\.$/u);
    // One threshold for every request since session 37 (REQUEST_MIN_GAUGE, a fifth of the gauge).
    expect(rs[opened]!.gauge).toBeGreaterThanOrEqual(0.2);
    // A question about songs that the classifier took for a request is not kept for later.
    const asked = await talkThrough(engine(), ['슬픈 노래만 들으면 더 우울해지나요?', ...SAD_STORY]);
    expect(asked.some((r) => r.action === 'open_recommendations')).toBe(false);
    // Once, not again on the next turn.
    const next = await engine().reply(rs.at(-1)!.state, '그냥 그래요 요즘 다 귀찮아요');
    expect(next.action).toBeUndefined();
  });

  it('songs declined are not opened, even when a song word and a wish are in the turn', async () => {
    const rs = await talkThrough(engine(), [...SAD_STORY, '노래 듣고 싶은 기분도 아니야']);
    expect(rs.at(-1)!.action).toBeUndefined();
    expect(SONG_TALK_REPLIES.declined).toContain(rs.at(-1)!.reply);
  });
});

describe('the song replies', () => {
  it('promise nothing the catalogue cannot do (it knows no genre, tempo or lyric-free songs)', () => {
    const replies = loadCorpus().intents.filter((it) => it.action === 'recommend_song').flatMap((it) => it.replies);
    expect(replies.length).toBeGreaterThan(10);
    for (const r of replies) expect(r, r).not.toMatch(/가사\s?없는|장르|잔잔한\s?곡|조용한\s?곡|부드러운\s?곡|신나는\s?곡들|은은/u);
  });
});

/** Session 33: a like said in the chat ("두번째 노래 좋다") is recorded, not just explained. */
describe('a like or dislike said in the chat, with songs on screen', () => {
  const ON_SCREEN: SongOnScreen[] = [
    { id: 's1', title: '밤편지', artist: '아이유', mode: 'similar' },
    { id: 's2', title: 'Love wins all', artist: '아이유', mode: 'similar' },
    { id: 's3', title: '봄날', artist: '방탄소년단', mode: 'similar' },
    { id: 's4', title: '좋은 날', artist: '아이유', mode: 'similar' },
  ];

  it('names the song by its place or its title', () => {
    const cases: Array<[string, string | null]> = [
      ['두번째 노래 좋다', 's2'],
      ['2번 곡 좋아요', 's2'],
      ['첫 곡 너무 좋았어요', 's1'],
      ['첫번째꺼 좋다', 's1'],
      ['세 번째 노래 별로', 's3'],
      ['마지막 노래 최고', 's4'],
      ['맨 위에 거 맘에 들어', 's1'],
      ['밤편지 너무 좋다', 's1'],
      ['love wins all 좋네요', 's2'],
      ['봄 날 별로야'.normalize('NFD'), 's3'],
      // "두 곡" counts songs; a title inside another word is still that title, but no title or place is none.
      ['두 곡 다 좋았어', null],
      ['이 노래 좋다', null],
      ['다섯번째 노래 좋아', null],
    ];
    for (const [t, id] of cases) expect(songNamed(t, ON_SCREEN)?.id ?? null, t).toBe(id);
    expect(songNamed('두번째 노래 좋다', [])).toBeNull();
  });

  it('reads a like, a dislike, or neither', () => {
    expect(ratesSongOnScreen('두번째 노래 좋다', ON_SCREEN)).toEqual({ song: ON_SCREEN[1], liked: true });
    expect(ratesSongOnScreen('첫 곡 좋아요 눌러줘', ON_SCREEN)?.liked).toBe(true);
    expect(ratesSongOnScreen('밤편지는 별로였어', ON_SCREEN)).toEqual({ song: ON_SCREEN[0], liked: false });
    expect(ratesSongOnScreen('세번째 노래 안 좋아', ON_SCREEN)?.liked).toBe(false);
    expect(ratesSongOnScreen('마지막 곡 빼줘', ON_SCREEN)?.liked).toBe(false);
    // A song named with no verdict, or a verdict with no song named.
    expect(ratesSongOnScreen('두번째 노래 누구 노래야?', ON_SCREEN)).toBeNull();
    expect(ratesSongOnScreen('추천해준 노래 좋았어', ON_SCREEN)).toBeNull();
  });

  const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });

  it('is recorded as the button would record it, and the reply names the song and the button', async () => {
    const rs = await talkThrough(engine(), [...SAD_STORY, '노래 추천해줘']);
    const liked = await engine().reply(rs.at(-1)!.state, '두번째 노래 좋다', { songsOnScreen: ON_SCREEN });
    expect(liked.songRating).toEqual({ songId: 's2', mode: 'similar', liked: true });
    expect(liked.reply).toContain("'Love wins all'(아이유)에 '" + FEEDBACK_WORDS.similar.like + "'");
    const shift = ON_SCREEN.map((s) => ({ ...s, mode: 'shift' as const }));
    const disliked = await engine().reply(rs.at(-1)!.state, '봄날 별로였어', { songsOnScreen: shift });
    expect(disliked.songRating).toEqual({ songId: 's3', mode: 'shift', liked: false });
    expect(disliked.reply).toContain(FEEDBACK_WORDS.shift.dislike);
    // With no songs on screen (the CLI, or the list closed): the buttons are explained instead.
    const none = await engine().reply(rs.at(-1)!.state, '두번째 노래 좋다');
    expect(none.songRating).toBeUndefined();
    expect(SONG_TALK_REPLIES.liked).toContain(none.reply);
  });
});
