/**
 * Following through after the first safety reply (session 36, found by testers talking to the CLI).
 * The safety rules read one message for words of dying; what came next was read as ordinary talk:
 *
 * - Pills hoarded ("아무도 없을 때 약 모아두고 있어") → the crisis reply → "아직 먹은 건 아니야" →
 *   "그냥 있으면 안심이 돼서" got "조금이라도 마음이 놓였다니 정말 다행이에요". A stockpile felt as a
 *   safety net is a plan within reach: understood, the worry said plainly, the pills handed to
 *   someone trusted or 109 tonight (`stockpileFollowUp`).
 * - An attempt told without words of dying ("나 오늘 옥상에 올라갔었어" / "근데 그냥 내려왔어") never
 *   reached safety: taken as the serious moment it is (`toldAbortedAttempt`).
 * - The urge back after self-harm stopped for months ("또 하고 싶어져요", which got "많이
 *   속상했겠어요"; "요즘 다시 생각나요"): the months praised, the strength of the urge asked, a delay
 *   step, 109 and 1388 (`urgeAgain`).
 * - The help line tried and not answered ("109 전화해봤는데 안 받았어요" got "요즘 잠은 잘 자고 밥은
 *   잘 챙겨 먹고 있어요?"): thanks for trying, again or 1577-0199, 119 in danger (`callUnanswered`).
 * - "109 얘기 하지 마" / "전화 안 할 거야": respected, the check-in kept without the number
 *   (`refusesHelpline`); songs asked for soon after a crisis open with a short check-in line.
 * - "아 됐어 잊어버려", "점심 뭐 먹지" right after a disclosure got "그 일에 대해서는 어떻게 생각해요?":
 *   respected, the door left open in one line (`dropsTheSubject`).
 * - The taken-back reply spoke of a high place nobody had mentioned (`mentionsHeight`).
 */

import { answerToCheckIn } from './safety-check';

const nfc = (t: string) => t.normalize('NFC');

/** Medicine gathered or kept for later, one's own. */
const STOCKPILE = /(?:약|수면제|진통제|알약|안정제|타이레놀)(?:을|를|들을|들)?\s?(?:몰래\s?|조금씩\s?|하나씩\s?|계속\s?)?(?:모아\s?(?:두|뒀|놨|놓|둔|놓은|왔)|모으(?:고|는)|모았|쌓아\s?(?:두|뒀|놨)|사\s?모으|사\s?모았)/u;
/** Someone else's, or a question. */
const NOT_STOCKPILE = /(?:엄마|아빠|할머니|할아버지|친구|동생|언니|오빠|누나|형)(?:가|이|는|께서)\s?[^.?!]{0,12}모아|모아도\s?(?:돼|되)|모으면\s?(?:안|돼)/u;

/** Whether a text tells one's own stockpile of medicine. */
export function toldStockpile(text: string): boolean {
  const t = nfc(text);
  return STOCKPILE.test(t) && !NOT_STOCKPILE.test(t);
}

type StockpileTurn = 'not_taken' | 'safety_net' | 'keep' | 'side';
/** What a turn after a told stockpile says: not taken yet, a comfort to have, not to be thrown away, whose side. */
const STOCK_TURNS: ReadonlyArray<readonly [StockpileTurn, RegExp]> = [
  ['keep', /버리(?:라고|란|라는)|버리기\s?싫|못\s?버리|안\s?버릴|뺏지|가져가지|갖고만\s?있|가지고만\s?있|두기만\s?할/u],
  ['safety_net', /안심|마음이\s?(?:놓|편)|든든|보험|비상용|있으면\s?(?:좀|그냥)?\s?(?:괜찮|편|나아)/u],
  ['not_taken', /(?:아직|안)\s?(?:먹은\s?(?:건|거|게)\s?아니|안\s?먹|먹지\s?(?:않|는\s?않)|먹진\s?않)|먹은\s?(?:건|거)\s?아니|안\s?먹었/u],
  ['side', /(?:내|제)\s?편|편\s?(?:아니|맞|들어)/u],
];

/** Which follow-up a turn after a stockpile is (the stockpile told in the last few texts), or null. */
export function stockpileFollowUp(text: string, earlier: readonly string[]): StockpileTurn | null {
  if (!earlier.slice(-4).some(toldStockpile)) return null;
  const t = nfc(text);
  for (const [kind, re] of STOCK_TURNS) if (re.test(t)) return kind;
  return null;
}

