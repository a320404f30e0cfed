/**
 * Session 40 (corechat): situations that a corpus intent or a generic follow-up read against what
 * the user was living through (tester's core journeys, /tmp/s40/hunt/core):
 * - a glad day: "별거 아닌데 하루가 꽉 찬 느낌" got «마음이 꽉 막힌 느낌이 계속되면…», and "이런 날이 자주
 *   있었으면 좋겠다" the self-criticism reply «자신에게 유독 가혹한 말을…» (c15, c32);
 * - a drunk mistake at a 회식 (c18): «원하지 않는 자리에서 웃으며 분위기 맞추는 건…», "부장님한테 반말하고
 *   막 웃었대요" «분한 마음이…», "기억도 잘 안나요" «바로 답이 떠오르지 않을 때도 있죠»;
 * - a confession turned down (c26): "앞으로 어떻게 봐야 할지 모르겠어요" got confession coaching;
 * - an ex not contacted (c31): "술 마시면 연락할까봐 술도 안마심" got a partner out and not texting;
 * - a holiday wish in a glad talk (c30): "방학때 여행도 가고싶다" got «훌쩍 떠나고 싶은 마음이 들 만큼…»;
 * - a resolve after mixed feelings (c21): "이제 나한테 집중하려고" got «마음이 정말 무겁게…»;
 * - a silent weekend (c05): "주말엔 하루 종일 말 한마디 안 할 때도 있어요" got «비어 있는 주말은 내 마음대로…».
 * Each detector is pure and tight; `situationTurn` picks the first that fits, with the story.
 */

import type { EmotionId } from '../ml/emotions';
import { answerCause, batchim, causeLine } from './answer-echo';

const nfc = (s: string): string => s.normalize('NFC');

export interface SituationContext {
  /** The user's earlier texts, oldest first. */
  story: readonly string[];
  /** The conversation so far is glad (the last feeling told was joy). */
  glad: boolean;
  /** A heavy story (misfortune, a low thread): the glad readings are not made. */
  heavy: boolean;
  /** The bot's last reply: a detail told in answer to its question is said back (session 43). */
  lastReply?: string;
  /** Replies already given (ids), so a detail's question is not asked twice. */
  used?: readonly string[];
}

export interface SituationTurn {
  id: string;
  reply: string;
  mood: EmotionId;
}

export const SITUATION_PREFIX = 'situation';

// ── A glad day ───────────────────────────────────────────────────────────────────────────────

/** A day felt full: "하루가 꽉 찬 느낌", "꽉 찬 하루였어", "알찬 하루". */
const FULL_DAY = /(?:하루|오늘)(?:가|이|는|도)?\s?(?:꽉|가득|알차게)\s?(?:찬|찼|채워|차\s?있)|(?:꽉\s?찬|알찬)\s?하루/u;
/** A full schedule, not a full heart: "하루가 꽉 차서 쉴 틈도 없어". */
const BUSY = /바빠|바쁘|바빴|정신\s?없|힘들|힘드|피곤|지쳐|지친|숨\s?(?:막|돌릴|쉴)|쉴\s?틈|일정|스케줄|야근|꽉\s?차서|[ㅠㅜ]|싫|버거|빡빡/u;

/** "별거 아닌데 하루가 꽉 찬 느낌": a day felt full of good, not a heavy heart. */
export function fullDay(text: string): boolean {
  const t = nfc(text);
  return FULL_DAY.test(t) && !BUSY.test(t);
}

/** A wish for more such days: "이런 날이 자주 있었으면 좋겠다", "오늘 같은 날이 매일이면 좋겠어요". */
const MORE_DAYS =
  /(?:이런|오늘\s?같은|요즘\s?같은|이렇게\s?좋은|이런\s?좋은)\s?(?:날|하루)(?:이|가|들이|은|도)?\s?(?:좀\s?)?(?:더\s?)?(?:자주|매일|많이|계속|또|늘|앞으로도)\s?(?:있었으면|왔으면|오면|있으면|이었으면|였으면|이면|였음|있었음|왔음)/u;
const WISHED = /좋겠|바래|바란다|바라|싶다|싶어|ㅎ|!/u;

/** "이런 날이 자주 있었으면 좋겠다" in a talk that is not heavy: joy, not self-criticism. */
export function wishesMoreGoodDays(text: string): boolean {
  const t = nfc(text);
  return MORE_DAYS.test(t) && WISHED.test(t) && !/[ㅠㅜ]|없었으면|안\s?왔으면|그만/u.test(t);
}

// ── A drunk mistake at a 회식 ────────────────────────────────────────────────────────────────

const DRUNK = /술(?:에)?\s?(?:취해|취했|취한|먹고|마시고|김에|자리에서)|취해서|취했|만취|꽐라|필름(?:이)?\s?끊/u;
const MISTAKE = /실수|사고\s?(?:쳤|침|친)|흑역사|민폐|주사|추태|꼴불견|진상|반말|토했|망신/u;
/** Someone else's night: "친구가 술 취해서 실수했대". */
const OTHERS_NIGHT = /^(?:우리\s?)?(?:친구|남친|여친|남편|아내|와이프|동생|형|오빠|언니|누나|아빠|엄마|동기|후배|선배|팀장|부장|과장|걔|그\s?사람)(?:가|이|는|은|께서)\s/u;

/** "회식 때 술 취해서 실수했어요": the user's own drunk mistake, told. */
export function drunkMistake(text: string): boolean {
  const t = nfc(text);
  return DRUNK.test(t) && MISTAKE.test(t) && !OTHERS_NIGHT.test(t) && !/(?:할까\s?봐|하면\s?어떡|안\s?했|없었)/u.test(t);
}

/** The story (the last few turns, and this one) holds the user's drunk mistake. */
export function inDrunkStory(story: readonly string[]): boolean {
  return story.slice(-4).some(drunkMistake);
}

/** What the user did, heard from others: "부장님한테 반말하고 막 웃었대요", "내가 노래 불렀다고 하더라". */
const HEARSAY = /(?:했|웃었|불렀|울었|했었|었|았)(?:대|대요|대ㅠ|다고\s?(?:하더라|하네|해요|하던데|들었))|(?:래요|라고\s?하더라)(?=\s*[.…~ㅠㅜ]*$)/u;

/** "기억도 잘 안나요" about that night: not "I don't know". */
const NO_MEMORY = /기억(?:이|도|은)?\s?(?:잘\s?|하나도\s?|전혀\s?)?(?:안\s?나|안나|없|가물)|필름(?:이)?\s?끊|생각(?:이|도)?\s?(?:잘\s?)?안\s?나/u;

