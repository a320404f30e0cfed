/**
 * Session 37 (songchat): what the bot says around the songs, from a tester's ~40 conversations.
 *
 * - "Songs shown" had been guessed from the gauge and from any song-request intent, so a request
 *   answered "tell me more first" counted as songs shown: "다른 거 추천해줘" then got "아직 보여
 *   드리지 않은 곡으로 더 골라 볼게요" with nothing shown. The turn that opens songs now leaves a
 *   mark (songsOpenedMark), read by songsOpenedAt.
 * - Reactions right after the songs ("와 이거 좋다", "근데 이건 별로야", "너무 시끄러워", "이거 다
 *   발라드잖아") had been read as a story ("생각만 해도 미소가 지어지는 이야기네요"):
 *   reactsToShownSongs.
 * - "이거 말고 다른 거", "다른 노래는 없어?", "다른거 ㅇㅇ": more songs (asksMoreSongs).
 * - "너무 밝은 노래는 말고요" had been taken for songs declined ("노래는 잠시 접어 둘게요"):
 *   moodWishForSongs reads the way it leans.
 * - "유튜브 링크도 줄 수 있어요?", "이 노래 가사 알려줘": an honest answer (songQuestion).
 * - "아이유 노래로 추천해줘": which of that singer's songs the catalogue has, by name
 *   (artistSongsLine), and that the list is chosen by mood.
 * - The opening line was "음악으로 잠깐 쉬어 가요!" whatever the mood, even after a pet's death:
 *   openLines gives a few per mood, quiet after a loss.
 */
import { artistKeys } from '../recommend/catalogue';
import { compactName, findArtist } from '../recommend/artist';
import { artistNamed, type SongDirection } from './talks-about-songs';
import { fixSongTypos } from './asks-for-songs';

/** Pushed into usedReplies by the turn whose result opens songs: `songs-opened@<turn number>`. */
export const SONGS_OPENED_PREFIX = 'songs-opened@';
export const songsOpenedMark = (turnNumber: number): string => `${SONGS_OPENED_PREFIX}${turnNumber}`;

/** The turn number (1-based, as counted in state.turns) at which songs were last opened, or null. */
export function songsOpenedAt(usedReplies: readonly string[]): number | null {
  for (let i = usedReplies.length - 1; i >= 0; i--) {
    const id = usedReplies[i]!;
    if (id.startsWith(SONGS_OPENED_PREFIX)) return Number(id.slice(SONGS_OPENED_PREFIX.length));
  }
  return null;
}

/** Turns after the songs opened in which a bare "이거 좋다" is still about them. */
export const JUST_SHOWN_TURNS = 3;

const nfc = (t: string): string => t.normalize('NFC').trim();