export const STOCKPILE_PREFIX = 'safety:stockpile';
export const STOCKPILE_REPLIES: Record<StockpileTurn, string> = {
  not_taken:
    '아직 먹지 않았다니 정말 다행이에요, 말해 줘서 고마워요. 그래도 약을 모아 두고 있다는 게 저는 많이 걱정돼요. 그 약을 모으게 된 마음을 조금 더 들려줄래요?',
  safety_net:
    '있으면 안심이 된다는 말, 어떤 마음인지 알 것 같아요. 너무 힘들 때 붙잡을 마지막 비상구처럼 느껴지는 거죠. 그래도 솔직히 말하면 저는 많이 걱정돼요. 그 약을 믿을 수 있는 사람에게 맡기거나, 오늘 밤 109에 전화해서 이 마음을 같이 나눠 줄래요?',
  keep:
    '억지로 버리라고 하지 않을게요. 다만 그 약이 손 닿는 곳에 있는 동안은 제가 계속 걱정될 것 같아요. 믿을 수 있는 사람에게 잠시 맡겨 두는 것만이라도 생각해 줄래요? 견디기 힘든 밤이 오면 약보다 먼저 109에 전화해 주세요.',
  side:
    '그럼요, 편이라서 더 솔직하게 말하는 거예요. 그 약이 곁에 있는 게 많이 걱정돼요. 오늘 밤이 유난히 힘들면 혼자 버티지 말고 109에 전화해 주세요, 24시간 받아요.',
};

/** A high place gone up to, told without its everyday reason. */
const WENT_UP = /(?:옥상|다리\s?위|한강\s?다리|난간|높은\s?(?:곳|데)|꼭대기)(?:에|에서|까지|으로|로)?\s?(?:혼자\s?|또\s?|몰래\s?|그냥\s?)?(?:올라갔|올라가\s?봤|올라가\s?있|갔었|갔다|가\s?봤|가\s?있|서\s?있었|서\s?있다)/u;
/** Came back down, or did not do it. */
const CAME_DOWN = /(?:그냥|다시|결국|도로|못\s?하고|무서워서)\s?(?:내려왔|내려옴|돌아왔|내려와\s?버렸)|뛰어내리지\s?(?:못|않|는\s?못)|못\s?뛰어내|발길을\s?돌렸|(?:그냥|결국)\s?집에\s?(?:왔|돌아왔)/u;
/** Everyday reasons to be on a roof or a bridge. */
const EVERYDAY_HEIGHT = /빨래|이불|담배|바람\s?(?:쐬|좀)|구경|불꽃|사진|야경|산책|고기|파티|캠핑|일출|일몰|노을|달\s?보|별\s?보|텃밭|화분|공사|수리|청소|택배|에어컨|실외기|출근|운동|러닝|자전거|드라이브/u;

/** Whether the turn, with the one before, tells of going up a high place and coming back down. */
export function toldAbortedAttempt(text: string, earlier: readonly string[]): boolean {
  const t = nfc(text);
  if (!CAME_DOWN.test(t)) return false;
  const context = [...earlier.slice(-2).map(nfc), t];
  if (context.some((x) => EVERYDAY_HEIGHT.test(x))) return false;
  return context.some((x) => WENT_UP.test(x));
}
export const ABORTED_PREFIX = 'safety:aborted';
export const ABORTED_REPLY =
  '옥상에 올라갔다가 내려왔다는 말, 가볍게 듣지 않을게요. 그렇게 힘든 순간에 다시 내려와 줘서 정말 다행이에요. 지금은 안전한 곳에 있어요? 그 마음이 다시 커지면 혼자 있지 말고 자살예방상담전화 109에 전화해 주세요, 24시간 받아요.';
/** The same, for a bridge or another high place. */
export const ABORTED_REPLY_OTHER =
  '높은 곳에 갔다가 돌아왔다는 말, 가볍게 듣지 않을게요. 그렇게 힘든 순간에 돌아와 줘서 정말 다행이에요. 지금은 안전한 곳에 있어요? 그 마음이 다시 커지면 혼자 있지 말고 자살예방상담전화 109에 전화해 주세요, 24시간 받아요.';
export function abortedReply(texts: readonly string[]): string {
  return texts.some((x) => /옥상/u.test(nfc(x))) ? ABORTED_REPLY : ABORTED_REPLY_OTHER;
}

/** The urge or the thought come back: "또 하고 싶어져요", "요즘 다시 생각나요". */
const URGE_AGAIN =
  /(?:또|다시)\s?(?:하고\s?싶(?:어|어져|다|은|네|더)|그러고\s?싶|긋고\s?싶|그었|하게\s?될\s?것\s?같|생각(?:이)?\s?(?:나(?:요|요\.|$|서|는|네|더|고)|나요|들어|들어요|들기|자꾸)|충동|손이\s?가)|충동이\s?(?:다시|또)/u;
