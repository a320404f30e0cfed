/**
 * Replies that presume what the user never told (session 39, invent). Testers talking about songs
 * found the generic follow-up (engine.ts `followup`, reflections.json) answering turns that told
 * nothing about the user: requests and questions to the bot that no rule caught ("봄날 있어?",
 * "화날 때 듣는 노래 없냐", "이거 말고 폴킴 다른 노래", "너무 유명한 거 말고") got "네, 잘 듣고
 * 있어요. 그때 어떤 생각이 제일 먼저 들었어요?", "요즘 그렇게 지내고 있었군요", "그 마음, 충분히
 * 이해돼요": a story and a feeling the user had not told. Such a turn, when nothing else answered
 * it, is now told honestly that the bot did not catch it (`asksTheBot`, `NOT_CAUGHT_REPLIES`).
 *
 * And a reply of a fitting intent may still name a detail the user never said: "오늘 합격 발표
 * 났어!!!" got cert_exam_passed's "이 자격증으로 해보고 싶은 게 있어요?", the pass being for anything
 * (`namesUnsaid`: such a reply is not picked while another fits).
 */

const nfc = (s: string) => s.normalize('NFC').trim();

/** A request or a question put to the bot: what ends the turn. */
const ASKS_ENDING =
  /(?:줘|줘요|주세요|주세여|줄래|줄래요|주라|줘봐|해\s?줘|해줘|부탁해|부탁해요|부탁드려요|(?:있|없)(?:어|어요|음|을까)\s*[?？]|(?:있|없)(?:냐|나|나요|니|을까요?)|말고|말구|말고요|[는은]요\s*[?？]|거|거요|걸로|걸로요|거로|느낌으로|분위기로|만이라도|섞어|바꿔)\s*[?？!~.ㅠㅜ]*$/u;
/** A feeling or a state of the user's told with the request: then the follow-up reflects it. */
const TELLS_FEELING =
  /힘들|힘드|슬프|슬퍼|우울|화나|화가|짜증|싫어|싫다|싫고|외로|피곤|지쳐|지친|불안|걱정|무서|속상|서운|아파|아프|울었|울고|눈물|죽|헤어|이별|떨어|합격|돌아가|기뻐|좋아(?!하|할)|행복|신나서|설레/u;
/** A person, an occasion or a day told with it: then it told something, unless it plainly asks for songs. */
const TELLS_STORY = /생일|생신|엄마|아빠|친구|남친|여친|회사|학교|시험|면접|오늘|어제|요즘|했어|했는데|였어|었어|았어|됐어/u;
/** A plain request for songs: "…추천해줘", "…틀어줘", "…불러줘". */
const ASKS_FOR_SONGS = /(?:노래|곡|음악|축가|플리)[^.?!]{0,12}(?:추천|틀어|불러|골라)|(?:추천|틀어|불러|골라)\s?(?:해\s?)?(?:줘|주세요|줄래|주라)/u;
/** A question about the bot's songs, or talk of songs: the honest line then speaks of songs. */
const SONG_WORDS = /노래|노랴|곡|음악|가수|틀어|추천|추쳔|1절|가사|플리|장르|템포|발라드|잔잔|신나는|밝은|조용한|같은\s?거|다른\s?거|말고|부르|불러/u;

/**
 * Whether the turn asks the bot for something and tells nothing of the user: "봄날 있어?",
 * "화날 때 듣는 노래 없냐", "너무 유명한 거 말고", "헤이 쉼표 노래 하나 불러줘". Not a turn that tells a
 * feeling or an event with its request ("요즘 너무 지쳐서 뭐 들을 만한 거 없어?", "엄마 생신인데 뭐
 * 하지"), nor a plain statement ("잔나비 노래야" does tell which song it was).
 */
export function asksTheBot(text: string): boolean {
  const t = nfc(text);
  if (t.length > 30 || !(ASKS_ENDING.test(t) || /^(?:아니\s?)?(?:이거|그거|이것|그것|저거|이\s?노래|그\s?노래)(?:도|는)?\s?말고\s/u.test(t))) return false;
  // "화날 때 듣는 노래": a feeling named as the kind of song, not as the user's own now.
  const told = t.replace(/[가-힣]+\s?때\s?(?:듣는|들을|좋은)/gu, ' ');
  return !TELLS_FEELING.test(told) && (!TELLS_STORY.test(told) || ASKS_FOR_SONGS.test(told));
}

