/**
 * Turning points deep in long conversations (session 39, longfix).
 *
 * Testers talked to the CLI for 11-15 turns and found the bot deaf to the moments a story turns:
 * - a result that arrives after a wait: "결과 나왔어요" was answered from the waiting intent ("오늘은
 *   결과 생각에서 잠깐 벗어나…"), "양성이래요" (benign) got "마음이 한시도 편하지 않았을 것 같아요",
 *   "떨어졌어요 / 또 떨어졌어요 / 1점 차이래요" generic lines and, after them, "불안한 마음 한편에
 *   기대되는 부분도 있어요?" (the waiting mode went stale: these turns now set the mood);
 * - a forced smile before a sick mother ("엄마 앞에서는 웃었어요" got "조금 가벼운 날이 왔다는 건…"),
 *   tears shed alone after a humiliation ("퇴근하고 혼자 울었어요" got a lonely life alone);
 * - an apology received ("서연이한테 방금 전화 왔어 미안하다고" got "그런 생각을 하고 있었군요"),
 *   a long message sent after a rift ("어제 장문의 카톡 보냈어요" got the hangover intent);
 * - a decision ("이제 진짜 놓아줘야 할 것 같아요" got "그런 대우를 받으면 누구라도 상처받아요";
 *   "아니 그냥 안 할래" after "답장할까 말까 고민돼" was read as pushback at the bot);
 * - "아까도 비슷한거 물어봤잖아 기분 어떠냐고" answered by another feelings question;
 * - a fact told earlier set right ("아까 김과장이라고 했는데 사실 차장이에요" got "김 과장님 얘기군요.
 *   민망한 마음을 털어놔 줘서 고마워요"): the corrected fact is said back, nothing invented;
 * - a guarded user's "집이 좀" (after-work rest), a parent's drinking and worry for a younger
 *   sibling (generic anxiety and anger lines);
 * - "헤어지고 나서 카톡이 안 와" after a blind date (read as a break-up by text), "다음주에 영화보재"
 *   (a new date, read as watching dramas), "내일 출근하기 싫다" after a day spoiled by a boss
 *   (Monday blues on a weeknight).
 * All functions are pure; the engine asks `turningPoint` once, before the memory and pushback rules.
 */

import type { EmotionId } from '../ml/emotions';

const nfc = (text: string): string => text.normalize('NFC').trim();

// ── Results that arrive ──────────────────────────────────────────────────────────────────────

/** A story of waiting for a result: a test, an exam, an interview, an announcement. */
const WAITING_STORY = /결과|발표|조직검사|검사|면접|시험|고시|임용|합격|붙을|떨어질|기다리/u;
/** A test of the body: 양성 there means benign ("코로나 양성" is the opposite). */
const BIOPSY_STORY = /조직검사|세침|혹|결절|종양|용종|초음파|혹시\s?암|암일까|정밀검사/u;
const INFECTION = /코로나|독감|확진|PCR|pcr|키트|자가\s?진단|감염|격리|바이러스/u;
/** What a result says, when the turn says it. */
const RESULT_CONTENT = /합격|불합|붙|떨어|탈락|양성|음성|악성|전이|암|괜찮|이상\s?(?:없|있)|좋|나쁘|깨끗|재검|수술|점|등/u;

/** "결과 나왔어요", "금요일임 결과 나왔어": the result has come, what it says not yet told. */
export function resultArrived(text: string): boolean {
  const t = nfc(text);
  if (t.length > 24) return false;
  const m = /(?:^|\s)(?:검사\s?|시험\s?|면접\s?|최종\s?)?결과(?:가|는)?\s?(?:드디어\s?|방금\s?)?(?:나왔|떴|발표\s?났)(?:어요|어|음|다|네요|습니다|는데요?|어\s?ㅠ+)?\s*[.!~ㅠㅜ]*$/u.exec(t);
  if (!m) return false;
  return !RESULT_CONTENT.test(t.slice(0, m.index) + t.slice(m.index + m[0].length).replace(/결과/gu, ''));
}

