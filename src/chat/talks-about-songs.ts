/**
 * What the user says about the songs themselves, in the chat: the songs picked did not fit
 * ("추천해준 노래 별로였어"), one was good ("아까 그 노래 너무 좋았어"), or a wish the recommender
 * cannot serve (a genre, an era, no lyrics). Session 32 found these answered as a new song
 * request ("어울리는 노래를 고르려면 지금 마음을 먼저 알고 싶어요") or with a generic follow-up,
 * and the song replies themselves promised what the catalogue cannot do ("가사 없는 곡 위주로").
 * Songs are chosen by the emotion of their lyrics (src/recommend), so each gets a plain, true
 * answer: where the like and dislike buttons are and what they do, and what songs are chosen by.
 *
 * It also reads which way a request leans ("신나는 노래" lifts, "슬픈 노래" matches), so the app
 * can open the list the user asked for first (songModeFor).
 */
import type { EmotionMix } from '../ml/emotions';
import { joyIsLargest } from '../recommend/moodShift';
import { mixToArray } from '../ml/emotions';
import { declinesSongs, fixSongTypos, toldSongRequest } from './asks-for-songs';
import { songPurpose } from './song-purpose';

export type SongTalk = 'disliked' | 'too_sad' | 'too_strong' | 'liked' | 'more' | 'who_sings' | 'declined' | 'other_kind' | 'find_song' | 'genre' | 'era' | 'no_lyrics' | 'artist';

/** Talk that means something only once songs have been shown (the rest means the same any time). */
export const AFTER_SONGS: ReadonlySet<SongTalk> = new Set(['disliked', 'too_sad', 'too_strong', 'liked', 'more', 'who_sings']);

/** The songs the app picked: "추천해준 노래", "아까 그 곡", "이 노래", "골라준 노래들". */
const PICKED = /(?:(?:첫|두|세|네|다섯|여섯|1|2|3|4|5)\s?(?:번째|번쨰|번)|마지막|맨\s?(?:위|아래|처음|끝)(?:에|의)?|추천해\s?준|추천해\s?주신|추천한|추천\s?받은|골라\s?준|골라\s?주신|틀어\s?준|알려\s?준|아까\s?(?:그|들은|나온)?|방금\s?(?:그|들은|나온)?|이번|이|그|저)\s?(?:노래|곡|음악)(?:들)?/u;
const DISLIKED = new RegExp(
  PICKED.source +
    /(?:이|은|는|가|도)?\s?(?:다\s?|좀\s?|너무\s?|진짜\s?|별로\s?)?(?:별로|맘에\s?안|마음에\s?안|안\s?(?:맞|어울|좋|와닿|끌)|싫|구려|구리|이상해|취향\s?아니|취향이\s?아니|취향\s?아님|안\s?맞아|노잼|지루|처지|처져|처짐|우울해|슬퍼|시끄러|아닌\s?(?:것\s?같|듯))/u.source,
  'u',
);
const LIKED = new RegExp(
  PICKED.source +
    /(?:이|은|는|가|도)?\s?(?:다\s?|좀\s?|너무\s?|진짜\s?|정말\s?|완전\s?|꽤\s?|되게\s?)?(?:좋았|좋아요|좋다|좋네|좋더|좋아\s?[!~ㅎㅠ.]*$|최고|맘에\s?들|마음에\s?들|딱이|딱\s?맞|위로가?\s?(?:됐|되었|돼)|와닿|취향|제\s?스타일|내\s?스타일)/u.source,
  'u',
);

/** The songs shown were all too sad: "너무 우울한 것만 나오네요", "추천해준 노래들 너무 슬픈 것만 나와". */
const TOO_SAD = /(?:우울한|슬픈|처지는|어두운|무거운|잔잔한|느린)\s?(?:것|거|노래|곡)(?:들)?\s?(?:만|밖에)|(?:노래|곡)(?:들)?(?:이|가)?\s?(?:다|전부|죄다|너무|좀)?\s?(?:너무\s?)?(?:우울|슬프|처지|어두워|무거워)(?:해|고|네|요|다|서)/u;
/**
 * The songs stirred the feeling up: "방금 그 노래 가사가 너무 세다 더 화나", "왜 분노가 서린 노래를
 * 추천해? 더 화나잖아" (session 34: read as a song stuck in the head, or answered with how songs are
 * chosen). The calming list opens.
 */