export const NOT_CAUGHT_PREFIX = 'not_caught';

/** For a request about songs no rule understood: honest, and how to ask so that it works. */
export const NOT_CAUGHT_SONG_REPLIES: readonly string[] = [
  '미안해요, 그 부탁은 제가 정확히 알아듣지 못했어요. 노래는 가사에 담긴 감정으로 골라서, "잔잔한 노래", "신나는 노래"처럼 분위기로 말해 주면 알아들을 수 있어요.',
  '이번에도 어떤 노래를 바라는지 제가 잘 못 알아들었어요. 듣고 싶은 분위기나 가수 이름을 한두 마디로 말해 줄래요?',
];
/** For any other request or question no rule understood. */
export const NOT_CAUGHT_REPLIES: readonly string[] = [
  '미안해요, 제가 그 말을 정확히 알아듣지 못했어요. 조금만 다르게 말해 줄래요?',
  '이번에도 제가 잘 못 알아들었어요. 노래 이야기인지, 하루 이야기인지 한마디만 더 알려 줄래요?',
];

/** A mood the user named for the songs ("밝은 거 줘", "머 잔잔한거"): the way to ask is said with it. */
const SONG_MOODS: ReadonlyArray<readonly [RegExp, string]> = [
  [/잔잔/u, '잔잔한'],
  [/밝/u, '밝은'],
  [/신나|신난/u, '신나는'],
  [/슬픈|슬프/u, '슬픈'],
  [/조용/u, '조용한'],
  [/차분/u, '차분한'],
  [/편안|편한/u, '편안한'],
  [/위로/u, '위로되는'],
  [/진정/u, '마음이 진정되는'],
];

export function notCaughtReplies(text: string): readonly string[] {
  const t = nfc(text);
  if (!SONG_WORDS.test(t) && !SONG_MOODS.some(([re]) => re.test(t))) return NOT_CAUGHT_REPLIES;
  const mood = SONG_MOODS.find(([re]) => re.test(t))?.[1];
  return mood ? [`미안해요, 그 부탁은 제가 정확히 알아듣지 못했어요. "${mood} 노래 틀어줘"처럼 말해 주면 알아들을 수 있어요.`, ...NOT_CAUGHT_SONG_REPLIES] : NOT_CAUGHT_SONG_REPLIES;
}

/**
 * The third time no rule understood a request (session 40, daily): the honest line gives way to an
 * open question, so the user is not told "못 알아들었어요" a third time in other words. After a story
 * the question goes back to it; about songs, it says what helps the choice (more of the user's mood).
 */
export const NOT_CAUGHT_OPEN_SONG = '제가 자꾸 엇갈리게 알아들어서 미안해요. 노래는 지금 마음을 조금 더 들으면 더 잘 고를 수 있어요. 요즘 어떻게 지내는지 들려줄래요?';
export const NOT_CAUGHT_OPEN_STORY = '제가 자꾸 못 따라가서 미안해요. 아까 하던 이야기로 돌아가 볼까요? 지금 제일 마음에 걸리는 게 뭐예요?';
export const NOT_CAUGHT_OPEN = '자꾸 엇갈려서 미안해요. 그럼 잠깐 다른 이야기로, 오늘 하루는 어떻게 보냈어요?';
/** The fourth time: no question more, only that the bot is listening. */
export const NOT_CAUGHT_LAST = '제가 계속 놓치고 있네요. 서두르지 않을게요, 편한 말로 천천히 이어 가 줘요.';

