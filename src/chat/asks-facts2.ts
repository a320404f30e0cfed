/**
 * Questions of fact, second round (session 36, facts2). Testers found the first round's answers
 * (asks-facts.ts) given to the wrong question, and questions with no answer at all:
 * "저 주휴수당 받을 수 있어요?" and "실업급여는 받을 수 있나" got the reply about 30 unpaid minutes,
 * "3년 일했는데 퇴직금은?" the wage-arrears reply, "감기약 먹고 술 마셔도 돼?" (asked for a mother)
 * the antidepressant reply, "보증금을 안 돌려줘요 … 어떡하죠" the reply about money lent to a friend;
 * "숙취에 타이레놀 먹어도 돼?", "이부프로펜이랑 타이레놀 같이 먹어도 돼?", "약을 하루 건너뛰고 마시면
 * 되지 않을까요", "수면제 먹고 폰 보다가 기억이 없어", "수습이면 원래 90%만 줘도 되는 거예요?",
 * "(정신과) 기록 남는거 엄마가 알수잇어요?", "생리휴가 쓸 수 있어?" and "(병가) 예시 문장 좀 써줘"
 * got a reflection and a question back, or this app's storage.
 *
 * Each answer says what is generally true in Korea (2026), what the bot cannot judge and who can
 * (약사, 처방한 의사, 고용노동부 1350, 대한법률구조공단 132, 고용센터), then one short line back to
 * the person. No dose is named, no mix of medicine and alcohol is called fine. The engine asks this
 * module before asks-facts.ts, so that the narrower topic here answers first.
 */

export type Fact2Topic =
  | 'weekly_pay'
  | 'weekly_pay_boss'
  | 'wage_where'
  | 'report_fear'
  | 'unemployment'
  | 'severance'
  | 'notice_month'
  | 'is_dismissal'
  | 'deposit'
  | 'lease_register'
  | 'cold_med_alcohol'
  | 'hangover_painkiller'
  | 'hangover_what'
  | 'painkiller_combo'
  | 'empty_stomach'
  | 'skip_med'
  | 'half_dose'
  | 'sleep_pill_awake'
  | 'pill_dependence'
  | 'anxiety_coffee'
  | 'probation_pay'
  | 'probation_simple'
  | 'no_contract'
  | 'psych_record'
  | 'first_visit'
  | 'period_leave'
  | 'sick_leave_how'
  | 'sick_leave_message';

export interface Fact2Context {
  /** The user's earlier turns, oldest first. */
  earlier?: readonly string[];
  /** The topic of the bot's last reply, when this module gave it. */
  lastFact?: Fact2Topic | null;
}

export const FACT2_PREFIX = 'fact2';

/** A question: a question mark or a question's ending ("받을 수 있나", "안보이려나", "써줘"). */
const ASKED =
  /[?？]|(?:나요|까요|을까|할까|될까|겠지|겠죠|않을까|나|냐|니|죠|지|돼|되나|돼요|되는\s?거|가요|있어|있나|있어요|맞아|맞나|맞나요|맞죠|거야|거예요|건가|건가요|인가|인가요|뭐야|뭐예요|려나|려나요|은요|는요|써\s?줘|써\s?주세요|알려\s?줘|알려\s?주세요|어떡해|어떡하죠|어떡하지|어쩌지)\s*[ㅠㅜ.…~!]*\s*$/u;

// ——— work ———
const WEEKLY = /주휴/u;
const PAY_CAN = /받을\s?수|받아야|받는\s?(?:거|게)|받나|줘야|안\s?줘도|맞나|맞아|있어요|있나|없어|가능/u;
const NO_SUCH = /(?:원래|그런\s?거|알바는|주휴(?:수당)?(?:은|는)?)\s?(?:원래\s?)?(?:없|안\s?줘|안\s?준|해당\s?안)|안\s?줘도\s?된다/u;
const WHERE_ASK = /어디(?:에|로|서|다)?\s?(?:신고|물어|문의|연락|상담|전화|진정|말해|알아)|누구(?:한테|에게)\s?물어/u;
const FEAR_FIRED = /잘릴까|잘리면|잘릴\s?것|해고될까|해고\s?당할까|짤릴까|짤리면|불이익/u;
const UNEMPLOYMENT = /실업\s?급여|구직\s?급여|실업\s?수당/u;
const SEVERANCE = /퇴직금/u;
/** Already getting it: "실업급여 받고 있어" is told, not asked. */
const ALREADY = /받고\s?있|받는\s?중|받았|받은\s?(?:거|돈)/u;
const BENEFIT_ASK = /받을\s?수|받을까|받나|받아도|받으려면|신청|어떻게|조건|되나|돼|될까|가능|나와|나오나|얼마|[?？]|은요|는요|은\s*$/u;
const IS_DISMISSAL = /해고(?:가|인)?\s?(?:맞|인가|인\s?거|야|예요|에요|일까|인지)|잘린\s?(?:거|건)\s?(?:맞|야|예요|인가)/u;
const NOTICE = /(?:한\s?달|한달|30일)\s?(?:전에|전|前)[^.?!]{0,12}(?:말하면|알리면|통보하면|얘기하면|예고하면)?[^.?!]{0,8}(?:합법|불법|괜찮|돼|되|가능)/u;
const DISMISSED_STORY = /나오지\s?말|나오래|까지만\s?(?:나와|일하)|해고|잘렸|잘린대|그만\s?나오|권고\s?사직/u;
const PROBATION = /수습/u;
const PROBATION_CUT = /90\s?(?:%|퍼|프로)|덜\s?(?:줘|줄|준)|적게\s?(?:줘|줄|준)|깎|감액|최저\s?(?:시급|임금)보다|수습이면|수습\s?(?:기간|때)(?:에는|엔|은)?\s?(?:원래|다)/u;
const SIMPLE_JOB = /편의점|서빙|주방|카페|식당|음식점|마트|물류|택배|배달|청소|주유|패스트\s?푸드|햄버거|PC방|피시방|매장/u;
const CONTRACT_MISSING = /근로\s?계약서[^.?!]{0,8}(?:안\s?(?:썼|쓰|썻|받|줬|줌)|못\s?(?:썼|받)|없|안\s?써)/u;
const WORK_STORY = /알바|회사|직장|사장|팀장|편의점|근무|일하|출근|월급|시급|수습|매장/u;