/** Facing them again: "어떻게 얼굴 보죠", "앞으로 어떻게 봐야 할지", "마주치면 어떡해". */
const FACE =
  /어떻게\s?(?:봐야|보지|보죠|봐|볼지|얼굴|마주|대해야|대하지|대할지|지내야|지내지)|얼굴(?:을)?\s?(?:보|볼|마주|들)|마주치(?:면|기|는\s?게|는\s?거|기가)|출근하기\s?(?:무서|무섭|겁|싫)|회사\s?가기\s?(?:무서|무섭|겁|싫)|어색(?:할|해서|하게|한데|해)/u;

// ── A confession turned down ────────────────────────────────────────────────────────────────

const CONFESSED = /고백/u;
const TURNED_DOWN = /차였|차임|까였|거절|친구로\s?(?:지내|남|있)자|안\s?받아\s?줬|받아\s?주지\s?않|마음이\s?없대/u;

/** The story tells a confession turned down ("고백했는데 차였어요"). */
export function confessionTurnedDown(story: readonly string[]): boolean {
  const recent = story.slice(-4).map(nfc);
  return recent.some((s) => CONFESSED.test(s)) && recent.some((s) => TURNED_DOWN.test(s));
}

/** "친구로 지내자고 하더라구요". */
const FRIEND_ZONED = /친구로\s?(?:지내|남|있)자/u;

// ── An ex not contacted ─────────────────────────────────────────────────────────────────────

const BREAKUP = /헤어|이별|차였|차임|전\s?(?:남친|여친|애인)|전남친|전여친/u;
/** Holding back from contacting: "술 마시면 연락할까봐 술도 안마심", "연락하고 싶은 거 꾹 참는 중". */
const HOLDS_BACK =
  /연락(?:을|이라도)?\s?할까\s?봐|연락하고\s?싶(?:어도|은\s?(?:거|걸)|지만|은데)\s?(?:꾹\s?)?참|연락\s?(?:안\s?하려고|참(?:고|는)|꾹\s?참)|(?:톡|카톡|전화)(?:을|를)?\s?할까\s?봐/u;

/** The user holding back from contacting an ex (in a breakup story): effort, not a partner out. */
export function holdsBackFromEx(text: string, story: readonly string[]): boolean {
  const t = nfc(text);
  return HOLDS_BACK.test(t) && [...story.slice(-6), t].some((s) => BREAKUP.test(nfc(s)));
}

// ── A holiday wish in a glad talk ───────────────────────────────────────────────────────────

const TRIP_WISH = /(?:여행|놀러|바다|캠핑)(?:도|을|를|이라도)?\s?(?:가고\s?싶|가야지|갈\s?거|갈래|가려고|가자|떠나고\s?싶)/u;
/** Escaping, not looking forward: "다 두고 도망가고 싶다". */
const ESCAPE = /도망|벗어나|탈출|사라지|다\s?(?:두고|버리고|내려놓)|지쳐|지친|힘들|버거|숨\s?막|아무도\s?(?:모르|없)|현실\s?도피|[ㅠㅜ]/u;

/** "방학때 여행도 가고싶다" after glad turns: anticipation. */
export function tripToLookForwardTo(text: string, glad: boolean): boolean {
  const t = nfc(text);
  return glad && TRIP_WISH.test(t) && !ESCAPE.test(t);
}

// ── A resolve after mixed feelings ──────────────────────────────────────────────────────────

const RESOLVE =
  /(?:이제|앞으로|이제부터|당분간|지금부터)(?:는)?\s?(?:좀\s?)?(?:나|저|내|제)\s?(?:자신)?(?:한테|에게|를\s?위해|만)\s?(?:좀\s?)?(?:더\s?)?(?:집중|신경\s?쓰|투자|잘해|시간\s?쓰)|(?:이제|앞으로)(?:는)?\s?(?:나|저)(?:를|만)\s?(?:좀\s?)?(?:더\s?)?(?:아끼|챙기|생각하)/u;
/** The resolve failing or asked about: "집중하려고 했는데 안 돼", "어떻게 해야 할지". */
const RESOLVE_FAILS = /했는데|안\s?돼|안\s?되|못\s?하|어떻게|어케|될까|할\s?수\s?있을까|[?？]/u;

/** "이제 나한테 집중하려고": a resolve, honoured. */
export function resolvesToFocusOnSelf(text: string): boolean {
  const t = nfc(text);
  return RESOLVE.test(t) && !RESOLVE_FAILS.test(t);
}

const SAD_NAMED = /슬프|슬퍼|슬픈|아프|아파|허전|섭섭|서운|씁쓸|눈물/u;
const RELIEF_NAMED = /홀가분|후련|시원|가볍|편해|편하/u;

// ── A silent weekend ────────────────────────────────────────────────────────────────────────

const SILENT_DAY =
  /(?:하루\s?종일|주말(?:에|엔|내내)?|며칠(?:씩)?|일주일(?:에|동안)?|퇴근\s?(?:하고|후))[^.?!]{0,14}(?:말\s?한마디|한마디도|아무(?:랑|와|하고|한테)도?\s?(?:말|대화|얘기))(?:\s?(?:도|를|조차))?\s?(?:안|못|없)|말\s?(?:걸|할)\s?사람(?:이|도)?\s?(?:하나도\s?)?없/u;
/** Quiet enjoyed: "주말엔 말 한마디 안 하고 푹 쉬었어, 좋더라". */
const QUIET_ENJOYED = /좋|편하|편했|힐링|푹\s?쉬|개운|행복|ㅋㅋ/u;

/** "주말엔 하루 종일 말 한마디 안 할 때도 있어요": loneliness, not free time. */
export function silentDays(text: string): boolean {
  const t = nfc(text);
  return SILENT_DAY.test(t) && !QUIET_ENJOYED.test(t);
}

// ── After an exam or an ordeal is over ──────────────────────────────────────────────────────

/** An exam or a long ordeal told as over: "수능 끝났어", "기말 끝났다ㅠㅠ". */
const ORDEAL_OVER = /(?:수능|시험|기말|중간|모의고사|국가고시|임용|공시|자격증|입시|논문|졸작|프로젝트)(?:이|가|도|은|는)?\s?(?:드디어\s?|다\s?|무사히\s?)?(?:끝났|끝남|끝냈|끝(?=\s*[!ㅠㅜㅋㅎ~.]*$)|마쳤)/u;
/** All of a year poured into it: "일년 동안 이거 하나만 보고 살았는데". */
const ALL_IN = /(?:동안|내내)\s?(?:이거|그거|이것|그것|시험|공부)?\s?(?:하나만|만)\s?(?:보고|바라보고|생각하고)/u;
/** Now what: "이제 뭐하지", "이제 뭘 해야 할지 모르겠어". */
const NOW_WHAT = /이제\s?(?:뭐\s?하지|뭘\s?하지|뭐\s?해야|뭘\s?해야|뭐\s?하고\s?살|뭐\s?할지)/u;