const TOO_STRONG = /(?:노래|곡|가사)[^.?!]{0,24}(?:더\s?(?:화나|화가\s?나|짜증|열\s?받|빡)|너무\s?(?:세|쎄|시끄러|자극적))|(?:분노|화)(?:가)?\s?(?:서린|담긴|나는)\s?(?:노래|곡)/u;
/** More songs, once some were shown: "또 추천해줘", "한번 더", "다른 거 없어?", "더 없어?". */
const MORE = /^(?:그럼\s?|음\s?|아\s?|혹시\s?)?(?:또|더|다시|한\s?번\s?더|하나\s?더|몇\s?개\s?더|다른\s?(?:거|것|걸로|노래|곡|것들|거는|건)|딴\s?(?:거|노래|곡))\s?(?:(?:노래|곡)(?:도|는|로)?\s?)?(?:추천(?:해\s?(?:줘|주세요|줄래|줄래요|주라|봐)|\s?좀|\s?ㄱㄱ)?|골라\s?(?:줘|주세요|줄래)|보여\s?(?:줘|주세요|줄래)|틀어\s?(?:줘|주세요)|없어|없나|없나요|없어요|없을까|없을까요|있어|있나요|있어요|줘|주세요|요|는|ㄱㄱ)?\s*[.!?~ㅠㅜ]*$/u;
/** A song the user cannot name, to be found: "그 노래 이름은 기억이 안나는데 혹시 찾아줄 수 있어요?". */
const FIND_SONG = /(?:노래|곡)\s?(?:제목|이름)(?:이|을|은|도)?\s?(?:기억이?\s?(?:안|잘\s?안)|생각이?\s?(?:안|잘\s?안)|모르|까먹)|(?:노래|곡|제목)(?:을|를|좀)?\s?(?:좀\s?)?찾아\s?(?:줘|줄\s?수|주세요|줄래|주실|달라)/u;
/** More of the same kind: "이런 노래 더 없어?", "비슷한 곡 더 추천해줘". */
const MORE_LIKE = /(?:이런|비슷한|이\s?느낌|저런|그런)\s?(?:노래|곡|거|것|느낌)(?:으로|로)?\s?(?:더|또|좀\s?더)\s?(?:없|있|추천|줘|골라|보여)/u;
/** Who sings it, what it is called: "이거 누구 노래예요?". */
const WHO_SINGS = /누구\s?(?:노래|곡)|누가\s?(?:불렀|부른|부름|부르는)|(?:가수|부른\s?사람)(?:가|이|는|은)?\s?(?:누구|뭐)|(?:노래|곡)\s?(?:제목|이름)(?:이|은|좀)?\s?(?:뭐|뭔|알려)|(?:제목|가수)\s?(?:이|가|좀)?\s?(?:뭐|알려)/u;
/**
 * A named singer: "아이유 노래로 추천해줘", "BTS 노래 틀어줘". Only a name in Latin letters, or one
 * that songs are asked "by" (노래로, 노래만, 노래 위주, 의 노래): "이제 노래 추천해줘" had been told that
 * singers cannot be chosen (session 32).
 */
const ARTIST = /(?:^|\s)([A-Za-z][A-Za-z0-9&.\- ]{0,14}?|[가-힣]{2,8})(?:\s?(?:노래|곡)(?:로|만|위주로?|들로|들만)|의\s?(?:노래|곡)|(?<=[A-Za-z0-9])\s?(?:노래|곡))\s?(?:추천|틀어|들려|골라)/u;
/**
 * A bare name before 노래 with a request or a wish ("아이유 노래 틀어줘", "아이유 노래는 없어?"; session
 * 33): a singer or a theme, and songs can be chosen by neither. Mood words and the themes songs
 * are often asked by ("이별 노래") are told apart below.
 */
const NAMED_SONGS = /^(?:그럼\s|혹시\s|아\s|음\s)?([가-힣]{2,6})\s(?:노래|곡)(?:는|도|은)?\s?(?:틀어|추천|들려|골라|듣고\s?싶|없어|없나|없을까|있어|있나|있을까|없어요|있어요|나와)/u;
/** Themes a song is asked by: no singer, and their feeling is one the lists can follow. */
const THEMES = /^(?:이별|사랑|연애|짝사랑|고백|여름|겨울|봄|가을|크리스마스|캐롤|생일|졸업|응원|감성|인생|청춘|엄마|아빠|가족|친구|우정|슬픔|기쁨|행복|희망|꿈|용기|추억|그리움|새벽|비|눈|바다|노동|명절|결혼|축하|위로|힐링|이별한|헤어진|자장가|동요|잔잔|우울|신남|설렘|눈물)$/u;
const NOT_ARTIST = /(?:한테|에게|께)$|^(?:이제|그럼|빨리|얼른|다시|암튼|아무튼|좀|그냥|한번|하나|몇|또|더|딴|새|새로운|나|저|너|우리|이런|그런|저런|좋은|다른|요즘|요새|오늘|지금|내|제|이|그|저|아무|무슨|어떤|아무거나|신곡|노래|아무|우리|같이|같은|들을|들을만한|이럴때|이럴\s?때|그럴때|때|날|밤|아침|새벽|주말|기분|분위기|힐링|위로|공부|운동|작업|드라이브|출근|퇴근|잠|수면|여행|데이트|카페|산책)$/u;
/** A word ending in an adjective's ㄴ (슬픈, 신나는, 잔잔한) is a mood, not a name. */
const endsLikeAdjective = (w: string): boolean => {
  const c = w.charCodeAt(w.length - 1);
  return c >= 0xac00 && c <= 0xd7a3 && (c - 0xac00) % 28 === 4;
};
/** "나훈아나 이미자 같은 노래도 있나요?" (session 35): singers named by likeness. */
const LIKE_ARTIST = /(?:^|\s)([가-힣]{2,6}?)(?:이나|나|랑|이랑)?\s?(?:[가-힣]{2,6}\s)?(?:같은|스타일|풍의?)\s?(?:노래|곡|가수)(?:도|는|들)?\s?(?:있|없|추천|틀어|들려|골라|듣고)/u;
/** A clause that ends before 노래 ("우울한데 노래 추천해줘", session 35) names no singer. */
const CLAUSE_END = /(?:는데|한데|인데|운데|픈데|은데|니까|해서|어서|아서|지만|하고|해도|라서|ㅠ|ㅜ)$/u;
function namesArtist(t: string): boolean {
  return artistNamed(t) !== null;
}

