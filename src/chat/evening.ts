/**
 * Session 37 (mix): an evening's use end to end: goodbyes, song requests and what the user says
 * around the songs. A tester who talked through a whole evening found:
 *
 * - Goodbyes missed: "고마워 이제 내려야돼" (got «요즘 나를 위해 하는 일이 있어요?»), "이제 자볼게요 안녕"
 *   (got «이 기쁜 소식을…»), "ㅇㅇ 잘자", "ㄱㅅ 잔다", "ㄱㅅ 간다" (got «용기를 내 줘서 고마워요»).
 *   `leavingNow` reads thanks or a short yes with leaving; the good night fits the mood
 *   (`GOODBYE_LINES`: glad, heavy, plain), and getting off a train is «조심히 내려요». The same
 *   good-night line had been given word for word in six conversations, to a happy "좋다!! 잘자" too.
 * - Song requests not read as such: "조용히 들을 노래 주세요", "노래 들으면서 정리하고 싶어요",
 *   "옛날 노래도 있나요" (an honest line on eras, then the songs), "드라이브용" after song talk, "더
 *   잔잔한 거" / "다른 거" before any song was shown, and "아무거나 빨리" right after the bot asked
 *   for a sentence first (the user asked twice: the songs open with what was told) (`eveningSongAsk`).
 * - After the songs: "다른 거" got one line 12 times of 12, "별로" one line 6 of 7, "좋다" the card
 *   buttons every time. The lines now vary by conversation (`pickBySeed`), the buttons are said
 *   once, "더 잔잔한 거" says it goes calmer, and in a safety conversation "좋다" is met gently.
 * - "애가 이제야 잠들었어요" in a tired parent's story is relief, not «마음이 환해지는 이야기»
 *   (`childFinallyAsleep`); coming home in a story of a loss or a fight is no after-work rest
 *   (`homeInHardStory`).
 *
 * All functions are pure.
 */

const nfc = (text: string): string => text.normalize('NFC').trim();

export const EVENING_PREFIX = 'evening';

// ── Goodbyes ─────────────────────────────────────────────────────────────────────────────────

export type Leaving = 'night' | 'off' | 'go';

/** A short yes, thanks or "좋네요" before the leaving ("ㅇㅇ 잘자", "ㄱㅅ 잔다", "고마워 이제 내려야돼"). */
const ACK =
  '(?:ㅇㅇ|ㅇㅋ|ㅇㅋㅇㅋ|ㅇㅇㅇ|응|웅|네|넵|넹|오키|오케이|ㄱㅅ|ㄳ|고마워(?:요)?|고맙습니다|고마워용|감사(?:해요|합니다)|땡큐|좋네요|좋다|좋아요|알겠어(?:요)?|아무튼|암튼)';
const SEP = '[\\s,.!~ㅎㅋㅠㅜ^]*';
const NOW = '(?:(?:그럼|그럼\\s?이제|이제|저도|나도|난|전|저는|나는|오늘은|이만)\\s?)?';
const BYE_TAIL = `(?:${SEP}(?:안녕(?:히\\s?(?:계세요|주무세요))?|ㅂㅂ|ㅃㅃ|바이|빠이|굿나잇|굿밤|잘\\s?자(?:요)?|또\\s?(?:올게|봐)(?:요)?))?`;
const END = '[\\s.!~ㅎㅋㅠㅜ^♡]*$';

const NIGHT_WORD = '(?:자\\s?볼게(?:요)?|자러\\s?(?:갈게(?:요)?|감|간다|가요|가볼게(?:요)?)|잘게(?:요)?|잔다|잘래(?:요)?|잘\\s?자(?:요)?|굿\\s?(?:밤|나잇)|좋은\\s?꿈\\s?꿔(?:요)?|자야겠다|자야겠어(?:요)?|자야\\s?(?:돼|해)(?:요)?)';
const OFF_WORD = '(?:내려야\\s?(?:돼|해|겠다|겠어|될\\s?듯|할\\s?듯)(?:요)?|내릴게(?:요)?|내려요|다\\s?왔다|다\\s?왔어(?:요)?|도착했(?:다|어|어요)|내릴\\s?때\\s?(?:됐|다\\s?됐)(?:어|다|어요)?)';
const GO_WORD = '(?:간다|감|갈게(?:요)?|가\\s?볼게(?:요)?|가볼게(?:요)?|들어갈게(?:요)?|나가\\s?볼게(?:요)?)';

const NIGHT = new RegExp(`^(?:${ACK}${SEP})?${NOW}${NIGHT_WORD}${BYE_TAIL}${END}`, 'u');
// Getting off needs the thanks or "이제": "내려야 돼" alone may be a decision ("결정을 내려야 돼").
const OFF = new RegExp(`^(?:${ACK}${SEP}${NOW}|(?:${ACK}${SEP})?(?:이제|그럼)\\s?)${OFF_WORD}${BYE_TAIL}${END}`, 'u');
// Going needs the thanks or a yes: "간다" alone answers many questions.
const GO = new RegExp(`^${ACK}${SEP}${NOW}${GO_WORD}${BYE_TAIL}${END}`, 'u');