/** Not the urge: a wish not to, or a question. */
const NOT_URGE = /싶지\s?(?:않|는\s?않)|안\s?하고\s?싶|다시는|[?？]\s*$|(?:할까|하나요|되나요)\s*$/u;
export function urgeAgain(text: string): boolean {
  const t = nfc(text);
  return URGE_AGAIN.test(t) && !NOT_URGE.test(t);
}
/** How long the user told they had stopped ("3개월 됐어요"), to be named back; null when not told. */
const STOPPED_FOR = /([0-9]+|한|두|세|네|다섯|여섯)\s?(개월|달|주|년|일)\s?(?:째|됐|되었|동안|넘게|넘었)/u;
export function toldStoppedFor(texts: readonly string[]): string | null {
  for (const x of [...texts].reverse()) {
    const m = STOPPED_FOR.exec(nfc(x));
    if (m) return `${m[1]}${/[0-9]/u.test(m[1]!) ? '' : ' '}${m[2]}`;
  }
  return null;
}
export const URGE_PREFIX = 'safety:urge';
export function urgeReply(texts: readonly string[]): string {
  const held = toldStoppedFor(texts);
  const praise = held ? `${held} 동안 버텨 온 거, 정말 대단한 일이에요.` : '그동안 참고 버텨 온 거, 정말 대단한 일이에요.';
  return `${praise} 그 마음이 다시 올라왔다고 해서 실패한 게 아니에요. 지금 그 충동은 얼마나 세요? 딱 15분만 미뤄 보면서 얼음을 손에 꼭 쥐어 보거나 사람들이 있는 곳으로 가 봐요. 혼자 버티기 어려우면 지금 109나 청소년상담전화 1388에 연락해 줘요.`;
}

/** The line called and not answered. */
const UNANSWERED =
  /(?:109|1577|1393|1388|상담\s?전화|전화(?:를|도)?)\s?[^.?!]{0,14}(?:안\s?받|받지\s?않|안\s?돼|안\s?되|연결(?:이|도)?\s?안|통화\s?중|통화중|대기|먹통|끊겼|끊어)|계속\s?통화\s?중|통화중이/u;
const HELP_LINE = /109|1577|1393|1388|상담\s?전화|상담\s?센터|자살\s?예방/u;
export function callUnanswered(text: string): boolean {
  return UNANSWERED.test(nfc(text));
}
export const UNANSWERED_PREFIX = 'safety:unanswered';
export const UNANSWERED_REPLIES: readonly string[] = [
  '전화해 봤다니 정말 잘했어요, 쉽지 않은 일이었을 텐데요. 연결이 안 되면 조금 있다 다시 걸어 보거나 정신건강위기상담전화 1577-0199로 걸어 주세요. 지금 당장 위험하다면 119예요. 그동안 저는 여기 있을게요.',
  '계속 연결이 안 되면 정말 답답하고 서럽죠. 그래도 포기하지 않고 걸어 준 거, 고마워요. 1577-0199도 24시간 받으니 한 번 더 걸어 봐 주세요. 위험하다고 느껴지면 119에 바로 전화해 주세요. 저는 여기 있을게요, 지금 마음을 여기 적어 줘도 돼요.',
];

/** "109 얘기 하지 마", "번호 그만", "전화 안 할 거야": the number is not pressed again. */
const REFUSES_LINE =
  /(?:109|1577|번호|상담\s?전화|전화하라는)\s?(?:얘기|이야기|말|소리)?(?:는|도|좀)?\s?(?:하지\s?마|하지\s?말|그만|됐|지겨|듣기\s?싫)|전화\s?(?:는\s?)?(?:안\s?할\s?거|안\s?할래|안\s?해|절대\s?안|할\s?생각\s?없|하기\s?싫)/u;
export function refusesHelpline(text: string): boolean {
  return REFUSES_LINE.test(nfc(text));
}
export const NO_NUMBER_PREFIX = 'safety:no-number';
export const NO_NUMBER_REPLIES: readonly string[] = [
  '알겠어요, 번호 얘기는 이제 그만할게요. 이미 다 아는데 자꾸 들으면 더 답답했겠어요. 대신 여기서 듣고 싶어요. 지금 제일 힘든 게 뭐예요?',
  '전화는 안 해도 괜찮아요, 억지로 권하지 않을게요. 그래도 그렇게 힘든 마음은 그냥 넘기고 싶지 않아요. 여기서 이야기해도 돼요, 무엇이 그렇게 버거워요?',
];

