/**
 * Situations of users in their 40s–60s that the corpus has no intent for (session 39, dialect).
 * The testers' conversations had them read from a young person's point of view or as another topic:
 * - "혈압약 먹은지 십년째다 / 어제 아침에 어지러워서 쓰러질뻔했다" got the hangover intent ("기억이
 *   가물가물하면…"), "혼자 사는데 쓰러지믄 누가 알겠노" "남한테 쉽게 말하기 어려운 마음": a near
 *   faint on blood-pressure medicine needs concern, a doctor soon and 119 if it happens again, and
 *   someone living alone someone who checks on them (`nearFaint`, `aloneIfFalls`, `hidesFromChildren`);
 * - a widower's "아직도 아침에 마누라 부를뻔 한다" got the hangover intent, "밥을 우째 해먹어야 될지도
 *   모르겠고" an invented shame (`callsLateSpouse`, `mealsAfterLoss`);
 * - "아들이 서른다섯인데 아직 취직을 못했어" was answered as if the user sought the job ("처음 이
 *   시험을 준비하기로 했을 때는…") (`childJobWorry`);
 * - "누구는 아들이 의사고 누구는 강남에 집이 두채고" at a reunion got "부모님이 알아줬으면 하는 내
 *   모습" (`reunionTurn`);
 * - 갱년기: "호르몬 치료 하자카네" got the coming-out intent, "약이라도 먹어야하나" an anger script,
 *   "갱년기라카데 … 열이 확 올라왔다가" anger (`menopauseTurn`);
 * - "정년퇴임식 했어요 오늘 … 삼십팔년이 이렇게 끝나는구나 싶어서 / 이제 뭐하고 살지" got sleep-and-
 *   meal checks (`retirementDayTurn`);
 * - "아들놈이 지난주에 장가를 갔당께 / 집이 겁나 조용혀" a problem-splitting reply (`emptyNestTurn`).
 * Pure detectors over the turn as dialect.ts reads it and the user's earlier turns; replies in
 * 해요체 with -시- (the speakers are parents of adults), facts hedged (no dose, no diagnosis).
 */
import type { EmotionId } from '../ml/emotions';
import { spouseGone } from './life-stage';

export const LATER_LIFE_PREFIX = 'later-life';

const nfc = (s: string) => s.normalize('NFC').trim();

export interface LaterLifeTurn {
  kind: string;
  replies: string[];
  mood: EmotionId;
  /** A question put to the bot: answered even where a meta intent would answer it. */
  asksBot?: boolean;
}

// ---------------------------------------------------------------------------------------------
// A near faint, living alone.

const FAINTED = /쓰러질\s?(?:뻔|것\s?같)|쓰러졌|쓰러질까\s?봐|기절할\s?(?:뻔|것\s?같)|기절했|정신(?:을|이)?\s?(?:잃|나갈\s?뻔|깜빡)|핑\s?(?:돌|도는)|눈앞이\s?(?:캄캄|하얘|깜깜)|주저앉/u;
const MEDICAL = /어지러|어지럽|어지러움|현기증|핑\s?돌|혈압|빈혈|식은땀|눈앞이|정신(?:을|이)?\s?(?:잃|깜빡)|심장|가슴이\s?(?:답답|두근)/u;
/** Someone else fell: "엄마가 쓰러지셨어", "남편이 쓰러졌어요". */
const OTHER_FELL = /(?:엄마|아빠|어머니|아버지|어머님|아버님|시어머니|시아버지|남편|아내|마누라|영감|할머니|할아버지|아들|딸|친구|동생|언니|오빠|형|누나|손주|애)(?:가|이|께서|는|도)\s?(?:[가-힣]+\s){0,3}(?:쓰러|기절)|쓰러지셨|쓰러지신|기절하셨/u;
/** Hyperbole, not a faint: "배고파서 쓰러질 것 같아", "웃겨서 쓰러질 뻔 ㅋㅋ". */
const HYPERBOLE = /배고파|배고프|웃겨|웃기|ㅋㅋ|졸려|귀여워|예뻐|멋있|잘생/u;
const BP_MEDICINE = /혈압약|혈압\s?약|고혈압|혈압/u;

/** A faint or near faint of the user's own, with dizziness or the body named (this turn, or the last two). */
export function nearFaint(text: string, earlier: readonly string[] = []): boolean {
  const t = nfc(text);
  if (!FAINTED.test(t) || OTHER_FELL.test(t) || HYPERBOLE.test(t)) return false;
  return MEDICAL.test(t) || earlier.slice(-2).some((s) => BP_MEDICINE.test(nfc(s)));
}

const ALONE = /혼자\s?(?:살|사는|사니|있|지내)|독거/u;
const IF_FALLS = /쓰러지면|쓰러져도|쓰러지기라도|아프면|아파도|무슨\s?일\s?(?:생기|나)|잘못되(?:면|기라도)/u;
const WHO_KNOWS = /누가\s?(?:알|알겠|알까|알아|와|오겠|챙기|발견)|아무도\s?(?:모르|모를|안\s?와)|알\s?사람(?:이|도)?\s?없/u;

/** "혼자 사는데 쓰러지면 누가 알겠니": the fear of falling ill alone with nobody to know. */
export function aloneIfFalls(text: string): boolean {
  const t = nfc(text);
  return ALONE.test(t) && IF_FALLS.test(t) && WHO_KNOWS.test(t);
}

const TELL_CHILDREN = /(?:자식|애들|아들|딸|자녀)(?:들)?(?:한테|에게|한테는|에게는)\s?(?:말하면|말해\s?봤자|얘기하면|말해도|알리면)/u;
const HEALTH_STORY = /쓰러|어지러|혈압|병원|진단|검사|재검|수술|암|당뇨|아프|아파/u;

/** "자식들한테 말하면 걱정만 할 거고", in a story of the user's health. */
export function hidesFromChildren(text: string, earlier: readonly string[] = []): boolean {
  const t = nfc(text);
  return TELL_CHILDREN.test(t) && /걱정/u.test(t) && earlier.slice(-4).some((s) => HEALTH_STORY.test(nfc(s)));
}