// ——— lease ———
const DEPOSIT = /보증금|전세금|전셋돈/u;
const DEPOSIT_HELD = /안\s?(?:돌려|줘|주|준|내줘|빼줘)|못\s?(?:돌려|받)|돌려\s?(?:받|달라)|반환|안\s?나와|미루|없다고/u;
const LANDLORD_OR_LEASE = /집주인|임대인|계약\s?(?:끝|만료|종료)|만기|이사|전세|월세/u;
const LEASE_HOW = /어떡|어떻게|어케|어쩌|해야|하나요|되나요|방법|뭐부터|보내야|신청|[?？]|까요|죠\s*$|지\s*$/u;
const LEASE_REG = /임차권\s?등기(?:\s?명령)?/u;

// ——— medicine ———
const ALCOHOL = /술|소주|맥주|와인|막걸리|양주|하이볼|음주|회식|마시고|마셔서|마셨|마신/u;
const HANGOVER = /숙취|해장|술\s?(?:깨|먹고|마시고|마신)|마신\s?(?:다음|뒤|후)|과음/u;
const COLD_MED = /감기약|종합\s?감기약|코감기약|목감기약|기침약|콧물약|판피린|판콜|화이투벤|테라플루/u;
const PAINKILLER = /타이레놀|아세트아미노펜|이부프로펜|애드빌|부루펜|탁센|게보린|펜잘|아스피린|낙센|나프록센|진통제|두통약|해열제|소염\s?진통제|이지엔|그날엔/u;
const ACETAMINOPHEN = /타이레놀|아세트아미노펜|펜잘|게보린/u;
const NSAID = /이부프로펜|애드빌|부루펜|탁센|아스피린|낙센|나프록센|이지엔|그날엔/u;
const TAKE_OK = /먹어도|먹으면|복용해도|복용하면|먹을까|먹는\s?게|먹는\s?거|먹어야|드셔도|드시면|안\s?된다|괜찮/u;
const TOGETHER = /같이|함께|번갈아|섞어|동시에|랑|하고\s/u;
const EMPTY_STOMACH = /빈\s?속|공복|밥\s?안\s?먹고|식전/u;
const MED_TAKEN = /약|수면제|항우울제|안정제/u;
const SKIP = /건너\s?뛰|거르|걸러|빼먹|빼고|끊고|안\s?먹고|쉬고/u;
const PSYCH_MED = /우울증\s?약|우울증약|항우울제|정신과\s?약|정신과약|신경\s?안정제|안정제|공황\s?약|수면제|처방(?:받은)?\s?약/u;
const SLEEP_PILL = /수면제|수면\s?유도제|졸피뎀|스틸녹스|스틸락스|수면\s?안정제/u;
const HALF = /반\s?알|반\s?개|반만|쪼개|잘라서|나눠\s?(?:서\s?)?먹|절반/u;
const AWAKE_Q = /(?:먹고|먹은\s?(?:뒤|다음|후)에?)\s?(?:바로\s?)?안\s?자면|먹고\s?(?:폰|핸드폰|휴대폰|티비|tv|게임)|안\s?자고\s?(?:있으면|버티면)/u;
const MEMORY_GAP = /기억이?\s?(?:없|안\s?나|안나|끊|하나도)|필름이?\s?끊|뭘\s?했는지\s?모르|기억(?:을|이)?\s?못\s?하/u;
const DEPENDENCE = /의존|중독|내성|못\s?끊|끊을\s?수\s?(?:있|없)|평생\s?먹/u;
const ANXIETY_MED = /신경\s?안정제|항불안제|안정제|불안\s?(?:약|치료제)|공황\s?약|정신과\s?약|정신과약|자낙스|알프라졸람|로라제팜|아티반|리보트릴|인데놀/u;
const CAFFEINE = /커피|카페인|에너지\s?드링크|아메리카노|라떼|핫식스|몬스터/u;