/** The singer a request names ("아이유 노래로 추천해줘" → 아이유), or null (session 37: to name their songs). */
export function artistNamed(text: string): string | null {
  const t = fixSongTypos(text.normalize('NFC').trim());
  const m = ARTIST.exec(t) ?? NAMED_SONGS.exec(t) ?? LIKE_ARTIST.exec(t);
  const w = m?.[1]?.trim();
  // Session 41: a use or an occasion ("파티 노래", "헬스 노래", "수면 음악") is no singer (song-purpose.ts).
  return w && !NOT_ARTIST.test(w) && !THEMES.test(w) && !endsLikeAdjective(w) && !CLAUSE_END.test(w) && !/(?:할|을|는|던)$/u.test(w) && !songPurpose(`${w} 노래`) ? w : null;
}

/** "이별 노래 말고요", "신나는 노래 말고": not songs declined, songs of another kind asked. */
const NOT_THIS_KIND = /^(?:아\s|음\s|그\s)?([가-힣]{1,6})\s?(?:노래|곡|음악)(?:는|은|들은|들)?\s?(?:말고|빼고|말구)/u;
// An era is no kind of feeling: "옛날 노래 말고 요즘 노래로" is asked by era (session 37; it had got "주제가 아니라").
const NOT_A_KIND = /^(?:그냥|그런|이런|저런|무슨|아무|노래|추천|첫|마지막|이|그|저|번째|[가-힣]*번째|아까|방금|옛날|예전|요즘|요새|최신|옛|추억의)$/u;

/** The kind of songs turned down ("이별 노래 말고요"), or null. */
export function declinedKind(text: string): string | null {
  const m = NOT_THIS_KIND.exec(text.normalize('NFC').trim());
  const w = m?.[1];
  // Session 42: a way ("잔잔한 노래 말고", "신나는 노래 말고") is no kind the songs cannot be chosen by: the
  // lists go the other way (songDirection reads the "not"); "조용한 노래 말고 밝은 거" had been told
  // «어떤 노래만 빼고 고르지는 못해요».
  return w && !NOT_A_KIND.test(w) && !GENRE_ALONE.test(w) && !isWayWord(w) ? w : null;
}

/**
 * Genres and kinds of music the catalogue does not record, as words of their own: "연락도 없어"
 * had been told that genres cannot be chosen (the 락 of 연락; session 33).
 */
const GENRE_WORDS = '발라드|힙합|랩|록|락|메탈|재즈|클래식|팝송|케이팝|k-?pop|트로트|인디|댄스|아이돌|edm|일렉|r&b|알앤비|ost|로파이|lo-?fi|동요|찬송가|ccm|뉴에이지|국악';
const GENRE_ALONE = new RegExp(`^(?:${GENRE_WORDS})$`, 'iu');
const GENRE = new RegExp(
  `(?<![가-힣A-Za-z])(?:${GENRE_WORDS})\\s?(?:노래|곡|음악|장르)?(?:\\s?같은\\s?(?:거|것|노래|곡))?(?:로|으로|만|위주|는|도|은)?\\s?(?:있으면\\s?)?(?:추천|틀어|들려|골라|듣고\\s?싶|있어|있나|있을까|없어|없나|없을까|말고|빼고|위주|좋아해|좋아하는데|좋아합니다)` +
    // "랩 있는 노래", "랩 들어간 곡" (session 37).
    '|(?<![가-힣A-Za-z])(?:랩|rap)(?:이)?\\s?(?:있는|들어간|나오는|섞인)\\s?(?:노래|곡|음악)' +
    // "힙합으로", "재즈 음악으로 바꿔줘": a genre said alone, once songs were asked for.
    `|^(?:${GENRE_WORDS})\\s?(?:노래|곡|음악)?(?:로|으로)\\s?(?:해\\s?줘|바꿔\\s?줘|줘|부탁해|부탁해요|요)?\\s*[?.!~]*$` +
    '|장르(?:별로|로|를|는|도)?\\s?(?:골라|추천|바꿔|다른|말고|정해|선택)|다른\\s?장르',
  'iu',
);
/** An era: "옛날 노래", "최신곡", "90년대 노래", "요즘 노래". */
const ERA =
  /(?:옛날|예전|추억의|최신|요즘|요새|[0-9]{2,4}\s?년대)\s?(?:노래|곡|음악|가요)(?:로|으로|만|위주|는|도)?\s?(?:추천|틀어|들려|골라|듣고\s?싶|있|없|말고|위주)|최신곡|신곡\s?(?:추천|틀어|들려|있|없)|역주행/u;
