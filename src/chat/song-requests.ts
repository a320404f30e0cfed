/**
 * Session 39 (songreq): requests about songs a tester made in 43 conversations that the chat
 * missed or misread, mostly before any song was shown (/tmp/s39/hunt/songs):
 *
 * - "왜 이 노래 추천했어?" before any song was shown had been answered as if cards were on screen
 *   (`whyTheseSongs`).
 * - "생일 축하 노래라도 불러줘" after "아무도 몰라" got «오늘의 좋은 기분에 어울리는 노래들… 신나게
 *   들어요!»: now a warm 생일 축하해요, the loneliness heard, then songs (`birthdaySongAsk`).
 * - "노래방 가서 부를 노래 추천해줘" had been told «부를 노래는 아직 이 앱의 노래 목록에 없어요» ("부를"
 *   read as a singer), "친구 결혼식 축가 추천해줘" got a wedding-guest reply and invented jealousy:
 *   the app picks by the mood of the lyrics, not for singing; said plainly, and the songs open
 *   (`singsForPurpose`).
 * - "이거 말고 폴킴 다른 노래" after 폴킴's songs got filler; "다른 가수 노래도 섞어줘" the bot's
 *   favourite music; "박효신 같은 거" small talk (`singerOtherSongs`, `wantsOtherSingers`,
 *   `likeSinger`). They build on session 39's state.songArtistList.
 * - "주저하는 연인들을 위해 있어?", "봄날 있어?" (a title) had got gift advice and filler: whether
 *   the catalogue has it, from ChatEngineOptions.songNames (`titleAsked`).
 * - "이 노래 말고 다른 거", "아무거나 신나는 걸로", "진정되는 거" right after a request that showed no
 *   song were read as songs declined or as a story, or got the ask for a sentence again
 *   (`moreBeforeSongs` here; the engine opens the songs with what was told).
 *
 * All functions are pure.
 */
import { compactName, findArtist } from '../recommend/artist';
import { declinesSongs, fixSongTypos } from './asks-for-songs';
import type { CatalogueSongName } from './song-turns';
import { CANNOT_FILTER } from './talks-about-songs';
import { songPurpose } from './song-purpose';

const nfc = (t: string): string => fixSongTypos(t.normalize('NFC').trim());

export const SONG_REQ_PREFIX = 'songreq';

// ── "왜 이 노래 추천했어?" before any song ─────────────────────────────────────────────────────

const WHY_SONG =
  /왜\s?(?:이|그|저|이런|그런|요)?\s?(?:노래|곡|거|걸|노래들|곡들)(?:를|을|들을|만)?\s?(?:추천|골랐|고른|골라|틀어|틀었|나왔|나와)|(?:이|그)\s?(?:노래|곡)(?:은|는)?\s?(?:왜|어째서)\s?(?:추천|골랐|고른|나왔)|(?:추천|선곡)\s?(?:이유|기준)(?:가|는|이)?\s?(?:뭐|뭔|알려)/u;
/** "왜 이 노래 추천했어?", "이 곡은 왜 골랐어?": asked of songs the user thinks were picked. */
export function whyTheseSongs(text: string): boolean {
  const t = nfc(text);
  return t.length <= 40 && WHY_SONG.test(t);
}
export const WHY_BEFORE_SONGS =
  '아직 제가 골라 드린 노래는 없어요. 노래를 보여 드리면 곡마다 카드에 고른 까닭이 한 줄씩 적혀 있어요. 지금 마음을 조금 들려주면 거기에 맞춰 골라 볼게요.';

// ── A birthday song ─────────────────────────────────────────────────────────────────────────

const BIRTHDAY_SONG = /생일\s?(?:축하\s?)?(?:노래|송|곡)(?:라도|이라도|도|좀|하나)?\s?(?:(?:좀|하나)\s?)?(?:불러|틀어|들려|추천|골라|줘|주세요|해\s?줘)|생일\s?축하(?:한다고|해|한다)?\s?(?:라도\s?)?(?:해\s?줘|해\s?주세요|해\s?줄래|불러\s?줘)/u;
/** The user's own birthday today: "나 오늘 생일이다", "오늘 내 생일인데". Not "엄마 생일", "친구 생일". */
const OWN_BIRTHDAY = /(?:^|\s)(?:나|난|내|제|저|오늘|오늘은|오늘이)\s?(?:오늘\s?|오늘이\s?)?(?:내\s|제\s)?생일(?:이|인데|이다|이야|이에요|이거든|이라|임|날)/u;
const OTHERS_BIRTHDAY = /(?:엄마|아빠|어머니|아버지|부모님|할머니|할아버지|친구|동생|언니|오빠|누나|형|남친|여친|남자\s?친구|여자\s?친구|남편|아내|와이프|아들|딸|애|아이)\s?(?:의\s)?(?:생일|생신)/u;
/** Nobody remembered: "아무도 몰라", "연락 한 통 없어", "혼자야". */
const NOBODY = /아무도\s?(?:몰|모르|기억|연락|축하|안\s?챙|안\s?알)|연락\s?(?:한\s?통|하나)?\s?(?:도\s?)?없|(?:축하|연락)(?:해\s?주는|해\s?줄)\s?사람(?:이|도)?\s?없|(?:나|저)\s?혼자|혼자(?:야|예요|에요|네|다|인데)|챙겨\s?주는\s?사람(?:이|도)?\s?없|다\s?까먹|잊어버렸/u;

export type BirthdayAsk = 'lonely' | 'plain';
/**
 * "생일 축하 노래라도 불러줘" on the user's own birthday (told now or before). Lonely when they told
 * that nobody remembered. Null for someone else's birthday ("엄마 생신인데 노래 추천해줘").
 */
export function birthdaySongAsk(text: string, storyBefore: readonly string[]): BirthdayAsk | null {
  const t = nfc(text);
  if (t.length > 60 || !BIRTHDAY_SONG.test(t) || /말고|빼고/u.test(t)) return null;
  const story = [...storyBefore.slice(-4), t].map((s) => s.normalize('NFC'));
  const own = story.some((s) => OWN_BIRTHDAY.test(s) && !OTHERS_BIRTHDAY.test(s));
  if (!own) return null;
  return story.some((s) => NOBODY.test(s)) ? 'lonely' : 'plain';
}
export const BIRTHDAY_LINES: Record<BirthdayAsk, string> = {
  lonely:
    '생일 축하해요, 진심으로요. 아무도 몰라 준 생일이라 마음 한쪽이 많이 허전했을 것 같아요. 노래를 직접 불러 드리지는 못하지만, 오늘 마음 곁에 있어 줄 노래들을 골라 둘게요.',
  plain: '생일 축하해요! 노래를 직접 불러 드리지는 못하지만, 오늘에 어울리는 노래들을 골라 볼게요.',
};

// ── Songs to sing ───────────────────────────────────────────────────────────────────────────

