/**
 * Calibrating the alarms (session 36, alarm). A tester talking to the CLI found the session's
 * danger and crisis rules (danger-now.ts, crisis-follow.ts, warning-signs.ts) firing on harmless
 * talk, and the alarm staying on after the user had cleared it up:
 *
 * - "지금 누가 문 앞에 있어" (no threat word, no story, no fear told) got the full 112 script with
 *   "지금 많이 무섭겠어요"; "지금 옥상 올라가려고" (stars, as it turned out) and "물건들 다 필요한
 *   사람들한테 나눠주고 있어" (a minimalist) got the suicide script; "전 남친이 자꾸 연락 와" (a
 *   "how are you") was told of the stalking law. An ambiguous first line now gets one short question
 *   (`ambiguousAlarm`); with a threat, fear or distress in the turn or the story, the rules as before.
 * - Clear-ups ("아 배민 기사님이다 ㅋㅋ", "우리집 강아지가 … 쫓아온 거였어 ㅋㅋㅋ", "아니 그게 아니고
 *   여행 가서 먹으려고 …") got more of the script: now "아, 다행이에요!" and a light line on what was
 *   said, and the mode ends (`clearsUp`, `clearedUp`). Only when nothing in the story before was
 *   distress, fear or violence: "아이고 그런 뜻은 아니에요 걱정 마요" after "나 같은 늙은이 없어도…"
 *   is no clear-up.
 * - "다 끝내고 싶다 진짜" right after "요즘 과제 너무 많아" is finishing the work (`finishingWork`);
 *   "유서 쓰는 수업 들었어" is a well-dying class, not a letter left behind (`letterClass`).
 *
 * Pure functions; the engine passes the story before (oldest first) and the ids of replies given.
 */
import type { SafetyVerdict } from './safety';
import { dangerNow, DANGER_NOW_REPLIES, DANGER_PREFIX } from './danger-now';
import { showsWarningSigns } from './warning-signs';

const nfc = (s: string) => s.normalize('NFC');

/** Distress, fear or violence told: then nothing here softens an alarm. */
const DISTRESS =
  /힘들|힘드|힘겹|지쳐|지쳤|지친|우울|죽고|죽을|죽어|자살|자해|살기\s?싫|사는\s?게|살고\s?싶지|다\s?끝|끝내고\s?싶|끝났으면|부질없|짐만|짐이|늙은|나이\s?(?:먹|들)|외로|괴로|포기|사라지고|사라졌으면|없어지고|없어졌으면|희망|의미\s?없|버티|견디|눈물|울고|울었|무서워|무섭|두려|겁나|겁이|떨려|숨어|살려|몰래|아무도\s?(?:없|모르|몰라)|때리|때려|때렸|때린|맞았|맞고|폭행|폭력|목\s?졸|밀쳐|밀쳤|던졌|협박|스토킹|스토커|차단|번호\s?바꿔|찾아와|찾아왔|싫다는데|그만하라|하지\s?말라/u;

export function toldDistress(texts: readonly string[]): boolean {
  return texts.some((t) => DISTRESS.test(nfc(t)));
}

// ---------------------------------------------------------------- ambiguous first lines

/** Words that make someone at the door a threat (spec: 그 사람, 전남친, 스토커, 문을 두드려, 안 가, 무서워, 계속). */
const DOOR_THREAT =
  /그\s?(?:사람|놈|남자|새끼)|전\s?남|전\s?여|전\s?애인|전\s?남편|헤어진|스토커|가해자|모르는\s?(?:사람|남자|여자)|낯선|술\s?취한|두드|두들|쾅|부수|부술|발로|열라|열어\s?(?:라|달|줘)|들어오려|안\s?가|계속|자꾸|아까부터|초인종|벨|도어락|비밀번호/u;

/** "지금 누가 문 앞에 있어": only 누가/누군가 at the door, nothing else. */
export function ambiguousDoor(text: string, earlier: readonly string[]): boolean {
  const t = nfc(text);
  if (dangerNow(t, false) !== 'door') return false;
  if (DOOR_THREAT.test(t) || DISTRESS.test(t)) return false;
  return !toldDistress(earlier.slice(-8)) && !earlier.slice(-8).some((e) => DOOR_THREAT.test(nfc(e)) && /문|집/u.test(nfc(e)));
}