/** "일년 동안 이거 하나만 보고 살았는데" or "이제 뭐하지" right after an exam or an ordeal was over. */
export function afterOrdeal(text: string, story: readonly string[]): 'all_in' | 'now_what' | null {
  const t = nfc(text);
  if (!story.slice(-4).some((s) => ORDEAL_OVER.test(nfc(s)))) return null;
  if (/망했|망쳤|떨어|못\s?봤/u.test(story.slice(-4).join(' '))) return null;
  if (ALL_IN.test(t)) return 'all_in';
  if (NOW_WHAT.test(t) && !/[ㅠㅜ]{2,}|막막해\s?죽|큰일/u.test(t)) return 'now_what';
  return null;
}

// ── Money tight ─────────────────────────────────────────────────────────────────────────────

const MONEY_STORY = /돈|월세|카드\s?값|카드값|통장|빚|대출|생활비|월급|[0-9]+\s?만\s?원|만원/u;
/** "이번 달 어떻게 버티지 싶어": how to get through the month, not a question about a landlord. */
const GET_THROUGH = /(?:이번\s?달|이번\s?주|다음\s?달|한\s?달|당분간)[^.?!]{0,8}(?:어떻게|어케|어떡)\s?(?:버티|버텨|살|지내|견디)|(?:어떻게|어케)\s?(?:버티지|버텨야|버틸지|살지|살아야)/u;
/** Ashamed to tell anyone of it: "누구한테 말하기도 창피하고". */
const ASHAMED_TO_TELL = /말하기(?:도|가)?\s?(?:창피|부끄|민망|쪽팔)|(?:창피|부끄|쪽팔)(?:해서|하고|려서)\s?(?:말도|말을|누구|아무)|(?:누구|아무)(?:한테|에게)도?\s?(?:말\s?못|못\s?말)/u;

/** Getting through the month, in a story of money. */
export function worriesGettingThrough(text: string, story: readonly string[]): boolean {
  return GET_THROUGH.test(nfc(text)) && [...story.slice(-4), text].some((s) => MONEY_STORY.test(nfc(s)));
}

/** Ashamed to tell anyone, in a story of money (no scene to ask about). */
export function ashamedOfMoney(text: string, story: readonly string[]): boolean {
  return ASHAMED_TO_TELL.test(nfc(text)) && [...story.slice(-4), text].some((s) => MONEY_STORY.test(nfc(s)));
}

// ── A detail told in answer (session 43, "answers") ────────────────────────────────────────
// Probes on main: "애 교육 문제로" after «주로 어떤 일로 부딪혀요?» got «참느라 정말 힘들었겠어요…»,
// "근데 대출 때문에 그만둘 수도 없어" after «지금 발목을 잡는 가장 큰 이유는 뭐예요?» was asked again
// what worried most, "수학을 완전 망함", "엄마가 기대 엄청 하셨거든", "작년에도 면접에서 떨어졌거든" (the
// night before an interview) and "동료들은 다 알면서 아무 말도 안 해" got stock lines. The detail is
// said back and the question goes on from it.

const particle = (word: string, withFinal: string, without: string): string => `${word}${batchim(word) ? withFinal : without}`;

/** A quarrel in the story: a cause told is what they clash over. */
const CONFLICT = /싸우|싸웠|싸워|싸움|다퉈|다퉜|다툼|다투|부딪|갈등|말다툼|언성|트러블/u;
/** The bot asked who is there or who saw: a question about people is not asked again. */
const ASKED_PEOPLE = /사람|누구|곁에|기댈|알아줄|나눌/u;

/** "애 교육 문제로", "대출 때문에 그만둘 수도 없어", "장남이라서": said back, then a question that goes on from it. */
function causeAnswered(t: string, story: readonly string[], lastReply: string, heavy: boolean): SituationTurn | null {
  const told = answerCause(t, lastReply);
  if (!told) return null;
  const id = `${SITUATION_PREFIX}:cause:${told.cause}`;
  const topic = told.matter === '일' ? `${told.cause} 일` : told.cause;
  if (told.blocked) {
    return { id, mood: 'anxiety', reply: `${told.cause} 때문에 쉽게 움직일 수가 없는 거군요. 마음은 벗어나고 싶은데 현실이 붙잡고 있으니 더 답답하고 지치겠어요. 당분간은 버텨야 하는 상황이라면, 그동안 조금이라도 숨 돌릴 수 있는 게 있을까요?` };
  }
  if ([...story.slice(-4), t].some((x) => CONFLICT.test(x)) && told.marker !== 'being') {
    return { id, mood: 'anger', reply: `${causeLine(told)} ${topic} 얘기는 서로 중요하게 여기는 게 달라서 한번 부딪히면 쉽게 좁혀지지 않죠. 그 얘기가 나오면 주로 어떤 부분에서 생각이 엇갈려요?` };
  }
  // Weight is named only in a heavy story: an everyday reason ("과제 마감이라서요") is no burden.
  if (!heavy) return null;
  const ask = ASKED_PEOPLE.test(lastReply) ? '그 얘기를 꺼내 놓고 나니 지금 마음은 좀 어때요?' : '그 무게를 혼자 지고 있어요, 아니면 같이 나눌 사람이 있어요?';
  return { id, mood: 'sadness', reply: `${causeLine(told)} 그런 사정이 있으면 마음이 더 무거울 수밖에 없죠. ${ask}` };
}

/** A failure told in the story: an exam, an interview, a presentation gone wrong. */
const FAILED = /망쳤|망했|망함|망침|망친|폭망|못\s?봤|못\s?봄|떨어졌|떨어짐|탈락|불합|말아\s?먹|조졌|조짐|실패|다\s?틀렸|날렸|죽\s?쒔/u;
const INTENSIFIER = '(?:(?:완전|진짜|제일|특히|다|아예|개|좀|너무|정말|완전히|그냥|싹\\s?다|거의|많이)\\s?)*';
/** "수학을 완전 망함", "특히 영어가 망했어", "면접 마지막 질문에서 망했어", "과학 다 틀렸어". */
const PART_MISSED = new RegExp(
  `^(?:(?:특히|그중에|그중에서도|제일|근데|아니|진짜|하필)\\s)?([가-힣A-Za-z0-9]{1,6}?(?:\\s[가-힣A-Za-z0-9]{1,6}?)?)(?:을|를|이|가|은|는|도|에서|에서는|에서도|이랑|만)?\\s?${INTENSIFIER}(?:망함|망했|망쳤|망침|폭망|말아\\s?먹|조졌|조짐|못\\s?봤|못\\s?봄|다\\s?틀렸|다\\s?틀림|날렸|날림)[가-힣\\s]{0,8}$`,
  'u',
);
/** Not a part: the whole exam, the day, the user, a time. */
const WHOLE = /^(?:시험|모의고사|모고|중간|중간고사|기말|기말고사|수능|인생|다|전부|오늘|하루|이번|이번꺼|이번\s?시험|나|내|저|제|진짜|그냥|완전|또|결국|역시|그거|이거|시험\s?완전)$/u;
/** School subjects: a part of an exam ("한 과목"). */
const SUBJECT = /^(?:국어|수학|영어|과학|사회|한국사|국사|물리|화학|생물|생명과학|지구과학|지구과|역사|세계사|탐구|사탐|과탐|미적|미적분|확통|기하|통계|문학|독서|화작|언매|영어\s?듣기|듣기|일본어|중국어|독일어|프랑스어|제2외국어|코딩|정보|음악|미술|체육|경제|윤리|생윤|사문|지리|한지|세지|동아시아사|물1|화1|생1|지1|수1|수2)$/u;