/** "양성이래요" after a biopsy: benign, good news. */
export function benignResult(text: string, story: readonly string[], healthWait = false): boolean {
  const t = nfc(text);
  if (!/양성(?:이래|이라|이에|이었|이야|래|판정|으로|\s?나왔|이네)/u.test(t) || /악성|아니래|아니라고|아니었/u.test(t)) return false;
  const s = story.slice(-12).join(' ');
  return (BIOPSY_STORY.test(s) || healthWait) && !INFECTION.test(`${s} ${t}`);
}

/** "림프절에 전이됐대요", "악성이래요" after waiting for a test: the news feared. */
export function badTestResult(text: string, story: readonly string[], healthWait = false): boolean {
  const t = nfc(text);
  if (!/전이(?:됐|되었|가\s?됐|가\s?있)|악성(?:이래|이라|이에|이었|래|으로)|안\s?좋게\s?나왔|결과가?\s?안\s?좋/u.test(t)) return false;
  if (/아니래|아니라고|없대|없다고|안\s?됐/u.test(t)) return false;
  return healthWait || /결과|검사|조직검사/u.test(story.slice(-12).join(' '));
}

/** "떨어졌어요", "또 떨어졌어요" after waiting for an exam's result; 'again' when it says 또. */
export function failedAfterWaiting(text: string, story: readonly string[], waited = false): 'once' | 'again' | null {
  const t = nfc(text);
  if (t.length > 20) return null;
  if (!/^(?:아\s?|결국\s?|또\s?|또\s?다시\s?|이번에도\s?|아쉽게도\s?)*(?:떨어졌|떨어짐|불합격|불합|탈락|낙방|안\s?됐)(?:어요|어|음|네요|대요|래요|습니다|다)?\s*[.!~ㅠㅜ]*$/u.test(t)) return null;
  if (!waited && !WAITING_STORY.test(story.slice(-10).join(' '))) return null;
  return /또|이번에도/u.test(t) ? 'again' : 'once';
}

/** "1점 차이래요", "2점 모자랐대요": so near a pass. The gap as said ("1점"), or null. */
export function nearMiss(text: string, story: readonly string[]): string | null {
  const t = nfc(text);
  const m = /((?:[0-9]+(?:\.[0-9]+)?|한|두|반)\s?점)\s?(?:차이|차로|모자|부족)/u.exec(t);
  if (!m || /합격|붙었|통과/u.test(t)) return null;
  const s = story.slice(-6).join(' ');
  return /떨어|불합|탈락|안\s?됐/u.test(s) ? m[1]!.replace(/\s/gu, '') : null;
}

/** "태호가 괜찮다고 하는데 하나도 안 괜찮아요": comfort that does not reach. */
export function notOkayThoughTold(text: string): boolean {
  const t = nfc(text);
  return /괜찮다(?:고|며|는데|던데)|괜찮대|괜찮을\s?거(?:래|라고)/u.test(t) && /(?:하나도|전혀|진짜|정말|난|나는|저는)?\s?안\s?괜찮|괜찮지\s?않/u.test(t.replace(/괜찮다(?:고|며|는데|던데)|괜찮대/u, ''));
}

// ── Holding it together, tears alone ─────────────────────────────────────────────────────────

const FAMILY_FACE = /(엄마|아빠|어머니|아버지|부모님|남편|아내|와이프|아이들?|애들|가족|할머니|할아버지|동생|딸|아들)\s?앞에서(?:는|만|도)?\s?(?:계속\s?|일부러\s?|억지로\s?)?(?:웃었|웃어\s?보였|웃어\s?드렸|웃고\s?있|괜찮은\s?척|아무렇지\s?(?:않은|도\s?않은)\s?척|씩씩한\s?척|안\s?울었|울지\s?않았)/u;

/** "엄마 앞에서는 웃었어요": the face kept before someone, inside a heavy story. The someone, or null. */
export function smiledInFront(text: string, heavyStory: boolean): string | null {
  if (!heavyStory) return null;
  const m = FAMILY_FACE.exec(nfc(text));
  return m ? m[1]! : null;
}