/** "이거", "이건", "이 노래", "노래", "이번 곡들": what was just shown. */
const THESE = '(?:이거|이건|이게|요거|이것|이\\s?노래|이\\s?곡|노래|곡|노래들|곡들|추천곡|이번\\s?(?:노래|곡))(?:들)?(?:은|는|이|가|도)?';
const LIKED_WORD = '(?:좋다|좋네|좋아|좋아요|좋네요|좋은데|좋은데요|좋다요|괜찮다|괜찮네|괜찮네요|괜찮은데|최고|짱|대박|맘에\\s?들어|마음에\\s?들어요?|딱이네|딱이다)';
const LIKED_REACTION = new RegExp(
  `^(?:와|오|우와|헐|아|음|오오|와우)?\\s?(?:${THESE}\\s?)?(?:진짜|너무|완전|넘|꽤|되게|정말|좀)?\\s?${LIKED_WORD}(?:\\s?${THESE})?\\s*[.!~ㅎㅋㅠ?]*$`,
  'u',
);
const DISLIKED_REACTION = new RegExp(
  `^(?:근데|아|음|흠|그런데|아니)?\\s?(?:${THESE}\\s?)?(?:다|좀|너무|진짜|완전|별로|전부)?\\s?(?:별로(?:야|예요|에요|네|네요|다|임|인데|인\\s?(?:것|거)\\s?같아요?)?|싫어(?:요)?|맘에\\s?안\\s?들어(?:요)?|마음에\\s?안\\s?들어요?|아닌\\s?(?:것|거)\\s?같아(?:요)?|아닌\\s?듯|노잼|지루해(?:요)?|구려|안\\s?맞아(?:요)?|취향\\s?아니(?:야|에요|네)?)\\s*[.!~ㅠㅜ?]*$`,
  'u',
);
/** "이거 다 발라드잖아": all of one kind, not what was wanted. */
const ALL_ONE_KIND = /^(?:근데|아)?\s?(?:이거|이건|노래|노래들|다|전부)?\s?(?:다|전부|죄다|또)?\s?(?:발라드|힙합|랩|트로트|댄스|아이돌|옛날\s?노래|슬픈\s?(?:노래|거)|우울한\s?(?:노래|거))(?:만|뿐)?\s?(?:이잖아|잖아|이네|네|이야|야|이에요|예요|이다|다|인데|밖에\s?없네)(?:요)?\s*[.!~ㅠㅜ?]*$/u;
/** "발라드는 싫어요 너무 처져서": a kind of song the list had, not wanted. */
const KIND_DISLIKED = /^(?:근데\s?|아\s?)?(?:발라드|힙합|랩|트로트|댄스|아이돌\s?노래|슬픈\s?(?:노래|거)|우울한\s?(?:노래|거))(?:는|은|도)?\s?(?:좀\s?|너무\s?|진짜\s?)?(?:싫어|별로|안\s?좋아|싫은데|질려)/u;
/** "너무 시끄러워", "너무 세요": too loud or strong, the calming list. */
const TOO_LOUD = new RegExp(
  `^(?:아|근데|음)?\\s?(?:${THESE}\\s?)?(?:너무|좀|넘|진짜)\\s?(?:시끄러워|시끄럽다|시끄럽네|세다|세요|쎄다|빨라|빠르다|정신\\s?없어|정신\\s?없다)(?:요)?\\s*[.!~ㅠㅜ?]*$`,
  'u',
);

export type SongReaction = 'liked' | 'disliked' | 'too_strong';

/**
 * What the user says of songs just shown: "와 이거 좋다", "좋다 이거" (liked); "근데 이건 별로야",
 * "노래 별로예요", "이건 좀 아닌 거 같아요", "이거 다 발라드잖아" (disliked); "너무 시끄러워"
 * (too_strong). Only short, bare remarks: "회사 일이 너무 시끄러워" or "친구가 준 선물 좋다" are
 * not about the songs, and the engine asks this only in the turns right after songs opened.
 */
export function reactsToShownSongs(text: string): SongReaction | null {
  const t = nfc(text);
  if (!t || t.length > 24) return null;
  if (TOO_LOUD.test(t)) return 'too_strong';
  if (ALL_ONE_KIND.test(t) || KIND_DISLIKED.test(t) || DISLIKED_REACTION.test(t)) return 'disliked';
  if (LIKED_REACTION.test(t)) return 'liked';
  return null;
}

/**
 * More songs: "이거 말고 다른 거", "다른 노래는 없어?", "다른 노래도 보여주세요", "다른거 ㅇㅇ",
 * "또 다른 거", "다른 거 추천해줘". Not "다른 얘기 하자", "다른 사람은 없어?", "노래 말고 다른 거".
 */
const MORE_SONGS =
  /^(?:그럼\s?|음\s?|아\s?|혹시\s?|근데\s?|(?:이거|이건|이것|그거|이\s?노래|이\s?곡)\s?(?:말고|빼고)\s?)?(?:또\s?|좀\s?)?(?:다른|딴)\s?(?:거|것|걸로|노래|곡|것들|거는|건|거도|노래들)(?:는|은|도|로|들)?\s?(?:(?:좀|더)\s?)?(?:추천(?:해\s?(?:줘|주세요|줄래|줄래요|주라|봐))?|골라\s?(?:줘|주세요|줄래)|보여\s?(?:줘|주세요|줄래|줄래요)|들려\s?(?:줘|주세요)|틀어\s?(?:줘|주세요)|없어|없나|없나요|없어요|없을까|없을까요|있어|있나요|있어요|줘|주세요|요|ㅇㅇ|ㄱㄱ|부탁해|부탁해요)?\s*[.!?~ㅠㅜ]*$/u;