/** The part of a failure told before that went worst, or null: "수학을 완전 망함" after "시험 망쳤어" → 수학. */
export function partMissed(text: string, story: readonly string[]): string | null {
  const t = nfc(text)
    .replace(/[.!~…ㅋㅎㅠㅜ^]+$/u, '')
    .trim();
  if (/[?？]|잘\s?(?:봤|봄|본|쳤|침)|괜찮|선방|다행|할까\s?봐|하면\s?어떡/u.test(t)) return null;
  const failed = story.slice(-4).map(nfc).filter((s) => FAILED.test(s));
  if (failed.length === 0) return null;
  const m = PART_MISSED.exec(t);
  const part = m?.[1]?.trim();
  if (!part || WHOLE.test(part) || part.split(/\s/u).some((w) => WHOLE.test(w) && w.length > 1 && !SUBJECT.test(part))) return null;
  // The same thing named again ("면접 완전 망함" after "면접 떨어졌어") is no part of it.
  if (failed.some((s) => s.includes(part))) return null;
  return part;
}

function partReply(part: string): SituationTurn {
  const subject = SUBJECT.test(part);
  const whole = subject ? '한 과목이 무너지면 시험 전체를 망친 것처럼' : '한 군데가 무너지면 전부 망친 것처럼';
  const ask = subject ? `${particle(part, '은', '는')} 평소에도 어려웠던 과목이에요, 아니면 이번에 유독 안 풀렸어요?` : `${particle(part, '은', '는')} 준비할 때도 걱정했던 부분이에요, 아니면 그날 유독 안 풀렸어요?`;
  return { id: `${SITUATION_PREFIX}:part:${part}`, mood: 'sadness', reply: `특히 ${particle(part, '이', '가')} 아쉽게 됐군요. ${whole} 느껴지기 쉬워요. ${ask}` };
}

interface Expecter {
  /** "엄마가" */
  subj: string;
  /** "엄마한테" */
  dat: string;
  /** "엄마의" */
  gen: string;
  /** Spoken of with honorifics (a parent, a teacher, a boss). */
  hon: boolean;
}

const EXPECTERS = '엄마|아빠|부모님|엄빠|어머니|아버지|어머님|아버님|할머니|할아버지|선생님|담임\\s?선생님|담임쌤|담임|쌤|교수님|가족들|가족|집에서|집|다들|주변에서|주변|사람들|팀장님|부장님|과장님|사장님|상사|남편|아내|와이프|언니|오빠|형|누나|친구들|회사에서|회사|코치님|감독님';
const MUCH = '(?:(?:엄청|많이|되게|너무|진짜|정말|잔뜩|크게|좀|꽤|완전|무척|워낙|은근|늘|항상|다들)\\s?)*';
/** "엄마가 기대 엄청 하셨거든", "부모님 기대가 커서", "다들 나한테 기대하는데", "선생님이 기대가 크셔". */
const EXPECTATION = new RegExp(
  `(?:^|\\s)(${EXPECTERS})(?:이|가|께서|는|은|도|들이|들도|들은)?\\s?(?:(?:나한테|나에게|내게|저한테|저에게|제게|나|저)\\s?)?${MUCH}기대(?:를|가|도|는)?\\s?${MUCH}(?:하셨|했|하시|하는|하고|하거든|해서|해|크|컸|크셨|크시|커|높|걸|거셨|거시|거는|하던|하신|하세|하잖|한다|한대)`,
  'u',
);

function expecter(word: string): Expecter {
  const w = word.replace(/\s/gu, '');
  if (/^(?:집|집에서|가족|가족들)$/u.test(w)) return { subj: '가족이', dat: '가족한테', gen: '가족의', hon: false };
  if (/^(?:다들|주변|주변에서|사람들)$/u.test(w)) return { subj: '주변에서', dat: '주변 사람들한테', gen: '주변의', hon: false };
  if (/^(?:회사|회사에서)$/u.test(w)) return { subj: '회사에서', dat: '회사 사람들한테', gen: '회사의', hon: false };
  const hon = /님$|^(?:엄마|아빠|부모님|엄빠|어머니|아버지|할머니|할아버지|담임|쌤|상사)$/u.test(w);
  const name = w === '엄빠' ? '부모님' : w === '쌤' || w === '담임쌤' || w === '담임' ? '선생님' : w;
  return { subj: particle(name, '이', '가'), dat: `${name}한테`, gen: `${name}의`, hon };
}

/** Someone's expectation told ("엄마가 기대 엄청 하셨거든"): who expected, or null. Not one's own hope, nor none ("기대도 안 해"). */
export function expectationTold(text: string): Expecter | null {
  const t = nfc(text);
  if (/[?？]|기대\s?(?:안|도\s?안|하지\s?마|없|말)|기대(?:돼|되|된)/u.test(t)) return null;
  const m = EXPECTATION.exec(t);
  return m ? expecter(m[1]!) : null;
}

function expectationReply(who: Expecter, story: readonly string[], t: string, lastReply: string, used: readonly string[]): SituationTurn {
  const failed = [...story.slice(-4), t].some((s) => FAILED.test(nfc(s)));
  if (failed) {
    // The expectation told as past ("기대 엄청 하셨거든") or as it stands ("기대가 크셔").
    const past = /기대[^.?!]{0,12}(?:했|셨|컸|었|았|던)/u.test(t);
    const wished = /듣고\s?싶은\s?말/u.test(lastReply) || used.includes(`${SITUATION_PREFIX}:expected#0`);
    const ask = wished ? '그 기대를 잠깐 내려놓고 보면, 나는 이번 결과를 어떻게 받아들이고 싶어요?' : `${who.dat} 정말 듣고 싶은 말이 있다면 어떤 말이에요?`;
    return {
      id: `${SITUATION_PREFIX}:expected#${wished ? 1 : 0}`,
      mood: 'sadness',
      reply: `${who.subj} 기대를 많이 ${who.hon ? (past ? '하셨던' : '하시는') : past ? '했던' : '하는'} 만큼, 결과 자체보다 실망${who.hon ? '하실' : '할'}까 봐 더 마음이 무겁겠어요. 그 기대를 채우지 못했다는 생각에 나를 더 몰아붙이고 있진 않은지 걱정돼요. ${ask}`,
    };
  }
  return {
    id: `${SITUATION_PREFIX}:expected#2`,
    mood: 'anxiety',
    reply: `${who.gen} 기대가 큰 만큼 어깨가 더 무거워지죠. 기대가 고마우면서도 부담스러운 마음, 둘 다 자연스러워요. 그 기대를 잠깐 내려놓고 보면, 나는 이번 일이 어떻게 됐으면 좋겠어요?`,
  };
}