// ——— records, leave ———
const RECORD = /기록/u;
const CLINIC = /정신과|정신건강의학과|진료|병원|상담\s?받|치료/u;
const RECORD_WHO = /엄마|아빠|부모|가족|회사|취업|직장|입사|불이익|보험|누가\s?알|알\s?수|알게|남(?:아|는|나|을)/u;
const PSYCH_CLINIC = /정신과|정신건강의학과|심리\s?상담/u;
const VISIT_SAY = /(?:뭐|머|무슨\s?말)(?:라고|를|부터)?\s?(?:말|얘기|이야기)|어떻게\s?(?:말|얘기|설명)/u;
const VISIT_ASKED = /가족력|뭘\s?물어|뭐\s?물어|(?:물어|묻)(?:보나|봐요|보나요|볼까|보겠)/u;
const PERIOD_LEAVE = /생리\s?휴가/u;
const SICK_LEAVE = /병가/u;
const MESSAGE_ASK = /예시|문장|써\s?줘|써\s?주세요|써\s?줄래|뭐라고\s?(?:보내|써|말하|말해|하지|해야)|어떻게\s?(?:말하|말해|얘기|보내|쓰)/u;
const CHANNEL_ASK = /카톡|문자|메시지|톡으로|전화(?:로|해야|하는)/u;

const WORK_PAY_TOPICS: ReadonlySet<Fact2Topic> = new Set(['weekly_pay', 'weekly_pay_boss', 'unemployment', 'severance', 'notice_month', 'is_dismissal', 'probation_pay', 'probation_simple', 'no_contract', 'wage_where']);
const HANGOVER_TOPICS: ReadonlySet<Fact2Topic> = new Set(['hangover_painkiller', 'hangover_what']);

function nfc(s: string): string {
  return s.normalize('NFC');
}

/**
 * The topic of a factual question in this turn, or null. The narrow topic wins over the broad one
 * (주휴수당 over "pay owed"; 감기약 over "medicine and alcohol"; 보증금 over "money lent").
 * Statements in another's story ("친구가 실업급여 받는대") and the past ("수면제 먹고 잘 잤어") are not asked.
 */