/**
 * The honest "I didn't catch that" for this turn, never the same sentence twice in a conversation
 * (session 40, daily). "봄날 있어?", "그거 말고 다른 거 있어?", "너무 유명한 거 말고" got the line, its
 * second wording, then (the pools spent, ids shared between pools) the generic "요즘 그렇게 지내고
 * 있었군요" the line was made to replace; and a mood named in one turn and not the next gave the same
 * "미안해요, 그 부탁은 제가 정확히 알아듣지 못했어요." twice. Now the count of such lines already given
 * (`used`, the engine's usedReplies) picks the tier: the first honest line, a second one that says
 * "이번에도" and asks otherwise, then an open question (back to the story when one was told), then a
 * last quiet line; after that null (the usual follow-up). Ids are the tier's, so a saved state
 * counts the same.
 */
export function notCaughtPick(text: string, used: readonly string[], toldStory: boolean): { id: string; text: string } | null {
  const given = used.filter((id) => id.startsWith(NOT_CAUGHT_PREFIX)).length;
  const pool = notCaughtReplies(text);
  const songs = pool !== NOT_CAUGHT_REPLIES;
  const mood = songs && pool.length > NOT_CAUGHT_SONG_REPLIES.length ? SONG_MOODS.find(([re]) => re.test(nfc(text)))?.[1] : undefined;
  const tiers: ReadonlyArray<readonly [string, string]> = [
    [songs ? 'song1' : 'plain1', pool[0]!],
    mood
      ? ['mood2', `이번에도 제가 잘 못 알아들었네요. 가수 이름을 말해 주거나, "${mood} 노래 추천해 줘"라고 한 번만 더 적어 줄래요?`]
      : songs
        ? ['song2', NOT_CAUGHT_SONG_REPLIES[1]!]
        : ['plain2', NOT_CAUGHT_REPLIES[1]!],
    songs ? ['open_song', NOT_CAUGHT_OPEN_SONG] : toldStory ? ['open_story', NOT_CAUGHT_OPEN_STORY] : ['open', NOT_CAUGHT_OPEN],
    ['last', NOT_CAUGHT_LAST],
  ];
  const tier = tiers[given];
  return tier ? { id: `${NOT_CAUGHT_PREFIX}:${tier[0]}`, text: tier[1] } : null;
}

/** Details a reply may name, and the words by which the user tells them. */
const UNSAID: ReadonlyArray<readonly [RegExp, RegExp]> = [
  // A pass may be of anything: a licence only when one was named.
  [/자격증/u, /자격증|기사|기능사|기능장|면허|토익|토플|오픽|텝스|한국사|컴활|정처기|급수|[0-9]급|자격|국시|HSK|JLPT|GTQ|SQLD|공인|중개사|요양보호사|바리스타|미용사|간호사|세무사|회계사|노무사|변리사|감정평가사/iu],
];

/** Whether the reply names a detail none of the user's texts (this turn and a few before) told. */
export function namesUnsaid(reply: string, texts: readonly string[]): boolean {
  const r = nfc(reply);
  return UNSAID.some(([inReply, told]) => inReply.test(r) && !texts.some((t) => told.test(nfc(t))));
}

/** Questions that presume an event was just told ("그때 어떤 생각이 제일 먼저 들었어요?"). */
const EVENT_QUESTION = /^그때|그\s?순간|그\s?일(?:을|이)/u;
/** A turn that tells something that happened: a past tense, or a when. */
const TELLS_EVENT = /었|았|였|했|됐|났|왔|갔|봤|줬|셨|더라|던데|때|오늘|어제|아까|방금/u;

/**
 * Whether a question asks about an event the turn did not tell: "여자 둘이 부를 거야" (a duet ahead)
 * got "그때 어떤 생각이 제일 먼저 들었어요?".
 */
export function presumesToldEvent(question: string, text: string): boolean {
  return EVENT_QUESTION.test(nfc(question)) && !TELLS_EVENT.test(nfc(text));
}

/** A glad occasion told: a birthday, an anniversary, a wedding to sing at, a present to choose. */
const GLAD_OCCASION = /생일|생신|기념일|돌잔치|결혼식|축가|칠순|팔순|환갑|집들이|졸업식|입학식|선물/u;
/** Words of hurt, loss or a question beside it: then the occasion is not a glad one. */
const OCCASION_HURTS =
  /아무도|혼자|몰라|모르|잊|까먹|못\s|안\s|없어|없는|없이|싫|슬프|슬퍼|우울|외로|서운|섭섭|속상|힘들|아프|아파|돌아가|떠나|그립|보고\s?싶|마지막|싸우|싸웠|헤어|걱정|부담|돈이|[?？ㅠㅜ]/u;