/** An event ahead in the story: "내일 면접인데 너무 떨려", "다음주에 발표 있어". */
const EVENT = /면접|시험|발표|오디션|경기|대회|시합|실기|수능|모의고사|재시험|공연|평가|피티|PT|도로주행|운전면허|임용|공시|토익|심사|검정|자격증/u;
const AHEAD = /(내일|낼모레|모레|다음\s?주|담주|이번\s?주말|이번\s?주|곧|며칠\s?(?:뒤|후)|[0-9]+일\s?(?:뒤|후)|이따|앞두고|앞둔|D-\s?[0-9]+|디데이|오늘\s?(?:오후|저녁))/u;
/** A time before this one: "작년에도", "지난번에", "저번 시험도", "전에도 한 번". */
const BEFORE = /(재작년|작년|지난해|지난번|전번|저번|지난\s?(?:학기|달|시험|면접|발표|대회|시즌|번)|예전에도|그전에도|전에도|옛날에도|처음에도|1차|일차)/u;
/** What went wrong then, and how it is said back. */
const WENT_WRONG: ReadonlyArray<readonly [RegExp, string]> = [
  [/머리가\s?(?:하얘|하얗게)|하얘졌/u, '머리가 하얘진'],
  [/얼어\s?버|얼었|굳어\s?버/u, '얼어붙었던'],
  [/떨어졌|떨어진|떨어짐|떨어져|탈락|불합|미끄러|못\s?붙/u, '떨어진'],
  [/망쳤|망했|망친|망함|폭망|못\s?봤|못\s?봄|죽\s?쒔/u, '망친'],
  [/실패/u, '실패한'],
  [/실수/u, '실수한'],
];
/** It went well then: "작년엔 붙었어", "지난번엔 잘했어". */
const WENT_WELL = /붙었|붙음|합격|통과|잘\s?(?:봤|했|됐|쳤)|성공|괜찮았/u;

export interface PastFailure {
  /** "작년", "재작년", "1차", or "그때" for any other time. */
  when: string;
  /** The time said with its 에: "지난번에", "지난 학기에", "전에". */
  at: string;
  /** What went wrong, as a modifier: "떨어진", "머리가 하얘진". */
  what: string;
  /** When the event is: "내일", "다음 주", "이번". */
  ahead: string;
  /** The event: 면접, 발표, 시험 … */
  event: string;
}

/** A failure of the same kind told before an event ahead: what went wrong and when, or null. */
export function pastFailureAhead(text: string, story: readonly string[]): PastFailure | null {
  const t = nfc(text);
  if (/[?？]/u.test(t) || WENT_WELL.test(t)) return null;
  const before = BEFORE.exec(t);
  const wrong = WENT_WRONG.find(([re]) => re.test(t));
  if (!before || !wrong) return null;
  const told = [...story.slice(-4).map(nfc)].reverse().find((s) => AHEAD.test(s) && EVENT.test(s));
  if (!told) return null;
  const event = EVENT.exec(told)![0];
  if (!EVENT.test(t) && !/그때|그날|그\s?때|한\s?번|또|도/u.test(t)) return null;
  const aheadWord = AHEAD.exec(told)![1]!.replace(/\s/gu, '');
  const ahead = ({ 내일: '내일', 낼모레: '모레', 모레: '모레', 다음주: '다음 주', 담주: '다음 주', 이번주: '이번 주', 이번주말: '이번 주말' } as Record<string, string>)[aheadWord] ?? '이번';
  const b = before[1]!.replace(/\s/gu, '');
  const when = /^(?:재작년|작년|지난해)$/u.test(b) ? b : /^(?:1차|일차)$/u.test(b) ? '1차' : '그때';
  // "지난번 발표 때" → 지난번에, "지난 학기" → 지난 학기에, "전에도" → 전에.
  const at = /^(?:지난번|저번|전번)$/u.test(b) ? '지난번에' : /^지난/u.test(b) ? `${before[1]!.replace(/\s+/gu, ' ').replace(/^지난(?!\s)/u, '지난 ')}에` : '전에';
  return { when, at, what: wrong[1], ahead, event };
}

function pastFailureReply(p: PastFailure): SituationTurn {
  const at = p.when === '그때' ? p.at : p.when === '1차' ? '1차에서' : `${p.when}에`;
  const since = p.when === '1차' ? '그때' : p.when;
  return {
    id: `${SITUATION_PREFIX}:past_fail`,
    mood: 'anxiety',
    reply: `${at} ${p.what} 적이 있으니, ${p.ahead} ${particle(p.event, '이', '가')} 더 무겁게 느껴지는 게 당연해요. 한 번 겪어 본 일이라 그때 기억이 자꾸 겹쳐 보이는 거예요. 그래도 ${since}의 나와 지금의 나는 같지 않아요. ${since}${batchim(since) ? '이랑' : '랑'} 비교하면 이번에는 뭐가 달라졌어요?`,
  };
}

/**
 * Prepared but unsure before an event ahead (session 43): "준비는 했는데 자신이 없어", "연습 많이
 * 했는데도 확신이 안 서", "공부는 열심히 했는데 불안해" had got a stock «마음이 정말 무겁게 느껴졌겠어요».
 */
const PREPARED_UNSURE = /(준비|연습|공부|대비)(?:는|도|를|은|만)?\s?(?:(?:나름|많이|열심히|꽤|진짜|정말|할\s?만큼|충분히|다)\s?)*(?:했|해\s?놨|해\s?뒀|해\s?두었)(?:는데|지만|어도|는데도)\s?(?:(?:막상|그래도|여전히|아직도|아직|영|좀|너무|별로)\s?)*(?:자신(?:이|은|감이|감은)?\s?(?:없|안\s?(?:생|서))|확신(?:이|은)?\s?(?:없|안\s?(?:서|생))|불안|떨려|걱정|자신\s?없)/u;