export type SingingUse = 'wedding' | 'karaoke' | 'sing' | 'detail';
const WEDDING = /축가/u;
const KARAOKE = /노래방|코노|코인\s?노래방|장기\s?자랑|회식\s?(?:때|에서)\s?부를/u;
const TO_SING = /부를\s?(?:만한\s?)?(?:노래|곡|거)|부르기\s?(?:좋은|쉬운|편한)|(?:같이|둘이|셋이|함께)\s?부를|듀엣|(?:불러야|부르는\s?거)\s?(?:할|하는|될|돼)/u;
const ASKING = /추천|골라|뭐|뭘|있을까|있어|있나|없어|없나|ㅊㅊ|좋을까|해\s?줘|해\s?주세요|알려/u;
/** Told about the singing right after such a request: "여자 둘이 부를 거야", "친구랑 같이 부를 건데". */
const SINGING_DETAIL = /(?:둘이|셋이|같이|함께|혼자|듀엣으로)\s?(?:서\s)?부를\s?(?:거|건데|거야|거예요|예정|생각)|부를\s?(?:거야|거예요|건데|예정)/u;

/**
 * Songs asked for singing: "노래방 가서 부를 노래 추천해줘", "친구 결혼식 축가 추천해줘", "같이 부를
 * 듀엣곡 있어?", and right after one ("여자 둘이 부를 거야"). Not told singing ("노래방 갔다 왔어",
 * "축가 부르다 실수했어").
 */
export function singsForPurpose(text: string, songTalk: boolean): SingingUse | null {
  const t = nfc(text);
  if (t.length > 60) return null;
  const asks = ASKING.test(t) && !/(?:갔다|갔었|했었|불렀(?:어|는데|다))/u.test(t);
  const use: SingingUse | null = WEDDING.test(t) ? 'wedding' : KARAOKE.test(t) ? 'karaoke' : TO_SING.test(t) ? 'sing' : null;
  if (use && asks && /(?:노래|곡|축가|거|뭐|뭘)/u.test(t)) return use;
  if (songTalk && SINGING_DETAIL.test(t)) return 'detail';
  return null;
}
export const SINGING_LINES: Record<SingingUse, string> = {
  wedding:
    '축가로 잘 맞는 곡이나 둘이 나눠 부르기 좋은 곡을 따로 골라 드리지는 못해요. 이 앱은 가사에 담긴 감정으로 노래를 고르거든요. 대신 따뜻하고 밝은 곡들을 골라 볼게요. 그중에 마음에 드는 곡이 있으면 좋겠어요.',
  karaoke:
    '노래방에서 부르기 좋은 곡을 따로 골라 드리지는 못해요. 이 앱은 가사에 담긴 감정으로 노래를 고르거든요. 대신 지금 마음에 맞는 곡을 골라 볼게요. 그중에 불러 보고 싶은 곡이 있으면 좋겠어요.',
  sing:
    '부르기 좋은 곡이나 함께 부를 곡을 따로 골라 드리지는 못해요. 이 앱은 가사에 담긴 감정으로 노래를 고르거든요. 대신 지금 마음에 맞는 곡을 골라 볼게요.',
  detail:
    "함께 부를 곡인지는 제가 가려 드리지 못해요. 보여 드린 곡들 가운데 부르고 싶은 곡이 있으면 좋겠어요. 마음에 닿지 않으면 '다른 거'라고 말해 줘요.",
};

/** "다 들어본 거야", "다 아는 노래네": the songs shown were known already; more songs. */
const ALL_KNOWN = /^(?:근데\s?|아\s?)?(?:이거|이건|그거|노래|이\s?노래)?(?:들)?\s?(?:다|전부|이미|벌써)\s?(?:들어\s?본|들어봤던|아는|알고\s?있는)\s?(?:거|것|노래|곡)(?:들)?(?:야|예요|에요|임|네|네요|잖아|이야|인데|들이야)?[\s.!~ㅠㅜ?]*$/u;
/** "너무 뻔한 거 말고", "유명한 노래 말고": not the well-known ones; more songs. */
const NOT_FAMOUS = /(?:뻔한|유명한|흔한|식상한|다\s?아는|많이\s?들어\s?본)\s?(?:거|것|걸|노래|곡)(?:들)?(?:은|는)?\s?(?:말고|빼고)/u;
export const ALL_KNOWN_LINE = '이미 아는 곡들이었군요. 아직 보여 드리지 않은 곡으로 더 골라 볼게요.';
export const NOT_FAMOUS_LINE = '유명한 정도로 가려 고르지는 못하지만, 아직 보여 드리지 않은 곡으로 더 골라 볼게요. 낯선 곡 가운데 마음에 닿는 곡이 있으면 좋겠어요.';

// ── Singers ─────────────────────────────────────────────────────────────────────────────────

const NAME = "([가-힣A-Za-z0-9][가-힣A-Za-z0-9.&' ]{0,20}?)";
const ASK_TAIL = '(?:\\s?(?:좀\\s?)?(?:없어|없나|없나요|없어요|없냐|있어|있나|있나요|있어요|있냐|줘|주세요|줘요|추천\\S*|틀어\\s?\\S*|들려\\s?\\S*|보여\\s?\\S*|골라\\s?\\S*|ㄱㄱ|부탁\\S*))?';
const END = '[\\s?？!.~ㅠㅜ]*$';
/** "이거 말고 폴킴 다른 노래", "폴킴 다른 노래도 있어?", "폴킴 딴 거". */
const SINGER_OTHER = new RegExp(
  `^(?:(?:그럼|음|아|근데)\\s)?(?:(?:이거|이건|이것|그거|이\\s?노래|이\\s?곡|이\\s?노래들)\\s?(?:말고|빼고)\\s?)?${NAME}(?:의)?\\s?(?:다른|딴)\\s?(?:노래|곡|거|것|걸로)(?:들)?(?:도|는|은|로)?${ASK_TAIL}${END}`,
  'u',
);
/** The singer whose other songs are asked for, as said; null for none. */
export function singerOtherSongs(text: string): string | null {
  const m = SINGER_OTHER.exec(nfc(text));
  const name = m?.[1]?.trim();
  return name && !/^(?:이거|이건|그거|노래|또|좀|그냥|아니|그럼)$|말고|빼고/u.test(name) ? name : null;
}

/** "다른 가수 노래도 섞어줘", "딴 가수 것도 들려줘", "여러 가수 노래로". */
const OTHER_SINGERS =
  /(?:다른|딴|여러|다양한)\s?(?:가수|사람|아티스트)(?:들)?(?:의)?\s?(?:노래|곡|거|것)?(?:들)?(?:도|까지|로|으로|랑)?\s?(?:좀\s?)?(?:섞어|섞|같이|함께|넣어|추천|틀어|들려|보여|골라|줘|주세요|듣고|있어|없어|있나|없나|ㄱㄱ)|^(?:그럼\s?|아\s?)?(?:다른|딴)\s?(?:가수|아티스트)(?:들)?(?:\s?(?:노래|곡))?(?:는|은|도|들은|들도)?(?:요)?\s*[?？]*$/u;
export function wantsOtherSingers(text: string): boolean {
  const t = nfc(text);
  return t.length <= 40 && OTHER_SINGERS.test(t) && !/(?:싫|말고|빼고)/u.test(t);
}
export const OTHER_SINGERS_LINE = '좋아요, 다른 가수 노래까지 넓혀서 지금 마음에 맞는 곡으로 골라 볼게요.';