const ERA_NOT = /(?:옛날|예전|요즘|요새|최신|[0-9]{2,4}\s?년대)\s?(?:노래|곡|음악|가요)(?:는|은|들은)?\s?(?:말고|빼고)/u;
/** No lyrics: "가사 없는 노래", "연주곡", "피아노 곡". */
const NO_LYRICS = /가사\s?(?:없는|없이|가\s?없는|안\s?나오는)|연주곡|(?:피아노|기타|바이올린|오케스트라)\s?(?:곡|연주|음악|노래)|bgm만|노래\s?말고\s?(?:음악|연주)/iu;

export function talksAboutSongs(text: string): SongTalk | null {
  const t = fixSongTypos(text.normalize('NFC').trim());
  if (!t || t.length > 80) return null;
  if (declinedKind(t)) return 'other_kind';
  // "더 밝은 노래는 말고 이런 노래 더 없어요?": more of these, not songs declined (session 34).
  if (MORE_LIKE.test(t)) return 'more';
  // "옛날 노래 말고 요즘 노래로": asked by era, not songs declined (session 37).
  if (ERA_NOT.test(t)) return 'era';
  // "잔잔한 노래 말고 신나는 노래": a way turned down, not songs (session 42: a memory told so had got «노래는 잠시 접어 둘게요»).
  if (declinesSongs(t) && !turnsDownAWayOfSongs(t)) return 'declined';
  // "친구가 나한테 노래 추천해달래서 했는데": a story, not talk about the app's songs.
  if (toldSongRequest(t)) return null;
  if (TOO_STRONG.test(t)) return 'too_strong';
  if (TOO_SAD.test(t)) return 'too_sad';
  if (DISLIKED.test(t)) return 'disliked';
  if (LIKED.test(t)) return 'liked';
  // "첫 곡 별로", "두번째꺼 괜찮네": a song named by its place.
  if (ORDINAL.test(t) && DISLIKE_WORD.test(t)) return 'disliked';
  if (ORDINAL.test(t) && LIKE_WORD.test(t)) return 'liked';
  if (FIND_SONG.test(t)) return 'find_song';
  if (WHO_SINGS.test(t)) return 'who_sings';
  if (MORE.test(t) || MORE_LIKE.test(t)) return 'more';
  if (NO_LYRICS.test(t)) return 'no_lyrics';
  if (GENRE.test(t)) return 'genre';
  if (ERA.test(t)) return 'era';
  if (namesArtist(t)) return 'artist';
  return null;
}