export function asksMoreSongs(text: string): boolean {
  return MORE_SONGS.test(nfc(text));
}

/**
 * Session 42: a dislike of the songs shown said with a wish for others: "이거 별로임 ㅋㅋ 다른 노래",
 * "노잼 딴 거 ㄱㄱ", "다른 노래 틀어줘 이건 별로", "취향 아님 다른 걸로" (the first had been read as
 * a song stuck in the head, the list unchanged; "딴거 ㄱㄱ" alone worked). Other songs, as asked
 * (OTHERS_ASKED: 다른/딴 with a song word, then a request word or the end); not other people or
 * things ("다른 사람은 별로", "딴 거 할 기분 아니야"), nor other songs turned down ("다른 노래는
 * 별로였어").
 */
const OTHERS_ASKED =
  /(?:다른|딴)\s?(?:노래|곡|음악|거|것|걸|건|게|노래들|곡들|것들|거로|걸로)(?:로|으로|도|는|은|들)?\s?(?:(?:좀|더)\s?)?(?:추천|줘|주세요|틀어|보여|들려|골라|바꿔|ㄱㄱ|가자|없|있|부탁|해\s?줘|ㅇㅇ|(?=[\s.!?~ㅠㅜㅋㅎ]*$))/u;
const NOT_SONGS_OTHERS = /(?:다른|딴)\s?(?:얘기|이야기|사람|애|친구|회사|일|데|곳|방법|생각|가수|장르)|(?:다른|딴)\s?(?:거|걸|것)\s?(?:하|할|해|했|먹|사)/u;
const OTHERS_TURNED_DOWN = /^(?:는|은|도|들은|들도)?\s?(?:다\s?|좀\s?|너무\s?)?(?:별로|싫)/u;
const DISLIKE_SHOWN = /별로|별루|노잼|구려|구림|구리다|맘에\s?안|마음에\s?안|취향\s?(?:아니|아님|아냐|이\s?아니)|아닌\s?(?:것\s?같|듯)|안\s?(?:땡|끌|와닿|맞)|싫어|싫다|싫음|ㄴㄴ|노노|지루|질려|질림|에바/u;
export function dislikesAndAsksOthers(text: string): boolean {
  const t = nfc(text);
  if (!t || t.length > 40 || NOT_SONGS_OTHERS.test(t)) return false;
  const others = OTHERS_ASKED.exec(t);
  if (!others) return false;
  const after = t.slice(others.index + others[0].length);
  if (OTHERS_TURNED_DOWN.test(t.slice(others.index).replace(/^(?:다른|딴)\s?\S+?(?=는|은|도|들|\s|$)/u, ''))) return false;
  return DISLIKE_SHOWN.test(`${t.slice(0, others.index)} ${after}`);
}

/**
 * A wish about the songs' mood said with 말고/빼고 or as "좀 더 …한 거": "너무 밝은 노래는 말고요"
 * (match), "슬픈 노래 말고" (lift), "시끄러운 거 빼고" (calm). Null when no mood is named.
 */
const NOT_BRIGHT_SONGS = /(?:밝은|신나는|경쾌한|발랄한|들뜬|신난)\s?(?:노래|곡|거|것|걸|음악)(?:들)?(?:은|는|도)?\s?(?:말고|빼고|말구|싫|별로)/u;
const NOT_SAD_SONGS = /(?:슬픈|우울한|처지는|어두운|무거운)\s?(?:노래|곡|거|것|걸|음악)(?:들)?(?:은|는|도)?\s?(?:말고|빼고|말구|싫|별로)/u;
const NOT_LOUD_SONGS = /(?:시끄러운|센|쎈|빠른|신나는\s?척하는)\s?(?:노래|곡|거|것|걸|음악)(?:들)?(?:은|는|도)?\s?(?:말고|빼고|말구|싫|별로)/u;
export function moodWishForSongs(text: string): SongDirection | null {
  const t = nfc(text);
  if (!t || t.length > 40) return null;
  if (NOT_LOUD_SONGS.test(t)) return 'calm';
  if (NOT_BRIGHT_SONGS.test(t)) return 'match';
  if (NOT_SAD_SONGS.test(t)) return 'lift';
  return null;
}