/** The kind of preparation told, when an event ahead was told in the last turns; or null. */
export function preparedButUnsure(text: string, story: readonly string[]): string | null {
  const t = nfc(text);
  if (/[?？]/u.test(t)) return null;
  const m = PREPARED_UNSURE.exec(t);
  if (!m) return null;
  const told = [...story.slice(-4).map(nfc), t].some((s) => AHEAD.test(s) && EVENT.test(s));
  return told ? m[1]! : null;
}

function preparedUnsureReply(kind: string): SituationTurn {
  return {
    id: `${SITUATION_PREFIX}:prepared_unsure`,
    mood: 'anxiety',
    reply: `${particle(kind, '은', '는')} 해 뒀는데도 마음이 놓이지 않는군요. 중요한 일을 앞두면 해 온 것보다 모자란 것만 크게 보이곤 해요. 그래도 ${kind}해 온 시간은 어디 가지 않아요. 그중에 제일 마음에 걸리는 부분은 어떤 거예요?`,
  };
}

/** Others there: "동료들은", "다들", "옆에 있던 사람들도", "아무도". */
const ONLOOKERS = /(?:^|\s)(동료들|동기들|팀원들|직원들|선배들|후배들|친구들|반\s?애들|반\s?친구들|다른\s?사람들|주변\s?사람들|회사\s?사람들|사람들|선생님들|어른들|다들|모두|아무도)(?:은|는|이|가|도|까지|조차)?\s/u;
/** Saying nothing: "아무 말도 안 해", "모른 척해", "가만히 있었어", "편 안 들어줘". */
const SAID_NOTHING =
  /아무\s?말(?:도|을)?\s?(?:안|못|없)|아무\s?말\s?없이|가만히\s?(?:있|만)|모른\s?척|모른척|못\s?본\s?척|못본척|편(?:을|도|은)?\s?안\s?들|편(?:을|도)?\s?들어\s?주지\s?않|편\s?들어주지\s?않|안\s?도와|도와주지\s?않|말\s?한마디(?:도)?\s?(?:안|없)|입\s?(?:을\s?)?다물|쳐다(?:만|보기만)|구경만|보고만\s?있|방관|나서(?:지|는\s?사람)|안\s?나서/u;
/** Knowing or seeing it: the silence of witnesses. */
const WITNESSED = /알면서|알고도|뻔히|다\s?알|보고도|봤으면서|보면서|지켜보|다\s?봤|듣고도|다\s?들었|옆에서|그\s?자리/u;
/** A wrong told in the story: credit taken, shouting, blame, mockery. */
const WRONGED = /억울|뺏|빼앗|가로채|자기\s?(?:거|것)처럼|소리|혼나|혼났|욕|괴롭|따돌|무시|모욕|막말|뒤집어|누명|탓|창피|망신|갑질|화냈|화를\s?내|때렸|놀렸|비웃/u;
/** Silence that comforts, or a restless child: "아무 말 없이 안아줬어", "가만히 있질 않아". */
const KIND_SILENCE = /안아|위로|다독|챙겨|토닥|기다려\s?줬|(?<!안\s?)들어\s?줬|가만히\s?있(?:질|지를|지\s?않|지\s?못)|가만\s?안\s?있/u;

/** Others who saw a wrong done to the user and said nothing ("동료들은 다 알면서 아무 말도 안 해"): who, or null. */
export function onlookersSilent(text: string, story: readonly string[]): { who: string; knew: boolean; saw: boolean } | null {
  const t = nfc(text);
  if (/[?？]/u.test(t) || KIND_SILENCE.test(t)) return null;
  const m = ONLOOKERS.exec(t);
  if (!m || !SAID_NOTHING.test(t)) return null;
  if (!WITNESSED.test(t) && ![...story.slice(-4), t].some((s) => WRONGED.test(nfc(s)))) return null;
  return { who: m[1]!.replace(/\s+/gu, ' '), knew: /알면서|알고도|뻔히|다\s?알/u.test(t), saw: /보고도|봤으면서|보면서|지켜보|다\s?봤|듣고도|다\s?들었/u.test(t) };
}

function onlookersReply(o: { who: string; knew: boolean; saw: boolean }, lastReply: string): SituationTurn {
  const how = o.knew ? '알면서도 ' : o.saw ? '보고도 ' : '';
  const lead =
    o.who === '아무도'
      ? '아무도 편들어 주지 않으니'
      : o.who === '다들' || o.who === '모두'
        ? `${o.who} ${how}아무 말 하지 않으니`
        : `${particle(o.who, '이', '가')} ${how ? `다 ${how}` : ''}아무 말 하지 않으니`;
  const ask = /알아줄|내\s?편/u.test(lastReply) ? '그 일 이후로 그 사람들을 마주칠 때 마음이 어때요?' : '그중에 따로라도 내 마음을 알아줄 만한 사람이 한 명쯤 있어요?';
  return { id: `${SITUATION_PREFIX}:onlookers`, mood: 'hurt', reply: `${lead}, 그 자리에 나 혼자 서 있는 것 같았겠어요. 억울한 일 그 자체보다 아무도 내 편이 되어 주지 않는 게 더 서럽게 느껴질 때가 있죠. ${ask}` };
}

/** A grown-up close to the user who does not listen: "남편은 내 말을 하나도 안 들어", "엄마는 내 얘기를 듣지도 않아". */
const NOT_HEARD = new RegExp(
  `^(?:근데\\s|그리고\\s|또\\s)?(남편|아내|와이프|신랑|남친|남자친구|여친|여자친구|엄마|아빠|부모님|팀장님|팀장|부장님|상사|친구)(?:은|는|이|가|도)\\s(?:(?:진짜|정말|아예|도무지|통|맨날|항상|늘)\\s)*(?:내|제)\\s(?:말|얘기|이야기)(?:을|를|은|는)?\\s(?:(?:하나도|전혀|도무지|통|아예|제대로|끝까지)\\s)*(?:안\\s?들어|듣지도\\s?않|듣지\\s?않|안\\s?듣|귓등으로|흘려\\s?들)`,
  'u',
);

/** In-laws named: the spouse's side in their quarrel is the corpus intent's. */
const IN_LAWS = /시댁|시가|시어머니|시아버지|시부모|시누|시엄마|시아빠|어머님|아버님|처가|장모|장인|처제|처남/u;

/** Who does not listen, or null. A child who does not do as told ("애가 말을 안 들어") is not this. */
export function notHeard(text: string): string | null {
  const t = nfc(text)
    .replace(/[.!~…ㅋㅎㅠㅜ^]+$/u, '')
    .trim();
  if (/[?？]/u.test(t)) return null;
  return NOT_HEARD.exec(t)?.[1] ?? null;
}

const NOT_HEARD_NAMES: Readonly<Record<string, string>> = { 남자친구: '남친', 여자친구: '여친', 남편: '남편분', 신랑: '남편분', 아내: '아내분', 와이프: '아내분', 팀장: '팀장님' };