/**
 * A glad occasion told plainly ("엄마 생신인데 엄마가 임영웅 팬이야", read sadness 0.49 and told
 * "마음이 정말 무겁게 느껴졌겠어요. 요즘 잠은 잘 자고 밥은 잘 챙겨 먹고 있어요?"): no hurting feeling
 * is named for it. Not a birthday nobody remembered, a loss, a worry or a question.
 */
export function gladOccasion(text: string): boolean {
  const t = nfc(text);
  return GLAD_OCCASION.test(t) && !OCCASION_HURTS.test(t);
}

/**
 * Gladness turned down ("아니 너무 신나는 건 싫고", "밝은 거 말고"): the turn is no good news, though
 * the model reads joy in 신나: it was told "그런 순간이 있다는 게 참 좋네요".
 */
export function deniesGladness(text: string): boolean {
  return /(?:신나|신난|밝|즐겁|즐거운|행복|좋은|기쁜|경쾌|발랄)[가-힣]*\s?(?:건|거|게|것|노래|곡|음악)?(?:은|는|도)?\s?(?:좀\s?|너무\s?)?(?:싫|말고|별로|아니|안\s?(?:땡|당|끌))/u.test(nfc(text));
}

/**
 * A wish to cry ("울고 싶어서", after asking for sadder songs): it was matched to the wish to run
 * away ("만약 지금 떠날 수 있다면 어디에서 뭘 하고 싶어요?"), then to "그 무게를 혼자 안고 있었다니".
 * Not tears of joy or laughter ("기뻐서 울고 싶어", "웃겨서 울고 싶다 ㅋㅋ"), nor a wish not to cry.
 */
export function wantsToCry(text: string): boolean {
  const t = nfc(text);
  return /울고\s?싶|실컷\s?울(?:고|래|어야|려고)|펑펑\s?울(?:고|래|려고)|울\s?수\s?있(?:게|으면)|울려고/u.test(t) && !/울고\s?싶지\s?(?:않|도\s?않|는\s?않)|안\s?울고|기뻐|기쁘|좋아서|감동|행복|웃겨|웃기|ㅋ|[?？]/u.test(t);
}

export const CRY_PREFIX = 'wants_to_cry';
export const CRY_REPLIES: readonly string[] = [
  '울고 싶을 땐 울어도 괜찮아요. 참아 온 마음이 눈물로 조금 풀리기도 하니까요. 여기서는 편하게 있어도 돼요.',
  '눈물이 나면 나는 대로 두어도 돼요. 울고 나면 조금 가벼워지기도 하니까요.',
];

/** Low moods told as slight ("기분이 꿀꿀해", "그냥 그래"): not met with the heaviest reflections. */
export function mildMood(text: string): boolean {
  return /꿀꿀|울적|싱숭생숭|찌뿌둥|심심|(?:그냥|그저)\s?그래|별로야|기분이\s?(?:좀\s?)?별로/u.test(nfc(text));
}

/** Questions of since when; a turn that says how long ("헤어진 지 일주일 됐어", "3주째야"). */
const SINCE_WHEN_QUESTION = /언제부터|(?:지는|지가)\s?얼마나|얼마나\s?(?:됐|오래)/u;
const TOLD_HOW_LONG = /(?:ㄴ|은|는|한|된|간|진)\s?지\s?[^\s]+\s?(?:됐|되|넘|지났)|(?:[0-9]+|한|두|세|네|몇|여러)\s?(?:일|주|주일|달|개월|년|해)\s?(?:째|동안|됐|전부터|넘게)|째(?:야|예요|에요|임|다)?\s*[.!~ㅠㅜ]*$/u;

/** Whether a question asks since when, right after the user said how long ("언제부터 이런 마음이 들기 시작했어요?" to "헤어진 지 일주일 됐어"). */
export function asksWhenTold(question: string, text: string): boolean {
  return SINCE_WHEN_QUESTION.test(nfc(question)) && TOLD_HOW_LONG.test(nfc(text));
}