/** A question the songs raise: a link to listen, or the lyrics. */
export type SongQuestion = 'link' | 'lyrics';
const LINK = /(?:유튜브|youtube|링크|주소|url|멜론|스포티파이|spotify|음원)[^.?!]{0,10}(?:줄\s?수|주실\s?수|있어|있나|있을까|알려|보내|줘|주세요|어디|볼\s?수|들을\s?수)|(?:어디서|어떻게)\s?(?:들어|듣|들을|재생)/iu;
const LYRICS = /가사[^.?!]{0,6}(?:알려|보여|뭐야|뭐예요|뭔지|적어|써\s?(?:줘|주세요)|찾아|나와|있어|볼\s?수|줘|주세요)/u;
/** Lyrics talk that is no question: "가사가 너무 세다", "가사가 내 얘기 같아". */
// "가사 좀 보여주세요" is a question (session 39, c37: it had got «많이 속상했겠어요»): 좀 before a verb of asking.
const NOT_LYRICS_QUESTION = /가사(?:가|는)?\s?(?:너무|진짜|완전|좀(?!\s?(?:알려|보여|적어|써|찾아|줘|주세요|볼\s?수)))|가사\s?(?:없는|없이)/u;
export function songQuestion(text: string): SongQuestion | null {
  const t = nfc(text);
  if (!t || t.length > 50) return null;
  if (LYRICS.test(t) && !NOT_LYRICS_QUESTION.test(t)) return 'lyrics';
  // "링크 보내라고 해서 짜증나" is no question about the songs: a song, a player or listening named, or a bare "링크 줘".
  if (LINK.test(t) && (/(?:노래|곡|유튜브|youtube|음원|들어|듣|재생)/iu.test(t) || t.length <= 8)) return 'link';
  return null;
}
export const SONG_QUESTION_PREFIX = 'songq';
/** The song cards carry "YouTube에서 듣기" (a new tab) and "여기서 재생" (src/ui/songs/SongList.tsx). */
export const SONG_QUESTION_REPLIES: Record<SongQuestion, readonly string[]> = {
  link: [
    "네, 노래 카드마다 'YouTube에서 듣기'가 있어요. 누르면 그 곡이 새 창에서 열리고, '여기서 재생'을 누르면 앱 안에서 바로 들을 수 있어요.",
  ],
  lyrics: [
    "가사는 앱에 담겨 있지 않아서 제가 알려 드리지는 못해요. 노래 제목과 가수 이름으로 검색하면 찾을 수 있고, 카드의 'YouTube에서 듣기'로 노래를 바로 들어 볼 수도 있어요.",
    // Session 39 (songreq, c09): asked again ("가사 전부 다 써줘"), the one line had been swapped for filler.
    '가사는 일부라도 옮겨 드리지 못해요, 미안해요. 노래 제목과 가수 이름으로 검색하면 가사를 볼 수 있는 곳이 나와요.',
  ],
};

/** Replies to reactions right after the songs. A dislike brings songs not shown yet. */
export const REACTION_PREFIX = 'songs-react';
export const REACTION_REPLIES: Record<SongReaction, readonly string[]> = {
  liked: [
    "마음에 드는 곡이 있었다니 다행이에요. 그 곡 카드 아래의 '좋아요' 버튼을 눌러 두면 다음에 고를 때 더 잘 맞춰 드릴 수 있어요.",
    "좋은 곡을 만났군요. 카드 아래 버튼으로 좋았다고 알려 주면 다음 추천에 반영돼요. 어떤 부분이 마음에 닿았어요?",
  ],
  disliked: [
    "마음에 닿지 않았군요, 알려 줘서 고마워요. 아직 보여 드리지 않은 곡으로 다시 골라 볼게요. 맞지 않는 곡은 카드 아래 '별로예요' 버튼을 눌러 주면 다음부터 고르지 않아요.",
    "이번 곡들은 잘 맞지 않았나 봐요. 다른 곡으로 다시 골라 볼게요. 카드 아래 버튼으로 아닌 곡을 알려 주면 다음 추천이 더 잘 맞아져요.",
  ],
  too_strong: [
    '지금은 조금 시끄럽게 느껴졌군요. 마음을 차분하게 가라앉혀 줄 곡부터 다시 보여 드릴게요. 맞지 않는 곡은 카드 아래 버튼으로 알려 주세요.',
  ],
};
/** "이거 다 발라드잖아": the genre cannot be chosen, said before the new songs. */
export const ONE_KIND_NOTE = '장르를 정해서 고르지는 못해서 비슷한 곡이 몰렸나 봐요.';
export const saysAllOneKind = (text: string): boolean => ALL_ONE_KIND.test(nfc(text)) || KIND_DISLIKED.test(nfc(text));