/** Songs asked for within a few turns of a crisis: opened, with a check-in line. */
export const CRISIS_SONG_PREFIX = 'safety:songs';
export const CRISIS_SONG_OPEN = '노래 틀어 둘게요. 그래도 아까 한 말이 계속 마음에 남아요. 오늘 밤 많이 힘들어지면 109가 있다는 것만 기억해 줘요.';
export const CRISIS_SONG_OPEN_NO_NUMBER = '노래 틀어 둘게요. 그래도 아까 한 말이 계속 마음에 남아요. 듣다가 마음이 더 무거워지면 언제든 여기 말해 줘요, 저는 여기 있을게요.';

/** Never mind, or another subject, right after a disclosure. */
const DROPS = /(?:^|아\s?|아니다\s?|아냐\s?|그냥\s?|에이\s?)(?:됐어|됐다|됐고)(?:요)?\s?(?:잊어|신경|그냥|[.…~]*$)|잊어\s?(?:버려|줘|주세요|버리세요|버려요)|없던\s?(?:걸로|일로)|신경\s?(?:쓰지\s?마|끄|꺼)|아무것도\s?아니|딴\s?(?:얘기|이야기)|다른\s?(?:얘기|이야기)\s?(?:하자|해요|할래)|그\s?(?:얘기|이야기)\s?(?:그만|하지\s?말자)/u;
const MEAL = /(?:아침|점심|저녁|밥|야식)\s?(?:은|으로|메뉴)?\s?(?:뭐\s?먹|뭘\s?먹|머\s?먹)/u;
const REGRETS_TELLING = /괜히\s?(?:이런|그런|이)?\s?(?:얘기|이야기|말)/u;
export type DropKind = 'regret' | 'meal' | 'drop';
export function dropsTheSubject(text: string): DropKind | null {
  const t = nfc(text);
  if (REGRETS_TELLING.test(t)) return 'regret';
  if (MEAL.test(t)) return 'meal';
  return DROPS.test(t) ? 'drop' : null;
}
export const DROP_PREFIX = 'safety:drop';
export const DROP_REPLIES: Record<DropKind, readonly string[]> = {
  drop: [
    '알겠어요, 억지로 더 묻지 않을게요. 다만 아까 한 말은 가볍게 넘기지 않을게요. 나중에라도 다시 꺼내고 싶어지면 언제든 여기 있어요.',
    '그래요, 그 얘기는 여기까지 할게요. 그래도 그런 마음이 다시 들면 혼자 두지 말고 꼭 말해 줘요. 지금은 무슨 얘기 하고 싶어요?',
  ],
  meal: ['좋아요, 다른 얘기 해요. 오늘은 뭐가 당겨요, 따뜻한 거요 시원한 거요? 아까 이야기는 언제든 다시 꺼내도 괜찮아요.'],
  regret: ['괜한 얘기 아니에요, 말해 줘서 고마워요. 더 캐묻지는 않을게요. 다만 마음이 무거운 날엔 언제든 다시 꺼내도 괜찮아요, 여기 있을게요.'],
};

/** A high place or a jump in the story: only then does the taken-back reply ask for a step back. */
const HEIGHT = /옥상|난간|다리\s?위|한강|높은\s?(?:곳|데)|뛰어내|떨어지|베란다|창문|창밖|꼭대기|[0-9]+\s?층/u;
export function mentionsHeight(texts: readonly string[]): boolean {
  return texts.some((t) => HEIGHT.test(nfc(t)));
}

/** Relief told right after a crisis ("너한테 말하니까 좀 낫네"): glad, and the door kept open, not "오늘 남은 시간은…". */
const RELIEF_AFTER = /나아졌|낫네|낫다|나아진|좀\s?나아|풀렸|편해졌|가벼워졌|안심|마음이\s?놓|다행/u;
export const RELIEF_AFTER_PREFIX = 'safety:relief';
export const RELIEF_AFTER_REPLY =
  '조금이라도 나아졌다니 다행이에요. 꺼내 준 것만으로도 정말 큰일을 한 거예요. 그래도 그 마음이 다시 무거워지면 혼자 두지 말고 여기서든 109에서든 꼭 다시 말해 줘요.';

/** A question, not relief told ("무슨 노래 들으면 좀 나아질까요"). */
const ASKS = /[?？]\s*$|(?:까요|까|나요|니|냐|죠|지)\s*[.…~]*$/u;
/** "무슨 노래 들으면 좀 나아질까요": songs asked for as a question, which asksForSongs leaves aside. */
const SONG_QUESTION = /(?:노래|음악|곡)(?:을|를)?\s?(?:들으면|들을까|뭐\s?들|뭘\s?들|들어야)/u;
export function asksSongsQuestion(text: string): boolean {
  const t = nfc(text);
  return SONG_QUESTION.test(t) && ASKS.test(t);
}