export const SONG_TALK_PREFIX = 'songs';
export const SONG_TALK_REPLIES: Record<SongTalk | 'other_kind_before', readonly string[]> = {
  declined: ['알겠어요, 노래는 잠시 접어 둘게요. 지금은 이야기에만 귀 기울일게요. 편하게 들려줘요.'],
  too_sad: [
    "지금 마음과 닮은 노래들이 너무 무겁게 느껴졌군요. '기분을 바꿔 줄 노래'를 먼저 보여 드릴게요. 조금 더 밝은 쪽으로 천천히 옮겨 가는 곡들이에요.",
  ],
  too_strong: [
    '골라 드린 노래가 오히려 마음을 더 건드렸군요, 미안해요. 이번에는 마음을 차분하게 가라앉혀 줄 곡부터 보여 드릴게요. 맞지 않은 곡은 곡 아래의 별로예요 버튼으로 알려 주면 다음부터 고르지 않아요.',
  ],
  more: ["좋아요, 아직 보여 드리지 않은 곡으로 더 골라 볼게요. 목록 아래 '다른 곡 추천'을 눌러도 새 곡이 나와요."],
  who_sings: ["노래 제목과 부른 사람은 곡마다 카드 맨 위에 적혀 있어요. 'YouTube에서 듣기'를 누르면 그 곡을 바로 들어 볼 수 있어요."],
  artist: [
    "가수나 주제를 정해서 고르지는 못해요. 노래는 가사에 담긴 감정이 지금 이야기와 얼마나 닮았는지로 고르거든요. 대신 '지금 내 감정과 비슷한 노래'와 '기분을 바꿔 줄 노래' 가운데 마음 가는 쪽을 골라 들어 봐요. 곡 카드의 '여기서 재생'을 누르면 바로 들을 수 있어요.",
  ],
  find_song: [
    '노래를 찾아 드리는 건 아직 제가 하지 못해요. 가사 한 구절이나 흥얼거리던 멜로디가 떠오르면, 그걸로 검색해 보면 찾을 수 있을 거예요. 그 노래와 함께 떠오르는 기억을 조금 더 들려줄래요?',
  ],
  other_kind: [
    "노래는 주제가 아니라 가사에 담긴 감정으로 골라서, 어떤 노래만 빼고 고르지는 못해요. 대신 '지금 내 감정과 비슷한 노래'와 '기분을 바꿔 줄 노래' 가운데 다른 쪽을 먼저 보여 드릴게요. 마음에 닿지 않는 곡은 '별로예요'를 눌러 주면 다음부터 고르지 않아요.",
  ],
  other_kind_before: [
    "노래는 주제가 아니라 가사에 담긴 감정으로 골라서, 어떤 노래만 빼고 고르지는 못해요. 노래를 보여 드릴 때 '지금 내 감정과 비슷한 노래'와 '기분을 바꿔 줄 노래' 가운데 다른 쪽을 먼저 열어 둘게요. 그 전에 지금 마음을 조금 더 들려줄래요?",
  ],
  // Session 37: a dislike brings songs not shown yet (more_recommendations), said so.
  disliked: [
    "골라 드린 노래가 마음에 닿지 않았군요. 아직 보여 드리지 않은 곡으로 다시 골라 볼게요. 곡 아래의 '별로예요'를 눌러 주면 그 곡은 다음부터 고르지 않아요.",
  ],
  liked: [
    "마음에 드는 곡을 만났다니 저도 기뻐요. 곡 아래의 '좋아요'를 눌러 두면, 비슷한 기분일 때 그 곡을 다시 골라 드려요. 어떤 부분이 특히 좋았어요?",
  ],
  genre: [
    '노래는 장르가 아니라 가사에 담긴 감정으로 골라서, 장르를 정해 골라 드리지는 못해요. 대신 밝은 노래와 차분한 노래 중 어느 쪽이 좋을지 말해 주면 그쪽으로 골라 볼게요.',
  ],
  era: [
    '노래는 나온 때가 아니라 가사에 담긴 감정으로 골라서, 옛날 노래나 요즘 노래만 따로 골라 드리지는 못해요. 대신 밝은 노래와 차분한 노래 중 어느 쪽이 좋을지 말해 주면 그쪽으로 골라 볼게요.',
  ],
  no_lyrics: [
    '지금 가진 노래는 모두 가사가 있는 곡이에요. 가사에 담긴 감정을 읽어서 고르기 때문에, 가사 없는 연주곡은 아직 골라 드리지 못해요. 가사가 있어도 괜찮다면 "노래 추천해 줘"라고 말해 줘요. 지금 마음에 맞는 곡을 골라 볼게요.',
  ],
};

/**
 * Said with a request the recommender cannot serve ("발라드 노래 추천해줘"): put before the usual
 * answer to the request, so the user knows what the songs will and will not follow.
 */
export const CANNOT_FILTER: Partial<Record<SongTalk, string>> = {
  genre: '장르를 정해서 고르지는 못해요. 노래는 가사에 담긴 감정으로 고르거든요.',
  era: '나온 때를 정해서 고르지는 못해요. 노래는 가사에 담긴 감정으로 고르거든요.',
  no_lyrics: '가사 없는 연주곡은 아직 없어요. 노래는 가사에 담긴 감정으로 고르거든요.',
  artist: '가수나 주제를 정해서 고르지는 못해요. 노래는 가사에 담긴 감정으로 고르거든요.',
};

/** Asking, once songs were shown, for songs of another kind: "좀 밝은 걸로 해줘", "신나는 거 없어?". */
export const REDIRECT = /(?:걸로|거로|것으로|쪽으로|느낌으로|분위기로|노래로|곡으로)|(?:거|것|노래|곡)\s?(?:없|있|줘|주세요|좀|추천)|(?:는|한|운|른|은)\s?(?:거|것|노래|곡|걸)\s*[?？.!~ㅠㅜ]*$/u;

/** Which way a song request leans: lift the mood, or stay with it. */
export type SongDirection = 'lift' | 'match' | 'calm';

const LIFT =
  /신나|신날|밝은|밝아지|설레(?:는|게|고|임)|설렘|경쾌|텐션|에너지|힘(?:이)?\s?(?:나는|나게|날)|기운\s?(?:나는|날|내)|기분(?:이|을)?\s?(?:좀\s?|확\s?|좋게\s?)?(?:좋아지|좋게|풀리|풀어|나아지|전환|바꿔|바뀌|업)|업\s?되는|흥겨|들뜨|신나는|웃을\s?수\s?있는|우울할\s?때\s?(?:듣|들을)/u;
const NOT_BRIGHT = /너무\s?(?:밝|신나|신난|경쾌|발랄|시끄|쨍)|(?:신나는|밝은|좋은|들뜬)\s?(?:기분|노래|분위기)(?:은|는|이|가)?\s?(?:아닌데|아니야|아니에요|아니거든|아냐|아님|말고)|더\s?(?:슬픈|우울한)/u;
const REMEMBER = /생각나는\s?(?:노래|곡|음악)|떠올리(?:며|면서|게|는|기)\s?(?:좋은\s?)?(?:들을|노래|곡)|추억(?:하는|하며|할)\s?(?:노래|곡)|(?:그리울|보고\s?싶을)\s?때\s?(?:들을|듣는|노래)/u;
const MATCH = /슬픈|우울한|울고\s?싶|울\s?수\s?있는|울기\s?좋은|눈물\s?(?:나는|나게)|펑펑|이별\s?노래|헤어졌을\s?때|공감되는|위로(?:가)?\s?되는|(?:지금|이|요즘)\s?(?:기분|마음)(?:이랑|과|하고|에)\s?(?:비슷|닮은|맞는|어울리는)/u;