/**
 * The user leaving now, said in a short turn: to sleep ("이제 자볼게요 안녕", "ㅇㅇ 잘자", "ㄱㅅ
 * 잔다", "고마워요 저도 잘게요"), to get off ("고마워 이제 내려야돼") or to go ("ㄱㅅ 간다"). Not a
 * question ("잘 자요?"), sleep told ("잠을 못 자요", "어제 잘 잤어"), someone else's words ("엄마가
 * 잘 자래") or a decision ("결정을 내려야 돼").
 */
export function leavingNow(text: string): Leaving | null {
  const t = nfc(text);
  if (t.length > 30 || /[?？]/u.test(t)) return null;
  if (NIGHT.test(t)) return 'night';
  if (OFF.test(t)) return 'off';
  if (GO.test(t)) return 'go';
  return null;
}

export type ByeMood = 'glad' | 'heavy' | 'plain';

/** The turn itself glad ("좋다!! 잘자", "ㅎㅎ 잘자요"). */
export function gladBye(text: string): boolean {
  return /좋다|좋아|좋네|신나|행복|!!|ㅎㅎ|ㅋㅋ|재밌/u.test(nfc(text));
}

export const GOODBYE_LINES: Record<Leaving, Record<ByeMood, readonly string[]>> = {
  night: {
    glad: [
      '좋은 기분으로 하루를 마무리하네요. 푹 자고 내일도 오늘 같은 기분이면 좋겠어요. 잘 자요!',
      '기분 좋게 잠들 수 있겠네요. 좋은 꿈 꾸고, 또 이야기하러 와요. 잘 자요!',
      '오늘 이야기 즐거웠어요. 그 기분 그대로 푹 자요. 잘 자요!',
    ],
    heavy: [
      '여기까지 이야기해 줘서 고마워요. 마음이 다 풀리지 않았어도 오늘은 몸이라도 푹 쉬었으면 해요. 잘 자요.',
      '무거운 마음 다 내려놓지 못해도 괜찮아요. 따뜻하게 자고, 이야기하고 싶을 때 언제든 또 와요.',
      '오늘 마음 들려줘서 고마워요. 천천히 쉬어요. 내일 또 이야기하고 싶으면 여기 있을게요.',
    ],
    plain: [
      '오늘 하루도 수고했어요. 편하게 푹 자요. 잘 자요.',
      '이야기 나눠 줘서 고마워요. 좋은 밤 보내고 또 와요.',
      '오늘은 여기까지 해요. 푹 자고 내일 또 이야기해요.',
    ],
  },
  off: {
    glad: ['네, 조심히 내려요! 이야기해 줘서 고마워요.', '조심히 내려요. 남은 길도 기분 좋게 가요!'],
    heavy: ['네, 조심히 내려요. 오늘 마음 들려줘서 고마워요. 가는 길에 잠깐이라도 숨 돌렸으면 해요.', '조심히 내려요. 이야기하고 싶을 때 언제든 또 와요.'],
    plain: ['네, 조심히 내려요. 이야기해 줘서 고마워요.', '조심히 내려요. 남은 길도 편하게 가요.'],
  },
  go: {
    glad: ['네, 조심히 가요! 오늘 이야기 즐거웠어요.', '들러 줘서 고마워요. 좋은 기분 그대로 가요!'],
    heavy: ['네, 조심히 가요. 오늘 마음 들려줘서 고마워요. 이야기하고 싶을 때 언제든 또 와요.', '조심히 가요. 무리하지 말고, 필요할 때 또 와요.'],
    plain: ['네, 조심히 가요. 이야기해 줘서 고마워요.', '들러 줘서 고마워요. 또 이야기하고 싶을 때 와요.'],
  },
};

/** A number that differs between conversations (their first words) and turns. */
export function conversationSeed(firstText: string | undefined, turn: number): number {
  let h = 0;
  for (const ch of firstText ?? '') h = (h * 31 + ch.charCodeAt(0)) % 100003;
  return h + turn;
}

/**
 * One of the pool's lines not used yet in this conversation, chosen by the seed so different
 * conversations get different lines (a seeded random number had given all of them the same one).
 * Ids are `${prefix}#i`. Null when all are used.
 */
export function pickBySeed(pool: readonly string[], prefix: string, used: ReadonlySet<string>, seed: number): { id: string; text: string } | null {
  const free = pool.map((text, i) => ({ id: `${prefix}#${i}`, text })).filter((x) => !used.has(x.id));
  if (free.length === 0) return null;
  return free[seed % free.length]!;
}