/** "퇴근하고 혼자 울었어요", "화장실에서 울었어요": tears kept for when no one sees, inside a hurt story. */
export function criedAlone(text: string, heavyStory: boolean): boolean {
  const t = nfc(text);
  if (!heavyStory || t.length > 30 || /기뻐서|좋아서|감동|행복해서|웃겨서|웃다가/u.test(t)) return false;
  return /(?:혼자|몰래|숨어서|화장실에서|방에서|차에서|이불\s?속에서)\s?(?:펑펑\s?|엉엉\s?|한참\s?|많이\s?)?(?:울었|울고\s?(?:왔|나왔|말았)|울어\s?버렸)/u.test(t);
}

// ── Making up, reaching out ──────────────────────────────────────────────────────────────────

/**
 * "서연이한테 방금 전화 왔어 미안하다고", "어제는 말이 심했다고 사과하시더라구요", "자기도 말이 심했대요":
 * an apology received. 'honorific' when the one who apologised is spoken of with -시-.
 */
export function apologyReceived(text: string): 'plain' | 'honorific' | null {
  const t = nfc(text);
  if (/^사과했|미안하다고\s?(?:해야|할까|하고\s?싶|말해야|말할까|전해)/u.test(t)) return null;
  if (/(?:내가|제가|나도|저도|나는|저는)\s?(?:먼저\s?)?(?:미안하다고|사과)|사과(?:해야|할까|하고\s?싶|를?\s?안|받고\s?싶|도\s?안|\s?한\s?마디\s?(?:없|안))|미안하다는\s?말도?\s?(?:없|안)|안\s?(?:왔|와)/u.test(t)) return null;
  const apol = /미안하다고|미안하대|미안하다며|사과(?:하시|하셨|했|하더|를\s?하|받았)|말이\s?심했(?:대|다고|다며)|자기가\s?(?:잘못했|미안)/u.test(t);
  if (!apol) return null;
  return /하시|하셨|시더|셨어|셨대|셨다/u.test(t) ? 'honorific' : 'plain';
}

/** A rift in the story: a fight, silence, hurt. */
const RIFT = /싸웠|싸움|다퉜|다툼|화났|화가\s?났|연락(?:을|이)?\s?(?:안|못|끊)|읽씹|차단|서운|틀어졌|멀어졌|사이가|절교/u;

/** "어제 장문의 카톡 보냈어요" after a fight and silence: a brave step, no hangover. */
export function sentLongMessage(text: string, story: readonly string[]): boolean {
  const t = nfc(text);
  if (/술|취해|취한|취했|필름|마시|마셨/u.test(t)) return false;
  if (!/(?:장문|긴)\s?(?:의\s?)?(?:카톡|톡|메시지|문자|편지|디엠|DM|메일)(?:을|를)?\s?(?:먼저\s?)?(?:보냈|썼|남겼|써서\s?보냈)/u.test(t)) return false;
  return RIFT.test(story.slice(-8).join(' '));
}

// ── A guarded opening, a parent's drinking, a younger sibling ───────────────────────────────

/** "집이 좀", "집에 좀 일이 있어서": home named and no more. */
export function guardedHome(text: string): boolean {
  return /^(?:그냥\s?|음\s?|뭐\s?)?(?:집이|집에|집안이|집안에|가족이|집\s?문제가?)\s?(?:좀|조금|쫌)(?:\s?(?:그래|그렇|복잡|일이\s?있|시끄러|안\s?좋)[가-힣]*)?\s*[.…~ㅠㅜ]*$/u.test(nfc(text));
}

/** "아빠가 요즘 술을 많이 드셔": a parent's or a husband's drinking. Who, or null. */
export function familyDrinks(text: string): string | null {
  const m = /(아빠|아버지|엄마|어머니|남편)(?:가|이|께서|는|은|도)?\s?(?:요즘\s?|맨날\s?|매일\s?|또\s?|계속\s?|자꾸\s?)*술(?:을|만)?\s?(?:너무\s?|많이\s?|자주\s?|매일\s?|맨날\s?)*(?:드셔|드세요|드시|마셔|마시|먹어|먹고|드심|마심)/u.exec(nfc(text));
  if (!m || !/많이|너무|자주|매일|맨날|요즘|계속|또/u.test(text)) return null;
  if (/끊으셨|끊었|안\s?드셔|안\s?마셔|줄이셨|줄였/u.test(text)) return null;
  return m[1]!;
}