/**
 * Calm, cooled down, less sad: "화 좀 식히고 싶어 노래 틀어줘", "차분한 노래로 바꿔줘", "좀 덜 슬픈
 * 걸로" (whose 슬픈 had opened the matching list; session 34). Away from the mood the user is in,
 * whichever it is: the shift list (towards joy from a hurt, down from an excited joy).
 */
const CALM =
  /차분|잔잔|조용한|진정|(?:화|열|분노|흥분)(?:를|을|가|이)?\s?(?:좀\s)?(?:식히|식혀|식힐|가라앉|삭이|삭히|풀리|풀어|풀\s?수)|마음(?:을|이)?\s?(?:좀\s)?(?:가라앉|편안|편해|차분)|편안한|(?:덜|안)\s?(?:슬픈|우울한|처지는|무거운|센|세고|시끄러운)|(?:덜|안)\s?슬프게|마음\s?(?:이\s?)?놓이는|(?:화(?:가)?\s?날|열\s?받을|짜증\s?날|빡칠)\s?때\s?(?:듣|들을)/u;

const ALIKE_THIS = /(?:이런|이\s?느낌|비슷한|그런)\s?(?:분위기|느낌|노래|곡|스타일)/u;

/**
 * A way turned down: "잔잔한 거 말고", "신나는 노래는 싫어", "슬픈 곡 빼고", "조용한 건 별로", "밝은 거
 * 아니고". The phrase is the word right before the "not" (with the 노래/거 after it), so "잔잔한 노래
 * 좋아 시끄러운 건 싫어" turns down only 시끄러운 (session 42: "잔잔한 거 말고 신나는 거" had read
 * 잔잔 first and opened the calming list).
 */
const TURNED_DOWN =
  /(\S+)(?:\s(?:그런|이런|저런))?(?:\s?(?:노래|곡|음악|거|건|것|걸|게|쪽|느낌|분위기|스타일|기분)(?:들)?)?(?:은|는|도|이|가)?(?:\s?(?:듣기|듣는\s?(?:건|거|게)|들을\s?(?:기분|맘|마음)(?:은|이)?))?\s?(?:좀\s?|너무\s?|넘\s?|진짜\s?|이제\s?|별로\s?)?(?:말고(?!도)|빼고|말구|말곤|싫|별로|아니고|아니라|그만|노노|ㄴㄴ)/gu;
/** Loud or fast songs, turned down: the calming list (no way of their own when asked for). */
const LOUD = /시끄러|센$|쎈$|빠른|정신\s?없는|쿵쾅|자극적/u;
const OPPOSITE: Record<SongDirection, SongDirection> = { lift: 'match', calm: 'lift', match: 'lift' };

/** The way a request's words lean, without any "not" (songDirection reads the "not" first). */
function plainDirection(t: string): SongDirection | null {
  if (CALM.test(t)) return 'calm';
  // Songs too bright for the mood, or a glad mood denied ("너무 밝은데요 더 슬픈 노래 없어요?", "나 지금
  // 신나는 기분 아닌데"), and songs to remember someone by, are of the mood (session 35: all three had
  // opened the list that lifts it).
  if (NOT_BRIGHT.test(t) || REMEMBER.test(t)) return 'match';
  if (LIFT.test(t)) return 'lift';
  if (MATCH.test(t)) return 'match';
  return null;
}

/**
 * "X 말고 Y", "X 말고", "X는 싫어", "X 빼고": the way asked for after the ways turned down, else
 * the way nearest the last one turned down (not bright → the mood's own songs, not calm or not sad →
 * lifting, not loud → calm). Null when no way is turned down.
 */
function directionPastNot(t: string): SongDirection | null {
  const downs = [...t.matchAll(TURNED_DOWN)];
  if (downs.length === 0) return null;
  const rest = downs.reduceRight((s, m) => s.slice(0, m.index) + ' ' + s.slice(m.index + m[0].length), t);
  const asked = plainDirection(rest);
  if (asked) return asked;
  for (const m of downs.reverse()) {
    const phrase = m[0];
    if (LOUD.test(m[1]!)) return 'calm';
    // "너무 밝은 건 싫어" and "신나는 노래 말고" read as NOT_BRIGHT already: the mood's own songs.
    const way = plainDirection(m[1]!) ?? (NOT_BRIGHT.test(phrase) ? 'match' : null);
    if (way) return OPPOSITE[way];
  }
  return null;
}