// ── Song requests ────────────────────────────────────────────────────────────────────────────

export type EveningSongAsk = 'plain' | 'calmer' | 'other' | 'era' | 'use' | 'insist';

const LISTEN_FOR = /(?:조용히|편하게|혼자|자기\s?전에?|잠들\s?때|쉬면서|가만히|멍하니)\s?들을\s?(?:만한\s?)?(?:노래|곡|음악)(?:\s?(?:좀|하나))?\s?(?:주세요|줘|줘요|주라|있어|있어요|있나요|있을까(?:요)?|추천|골라|틀어)/u;
const TIDY_WITH = /(?:노래|음악)\s?(?:들으면서|들으며|듣고|들으면서\s?좀)\s?(?:좀\s?)?(?:마음\s?(?:좀\s?)?)?(?:정리|진정|쉬|달래)(?:하고\s?싶|할래|할게|하려고|하고\s?싶어|고\s?싶)/u;
const ERA = /(?:옛날|예전|오래된|옛|7080|80년대|90년대|2000년대)\s?(?:노래|가요|곡|음악|트로트)(?:도|는|은)?\s?(?:있|나와|나오|들을\s?수|돼|되)[가-힣]*(?:[?？]|나요|어요|을까요?|니|냐)?\s*$/u;
const CALMER = /^(?:좀\s?)?(?:더|더\s?좀|좀\s?더)?\s?(?:잔잔한|조용한|차분한|편안한|잔잔하고\s?조용한)\s?(?:거|걸|것|노래|곡|음악)(?:요|로|으로|도)?(?:\s?(?:없어요?|없나요|있어요?|있나요|줘|주세요|요|로요|으로요|부탁해요?))?[\s?？~.!]*$/u;
const OTHER = /^(?:다른|딴)\s?(?:거|걸|것|노래|곡)(?:도|요|도요|는요|은요)?(?:\s?(?:없어요?|있어요?|줘|주세요))?[\s?？~.!]*$/u;
const USE = /^(?:드라이브|운전|산책|운동|출근길|퇴근길|공부|작업)\s?(?:용|용으로|용도|할\s?때|하면서)(?:\s?(?:들을\s?거|들을\s?노래|노래))?(?:요|도|으로요|로요)?[\s?？~.!]*$/u;
const INSIST = /^(?:아무거나|암거나|걍|그냥|빨리|얼른)(?:\s?(?:아무거나|암거나|빨리|얼른|좀|줘|줘요|주세요|틀어\s?줘|틀어\s?주세요|추천|추천해\s?줘|골라\s?줘|ㄱㄱ|해\s?줘|요))*[\s.!~ㅋㅠ]*$/u;

/**
 * A song request the general detector leaves, read with where the talk is: `songTalk` when songs
 * were asked for or shown in the last few turns, `justAsked` when the bot's last reply asked for a
 * sentence before the songs.
 */
export function eveningSongAsk(text: string, where: { songTalk: boolean; justAsked: boolean }): EveningSongAsk | null {
  const t = nfc(text);
  if (t.length > 40) return null;
  if (where.justAsked && INSIST.test(t)) return 'insist';
  if (ERA.test(t)) return 'era';
  if (CALMER.test(t)) return 'calmer';
  // "다른 거 없어?" with no song talk may be about anything.
  if (where.songTalk && OTHER.test(t)) return 'other';
  if (LISTEN_FOR.test(t) || TIDY_WITH.test(t)) return 'plain';
  if (where.songTalk && USE.test(t)) return 'use';
  return null;
}

export const ERA_LINE = '노래를 시대별로 따로 고르지는 못해요. 지금 마음에 맞춰 고르니, 그중에 귀에 익은 곡도 있으면 좋겠어요.';
export const USE_LINE = '드라이브용으로 따로 고르지는 못하지만, 지금 마음에 맞춰 골라 볼게요.';
export const INSIST_LINE = '알겠어요, 우선 골라 볼게요. 듣다가 다른 느낌이 필요하면 말해 줘요.';
export const CALMER_FIRST = '좋아요, 잔잔한 곡부터 골라 볼게요. 천천히 들어 봐요.';
/** "좋네요" right after the bot asked for a sentence before the songs: no glad news. */
export const ACK_BEFORE_SONGS = '좋아요. 그럼 오늘 있었던 일이나 지금 기분을 한 줄만 들려줘요. 거기에 맞춰 노래를 골라 볼게요.';

/** "좋다", "좋네요", "ㅇㅋ" alone: an agreement, not news. */
export function bareOkay(text: string): boolean {
  return /^(?:좋다|좋네요?|좋아요?|좋습니다|오케이|ㅇㅋ|네|넵|응)[\s.!~ㅎㅋㅠ^]*$/u.test(nfc(text));
}

