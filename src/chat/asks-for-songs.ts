/**
 * A request for songs, in the many ways people make one ("노래 추천해줘 오늘 기분에 맞는걸로",
 * "데이트할때 들을만한 노래 없어?", "브금 추천좀", "플리 추천해줘"). The song-request intents
 * recognised only about half of such phrasings a helper tried (session 30): when the gauge was
 * already full the request got small talk, and the songs the app exists for never opened. The
 * words of a request are few and plain, so a rule finds them; the engine then answers from the
 * general song-request intent (open the recommendations, or ask for a little more of the story).
 */

/** Songs, music, a playlist. */
// Session 41: songs named by their use ("노동요", "응원가", "축하곡", "자장가").
const SONGS = /노래(?!방|\s?(?:부르는\s?게|실력|대회|자랑))|음악|노동요|응원가|자장가|(?:축하|응원|운동|수면|작업|기념)\s?(?:곡|송)(?![가-힣])|(?<![가-힣])곡(?:을|이|은|좀|\s|$|들|\s?(?:추천|하나|좀))|신곡|플리|플레이\s?리스트|브금|bgm|playlist|선곡/iu;

/** Asking for some: recommend, play, pick, is there one … ; "노래로 좀 위로받고 싶어요" (session 40, c16). */
const ASKS =
  /추천(?!해\s?줘서|받)|ㅊㅊ|틀어\s?(?:줘|주|줄|봐|달라)|골라\s?(?:줘|주|줄|봐)|들려\s?(?:줘|주|줄|드)|불러\s?(?:줘|주|줄)|듣고\s?싶|들을래|들을까|짜\s?(?:줘|주|줄)|만들어\s?(?:줘|주|줄)|ㄱㄱ|부탁|(?:들을|듣기|듣는|들을만한|들을\s?만한|들을\s?수\s?있는|어울리는|맞는|좋은|불러줄|틀어\s?놓을|좋아지는|나는)\s?(?:[가-힣]+\s)?(?:노래|음악|곡|플리|브금)[가-힣]*\s?(?:[가-힣]+\s?)?(?:있|없|뭐|좀|하나)|(?:노래|음악|곡)\s?(?:있을까|없을까|있나요|없나요|없냐|있냐|없니|있니|없음\s?[?？]|있음\s?[?？]|있어요\s?[?？]|없어요\s?[?？]|있어\s?[?？]|없어\s?[?？])|[가-힣]+(?:는|ㄴ|한|운)\s?(?:노래|음악|곡)\s?(?:좀|하나|ㄱㄱ)\s*[?？.!~ㅠㅜ]*$|어떤\s?(?:노래|음악|곡)(?:이|가)?\s?(?:어울릴|좋을|들을|맞을)|위로\s?(?:받고|받았으면)\s?(?:싶(?:어|다|네|은데|어요|습니다)|좋겠)/u;

/** Talk about songs rather than a request: what the user did or likes, or the bot's own taste. */
const NOT_A_REQUEST = /듣고\s?있|(?:골라|추천해|틀어|들려)\s?(?:줘|주셔)서|추천\s?말고|(?:^|\s)(?:너|네가|넌|니가|쉼표)(?:도|는|가)?\s|네\s?최애|인생\s?노래|가사|(?:도|말고)\s?(?:해\s?줘|돼|가능)[?？]|가능해|들었(?:어|는데|더니|다)|듣다가|들으면서\s?(?:울|생각)|노래\s?(?:들으니|들으면)|(?:좋아하는|최애)\s?(?:노래|곡|가수)\s?(?:는|은|이|가)\s|너는\s?(?:무슨|어떤)\s?노래\s?(?:좋아|들어)|추천해\s?준\s?(?:노래|곡)|추천\s?(?:받은|해준)|(?:불러|들려|틀어)\s?주(?:던|시던|셨던|었던|셨어|었어)/u;

/**
 * "이제 추천해줘": in this app a bare request to recommend is for songs; so is a use said alone,
 * "잘 때 들을 노래", and (session 41, c28) "비 오는 날 듣기 좋은 거" with 거 for the songs.
 */
const BARE_REQUEST =
  /^(?:이제|그럼|빨리|얼른|지금|다시|암튼|아무튼)?\s?추천\s?(?:해\s?(?:줘|주세요|줄래|봐|주라|줄\s?수)|좀|ㄱㄱ|부탁)[^가-힣]*$|^[가-힣\s]{0,12}(?:때|날|밤|길)\s?(?:들을|듣기\s?좋은|들을만한|들을\s?만한|듣는)\s?(?:노래|곡|음악|거|것|걸)\s?(?:좀|하나|있어|없어|ㄱㄱ|추천)?\s*[?？.!~]*$/u;

/**
 * Songs declined or not wanted: "노래 추천 그런 거 말고 그냥 얘기 좀 들어줘", "노래 듣고 싶은 기분도
 * 아니야" (which had opened the songs, session 32), "잠 오는 노래 틀어놔도 소용이 없어요".
 */