/** Going up to a roof now or soon ("지금 옥상 올라가려고"); a roof gone up and come down is crisis-follow.ts's. */
const ROOF_NOW = /옥상(?:에|으로|엘)?\s?(?:혼자\s?|지금\s?|잠깐\s?|좀\s?)?(?:올라가(?:려|려고|는\s?중|고\s?있|요|\s?볼|도)|올라갈|가려고|갈\s?거|갈래|간다|가는\s?중|올라왔|올라와\s?있|와\s?있)/u;
const ROOF_ARRIVED = /올라왔|올라와\s?있|와\s?있/u;
/** Reasons to be on a roof that need no question. */
const ROOF_REASON = /빨래|이불|담배|바람|구경|불꽃|사진|야경|별|달\s?보|달이|노을|일출|일몰|고기|파티|캠핑|텃밭|화분|공사|수리|청소|에어컨|실외기|운동|전화\s?받/u;
export function roofNow(text: string): 'going' | 'there' | null {
  const t = nfc(text);
  const m = ROOF_NOW.exec(t);
  if (!m || ROOF_REASON.test(t)) return null;
  return ROOF_ARRIVED.test(m[0]) ? 'there' : 'going';
}

/** One's own things put in order or given away ("요즘 주변 정리 중이야", "물건들 다 … 나눠주고 있어"). */
const TIDY = /(?:주변|물건|짐|살림|소지품|가진\s?(?:것|거|걸))(?:들)?(?:을|를|도)?[^.?!]{0,16}?(?:정리\s?(?:중|하고|했|하는|해)|나눠\s?(?:주|줬|줄)|처분|남\s?(?:주|줬)|줘\s?버)/u;
/** Everyday reasons: moving, a new start, selling, a season. */
const TIDY_REASON = /이사|미니멀|대청소|당근|중고|팔(?:려고|았|고)|기부|봄|여름|가을|겨울|환절기|계절|이민|유학|결혼|자취|기숙사|입대/u;
const SOMEONE_ELSE = /(?:할머니|할아버지|엄마|아빠|어머니|아버지|친구|언니|오빠|누나|형|동생|남편|아내)(?:가|이|께서)|(?:주셨|하셨|하세요|하시|했대|한대)/u;
export function tidyingUp(text: string): boolean {
  const t = nfc(text);
  return TIDY.test(t) && !TIDY_REASON.test(t) && !SOMEONE_ELSE.test(t);
}

/** An ex who keeps getting in touch, and nothing more said ("전 남친이 자꾸 연락 와"): one message is not stalking. */
const EX = /전\s?남친|전남친|전\s?여친|전여친|전\s?남편|전남편|전\s?아내|전\s?애인|전\s?남자\s?친구|전\s?여자\s?친구|헤어진\s?(?:남친|여친|사람|애인)/u;
const EX_SUBJECT = new RegExp(`(?:${EX.source})(?:이|가|은|는|한테서|에게서)\\s?[^.?!]{0,8}(?:연락|문자|카톡|전화|디엠|DM)(?:이|가|을|를|도)?\\s?(?:와|왔|오|온|옴|해|하|보내|했)|(?:${EX.source})(?:한테|에게)\\s?[^.?!]{0,8}(?:연락|문자|카톡|전화|디엠|DM)(?:이|가|도)?\\s?(?:와|왔|오|온|옴)`, 'u');
const PURSUIT = /찾아|기다리|기다려|따라|쫓아|집\s?앞|회사\s?앞|학교\s?앞|위치|차단|번호\s?바꿔|다른\s?번호|수십|몇십|밤마다|하루\s?종일|매일|새벽|싫다는데|싫다고|그만하라|하지\s?말라|받지\s?말|안\s?받|협박|욕|사진|죽|때리|때려|맞/u;
export function exContactOnly(text: string, earlier: readonly string[]): boolean {
  const t = nfc(text);
  return EX_SUBJECT.test(t) && !PURSUIT.test(t) && !DISTRESS.test(t) && !toldDistress(earlier.slice(-8));
}

// ---------------------------------------------------------------- clear-ups