// ── After the songs ──────────────────────────────────────────────────────────────────────────

export const AFTER_SONGS_LINES = {
  /** "더 잔잔한 거" once songs are shown. */
  calmer: [
    '더 잔잔한 곡으로 바꿔 볼게요. 조용히 들어 봐요.',
    '알겠어요, 더 차분한 곡들로 다시 골라 볼게요.',
    '좀 더 잔잔한 쪽으로 바꿔 볼게요. 편하게 들어요.',
  ],
  /** "다른 거" once songs are shown. */
  other: [
    '좋아요, 아직 보여 드리지 않은 곡으로 더 골라 볼게요.',
    '다른 곡들로 바꿔 볼게요. 마음 가는 곡이 있는지 들어 봐요.',
    '알겠어요, 새로운 곡들로 다시 골라 볼게요.',
    '그럼 다른 곡들을 보여 드릴게요. 천천히 골라 봐요.',
  ],
  /** "별로" once songs are shown (the buttons are told once; see `DISLIKED_BUTTONS`). */
  disliked: [
    '잘 맞지 않았군요. 다른 곡으로 다시 골라 볼게요.',
    '알려 줘서 고마워요. 이번엔 다른 곡들로 바꿔 볼게요.',
    '마음에 닿지 않았나 봐요. 새로운 곡들로 골라 볼게요.',
  ],
  /** "좋다" once the buttons were told: short and warm. */
  liked: [
    '마음에 드는 곡이 있어서 다행이에요. 편하게 들어요.',
    '좋다니 저도 기뻐요. 천천히 즐겨요.',
    '잘 맞는 곡이 있었네요. 듣다가 하고 싶은 말이 생기면 들려줘요.',
  ],
  /** "좋다" in a conversation where safety was raised: gentle, nothing light asked. */
  likedGently: [
    '조금이라도 마음에 닿는 곡이 있었다니 다행이에요. 천천히 들어요. 저는 여기 있을게요.',
    '잠깐이라도 편하게 들을 수 있는 곡이 있어서 다행이에요. 필요하면 언제든 이야기해요.',
  ],
} as const;

export const DISLIKED_BUTTONS = "맞지 않는 곡은 카드 아래 '별로예요' 버튼으로 알려 주면 다음부터 고르지 않아요.";

// ── Small stories ────────────────────────────────────────────────────────────────────────────

/**
 * A child finally asleep ("애가 이제야 잠들었어요", "아기 겨우 재웠어요"): relief after a long
 * effort, not good news. Not a child who cannot sleep ("애가 잠을 안 자요") or a question.
 */
export function childFinallyAsleep(text: string): boolean {
  const t = nfc(text);
  if (/[?？]|안\s?(?:자|잠)|못\s?(?:자|잠)|깼|깨서/u.test(t)) return false;
  return /(?:애|아이|아기|애기|딸|아들|둘째|첫째|쌍둥이|애들|아이들|애기들)(?:가|이|들이|는|도)?\s?(?:이제야|겨우|드디어|방금|이제|간신히)\s?(?:잠들었|잠이\s?들었|잤|자요|자네요|자네)|(?:애|아이|아기|애기|애들|아이들)(?:를|을|들을|들)?\s?(?:이제야|겨우|드디어|간신히)?\s?재웠/u.test(t);
}

export const CHILD_ASLEEP_REPLIES: readonly string[] = [
  '이제야 잠들었군요. 재우느라 정말 애썼어요. 지금은 잠깐이라도 숨 돌릴 수 있어요?',
  '겨우 조용해진 시간이네요. 하루 내내 애쓴 만큼, 이제는 잠깐 쉬어도 돼요.',
];

/** A loss or a fight told in the story: coming home is no after-work rest then. */
const HARD_STORY = /무지개\s?다리|죽었|죽어|떠났|세상을?\s?떠|돌아가셨|보냈어|보내고|장례|싸웠|싸움|다퉜|다툼|혼났|헤어졌|이별|울었|소리\s?질|화내|욕했/u;
const HOME_INTENT = 'life_daily_home_after_work';

/**
 * The arrival-home intent («편한 옷으로 갈아입고 쉬는 그 순간이 제일 좋죠») inside a loss or a fight:
 * "집에 오니까 너무 조용해" after a pet died, "방에 들어와서 문 잠갔어요" after a fight with mom.
 */
export function homeInHardStory(intentId: string, text: string, earlier: readonly string[]): boolean {
  if (intentId !== HOME_INTENT) return false;
  const t = nfc(text);
  return HARD_STORY.test(t) || /문\s?(?:잠갔|잠그|닫고|걸어\s?잠)|너무\s?조용|텅\s?빈|허전/u.test(t) || earlier.some((e) => HARD_STORY.test(nfc(e)));
}
