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

const nfc = (s: string): string => s.normalize('NFC');

export interface SituationContext {
  /** The user's earlier texts, oldest first. */
  story: readonly string[];
  /** The conversation so far is glad (the last feeling told was joy). */
  glad: boolean;
  /** A heavy story (misfortune, a low thread): the glad readings are not made. */
  heavy: boolean;
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
  /어떻게\s?(?:봐야|보지|보죠|봐|볼지|얼굴|마주|대해야|대하지|대할지|지내야|지내지)|얼굴(?:을)?\s?(?:보|볼|마주|들)|마주치(?:면|기|는\s?게|는\s?거|기가)|출근하기\s?(?:무서|겁|싫)|회사\s?가기\s?(?:무서|겁|싫)|어색(?:할|해서|하게|한데|해)/u;

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