/** "그런 (무서운) 거 아니고", "그게 아니고", "오해야", "걱정 마". */
const NOT_THAT =
  /(?:그런|그렇게)\s?(?:무서운|위험한|심각한|나쁜|이상한|안\s?좋은)?\s?(?:거|게|건|뜻|의미|얘기|말|일)(?:은|는)?\s?아니|그게\s?아니(?:고|라|야|에요|예요)|(?:^|\s)아니\s?아니|오해(?:야|예요|에요|했|하지|하지\s?마)|걱정\s?(?:마|하지\s?마|안\s?해도)/u;
/** The harmless explanation: who or what it was, what for. */
const REASONS: ReadonlyArray<readonly [ClearTopic, RegExp]> = [
  ['delivery', /배민|배달|택배|기사님|쿠팡|요기요|치킨|피자|짜장/u],
  ['pet', /강아지|고양이|댕댕이|멍멍이|냥이|반려견|반려묘|우리\s?개/u],
  ['roof', /바람\s?(?:쐬|좀)|담배|빨래|이불|텃밭|화분|고기|캠핑|운동/u],
  ['sky', /별\s?(?:보|구경)|달\s?(?:보|구경)|달이|슈퍼문|야경|노을|일출|일몰|불꽃/u],
  ['tidy', /미니멀|이사|대청소|당근|중고|기부/u],
  ['trip', /여행|출장|시차/u],
  ['doctor', /의사|처방|병원에서|약사/u],
  ['greeting', /안부|잘\s?지내(?:냐|나|는지)|잘\s?사냐/u],
  ['someone', /(?:친구|엄마|아빠|동생|언니|오빠|누나|형|남친|여친|가족|경비|관리실|이웃|옆집)(?:야|였어|이었어|였네|이네|이다|다|더라|였다)/u],
];
type ClearTopic = 'delivery' | 'pet' | 'roof' | 'sky' | 'tidy' | 'trip' | 'doctor' | 'greeting' | 'someone' | 'other';
/** "피자 시킨 적 없는데": the reason denied. */
const NOT_MINE = /시킨\s?(?:적|거|게)\s?없|안\s?시켰|아닌\s?것\s?같|아니던데|아닌데/u;
const LAUGH = /[ㅋㅎ]{2,}|하하|히히|ㅋ$|ㅎ$/u;

/**
 * Whether a turn clears up what set an alarm off, and what it was (for the light line). Distress or
 * a threat in the turn itself (apart from the words denied: "그런 무서운 거 아니고") is no clear-up.
 */
export function clearsUp(text: string): ClearTopic | null {
  const t = nfc(text);
  const rest = t.replace(NOT_THAT, ' ');
  const reason = REASONS.find(([, re]) => re.test(t))?.[0] ?? null;
  if (DISTRESS.test(rest) || DOOR_THREAT.test(rest) || NOT_MINE.test(rest)) return null;
  if (reason) return reason;
  if (NOT_THAT.test(t)) return 'other';
  // Laughter with words after an alarm: "ㅋㅋ 아무것도 아냐".
  return LAUGH.test(t) && /[가-힣]{2,}/u.test(t) && /아무것도|별거|별\s?거|괜찮|농담/u.test(t) ? 'other' : null;
}

export const CLEAR_PREFIX = 'alarm:clear';
const CLEAR_LINES: Record<ClearTopic, string> = {
  delivery: '아, 다행이에요! 배달이었군요. 뭐 시켰어요?',
  pet: '아, 다행이에요! 강아지였다니 웃음이 나네요. 목줄은 다시 잘 채웠어요?',
  roof: '아, 그런 일이었군요! 괜히 걱정했네요. 옥상 바람 쐬면서 잠깐 쉬어 가요.',
  sky: '아, 다행이에요! 하늘 보러 가는 거였군요. 오늘 밤하늘이 맑았으면 좋겠어요.',
  tidy: '아, 다행이에요! 그런 이유였군요. 정리하고 나니 뭐가 제일 달라졌어요?',
  trip: '아, 다행이에요! 여행 때 쓰려고 챙겨 둔 거였군요. 어디로 가요?',
  doctor: '아, 다행이에요! 의사 선생님과 이야기하고 챙겨 둔 거라니 안심이에요. 요즘은 잠은 좀 어때요?',
  greeting: '아, 다행이에요! 그냥 안부 연락이었군요. 연락을 받고 마음이 어땠어요?',
  someone: '아, 다행이에요! 아는 사람이었군요. 제가 괜히 걱정했네요.',
  other: '아, 다행이에요! 제가 괜히 걱정했네요. 그럼 요즘은 어떻게 지내요?',
};
export function clearUpReply(topic: ClearTopic, text: string): string {
  // "미니멀리스트 되려고": the reason said back.
  if (topic === 'tidy' && /미니멀/u.test(nfc(text))) return '아, 다행이에요! 미니멀리스트가 되려는 거였군요. 정리하고 나니 뭐가 제일 달라졌어요?';
  if (topic === 'sky' && /별/u.test(nfc(text))) return '아, 다행이에요! 별 보러 가는 거였군요. 오늘 밤하늘이 맑았으면 좋겠어요.';
  return CLEAR_LINES[topic];
}