function faintTurn(t: string, earlier: readonly string[]): LaterLifeTurn | null {
  if (nearFaint(t, earlier)) {
    const bp = [...earlier.slice(-3), t].some((s) => BP_MEDICINE.test(nfc(s)));
    const cause = bp ? '혈압약을 드시는 중이면 약이나 혈압 때문일 수도 있으니' : '원인을 알아 두셔야 하니';
    return {
      kind: 'near_faint',
      replies: [`어지러워서 쓰러지실 뻔하셨다니 많이 놀라셨겠어요. ${cause}, 미루지 마시고 며칠 안에 다니시는 병원에 가서 꼭 말씀해 보세요. 또 어지럽거나 쓰러지시면 그때는 바로 119에 전화하셔야 해요.`],
      mood: 'anxiety',
    };
  }
  if (aloneIfFalls(t)) {
    return {
      kind: 'alone_if_falls',
      replies: [
        '혼자 계실 때 그런 일이 생길까 봐 걱정되시는 게 당연해요. 자식분들이나 가까운 이웃 한 분과 하루 한 번 안부를 주고받기로 해 두시면 마음이 좀 놓이실 거예요. 주민센터에 혼자 사시는 분 안부를 살피는 서비스가 있는지도 한번 물어보세요.',
      ],
      mood: 'anxiety',
    };
  }
  if (hidesFromChildren(t, earlier)) {
    return {
      kind: 'hides_from_children',
      replies: ['자식들 걱정 끼치기 싫으신 마음, 충분히 알 것 같아요. 그래도 몸이 이상했던 일은 가족이 알고 있어야 서로 안심이 돼요. 병원 다녀오신 뒤에 결과랑 같이 전해 보시는 건 어떠세요?'],
      mood: 'anxiety',
    };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// A spouse who died: calling them out of habit, meals alone.

const CALLS_OUT = /부를\s?뻔|부르게\s?(?:돼|되|된)|불러\s?(?:놓고|버리|버렸)|찾게\s?(?:돼|되|된)|말\s?(?:걸\s?뻔|걸게\s?(?:돼|되))|(?:수저|숟가락|밥그릇)(?:을|를)?\s?(?:두|둘)\s?(?:개|벌)/u;
const MEALS = /밥|끼니|반찬|살림|식사/u;
const AT_A_LOSS = /모르겠|모르겄|막막|어떻게\s?(?:해|먹|챙)|할\s?줄\s?(?:을\s?)?몰|못\s?하겠/u;

/** Whether the user's spouse died, told in the last few turns. */
function spouseDiedInStory(earlier: readonly string[]): boolean {
  const recent = earlier.slice(-6);
  return recent.some((s, i) => spouseGone(s, recent.slice(0, i)));
}

/** "아직도 아침에 마누라 부를뻔 한다" after the spouse's death. */
export function callsLateSpouse(text: string, earlier: readonly string[] = []): boolean {
  return CALLS_OUT.test(nfc(text)) && spouseDiedInStory(earlier);
}

/** "밥을 어떻게 해먹어야 될지도 모르겠고" after the spouse's death. */
export function mealsAfterLoss(text: string, earlier: readonly string[] = []): boolean {
  const t = nfc(text);
  return MEALS.test(t) && AT_A_LOSS.test(t) && spouseDiedInStory(earlier);
}

// ---------------------------------------------------------------------------------------------
// A grown child without a job.

const CHILD = '(?:우리\\s?)?(?:아들|딸|큰아들|작은아들|큰딸|작은딸|큰애|작은애|막내|자식|아들놈|딸내미)(?:이|가|은|는|놈이|녀석이|내미가)?';
const NO_JOB = new RegExp(`${CHILD}\\s(?:[가-힣]+\\s){0,4}(?:취직|취업|일자리|직장)(?:을|을\\s?아직|도|이|은)?\\s?(?:아직\\s?)?(?:못|안\\s?(?:하|했|돼|되))|${CHILD}\\s(?:[가-힣]+\\s){0,3}(?:백수|놀고\\s?있|집에만\\s?있)`, 'u');
const EXAM = /시험|공무원|공시|고시|자격증|준비만/u;
const CANT_SAY = /상처\s?(?:받을까|줄까)|말도\s?못|말을\s?못|말\s?꺼내기|잔소리\s?(?:같|될)|눈치/u;
const BURNING = /속이\s?(?:타|터|상하|새까맣)|애가\s?타|애간장|속만\s?(?:타|끓)/u;

export type ChildJobKind = 'opener' | 'exam' | 'cant_say' | 'burning';

/** A parent's worry about a grown child without a job: told now, or a turn in that story. */
export function childJobWorry(text: string, earlier: readonly string[] = []): ChildJobKind | null {
  const t = nfc(text);
  if (NO_JOB.test(t)) return 'opener';
  if (!earlier.slice(-4).some((s) => NO_JOB.test(nfc(s)))) return null;
  if (CANT_SAY.test(t)) return 'cant_say';
  if (BURNING.test(t)) return 'burning';
  if (EXAM.test(t)) return 'exam';
  return null;
}

function childJobReplies(kind: ChildJobKind, t: string): string[] {
  const child = /딸/u.test(t) ? '따님' : '아드님';
  switch (kind) {
    case 'opener':
      return [`다 큰 자식이 자리를 못 잡고 있으면 옆에서 지켜보는 부모 마음이 참 애타지요. 요즘 ${child}과는 어떻게 지내세요?`];
    case 'exam':
      return ['시험을 몇 년째 준비하는 걸 지켜보시는 것도 참 긴 시간이지요. 본인도 나름대로 애쓰고 있겠지만, 지켜보는 부모 마음은 또 다르시지요.'];
    case 'cant_say':
      return ['한마디 했다가 상처가 될까 봐 하고 싶은 말을 삼키시는 것도 참 무거운 일이에요. 잔소리 대신 밥은 먹었냐 같은 말로 곁에 있다는 것만 전해도 충분할 때가 있어요.'];
    case 'burning':
      return ['말도 못 하고 지켜만 보시니 속이 타들어 가실 만해요. 그 걱정을 혼자 다 안고 계시지 말고, 이렇게라도 털어놓으세요.'];
  }
}

// ---------------------------------------------------------------------------------------------
// A reunion where children and houses were compared.

const REUNION = /동창회|동창\s?모임|동창들|동기\s?모임|계\s?모임|계모임|친구\s?모임|모임에/u;
const COMPARED = /누구는|(?:아들|딸|자식|사위|며느리)(?:이|가|은|는)?\s?(?:의사|변호사|판사|검사|교수|대기업|서울대)|집이?\s?(?:두\s?채|세\s?채|몇\s?채)|강남|자식\s?자랑|손주\s?자랑|자랑(?:만|을|하|들)/u;
const NOTHING_TO_SHOW = /내세울\s?(?:게|것|거)|자랑할\s?(?:게|것|거)|(?:나|난|나는|저는)\s?(?:뭐|뭘)\s?(?:했나|하고\s?살았)/u;
const SORRY_ANGRY = /(?:애들|자식|아이들)(?:한테|에게)\s?미안|나(?:한테|에게)(?:도)?\s?화/u;
const REGRET_GOING = /괜히\s?갔|가지\s?말\s?걸|안\s?갈\s?걸/u;

export type ReunionKind = 'compared' | 'nothing' | 'sorry' | 'regret';

export function reunionTurn(text: string, earlier: readonly string[] = []): ReunionKind | null {
  const t = nfc(text);
  const inStory = [...earlier.slice(-4), t].some((s) => REUNION.test(nfc(s)));
  if (!inStory) return null;
  if (COMPARED.test(t)) return 'compared';
  if (NOTHING_TO_SHOW.test(t)) return 'nothing';
  if (SORRY_ANGRY.test(t)) return 'sorry';
  if (REGRET_GOING.test(t)) return 'regret';
  return null;
}

const REUNION_REPLIES: Record<ReunionKind, string> = {
  compared: '그 나이 모임에 가면 자식 얘기, 집 얘기가 꼭 나오지요. 듣다 보면 괜히 내 살아온 날이 작아 보이는 날이 있어요.',
  nothing: '남들 자랑 속에 있다 보면 내세울 게 없다는 생각이 드실 수 있어요. 그래도 자랑거리로 말하지 않았을 뿐, 가족 지키며 살아오신 세월이 없어지는 건 아니에요.',
  sorry: '애들한테 미안하고 나한테 화도 나는 마음이 같이 드시는군요. 그만큼 가족을 아끼시는 거겠지요. 남과 견준 잣대가 꼭 우리 집에 맞는 잣대는 아니에요.',
  regret: '괜히 갔다 싶으실 만큼 마음이 상하셨군요. 오늘은 그 자리에서 들은 말들을 좀 내려놓고 편히 쉬셨으면 좋겠어요.',
};

// ---------------------------------------------------------------------------------------------
// 갱년기 (menopause).

const MENO = /갱년기|폐경|완경/u;
const HRT = /호르몬\s?(?:치료|요법|제|약|주사)/u;
const RISK_ASKED = /(?:유방암|부작용|위험)[^.?!]{0,20}(?:해도|먹어도|맞아도|받아도|괜찮|되나|될까|되는지|돼요|되요)|(?:해도|먹어도|받아도)\s?(?:되나|될까|돼|되)/u;
const ASKS_OPINION = /(?:니|네|너|쉼표)\s?(?:생각|의견)|어떻게\s?생각|(?:^|\s)어때(?:요)?\s*[?？]*$|어떡하(?:니|지|죠|면)/u;
const MEDICINE_Q = /약(?:이라도|을|도)?\s?(?:먹어야|먹을까|먹어볼까|먹어\s?봐야|먹어야\s?하나|먹어야하나|타\s?먹)|(?:병원|정신과|산부인과)(?:이라도|에|을)?\s?(?:가\s?봐야|가야\s?하나|가볼까|가\s?볼까|가야\s?할까)/u;
const EITHER = /갱년기(?:인지|인가|일까|라서\s?그런가)|우울증(?:인지|인가|일까)/u;
const SYMPTOMS = /열이|화끈|땀이|잠(?:이|도)?\s?(?:안|못)|불면|두근|눈물|짜증|우울|기운이\s?없|무기력|관절|쑤시/u;
const DISMISSED = /유난|엄살|별거\s?아닌|별것도\s?아닌|그런\s?걸로|그런걸로|꾀병/u;
const OUTBURST_REGRET = /소리\s?(?:지르|질러)|화(?:를)?\s?내고|짜증\s?내고/u;

export type MenopauseKind = 'hrt' | 'risk' | 'opinion' | 'medicine' | 'either' | 'symptoms' | 'dismissed' | 'outburst';

export function menopauseTurn(text: string, earlier: readonly string[] = []): MenopauseKind | null {
  const t = nfc(text);
  const recent = earlier.slice(-4).map(nfc);
  const story = MENO.test(t) || recent.some((s) => MENO.test(s));
  if (!story) return null;
  const hrtStory = HRT.test(t) || recent.some((s) => HRT.test(s));
  if (hrtStory && RISK_ASKED.test(t)) return 'risk';
  if (HRT.test(t)) return 'hrt';
  if (hrtStory && ASKS_OPINION.test(t) && t.length <= 20) return 'opinion';
  if (MEDICINE_Q.test(t)) return 'medicine';
  if (EITHER.test(t)) return 'either';
  if (DISMISSED.test(t)) return 'dismissed';
  if (OUTBURST_REGRET.test(t) && /후회|미안|왜\s?그랬/u.test(t)) return 'outburst';
  if (SYMPTOMS.test(t)) return 'symptoms';
  return null;
}

const MENOPAUSE_REPLIES: Record<MenopauseKind, string> = {
  hrt: '호르몬 치료를 하자는 말을 들으시니 이것저것 마음이 복잡하시겠어요. 걱정되는 점이 있으면 시작하기 전에 의사 선생님께 하나하나 여쭤보셔도 괜찮아요. 어떤 점이 제일 마음에 걸리세요?',
  risk: '그 걱정이 드시는 게 당연해요. 호르몬 치료의 이득과 위험은 나이, 가족력, 치료 기간에 따라 사람마다 달라서, 그 판단은 의사 선생님과 같이 하셔야 해요. 유방암 가족력이 있거나 걱정되는 점이 있으면 진료 때 꼭 그대로 말씀해 보세요.',
  opinion: '제가 해도 된다, 안 된다를 정해 드릴 수는 없어요. 다만 걱정을 안은 채 그냥 시작하시기보다는, 의사 선생님께 이득과 위험을 충분히 듣고 납득이 되실 때 정하시는 게 좋겠어요.',
  medicine: '약을 먹어야 하나 싶을 만큼 힘드시다면 혼자 버티지 마시고 진료를 한번 받아 보세요. 갱년기 증상은 산부인과에서, 우울한 마음이 오래가면 정신건강의학과에서 도움을 받을 수 있고, 약이 필요한지도 거기서 같이 정하시면 돼요.',
  either: '갱년기와 우울은 증상이 겹치는 데가 많아서 스스로 구분하기가 참 어려워요. 어느 쪽이든 참고 넘기실 일은 아니니, 요즘 어떤 점이 제일 힘드신지 들려주세요.',
  symptoms: '그런 증상이 계속되면 몸도 마음도 많이 지치시지요. 갱년기 증상은 참기만 하실 게 아니라 산부인과에서 상담받으면 덜어 낼 방법이 있어요.',
  dismissed: '힘든 걸 유난으로 들으면 더 서럽지요. 갱년기 증상은 몸에서 실제로 일어나는 변화라서, 힘들다고 말씀하시는 게 당연해요.',
  outburst: '감정이 내 마음대로 안 될 때라 그러고 나서 더 속상하시지요. 그건 성격 탓이라기보다 몸과 마음이 많이 지쳐 있다는 신호일 수 있어요.',
};

// ---------------------------------------------------------------------------------------------
// Retirement day (퇴임식).

// Session 40 (elder): "작년에 정년퇴직했어요" is no ceremony today: a bare 정년퇴직 is one only with 오늘.
const CEREMONY = /(?:정년\s?)?(?:퇴임|은퇴|퇴직)\s?(?:식|기념식)|오늘\s?(?:[가-힣]+\s)?정년\s?퇴(?:임|직)(?:을|를)?\s?(?:했|하고|한\s?날)/u;
const TEARS = /눈물|울컥|울었|눈시울/u;
const YEARS_ENDED = /([가-힣0-9]+)\s?년(?:이|을|의)?\s?(?:세월이\s?)?(?:이렇게\s?)?(?:끝나|끝났|지나|마무리)/u;
const WHAT_NEXT = /(?:이제|앞으로|내일부터)\s?(?:뭐|뭘|무엇을?)\s?(?:하고|하며|해야|하면서|할지)|(?:뭘|뭐)\s?해야\s?할지\s?모르/u;

/** Any retirement of the user's own, forced or not ("삼십년 다닌 회사에서 명퇴했어요"). */
const RETIRED_ANY = /명퇴|명예\s?퇴직|희망\s?퇴직|퇴직(?:했|하고|한\s?지|을\s?했)|은퇴(?:했|하고|한\s?지)|정년(?:퇴직|퇴임)?(?:을\s?)?\s?(?:했|하고|한\s?지|맞)|퇴임(?:했|하고|한\s?지)/u;
const RETIRED_OTHER = /(?:아빠|아버지|엄마|어머니|남편|아내|와이프|마누라|영감|부모님|친구|선배)(?:가|께서|는|도|이)\s(?:[가-힣]+\s){0,3}(?:명퇴|퇴직|은퇴|정년|퇴임)/u;
const NOWHERE = /갈\s?(?:데|곳)(?:가|도|이)?\s?없|나갈\s?(?:데|곳)(?:가|도|이)?\s?없/u;
const HOME_EYES = /(?:마누라|아내|집사람|와이프|식구|가족|자식)[^.?!]{0,8}눈치/u;

/** The bare news of one's own retirement, told with no feeling ("작년에 정년퇴직했어요", session 40, elder). */
const RETIRED_NEWS = /^(?:저(?:는|도)?\s|나(?:는|도)?\s)?(?:(?:작년|올해|지난\s?(?:달|해|봄|여름|가을|겨울)|재작년|얼마\s?전|몇\s?(?:달|년)\s?전|[0-9]+\s?(?:월|년)|이번\s?(?:달|봄))(?:에|말에|초에)?\s)?(?:정년\s?(?:퇴직|퇴임)|정년|은퇴|퇴임)(?:을|를)?\s?(?:했어요|했습니다|했어|했네요|했지요|했죠|했다|했소)[.!~\s]*$/u;
/** "요즘은 하루가 너무 길어요" after retiring (session 40, elder). */
const LONG_DAYS = /하루(?:가|하루가)?\s?(?:너무\s?|참\s?|왜\s?이렇게\s?|엄청\s?|무척\s?)?(?:길어|길다|길게|길고|길더|안\s?가)/u;
/** "아내가 나가서 뭐라도 하라고 해요": the spouse pushing the retiree out (session 40, elder). */
const SPOUSE_PUSHES = /(?:마누라|아내|집사람|와이프|안사람)(?:가|는|도|이)?\s(?:[가-힣]+\s){0,3}(?:뭐라도|뭐든|나가(?:서|라|보라)|밖에|취미|운동이라도)[^.?!]{0,12}(?:하라|해\s?보라|하래|해\s?보래|나가래|나가라)/u;

export type RetirementDayKind = 'news' | 'ceremony' | 'tears' | 'years' | 'next' | 'nowhere' | 'home_eyes' | 'long_days' | 'spouse_pushes';

export function retirementDayTurn(text: string, earlier: readonly string[] = []): RetirementDayKind | null {
  const t = nfc(text);
  if (CEREMONY.test(t)) return 'ceremony';
  const recent = earlier.slice(-4).map(nfc);
  if (RETIRED_NEWS.test(t) && !RETIRED_OTHER.test(t) && !recent.some((s) => RETIRED_ANY.test(s))) return 'news';
  const ceremony = recent.some((s) => CEREMONY.test(s));
  const retired = ceremony || recent.some((s) => RETIRED_ANY.test(s) && !RETIRED_OTHER.test(s));
  if (!retired) return null;
  if (ceremony && YEARS_ENDED.test(t)) return 'years';
  if (WHAT_NEXT.test(t)) return 'next';
  if (NOWHERE.test(t)) return 'nowhere';
  if (HOME_EYES.test(t)) return 'home_eyes';
  if (SPOUSE_PUSHES.test(t)) return 'spouse_pushes';
  if (LONG_DAYS.test(t) && !/(?:오늘|어제)\s?(?:하루|하루가)/u.test(t)) return 'long_days';
  if (ceremony && TEARS.test(t)) return 'tears';
  return null;
}

function retirementDayReplies(kind: RetirementDayKind, t: string): string[] {
  switch (kind) {
    case 'ceremony':
      return ['오랜 세월 한자리를 지켜 오신 끝의 퇴임식이네요. 정말 수고 많으셨어요. 오늘 하루 어떤 마음으로 보내셨어요?'];
    case 'tears':
      return ['좋은 자리였어도 집에 오는 길에 눈물이 나는 건 자연스러워요. 오래 지켜 온 자리를 내려놓은 날이니까요.'];
    case 'years': {
      const years = YEARS_ENDED.exec(t)?.[1];
      return [`${years ? `${years}년이라는` : '그 긴'} 세월이 하루에 끝난 것 같아 마음이 허하시겠어요. 그래도 그동안 해 오신 일과 쌓으신 세월은 없어지지 않아요.`];
    }
    case 'nowhere':
      return ['매일 아침 나가시던 곳이 없어지면 하루의 시작부터 막막하시지요. 그건 쓸모가 없어지셔서가 아니라, 그만큼 오래 한자리를 지켜 오셨기 때문이에요.'];
    case 'home_eyes':
      return ['집에 계시는 게 괜히 눈치 보이실 수 있어요. 그만큼 오래 밖에서 일하며 식구들을 챙겨 오셨다는 뜻이기도 하지요. 요즘 집에서는 하루를 어떻게 보내세요?'];
    case 'news':
      return ['오랜 세월 한길을 걸어와 정년을 맞았네요. 정말 수고 많았어요. 일을 내려놓고 요즘은 어떻게 지내요?'];
    case 'long_days':
      return ['매일 나가던 곳이 없어지면 하루가 길게 느껴지는 게 당연해요. 오랜 세월 하루의 리듬을 일이 정해 왔으니까요. 요즘 하루 중 제일 길게 느껴지는 때는 언제예요?'];
    case 'spouse_pushes': {
      const spouse = /남편|영감/u.test(t) ? '남편분' : '아내분';
      return [`${spouse}이 뭐라도 해 보라고 하시는군요. 그 말을 들으면 마음이 어때요? 예전부터 해 보고 싶었던 게 있었는지도 궁금해요.`];
    }
    case 'next':
      return ['이제 뭐 하고 지낼지 막막하실 수 있어요. 당장 정하지 않으셔도 괜찮아요. 한동안은 좀 쉬시면서, 예전부터 해 보고 싶으셨던 게 있었는지 천천히 떠올려 보셔도 좋겠어요.'];
  }
}

// ---------------------------------------------------------------------------------------------
// The empty nest: a child married or moved out.

const CHILD_LEFT = /(?:아들|딸|막내|자식|큰애|작은애|아들놈|딸내미|큰아들|작은아들|큰딸|작은딸)[가-힣]{0,2}\s?(?:[가-힣]+\s){0,3}(?:장가(?:를|도)?\s?(?:갔|가고|간|보냈)|시집(?:을|도)?\s?(?:갔|가고|간|보냈)|결혼(?:을)?\s?(?:했|하고|시켰)|독립(?:했|하고)|분가|(?:서울|타지|객지)(?:로|에)\s?(?:[가-힣]+\s)?(?:올라가|올라갔|취직|떠났|갔)|유학\s?(?:갔|가고))/u;
const EMPTY = /조용|허전|적적|빈\s?방|빈자리|텅|냄새|방에\s?(?:들어가|들어가보)|휑/u;
const GOOD_BUT = /좋은\s?일(?:인데|이지만|인디|이긴)|잘된\s?일(?:인데|이지만)|기쁜\s?일(?:인데|이지만)/u;

const LEFT_ALONE = /혼자\s?(?:남|있|지내|살)|둘만\s?남|(?:우리|저희)\s?둘만/u;
const GLAD_FOR_CHILD = /(?:딸|아들|자식|애|막내)[가-힣]{0,2}\s?(?:[가-힣]+\s)?잘\s?(?:돼|되|됐|풀|지내|자리)/u;
const APPETITE_ALONE = /혼자\s?(?:[가-힣]+\s)?(?:먹|드)[가-힣]*\s?(?:[가-힣]+\s)?(?:밥맛|입맛)|(?:밥맛|입맛)(?:이|도)?\s?없[가-힣]*[^.?!]{0,6}혼자/u;

export type EmptyNestKind = 'opener' | 'mixed' | 'room' | 'quiet' | 'glad_for_child' | 'appetite';

export function emptyNestTurn(text: string, earlier: readonly string[] = []): EmptyNestKind | null {
  const t = nfc(text);
  if (CHILD_LEFT.test(t) && LEFT_ALONE.test(t)) return 'opener';
  if (!earlier.slice(-4).some((s) => CHILD_LEFT.test(nfc(s)))) return null;
  if (GLAD_FOR_CHILD.test(t) && /다행|좋|감사|됐/u.test(t) && !/안\s?(?:좋|됐)/u.test(t)) return 'glad_for_child';
  if (APPETITE_ALONE.test(t)) return 'appetite';
  if (GOOD_BUT.test(t) && /허전|서운|섭섭|쓸쓸|적적/u.test(t)) return 'mixed';
  if (/냄새|방에\s?(?:들어가|들어가보)|빈\s?방|물건/u.test(t)) return 'room';
  if (EMPTY.test(t)) return 'quiet';
  return null;
}

const EMPTY_NEST_REPLIES: Record<EmptyNestKind, string> = {
  opener: '자식을 떠나보내고 혼자 남으셨군요. 잘된 일이어도 집에 돌아오면 그 빈자리가 크게 느껴지시지요. 요즘 하루는 어떻게 보내고 계세요?',
  glad_for_child: '그래도 자식 잘된 걸 먼저 다행이라고 하시는 게 부모 마음이지요. 혼자 계신 시간이 적적하실 땐 언제든 여기서 이야기 나눠요.',
  appetite: '혼자 차린 밥상은 아무래도 입맛이 덜하지요. 그래도 끼니는 거르지 마시고, 가끔은 이웃이나 친구분과 같이 드실 자리도 만들어 보세요.',
  mixed: '좋은 일인 걸 아시면서도 허전한 건, 그만큼 오래 품고 키우셨기 때문이지요. 기쁜 마음과 허전한 마음이 같이 드시는 게 당연해요.',
  room: '빈 방에 아직 그 냄새가 남아 있으면 더 보고 싶어지시지요. 자식 떠나보낸 빈자리는 한동안 그렇게 곳곳에서 느껴져요.',
  quiet: '북적이던 집이 갑자기 조용해지면 그 빈자리가 크게 느껴지시지요. 요즘 하루는 어떻게 보내고 계세요?',
};

// ---------------------------------------------------------------------------------------------
// A son gone to the army, told by a parent.

const SON = '(?:우리\\s?)?(?:아들|막내|막둥이|큰아들|작은아들|큰애|작은애|둘째|첫째|아들놈)(?:이|가|은|는|을|를)?';
const ENLISTED = new RegExp(`${SON}\\s(?:[가-힣]+\\s){0,3}(?:군대(?:에|를)?\\s?(?:갔|가고|간\\s?지|보냈|들어갔)|입대(?:했|하고|한\\s?지)|훈련소(?:에|로)?\\s?(?:들어갔|갔|보냈))|${SON}\\s?(?:군대|훈련소)(?:에|로)?\\s?(?:보내고|보냈)`, 'u');
const ARMY_WORRY = /(?:밥|잠|춥|추운|아프|다치|잘\s?(?:지내|있|먹|자))[^.?!]{0,14}(?:지|는지|않은지|을까|나|까)/u;

export type EnlistedKind = 'opener' | 'tears' | 'worry';

export function sonEnlisted(text: string, earlier: readonly string[] = []): EnlistedKind | null {
  const t = nfc(text);
  if (ENLISTED.test(t)) return 'opener';
  if (!earlier.slice(-4).some((s) => ENLISTED.test(nfc(s)))) return null;
  if (TEARS.test(t) || /울컥|울었|눈물/u.test(t)) return 'tears';
  if (ARMY_WORRY.test(t)) return 'worry';
  return null;
}

const ENLISTED_REPLIES: Record<EnlistedKind, string> = {
  opener: '아드님을 군대에 보내셨군요. 보내 놓고 돌아서는 부모 마음은 참 허전하고 짠하시지요. 요즘 마음은 좀 어떠세요?',
  tears: '머리 깎은 모습을 보시면 어느 부모라도 눈물이 나지요. 그만큼 아끼는 자식이니까요. 울고 오신 마음도 다 괜찮아요.',
  worry: '밥은 잘 먹는지, 춥지는 않은지 하나하나 마음이 쓰이시지요. 훈련소에 따라 인터넷 편지를 보낼 수 있는 곳도 있으니, 마음을 글로 전해 보셔도 좋겠어요.',
};

// ---------------------------------------------------------------------------------------------
// 김장, and the family who only take.

const KIMJANG = /김장/u;
const KIMJANG_DONE = /김장[^.?!]{0,16}(?:했|끝냈|끝났|담갔|마쳤|다\s?했)|(?:배추|포기)[^.?!]{0,8}(?:했|담갔|절였)/u;
const ONLY_TAKE = /가져가기만|가져만\s?가|받아만|먹기만|와서\s?가져가|싸\s?가기만/u;

export type KimjangKind = 'done' | 'only_take';

export function kimjangTurn(text: string, earlier: readonly string[] = []): KimjangKind | null {
  const t = nfc(text);
  if (KIMJANG.test(t) && KIMJANG_DONE.test(t)) return 'done';
  if (ONLY_TAKE.test(t) && earlier.slice(-3).some((s) => KIMJANG.test(nfc(s)))) return 'only_take';
  return null;
}

const KIMJANG_REPLIES: Record<KimjangKind, string> = {
  done: '김장을 하셨다니 정말 큰일 치르셨네요. 그 많은 걸 하시느라 몸이 많이 고되셨겠어요. 허리랑 손목은 괜찮으세요?',
  only_take: '애써 담근 걸 가져가기만 하면 서운하실 만하지요. 고생하신 걸 알아주는 말 한마디가 아쉬우셨겠어요.',
};

// ---------------------------------------------------------------------------------------------
// Caring for a parent-in-law with dementia, the spouse looking away.

const CARING = /모시고|모셔|모신\s?지|간병|수발|돌보|돌봐/u;
const DEMENTIA = /치매|알츠하이머/u;
const SPOUSE_AWAY = /(?:남편|신랑|애\s?아빠|바깥양반|아내|와이프|마누라|형제|시누이|시동생|동서)[^.?!]{0,16}(?:나\s?몰라라|모른\s?척|몰라라|신경도\s?안|안\s?도와|손\s?하나\s?까딱|나한테만|저한테만|떠넘|미루)/u;
const SERVANT = /(?:종|하녀|식모|머슴|가정부|일꾼|파출부)(?:이야|이냐|인가|이여|인\s?줄|취급|노릇)|(?:종|하녀|식모|머슴|가정부)\s?(?:이야|이냐)/u;

/** "시어머니 모시고 산지 이십년이야": the years of caring, told. */
const CARE_YEARS = /(?:시어머니|시아버지|시부모님?|어머니|아버지|어머님|아버님|엄마|아빠|부모님|장모님?|장인어른)(?:를|을)?\s?(?:모시고|모신)\s?(?:산\s?지|산지|지|살아온\s?지)\s?([가-힣0-9]+)\s?(?:년|해)/u;

export type CareKind = 'years' | 'dementia_nights' | 'spouse_away' | 'servant';

export function caregiverBurden(text: string, earlier: readonly string[] = []): CareKind | null {
  const t = nfc(text);
  if (CARE_YEARS.test(t)) return 'years';
  const story = [...earlier.slice(-4).map(nfc), t];
  if (!story.some((s) => CARING.test(s) || DEMENTIA.test(s))) return null;
  if (SPOUSE_AWAY.test(t)) return 'spouse_away';
  if (SERVANT.test(t)) return 'servant';
  if (DEMENTIA.test(t) && /잠(?:을|도|이)?\s?(?:못|안)|밤(?:에|마다|새)/u.test(t) && story.some((s) => CARING.test(s))) return 'dementia_nights';
  return null;
}

const CARE_REPLIES: Record<CareKind, string> = {
  years: '그 긴 세월을 모시고 사셨다니, 그동안 얼마나 애쓰셨을지요. 요즘은 어떤 점이 제일 힘드세요?',
  dementia_nights: '치매가 오시면 밤에 깨시는 일이 많아서, 모시는 분도 밤잠을 설치게 되지요. 그렇게 오래 모셔 오셨으면 몸도 마음도 많이 지치셨을 거예요. 가까운 치매안심센터에서 돌봄 부담을 덜 수 있는 방법을 상담받으실 수 있어요.',
  spouse_away: '가장 힘든 일을 함께 나눠야 할 사람이 모른 척하면 서운함이 몇 배로 크시지요. 혼자 떠맡고 계신 짐이 얼마나 무거우실지요.',
  servant: '그렇게 느끼실 만큼 혼자 다 떠맡아 오셨군요. 그 고생을 알아주는 사람이 없으니 더 서러우시지요. 여기서는 마음 놓고 털어놓으셔도 돼요.',
};

// ---------------------------------------------------------------------------------------------
// A parent moved into a care home.

// A parent, not a grandparent: 할아버지 holds 아버지 ("할아버지 요양원 들어가셨대" is a grandchild's news,
// the family_elder_into_care_home intent's, not a grown child's who chose the home).
const PARENT_WORD = '(?:엄마|어머니|어머님|(?<!할)아버지|아빠|(?<!할)아버님|시어머니|시아버지|부모님|친정\\s?엄마|장모님|장인어른)';
const INTO_CARE = new RegExp(`${PARENT_WORD}[^.?!]{0,8}(?:요양원|요양병원|요양\\s?시설)(?:에|으로|로)?\\s?(?:들어가|모셔|모시|모신|보내|보냈|입소)|(?:요양원|요양병원)(?:에|으로|로)?\\s?(?:[가-힣]+\\s)?${PARENT_WORD}(?:를|을)?\\s?(?:모셨|모시고|보냈|보내)`, 'u');
const CARE_HOME = /요양원|요양병원|요양\s?시설/u;
const WANTS_HOME = /집에\s?(?:가겠다|가자|간다|가고\s?싶|데려|보내\s?달)|데려가\s?(?:달|줘)/u;
const UNFILIAL = /불효|죄책|죄스|죄짓|버리는\s?(?:것|거)|못된\s?(?:자식|딸|아들)|나쁜\s?(?:자식|딸|아들)/u;
const AT_A_LOSS_WHAT = /어떻게\s?해야\s?(?:할지|될지|하나|하지)|어떡해야|어쩌면\s?좋|뭘\s?어떻게/u;
const IT_HURTS = /마음이\s?(?:[가-힣]+\s)?(?:아파|아프|찢어|무너|미어|안\s?좋)/u;

export type CareHomeKind = 'opener' | 'wants_home' | 'unfilial' | 'hurts' | 'what_to_do';

export function careHomeTurn(text: string, earlier: readonly string[] = []): CareHomeKind | null {
  const t = nfc(text);
  const recent = earlier.slice(-4).map(nfc);
  const story = recent.some((s) => INTO_CARE.test(s) || (CARE_HOME.test(s) && new RegExp(PARENT_WORD, 'u').test(s)));
  if (CARE_HOME.test(t) && UNFILIAL.test(t)) return 'unfilial';
  if (INTO_CARE.test(t)) return 'opener';
  if (!story) return null;
  if (WANTS_HOME.test(t)) return 'wants_home';
  if (UNFILIAL.test(t)) return 'unfilial';
  if (AT_A_LOSS_WHAT.test(t)) return 'what_to_do';
  if (IT_HURTS.test(t)) return 'hurts';
  return null;
}

const CARE_HOME_REPLIES: Record<CareHomeKind, string> = {
  opener: '요양원에 모시고 나서도 마음이 편치 않으시지요. 보내 드린 쪽도 보내진 쪽도 익숙해지기까지 시간이 걸려요. 요즘 어떤 마음이 제일 크세요?',
  wants_home: '집에 가겠다고 우시는 모습을 두고 돌아서는 길이 얼마나 아프셨을지요. 들어가신 지 얼마 안 되었을 때는 그렇게 집을 찾으시는 일이 드물지 않다고 해요.',
  unfilial: '요양원에 모시는 건 버리는 게 아니라, 더 안전하게 돌봐 드릴 곳을 찾는 일이에요. 이렇게 잠 못 이루실 만큼 고민하시는 것 자체가 그만큼 아끼신다는 뜻이에요.',
  hurts: '모셔 두고 돌아오는 마음이 편할 리가 없지요. 그만큼 아끼시는 분이니까요.',
  what_to_do: '당장 답을 내지 않으셔도 괜찮아요. 시설 선생님께 평소에 어떻게 지내시는지 여쭤보시고, 찾아가실 때 좋아하시는 음식이나 사진을 챙겨 가 보시는 것도 방법이에요.',
};

// ---------------------------------------------------------------------------------------------
// Money a grown child asks for (퇴직금, 노후 자금).

const NEST_EGG = /퇴직금|노후\s?(?:자금|대비|준비|돈)|연금|전\s?재산|집\s?(?:팔|판|담보)|모아\s?둔\s?돈|적금/u;
const ASKS_MONEY = /(?:달라|빌려\s?달|해\s?달라|내놓|보태\s?달|대\s?달)/u;
const CHILD_ANY = /아들|딸|자식|큰애|작은애|막내|사위|며느리/u;
const GIVE_OR_NOT = /(?:안\s?주면|주면|줘도|안\s?줘도|거절하면)[^.?!]{0,20}(?:서운|섭섭|노후|어떡|어쩌|어떻게|우리)/u;
const SPOUSE_SAYS_GIVE = /(?:마누라|아내|집사람|와이프|남편|영감|바깥양반)(?:는|가|도|이)?\s?(?:[가-힣]+\s)?(?:주자|주자고|도와주자|해\s?주자)/u;

export type ChildMoneyKind = 'opener' | 'dilemma' | 'spouse_differs';

export function childMoneyTurn(text: string, earlier: readonly string[] = []): ChildMoneyKind | null {
  const t = nfc(text);
  if (NEST_EGG.test(t) && ASKS_MONEY.test(t) && CHILD_ANY.test(t)) return 'opener';
  if (!earlier.slice(-4).some((s) => NEST_EGG.test(nfc(s)) && ASKS_MONEY.test(nfc(s)))) return null;
  if (SPOUSE_SAYS_GIVE.test(t)) return 'spouse_differs';
  if (GIVE_OR_NOT.test(t)) return 'dilemma';
  return null;
}

const CHILD_MONEY_REPLIES: Record<ChildMoneyKind, string> = {
  opener: '퇴직금이나 노후 자금은 두 분 노후가 걸린 돈이라 선뜻 내주기 어려우신 게 당연해요. 자식을 돕고 싶은 마음과 노후 걱정이 부딪히시는군요.',
  dilemma: '안 주면 서운해할 것 같고, 주면 두 분 노후가 걱정되고, 어느 쪽도 쉽지 않으시지요. 전부 주거나 하나도 안 주거나로만 정하지 않고, 노후에 꼭 필요한 몫은 남겨 두고 도울 만큼만 정하는 방법도 있어요.',
  spouse_differs: '부부 생각까지 다르면 더 답답하시지요. 두 분이 노후에 꼭 필요한 돈부터 같이 따져 보시면 이야기가 좀 수월해질 수 있어요.',
};

// ---------------------------------------------------------------------------------------------
// An older worker with nowhere else to go.

const OLDER_AGE = /이\s?나이에|(?:쉰|오십|육십|예순)[가-힣]{0,2}(?:에|인데|이라|살)|(?:5|6)0대|[5-6][0-9]\s?살/u;
const STUCK_AT_WORK = /(?:갈\s?(?:데|곳)(?:가|도)?\s?없|옮길\s?(?:데|곳)(?:가|도)?\s?없)[^.?!]{0,24}(?:참고\s?다녀|다녀야|버텨야|다닐\s?수밖에)|참고\s?다녀야/u;
const YOUNGER_RUDE = /(?:젊은|어린|새파란|나이\s?어린)\s?(?:놈|녀석|애|사람|친구|직원|것)[^.?!]{0,12}(?:반말|무시|소리\s?(?:지르|질러)|대들|가르치려)/u;

export type StuckKind = 'stuck' | 'younger_rude';

export function olderWorkerTurn(text: string, earlier: readonly string[] = []): StuckKind | null {
  const t = nfc(text);
  if (YOUNGER_RUDE.test(t)) return 'younger_rude';
  if (STUCK_AT_WORK.test(t) && [...earlier.slice(-3), t].some((s) => OLDER_AGE.test(nfc(s)))) return 'stuck';
  return null;
}

const OLDER_WORKER_REPLIES: Record<StuckKind, string> = {
  stuck: '이 나이에 옮길 데도 마땅치 않으니 참고 다니실 수밖에 없다는 마음, 얼마나 답답하고 서글프시겠어요. 그래도 그 자리를 지키시는 건 책임감이 크시기 때문이지요.',
  younger_rude: '나이 어린 사람한테 반말까지 들으시면 모욕감이 크시지요. 그 자리에서 참고 넘기셨다면 더 속이 끓으셨겠어요.',
};

// ---------------------------------------------------------------------------------------------
// Session 40 (elder): a user in their 60s, in short polite turns, was told what they had not said.
// Replies here speak to the user in 해요체 without -시- (the bot's register for every user), and use
// -시- only for the user's family ("아내분이 걱정하시는군요").

const SPOUSE_WORD = '(?:아내|와이프|집사람|마누라|안사람|남편|신랑|영감|바깥양반)';
/** "아내가 걱정을 많이 해요": the spouse worries about the user (not "아내가 걱정돼요", the user's worry). */
const SPOUSE_WORRIES = new RegExp(
  `${SPOUSE_WORD}(?:가|이|는|도|께서)\\s(?:(?:저를|나를|날|절|제|내|많이|자꾸|늘|항상|계속|요즘|너무|엄청|괜히|또|제일)\\s?){0,3}걱정(?:을|도|만)?\\s?(?:(?:많이|너무|엄청|자꾸|계속|늘)\\s?)?(?:해|하(?!지\\s?말)|했|한다|합니다)`,
  'u',
);
/** The user keeps it from the spouse, or the spouse reassures: no worry of the spouse's to take up. */
const SPOUSE_WORRY_NOT = /걱정\s?(?:할까|하실까|시킬까|끼칠까|안\s?하|하지\s?말|하지\s?마)|걱정할\s?(?:까|것|거)/u;
const WORN_OUT = /지쳐|지쳤|지친|하기\s?싫|피곤|녹초|힘들|기운이?\s?없|축\s?처|잠을?\s?못|입맛이?\s?없/u;

export function spouseWorries(text: string): boolean {
  const t = nfc(text);
  return SPOUSE_WORRIES.test(t) && !SPOUSE_WORRY_NOT.test(t);
}

function spouseWorriesReply(t: string, earlier: readonly string[]): string {
  const spouse = /남편|신랑|영감|바깥양반/u.test(t) ? '남편분' : '아내분';
  const worn = [...earlier.slice(-3), t].some((s) => WORN_OUT.test(nfc(s)));
  return worn
    ? `${spouse}이 걱정하실 만큼 요즘 많이 지쳐 보였나 봐요. 곁에서 알아봐 주는 사람이 있다는 건 그래도 다행이에요. ${spouse}은 주로 어떤 점을 걱정하세요?`
    : `${spouse}이 곁에서 많이 걱정하시는군요. ${spouse}은 주로 어떤 점을 걱정하세요?`;
}

/**
 * "퇴근하고 집에 오면 아무것도 하기 싫어요": worn out after work, said with no word of living alone
 * (it matched the living-alone intent, «혼자 사는 자유 뒤에 찾아오는 쓸쓸함…»).
 */
const AFTER_WORK = /퇴근(?:하고|해서|하면|길|후|하고\s?나면|하고\s?오면)|일\s?(?:끝나고|마치고|하고\s?(?:오면|나면))|집에\s?(?:오면|와서|들어오면|들어가면|가면)/u;
const DO_NOTHING = /아무것도\s?(?:하기\s?싫|안\s?하고\s?싶|못\s?하겠|할\s?힘이?\s?없|손에\s?안)|손\s?하나\s?까딱|녹초|꼼짝도?\s?(?:하기\s?)?싫|씻기도\s?싫|누워만/u;
const ALONE_WORDS = /혼자|외로|외롭|쓸쓸|적막|적적|허전|허해|휑|빈\s?집|빈\s?방|조용|아무도\s?없|반겨|자취|1인|원룸/u;

export function wornAfterWork(text: string): boolean {
  const t = nfc(text);
  return AFTER_WORK.test(t) && DO_NOTHING.test(t) && !ALONE_WORDS.test(t);
}

/**
 * A quarrel with one's spouse ("아내랑 요즘 자주 다퉈요", "남편하고 매일 싸워요") had got joy reflections
 * («그런 순간이 있다는 게 참 좋네요», «마음이 환해지는 이야기네요»): taken up as a quarrel, and in its
 * story a retired couple's clashes at home and days of silence.
 */
const SPOUSE_QUARREL = new RegExp(
  `${SPOUSE_WORD}(?:랑|이랑|하고|와|과)\\s?(?:(?:요즘|자주|또|매일|맨날|계속|자꾸|툭하면|요새|걸핏하면|엄청|크게|한바탕)\\s?){0,3}(?:다퉈|다퉜|다투|싸워|싸웠|싸우|싸움|티격태격|부딪|말다툼)`,
  'u',
);
const QUARREL_NOT = /(?:다투|싸우)(?:지|진)\s?(?:않|안|말)|안\s?(?:싸워|싸우|다퉈|다투)|싸운\s?적(?:이|은)?\s?없|싸울\s?(?:일|뻔)|싸울까\s?봐/u;
const TOGETHER_RETIRED = /(?:퇴직|은퇴|퇴임|정년)[^.?!]{0,20}(?:같이\s?있|붙어\s?있|종일|하루\s?종일|집에)|(?:같이|붙어)\s?있으니[^.?!]{0,12}(?:부딪|싸우|다투|싸워|다퉈)/u;
const SILENT_TREATMENT = /(?:서로\s?)?말(?:을|도)?\s?(?:안\s?하|안\s?해|섞지|안\s?섞)|냉전|입을\s?닫|투명\s?인간/u;

export type SpouseQuarrelKind = 'opener' | 'retired_clash' | 'silence';

export function spouseQuarrelTurn(text: string, earlier: readonly string[] = []): SpouseQuarrelKind | null {
  const t = nfc(text);
  if (QUARREL_NOT.test(t)) return null;
  const told = (s: string) => SPOUSE_QUARREL.test(s) && !QUARREL_NOT.test(s);
  const story = earlier.slice(-4).map(nfc).some(told);
  if (!story && !told(t)) return null;
  if (TOGETHER_RETIRED.test(t)) return 'retired_clash';
  if (story && SILENT_TREATMENT.test(t)) return 'silence';
  return told(t) ? 'opener' : null;
}

function spouseQuarrelReply(kind: SpouseQuarrelKind, t: string, earlier: readonly string[]): string {
  const story = [...earlier.slice(-4), t].join(' ');
  const spouse = /남편|신랑|영감|바깥양반/u.exec(story) ? '남편분' : '아내분';
  switch (kind) {
    case 'opener': {
      const often = /자주|매일|맨날|요즘|요새|툭하면|걸핏하면|계속|자꾸/u.test(t);
      const said = often ? '요즘 자주 다투게 되는군요' : /또/u.test(t) ? '또 다퉜군요' : '다퉜군요';
      return `${spouse}과 ${said}. 가장 가까운 사이라 다툼이 이어지면 집 안 공기부터 무거워지지요. 주로 어떤 일로 부딪혀요?`;
    }
    case 'retired_clash':
      return '퇴직하고 하루 종일 같이 지내게 되면, 그동안 각자 지내던 생활 방식이 부딪히기 쉬워요. 많은 부부가 그 시기에 서로의 자리를 다시 맞춰 가요. 하루 중 각자 따로 보내는 시간은 좀 있어요?';
    case 'silence':
      return `한집에서 말 없이 지내는 시간은 길고 무겁지요. 먼저 말을 꺼내기가 쉽지 않은 것도 당연해요. 예전에 다퉜을 때는 ${spouse}과 어떻게 풀곤 했어요?`;
  }
}

/**
 * A spouse or parent who forgets ("남편이 요즘 자꾸 깜빡깜빡해요", "치매일까 봐 겁나요", "병원에 가자고
 * 하면 화를 내요") had got generic worry lines («이런저런 생각이 겹쳐서…»).
 */
const ELDER_KIN = '(?:아내|와이프|집사람|마누라|안사람|남편|신랑|영감|바깥양반|엄마|아빠|어머니|아버지|어머님|아버님|시어머니|시아버지|장모님|장인어른)';
const FORGETS = new RegExp(
  `${ELDER_KIN}(?:이|가|는|도|께서)\\s(?:(?:요즘|요새|자꾸|자주|부쩍|점점|계속)\\s?){0,3}(?:깜빡(?:깜빡)?\\s?(?:해|하|하시|했|한다)|(?:뭘\\s?)?(?:잊어버리|잊어버려|잊어버렸|까먹)|기억(?:을|이)?\\s?(?:잘\\s?)?(?:못\\s?하|안\\s?나)|같은\\s?(?:말|걸|얘기|질문)(?:을|를)?\\s?(?:또|자꾸|계속)\\s?(?:해|하|물))`,
  'u',
);
const DEMENTIA_FEAR = /치매(?:일까|인가|면|가\s?아닐까|일지|\s?같|\s?초기|\s?검사|\s?올까)/u;
const REFUSES_DOCTOR = /(?:병원|검사|진료)[^.?!]{0,12}(?:가자|받자|해\s?보자|가\s?보자|가\s?보라)[^.?!]{0,12}(?:화를?\s?내|화낸|싫다|안\s?간다|안\s?가|펄쩍|역정|짜증)/u;

export type KinMemoryKind = 'opener' | 'fear' | 'refuses';

export function kinMemoryTurn(text: string, earlier: readonly string[] = []): KinMemoryKind | null {
  const t = nfc(text);
  const story = earlier.slice(-4).some((s) => FORGETS.test(nfc(s)));
  if (!story && !FORGETS.test(t)) return null;
  if (REFUSES_DOCTOR.test(t)) return 'refuses';
  if (DEMENTIA_FEAR.test(t)) return 'fear';
  return FORGETS.test(t) ? 'opener' : null;
}

function kinWord(story: string): string {
  const m = new RegExp(ELDER_KIN, 'u').exec(story)?.[0] ?? '';
  if (/아내|와이프|집사람|마누라|안사람/u.test(m)) return '아내분';
  if (/남편|신랑|영감|바깥양반/u.test(m)) return '남편분';
  if (/엄마|어머|시어머니|장모/u.test(m)) return '어머님';
  return '아버님';
}

function kinMemoryReply(kind: KinMemoryKind, t: string, earlier: readonly string[]): string {
  const kin = kinWord([...earlier.slice(-4), t].filter((s) => FORGETS.test(nfc(s))).join(' ') || t);
  switch (kind) {
    case 'opener':
      return `${kin}이 ${/같은\s?(?:말|걸|얘기|질문)/u.test(t) ? '같은 말을 자꾸 하시면' : '자꾸 깜빡하시면'} 곁에서 보는 마음이 많이 쓰이지요. 언제부터 그런 게 눈에 띄었어요?`;
    case 'fear':
      return `치매일까 봐 ${/걱정/u.test(t) && !/겁|무서|두려/u.test(t) ? '걱정되는' : '겁이 나는'} 게 당연해요. 나이 들며 흔한 건망증일 수도 있고 다른 원인일 수도 있어서, 혼자 짐작하기보다 확인해 보는 편이 마음이 덜 무거워요. 가까운 보건소의 치매안심센터에서 선별검사를 받아 볼 수 있어요.`;
    case 'refuses':
      return `검사 얘기를 꺼내면 자존심이 상하거나 겁이 나서 화를 내는 경우가 많아요. '치매 검사' 대신 '같이 건강검진 받자'처럼 부담이 덜한 말로 권하거나, ${kin}이 믿는 자녀분이나 단골 의사가 권하게 하는 방법도 있어요.`;
  }
}

// A friend's death: how long and how close they were, and one's own mortality.

const GRIEF = /장례|빈소|조문|문상|발인|부고|세상을\s?(?:떠|뜨|떴)|돌아가(?:셨|신|시)|하늘나라|별세|타계|영정|납골|사십구재|49재|먼저\s?(?:갔|간|떠났)|떠나보냈/u;
const FRIEND = /친구|동창|벗|동기|동료|선배|후배|이웃|지기|단짝|절친/u;
const YEARS = '([0-9]+|[이삼사오육칠팔구]?십(?:\\s?[일이삼사오육칠팔구])?|[한두세네]|몇\\s?십)';
const CLOSENESS = new RegExp(
  `${YEARS}\\s?년\\s?(?:지기|(?:을|이나|넘게|가까이|동안)?\\s?(?:알|함께|같이|만나|친구|지내))|오래(?:된|\\s?된)\\s?(?:친구|사이|벗|동창|동료|이웃)|오랜\\s?(?:친구|벗|사이|동무)|(?:어릴|어렸을|어린\\s?시절|어려서|코흘리개|학교\\s?다닐|(?:초등|국민|중|고등)학교|학창\\s?시절|군대)\\s?(?:때|시절)?\\s?부터|죽마고우|불알\\s?친구|둘도\\s?없는|형제\\s?같|가족\\s?같|제일\\s?친한|가장\\s?친한|단짝|절친`,
  'u',
);
/** "나도 언제 갈지 모르겠다는 생각이 들어요" after a friend's death. */
const OWN_TURN = /(?:나도|저도|나\s?역시|우리도|내\s?차례|제\s?차례)[^.?!]{0,14}(?:언제\s?(?:갈지|죽을지|떠날지)|곧\s?(?:가|갈)|머지않|얼마\s?안\s?남|갈\s?때가|차례)/u;

export type FriendGriefKind = 'closeness' | 'own_turn';

/** A turn in the story of a friend's death that says how close they were, or fears one's own turn. */
export function friendGriefTurn(text: string, earlier: readonly string[] = []): FriendGriefKind | null {
  const t = nfc(text);
  const story = [...earlier.slice(-6).map(nfc), t];
  if (!story.some((s) => GRIEF.test(s)) || !story.some((s) => FRIEND.test(s))) return null;
  if (CLOSENESS.test(t)) return 'closeness';
  if (OWN_TURN.test(t)) return 'own_turn';
  return null;
}

function friendGriefReply(kind: FriendGriefKind, t: string): string {
  if (kind === 'own_turn') {
    return '가까운 친구를 보내고 나면 나도 언젠가는 하는 생각이 드는 게 자연스러워요. 그 생각이 들 때 마음은 어때요? 두려운 쪽인지, 허무한 쪽인지 궁금해요.';
  }
  const years = new RegExp(`${YEARS}\\s?년`, 'u').exec(t)?.[1];
  const span = years ? `${years.replace(/\s/gu, '')}년을 함께한` : /어릴|어렸을|어린\s?시절|어려서|코흘리개|학교|학창|군대/u.test(t) ? '젊은 날부터 함께한' : '오래 함께한';
  return `${span} 친구라 빈자리가 더 크게 느껴지겠어요. 함께한 세월만큼 떠오르는 일도 많을 것 같아요. 그 친구는 어떤 사람이었어요?`;
}

// A grown child who does not call.

const GROWN_CHILD = '(?:아들|딸|자식|자식들|큰애|작은애|막내|큰아들|작은아들|큰딸|작은딸|아들놈|딸내미|며느리|사위)';
const CHILD_SILENT = new RegExp(
  `${GROWN_CHILD}(?:이|가|은|는|들이|들은|도|한테서|에게서|한테선|한테서는)?\\s(?:(?:또|통|요즘|도무지|한참|몇\\s?달째|며칠째|한\\s?달째|벌써|아직|아직도|전혀|도통|영|이번에도)\\s?){0,3}(?:연락|전화|답장|카톡|문자|소식)(?:을|를|이|도|은|가|\\s?한\\s?통)?\\s?(?:(?:잘|통|도통|한\\s?번도)\\s?)?(?:안|없|못|뜸|끊)`,
  'u',
);
const PARENT_SELF_BLAME = /(?:내가|제가|나|저)\s?(?:(?:뭘|뭐를|무엇을|뭐|뭔가)\s?)?잘못(?:했나|한\s?건가|한\s?걸까|했을까|했는지|한\s?게|한\s?거)|잘못\s?키웠|(?:내|제)\s?탓(?:인가|일까|이지|인\s?것)|부모\s?노릇/u;
const ANGRY = /화가?\s?(?:나|난|났)|화나|괘씸|열\s?(?:받|이\s?나)|속이\s?터/u;
const HURT_WORD = /서운|섭섭|서럽|서러/u;
const SAD_WORD = /속상|허전|쓸쓸/u;

export type ChildSilentKind = 'opener' | 'feelings' | 'self_blame';

/** A parent's hurt at a grown child's silence: the news, the feelings named, and self-blame. */
export function childSilentTurn(text: string, earlier: readonly string[] = []): ChildSilentKind | null {
  const t = nfc(text);
  if (CHILD_SILENT.test(t) && !ANGRY.test(t) && !HURT_WORD.test(t)) return 'opener';
  const story = CHILD_SILENT.test(t) || earlier.slice(-4).some((s) => CHILD_SILENT.test(nfc(s)));
  if (!story) return null;
  if (PARENT_SELF_BLAME.test(t)) return 'self_blame';
  if (ANGRY.test(t) || HURT_WORD.test(t) || SAD_WORD.test(t)) return 'feelings';
  return null;
}

function childWord(story: string): string {
  if (/며느리/u.test(story)) return '며느님';
  if (/사위/u.test(story)) return '사위';
  if (/딸/u.test(story)) return '따님';
  if (/아들/u.test(story)) return '아드님';
  return '자녀분';
}

function childSilentReply(kind: ChildSilentKind, t: string, earlier: readonly string[]): string {
  const story = [...earlier.slice(-4), t].filter((s) => CHILD_SILENT.test(nfc(s))).join(' ') || t;
  const child = childWord(story);
  const from = child === '사위' ? '사위한테서' : `${child}한테서`;
  switch (kind) {
    case 'opener': {
      const again = /또|이번에도|아직도/u.test(t) ? '또 ' : '';
      const how = /뜸/u.test(t) ? '연락이 뜸하군요' : '연락이 없군요';
      return `${from} ${again}${how}. 기다리는 쪽은 하루하루가 길지요. 마지막으로 연락이 닿은 건 언제쯤이에요?`;
    }
    case 'feelings': {
      const named: string[] = [];
      if (ANGRY.test(t)) named.push('화가 나는 마음');
      const hurt = HURT_WORD.exec(t)?.[0];
      if (hurt) named.push(hurt === '섭섭' ? '섭섭한 마음' : hurt === '서운' ? '서운한 마음' : '서러운 마음');
      const sad = SAD_WORD.exec(t)?.[0];
      if (sad) named.push(`${sad}한 마음`);
      const said = named.length > 1 ? `${named.join('도, ')}도 다 당연해요` : `${named[0]}이 드는 게 당연해요`;
      const why = ANGRY.test(t) && hurt ? '기다린 만큼 서운하고, 아끼는 자식이라 화도 나는 거지요.' : '그만큼 기다리고 아끼는 자식이니까요.';
      return `${said}. ${why} ${child}한테 그 마음을 말해 본 적은 있어요?`;
    }
    case 'self_blame':
      return `연락이 없으면 부모는 먼저 내가 뭘 잘못했나부터 돌아보게 되지요. 그래도 자식이 연락을 못 하는 데에는 그 나름의 사정이나 서툰 구석이 있는 경우가 많아서, 그게 곧 잘못 키웠다는 뜻은 아니에요. 혹시 마음에 걸리는 일이 따로 있어요?`;
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * Which of the cases above the turn is, with its replies, or null. `text` is the turn as dialect.ts
 * reads it; `earlier` the user's earlier turns, read the same way.
 */
export function laterLifeTurn(text: string, earlier: readonly string[] = []): LaterLifeTurn | null {
  const t = nfc(text);
  const faint = faintTurn(t, earlier);
  if (faint) return faint;
  if (wornAfterWork(t)) {
    return { kind: 'worn_after_work', replies: ['퇴근하고 나면 아무것도 하기 싫을 만큼 하루하루가 고된가 봐요. 그럴 땐 억지로 뭘 하려 하지 않고 그냥 쉬어도 괜찮아요. 요즘 일이 유독 힘든 때예요?'], mood: 'sadness' };
  }
  const memory = kinMemoryTurn(t, earlier);
  if (memory) return { kind: `kin_memory_${memory}`, replies: [kinMemoryReply(memory, t, earlier)], mood: 'anxiety' };
  const quarrel = spouseQuarrelTurn(t, earlier);
  if (quarrel) return { kind: `spouse_quarrel_${quarrel}`, replies: [spouseQuarrelReply(quarrel, t, earlier)], mood: quarrel === 'opener' ? 'anger' : 'sadness' };
  if (spouseWorries(t)) return { kind: 'spouse_worries', replies: [spouseWorriesReply(t, earlier)], mood: 'sadness' };
  const friendGrief = friendGriefTurn(t, earlier);
  if (friendGrief) return { kind: `friend_grief_${friendGrief}`, replies: [friendGriefReply(friendGrief, t)], mood: 'sadness' };
  const silent = childSilentTurn(t, earlier);
  if (silent) return { kind: `child_silent_${silent}`, replies: [childSilentReply(silent, t, earlier)], mood: silent === 'feelings' && ANGRY.test(t) ? 'anger' : 'hurt' };
  if (callsLateSpouse(t, earlier)) {
    return {
      kind: 'calls_late_spouse',
      replies: ['아직도 습관처럼 부르시게 된다니, 그만큼 오랜 세월 곁에 계셨던 거지요. 그럴 때마다 빈자리가 얼마나 크게 느껴지실지요. 그분을 부를 뻔하실 때 어떤 마음이 드세요?'],
      mood: 'sadness',
    };
  }
  if (mealsAfterLoss(t, earlier)) {
    return {
      kind: 'meals_after_loss',
      replies: ['함께 밥상을 차리던 분이 안 계시니 끼니 챙기는 것부터 막막하시겠어요. 처음엔 반찬가게 반찬이나 간단한 것으로 드셔도 괜찮아요. 요즘 식사는 어떻게 하고 계세요?'],
      mood: 'sadness',
    };
  }
  const job = childJobWorry(t, earlier);
  if (job) return { kind: `child_job_${job}`, replies: childJobReplies(job, [...earlier.slice(-4), t].join(' ')), mood: 'anxiety' };
  const reunion = reunionTurn(t, earlier);
  if (reunion) return { kind: `reunion_${reunion}`, replies: [REUNION_REPLIES[reunion]], mood: 'hurt' };
  const meno = menopauseTurn(t, earlier);
  if (meno) return { kind: `menopause_${meno}`, replies: [MENOPAUSE_REPLIES[meno]], mood: meno === 'hrt' || meno === 'risk' || meno === 'opinion' || meno === 'medicine' ? 'anxiety' : 'sadness', ...(meno === 'opinion' ? { asksBot: true } : {}) };
  const retired = retirementDayTurn(t, earlier);
  if (retired) return { kind: `retirement_day_${retired}`, replies: retirementDayReplies(retired, t), mood: retired === 'ceremony' ? 'joy' : 'sadness' };
  const careHome = careHomeTurn(t, earlier);
  if (careHome) return { kind: `care_home_${careHome}`, replies: [CARE_HOME_REPLIES[careHome]], mood: 'sadness' };
  const money = childMoneyTurn(t, earlier);
  if (money) return { kind: `child_money_${money}`, replies: [CHILD_MONEY_REPLIES[money]], mood: 'anxiety' };
  const worker = olderWorkerTurn(t, earlier);
  if (worker) return { kind: `older_worker_${worker}`, replies: [OLDER_WORKER_REPLIES[worker]], mood: worker === 'stuck' ? 'sadness' : 'anger' };
  const army = sonEnlisted(t, earlier);
  if (army) return { kind: `son_enlisted_${army}`, replies: [ENLISTED_REPLIES[army]], mood: 'sadness' };
  const kimjang = kimjangTurn(t, earlier);
  if (kimjang) return { kind: `kimjang_${kimjang}`, replies: [KIMJANG_REPLIES[kimjang]], mood: kimjang === 'done' ? 'joy' : 'hurt' };
  const care = caregiverBurden(t, earlier);
  if (care) {
    const years = care === 'years' ? CARE_YEARS.exec(t)?.[1] : undefined;
    const reply = years ? CARE_REPLIES.years.replace('그 긴 세월을', `${years}년을`) : CARE_REPLIES[care];
    return { kind: `care_${care}`, replies: [reply], mood: care === 'dementia_nights' || care === 'years' ? 'sadness' : 'hurt' };
  }
  const nest = emptyNestTurn(t, earlier);
  if (nest) return { kind: `empty_nest_${nest}`, replies: [EMPTY_NEST_REPLIES[nest]], mood: 'sadness' };
  return null;
}