/** "동생은 아직 중학생이라 걱정돼": the user's worry for a younger sibling. */
export function worriesForSibling(text: string): boolean {
  const t = nfc(text);
  return /(?:남|여)?동생(?:은|이|도|이가|가)?[^.?!]{0,16}걱정(?:돼|되|이야|이에요|이다|임|됨|이\s?돼|스러워)/u.test(t) && !/걱정(?:해|하|을\s?해)/u.test(t);
}

// ── Decisions ────────────────────────────────────────────────────────────────────────────────

/** "이제 진짜 놓아줘야 할 것 같아요": letting go, decided (not "잊어야 하는데 안 돼"). */
export function decidesToLetGo(text: string): boolean {
  const t = nfc(text);
  if (/는데|지만|못|안\s?돼|안\s?되|어떻게|까요?\s*[?？]|[?？]/u.test(t)) return false;
  return /(?:이제|그만|진짜|정말)\s?(?:진짜\s?|정말\s?|그만\s?)?(?:놓아\s?줘야|놓아\s?주려고|놓아\s?줄래|놓아\s?주기로|보내\s?줘야|보내\s?주려고|보내\s?주기로|마음\s?접어야|마음\s?접으려고|마음\s?접기로|(?:마음|관계)(?:을|를)?\s?정리(?:해야|하려고|하기로)|잊으려고|잊기로)/u.test(t);
}

/** "아니 그냥 안 할래" right after "답장할까 말까 고민돼": a decision, no pushback at the bot. */
export function decidesNot(text: string, lastUser: string | undefined): boolean {
  const t = nfc(text);
  if (!lastUser || !/할까\s?말까|할지\s?말지|보낼까\s?말까|말까\s?고민|할까\s?고민|해야\s?하나|고민(?:돼|이야|이에요|중)/u.test(nfc(lastUser))) return false;
  return /^(?:아니\s?|음\s?|그냥\s?|에이\s?|아\s?)*(?:답장\s?|연락\s?)?(?:안\s?할래|안\s?하려고|안\s?할게|안\s?하기로\s?했|하지\s?말아야겠|하지\s?말래|안\s?보낼래|안\s?보내려고|말래|말기로\s?했)(?:요)?\s*[.~ㅋㅎ]*$/u.test(t);
}

// ── The bot repeating itself ─────────────────────────────────────────────────────────────────

/** "아까도 비슷한거 물어봤잖아 기분 어떠냐고", "또 그 질문이야": the same question asked again. */
export function complainsOfRepeat(text: string): boolean {
  const t = nfc(text);
  if (/(?:엄마|아빠|친구|선생님|쌤|팀장|부장|상사|걔|쟤|그\s?사람|남친|여친|남편|아내|의사)(?:가|이|는|도|께서)?\s/u.test(t)) return false;
  return (/아까|비슷|같은|똑같/u.test(t) && /(?:물어봤|물어보|묻|물었|질문하)[가-힣]*(?:잖|네|냐|니)/u.test(t))
    || /(?:또|똑같은|같은)\s?(?:그\s?)?질문(?:이야|이네|이에요|만\s?(?:하|해)|하네|이잖)/u.test(t);
}

// ── A fact told earlier, set right ───────────────────────────────────────────────────────────

const TITLES = /^(.)(과장|차장|부장|대리|팀장|실장|주임|사원|본부장|이사|상무|전무|사장|선배|교수)$/u;
const WORD = '[가-힣A-Za-z0-9]{1,10}?(?:\\s[가-힣A-Za-z0-9]{1,6}?)??';
const COPULA = '(?:이었|였|이에요|예요|에요|이야|야|임|이래|래)';
const SAID_EARLIER = new RegExp(`아까\\s?(?:말한\\s?|얘기한\\s?|내가\\s?|제가\\s?)?(${WORD})(?:이)?라고\\s?(?:했는데|했잖아|했던\\s?거|말했는데|썼는데|했지만)[,.\\s]*(?:사실(?:은)?\\s?|원래\\s?|알고\\s?보니\\s?)?([가-힣A-Za-z0-9]{1,10}?)${COPULA}`, 'u');
const NOT_THAT = new RegExp(`아까\\s?(?:말한|얘기한|한)\\s?(${WORD})\\s?말고\\s?,?\\s?(?:사실(?:은)?\\s?|원래\\s?)?([가-힣A-Za-z0-9]{1,10}?)${COPULA}`, 'u');
const NOT_FACT = /^(?:거짓말|농담|뻥|장난|그게|그건|다)$/u;