/** "두번째 노래 좋다" before any song was shown: there is no list yet. */
export const NO_SONGS_YET = '아직 제가 골라 드린 노래는 없어요. 지금 마음을 조금 들려주면 거기에 맞는 노래를 골라 드릴게요.';

/** The tone the songs open in, from the conversation: a loss told, or its leading feeling. */
export type OpenTone = 'loss' | 'sad' | 'joy' | 'anger' | 'anxious' | 'plain';
export const OPEN_PREFIX = 'open';
/**
 * The line that opens the songs, per tone (session 37: "음악으로 잠깐 쉬어 가요!" after a pet's
 * death). After a loss or in sadness quiet and unhurried; glad only when joy leads; calming in anger.
 */
export const OPEN_LINES: Record<OpenTone, readonly string[]> = {
  loss: [
    '지금 마음 곁에 조용히 머물 수 있는 노래들을 골라 둘게요. 듣다가 눈물이 나도 괜찮아요.',
    '그리운 마음을 천천히 안아 줄 수 있는 노래들을 골라 볼게요. 편한 만큼만 들어요.',
  ],
  sad: [
    '지금 마음을 조용히 안아 줄 노래들을 골라 볼게요. 천천히 들어 봐요.',
    '무거운 마음 곁에 있어 줄 노래들을 골라 둘게요. 듣다가 하고 싶은 말이 생기면 언제든 들려줘요.',
  ],
  joy: [
    '좋아요, 오늘의 좋은 기분에 어울리는 노래들을 골라 볼게요. 신나게 들어요!',
    '기분 좋은 날이니까 그 마음을 더 살려 줄 노래들을 골라 볼게요.',
  ],
  anger: [
    '마음이 조금 가라앉을 수 있게 노래들을 골라 볼게요. 숨 한번 고르고 들어 봐요.',
    '올라온 마음을 조금 식혀 줄 노래들을 골라 둘게요. 편하게 들어 봐요.',
  ],
  anxious: [
    '마음이 조금 놓일 수 있게 노래들을 골라 볼게요. 천천히 숨 쉬면서 들어 봐요.',
    '마음을 잠시 쉬게 해 줄 노래들을 골라 둘게요. 편한 만큼만 들어 봐요.',
  ],
  plain: [
    '좋아요, 지금까지 나눈 이야기에 어울리는 노래들을 골라 볼게요.',
    '지금 마음에 맞춰 노래들을 골라 볼게요. 이야기가 쌓일수록 더 잘 맞춰 드릴 수 있어요.',
  ],
};

/** The tone from a loss told and the mood that leads the conversation. */
export function openTone(lossTold: boolean, lead: string | null): OpenTone {
  if (lossTold) return 'loss';
  if (lead === 'sadness' || lead === 'hurt') return 'sad';
  if (lead === 'joy') return 'joy';
  if (lead === 'anger') return 'anger';
  if (lead === 'anxiety' || lead === 'embarrassment') return 'anxious';
  return 'plain';
}

/**
 * A request below the gauge's opening point: one warm ask for a sentence about today, no figure
 * ("지금까지 들은 이야기로 29%쯤 채워졌어요" read as a quota; session 37).
 */
export const ASK_ONE_SENTENCE: readonly string[] = [
  '좋아요, 노래를 골라 드릴게요. 그 전에 오늘 마음이 어떤지 한 문장만 들려줄래요?',
  '마음에 맞는 노래를 찾아 드릴게요. 오늘 어떤 하루였는지 한 줄만 먼저 들려줘요.',
  '어울리는 노래를 고르려면 지금 마음을 조금 알아야 해요. 오늘 기분을 한 문장으로 말해 줄래요?',
  '좋아요, 노래 찾아 볼게요. 요즘 마음이 어떤지 한 줄만 적어 주면 거기에 맞춰 골라 드릴게요.',
];