function notHeardReply(who: string): SituationTurn {
  // Someone of the user's is named with respect, as the opening turns do («남편분과 또 다퉜군요»).
  const name = NOT_HEARD_NAMES[who] ?? who;
  return { id: `${SITUATION_PREFIX}:not_heard`, mood: 'hurt', reply: `${particle(name, '이', '가')} 내 말을 들어 주지 않으면, 말할수록 벽에 대고 얘기하는 것 같아서 더 외롭고 지치죠. ${name}한테 꼭 들려주고 싶었던 말은 뭐였어요?` };
}

/** A detail told in answer or in passing, said back with a question that goes on from it, or null. */
export function detailTurn(text: string, ctx: SituationContext): SituationTurn | null {
  const t = nfc(text);
  const story = ctx.story.map(nfc);
  const lastReply = nfc(ctx.lastReply ?? '');
  const used = ctx.used ?? [];
  const seen = (turn: SituationTurn | null): SituationTurn | null => (turn && !used.includes(turn.id) ? turn : null);
  const onlookers = onlookersSilent(t, story);
  if (onlookers) return seen(onlookersReply(onlookers, lastReply));
  const past = pastFailureAhead(t, story);
  if (past) return seen(pastFailureReply(past));
  const prepared = preparedButUnsure(t, story);
  if (prepared) return seen(preparedUnsureReply(prepared));
  const who = expectationTold(t);
  if (who) return seen(expectationReply(who, story, t, lastReply, used));
  // In a story of in-laws the intent written for a spouse who takes their side answers it.
  const deaf = story.slice(-4).some((x) => IN_LAWS.test(x)) ? null : notHeard(t);
  if (deaf) return seen(notHeardReply(deaf));
  const part = partMissed(t, story);
  if (part) return seen(partReply(part));
  return seen(causeAnswered(t, story, lastReply, ctx.heavy));
}

// ── Replies ─────────────────────────────────────────────────────────────────────────────────

const LAUGHED = /웃었|웃겨|웃김|웃기|ㅋㅋ|빵\s?터/u;

/**
 * The reply for a situation this module knows, or null. Order: the stories that a turn continues
 * (a drunk mistake, a confession turned down, an ex) before the glad readings.
 */
export function situationTurn(text: string, ctx: SituationContext): SituationTurn | null {
  const t = nfc(text);
  if (/노래|음악|곡|플리|틀어/u.test(t)) return null;
  const story = ctx.story.map(nfc);
  if (drunkMistake(t)) {
    return { id: `${SITUATION_PREFIX}:drunk_told`, mood: 'embarrassment', reply: '술자리에서 한 실수는 다음 날 떠올릴수록 더 크게 느껴져서 얼굴이 화끈거리죠. 그래도 이렇게 털어놓은 것만으로도 조금은 덜어질 거예요. 어떤 일이 있었는지 편한 만큼 들려줄래요?' };
  }
  if (inDrunkStory(story)) {
    if (NO_MEMORY.test(t)) return { id: `${SITUATION_PREFIX}:drunk_no_memory`, mood: 'embarrassment', reply: '기억이 잘 안 나니까 남들 말로만 그날을 짐작해야 해서 더 불안하고 답답하죠. 기억이 끊긴 건 술 때문이지, 내가 원래 그런 사람이라서가 아니에요. 지금 제일 마음에 걸리는 건 어떤 부분이에요?' };
    if (FACE.test(t)) return { id: `${SITUATION_PREFIX}:drunk_face`, mood: 'embarrassment', reply: '다시 얼굴 볼 생각을 하면 벌써 마음이 무겁겠어요. 이럴 땐 길게 변명하기보다 "어제 제가 실수한 것 같아 죄송합니다" 한마디를 먼저 건네면 마음이 한결 가벼워지는 경우가 많아요. 그 말을 제일 먼저 건네고 싶은 사람이 있어요?' };
    if (HEARSAY.test(t)) return { id: `${SITUATION_PREFIX}:drunk_heard`, mood: 'embarrassment', reply: '내가 한 일을 남의 입으로 전해 들으면 그 장면이 더 크게 그려져서 민망하죠. 술자리 일은 생각보다 다들 크게 담아 두지 않는 경우도 많아요. 그 얘기를 듣고 나서 마음이 어땠어요?' };
  }
  if (confessionTurnedDown(story) || (CONFESSED.test(t) && TURNED_DOWN.test(t) && FACE.test(t))) {
    if (FRIEND_ZONED.test(t)) return { id: `${SITUATION_PREFIX}:friend_zoned`, mood: 'sadness', reply: '친구로 지내자는 말은 거절이면서도 관계는 놓고 싶지 않다는 말이라, 듣는 쪽은 마음이 더 복잡해지죠. 그 말을 들었을 때 어떤 마음이 제일 먼저 들었어요?' };
    if (FACE.test(t)) return { id: `${SITUATION_PREFIX}:rejected_face`, mood: 'sadness', reply: '고백한 뒤에 다시 얼굴 볼 생각을 하면 어색하고 막막하죠. 당장 예전처럼 편하게 대하려고 애쓰기보다, 인사 정도만 자연스럽게 하면서 내 마음이 가라앉을 시간을 주는 것도 괜찮아요. 지금은 그 사람을 떠올리면 어떤 마음이 제일 커요?' };
  }
  if (holdsBackFromEx(t, story)) {
    const drink = /술/u.test(t);
    return { id: `${SITUATION_PREFIX}:ex_held_back`, mood: 'sadness', reply: drink ? '술기운에 연락하게 될까 봐 술까지 참고 있는 거, 쉽지 않은 노력이에요. 마음은 아직 많이 남아 있는데도 스스로 선을 지키고 있는 거잖아요. 연락하고 싶은 마음이 제일 크게 올라오는 건 언제예요?' : '연락하고 싶은 마음을 참는 것도 큰 노력이에요. 마음은 아직 남아 있는데도 스스로 선을 지키고 있는 거잖아요. 그 마음이 제일 크게 올라오는 건 언제예요?' };
  }
  const ordeal = afterOrdeal(t, story);
  if (ordeal === 'all_in') {
    const empty = [...story.slice(-3), t].some((x) => /허전|공허|텅/u.test(x));
    return { id: `${SITUATION_PREFIX}:ordeal_all_in`, mood: 'neutral', reply: `그것 하나만 보고 달려왔으니, 끝나고 나서 ${empty ? '허전한' : '마음이 묘한'} 게 당연해요. 그만큼 온 힘을 다했다는 뜻이기도 해요. 끝나고 나니 제일 먼저 떠오르는 건 뭐예요?` };
  }
  if (ordeal === 'now_what') {
    return { id: `${SITUATION_PREFIX}:ordeal_now_what`, mood: 'neutral', reply: '오래 붙잡고 있던 목표가 끝나면 뭘 해야 할지 잠깐 멍해지기도 해요. 당장 정하지 않아도 괜찮아요, 지금은 좀 쉬어도 돼요. 그동안 하고 싶었는데 미뤄 둔 게 있어요?' };
  }
  if (worriesGettingThrough(t, story)) {
    return { id: `${SITUATION_PREFIX}:money_month`, mood: 'anxiety', reply: '이번 달을 어떻게 버틸지 생각하면 막막해서 숨이 턱 막히죠. 한꺼번에 다 해결하려 하기보다, 이번 달 꼭 나가야 하는 돈부터 하나씩 적어 보면 조금은 덜 막막해질 수 있어요. 그중에 제일 급한 게 뭐예요?' };
  }
  if (ashamedOfMoney(t, story)) {
    return { id: `${SITUATION_PREFIX}:money_shame`, mood: 'sadness', reply: '돈 얘기는 가까운 사람한테도 꺼내기가 참 어렵죠. 형편이 빠듯한 건 부끄러운 일이 아니라 지금 겪고 있는 어려움일 뿐이에요. 여기서는 편하게 털어놔도 괜찮아요.' };
  }
  // Session 43 (answers): a cause, a part, someone's hopes, a past failure, silent onlookers.
  const detail = detailTurn(t, ctx);
  if (detail) return detail;
  // A retirement's emptied days have their own reply, in honorifics (later-life.ts).
  if (silentDays(t) && !story.slice(-4).some((x) => /퇴임|은퇴|퇴직|정년|명퇴/u.test(x))) {
    return { id: `${SITUATION_PREFIX}:silent_days`, mood: 'sadness', reply: '하루 종일 말 한마디 없이 지나가는 날이면 그 조용함이 더 크게 느껴지겠어요. 그 시간을 혼자 견뎌 오느라 외로웠겠어요. 그런 날엔 주로 어떻게 시간을 보내요?' };
  }
  if (resolvesToFocusOnSelf(t)) {
    const recent = [...story.slice(-3), t];
    const both = recent.some((s) => SAD_NAMED.test(s)) && recent.some((s) => RELIEF_NAMED.test(s));
    const lead = both ? '슬픈 마음도 홀가분한 마음도 다 진짜일 거예요. 그 사이에서 이제 나한테 집중하겠다고 정한 거, 참 좋은 결심이에요.' : '이제 나한테 집중하겠다고 마음먹은 거, 참 좋은 결심이에요.';
    return { id: `${SITUATION_PREFIX}:resolve`, mood: 'neutral', reply: `${lead} 나를 위해 제일 먼저 해 보고 싶은 게 있어요?` };
  }
  // A glad talk's own wish, whatever tiredness was told along the way ("몸살 기운 있어").
  if (tripToLookForwardTo(t, ctx.glad)) {
    const when = /방학/u.test(t) ? '방학에 여행이라니' : /휴가/u.test(t) ? '휴가에 여행이라니' : '여행 생각이라니';
    return { id: `${SITUATION_PREFIX}:trip_ahead`, mood: 'joy', reply: `${when}, 생각만 해도 설레네요! 가 보고 싶은 곳이 있어요?` };
  }
  if (ctx.heavy) return null;
  if (wishesMoreGoodDays(t)) {
    const laughed = [...story.slice(-4), t].some((s) => LAUGHED.test(s));
    return { id: `${SITUATION_PREFIX}:more_good_days`, mood: 'joy', reply: laughed ? '정말 그래요, 이런 날이 자주 찾아오면 좋겠어요. 오늘 제일 크게 웃었던 순간은 언제였어요?' : '정말 그래요, 오늘 같은 날이 자주 찾아오면 좋겠어요. 오늘 하루 중에 제일 좋았던 순간은 뭐였어요?' };
  }
  if (fullDay(t)) {
    const small = /별거\s?아닌|별\s?거\s?아닌|소소/u.test(t);
    return { id: `${SITUATION_PREFIX}:full_day`, mood: 'joy', reply: small ? '별거 아닌 것들이 모여 하루를 꽉 채워 주는 날, 그런 날이 참 좋죠. 그 기분 오늘은 마음껏 누려요.' : '하루가 꽉 찬 느낌, 듣기만 해도 마음이 넉넉해지네요. 그 기분 오늘은 마음껏 누려요.' };
  }
  return null;
}