/**
 * Session 40 (safety): the crisis reply, then the user says they mean it. "I want to kill myself" →
 * "진심이야" got "그 마음, 충분히 이해돼요. 요즘 조금이라도 위로가 되는 게 있어요?"; "ㅈㅅ하고싶다" → "ㄹㅇ로"
 * got "그랬군요. 그 얘기를 하는 지금, 마음은 어때요?"; "그냥 그렇다고" after a crisis turn dropped out;
 * after "내일이 안 왔으면 좋겠다" (flagged) the stronger "자고 일어나면 없어졌으면" got a generic line. A
 * counsellor hears a confirmation, or the wish said again, as the moment to ask about safety now:
 * the meaning acknowledged, one direct question (a plan now, or a safe place), 109 and 119, and
 * staying. The answer to that question is read next: a plan, or not safe → the urgent reply (119 or
 * 109 now, dangerous things out of reach, someone with them); no plan, or safe → relief that keeps
 * the door open. Only the explicit words count ("진심이야", "ㄹㅇ로", "진짜야", "농담 아니야",
 * "그렇다고"): a bare "응" after the crisis reply is read by the engine's after-crisis answer, and
 * after the English reply ("Are you somewhere safe right now?") it answers that question.
 */
const CONFIRM_WORD =
  '(?:진심(?:이야|이에요|이예요|이라고요?|이라니까요?|이다|이거든|으로|임|인데|이지)?|ㄹㅇ(?:로|루|임|이야|이라고)?|레알(?:로)?|리얼(?:로)?|진짜(?:야|예요|에요|로|루|임|라고요?|라니까요?|이야|거든요?|라구)|정말(?:이야|이에요|로|이라고요?|이라니까요?|이다|이에요)|그렇(?:다고요?|다니까요?|다구요?)|맞(?:다고요?|다니까요?)|(?:농담|장난|뻥)\\s?(?:아니야|아냐|아니에요|아님|아니라고요?|아니라니까요?|아니고|아니거든요?|아닌데요?|아니))';
const CONFIRM = new RegExp(`^(?:(?:그냥|아니|아냐|나|난|저|전|진짜|정말|완전|걍|응|ㅇㅇ|어|네|웅)\\s?)*${CONFIRM_WORD}(?:\\s?(?:${CONFIRM_WORD}|진짜|정말|로|요|이야))*$`, 'u');
/** "진심이야", "ㄹㅇ로", "농담 아니야", "그냥 그렇다고": the words just said are meant. Not a question ("진짜?"). */
export function confirmsMeant(text: string): boolean {
  const t = nfc(text).trim();
  if (/[?？]\s*$/u.test(t) || t.length > 24) return false;
  const bare = t.replace(/[^\p{Script=Hangul}\s]/gu, ' ').replace(/[ㅠㅜㅋㅎ]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  return CONFIRM.test(bare);
}

/** English: "I mean it", "I'm serious", "not joking", "for real"; after an English check, "yes". */
const EN_CONFIRM = /^(?:(?:yes|yeah|yep|yea)[\s,.!]*)?(?:i\s?(?:really\s)?mean\s?it|i'?m\s(?:dead\s|so\s)?serious|(?:i'?m\s)?not\s(?:joking|kidding)|for\sreal|seriously|i\sdo)?[\s.!]*$/u;
export function confirmsMeantEnglish(text: string, afterCheck: boolean): boolean {
  const t = nfc(text).toLowerCase().replace(/[’‘]/gu, "'").trim();
  if (!t || /[?]\s*$/u.test(t) || !EN_CONFIRM.test(t)) return false;
  // A bare yes answers only the direct question of the English check-in.
  return afterCheck || !/^(?:yes|yeah|yep|yea)[\s,.!]*$/u.test(t);
}

/**
 * The wish to be gone said again right after a crisis turn ("자고 일어나면 없어졌으면", "그냥 안 깨어났으면"),
 * one's own: not a boss or an exam wished away ("팀장이 없어졌으면 좋겠다").
 */
const WISH_AGAIN =
  /(?:없어졌으면|사라졌으면|안\s?깨어났으면|깨어나지\s?않았으면|안\s?깼으면|눈\s?(?:을\s?)?(?:안|못)\s?떴으면|안\s?일어났으면|태어나지\s?않았으면|안\s?태어났으면)(?:\s?(?:좋겠|해|했|싶|하는|한다|하고))?/u;
const WISHED_AWAY_OTHER =
  /(?:팀장|부장|과장|상사|사장|걔|쟤|그\s?사람|그\s?새끼|그놈|그\s?인간|엄마|아빠|남편|아내|친구|선배|후배|동생|언니|오빠|형|누나|회사|학교|시험|숙제|과제|월요일|이\s?일|일이|고통|감정|기분|걱정|불안|고민|우울|아픔|생각|문제|빚|세상)(?:이|가|은|는|도|만|들|들이)?\s?(?:그냥\s?|다\s?|좀\s?|싹\s?|전부\s?)?(?:없어졌|사라졌)/u;