/** A catalogue entry as far as the chat needs it. */
export interface CatalogueSongName {
  artist: string;
  title: string;
  /** The song id, where the caller has it (the app's catalogue does; the CLI's names do not). */
  id?: string;
}

/** Titles by the named singer in the catalogue (aliases and featured artists count). */
export function songsByArtist(name: string, songs: readonly CatalogueSongName[]): string[] {
  const key = name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!key) return [];
  return songs.filter((s) => artistKeys(s.artist).includes(key)).map((s) => s.title);
}

/**
 * "아이유 노래로 추천해줘": what the app can do, honestly. The list is chosen by mood and cannot be
 * limited to one singer; the catalogue's songs by that singer are named (a few, and how many).
 */
export function artistSongsLine(name: string, songs: readonly CatalogueSongName[] | null): string {
  const mine = songs ? songsByArtist(name, songs) : [];
  // Session 38: a clear request for the singer is served by artistRequest (the list follows it);
  // what reaches here is mostly a likeness ("나훈아 같은 노래"), which the lists cannot follow.
  const cannot = `${name} 노래와 비슷한 곡만 따로 골라 드리지는 못해요, 노래는 가사에 담긴 감정으로 고르거든요.`;
  if (!songs) return cannot;
  if (mine.length === 0) return `${cannot} 지금 가진 노래 가운데 ${name} 노래는 없어요.`;
  const shown = mine.slice(0, 3).map((t) => `'${t}'`).join(', ');
  const count = `${mine.length > 3 ? '등 ' : ''}${mine.length}곡`;
  return `${cannot} 지금 가진 노래 가운데 ${name} 노래는 ${shown} ${count}이 있어서, 이야기에 맞으면 목록에 함께 나올 수 있어요.`;
}

/**
 * Session 38 (songs): a singer asked for, as a request or a question to the bot. The list itself
 * now follows the singer (TurnResult.songArtist → the app's recommendSongs({ artist })), so the
 * reply says how many of their songs the catalogue has, or that it has none.
 *
 * "아이유 노래 추천해줘", "아이유 노래로", "볼빨간 사춘기 거 있어?", "BTS 노래 틀어줘", "아이유 노래 나와?", "성시경 노래 중에
 * 위로되는 거", "악뮤 노래 듣고 싶어". Not: "아이유 노래 말고" (declined), "친구가 아이유 노래 추천해줬어"
 * (someone else's, past), "아이유 노래 좋아해" / "아이유 노래 들으면서 울었어" (told, not asked),
 * "아이유 노래 없어서 아쉬워" (a statement).
 */
const UNIT = '(?:노래|곡|음악|거|꺼|것|걸)';
const REQUEST_TAIL =
  '(?:(?:좀|하나|한\\s?곡|몇\\s?곡|더|위주로)\\s?)?' +
  '(?:추천(?:해\\s?(?:줘|주세요|줄래요?|줘요|주라|봐|주실\\s?수)|\\s?(?:좀|부탁)|요)?(?![가-힣])' +
  '|(?:틀어|들려|골라|찾아)\\s?(?:줘|주세요|줄래요?|줘요|봐|주라)' +
  '|듣고\\s?싶(?:어|다|은데|어요|네요?)(?![가-힣])' +
  '|(?:(?:있|없)(?:어|나|을까|니|냐|음|나요|어요|을까요|는지)|나(?:와|와요|오나|오나요|올까|올까요))(?:\\s*[?？!.~ㅠㅜ]*$|\\s?\\?)' +
  '|(?:줘|주세요|부탁해|부탁해요)(?![가-힣])' +
  // "아이유 노래 중에 신나는 거 틀어줘" (session 39, c34: had been asked for a sentence).
  '|중에(?:서)?\\s?[^.?!]{0,20}(?:거|걸로|곡|노래)(?:요)?(?:\\s?(?:추천\\S*|줘|주세요|있어\\S*|없어\\S*|(?:틀어|들려|골라|찾아|보여)\\s?\\S*))?\\s*[?？!.~]*$)';
