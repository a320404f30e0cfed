/**
 * What a conversation has already covered, so the bot does not ask the same thing twice in other
 * words, or ask about something the user has just told it.
 *
 * Exact repeats are already excluded by reply ids. These rules catch the rest: the corpus words
 * one question many ways across emotions and intents ("요즘 잠은 잘 자고 밥은 잘 챙겨 먹고
 * 있어요?" for sadness, "요즘 잠은 좀 잘 자고 있어요?" for anxiety), and a conversation that moves
 * from one emotion to another would otherwise meet both. Asking "잠은 잘 자요?" right after
 * "밤마다 생각나서 잠이 안 와요" is just as deaf.
 *
 * A topic is covered when a bot reply *asks* about it (only its question sentences are read: a
 * reflection that mentions sleep asks nothing) or when the user *tells* about it. The engine then
 * prefers replies and follow-ups whose questions open a topic not yet covered; when every unused
 * one is covered it still answers, so the rules can shape the choice but never silence the bot.
 */

export interface TopicRule {
  id: string;
  /** Matches a question sentence of a bot reply that asks about this topic (none: told only). */
  asks?: RegExp;
  /** Matches a user turn that already tells about it (only where the cue is clear). */
  tells?: RegExp;
}

// Kinship and friends a user may (or may not) have confided in.
const PEOPLE = '(?:친구|엄마|아빠|부모님?|가족|언니|누나|형|오빠|동생|남친|여친|남자\\s?친구|여자\\s?친구|애인|선배|동료|아무|누구|주변)';

// Another person, or something someone said: a partner, family, people at work or school, a
// third person, a person the user speaks to or about (한테, 에게), reported speech (…다고 했어).
// Crowds with no one in particular ("아무도 연락이 없네", "사람들이 많아") do not count.
const SOMEONE = new RegExp(
  [
    // No friend at all ("아직 친구가 한명도 없어요") is no one either (session 38 retr).
    '(?!친구(?:가|도|는)?\\s?(?:한\\s?명도|하나도|없))(?:친구|엄마|아빠|어머니|아버지|부모님?|언니|누나|오빠|남동생|여동생|동생|남친|여친|남자\\s?친구|여자\\s?친구|애인|남편|아내|와이프|신랑|시어머니|시아버지|시댁|장모님?|장인어른|선배|후배|동료|상사|팀장|부장|과장|대리|사장|선생님?|교수님?|담임|걔|쟤|그\\s?사람|그분|그\\s?애|짝꿍|룸메|할머니|할아버지|아들|자식|손주|이웃|옆집|고객|손님)',
    '(?:형|딸|애|전\\s?남친|전\\s?여친)(?:이|가|은|는|을|를|도|한테|에게|이랑|랑|하고|이가)\\s',
    // A clerk or a driver in passing ("편의점 직원한테 봉투 주세요 한마디") is no one the user is close to:
    // "그 사람에게 내 마음을 표현해 본 적 있어요?" had asked of one (session 38 retr).
    '(?<![가-힣])(?!아무|누구|사람들|직원|점원|알바생|캐셔|기사님?한|배달|택배)[가-힣]+(?:한테|에게|께서|더러)(?:서|는|도|만)?\\s',
    '[가-힣](?:다고|라고|냐고|자고|래서)\\s?(?:했|하|그러|말|들|물|묻|해)',
    '하더라|그러더라|했대|한대|래요|대요',
  ].join('|'),
);

/**
 * Replies that presume a particular person or remark ("그 사람에게…", "그 말을 들었을 때…"), or
 * being treated badly by one ("무시당한 것 같아서…" was the reply to "월급날인데 통장이 텅 비었어").
 */
const PRESUMES_SOMEONE = /그\s?사람|그\s?관계|그\s?말[을이]|상대[는가]|믿었던|무시당|대우를|몰라준|남겨진/;

/**
 * Replies that speak of the other person as "그 사람": said of a parent ("부모님이 내 진로를
 * 반대하셔" → "그 사람과는 어떻게 지내고 있어요?", session 20) it sounds cold, so they come after the
 * others once an elder is in the story.
 */
export function callsStranger(reply: string): boolean {
  return /그\s?사람/.test(reply.normalize('NFC'));
}