/** The reply ids of the alarms (danger, crisis, check-ins) and of this module's questions. */
const isAlarmId = (id: string) => id.startsWith('safety:') || id.startsWith('alarm:ask');

/**
 * Whether the alarm was cleared up: an `alarm:clear` given after the last alarm reply. Then the
 * danger and crisis follow-ups read the turn alone, not the story before.
 */
export function clearedUp(used: readonly string[]): boolean {
  const clear = used.findLastIndex((id) => id.startsWith(CLEAR_PREFIX));
  return clear >= 0 && clear > used.findLastIndex((id) => id.startsWith('safety:'));
}
/** Cleared up within the last `turns` turns (the clear id carries its turn number). */
export function clearedWithin(used: readonly string[], turnNow: number, turns = 3): boolean {
  if (!clearedUp(used)) return false;
  const id = used.findLast((x) => x.startsWith(CLEAR_PREFIX))!;
  const at = Number(id.split('@')[1] ?? -99);
  return turnNow - at <= turns;
}

// ---------------------------------------------------------------- verdicts that are no risk

/** The work to be finished: in the turn, or the turn before. */
const TASK = /과제|숙제|업무|일(?:이|을|도|만|들|부터)?\s?(?:너무|많|밀|쌓)|회사\s?일|시험|공부|프로젝트|이\s?주|레포트|리포트|보고서|마감|작업|논문|알바/u;
/** Despair beside the wish: then it stays a risk cue. */
const DESPAIR = /죽고|죽을|살기\s?싫|사는\s?게|살고\s?싶지|우울|희망|의미\s?없|부질없|포기|못\s?버티|버틸|견딜|외로|괴로|아무도|나\s?같은|없어지|사라지|다\s?지쳤|지쳤어|인생|삶/u;
export function finishingWork(text: string, earlier: readonly string[], verdict: SafetyVerdict): boolean {
  if (verdict.category !== 'suicide') return false;
  const decisive = verdict.hits.filter((h) => h.level !== 'family');
  if (decisive.length === 0 || !decisive.every((h) => h.rule === 'finish_all' && !/인생|삶|모든|결심|마음먹|결정/u.test(h.match))) return false;
  const t = nfc(text);
  const before = nfc(earlier.at(-1) ?? '');
  if (DESPAIR.test(t) || DESPAIR.test(before)) return false;
  return TASK.test(t) || TASK.test(before);
}
export const FINISH_WORK_PREFIX = 'alarm:finish-work';
export const FINISH_WORK_REPLY = '해야 할 게 그렇게 쌓여 있으면 빨리 다 끝내 버리고 싶죠. 지금 제일 급한 건 뭐예요?';

/** A class or programme where one writes a will (well-dying education), not a letter left behind. */
const LETTER_CLASS = /유서\s?(?:쓰기|쓰는|써\s?보는|작성(?:하는)?)?\s?(?:수업|교육|체험|프로그램|강의|강좌|특강|워크숍|워크샵|과제)|웰다잉|임종\s?체험|입관\s?체험|죽음\s?(?:준비\s?)?교육/u;
export function letterClass(text: string, verdict: SafetyVerdict): boolean {
  if (verdict.category !== 'suicide') return false;
  const decisive = verdict.hits.filter((h) => h.level !== 'family');
  return LETTER_CLASS.test(nfc(text)) && decisive.every((h) => h.rule === 'disappear' && h.match === '유서') && !DISTRESS.test(nfc(text));
}
export const LETTER_CLASS_PREFIX = 'alarm:letter-class';
export const LETTER_CLASS_REPLY = '유서를 써 보는 수업이었군요. 쉽게 해 보는 경험은 아닌데, 직접 써 보니 어떤 마음이 들었어요?';