export function wishesAgain(text: string): boolean {
  const t = nfc(text);
  return WISH_AGAIN.test(t) && !WISHED_AWAY_OTHER.test(t);
}

export type ConfirmTurn = 'meant' | 'again' | 'unsure' | 'urgent' | 'safe' | 'no_plan' | 'english' | 'english_urgent' | 'english_no';
export const CONFIRM_PREFIX = 'safety:confirm';
/** The question each reply asks, kept in its id (`safety:confirm:plan#…`): the answer is read against it. */
export type ConfirmQuestion = 'plan' | 'place';
export const CONFIRM_REPLIES: Record<'meant' | 'again', readonly (readonly [ConfirmQuestion, string])[]> = {
  meant: [
    ['plan', '그 말이 진심이라는 거, 가볍게 듣지 않을게요. 그만큼 버티기 힘든 거죠. 조심스럽지만 꼭 물어볼게요. 지금 당장 스스로를 해칠 생각이나 계획이 있어요? 위험하다고 느껴지면 바로 119에, 이 마음을 누군가와 나누고 싶으면 자살예방상담전화 109에 전화해 주세요. 저는 여기 있을게요.'],
    ['place', '알겠어요, 그 마음이 진짜라는 거 여기서 분명히 들었어요. 말해 줘서 고마워요. 자살예방상담전화 109는 24시간 받고, 지금 위험하다고 느껴지면 119예요. 곁에 있어 줄 사람이 있다면 지금 연락해 주세요. 지금 있는 곳은 안전해요?'],
  ],
  again: [
    ['plan', '그런 마음까지 들 만큼 많이 힘들다는 거, 가볍게 듣지 않을게요. 중요한 거라 솔직하게 물어볼게요. 지금 당장 스스로를 해칠 생각이나 계획이 있어요? 위험하다고 느껴지면 바로 119에, 이 마음을 나누고 싶으면 자살예방상담전화 109에 전화해 주세요. 저는 여기 있을게요.'],
    ['place', '그 마음이 아직 크게 남아 있군요. 말해 줘서 고마워요. 자살예방상담전화 109는 24시간 받고, 지금 위험하다고 느껴지면 119예요. 곁에 있어 줄 사람이 있다면 지금 연락해 주세요. 지금 있는 곳은 안전해요?'],
  ],
};
/** "모르겠어" to the question about a plan: not let go, the other question asked. */
export const CONFIRM_UNSURE_REPLY =
  '잘 모르겠는 것도 괜찮아요, 그런 마음은 오락가락하기도 해요. 그래도 오늘은 혼자 버티지 않았으면 해요. 자살예방상담전화 109는 24시간 받고, 위험하다고 느껴지면 바로 119예요. 지금 있는 곳은 안전해요?';
export const CONFIRM_URGENT_REPLY =
  '말해 줘서 정말 고마워요. 지금은 혼자 있지 않는 게 제일 중요해요. 바로 119에 전화하거나 자살예방상담전화 109에 지금 전화해 주세요. 손 닿는 곳에 위험한 물건이 있다면 다른 곳으로 치워 두고, 가까운 사람에게 와 달라고 연락해요. 전화하는 동안에도 저는 여기 있을게요.';
export const CONFIRM_SAFE_REPLY =
  '안전한 곳에 있다니 다행이에요. 그래도 그 마음이 커지는 순간엔 혼자 있지 말고 109에 전화해 주세요, 24시간 받아요. 저는 계속 여기 있을게요. 지금 제일 버거운 게 뭐예요?';
export const CONFIRM_NO_PLAN_REPLY =
  '지금 당장 해칠 생각은 없다니 조금은 마음이 놓여요. 그래도 그만큼 힘든 마음은 그대로 들을게요. 그 마음이 커지는 순간엔 혼자 있지 말고 109에 전화해 주세요. 지금 제일 버거운 게 뭐예요?';
export const CONFIRM_ENGLISH_REPLY =
  "Thank you for telling me honestly. I'm taking it seriously, and I'm staying right here with you. Are you thinking of hurting yourself right now? If you are in danger, please call 119 now. 109 is open 24 hours, and you can ask for English.";

export const CONFIRM_ENGLISH_URGENT_REPLY =
  "Thank you for telling me. Please call 119 right now, or 109 if you can talk it through; you can ask for English. Move anything you could hurt yourself with out of reach, and ask someone nearby to stay with you. I'm right here while you call.";