/** Replies that presume the user is awake late right now ("이 늦은 시간까지 깨어 있느라…"). */
const PRESUMES_TONIGHT = /이\s?늦은\s?시간|잠이\s?오지\s?않는\s?밤|잠\s?못\s?드는\s?밤/;
/** A sleepless night told as past ("어제 잠을 못 자서 그런가 봐"), not as this one. */
// …or as past by its verb ("잠 설쳤어", "잠을 못 잤어").
const PAST_NIGHT = /어제|어젯밤|엊그제|지난\s?밤|간밤|그제|설쳤|못\s?잤|새웠|깼었|자는데도|잤는데도/;
const THIS_NIGHT = /지금|아직|오늘\s?밤|새벽|누웠|누워|잠이\s?안\s?(?:와|오네|온다|옴)/;

export function presumesTonight(reply: string): boolean {
  return PRESUMES_TONIGHT.test(reply.normalize('NFC'));
}

/** Sleeplessness told as lasting ("요즘 잠을 잘 못 자요"), which says nothing of the hour it is told at. */
const LASTING = /요즘|요새|며칠|몇\s?(?:주|달)|맨날|매일|밤마다|한동안/;

/** Whether a reply that presumes the user is awake late now would presume too much. */
export function notToldTonight(text: string): boolean {
  const t = text.normalize('NFC');
  return (PAST_NIGHT.test(t) || LASTING.test(t)) && !THIS_NIGHT.test(t);
}

/**
 * Replies that presume the event is tomorrow ("시험 전날 밤은…", "내일 시험은 어떤 과목이에요?"):
 * "시험 기간인데 공부가 손에 안 잡혀서 불안해" matched the exam-tomorrow intent at 0.96 and was told
 * "…자두는 것도 내일을 위한 준비예요" (session 28).
 */
const PRESUMES_TOMORROW = /(?:시험|발표|면접)\s?(?:전날|하루\s?전)|내일\s?(?:시험|발표|면접)|내일이\s?중요한|내일을\s?위한/;
/** The user said the event is close: tomorrow, tonight, hours away, the day before. */
const TOLD_TOMORROW = /내일|낼|전날|하루\s?(?:전|남)|[dD]\s?-\s?1|디데이|몇\s?시간\s?(?:뒤|후|남)|오늘\s?밤|밤새|밤샘|아침\s?[0-9]+\s?시|1교시|모레|벼락치기|새벽/;

export function presumesTomorrow(reply: string): boolean {
  return PRESUMES_TOMORROW.test(reply.normalize('NFC'));
}

/** Whether the user told that the event is close, so that a reply presuming tomorrow fits. */
export function toldTomorrow(text: string): boolean {
  return TOLD_TOMORROW.test(text.normalize('NFC'));
}

/** True when a reply presumes someone the user has not brought in: it waits for the 'someone' topic. */
export function presumesSomeone(reply: string): boolean {
  return PRESUMES_SOMEONE.test(reply.normalize('NFC'));
}

/**
 * Words, said or written, in what the user told: what "그 말" needs. A person alone is not enough:
 * "남자친구가 내 생일을 까먹어서 너무 속상해" was asked "그 말이 유독 아프게 다가온 이유가 있을까요?"
 * (session 28).
 */
const REMARK = /(?:한|하는|했던|들은|그|그런|저런|이런|무슨|심한|모진)\s?말|말(?:투|씨|버릇|끝)|말을\s?(?:했|하더|하는|듣|들었)|말에|막말|소리|한마디|얘기|이야기|(?:다|라|냐|자)고|하더라|그러더라|했대|한대|(?<![그저이])래요|(?<![그저이기])대요|욕|농담|문자|카톡|톡|댓글|메시지|잔소리|폭언|비난|놀리|놀렸|놀림|험담|뒷담|지적|비웃|물어/;
const PRESUMES_REMARK = /그\s?말[을이은]|그\s?한마디/;

/** True when a reply presumes a remark the user has not told: it waits for the 'remark' topic. */
export function presumesRemark(reply: string): boolean {
  return PRESUMES_REMARK.test(reply.normalize('NFC'));
}