export interface EarlierFact {
  denied: string;
  instead: string;
}

/** "아까 김과장이라고 했는데 사실 차장이에요", "아까 말한 3개월 말고 사실 4개월이었어요". */
export function earlierFactFixed(text: string): EarlierFact | null {
  const t = nfc(text);
  const m = SAID_EARLIER.exec(t) ?? NOT_THAT.exec(t);
  if (!m) return null;
  const denied = m[1]!.trim();
  const instead = m[2]!.trim();
  if (NOT_FACT.test(instead) || denied === instead || /다$/u.test(denied)) return null;
  return { denied, instead };
}

const batchim = (w: string): boolean => {
  const c = w.charCodeAt(w.length - 1);
  if (c >= 0x30 && c <= 0x39) return '0136780'.includes(w[w.length - 1]!);
  return c >= 0xac00 && c <= 0xd7a3 && (c - 0xac00) % 28 !== 0;
};

/** "아, 김 차장님이었군요. 바로잡아 줘서 고마워요." */
export function earlierFactLead(fix: EarlierFact): string {
  const titled = TITLES.exec(fix.denied);
  const said = titled && /^(?:과장|차장|부장|대리|팀장|실장|주임|사원|본부장|이사|상무|전무|사장|선배|교수)$/u.test(fix.instead) ? `${titled[1]} ${fix.instead}님` : fix.instead;
  return `아, ${said}${batchim(said) ? '이었군요' : '였군요'}. 바로잡아 줘서 고마워요. 이어서 편하게 이야기해 줘요.`;
}

// ── Dates, and work after a bad day ──────────────────────────────────────────────────────────

const DATING_STORY = /소개팅|애프터|썸|데이트|내\s?스타일|첫\s?만남|처음\s?만났|만나고\s?왔/u;

/** "근데 헤어지고 나서 카톡이 안 와" after a date: parting that evening, no break-up. */
export function partedNoMessage(text: string, story: readonly string[]): boolean {
  const t = nfc(text);
  if (!/헤어지고\s?(?:나서|난\s?(?:뒤|후|다음)|들어와서|집에\s?와서)|헤어진\s?(?:뒤|후|다음)/u.test(t)) return false;
  if (!/(?:카톡|톡|연락|문자|답장|메시지|디엠)(?:이|가|은|도)?\s?(?:안\s?(?:와|옴|오|왔)|없)/u.test(t)) return false;
  return DATING_STORY.test(story.slice(-8).join(' ')) && !/헤어지자|이별|차였|사귀/u.test(story.slice(-8).join(' '));
}

/** "다음주에 영화보재 ㅠㅠ" after a good date: asked out again. */
export function askedOutAgain(text: string, story: readonly string[]): boolean {
  const t = nfc(text);
  if (!/(?:보재|보자고|보자네|만나재|만나자고|만나자네|먹재|먹자고|가재|가자고|보러\s?가재|또\s?보재)/u.test(t) || /싫|안\s?갈|거절|어떡|어떻게/u.test(t)) return false;
  return DATING_STORY.test(story.slice(-10).join(' '));
}

const WORK_PEOPLE = /부장|팀장|상사|과장|차장|대리|본부장|사장님|실장|선배|동료|회사|직장|회식|워크샵|워크숍/u;

/** "내일 출근하기 싫다" on the evening of a bad day at work: that day, not the weekend ending. */
export function dreadsWorkAfterBadDay(text: string, story: readonly string[], heavyStory: boolean): boolean {
  const t = nfc(text);
  if (!heavyStory || /주말|일요일|월요|연휴|휴가|휴일|일주일|한\s?주/u.test(t)) return false;
  if (!/(?:내일|낼)\s?(?:회사\s?|출근\s?)?(?:출근|회사\s?가|회사)(?:하기|가기)?\s?(?:싫|가기\s?싫|무서|두려)/u.test(t)) return false;
  return WORK_PEOPLE.test(story.slice(-10).join(' '));
}