export function factQuestion2(text: string, ctx: Fact2Context = {}): Fact2Topic | null {
  const t = nfc(text).trim();
  if (!t || t.length > 160) return null;
  const recent = (ctx.earlier ?? []).slice(-4).map(nfc);
  const before = recent.join(' \n');
  const story = `${before} \n${t}`;
  const asked = ASKED.test(t);
  const last = ctx.lastFact ?? null;

  // ——— told, not asked, yet answered: a memory gap after a sleeping pill, a contract never written.
  if (MEMORY_GAP.test(t) && SLEEP_PILL.test(story) && !/술|마셔|마시고|마셨/u.test(t)) return 'sleep_pill_awake';
  if (CONTRACT_MISSING.test(t) && WORK_STORY.test(story)) return 'no_contract';
  if (DEPENDENCE.test(t) && SLEEP_PILL.test(story) && !/친구|동생|언니|누나|형|오빠|게임|폰|핸드폰|sns|유튜브|술|담배|쇼핑|도박|연애|사람/iu.test(t)) return 'pill_dependence';
  if (last && WORK_PAY_TOPICS.has(last) && FEAR_FIRED.test(t)) return 'report_fear';
  if ((last === 'weekly_pay' || WEEKLY.test(before)) && NO_SUCH.test(t) && /사장|점장|매니저|회사|원래/u.test(t)) return 'weekly_pay_boss';
  if (last === 'probation_pay' && SIMPLE_JOB.test(t) && t.length <= 40) return 'probation_simple';
  if (LEASE_REG.test(t) && (asked || /뭔지|뭐|들어만|모르/u.test(t))) return 'lease_register';
  if (last && HANGOVER_TOPICS.has(last) && /마셨|마셔서|머리가?\s?(?:아파|깨질)|속이?\s?(?:안\s?좋|쓰려|뒤집)/u.test(t) && !asked) return 'hangover_what';

  // "보험 가입 안 된다던데" right after an answer about clinic records: hearsay to set right.
  if (last === 'psych_record' && /취업|입사|회사|보험|불이익/u.test(t)) return 'psych_record';
  if (!asked) return null;

  // ——— medicine (the narrower first)
  if (COLD_MED.test(t) && (ALCOHOL.test(t) || (ALCOHOL.test(before) && /먹|마시|마셔|괜찮|돼|되/u.test(t)))) return 'cold_med_alcohol';
  if (ALCOHOL.test(t) && COLD_MED.test(before) && /마셔도|마시면|괜찮|돼|되/u.test(t)) return 'cold_med_alcohol';
  if (ANXIETY_MED.test(story) && CAFFEINE.test(t) && /마셔도|마시면|먹어도|괜찮|돼|되나|될까|상관/u.test(t) && !/청심환/u.test(story)) return 'anxiety_coffee';
  if (SKIP.test(t) && (MED_TAKEN.test(t) || PSYCH_MED.test(before)) && (ALCOHOL.test(t) || ALCOHOL.test(before)) && !/술을?\s?(?:하루\s?|오늘\s?|한\s?번\s?|며칠\s?)?(?:건너|거르|걸러|빼|끊)/u.test(t)) return 'skip_med';
  const pk = (t.match(new RegExp(PAINKILLER.source, 'gu')) ?? []).length;
  if (pk >= 2 || (pk === 1 && TOGETHER.test(t) && /(?:이랑|하고|랑|와|과)\s?(?:같이|함께)|번갈아|섞어|동시에/u.test(t) && !ALCOHOL.test(t))) {
    if (!ALCOHOL.test(t) && !HANGOVER.test(t)) return 'painkiller_combo';
  }
  if (pk >= 1 && TAKE_OK.test(t) && (ALCOHOL.test(t) || HANGOVER.test(t) || ALCOHOL.test(before) || HANGOVER.test(before) || (last !== null && HANGOVER_TOPICS.has(last)))) return 'hangover_painkiller';
  if (last && HANGOVER_TOPICS.has(last) && (PAINKILLER.test(t) || /약은/u.test(t))) return 'hangover_painkiller';
  if (last && HANGOVER_TOPICS.has(last) && /뭐\s?(?:먹|마시)|해장|먹으면\s?(?:좀\s?)?(?:나아|괜찮|풀)/u.test(t)) return 'hangover_what';
  if (last === 'painkiller_combo' && EMPTY_STOMACH.test(t)) return 'empty_stomach';
  if (EMPTY_STOMACH.test(t) && PAINKILLER.test(story) && /먹어도|먹으면|괜찮/u.test(t)) return 'empty_stomach';
  if (HALF.test(t) && (SLEEP_PILL.test(story) || PSYCH_MED.test(story) || /약/u.test(t))) return 'half_dose';
  if (AWAKE_Q.test(t) && SLEEP_PILL.test(story)) return 'sleep_pill_awake';

  // ——— work
  const someoneElse = /친구|동생|언니|누나|형이|오빠|엄마|아빠|남편|아내|남친|여친/u.test(t);
  if (WEEKLY.test(t) && PAY_CAN.test(t) && !ALREADY.test(t) && !someoneElse) return 'weekly_pay';
  if (WEEKLY.test(before) && PAY_CAN.test(t) && !ALREADY.test(t) && !UNEMPLOYMENT.test(t) && !SEVERANCE.test(t) && t.length <= 40) return 'weekly_pay';
  if (UNEMPLOYMENT.test(t) && BENEFIT_ASK.test(t) && !ALREADY.test(t) && !someoneElse) return 'unemployment';
  if (SEVERANCE.test(t) && BENEFIT_ASK.test(t) && !ALREADY.test(t) && !someoneElse) return 'severance';
  if (IS_DISMISSAL.test(t) && DISMISSED_STORY.test(before)) return 'is_dismissal';
  if (NOTICE.test(t) && DISMISSED_STORY.test(story)) return 'notice_month';
  if (PROBATION.test(story) && PROBATION_CUT.test(t)) return 'probation_pay';
  if (last && WORK_PAY_TOPICS.has(last) && WHERE_ASK.test(t)) return 'wage_where';
  if (WEEKLY.test(before) && WHERE_ASK.test(t)) return 'wage_where';

  // ——— lease
  if (DEPOSIT.test(story) && DEPOSIT_HELD.test(story) && LANDLORD_OR_LEASE.test(story) && LEASE_HOW.test(t) && !/빌려\s?(?:준|줬)|(?:돌려|반환)\s?받았|돌려\s?(?:줬|주셨)/u.test(story)) return 'deposit';

  // ——— records, leave, a message to the boss
  // A help line's record is asks-facts.ts's (line_anon): "109 상담 받으면 기록 남아?".
  const lineTalk = /(?<![0-9])(?:109|1393|1577|1388|1366|117)(?![0-9])|전화|상담\s?전화/u.test(story);
  if (RECORD.test(t) && CLINIC.test(story) && RECORD_WHO.test(t) && !lineTalk && !/(?:앱|여기|이\s?대화|대화)\s?(?:기록|에)/u.test(t)) return 'psych_record';
  if ((last === 'psych_record' || /정신과|정신건강의학과/u.test(story)) && /취업|입사|회사|보험|불이익/u.test(t) && /기록|진료|정신과|다니|치료|받으면|받은/u.test(story)) return 'psych_record';
  if (PSYCH_CLINIC.test(story) && /진료|예약|처음|첫|가서|가면|가는/u.test(story) && (VISIT_SAY.test(t) || VISIT_ASKED.test(t))) return 'first_visit';
  if (PERIOD_LEAVE.test(t)) return 'period_leave';
  if (SICK_LEAVE.test(story) && MESSAGE_ASK.test(t)) return 'sick_leave_message';
  if (SICK_LEAVE.test(story) && CHANNEL_ASK.test(t)) return 'sick_leave_how';
  return null;
}