// ---------------------------------------------------------------- the turn

export const ASK_PREFIX = 'alarm:ask';
export const DOOR_ASK = '누가 왔어요? 혹시 모르는 사람이거나 무서운 상황이에요?';
export const ROOF_ASK = { going: '옥상엔 무슨 일로 올라가요?', there: '옥상엔 무슨 일로 올라갔어요?' } as const;
export const TIDY_ASKS: readonly string[] = [
  '정리하게 된 계기가 있어요? 혹시 마음이 많이 지쳐서 그런 건 아닌지 궁금해요.',
  '필요한 사람들에게 나눠 주고 있군요. 그렇게 정리하면서 요즘 마음은 어때요?',
];
export const EX_ASK = '헤어진 사람한테서 자꾸 연락이 오는군요. 어떤 연락이에요? 받고 싶지 않은데 계속 와서 불편하거나 무서운 상황이에요?';

/** After the door question: yes, a stranger, fear, or a threat. */
const AFFIRMS = /^(?:응|어|네|예|ㅇㅇ|맞아|그래)(?:\s|$|[.!,~])|모르는|낯선|무서|무섭|겁나|겁이|그\s?사람|전\s?남|스토커|계속|자꾸|두드|안\s?가|열라|들어오려/u;

/**
 * No reason given for the roof ("그냥", "몰라", "..."): then the direct question, gently, with 109.
 * Its id is a check-in's, so a yes gets the crisis reply (engine); a no is this module's.
 */
const EVASIVE = /^(?:그냥|몰라|모르겠|글쎄|비밀|말하기\s?싫|알\s?거\s?없|왜|됐어)|^[.…~\s]*$/u;
export const ROOF_CHECK_ID = 'safety:check#roof';
export const ROOF_CHECK =
  '그렇군요. 혹시 마음이 많이 힘들어서 올라가려는 건 아닌지 걱정돼서 조심스럽게 물어볼게요. 혹시 죽고 싶은 마음이 들어요? 그렇다면 혼자 있지 말고 지금 자살예방상담전화 109에 전화해 주세요, 24시간 받아요.';
export const ROOF_CHECK_NO = '알겠어요, 대답해 줘서 고마워요. 괜히 걱정했다면 미안해요. 그래도 혹시 그런 마음이 드는 날엔 109가 언제든 열려 있다는 것만 기억해 줘요. 옥상에선 뭐 하려고요?';
const NO_ANSWER = /^(?:아니|아뇨|ㄴㄴ|놉|전혀|그런\s?거?\s?아니|그건\s?아니)/u;

export interface AlarmTurn {
  id: string;
  reply: string;
  /** A question or a clear-up is ordinary talk; the door reply after a yes is a safety turn, the roof check a suicide one. */
  safety: 'violence' | 'suicide' | null;
  /** The alarm mode ends: the engine drops the sticky flag. */
  clear?: boolean;
}

export interface AlarmContext {
  verdict: SafetyVerdict;
  /** Reply ids given so far, oldest first. */
  used: readonly string[];
  /** Whether the last turn was a safety turn. */
  lastSafety: boolean;
  /** This turn's number, for the clear-up id. */
  turn: number;
}

const FEAR_TOLD = /무서|무섭|겁나|겁이|두려|떨려|불안/u;
/**
 * The danger replies for the door and the house open with safety ("지금은 안전이 먼저예요"); when fear
 * was told, with the fear ("지금 많이 무섭겠어요"). The tester's rule: never "많이 무섭겠어요" when no
 * fear was told ("지금 그 사람이 우리 집 문 앞에 있어요" had got it).
 */
export function fitFear(reply: string, texts: readonly string[]): string {
  if (!texts.some((t) => FEAR_TOLD.test(nfc(t)))) return reply;
  if (reply.startsWith(SAFETY_FIRST) && reply.includes('문은 절대 열지')) return reply.replace(SAFETY_FIRST, '지금 많이 무섭겠어요. ');
  if (reply.startsWith(SAFETY_FIRST) && reply.includes('말리러')) return reply.replace(SAFETY_FIRST, '지금 많이 무섭죠. ');
  return reply;
}
const SAFETY_FIRST = '지금은 안전이 먼저예요. ';