/** The whole message a name and 노래 ("아이유 노래로", "볼빨간 사춘기 노래?"): the name must be all of it. */
const BARE_ASK = /^(?:그럼\s|혹시\s|음\s|아\s)?([가-힣A-Za-z0-9][가-힣A-Za-z0-9.&'\- ]{0,20}?)(?:의)?\s?(?:노래|곡|거|꺼|걸)(?:들)?(?:로|으로)?(?:요)?\s*[?？!.~]*$/iu;
const ARTIST_ASK = new RegExp(
  `(?:^|\\s)([가-힣A-Za-z0-9][가-힣A-Za-z0-9.&'\\- ]{0,24}?)(?:의)?\\s?${UNIT}(?:들)?(?:로|으로|만|은|는|도|이|가|을|를)?\\s?${REQUEST_TAIL}`,
  'iu',
);
/** A few leading words that are no part of a name. */
const LEAD_WORDS = /^(?:그럼|그러면|혹시|아|음|그냥|요즘|오늘|지금|혹시나|그|저기|근데|그래서|그러니까|이번엔|이번에는)\s/u;
/** Kinds of music said like a name: "발라드 노래", "드라마 노래". */
const NOT_A_SINGER = /^(?:발라드|힙합|랩|록|락|메탈|재즈|클래식|팝송|팝|케이팝|트로트|인디|댄스|아이돌|ost|동요|캐롤|캐럴|드라마|영화|게임|애니|광고|가요|국악|찬송가|ccm|edm|r&b|알앤비|lofi|로파이|뉴에이지|추천|인기|유명|최신|옛날|요즘|아무|무슨|어떤|다른|그런|이런|저런|너|니|네|제|내|우리|저희|너네|니네)$/iu;

/** "다섯 곡", "몇 곡": a count, not the singer 다섯. */
const COUNT_WORD = /^(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇|[0-9]+)$/u;
/**
 * Not a name, for a singer the catalogue lacks: a verb's ending ("힘들었어 노래 좀 추천해줘"), a
 * time or a use ("출근길", "운동용", "생일송").
 */
// Session 39: a verb before its noun ("노래방 가서 부를 노래", c21) is no singer: 부를, 들을, 할.
const NOT_A_NAME = /(?:어|요|다|네|야|고|서|며|해|니|까|죠|데|게|길|때|날|용|송|중|부를|들을|을|를|할|볼|갈|출)$|^(?:힐링|명상|집중|캠핑|운전|헬스|독서|청소|노동|파티|여름밤|겨울밤)$/u;

export interface ArtistAsk {
  /** The singer as the catalogue spells them, or as said when the catalogue lacks them. */
  name: string;
  /** How many of their songs the catalogue has (0: none); null when the catalogue is not loaded yet. */
  count: number | null;
  /** Their titles, in catalogue order (named in the reply when there are only a few). */
  titles?: string[];
}

/** The singer a request or question names, looked up in the catalogue's names; null for none. */
export function artistRequest(text: string, songs: readonly CatalogueSongName[] | null): ArtistAsk | null {
  // "볼빨간사춘기 노래 추천해주세여" (session 39, c16): read as the words meant.
  const t = fixSongTypos(text.normalize('NFC').trim());
  if (!t || t.length > 80) return null;
  const bare = ARTIST_ASK.test(t) ? null : BARE_ASK.exec(t);
  const m = bare ?? ARTIST_ASK.exec(t);
  if (!m) return null;
  let span = m[1]!.trim();
  while (LEAD_WORDS.test(span)) span = span.replace(LEAD_WORDS, '');
  // "요즘 듣는 건 다 아이유 노래" is told, not asked: a bare message is a name and nothing else.
  if (bare && /\s/u.test(span) && !(songs && findArtist(songs, span))) return null;
  const unit = t.slice(m.index + m[0].indexOf(m[1]!) + m[1]!.length).trim().replace(/^의\s?/u, '');
  const words = span.split(/\s+/);
  // A catalogue singer: the last one to three words, any spacing ("볼빨간 사춘기").
  if (songs) {
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      const name = words.slice(-n).join(' ');
      if (compactName(name).length < 2 || /^[0-9]+$/.test(compactName(name))) continue;
      if (COUNT_WORD.test(name) && /^곡/u.test(unit)) continue;
      const found = findArtist(songs, name);
      if (found) {
        const titles = songs.filter((x, i) => found.songIds.includes(x.id ?? `#${i}`)).map((x) => x.title);
        return { name: found.name, count: found.songIds.length, titles };
      }
    }
  }
  // A singer not in the catalogue: only as the earlier detector reads a name (talks-about-songs.ts
  // artistNamed: no mood word, theme or clause), said with 노래 or 곡, never a kind of music.
  if (!/^(?:노래|곡)/u.test(unit)) return null;
  const last = /^[A-Za-z0-9 .&'-]+$/.test(span) ? span : words.at(-1)!;
  if (last.length < 2 || NOT_A_SINGER.test(last) || COUNT_WORD.test(last) || (/[가-힣]$/u.test(last) && NOT_A_NAME.test(last))) return null;
  if (artistNamed(`${last} 노래 추천해줘`) !== last) return null;
  return { name: last, count: songs ? 0 : null };
}

/**
 * The honest line for a singer asked for. `opens`: the songs open with this reply (a singer the
 * catalogue lacks, before anything was told, waits for a sentence about today).
 */
export function artistRequestLine(ask: ArtistAsk, opens: boolean): string {
  const { name, count } = ask;
  if (count === null) return `${name} 노래가 이 앱의 목록에 있으면 그 곡들로, 없으면 지금 기분에 맞는 곡으로 골라 볼게요.`;
  if (count === 0) {
    return opens
      ? `${name} 노래는 아직 이 앱의 노래 목록에 없어요. 대신 지금 기분에 맞는 곡을 골랐어요.`
      : `${name} 노래는 아직 이 앱의 노래 목록에 없어요. 오늘 마음이 어떤지 한 문장만 들려주면 거기에 맞는 곡을 골라 드릴게요.`;
  }
  const named = ask.titles?.length ? `(${ask.titles.map((t) => `'${t}'`).join(', ')})` : '';
  if (count === 1) return `이 앱의 노래 목록에는 ${name} 노래가 1곡 있어요${named}. 그 곡을 보여 드릴게요.`;
  if (count < 5) return `이 앱의 노래 목록에는 ${name} 노래가 ${count}곡 있어요${named}. 많지는 않지만 지금 마음에 맞는 순서로 모두 보여 드릴게요.`;
  return `이 앱의 노래 목록에는 ${name} 노래가 ${count}곡 있어요. 그중에서 지금 마음에 맞는 곡부터 골라 볼게요.`;
}

/**
 * How many of a singer's songs the app's two lists show at first (5 + 5, no song in both), and how
 * many each "다른 곡" adds to the open list.
 */
export const ARTIST_FIRST_VIEW = 10;
export const ARTIST_MORE_VIEW = 5;

/**
 * "다른 거" once every song of the singer the lists follow is on screen (session 39): "박효신 노래
 * 추천해줘" shows all three, and "다른 거" had got "알겠어요, 새로운 곡들로 다시 골라 볼게요" while the
 * list had nothing new to load. Said plainly, and the lists widen to every singer, by mood.
 */
export function artistAllShownLine(list: { name: string; count: number }, toldAlready = false): string {
  if (toldAlready) return '좋아요, 다른 가수 노래까지 넓혀서 지금 마음에 맞는 곡으로 골라 볼게요.';
  return `이 앱에 있는 ${list.name} 노래 ${list.count}곡은 이제 다 보여 드렸어요. 이번엔 다른 가수 노래까지 넓혀서 지금 마음에 맞는 곡으로 골라 볼게요.`;
}

/** The same singer asked for again once all their songs are on screen: no new list, an offer instead. */
export function artistAskedAgainLine(list: { name: string; count: number; titles?: string[] }): string {
  const named = list.titles?.length && list.titles.length <= 4 ? `(${list.titles.map((t) => `'${t}'`).join(', ')})` : '';
  return `이 앱에는 ${list.name} 노래가 지금 목록에 있는 ${list.count}곡${named}뿐이에요. 비슷한 분위기의 다른 가수 노래도 들어 볼래요? "다른 거"라고 하면 골라 드릴게요.`;
}