/** "카카오 최종면접" right after "나 오늘 면접봤어": which round it was, no result told. */
export function interviewStage(text: string, lastUser: string | undefined): string | null {
  const t = nfc(text);
  if (!lastUser || !/면접\s?(?:봤|보고|다녀|끝)/u.test(nfc(lastUser))) return null;
  const m = /^(?:[가-힣A-Za-z0-9]{1,10}\s)?((?:최종|임원|1차|2차|3차|실무|PT|pt|대표|사장)\s?면접)(?:이었어요|이었어|였어|이야|이에요|임|요)?\s*[.!~ㅋㅎ]*$/u.exec(t);
  return m ? m[1]!.replace(/\s/gu, '') : null;
}

/** Self-blame in a break-up with the worst ruled out ("내가 잘못한거임 바람핀건 아니고"). */
export function blamesSelfInBreakup(text: string, story: readonly string[]): boolean {
  const t = nfc(text);
  if (!/(?:내가|제가)\s?잘못(?:한|했)|(?:내|제)\s?잘못(?:이|임|이야|이에요)/u.test(t) || /(?:내가|제가)\s?잘못(?:한|했)(?:게|건|거)\s?(?:뭐|있)|[?？]/u.test(t)) return false;
  return /헤어|이별|차였|찼|여친|남친|여자친구|남자친구/u.test(story.slice(-6).join(' ') + t);
}

// ── The turn ─────────────────────────────────────────────────────────────────────────────────

export type TurningKind =
  | 'repeat'
  | 'result_arrived'
  | 'benign'
  | 'bad_result'
  | 'failed'
  | 'failed_again'
  | 'near_miss'
  | 'not_okay'
  | 'smiled_in_front'
  | 'cried_alone'
  | 'apology'
  | 'apology_honorific'
  | 'long_message'
  | 'guarded_home'
  | 'family_drinks'
  | 'sibling_worry'
  | 'let_go'
  | 'decided_not'
  | 'parted_no_message'
  | 'asked_out'
  | 'dreads_work'
  | 'self_blame_breakup'
  | 'interview_stage';

export interface TurningTurn {
  kind: TurningKind;
  replies: readonly string[];
  /** The turn's mood; null keeps the story's (a detail of a hard story told in passing). */
  mood: EmotionId | null;
}

export interface TurningContext {
  /** The user's earlier texts in this story, oldest first. */
  story: readonly string[];
  /** The user's last text. */
  lastUser?: string;
  /** The story so far is a hurt or hard one (its mood leans negative, or a misfortune was told). */
  heavy: boolean;
  /** Intents the earlier turns were answered from, the whole conversation (the story texts keep six). */
  intents?: readonly string[];
}

/** Intents of waiting for a result: a test of the body, or an exam or interview. */
const HEALTH_WAIT = new Set(['life_health_waiting_results', 'life_health_hospital_nervous']);
const OTHER_WAIT = new Set(['job_interview_done', 'job_waiting_results', 'school_results_day', 'job_interview_tomorrow', 'school_exam_tomorrow', 'exam_long_term_test_prep']);

export const TURNING_PREFIX = 'turning';

const drinkingReply = (who: string): string => {
  const parent = who !== '남편';
  const subj = `${who}${batchim(who) ? '이' : '가'}`;
  return parent
    ? `${subj} 술을 많이 드시면 집 안 분위기부터 달라지죠. 그걸 곁에서 지켜보는 것도 많이 지치는 일이에요. 술 드신 날엔 집이 어떤 분위기예요?`
    : `${subj} 술을 많이 마시면 집 안 분위기부터 달라지죠. 그걸 곁에서 지켜보는 것도 많이 지치는 일이에요. 술 마신 날엔 집이 어떤 분위기예요?`;
};