/** "No" to the English check's question: believed, the line kept, in English. */
export const CONFIRM_ENGLISH_NO_REPLY =
  "Okay, thank you for answering. It still sounds like a lot to carry, and I'm glad you told me. If those thoughts ever come, 109 is open 24 hours and you can ask for English. I understand Korean best, but I'm listening: what has been weighing on you most?";
const EN_NO = /^(?:no|nope|nah|not really|i'?m not|no,? (?:i'?m not|not (?:really|like that)))\b/u;
/** Starts with the English reply's prefix, so the next English turn is read against it. */
const ENGLISH_CONFIRM_ID = 'safety:english-check-confirm';

/** A yes or a no to the question the last confirm reply asked, or to "진심이야" said again. */
const YES_NOW = /^(?:네+|넵|예|응+|웅+|어+|ㅇㅇ+|ㅇ|맞아요?|있어요?|있어|있음|있다|그래요?|yes|yeah|yep)(?:\s|$|[.!~])|계획(?:이|은|도)?\s?있|생각(?:이|은|도)?\s?있|하려고|할\s?거|위험해|안전하지\s?않|안\s?안전/u;
const NO_NOW = /^(?:아니+|아니요|아니에요|아뇨|아녜요|아냐|ㄴㄴ+|노노|놉|없어요?|없음|없다|no|nope)(?:\s|$|[.!~])|(?:계획|생각)(?:은|이|까지는?|까진)?\s?(?:없|안)|그\s?정도(?:는|까지는?)?\s?아니/u;
const SAFE_PLACE = /집(?:이야|이에요|에\s?있|임)|방(?:이야|이에요|에\s?있)|안전해|괜찮은\s?곳|괜찮아/u;
export function answerToConfirm(text: string, question: ConfirmQuestion): 'danger' | 'safe' | null {
  const t = nfc(text).toLowerCase().trim();
  const yes = YES_NOW.test(t);
  const no = NO_NOW.test(t);
  if (question === 'plan') return yes && !no ? 'danger' : no && !yes ? 'safe' : null;
  if (/안전하지\s?않|안\s?안전|위험해/u.test(t)) return 'danger';
  return (yes || SAFE_PLACE.test(t)) && !no ? 'safe' : no && !yes ? 'danger' : null;
}

/**
 * The reply id and text for a confirm turn. The first confirmation asks about a plan now, a second
 * about a safe place (each question kept in the id, so the answer is read against it); the urgent
 * reply may repeat, the help must always be given.
 */
export function confirmReply(turn: ConfirmTurn, used: ReadonlySet<string>): readonly [string, string] {
  if (turn === 'unsure') return [`${CONFIRM_PREFIX}:place#unsure`, CONFIRM_UNSURE_REPLY];
  if (turn === 'urgent') return [`${CONFIRM_PREFIX}:urgent`, CONFIRM_URGENT_REPLY];
  if (turn === 'safe') return [`${CONFIRM_PREFIX}:safe`, CONFIRM_SAFE_REPLY];
  if (turn === 'no_plan') return [`${CONFIRM_PREFIX}:no-plan`, CONFIRM_NO_PLAN_REPLY];
  if (turn === 'english') return [ENGLISH_CONFIRM_ID, CONFIRM_ENGLISH_REPLY];
  if (turn === 'english_no') return [`${CONFIRM_PREFIX}:english-no`, CONFIRM_ENGLISH_NO_REPLY];
  if (turn === 'english_urgent') return [ENGLISH_CONFIRM_ID, CONFIRM_ENGLISH_URGENT_REPLY];
  const pool = CONFIRM_REPLIES[turn];
  const asked = [...used].filter((id) => id.startsWith(`${CONFIRM_PREFIX}:plan#`) || id.startsWith(`${CONFIRM_PREFIX}:place#`)).length;
  const [question, text] = pool[Math.min(asked, pool.length - 1)]!;
  return [`${CONFIRM_PREFIX}:${question}#${turn}-${asked}`, text];
}

