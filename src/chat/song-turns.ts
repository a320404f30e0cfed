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
import type { SongDirection } from './talks-about-songs';

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
const NOT_LYRICS_QUESTION = /가사(?:가|는)?\s?(?:너무|진짜|완전|좀)|가사\s?(?:없는|없이)/u;
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
    "마음에 닿지 않았군요, 알려 줘서 고마워요. 아직 보여 드리지 않은 곡으로 다시 골라 볼게요. 맞지 않는 곡은 카드 아래 '별로예요' 버튼을 눌러 주면 다음부터 덜 골라요.",
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
  const cannot = `${name} 노래만 따로 골라 드리지는 못해요, 노래는 가사에 담긴 감정으로 고르거든요.`;
  if (!songs) return cannot;
  if (mine.length === 0) return `${cannot} 지금 가진 노래 가운데 ${name} 노래는 없어요.`;
  const shown = mine.slice(0, 3).map((t) => `'${t}'`).join(', ');
  const count = `${mine.length > 3 ? '등 ' : ''}${mine.length}곡`;
  return `${cannot} 지금 가진 노래 가운데 ${name} 노래는 ${shown} ${count}이 있어서, 이야기에 맞으면 목록에 함께 나올 수 있어요.`;
}