/** The turning point the turn is, with its replies (first the most specific), or null. */
export function turningPoint(text: string, ctx: TurningContext): TurningTurn | null {
  const t = nfc(text);
  if (complainsOfRepeat(t)) {
    return { kind: 'repeat', mood: 'neutral', replies: ['맞아요, 아까도 비슷한 걸 물었네요. 같은 질문을 또 해서 미안해요. 이제 묻기보다 들을게요, 하고 싶은 이야기를 편하게 이어서 해 줘요.', '그러게요, 제가 같은 걸 또 물었네요. 미안해요. 질문은 잠깐 내려놓고 들을게요.'] };
  }
  const healthWait = (ctx.intents ?? []).some((id) => HEALTH_WAIT.has(id));
  const waited = healthWait || (ctx.intents ?? []).some((id) => OTHER_WAIT.has(id));
  if (ctx.story.length > 0 && resultArrived(t) && (waited || WAITING_STORY.test(ctx.story.slice(-12).join(' ')))) {
    return { kind: 'result_arrived', mood: 'anxiety', replies: ['결과가 나왔군요. 기다리는 동안 마음 많이 졸였을 텐데, 어떻게 나왔어요? 말할 수 있을 때 천천히 들려줘요.'] };
  }
  if (benignResult(t, ctx.story, healthWait)) {
    return { kind: 'benign', mood: 'joy', replies: ['양성이라니 정말 다행이에요! 기다리는 동안 마음 졸였던 만큼 이제야 숨이 좀 쉬어지겠어요. 오늘은 그동안 긴장했던 몸과 마음을 푹 쉬게 해 줘요.'] };
  }
  if (badTestResult(t, ctx.story, healthWait)) {
    return { kind: 'bad_result', mood: 'sadness', replies: ['기다린 결과가 바라던 대로 나오지 않았군요. 그 말을 듣는 순간 마음이 얼마나 내려앉았을까요. 지금은 아무것도 정리하지 않아도 괜찮아요, 여기서 천천히 이야기해요.'] };
  }
  const failed = failedAfterWaiting(t, ctx.story, waited);
  if (failed === 'again') {
    return { kind: 'failed_again', mood: 'sadness', replies: ['"또"라는 말에 그동안 버텨 온 시간이 다 담겨 있는 것 같아요. 그 무게를 혼자 다 안고 있지 않아도 돼요. 여기서 천천히 꺼내 놓아요.'] };
  }
  if (failed === 'once') {
    return { kind: 'failed', mood: 'sadness', replies: ['기다린 결과가 이렇게 나와서 마음이 많이 무너지겠어요. 지금은 아무것도 하지 않아도, 아무 말 하지 않아도 괜찮아요.'] };
  }
  const gap = nearMiss(t, ctx.story);
  if (gap) {
    return { kind: 'near_miss', mood: 'sadness', replies: [`${gap} 차이라니, 그래서 더 아깝고 속상하겠어요. 거의 다 닿았던 만큼 더 아플 거예요. 오늘은 그냥 속상해해도 괜찮아요.`] };
  }
  if (notOkayThoughTold(t)) {
    return { kind: 'not_okay', mood: 'sadness', replies: ['곁에서 괜찮다고 해 줘도 지금은 그 말이 잘 안 들어올 수 있어요. 안 괜찮은 게 당연해요. 여기서는 괜찮은 척하지 않아도 돼요.'] };
  }
  const face = smiledInFront(t, ctx.heavy);
  if (face) {
    return { kind: 'smiled_in_front', mood: 'sadness', replies: [`${face} 앞에서 웃어 보이느라 얼마나 애썼을까요. 속으로는 무거운 마음을 꾹 누르면서요. 혼자 있을 때만큼은 그 마음을 내려놓아도 괜찮아요.`] };
  }
  if (criedAlone(t, ctx.heavy)) {
    const alone = '혼자 울 만큼 마음이 많이 아팠던 거예요. 그렇게라도 쏟아 낸 건 잘한 일이에요. 울고 나니 조금은 어때요?';
    const heldIn = '남들 앞에서는 참다가 혼자서야 울 수 있었군요. 그동안 꾹 참느라 정말 애썼어요. 지금은 좀 어때요?';
    // Right after a smile kept before someone, the tears are what the smile held in.
    return { kind: 'cried_alone', mood: 'sadness', replies: /앞에서/u.test(ctx.lastUser ?? '') ? [heldIn, alone] : [alone, heldIn] };
  }
  const apology = ctx.story.length > 0 ? apologyReceived(t) : null;
  if (apology === 'honorific') {
    return { kind: 'apology_honorific', mood: 'neutral', replies: ['먼저 사과를 하셨군요. 그 말을 듣고 마음이 조금은 풀렸을까요, 아니면 아직 남아 있는 게 있어요?'] };
  }
  if (apology === 'plain') {
    return { kind: 'apology', mood: 'neutral', replies: ['먼저 미안하다는 말을 건네 왔군요. 그 한마디에 마음이 조금은 풀렸을까요, 아니면 아직 남아 있는 게 있어요?'] };
  }
  if (sentLongMessage(t, ctx.story)) {
    return { kind: 'long_message', mood: 'anxiety', replies: ['연락이 끊긴 사이에 먼저 마음을 꺼내 보냈군요. 쉽지 않은 용기였어요. 보내 놓고 기다리는 마음은 좀 어때요?'] };
  }
  if (guardedHome(t)) {
    return { kind: 'guarded_home', mood: 'neutral', replies: ['집에 무슨 일이 있어요? 천천히, 말하고 싶은 만큼만 이야기해도 괜찮아요.'] };
  }
  const drinker = familyDrinks(t);
  if (drinker) return { kind: 'family_drinks', mood: null, replies: [drinkingReply(drinker)] };
  if (worriesForSibling(t)) {
    return { kind: 'sibling_worry', mood: null, replies: ['동생 걱정까지 마음에 안고 있었군요. 나도 힘든데 동생부터 생각하는 마음이 느껴져요. 동생은 요즘 어떻게 지내는 것 같아요?'] };
  }
  if (decidesToLetGo(t)) {
    return { kind: 'let_go', mood: 'sadness', replies: ['놓아주기로 마음먹기까지 얼마나 많이 흔들렸을까요. 쉽지 않은 결정이에요. 그 마음을 정하고 나니 지금은 어때요?'] };
  }
  if (decidesNot(t, ctx.lastUser)) {
    return { kind: 'decided_not', mood: 'neutral', replies: ['안 하기로 정했군요. 고민 끝에 지금 내 마음이 편한 쪽을 고른 거예요. 정하고 나니 마음은 좀 어때요?'] };
  }
  if (partedNoMessage(t, ctx.story)) {
    return { kind: 'parted_no_message', mood: 'anxiety', replies: ['만나고 헤어진 뒤에 연락이 없으면 괜히 이런저런 생각이 들죠. 상대도 아직 집에 가는 중이거나 연락할 때를 보고 있을 수 있어요. 기다리는 동안 마음은 좀 어때요?'] };
  }
  if (askedOutAgain(t, ctx.story)) {
    return { kind: 'asked_out', mood: 'joy', replies: ['다음 약속까지 잡혔네요! 설레는 마음이 여기까지 전해져요. 그날이 벌써 기다려지겠어요.'] };
  }
  if (dreadsWorkAfterBadDay(t, ctx.story, ctx.heavy)) {
    return { kind: 'dreads_work', mood: 'sadness', replies: ['그런 일이 있었던 날 밤이라 내일 출근이 더 무겁게 느껴지겠어요. 내일은 딱 할 일만 하고 오는 날로 정해 둬도 괜찮아요. 오늘 밤은 마음을 좀 내려놓을 수 있으면 좋겠어요.'] };
  }
  const stage = interviewStage(t, ctx.lastUser);
  if (stage) {
    return { kind: 'interview_stage', mood: 'neutral', replies: [`${stage}까지 보고 왔군요. 거기까지 간 것만으로도 정말 애썼어요. 오늘 면접은 어떤 분위기였어요?`] };
  }
  if (blamesSelfInBreakup(t, ctx.story)) {
    return { kind: 'self_blame_breakup', mood: 'sadness', replies: ['헤어진 이유를 내 잘못으로 안고 있군요. 그렇게 돌아보는 것도 그만큼 진심이었다는 뜻이에요. 어떤 부분이 제일 마음에 걸려요?'] };
  }
  return null;
}