/** "박효신 같은 거", "아이유 느낌 나는 노래", "잔나비 스타일로": a singer by likeness. */
const LIKE = new RegExp(
  `^(?:(?:그럼|음|아|혹시|그냥)\\s)?${NAME}\\s?(?:같은|스타일|스타일의|느낌|느낌의|느낌\\s?나는|풍|풍의|비슷한)\\s?(?:거|걸|걸로|것|노래|곡|노래로|곡으로|음악)?(?:들)?(?:요|로|으로|도|는)?${ASK_TAIL}${END}`,
  'u',
);
export function likeSinger(text: string): string | null {
  const m = LIKE.exec(nfc(text));
  const name = m?.[1]?.trim();
  return name && !/^(?:이거|이런|그런|저런|이|그|저|노래|분위기|이\s?노래|그\s?노래|아까|방금)$/u.test(name) && !endsInAdnominal(name) && !/비슷/u.test(name) ? name : null;
}

/** The catalogue's singer for a name, with their titles (catalogue order). */
export function catalogueSinger(name: string, songs: readonly CatalogueSongName[] | null): { name: string; count: number; titles: string[] } | null {
  if (!songs || compactName(name).length < 2) return null;
  const found = findArtist(songs, name);
  if (!found) return null;
  const titles = songs.filter((x, i) => found.songIds.includes(x.id ?? `#${i}`)).map((x) => x.title);
  return { name: found.name, count: found.songIds.length, titles };
}

export function likeSingerLine(name: string, count: number, titles: readonly string[]): string {
  const named = count <= 4 && titles.length ? `(${titles.map((t) => `'${t}'`).join(', ')})` : '';
  return `비슷한 가수를 골라 드리지는 못하지만, 이 앱에 있는 ${name} 노래 ${count}곡${named}을 먼저 보여 드릴게요. 다른 가수 노래도 듣고 싶으면 "다른 가수 노래도"라고 말해 줘요.`;
}
export const likeMissingLine = (name: string): string =>
  `${name} 노래는 아직 이 앱의 노래 목록에 없고, 비슷한 가수를 골라 드리지는 못해요. 대신 지금 마음에 맞는 곡으로 골라 볼게요.`;

// ── A title asked about ─────────────────────────────────────────────────────────────────────