/** Which confirm turn a text is: read against the last reply id and whether the last turn was a crisis turn. */
export function confirmTurn(text: string, ctx: { lastCrisis: boolean; lastReply: string; flagged: boolean }): ConfirmTurn | null {
  if (!ctx.lastCrisis) return null;
  const t = nfc(text);
  const english = ctx.lastReply.startsWith('safety:english');
  if (ctx.lastReply === 'safety:english-check' && EN_NO.test(t.toLowerCase().trim())) return 'english_no';
  if (english && confirmsMeantEnglish(t, ctx.lastReply.startsWith('safety:english-check'))) return ctx.lastReply === ENGLISH_CONFIRM_ID ? 'english_urgent' : 'english';
  const asked = /^safety:confirm:(plan|place)#/u.exec(ctx.lastReply)?.[1] as ConfirmQuestion | undefined;
  if (asked && !ctx.flagged) {
    const answer = answerToConfirm(t, asked);
    if (answer === 'danger') return 'urgent';
    if (answer === 'safe') return asked === 'plan' ? 'no_plan' : 'safe';
    if (asked === 'plan' && /모르겠|모름|몰라|글쎄|잘\s?모르/u.test(t)) return 'unsure';
  }
  // A check-in's question ("혹시 죽고 싶다는 생각까지 들어요?") answered yes or no is the check-in's to read
  // (safety-check.ts: yes gets the full crisis reply); "진심이야" alone after it comes here.
  if (/^safety:check(?:-lonely|-signs|-care)?#/u.test(ctx.lastReply) && answerToCheckIn(t) !== null) return null;
  if (ctx.lastReply === CONFIRM_PREFIX + ':urgent' && (confirmsMeant(t) || answerToConfirm(t, 'plan') === 'danger')) return 'urgent';
  if (confirmsMeant(t)) return 'meant';
  if (!ctx.flagged && wishesAgain(t)) return 'again';
  return null;
}

export type CrisisFollow =
  | { kind: 'confirm'; turn: ConfirmTurn }
  | { kind: 'aborted' }
  | { kind: 'stockpile'; turn: StockpileTurn }
  | { kind: 'unanswered' }
  | { kind: 'no_number' }
  | { kind: 'urge' }
  | { kind: 'drop'; drop: DropKind }
  | { kind: 'relief' }
  | { kind: 'stopped' };

/**
 * "요즘은 안 해요 3개월 됐어요" right after the crisis reply to self-harm scars had got "그 긴 시간 동안 그
 * 생각을 안고 버텨 왔군요": the months are months without it, and are praised.
 */
const STOPPED = /(?:요즘은|지금은|이제는?|요새는)\s?(?:안\s?해|안\s?하|하지\s?않|끊었|멈췄)/u;
export function toldStopped(text: string): boolean {
  const t = nfc(text);
  return STOPPED.test(t) && STOPPED_FOR.test(t) && !URGE_AGAIN.test(t);
}
export const STOPPED_PREFIX = 'safety:stopped';
export function stoppedReply(text: string): string {
  const held = toldStoppedFor([text]);
  return `${held ? `${held} 동안` : '그동안'} 멈춰 왔다니, 정말 쉽지 않은 일을 해 왔어요. 요즘은 그 마음이 올라올 때 어떻게 지나가요? 혹시 다시 하고 싶은 마음이 커지면 혼자 참지 말고 109나 청소년상담전화 1388에 연락해 줘요.`;
}

/**
 * Which follow-through a turn needs, in order of weight. `riskLately`: a suicide-risk safety turn
 * in the last six turns; `justAfter`: in the last three; `flagged`: this turn's own safety verdict
 * (a new disclosure gets the crisis reply instead, except an attempt told or the urge back).
 */
export function crisisFollow(text: string, earlier: readonly string[], ctx: { riskLately: boolean; justAfter: boolean; flagged: boolean; lastCrisis?: boolean; lastReply?: string }): CrisisFollow | null {
  const t = nfc(text);
  if (toldAbortedAttempt(t, earlier)) return { kind: 'aborted' };
  const confirm = confirmTurn(t, { lastCrisis: ctx.lastCrisis ?? false, lastReply: ctx.lastReply ?? '', flagged: ctx.flagged });
  if (confirm) return { kind: 'confirm', turn: confirm };
  if (ctx.riskLately && urgeAgain(t)) return { kind: 'urge' };
  if (ctx.flagged) return null;
  const stock = stockpileFollowUp(t, earlier);
  if (stock) return { kind: 'stockpile', turn: stock };
  // The line named in this turn or the one before ("계속 통화중이에요" after "109 전화해봤는데…"): a son who
  // does not pick up is not the help line.
  if (callUnanswered(t) && (HELP_LINE.test(t) || (ctx.riskLately && HELP_LINE.test(nfc(earlier.at(-1) ?? ''))))) return { kind: 'unanswered' };
  if (ctx.riskLately && refusesHelpline(t)) return { kind: 'no_number' };
  if (ctx.justAfter && toldStopped(t)) return { kind: 'stopped' };
  const drop = ctx.justAfter ? dropsTheSubject(t) : null;
  if (drop) return { kind: 'drop', drop };
  if (ctx.justAfter && RELIEF_AFTER.test(t) && !ASKS.test(t) && !SONG_QUESTION.test(t)) return { kind: 'relief' };
  return null;
}