export const TOPIC_RULES: readonly TopicRule[] = [
  {
    id: 'sleep',
    asks: /잠[은을이도]?\s|잘\s?자(?:고|요|나|는)|푹\s?자|잠자리|잠드/,
    tells: /잠[이을도은]\s?(?:안|못|잘|없|오|깨|들)|잠을?\s?설|못\s?자|못\s?잤|안\s?자(?:고|서|져)|불면|뒤척|밤을?\s?새|밤새|새벽에\s?깨|잠이\s?안|잠[은도]?\s?(?:[0-9]+|[가-힣]{1,2})\s?시간|자는데도|잤는데도|잘\s?자(?:는데|요|고\s?있)/,
  },
  {
    id: 'meals',
    asks: /밥은|밥\s?(?:잘|좀|챙)|끼니|챙겨\s?먹/,
    tells: /밥|끼니|입맛|식욕|못\s?먹|안\s?먹|굶/,
  },
  {
    id: 'body',
    asks: /몸[은이]\s?(?:어떤|어때|좀)|몸\s?상태|몸에서/,
    tells: /심장|두근|가슴이\s?(?:뛰|답답|쿵|조이)|손이\s?떨|숨이|숨을|두통|머리가\s?(?:아프|아파|지끈)|배가\s?아프|속이\s?(?:울렁|메스)|어지러/,
  },
  {
    id: 'confided',
    // "그 사람에게 내 마음을 표현해 본 적 있어요?" after "그 친구에게 이 마음을 말해 봤어요?" (session 41).
    asks: /누군가(?:에게|와|한테|랑)|털어놓은\s?적|나눠\s?본\s?적|(?:이야기|얘기|말|표현|전)해\s?(?:본\s?적|봤)/,
    tells: new RegExp(`${PEOPLE}들?(?:한테|에게|랑|와|과|께)?(?:도|는|만)?\\s?(?:말|얘기|이야기|털어|상담)`),
  },
  {
    id: 'support',
    asks: /(?:기댈|의지할|나눌|털어놓을|이야기할|얘기할|부탁할|도움을\s?청할)\s?수\s?있는[^?]*사람|곁에[^?]*사람/,
    tells: /(?:기댈|의지할|말할|얘기할|이야기할)\s?(?:사람|곳|데)(?:이|가|도)?\s?(?:없|하나)|아무도\s?없/,
  },
  { id: 'wanted_words', asks: /듣고\s?싶(?:었던|은)\s?말|어떤\s?말을\s?(?:들으면|듣고)/ },
  { id: 'want_to_say', asks: /하고\s?싶(?:었던|은)\s?말|못다\s?한\s?말|하지\s?못한\s?말/ },
  { id: 'score', asks: /\d+점|몇\s?점/ },
  {
    id: 'moment_feeling',
    asks: /(?:순간|그때|때)\s[^?]*(?:어떤\s(?:기분|마음|생각)이[^?]*들|기분이었|어땠)|(?:제일|가장)\s먼저\s(?:들었|떠오|생각)/,
  },
  { id: 'tell_more', asks: /(?:조금|좀)\s?더\s(?:자세히\s)?(?:들려|이야기해|얘기해|말해)/ },
  { id: 'since_when', asks: /언제부터/ },
  // "상사가 맨날 소리 질러" was asked "이런 일이 처음이었어요, 아니면 전에도 있었어요?" (session 31).
  {
    id: 'recurrence',
    asks: /처음이었|전에도|또\s?있었|쌓여\s?온|자주\s?있었|예전에도/,
    tells: /맨날|매일|매번|항상|허구한\s?날|툭하면|번번이|(?:^|\s)늘\s|자꾸|(?:^|\s)또(?:\s|다시|$)|한두\s?번이\s?아니|벌써\s?(?:몇|[0-9]+)\s?번/u,
  },
  { id: 'coping', asks: /보통은?\s어떻게|어떻게\s(?:마음을\s)?(?:달래|푸는|풀어|버텨|견뎌)|도움이\s?됐|어떻게\s?지나왔|해\s?본\s?게\s?있/ },
  { id: 'comfort_now', asks: /편하게\s?해\s?줄|위로해\s?줄|위로가\s?되는|가라앉을|숨\s?돌릴|편해질/ },
  { id: 'how_lately', asks: /어떻게\s?지내|어떻게\s?보내고\s?있|하루[는를]?\s?어떻게\s?보냈/ },
  { id: 'time_of_day', asks: /하루\s?중/ },
  { id: 'why_so', asks: /유독|이유가\s?(?:있을까|뭘까)/ },
  { id: 'wished_for', asks: /바랐던\s?(?:건|것|게)/ },
  { id: 'worry_most', asks: /(?:가장|제일)\s?(?:걱정되는|두려운|무서운)/ },
  { id: 'endured_alone', asks: /혼자\s?(?:견디|삭이|안고|버티)|참느라/ },
  // How the other person took what the user said or did, not asked of one who said they kept quiet
  // ("엄마한테는 말 못 했어" → «상대는 그 뒤에 어떤 반응을 보였어요?», session 41).
  {
    id: 'their_reaction',
    asks: /상대는?\s?그\s?뒤에|(?:상대|그\s?사람|그\s?친구)[^?]*어떤\s?반응/,
    tells: /(?:말|얘기|이야기|티)(?:은|는|도|를)?\s?(?:못\s?(?:하|해|했|냈)|안\s?(?:하|해|했|냈))|아무\s?말도\s?(?:못|안)|말하면|말할까|(?:꾹\s?)?참았|삼켰|모르는\s?척/,
  },
  { id: 'others_reaction', asks: /주변\s?사람|사람들은\s?(?:뭐라고|어떤\s?반응)|반응이었/ },
  { id: 'need', asks: /필요한\s?(?:게|건|것)/ },
  // What was said or done to the user, once told ("맨날 나한테만 뭐라 그래"), is not asked «어떤 말이나
  // 행동이 제일 마음에 걸렸어요?» (session 41).
  {
    id: 'what_said',
    asks: /어떤\s?말이나\s?행동|(?:무슨|어떤)\s?말을\s?(?:했|들었)|뭐라고\s?(?:했|하던|하셨)/,
    tells: /뭐라\s?(?:그래|그러|그랬|해|하|했|함)|(?:다|라|냐|자)고\s?(?:했|하|그러|말)|하더라|그러더라|욕(?:을|하|했|먹)|소리(?:를)?\s?(?:질|쳤|지르)|갈궈|갈궜|갈굼|까더라|깠|잔소리|막말|폭언|비난|무시(?:했|하|당)|놀렸|놀리/,
  },
  { id: 'weighs_most', asks: /(?:가장|제일)\s?(?:마음을\s?무겁게|마음에\s?걸리|크게\s?남은|크게\s?느껴지는|지치게)|마음에\s?걸리는/ },
  { id: 'mood_now', asks: /(?:마음|기분)[은이]\s?(?:좀\s)?어때|기분은\s?어떤|지금\s?기분/ },
  // Good news: how it is celebrated, and with whom it is shared first.
  { id: 'celebrate', asks: /축하(?:는|를|하고|할|해\s?줄|파티)/ },
  { id: 'share_news', asks: /(?:누구|누가)[^?]*(?:나누|알리|알렸|전하|자랑)/ },
  // Told only: lets replies that presume someone through (presumesSomeone).
  { id: 'someone', tells: SOMEONE },
  // Told only: lets replies that presume a remark through (presumesRemark).
  { id: 'remark', tells: REMARK },
  // Told only: a parent or grandparent is in the story, whom no one calls "그 사람" (callsStranger).
  { id: 'elder', tells: /부모님|엄마|아빠|어머니|아버지|어머님|아버님|할머니|할아버지|시어머니|시아버지|시부모|장모|장인/ },
];

/** The question sentences of a reply (a sentence ends at . ? ! or …; questions end with ?). */
export function questionSentences(reply: string): string[] {
  return reply
    .normalize('NFC')
    .split(/(?<=[.?!…])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.endsWith('?'));
}

/** Topics a bot reply asks about. */
export function askedTopics(reply: string): string[] {
  const questions = questionSentences(reply);
  if (questions.length === 0) return [];
  return TOPIC_RULES.filter((rule) => rule.asks && questions.some((q) => rule.asks!.test(q))).map((rule) => rule.id);
}

/** Topics a user turn already tells about. */
export function toldTopics(userText: string): string[] {
  const text = userText.normalize('NFC');
  return TOPIC_RULES.filter((rule) => rule.tells?.test(text)).map((rule) => rule.id);
}

/** True when the reply asks about nothing the conversation has covered. */
export function opensFreshTopics(reply: string, covered: ReadonlySet<string>): boolean {
  return askedTopics(reply).every((t) => !covered.has(t));
}