const TITLE_ASK = /^(?:혹시\s?|그럼\s?|음\s?|아\s?)?['"‘“「]?(.{1,40}?)['"’”」]?\s?(?:(?:이|라)?라는\s?)?(?:노래|곡)?(?:는|은|도)?\s?(?:있어|있어요|있나|있나요|있니|있냐|있음|있을까|있을까요|있는지|없어|없어요|없나|없나요|없니|없냐|나와|나와요|나오나요|나와\s?있어)\s*[?？~.!]*$/u;
/** Spans that are no title: things, people, kinds of song. */
const NOT_TITLE = /(?:거|것|걸|게|노래|곡|음악|가수|시간|돈|사람|친구|남친|여친|방법|답|뭐|누구|다른|이런|그런|저런|신나는|슬픈|잔잔한|밝은|조용한|좋은|추천|너|넌|니|너는|혹시)$|^(?:너|넌|니가|네가|나|저|우리|그|이|저|또|더|아무)$/u;
const squash = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\([^)]*\)/gu, '').replace(/[\s'"‘’“”.,!?~()[\]\-_·]/gu, '');

export interface TitleAsk {
  said: string;
  /** The catalogue's song of that title, or null when none has it. */
  song: CatalogueSongName | null;
}
/**
 * "주저하는 연인들을 위해 있어?", "봄날 있어?", "'밤편지'라는 노래 있어요?": a title asked about. The
 * catalogue's song when it has that title (any spacing, a bracketed part left aside); `song` null
 * when it has none. Null when the span is no title: a thing or a person ("시간 있어?", "남친
 * 있어?"), a kind of song ("신나는 거 있어?"), or a singer (artistRequest answers those).
 */
export function titleAsked(text: string, songs: readonly CatalogueSongName[] | null): TitleAsk | null {
  const t = text.normalize('NFC').trim();
  if (!songs || t.length > 50) return null;
  const m = TITLE_ASK.exec(t);
  const said = m?.[1]?.trim().replace(/^['"‘“]|['"’”]$/gu, '');
  if (!said) return null;
  const key = squash(said);
  if (key.length < 1) return null;
  // A question: "?" or a questioning ending. A long title found may be asked without one ("주저하는 연인들을 위해 있어").
  const asks = /[?？]\s*$|(?:있나|있나요|있니|있냐|있을까|있을까요|있는지|없나|없나요|없니|없냐|나오나요)\s*[~.!]*$/u.test(t);
  const song = songs.find((s) => squash(s.title) === key) ?? null;
  if (song) return asks || key.length >= 4 ? { said, song } : null;
  // Not in the catalogue: only a short name asked as a question ("봄날 있어?"), never a clause
  // ("퇴근하고 오면 아무도 없어", "말할 사람이 없어").
  if (!asks || said.length > 14 || said.split(/\s+/u).length > 2 || /[이가을를은는도에서고면게요다]$/u.test(said)) return null;
  // "김광석 노래 있어?": a singer, answered by the singer rules (song-turns.ts artistRequest).
  if (/^[^'"‘“]*?\s?(?:노래|곡)(?:는|은|도)?\s?(?:있|없|나와|나오)/u.test(t.slice(m!.index + m![0].indexOf(said) + said.length).trim()) && !/라는/u.test(t)) return null;
  // "화날 때 듣는 노래 없냐": a use, not a title (a verb's ㄴ/ㄹ before its noun, or 때).
  if (NOT_TITLE.test(said) || findArtist(songs, said) || /\s(?:중에|중에서|노래\s)/u.test(said) || /(?:^|\s)(?:때|날|밤)(?:\s|$)|(?:는|던|할|을|를|ㄴ)$/u.test(said) || endsInAdnominal(said)) return null;
  return { said, song: null };
}

export function titleLine(ask: TitleAsk, shownOfSinger: { name: string; shown: number; count: number } | null, opensSinger: boolean): string {
  if (!ask.song) {
    return `'${ask.said}'${hasBatchim(ask.said) ? '은' : '는'} 지금 이 앱의 노래 목록에 없어요. 대신 지금 마음에 맞는 곡이라면 골라 드릴 수 있어요.`;
  }
  const { artist, title } = ask.song;
  if (shownOfSinger && shownOfSinger.shown >= shownOfSinger.count) {
    return `네, 있어요. 지금 보이는 ${shownOfSinger.name} 노래 ${shownOfSinger.count}곡 가운데 '${title}'${hasBatchim(title) ? '이' : '가'} 있어요. 카드의 '여기서 재생'을 누르면 바로 들을 수 있어요.`;
  }
  if (opensSinger) return `네, 있어요. ${artist}의 '${title}'${hasBatchim(title) ? '이' : '가'} 이 앱의 노래 목록에 있어요. ${artist} 노래로 보여 드릴게요.`;
  return `네, 있어요. ${artist}의 '${title}'${hasBatchim(title) ? '이' : '가'} 이 앱의 노래 목록에 있어요. 제목으로 골라 틀어 드리지는 못하지만, 이야기에 맞으면 목록에 나올 수 있고 제목과 가수 이름으로 YouTube에서 찾아 들을 수도 있어요.`;
}
function endsInAdnominal(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  // ㄴ (신난, 잔잔한) or ㄹ (들을) as the last syllable's final of a word of two or more syllables.
  return word.length >= 2 && c >= 0xac00 && c <= 0xd7a3 && ((c - 0xac00) % 28 === 4 || (c - 0xac00) % 28 === 8) && /(?:한|는|운|른|은|픈|쁜|난|된|진|던|할|을|를|볼|갈|줄)$/u.test(word);
}
function hasBatchim(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  if (c >= 0xac00 && c <= 0xd7a3) return (c - 0xac00) % 28 !== 0;
  return false;
}

// ── Songs declined after a loss ─────────────────────────────────────────────────────────────

/**
 * "노래 추천은 하지 마" after a mother's death (c19) had opened «그리운 마음을 천천히 안아 줄 수 있는
 * 노래들을…». Now read as songs declined (asks-for-songs.ts), and after a loss the reply stays with it.
 */
export const DECLINED_AFTER_LOSS =
  '알겠어요, 노래는 틀지 않을게요. 지금은 노래보다 그리운 마음 곁에 있는 게 먼저인 것 같아요. 편한 만큼만, 하고 싶은 이야기를 들려줘요.';

/**
 * A way asked for whose list is the one on screen already: "진정되는 거" right after the calming list
 * opened (session 39: the opening line said twice had become «노래는 그대로 틀어 둘게요»), or "신나는 거
 * ㅋㅋ" when joy leads and the glad list is the similar one, open from the start (session 42: «신나고
 * 밝은 노래부터 보여 드릴게요» over the same five songs). The list's songs not shown yet come instead
 * (more_recommendations), and the reply says the songs on screen are that way already.
 */
export function sameListMoreLine(direction: 'lift' | 'match' | 'calm', mode: 'similar' | 'shift', again = false): string {
  const these =
    direction === 'calm' ? '마음을 차분하게 가라앉혀 줄 노래들' :
    direction === 'lift' ? (mode === 'similar' ? '밝고 신나는 노래들' : '기분을 밝게 바꿔 줄 노래들') :
    mode === 'similar' ? '지금 마음과 닮은 노래들' : '들뜬 마음을 조금 차분하게 해 줄 노래들';
  // Asked again right away: other words (the same reply twice had become «노래는 그대로 틀어 둘게요», longfit.ts).
  if (again) return `이번에도 ${these} 가운데 아직 보여 드리지 않은 곡으로 골라 볼게요. 마음에 닿는 곡이 있으면 카드 아래 '좋아요'로 알려 줘요.`;
  return `지금 보이는 곡들이 이미 ${these}이에요. 같은 결로 아직 보여 드리지 않은 곡을 더 골라 볼게요.`;
}

/** A singer the lists already follow, asked again with a direction ("아이유 노래 중에 슬픈 거요"). */
export function sameSingerDirectedLine(name: string, direction: 'lift' | 'match' | 'calm' | null): string {
  const way = direction === 'lift' ? '밝고 신나는' : direction === 'match' ? '지금 마음과 닮은' : direction === 'calm' ? '차분한' : '지금 마음에 맞는';
  return `좋아요, ${name} 노래 가운데 ${way} 곡부터 다시 골라 볼게요.`;
}

const ALIKE = /^(?:그럼\s?|음\s?|아\s?)?(?:비슷한|그런|그\s?비슷한)\s?(?:느낌|분위기|스타일|거|걸|노래|곡)(?:으로|로)?(?:요)?(?:\s?(?:줘|주세요|추천해\s?줘|틀어\s?줘|골라\s?줘|없어|있어))?[\s?？.!~]*$/u;
export const ALIKE_LINE = '가수를 보고 비슷한 곡을 고르지는 못해서, 지금까지 들은 마음에 맞춰 골라 볼게요. 마음에 닿는 곡이 있으면 좋겠어요.';

/** "헤이 쉼표 노래 하나 불러줘", "너 노래 못 불러?" (c42: had got filler): the bot cannot sing. */
const SING_FOR_ME = /(?:^|\s)(?:노래|한\s?곡)\s?(?:하나|좀|한\s?곡)?\s?(?:불러\s?(?:줘|주세요|줄래|줄\s?수|봐)|못\s?불러|부를\s?줄\s?알아|부를\s?수\s?있어)/u;
export const SING_FOR_ME_LINE = "제가 직접 노래를 부르지는 못해요. 대신 지금 마음에 맞는 노래를 골라 드릴 수는 있어요. '노래 추천해 줘'라고 하면 골라 볼게요.";
export const SING_FOR_ME_AGAIN = '네, 아쉽지만 노래를 부를 수는 없어요. 듣고 싶은 마음이 들 때 말해 주면, 지금 마음에 맞는 곡을 골라 드릴게요.';
/** "내 얘기로 노래 가사 하나 써줘" (c42: had got the lyrics-lookup answer). */
const WRITE_LYRICS = /(?:내\s?(?:얘기|이야기)로|나(?:에\s?대한|를\s?위한|한테\s?맞는)|새로|직접)\s?(?:노래\s?)?(?:가사|노래|곡)\s?(?:하나\s?|좀\s?)?(?:써|지어|만들어)\s?(?:줘|주세요|줄래|줄\s?수)|(?:가사|노래)\s?(?:하나\s?|좀\s?)?(?:지어|만들어)\s?(?:줘|주세요|줄래|줄\s?수)/u;
export const WRITE_LYRICS_LINE = '가사를 지어 드리는 건 제가 하지 못해요. 대신 지금 이야기를 조금 더 들려주면, 그 마음과 닮은 가사의 노래를 골라 드릴게요.';
/** "그럼 1절만이라도" right after lyrics were asked for (c09). */
const LYRICS_PART = /^(?:그럼\s?|아\s?)?(?:1절|일절|한\s?소절|앞부분|후렴|한\s?줄|첫\s?줄|조금)(?:만|이라도|만이라도|라도)?(?:\s?(?:써\s?줘|알려\s?줘|줘|주세요|요))?[\s?？.!~ㅠ]*$/u;
export const LYRICS_PART_LINE = '아쉽지만 1절이나 한 소절도 옮겨 드리지 못해요. 제목과 가수 이름으로 검색하면 가사 전체를 볼 수 있어요.';

/** "아무거나 골라 줘" asked again after the bot asked for a sentence: the songs open with what was told. */
export const OPEN_ON_SECOND_ASK = '알겠어요, 지금까지 들은 이야기로 우선 골라 볼게요. 듣다가 다른 느낌이 필요하면 말해 줘요.';

// ── Session 40 (songreq): wishes the catalogue cannot follow, and directions said as "not" ──

/**
 * Session 40 (songreq): what session 39's rerun still missed (/tmp/s40/fix/songreq.md).
 *
 * - A genre or an era asked for ("클래식이나 로파이 같은 거", "재즈 틀어줘", "트로트 있어?", "90년대
 *   노래 없어?"): the catalogue (data/songs.json) records only titles, singers and the mood read from
 *   the lyrics, no genre and no year. "트로트 있어?" had been read as a title («'트로트'는 지금 이
 *   앱의 노래 목록에 없어요»), "재즈 틀어줘" once songs could open got only an offer. Now said plainly,
 *   and the songs open by mood (`genreOrEraWish`).
 * - "너가 좋아하는 걸로 골라줘" had got the bot's own favourite music («잔잔하게 숨 고르게 해 주는
 *   곡들에 마음이 가요»): the bot has no taste of its own; said in a clause, the songs open by mood
 *   (`asksBotsTaste`).
 * - "엄마가 좋아할 만한 노래", "친구한테 보내줄 노래 있어?" had opened the user's own songs as if asked
 *   for them, or read 보내줄 as a singer: the app cannot know another person's taste; it picks by
 *   the user's own mood, which is offered (`songsForSomeoneElse`).
 * - "아니 너무 신나는 건 싫고", "슬픈 건 말고" (건 = 거는) had got «노래는 그대로 틀어 둘게요» or the
 *   list of the very mood turned down ("슬픈 건 말고 노래 추천해줘" → the sad list): the nearest
 *   direction, with the "not" heard (`notThisMood`).
 * - "그런 노래 더 있어?", "다른 것도 있어?" before any song was shown had got «그 부탁은 제가 정확히
 *   알아듣지 못했어요» or what the bot can do: there is nothing yet to have more of (`moreOfNone`).
 */
const GENRE_NAMES =
  '발라드|힙합|랩|록|락|메탈|재즈|클래식|팝송|케이팝|트로트|인디|댄스|아이돌|edm|일렉|알앤비|r&b|로파이|lo-?fi|동요|찬송가|ccm|뉴에이지|국악|시티팝|보사노바|블루스|컨트리|레게|펑크|밴드\\s?음악|록\\s?발라드|아이돌\\s?노래|트로트\\s?메들리';
/** What may come before the wish: a lead word or a clause ("우울한데 재즈 틀어줘"). */
const WISH_LEAD = '^(?:[^.?!]{0,20}(?:는데|한데|인데|운데|니까|어서|아서|해서|ㅠ|ㅜ)\\s)?(?:(?:그럼|혹시|음|아|그냥|좀|오늘은|이번엔|이번에는|요즘은)\\s?)*';
/** The asking at the end ("틀어줘", "있어?", "추천 좀"), never a verb of something done ("틀어놨어"). */
const WISH_TAIL =
  '(?:좀\\s?|하나\\s?)?(?:(?:추천|틀어|들려|골라|찾아)\\s?(?:해\\s?)?(?:줘|주세요|줄래|줄래요|줘요|주라|봐|봐요|좀|부탁해|부탁해요|주실래요|줄\\s?수\\s?있어)?|ㅊㅊ|ㄱㄱ|듣고\\s?싶(?:어|어요|다|은데)|(?:있|없)(?:어|어요|나|나요|냐|니|을까|을까요|음)|나와(?:요)?|줘|주세요|줘요|부탁해|부탁해요)';
const WISH_END = '\\s*[?？!.~ㅠㅜ]*$';
const GENRE_WISH = new RegExp(
  `${WISH_LEAD}(?:${GENRE_NAMES})(?:\\s?(?:이나|나|랑|이랑|하고|이든|든|,)\\s?(?:${GENRE_NAMES}))*\\s?(?:노래|곡|음악|장르)?\\s?(?:같은|느낌|느낌의|풍|풍의|스타일|위주|위주로|계열)?\\s?(?:거|걸|걸로|거로|것|노래|곡|음악|노래로|곡으로|음악으로)?(?:들)?(?:로|으로|도|는|은|만)?\\s?${WISH_TAIL}${WISH_END}` +
    // "클래식이나 로파이 같은 거", "재즈 느낌으로": a genre by likeness, said without a verb.
    `|${WISH_LEAD}(?:${GENRE_NAMES})(?:\\s?(?:이나|나|랑|이랑|하고|,)\\s?(?:${GENRE_NAMES}))*\\s?(?:노래|곡|음악)?\\s?(?:같은\\s?(?:거|걸로|노래|곡|음악)|느낌으로|스타일로|풍으로|위주로)(?:요)?${WISH_END}`,
  'iu',
);
const ERA_WORDS = '(?:옛날|예전|추억의|최신|요즘|요새|[0-9]{2,4}\\s?년대|[0-9]{2}\\s?년도|[가-힣]{1,4}\\s?시절|학창\\s?시절)';
const ERA_WISH = new RegExp(
  `${WISH_LEAD}${ERA_WORDS}\\s?(?:노래|곡|음악|가요|발라드|감성|거|걸로|히트곡|명곡)(?:들)?(?:로|으로|만|위주로?|는|도|은)?\\s?${WISH_TAIL}${WISH_END}|${WISH_LEAD}(?:최신곡|신곡|요즘\\s?유행하는\\s?(?:노래|곡))(?:들)?(?:로|으로|도|은|는)?\\s?${WISH_TAIL}${WISH_END}`,
  'u',
);
/** "요즘 노래는?", "트로트는?": a genre or an era said bare, where songs are being talked about. */
const BARE_GENRE = new RegExp(`^(?:그럼\\s?|혹시\\s?)?(?:${GENRE_NAMES})(?:\\s?(?:노래|곡|음악))?(?:는|은|도)(?:요)?\\s*[?？]+$`, 'iu');
const BARE_ERA = new RegExp(`^(?:그럼\\s?|혹시\\s?)?${ERA_WORDS}\\s?(?:노래|곡|음악|가요)(?:는|은|도)(?:요)?\\s*[?？]+$`, 'u');
/** Turned down or told, not asked: "발라드 말고", "재즈 좋아해" (talks-about-songs.ts answers those). */
const WISH_NOT = /말고|빼고|말구|싫|별로|좋아해|좋아하는데|좋아합니다|들었|들었어|듣는\s?중/u;

export type FilterWish = 'genre' | 'era';
/**
 * A genre or an era asked for: "클래식이나 로파이 같은 거", "재즈 틀어줘", "트로트 있어?", "90년대
 * 노래 없어?", "요즘 신곡 틀어줘". Not "90년대에 태어났어", "재즈 좋아해", "발라드 말고", "어제 재즈
 * 틀어놨어", "아이유 발라드 있어?" (a singer first: the singer rules).
 */
export function genreOrEraWish(text: string, songContext = false): FilterWish | null {
  const t = nfc(text);
  if (!t || t.length > 50 || WISH_NOT.test(t)) return null;
  if (GENRE_WISH.test(t) || (songContext && BARE_GENRE.test(t))) return 'genre';
  if (ERA_WISH.test(t) || (songContext && BARE_ERA.test(t))) return 'era';
  return null;
}
export type WishMoment = 'open' | 'ask' | 'shown';
export function filterWishLine(kind: FilterWish, moment: WishMoment): string {
  const cannot = CANNOT_FILTER[kind]!;
  if (moment === 'shown') return `${cannot} 지금 보이는 곡들도 그렇게 고른 노래예요. 더 밝은 쪽이나 차분한 쪽이 좋으면 말해 줘요, 그쪽으로 바꿔 볼게요.`;
  return moment === 'open' ? `${cannot} 대신 지금까지 들려준 마음에 맞춰 골라 볼게요.` : `${cannot} 지금 마음을 한 줄만 들려주면 거기에 맞춰 골라 볼게요.`;
}

/** "너가 좋아하는 걸로 골라줘", "니 취향대로 추천해줘", "네 맘대로 틀어줘": the bot's own taste, asked to pick by. */
const BOT_TASTE =
  /(?:^|\s)(?:너|네|니|쉼표)(?:가|는|의)?\s?(?:좋아하는|좋아할\s?만한|최애|취향(?:대로|에\s?맞는|인)?|맘대로|마음대로|꽂힌|추천하고\s?싶은|듣고\s?싶은)\s?(?:거|걸|걸로|거로|것|노래|곡|음악|노래로|곡으로)?(?:들)?(?:로|으로)?(?:요)?\s?(?:아무거나\s?)?(?:좀\s?|하나\s?|몇\s?곡\s?)?(?:골라|추천|틀어|들려|ㄱㄱ|ㅊㅊ)/u;
/** Whether the user asks the bot to pick by a taste of its own. Not "너는 무슨 노래 좋아해?" (a question about the bot). */
export function asksBotsTaste(text: string): boolean {
  const t = nfc(text);
  return t.length <= 40 && BOT_TASTE.test(t) && !/(?:줘서|줬던|줬잖아|줬어|준\s?(?:노래|곡))/u.test(t);
}
export function botTasteLine(moment: WishMoment): string {
  if (moment === 'shown') return "제게 따로 좋아하는 노래가 있는 건 아니에요. 지금 보이는 곡들도 들려준 마음에 맞춰 고른 거예요. 다른 곡이 필요하면 '다른 거'라고 말해 줘요.";
  return moment === 'open'
    ? '제게 따로 좋아하는 노래가 있는 건 아니라서, 지금까지 들려준 마음에 맞춰 골라 볼게요. 마음에 닿는 곡이 있으면 좋겠어요.'
    : '제게 따로 좋아하는 노래가 있는 건 아니에요. 지금 마음을 한 줄만 들려주면 거기에 맞춰 골라 볼게요.';
}

const PERSON =
  '(엄마|아빠|어머니|아버지|부모님|할머니|할아버지|친구|친구들|동생|언니|오빠|누나|형|남친|여친|남자\\s?친구|여자\\s?친구|남편|아내|와이프|신랑|아들|딸|애인|동료|선배|후배|팀장님|선생님|짝사랑|썸남|썸녀|그\\s?사람|걔|그\\s?애|조카|이모|삼촌|고모)(?:님)?';
const FOR_OTHER = new RegExp(
  `${PERSON}(?:이|가|께서|도)?\\s?(?:좋아할|좋아하실|좋아할\\s?만한|좋아하실\\s?만한|좋아할\\s?것\\s?같은|들을|들으실|들을\\s?만한|들으실\\s?만한|듣기\\s?좋은|들으면\\s?좋을)\\s?(?:만한\\s?)?(?:노래|곡|음악|거|걸|것)` +
    `|${PERSON}(?:한테|에게|께|한테도)\\s?(?:보내\\s?줄|보내\\s?주기\\s?좋은|보낼|보내기\\s?좋은|들려\\s?줄|들려\\s?드릴|불러\\s?줄|선물할|선물하기\\s?좋은|추천해\\s?줄|추천할|틀어\\s?줄|바칠|공유할)\\s?(?:만한\\s?)?(?:노래|곡|음악|거|걸|것)` +
    `|${PERSON}(?:을|를)?\\s?위한\\s?(?:노래|곡|음악)`,
  'u',
);
/** The asking after the songs for that person, up to the end of the message. */
const FOR_OTHER_TAIL = /^(?:들)?(?:로|으로|은|는|도|이|가|을|를|좀|하나)?\s?(?:좀\s?|하나\s?|뭐\s?)?(?:(?:추천|골라|틀어|찾아|들려)\s?(?:해\s?)?(?:줘|주세요|줄래|줄래요|줘요|주라|봐|좀|부탁해)?|있(?:어|어요|나|나요|을까|을까요|냐|니|음)|없(?:어|어요|나|나요|을까|을까요|냐|니|음)|뭐(?:가|야|있어|\s?있을까|가\s?좋을까)?|ㅊㅊ|ㄱㄱ|줘|주세요)?\s*[?？!.~ㅠㅜ]*$/u;
/**
 * Songs asked for someone else: "엄마가 좋아할 만한 노래 추천해줘", "친구한테 보내줄 노래 있어?",
 * "여친을 위한 노래". The person as said (엄마, 친구), or null. Not "엄마가 좋아하던 노래가 생각났어"
 * (a memory), "친구한테 노래 보내줬어" (done), "엄마가 좋아할 노래를 찾다가 울었어" (a story).
 */
export function songsForSomeoneElse(text: string): string | null {
  const t = nfc(text);
  if (t.length > 50) return null;
  const m = FOR_OTHER.exec(t);
  if (!m) return null;
  if (!FOR_OTHER_TAIL.test(t.slice(m.index + m[0].length))) return null;
  const who = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\s+/gu, ' ');
  return who || null;
}
export function forSomeoneElseLine(who: string, moment: WishMoment): string {
  const cannot = `${who} 취향은 제가 알 수 없어서, ${who}에게 맞춰 고르지는 못해요. 이 앱은 지금 이야기하는 사람의 마음에 맞춰 노래를 고르거든요.`;
  if (moment === 'shown') return `${cannot} 지금 보이는 곡들 가운데 함께 나누고 싶은 곡이 있으면 좋겠어요.`;
  return moment === 'open' ? `${cannot} 대신 지금 마음에 맞는 곡을 골라 볼게요. 그중에 함께 나누고 싶은 곡이 있으면 좋겠어요.` : `${cannot} 지금 마음을 한 줄만 들려주면 거기에 맞춰 골라 볼게요.`;
}

/** "너무 신나는 건 싫고", "슬픈 건 말고", "시끄러운 거 빼고": a mood turned down (건 is 거는). */
const NOT_UPBEAT = /(?:신나는|밝은|경쾌한|발랄한|들뜬|신난|텐션\s?높은|방방\s?뛰는)\s?(노래|곡|음악|거|건|것|걸|게)(?:들)?(?:은|는|도)?\s?(?:좀\s?|너무\s?|진짜\s?)?(?:말고|빼고|말구|싫|별로|안\s?(?:땡|끌|당)|부담)/u;
const NOT_SAD = /(?:슬픈|우울한|처지는|쳐지는|어두운|무거운|울적한|눈물\s?나는|우중충한)\s?(노래|곡|음악|거|건|것|걸|게)(?:들)?(?:은|는|도)?\s?(?:좀\s?|너무\s?|진짜\s?)?(?:말고|빼고|말구|싫|별로|부담)/u;
const NOT_LOUD = /(?:시끄러운|센|쎈|빠른|정신\s?없는|쿵쾅거리는)\s?(노래|곡|음악|거|건|것|걸|게)(?:들)?(?:은|는|도)?\s?(?:좀\s?|너무\s?|진짜\s?)?(?:말고|빼고|말구|싫|별로|부담)/u;
/**
 * The direction nearest a mood turned down: not upbeat → the songs of the mood (match), not sad →
 * lifting, not loud → calm. With 거/건/것 (no 노래) only where songs are being talked about:
 * "신나는 건 싫고 그냥 쉬고 싶어" is about a day. Not a clause after it that names another
 * wish ("슬픈 노래 말고 이별 노래"): the kind rules.
 */
export function notThisMood(text: string, songContext: boolean): 'lift' | 'match' | 'calm' | null {
  const t = nfc(text);
  if (!t || t.length > 40) return null;
  const found: Array<[RegExp, 'lift' | 'match' | 'calm']> = [[NOT_LOUD, 'calm'], [NOT_UPBEAT, 'match'], [NOT_SAD, 'lift']];
  for (const [re, way] of found) {
    const m = re.exec(t);
    if (!m) continue;
    const named = /^(?:노래|곡|음악)$/u.test(m[1] ?? '') || /노래|곡|음악/u.test(t);
    if (named || songContext) return way;
  }
  return null;
}
/** The "not" heard, then what comes first (per the list that will open). */
export function notThisMoodLine(way: 'lift' | 'match' | 'calm', mode: 'similar' | 'shift', moment: WishMoment): string {
  const heard = way === 'lift' ? '슬픈 곡보다는 기분을 조금 가볍게 해 줄 노래' : way === 'calm' ? '시끄러운 곡보다는 차분한 노래' : mode === 'similar' ? '너무 신나는 곡보다는 지금 마음에 가까운 노래' : '너무 신나는 곡보다는 조금 차분한 노래';
  return moment === 'ask' ? `알겠어요, ${heard}로 골라 볼게요. 그 전에 지금 마음을 한 줄만 들려줄래요?` : `알겠어요, ${heard}부터 보여 드릴게요.`;
}

/** "그런 노래 더 있어?", "이런 거 또 없어?", "다른 것도 있어?": more of songs, asked. */
const MORE_OF = /^(?:그럼\s?|혹시\s?|음\s?|아\s?|근데\s?)?(?:(?:그런|이런|저런|비슷한|그\s?비슷한|이거\s?같은|그거\s?같은)\s?(?:노래|곡|거|것|걸|느낌|음악)(?:들)?(?:으로|로)?\s?(?:도\s?)?(?:좀\s?)?(?:더|또)|(?:다른|딴)\s?(?:거|것|노래|곡|음악)(?:들)?(?:도|은|는)|(?:더|또)\s?(?:다른\s?)?(?:노래|곡))\s?(?:있|없|추천|줘|주세요|골라|보여|들려|틀어)[가-힣]{0,4}\s*[?？!.~ㅠㅜ]*$/u;
/**
 * More songs asked for while none was shown yet. With no 노래 named ("다른 것도 있어?"), only where
 * songs are being talked about: alone it may ask what else the bot can do.
 */
export function moreOfNone(text: string, songContext: boolean): boolean {
  const t = nfc(text);
  return t.length <= 30 && MORE_OF.test(t) && (/노래|곡|음악/u.test(t) || songContext);
}
export function moreOfNoneLine(moment: Exclude<WishMoment, 'shown'>): string {
  return moment === 'open'
    ? '아직 제가 보여 드린 노래가 없어요. 지금까지 들려준 마음에 맞춰 먼저 몇 곡 골라 볼게요.'
    : '아직 제가 보여 드린 노래가 없어요. 지금 마음을 한 줄만 들려주면 거기에 맞는 노래부터 골라 볼게요.';
}

// ── The turn ────────────────────────────────────────────────────────────────────────────────

/** What the engine knows of the songs around this turn. */
export interface SongRequestContext {
  storyBefore: readonly string[];
  songs: readonly CatalogueSongName[] | null;
  /** Songs have been shown (a turn opened them, or the gauge filled). */
  songsShown: boolean;
  /** Song cards on the user's screen (the app tells; the CLI does not). */
  onScreen: boolean;
  /** Songs were asked for in the last few turns and none shown since (the bot asked for a sentence, or said what it cannot pick by). */
  askedNoSongs: boolean;
  /** Songs were shown or asked for in the last few turns. */
  songTalk: boolean;
  /** The singer the lists follow (state.songArtistList). */
  following: { name: string; count: number; titles?: string[]; shown: number } | null;
  /** Whether "다른 거" reads as more songs (song-turns.ts asksMoreSongs). */
  asksMore: boolean;
  /** The direction a wish for other songs leans ("진정되는 거", "아무거나 신나는 걸로"), when it names one. */
  redirect: 'lift' | 'match' | 'calm' | null;
  /** Ids already used in this conversation (state.usedReplies). */
  used?: readonly string[];
  /** The bot's last reply answered a lyrics question (song-turns.ts songQuestion). */
  justLyrics?: boolean;
  /** The most songs of one singer the first view shows (song-turns.ts ARTIST_FIRST_VIEW). */
  firstView: number;
  /**
   * Session 40: a request now would open the songs (enough told, a feeling told, two story turns,
   * or asked before): the engine's rule for plain requests. Absent: false.
   */
  mayOpen?: boolean;
  /** Session 40: the list a direction opens first, from the conversation's mix (talks-about-songs.ts songModeFor). */
  modeFor?: (direction: 'lift' | 'match' | 'calm') => 'similar' | 'shift';
  /** Session 40: a turn opened the songs (not only a full gauge that lets the user open them). Absent: songsShown. */
  opened?: boolean;
}

export interface SongRequestTurn {
  /** Recorded in usedReplies. */
  id: string;
  /** The reply; absent when the engine says the directed opening line itself (`direction` set). */
  reply?: string;
  action?: 'open_recommendations' | 'more_recommendations' | 'need_more';
  direction?: 'lift' | 'match' | 'calm';
  /** The singer the lists follow from now (TurnResult.songArtist), with what the catalogue has. */
  singer?: { name: string; count: number; titles: string[] };
  /** Session 40: the songs wait for a sentence of the user's mood (state.songsPending). */
  pending?: true;
}

/**
 * Session 40: a genre or an era, the bot's taste, songs for someone else, a mood turned down, or
 * more songs with none shown: said plainly, then the songs by the user's own mood: opened when a
 * request now would open them, else after one sentence of the mood (pending).
 */
function session40Turn(t: string, ctx: SongRequestContext, shown: boolean): SongRequestTurn | null {
  const moment: WishMoment = shown ? 'shown' : ctx.mayOpen || ctx.songsShown ? 'open' : 'ask';
  const opens = moment === 'open' ? { action: 'open_recommendations' as const } : moment === 'ask' ? { action: 'need_more' as const, pending: true as const } : {};
  const songContext = ctx.songTalk || shown;
  const way = notThisMood(t, songContext);
  if (way) {
    const mode = ctx.modeFor?.(way) ?? 'similar';
    return { id: `${SONG_REQ_PREFIX}:not_mood`, reply: notThisMoodLine(way, mode, moment), direction: way, ...(moment === 'ask' ? { action: 'need_more' as const, pending: true as const } : { action: 'open_recommendations' as const }) };
  }
  // An era before the songs keeps its own answers (evening.ts ERA_LINE, CANNOT_FILTER with a request); once
  // songs were shown it had reopened the same list as if it could follow the era.
  const filter = genreOrEraWish(t, songContext);
  if (filter && (filter === 'genre' || moment === 'shown')) return { id: `${SONG_REQ_PREFIX}:${filter}`, reply: filterWishLine(filter, moment), ...opens };
  if (asksBotsTaste(t)) return { id: `${SONG_REQ_PREFIX}:bot_taste`, reply: botTasteLine(moment), ...opens };
  const who = songsForSomeoneElse(t);
  if (who) return { id: `${SONG_REQ_PREFIX}:for_other`, reply: forSomeoneElseLine(who, moment), ...opens };
  if (!shown && moreOfNone(t, songContext)) return { id: `${SONG_REQ_PREFIX}:more_of_none`, reply: moreOfNoneLine(moment === 'open' ? 'open' : 'ask'), ...opens };
  return null;
}

/**
 * The song request of this turn that the other rules miss or misread, answered (see the module
 * comment), or null. Checked in order: why before songs, a birthday song, songs to sing, a singer's
 * other songs, other singers, a singer by likeness, a title, and "다른 거" / "진정되는 거" right
 * after a request that showed no song.
 */
export function songRequestTurn(text: string, ctx: SongRequestContext): SongRequestTurn | null {
  const t = text.normalize('NFC').trim();
  if (!t) return null;
  if (SING_FOR_ME.test(t) && t.length <= 30) {
    const again = ctx.used?.includes(`${SONG_REQ_PREFIX}:sing_for_me`) ?? false;
    return { id: `${SONG_REQ_PREFIX}:sing_for_me${again ? '#2' : ''}`, reply: again ? SING_FOR_ME_AGAIN : SING_FOR_ME_LINE };
  }
  if (WRITE_LYRICS.test(t) && t.length <= 40) return { id: `${SONG_REQ_PREFIX}:write_lyrics`, reply: WRITE_LYRICS_LINE };
  if (ctx.justLyrics && LYRICS_PART.test(t)) return { id: `${SONG_REQ_PREFIX}:lyrics_part`, reply: LYRICS_PART_LINE };
  const shown = ctx.songsShown || ctx.onScreen;
  if (shown && t.length <= 30 && (ALL_KNOWN.test(t) || NOT_FAMOUS.test(t))) return { id: `${SONG_REQ_PREFIX}:known`, reply: ALL_KNOWN.test(t) ? ALL_KNOWN_LINE : NOT_FAMOUS_LINE, action: 'more_recommendations' };
  if (declinesSongs(t)) return null;
  if (!ctx.songsShown && !ctx.onScreen && whyTheseSongs(t)) return { id: `${SONG_REQ_PREFIX}:why_none`, reply: WHY_BEFORE_SONGS };
  const birthday = birthdaySongAsk(t, ctx.storyBefore);
  if (birthday) return { id: `${SONG_REQ_PREFIX}:birthday`, reply: BIRTHDAY_LINES[birthday], action: 'open_recommendations', ...(birthday === 'plain' ? { direction: 'lift' as const } : {}) };
  const s40 = session40Turn(t, ctx, ctx.onScreen || (ctx.opened ?? ctx.songsShown));
  if (s40) return s40;
  const use = singsForPurpose(t, ctx.songTalk);
  if (use === 'detail') return shown ? { id: `${SONG_REQ_PREFIX}:sing_detail`, reply: SINGING_LINES.detail } : { id: `${SONG_REQ_PREFIX}:sing`, reply: SINGING_LINES.sing, action: 'open_recommendations' };
  if (use) {
    return { id: `${SONG_REQ_PREFIX}:sing`, reply: SINGING_LINES[use], action: 'open_recommendations', ...(use === 'wedding' ? { direction: 'lift' as const } : {}) };
  }
  const otherOf = singerOtherSongs(t);
  const otherSinger = otherOf ? catalogueSinger(otherOf, ctx.songs) : null;
  if (otherSinger) {
    if (ctx.following && ctx.following.name === otherSinger.name) {
      // finish() in the engine says when all of them are shown already, and widens the lists.
      return { id: `${SONG_REQ_PREFIX}:singer_more`, reply: `좋아요, 아직 보여 드리지 않은 ${otherSinger.name} 노래로 더 골라 볼게요.`, action: 'more_recommendations' };
    }
    return { id: `${SONG_REQ_PREFIX}:singer`, reply: `이 앱의 노래 목록에는 ${otherSinger.name} 노래가 ${otherSinger.count}곡 있어요. 그중에서 지금 마음에 맞는 곡부터 골라 볼게요.`, action: 'open_recommendations', singer: otherSinger };
  }
  if (wantsOtherSingers(t) && (ctx.following || ctx.songTalk || ctx.songsShown)) return { id: `${SONG_REQ_PREFIX}:other_singers`, reply: OTHER_SINGERS_LINE, action: 'open_recommendations' };
  const like = likeSinger(t);
  if (like) {
    const found = catalogueSinger(like, ctx.songs);
    if (found) return { id: `${SONG_REQ_PREFIX}:like`, reply: likeSingerLine(found.name, found.count, found.titles), action: 'open_recommendations', singer: found };
    if (ctx.songTalk && ctx.songs && /^[가-힣A-Za-z0-9 ]{2,12}$/u.test(like) && !/\s/u.test(like)) return { id: `${SONG_REQ_PREFIX}:like_missing`, reply: likeMissingLine(like), action: 'open_recommendations' };
  }
  const found = ctx.songTalk || ctx.songsShown || /노래|곡/u.test(t) ? titleAsked(t, ctx.songs) : null;
  // Session 41: "힘내라는 노래 있어?" asks for songs that cheer, not for a title '힘내' (song-purpose.ts).
  const title = found && (found.song || !songPurpose(t)) ? found : null;
  if (title) {
    const of = title.song ? catalogueSinger(title.song.artist, ctx.songs) : null;
    const following = ctx.following && of && ctx.following.name === of.name ? ctx.following : null;
    if (following && following.shown >= following.count) return { id: `${SONG_REQ_PREFIX}:title`, reply: titleLine(title, following, false) };
    if (of && of.count <= ctx.firstView) return { id: `${SONG_REQ_PREFIX}:title`, reply: titleLine(title, null, true), action: 'open_recommendations', singer: of };
    return { id: `${SONG_REQ_PREFIX}:title`, reply: titleLine(title, null, false) };
  }
  if (ctx.askedNoSongs && !ctx.songsShown) {
    if (ctx.asksMore) return { id: `${SONG_REQ_PREFIX}:second_ask`, reply: OPEN_ON_SECOND_ASK, action: 'open_recommendations' };
    // "그럼 비슷한 느낌으로" after a singer the catalogue lacks (c04).
    if (ALIKE.test(t)) return { id: `${SONG_REQ_PREFIX}:alike`, reply: ALIKE_LINE, action: 'open_recommendations' };
    if (ctx.redirect) return { id: `${SONG_REQ_PREFIX}:directed`, action: 'open_recommendations', direction: ctx.redirect };
  }
  return null;
}