/** This module's answer to the turn, or null: a clear-up, a question for an ambiguous first line, the door reply after a yes. */
export function alarmTurn(text: string, earlier: readonly string[], ctx: AlarmContext): AlarmTurn | null {
  const t = nfc(text);
  const { verdict, used } = ctx;
  const last = used.at(-1) ?? '';
  const ruleHit = verdict.source === 'rule';
  // A clear-up right after an alarm or a question, with nothing worrying in the story before it.
  if ((ctx.lastSafety || last.startsWith(ASK_PREFIX)) && isAlarmId(last) && !ruleHit && !toldDistress(earlier.slice(-8).filter((e) => !NOT_THAT.test(nfc(e))))) {
    const topic = clearsUp(t);
    // A bare "아니 그런 건 아니야" to a question about dying is the check-in's answer (safety-check.ts:
    // relief that keeps 109 near); here only with the reason told ("여행 가서 먹으려고").
    const askedOfDying = !last.startsWith(ASK_PREFIX) && !last.startsWith(`${DANGER_PREFIX}:`) && !last.startsWith('safety:violence');
    if (topic && !(topic === 'other' && askedOfDying)) return { id: `${CLEAR_PREFIX}@${ctx.turn}`, reply: clearUpReply(topic, t), safety: null, clear: true };
  }
  // After the roof question, no reason given: the direct question with 109; after that, a plain no.
  if (last === `${ASK_PREFIX}:roof` && verdict.category === null && t.replace(/[^가-힣ㄱ-ㅎ]/gu, '').length <= 12 && EVASIVE.test(t.trim())) {
    return { id: ROOF_CHECK_ID, reply: ROOF_CHECK, safety: 'suicide' };
  }
  if (last === ROOF_CHECK_ID && verdict.category === null && NO_ANSWER.test(t.trim()) && !DISTRESS.test(t)) {
    return { id: `${CLEAR_PREFIX}@${ctx.turn}`, reply: ROOF_CHECK_NO, safety: null, clear: true };
  }
  // After the door question: a yes, a stranger, fear: the door reply.
  if (last === `${ASK_PREFIX}:door` && AFFIRMS.test(t)) {
    const pool = DANGER_NOW_REPLIES.door;
    const at = Math.max(0, pool.findIndex((_, i) => !used.includes(`${DANGER_PREFIX}:door#${i}`)));
    return { id: `${DANGER_PREFIX}:door#${at}`, reply: fitFear(pool[at]!, [...earlier, t]), safety: 'violence' };
  }
  if (letterClass(t, verdict)) return { id: LETTER_CLASS_PREFIX, reply: LETTER_CLASS_REPLY, safety: null };
  if (finishingWork(t, earlier, verdict)) return { id: FINISH_WORK_PREFIX, reply: FINISH_WORK_REPLY, safety: null };
  if (ruleHit && verdict.category === 'suicide') return null;
  if (ambiguousDoor(t, earlier) && !used.includes(`${ASK_PREFIX}:door`)) return { id: `${ASK_PREFIX}:door`, reply: DOOR_ASK, safety: null };
  if (verdict.category === 'violence' && ruleHit && !exContactOnly(t, earlier)) return null;
  if (exContactOnly(t, earlier) && !used.includes(`${ASK_PREFIX}:ex`)) return { id: `${ASK_PREFIX}:ex`, reply: EX_ASK, safety: null };
  if (ruleHit) return null;
  const story = [...earlier.slice(-8), t];
  const roof = roofNow(t);
  if (roof && !toldDistress(story) && !used.includes(`${ASK_PREFIX}:roof`)) return { id: `${ASK_PREFIX}:roof`, reply: ROOF_ASK[roof], safety: null };
  // Two signs together (things put in order and thanks said to everyone) are warning-signs.ts's.
  if (tidyingUp(t) && !toldDistress(story) && !showsWarningSigns(t, earlier) && !earlier.slice(-8).some((e) => TIDY_REASON.test(nfc(e)))) {
    const at = TIDY_ASKS.findIndex((_, i) => !used.includes(`${ASK_PREFIX}:tidy#${i}`));
    if (at >= 0) return { id: `${ASK_PREFIX}:tidy#${at}`, reply: TIDY_ASKS[at]!, safety: null };
  }
  return null;
}