/**
 * A bare "not this way", once songs are shown: "잔잔한 거 말고", "슬픈 노래는 싫어요", "시끄러운 건
 * ㄴㄴ" (REDIRECT wants a way asked for: "잔잔한 거 말고" alone had got «그 부탁은 제가 정확히
 * 알아듣지 못했어요»). Only the phrase and its "not": "잔잔한 분위기 싫어서 회사 옮겼어" is a story.
 */
export function turnsDownAWay(text: string): boolean {
  const t = text.normalize('NFC').trim();
  if (!t || t.length > 24) return false;
  const m = [...t.matchAll(TURNED_DOWN)].at(-1);
  if (!m || !/^(?:(?:아니|아니요|아뇨|그냥|음|근데|좀)\s)?\S*$/u.test(t.slice(0, m.index).trim() || 'x')) return false;
  const after = t.slice(m.index + m[0].length);
  return /^(?:요|어|어요|고|다|음|임|야|은데|는데|구요|고요)?[\s.!?~ㅠㅜㅋㅎ]*$/u.test(after) && (LOUD.test(m[1]!) || plainDirection(m[1]!) !== null);
}

/** A word that names a way songs lean (잔잔한, 신나는, 슬픈, 시끄러운), not a theme ("이별"). */
function isWayWord(w: string): boolean {
  return !THEMES.test(w) && (LOUD.test(w) || plainDirection(w) !== null);
}
/** "잔잔한 노래 말고", "슬픈 곡은 싫어": songs of a way turned down, with 노래/곡/음악 said. */
function turnsDownAWayOfSongs(t: string): boolean {
  return [...t.matchAll(TURNED_DOWN)].some((m) => /노래|곡|음악/u.test(m[0]) && isWayWord(m[1]!));
}

/**
 * A clause told in the past before the request ("예전엔 잔잔한 노래 들었는데", "슬펐지만"): what was,
 * not the way asked. Session 43 (songmood): "예전엔 잔잔한 노래 들었는데 오늘은 신나는 거 틀어줘" had
 * read 잔잔 and opened the calming list.
 */
const CLAUSE_LINK = /([가-힣])(?:는데|지만|더니)(?:요)?(?=[\s,.]|$)/gu;
/** A past-tense syllable: one ending in ㅆ (들었, 슬펐, 했, 갔) but 있 and 겠 (not past), or 던. */
const pastSyllable = (c: string): boolean => c === '던' || (c !== '있' && c !== '겠' && (c.charCodeAt(0) - 0xac00) % 28 === 20);

/** The words after the last clause told in the past, or null when there is none. */
function afterPastClause(t: string): string | null {
  const last = [...t.matchAll(CLAUSE_LINK)].filter((m) => pastSyllable(m[1]!)).at(-1);
  return last ? t.slice(last.index + last[0].length) : null;
}

/** The direction of a song request, from its words or, failing that, the intent that answered it. */
export function songDirection(text: string, intentId: string | null): SongDirection | null {
  const t = text.normalize('NFC');
  const now = afterPastClause(t);
  const asked = now ? (directionPastNot(now) ?? plainDirection(now)) : null;
  if (asked) return asked;
  const way = directionPastNot(t) ?? plainDirection(t);
  if (way) return way;
  // "이런 분위기 노래 더 알려줘" (a song the user loves): no way named, whatever intent took it (session 39).
  if (ALIKE_THIS.test(t)) return null;
  if (intentId === 'meta_recommend_song_mood_up') return 'lift';
  if (intentId === 'meta_recommend_song_sad') return 'match';
  return null;
}

/**
 * The list to open first for a request's direction and the conversation's mix. "기분을 바꿔 줄
 * 노래" moves a mood towards joy, or, when joy leads, away from it (src/recommend/moodShift.ts):
 * so a lift is the shift list unless the user is already mostly glad, and a wish to stay with a
 * sad mood is the similar list unless joy leads (then shifting is what moves towards sadness).
 */
export function songModeFor(direction: SongDirection | undefined, mix: EmotionMix): 'similar' | 'shift' | undefined {
  if (!direction) return undefined;
  if (direction === 'calm') return 'shift';
  const joyLeads = joyIsLargest(mixToArray(mix));
  if (direction === 'lift') return joyLeads ? 'similar' : 'shift';
  return joyLeads ? 'shift' : 'similar';
}

/** A song card on the user's screen when they spoke, in the order shown (the open list first). */
export interface SongOnScreen {
  id: string;
  title: string;
  artist: string;
  mode: 'similar' | 'shift';
}

/** What the chat can tell the engine of the screen around it (the CLI tells nothing). */
export interface TurnContext {
  /** The open song list's cards, top to bottom; absent or empty when no songs are shown. */
  songsOnScreen?: readonly SongOnScreen[];
}

/**
 * The feedback buttons' words per list (the song cards show the same, src/ui/songs/SongList.tsx).
 * They say what is stored: a like or a dislike (session 37: "잘 모르겠어요" read as "not sure"
 * but was kept as a dislike).
 */