// ── Reply filters ────────────────────────────────────────────────────────────────────────────

/** A question that presumes something to look forward to ("불안한 마음 한편에 기대되는 부분도 있어요?"). */
const LOOKS_FORWARD = /기대되는|기대돼|기대가\s?되는|설레는\s?(?:부분|마음)/u;
/** Illness, an operation or a loss in the story: nothing there is looked forward to. */
const GRAVE_STORY = /수술|건강\s?검진|검사\s?결과|아프셔|편찮|입원|병원|항암|암\s?(?:이래|진단|수술|투병)|(?:^|\s)암(?:이|에)|투병|진단|조직\s?검사|재검|중환자|응급실|장례|돌아가셨|돌아가신|위독|의식이/u;

/**
 * Whether a reply asks what could be looked forward to in a story of illness or loss: "밤마다
 * 불안해요" before a mother's operation had got «불안한 마음 한편에 기대되는 부분도 있어요?» (c16).
 */
export function looksForwardInGraveStory(reply: string, story: readonly string[]): boolean {
  return LOOKS_FORWARD.test(nfc(reply)) && story.slice(-6).some((s) => GRAVE_STORY.test(nfc(s)));
}

/** A reply asking whether someone is there to look after the user. */
const ASKS_SOMEONE_THERE = /(?:곁에서?|옆에서?|가까이에?)\s?(?:챙겨|돌봐|도와|있어)\s?(?:줄|주는)\s?(?:사람|누군가)|(?:챙겨|돌봐)\s?줄\s?사람(?:은|이)?\s?있/u;
/** The user just said no one is: "약 사다 줄 사람도 없고", "아무도 내가 아픈지 몰라", "혼자 사는데". */
const NO_ONE_THERE = /(?:줄|챙겨\s?줄|돌봐\s?줄|도와\s?줄|있어\s?줄)\s?사람(?:도|이)?\s?(?:하나\s?)?없|아무도\s?(?:없|몰라|모르)|혼자\s?(?:살|사는|지내)/u;

/**
 * Whether a reply asks whether someone looks after the user right after the user said no one
 * does: «곁에서 챙겨 줄 사람은 있어요?» after "아플 때 약 사다 줄 사람도 없고" (c27).
 */
export function asksWhoIsThereAfterNone(reply: string, recent: readonly string[]): boolean {
  return ASKS_SOMEONE_THERE.test(nfc(reply)) && recent.slice(-3).some((s) => NO_ONE_THERE.test(nfc(s)));
}