const DECLINES =
  /(?:노래|음악|곡|추천)[^.?!]{0,12}말고|(?:노래|음악|곡)\s?(?:추천|틀어\s?주는\s?거)?(?:은|는|도)?\s?(?:좀\s?|제발\s?)?(?:하지|틀지|추천하지|추천\s?하지|골라\s?주지|들려\s?주지|틀어\s?주지)\s?(?:마|말아|마세요|말아요|말아\s?줘|말아\s?주세요|말라니까)|(?:노래|음악)[^.?!]{0,6}(?:듣고\s?싶(?:은|지)\s?(?:기분|마음|생각)?\s?(?:도|은|는)?\s?(?:아니|않|없)|듣기\s?싫|듣고\s?싶지\s?않|안\s?듣고\s?싶|들을\s?기분\s?(?:아니|아냐|아님|도\s?아니|이\s?아니)|필요\s?없|됐어|됐고|됐구|괜찮아|괜찮고|안\s?(?:틀어|골라|추천해)\s?(?:줘도|주셔도)|(?:틀어|골라|추천해)\s?(?:주지|주진|주시지)\s?(?:않아도|마|말아))|(?:틀어\s?놔도|틀어\s?놓아도|들어도|틀어도)\s?(?:소용|효과|안\s?(?:돼|되|와|나아))/u;
/** Someone else's request, told: "친구가 나한테 노래 추천해달래서 했는데". */
const TOLD_REQUEST = /추천해\s?(?:달래|달라고|달라더|달라길래|줬더니|줬는데|줬거든)|추천했(?:는데|더니|거든)|(?:노래|음악)(?:만|을|를)?\s?(?:들으면|들으니|들었더니)\s?(?:더|좀|왠지)/u;
/** An outright request at the end outweighs talk about songs before it ("아이유 노래 들으면서 울고 싶어 … 추천해줘"). */
const REQUEST_AT_END = /(?:추천|골라|틀어|들려)\s?(?:해\s?)?(?:줘|주세요|줄래|줄래요|주라|주실래요|좀)\s*[.!?~ㅠㅜ]*$/u;

/** Whether the turn tells of someone else's request for songs, or of what songs did ("…추천해달래서"). */
export function toldSongRequest(text: string): boolean {
  return TOLD_REQUEST.test(text.normalize('NFC'));
}

/** Whether the turn declines songs ("노래 말고 그냥 들어줘", "노래 듣고 싶은 기분도 아니야"). */
/** "이 노래 말고 다른 거": other songs, not songs declined (session 39, c20). */
const OTHER_THAN_THIS = /^(?:그럼\s?|음\s?|아\s?|근데\s?)?(?:이|그|저)\s?(?:노래|곡)(?:들)?(?:은|는)?\s?(?:말고|빼고)\s?(?:좀\s?|또\s?)?(?:다른|딴)\s?(?:거|것|걸로|노래|곡)/u;
export function declinesSongs(text: string): boolean {
  const t = text.normalize('NFC').trim();
  return !!t && t.length <= 120 && DECLINES.test(t) && !OTHER_THAN_THIS.test(t);
}

/**
 * Misspellings that hide a request or a remark about songs ("노래 추쳔해죠", "2번쨰 노래 조타";
 * session 33): read as the words meant, for these checks only.
 */
const SONG_TYPOS: ReadonlyArray<readonly [RegExp, string]> = [
  [/추쳔|추촌/gu, '추천'],
  [/해죠|해조(?=[\s?!.~]|$)|해쥬|해주라(?=[\s?!.~]|$)/gu, '해줘'],
  // "추천해주세여", "틀어줘여" (session 39, c16: had fallen into the sleep intent).
  [/주세여|주세용|주새요|주셰요/gu, '주세요'],
  [/(?<=해\s?|어\s?)줘여|(?<=해\s?|어\s?)줘용/gu, '줘요'],
  [/번쨰|번채/gu, '번째'],
  [/(?<![가-힣])조타|조아(?=요|[\s?!.~ㅎㅋ]|$)/gu, '좋다'],
  [/노레|노랴(?=\s|$)|노랫(?=\s?추천)/gu, '노래'],
  [/(?<=노래\s?|곡\s?|거\s?)잇(?=어|나|을까|니)/gu, '있'],
  [/(들을|듣기\s?좋은|들을만한)노래/gu, '$1 노래'],
];
export function fixSongTypos(text: string): string {
  let t = text;
  for (const [re, to] of SONG_TYPOS) t = t.replace(re, to);
  return t;
}

/**
 * Session 39 (songreq): a request with "거" for songs, in this app: "뭐 들을 만한 거 없어?", "잔잔한
 * 거 추천해줘" (c02: both had got small talk). Only kinds of music's mood, never "맛있는 거 추천해줘".
 */
const LISTEN_THING = /들을\s?(?:만한|만\s?한|수\s?있는)\s?(?:거|게|것|걸)\s?(?:좀\s?|하나\s?)?(?:없|있|뭐|추천|ㅊㅊ)|(?:^|\s)(?:잔잔한|신나는|조용한|차분한|밝은|슬픈|우울한|편안한|감성적인|경쾌한|따뜻한|위로되는|위로가\s?되는|힘\s?나는|설레는|진정되는|신나고\s?밝은)\s?(?:거|걸로|걸|것)\s?(?:좀\s?|하나\s?|로\s?)?(?:추천|틀어|들려|골라|ㅊㅊ|줘|주세요|줘요)/u;

/** Whether the turn asks the bot for songs. */
export function asksForSongs(text: string): boolean {
  const t = fixSongTypos(text.normalize('NFC').trim());
  if (!t || t.length > 120 || declinesSongs(t) || TOLD_REQUEST.test(t)) return false;
  if (SONGS.test(t) && REQUEST_AT_END.test(t)) return true;
  if (NOT_A_REQUEST.test(t)) return false;
  return BARE_REQUEST.test(t) || (SONGS.test(t) && ASKS.test(t)) || LISTEN_THING.test(t);
}

/** The intent that answers a song request (opens the recommendations when the gauge is full). */
export const SONG_REQUEST_INTENT = 'meta_recommend_song_general';