export const FEEDBACK_WORDS: Record<'similar' | 'shift', { like: string; dislike: string }> = {
  similar: { like: '좋아요', dislike: '별로예요' },
  shift: { like: '좋아요', dislike: '별로예요' },
};

const ORDINAL_WORDS: Record<string, number> = { 첫: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8 };
/**
 * A song named by its place: "두번째 노래", "2번 곡", "첫 곡", "마지막 거", "맨 위에 거". "두 곡",
 * "세 곡 다" count songs, so only 첫 may go without 번째.
 */
const ORDINAL = /(?:^|[^0-9])(?:(첫|두|세|네|다섯|여섯|일곱|여덟)\s?(?:번째|번쨰)|(첫)\s?(?=곡|노래|거|꺼|것)|([1-9])\s?(?:번째|번쨰|번)|([1-9])\s?(?=곡|노래))|(마지막|맨\s?(?:아래|끝|밑))|(맨\s?(?:위|처음))/u;
const LIKE_WORD =
  /괜찮네|괜찮더|괜찮았|괜찮은\s?(?:것|거|듯)|낫네|나은\s?(?:것|거|듯)|좋았|좋아요|좋다|좋네|좋더|좋아\s?[!~ㅎㅠ.]*$|좋음|최고|짱|맘에\s?들|마음에\s?들|딱이|딱\s?맞|위로가?\s?(?:됐|되었|돼|되네)|와닿|내\s?스타일|제\s?스타일|취향\s?(?:저격|이에요|이야|임|이네)|(?:좋아요|하트)\s?(?:눌러|해|표시|남겨)|저장\s?(?:해|좀)|담아\s?(?:줘|주세요|둬)/u;
const DISLIKE_WORD =
  /별로|맘에\s?안|마음에\s?안|안\s?(?:맞|어울|좋|와닿|끌)|싫|구려|구리|이상해|취향\s?(?:아니|아님|이\s?아니)|노잼|지루|(?:빼|지워|치워)\s?(?:줘|주세요)|아닌\s?(?:것\s?같|듯)/u;

const squash = (s: string): string => s.normalize('NFC').toLowerCase().replace(/[\s'"‘’“”.,!?~()[\]\-_·]/gu, '');

/** The song on screen the text points at, by its place in the list or by its title. */
export function songNamed(text: string, songs: readonly SongOnScreen[]): SongOnScreen | null {
  if (songs.length === 0) return null;
  const t = text.normalize('NFC');
  const m = ORDINAL.exec(t);
  if (m) {
    const word = m[1] ?? m[2];
    const digit = m[3] ?? m[4];
    const place = word ? ORDINAL_WORDS[word]! : digit ? Number(digit) : m[5] ? songs.length : 1;
    return songs[place - 1] ?? null;
  }
  const flat = squash(t);
  let best: SongOnScreen | null = null;
  for (const s of songs) {
    const title = squash(s.title);
    if (title.length >= 2 && flat.includes(title) && (!best || title.length > squash(best.title).length)) best = s;
  }
  return best;
}

/**
 * "두번째 노래 좋다", "밤편지 너무 좋았어", "첫 곡은 별로": a like or dislike of one song on screen,
 * which the app records as if its button had been pressed. Null when no single song is named.
 */
export function ratesSongOnScreen(text: string, songs: readonly SongOnScreen[]): { song: SongOnScreen; liked: boolean } | null {
  const t = fixSongTypos(text.normalize('NFC').trim());
  if (!t || t.length > 80 || songs.length === 0) return null;
  const song = songNamed(t, songs);
  if (!song) return null;
  if (DISLIKE_WORD.test(t)) return { song, liked: false };
  if (LIKE_WORD.test(t)) return { song, liked: true };
  return null;
}

/** The reply to a rating said in the chat, naming the song and the button it stands for. */
export function ratedReply(song: SongOnScreen, liked: boolean): string {
  const name = `'${song.title}'(${song.artist})`;
  const words = FEEDBACK_WORDS[song.mode];
  // What a press does (src/recommend/feedback.ts, likedPicks.ts; session 40): a liked song comes
  // back when the mood is like this one; a disliked song is left out of both lists from now on.
  if (liked) return `마음에 닿는 곡을 만났군요. ${name}에 '${words.like}'를 눌러 뒀어요. 비슷한 기분일 때 이 곡을 다시 골라 드릴게요. 어떤 부분이 특히 좋았어요?`;
  const after = '이 곡은 이제 추천하지 않을게요.';
  return `${name}에 '${words.dislike}'를 눌러 뒀어요. ${after} 목록 아래 '다른 곡 추천'을 누르면 아직 보여 드리지 않은 곡도 볼 수 있어요.`;
}

/** Session 42: a song named on screen turned down with a wish for others ("두번째 노래 별로 다른 거 줘"). */
export function ratedAndMoreReply(song: SongOnScreen): string {
  return `'${song.title}'(${song.artist})에 '${FEEDBACK_WORDS[song.mode].dislike}'를 눌러 뒀어요. 이 곡은 이제 추천하지 않을게요. 아직 보여 드리지 않은 곡으로 다시 골라 볼게요.`;
}