/** The topic of a reply id given here (`fact2:<topic>#<i>`), for the next turn's context. */
export function fact2TopicOf(replyId: string | undefined): Fact2Topic | null {
  const m = replyId?.match(/^fact2:([a-z_]+)#/u);
  return m ? (m[1] as Fact2Topic) : null;
}

/** An older family member named as the one taking the medicine, for the honorific answer. */
function elderNamed(story: string): string | null {
  const m = story.match(/(엄마|어머니|아빠|아버지|할머니|할아버지|시어머니|장모님|장인어른)(?:가|께서|는|도|이)?\s?[^.?!\n]{0,12}(?:감기약|약)/u);
  if (!m) return null;
  const w = m[1]!;
  return w === '엄마' ? '어머니' : w === '아빠' ? '아버지' : w;
}

function isMinor(story: string): boolean {
  const age = story.match(/(?<![0-9])(1[0-8]|[0-9])\s?살/u);
  return !!age || /중학생|고등학생|고딩|중딩|미성년|고[1-3]|중[1-3]/u.test(story);
}

/** The replies for a topic; some differ by the turn's words and the story. */
export function fact2Replies(topic: Fact2Topic, text: string, ctx: Fact2Context = {}): readonly string[] {
  const t = nfc(text);
  const story = [...(ctx.earlier ?? []).slice(-4).map(nfc), t].join(' \n');
  switch (topic) {
    case 'weekly_pay':
      return [
        '네, 1주에 15시간 이상 일하기로 했고 그 주에 정해진 날을 다 나갔다면 주휴수당을 받을 수 있어요. 알바도, 가게 규모가 작아도 똑같아요. 근무표나 출퇴근 기록, 급여 내역을 모아 두고, 자세한 건 고용노동부(1350)에 물어보면 내 경우에 맞게 알려 줘요. 그동안 못 받은 것 같아 많이 속상했죠?',
      ];
    case 'weekly_pay_boss':
      return ['"알바는 원래 없다"는 건 사실이 아니에요. 주휴수당은 알바든 정규직이든, 가게가 작아도 1주 15시간 이상 일하고 정해진 날을 다 나가면 주게 돼 있어요. 사장님과 직접 이야기하기 어려우면 고용노동부(1350)에 먼저 물어봐도 돼요. 그 말을 듣고 괜히 위축됐을 것 같아요.'];
    case 'wage_where':
      return ['고용노동부 상담센터(국번 없이 1350)에 먼저 물어보면 돼요. 받지 못한 돈은 노동포털(고용24)이나 가까운 고용노동청에 진정을 넣을 수 있고, 일하는 중에도 할 수 있어요. 근무표, 출퇴근 기록, 급여가 들어온 내역, 사장님과 주고받은 문자를 모아 두세요. 혼자 하기엔 막막하게 느껴져요?'];
    case 'report_fear':
      return ['그 걱정이 드는 게 당연해요. 다만 노동청에 신고했다는 이유로 해고하거나 불이익을 주는 건 근로기준법으로 금지돼 있어요. 일하는 동안엔 기록만 모아 두고 그만둔 뒤에 진정을 넣는 사람도 있으니, 1350에 상담하면서 언제가 좋을지 같이 정해도 돼요. 지금 그 일자리를 지키는 게 가장 중요한 거죠?'];
    case 'unemployment':
      return ['권고사직이나 해고처럼 회사 사정으로 그만두게 된 거라면 보통 실업급여를 받을 수 있어요. 그만두기 전 18개월 동안 고용보험에 가입한 기간이 180일 이상이어야 하고, 퇴사한 뒤 고용센터나 고용24에서 신청해요. 스스로 그만두면 대개 안 되지만 예외도 있으니, 내 경우는 고용센터에 물어보세요. 갑자기 이런 일을 겪어서 많이 막막하죠?'];
    case 'severance':
      return ['1년 이상, 1주 15시간 이상 일했다면 퇴직금을 받을 수 있어요. 대략 30일분 평균임금에 일한 햇수를 곱한 금액이고, 회사는 그만둔 날부터 14일 안에 줘야 해요. 정확한 금액이나 회사가 안 줄 때의 방법은 고용노동부(1350)에 물어보면 알려 줘요. 오래 다닌 곳이라 마음이 더 복잡하죠?'];
    case 'is_dismissal':
      return ['회사가 먼저 그만 나오라고 한 거라면 해고에 해당할 수 있어요. 사직서를 써 달라고 하면 바로 서명하지 말고, 회사가 먼저 그만두라고 했다는 말이나 메시지를 날짜와 함께 남겨 두세요. 어떻게 대응할지는 고용노동부(1350)에 물어보면 내 경우에 맞게 알려 줘요. 갑자기 들은 말이라 아직 얼떨떨하죠?'];
    case 'notice_month':
      return ['한 달 전에 알렸다면 해고를 미리 알려야 하는 의무(30일 전 예고)는 지킨 거예요. 하지만 그것만으로 해고가 정당해지는 건 아니라서, 5명 이상 일하는 회사라면 정당한 이유가 있어야 하고 사유와 날짜를 서면으로 알려야 해요. 억울하면 3개월 안에 노동위원회에 구제신청을 할 수 있으니 고용노동부(1350)에 물어보세요. 지금 마음은 좀 어때요?'];
    case 'probation_pay':
      if (SIMPLE_JOB.test(story)) return [PROBATION_SIMPLE];
      return ['수습이라고 최저임금보다 적게 줄 수 있는 건 1년 이상 계약한 경우, 처음 3개월 동안, 최저임금의 90%까지예요. 그리고 편의점이나 서빙처럼 단순한 일을 하는 경우에는 수습이어도 깎을 수 없어요. 내 계약이 어디에 해당하는지는 고용노동부(1350)에 물어보면 정확해요. 어떤 일을 하고 있어요?'];
    case 'probation_simple':
      return [PROBATION_SIMPLE];
    case 'no_contract':
      return ['근로계약서를 쓰지 않은 건 사장님이 법을 어긴 거예요. 일하는 사람 잘못이 아니에요. 지금이라도 써 달라고 할 수 있고, 계약서가 없어도 근무표, 문자, 급여 입금 내역이 있으면 일한 만큼의 임금은 받을 수 있어요. 고용노동부(1350)에서 함께 확인해 볼 수 있어요. 그동안 혼자 끙끙 앓았겠어요.'];
    case 'deposit':
      return [
        '계약이 끝났는데 보증금을 못 받았다면, 이사 전에 법원에 임차권등기명령을 신청하는 게 가장 중요해요. 등기가 된 걸 확인하고 나서 이사해야 보증금을 먼저 받을 권리(대항력·우선변제권)가 지켜져요. 내용증명으로 돌려 달라고 요구하고, 주택임대차분쟁조정위원회나 대한법률구조공단(132)에서 무료로 상담받을 수 있어요. 전세보증보험(HUG)에 들었다면 거기에도 바로 알리세요. 이사 날짜가 다가와서 많이 조급하죠?',
        '내용증명은 보내 두는 게 좋아요. 언제까지 보증금을 돌려 달라는 내용을 적어 우체국에서 보내면, 정식으로 요구했다는 기록이 남아요. 다만 그것만으로 돈이 나오지는 않으니, 이사 전에 임차권등기명령을 꼭 함께 신청하고, 대한법률구조공단(132)에 다음 단계를 물어보세요. 어느 것부터 하는 게 가장 부담돼요?',
      ];
    case 'lease_register':
      return ['임차권등기명령은 계약이 끝났는데 보증금을 못 받았을 때, 법원에 신청해서 "이 집에 보증금을 못 받은 세입자가 있다"는 걸 등기부에 올려 두는 제도예요. 등기가 되면 이사를 가도 보증금을 먼저 받을 권리가 남아요. 그래서 꼭 등기가 된 걸 확인한 뒤에 이사해야 해요. 신청 방법은 대한법률구조공단(132)에서 무료로 도와줘요. 준비하면서 가장 막막한 게 뭐예요?'];
    case 'cold_med_alcohol': {
      const who = elderNamed(story);
      const subject = who ? `${who}께서 감기약을 드시는 중이면` : '감기약을 먹는 중이면';
      const end = who ? '함께하고 싶은 자리라 더 마음이 쓰이죠?' : '오늘 꼭 마셔야 하는 자리예요?';
      return [`${subject} 술은 피하는 게 좋아요. 감기약에는 아세트아미노펜이 든 게 많아 술과 겹치면 간에 부담이 되고, 졸리게 하는 성분은 술과 함께면 더 어지러워질 수 있어요. 드시는 제품을 약국에 보여 주면 약사가 정확히 알려 줘요. ${end}`];
    }
    case 'hangover_painkiller':
      if (NSAID.test(t) && !ACETAMINOPHEN.test(t)) return ['아스피린이나 이부프로펜 같은 약은 술로 예민해진 위를 더 쓰리게 하거나 위에 부담을 줄 수 있어서, 숙취에는 조심하는 게 좋아요. 물을 충분히 마시고 쉬는 게 먼저이고, 약이 꼭 필요하면 약사에게 어제 마신 양을 말하고 물어봐 주세요. 지금 속은 좀 어때요?'];
      return [
        `${/안\s?된다|진짜/u.test(t) ? '네, 그렇게 알려져 있어요. ' : ''}술 마신 뒤나 숙취에는 타이레놀 같은 아세트아미노펜 성분은 피하는 게 좋아요. 술과 겹치면 간에 부담이 커지거든요. 이부프로펜 같은 다른 진통제는 속을 쓰리게 할 수 있어요. 물을 충분히 마시고 쉬는 게 먼저이고, 약이 꼭 필요하면 약사에게 마신 양을 말하고 물어봐 주세요. 지금 많이 힘들어요?`,
      ];
    case 'hangover_what':
      return ['물이나 이온음료로 수분을 천천히 채우고, 속이 받아 주면 죽이나 국처럼 부드러운 걸 조금씩 먹어 보세요. 무엇보다 쉬는 게 가장 빨라요. 약이 필요하면 약사에게 마신 양을 말하고 맞는 걸 물어보고, 토가 멈추지 않거나 많이 이상하면 병원에 가 보세요. 오늘은 좀 쉴 수 있어요?'];
    case 'painkiller_combo':
      return [`두 약을 같이 먹거나 번갈아 먹어도 되는지, 얼마나 먹을지는 제가 정해 드릴 수 없어요. 각각 설명서에 적힌 용량과 간격을 지키고, 이부프로펜은 속이 쓰릴 수 있어 음식과 함께 먹는 게 좋아요. 같이 먹고 싶다면 약사에게 지금 상태를 말하고 물어봐 주세요. ${/생리/u.test(story) ? '매달 이렇게 아프면 산부인과에서 한번 살펴봐도 좋아요. ' : ''}지금 많이 아파요?`];
    case 'empty_stomach':
      return ['이부프로펜 같은 소염진통제는 빈속에 먹으면 속이 쓰릴 수 있어서, 우유나 빵처럼 뭐라도 조금 먹고 먹는 게 좋아요. 타이레놀(아세트아미노펜)은 빈속 부담이 덜한 편이지만, 내 몸에 맞는지는 약사에게 물어보는 게 가장 정확해요. 지금 뭐라도 조금 먹을 수 있어요?'];
    case 'skip_med':
      return ['약을 하루 건너뛰는 것도 스스로 정하지 않는 게 좋아요. 특히 항우울제 같은 약은 갑자기 거르면 증상이 흔들리거나 어지러움 같은 중단 증상이 생길 수 있어요. 건너뛰어도 괜찮은 건 약이 아니라 술이고, 약은 처방한 의사와 먼저 상의해 주세요. 그 자리를 마음 편히 즐기고 싶은 마음이 크죠?'];
    case 'half_dose':
      return ['반 알로 줄여 먹어도 되는지는 약마다 달라서 제가 정할 수 없어요. 쪼개 먹으면 안 되는 약도 있으니, 처방한 의사나 약을 받은 약국에 물어보고 그 말대로 먹어 주세요. 약이 좀 걱정되는 마음이 있어요?'];
    case 'sleep_pill_awake':
      if (MEMORY_GAP.test(t))
        return ['많이 놀랐겠어요. 수면제 중에는 먹고 바로 자지 않으면 그사이에 한 일을 기억하지 못하게 하는 것들이 있어요. 알려진 부작용이에요. 약은 잠자리에 누운 뒤에 먹고, 먹은 다음엔 폰이나 다른 일을 하지 않는 게 안전해요. 이런 일이 있었다는 건 처방한 의사에게 꼭 말해 주세요. 그 뒤로 몸은 괜찮아요?'];
      return ['수면제는 먹고 나서 바로 자는 게 좋아요. 깨어 있으면 어지럽거나 넘어질 수 있고, 어떤 약은 그사이에 한 일을 기억하지 못하게 하기도 해요. 잠자리에 누운 뒤에 먹고, 먹은 다음엔 폰이나 다른 일은 하지 않는 게 안전해요. 궁금한 게 더 있으면 처방한 의사나 약사에게 물어봐 주세요. 약을 먹는 게 아직 좀 낯설죠?'];
    case 'pill_dependence':
      return ['그 걱정, 처방한 의사에게 그대로 말해도 돼요. 얼마나 오래 먹을지, 나중에 어떻게 줄일지는 의사와 함께 정하는 거라 혼자 걱정만 안고 있지 않아도 돼요. 다만 스스로 갑자기 끊거나 양을 바꾸지는 말아 주세요. 약 말고도 잠을 도울 방법을 같이 찾아보고 싶어요?'];
    case 'anxiety_coffee':
      return ['커피의 카페인은 두근거림이나 불안을 더 키울 수 있어서, 불안 때문에 약을 먹고 있다면 줄이는 게 좋아요. 약의 도움을 거스를 수도 있고요. 내 약과 커피가 괜찮은지는 약사나 처방한 의사에게 물어보는 게 가장 정확해요. 요즘 커피를 꽤 마시는 편이에요?'];
    case 'psych_record':
      if (/보험/u.test(t))
        return ['진료 기록은 보험회사가 마음대로 볼 수 없어요. 다만 실손보험 같은 개인 보험은 가입할 때 최근 치료나 약 처방 이력을 묻는 경우가 있고, 그때는 사실대로 답해야 나중에 문제가 없어요. 가입 조건은 보험사마다 다르니 가입 전에 물어보세요. 보험 때문에 병원 가는 걸 망설이고 있어요?'];
      if (/취업|입사|회사|직장|불이익/u.test(t))
        return ['회사는 내 정신과 진료 기록을 볼 수 없어요. 의료 기록은 본인 동의 없이 다른 사람에게 넘어가지 않고, 건강검진이나 채용 과정에서도 회사에 알려지지 않아요. 몇몇 특수한 직업의 자격 심사처럼 드문 예외는 병원에 물어보면 정확해요. 그 걱정 때문에 병원 가는 게 더 떨렸던 거예요?'];
      if (isMinor(story))
        return ['진료 기록은 병원 밖으로 함부로 나가지 않아요. 다만 미성년자라면 진료에 보호자 동의가 필요하거나 보호자가 알게 되는 경우가 있어서, 병원에 미리 전화해 물어보는 게 정확해요. 부모님이 아시는 게 가장 걱정돼요?'];
      return [`성인이라면 진료 기록은 본인 동의 없이 가족에게도 보여 주지 않아요. 다만 부모님 건강보험에 피부양자로 올라 있으면 진료비 내역이 부모님 쪽에 보일 수 있다고 하니, 걱정되면 접수할 때 병원에 물어보세요. ${/엄마|아빠|부모/u.test(t) ? '부모님이 아시는 게 가장 마음에 걸려요?' : '어떤 점이 가장 마음에 걸려요?'}`];
    case 'first_visit':
      if (VISIT_ASKED.test(t)) return ['네, 보통 지금 힘든 점이 언제부터였는지, 잠과 식사는 어떤지, 가족 중에 비슷한 어려움을 겪은 분이 있는지(가족력), 먹고 있는 약이 있는지 같은 걸 물어봐요. 모르거나 말하기 어려운 건 그렇다고 말해도 괜찮아요. 어떤 질문이 가장 부담돼요?'];
      return ['잘 말하려고 하지 않아도 돼요. 요즘 가장 힘든 게 무엇인지, 언제부터 그랬는지, 잠이나 식사, 일상이 어떻게 달라졌는지를 있는 그대로 말하면 충분해요. 떨려서 잊을까 걱정되면 메모해 가서 보면서 말해도 되고, 의사가 질문하면서 이끌어 줘요. 가장 먼저 꺼내고 싶은 이야기는 뭐예요?'];
    case 'period_leave':
      return [`네, 여성 근로자는 청구하면 한 달에 하루 생리휴가를 쓸 수 있어요(근로기준법 제73조, 5명 이상 일하는 곳이라면). 회사가 따로 유급으로 정하지 않았다면 무급이에요. 법으로 정해진 권리라 눈치 볼 일은 아니지만, 그래도 마음이 쓰이는 건 자연스러워요. ${/생리통|아파|아프/u.test(story) ? '매달 이렇게 아프면 많이 지치죠?' : '쓰려고 할 때 가장 마음에 걸리는 게 뭐예요?'}`];
    case 'sick_leave_how':
      return ['회사마다 달라서, 평소 팀에서 쓰는 방법을 따르는 게 가장 무난해요. 정해진 게 없다면 출근 시간 전에 카톡이나 문자로 먼저 짧게 알리고, 팀장님이 통화를 원하면 그때 전화해도 괜찮아요. 원하면 보낼 문장도 같이 써 볼까요?'];
    case 'sick_leave_message':
      return [
        '이렇게 보내 보면 어때요? "팀장님, 죄송하지만 몸이 많이 안 좋아서 내일 하루 병가를 내고 싶습니다. 급한 일이 있으면 연락 주시면 확인하겠습니다. 양해 부탁드립니다." 아픈 건 잘못이 아니니 짧고 정중하면 충분해요. 몸은 지금 좀 어때요?',
        '조금 다르게 쓰면 이렇게도 돼요. "팀장님, 갑자기 몸이 안 좋아져서 내일은 출근이 어려울 것 같습니다. 병가로 처리해 주실 수 있을까요? 급한 건은 메시지로 확인하겠습니다." 편한 쪽으로 고쳐 써도 돼요. 오늘은 푹 쉴 수 있어요?',
      ];
  }
}

const PROBATION_SIMPLE =
  '편의점이나 서빙 같은 단순한 일이라면 수습이어도 최저임금을 다 받아야 해요. 이런 일은 수습이라고 깎을 수 없는 직종이에요. 덜 받은 만큼은 나중에라도 받을 수 있으니 근무 기록과 급여 내역을 모아 두고, 고용노동부(1350)에 물어보세요. 몰랐던 걸 알게 되니 어떤 마음이 들어요?';
