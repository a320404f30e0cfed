/**
 * Signs of burnout in a story about work (session 41). A tester told "회사 다니는 게 너무 지친다 /
 * 출근할 때마다 숨이 막혀 / 주말에도 월요일 생각하면 불안해 / 요즘은 그냥 아무 생각 없이 멍 때림 /
 * 차라리 아프면 안 나가도 될 텐데" and got four stock lines ("이런저런 생각이 겹쳐서…", "가장 걱정되는
 * 부분은 어떤 거예요?" after the fourth time work was named). Each sign is said back as what it is,
 * once; once two have been told in the story (whatever answered the first: an intent may have), the
 * reply names the pattern gently, as what is commonly called 번아웃, not a diagnosis, and says it is
 * no weakness; a third adds where to turn if it has gone on for weeks (as low-mood-signs.ts does).
 *
 * Signs: the body balking at work (숨이 막혀, 토할 것 같아, 가슴이 답답, 눈물 when going in), the
 * weekend lost to Monday (주말에도 월요일 생각, 일요일 밤만 되면), going numb (멍 때림, 아무 생각
 * 없이, 영혼 없이), and wishing to be ill to be spared going in (차라리 아프면/아팠으면, 입원이라도).
 * Only in a story about work or school (the words of going in, or named in the story), and not about
 * someone else ("남편이 출근할 때마다…").
 */
export type BurnoutSign = 'body' | 'weekend' | 'numb' | 'sick_wish';

const nfc = (text: string): string => text.normalize('NFC');

const WORK = /회사|직장|출근|퇴근|업무|야근|일하|일터|상사|팀장|부장|과장|대리|사장님|근무|알바|월요일|학교|등교/u;
const GOING_IN = /(?:출근|회사|직장|일터|학교|등교|알바|일하러|일\s?가|월요일)/u;

const SIGNS: Record<BurnoutSign, RegExp> = {
  body: new RegExp(
    `${GOING_IN.source}[^.?!]{0,16}(?:숨(?:이|도)?\\s?(?:막혀|막히|막힘|막힐|안\\s?쉬어)|숨\\s?막|토할|토\\s?나올|구역질|속이\\s?울렁|가슴(?:이)?\\s?(?:답답|두근|쿵|턱)|심장(?:이)?\\s?(?:쿵|두근|뛰)|눈물(?:이)?\\s?(?:나|남|났)|배(?:가)?\\s?아프|머리(?:가)?\\s?아프|몸이\\s?(?:굳|안\\s?움직))`,
    'u',
  ),
  weekend:
    /(?:주말|휴일|쉬는\s?날|일요일)(?:에도|에는|인데도|만\s?되면|\s?밤만\s?되면|\s?밤(?:에|엔)?)[^.?!]{0,16}(?:월요일|출근|회사|일\s?생각|학교)[^.?!]{0,10}(?:불안|걱정|답답|무서|싫|우울|막막|생각(?:나|이\s?나|만)|떠올)|(?:일요일|주말)\s?밤만\s?되면\s?[^.?!]{0,10}(?:불안|답답|우울|막막|무서)|월요일(?:이)?\s?(?:오는\s?게|다가오는\s?게|생각만\s?해도|생각하면)\s?[^.?!]{0,8}(?:무서|싫|불안|답답|숨)/u,
  numb: /아무\s?생각\s?(?:없이|도\s?안\s?(?:들|나))|멍\s?(?:때림|때려|때리|하게|하니|해|한\s?채)|영혼\s?없이|로봇처럼|기계처럼|아무\s?감정(?:이|도)?\s?없|넋\s?놓/u,
  sick_wish:
    /차라리\s?[^.?!]{0,10}(?:아프면|아팠으면|아파서|아프기라도|병(?:이라도|에)?\s?(?:걸리|나)|입원(?:이라도)?|다치기라도|다쳤으면|쓰러지기라도|쓰러졌으면)|(?:아프기라도|입원이라도|다치기라도)\s?했으면|(?:아프|아파)(?:면|서)\s?(?:회사|출근|일)?\s?(?:안\s?(?:나가|가|와)|못\s?(?:나가|가))도\s?(?:될|되)/u,
};

/** Someone else's, a question, or a real illness now: not the user's sign. */
const NOT_OWN = /(?:남편|아내|와이프|엄마|아빠|아들|딸|아이|애가|동생|언니|오빠|누나|형|친구|동료)(?:가|는|이|도)\s|[?？]|감기|독감|장염|몸살|코로나|열이\s?(?:나|39|38)|수술/u;

export function burnoutSign(text: string, story: readonly string[]): BurnoutSign | null {
  const t = nfc(text);
  if (NOT_OWN.test(t)) return null;
  const atWork = WORK.test(t) || story.some((s) => WORK.test(nfc(s)));
  if (!atWork) return null;
  for (const sign of Object.keys(SIGNS) as BurnoutSign[]) if (SIGNS[sign].test(t)) return sign;
  return null;
}

/** Distinct signs told across the story before and this turn. */
export function burnoutSignsTold(text: string, story: readonly string[]): Set<BurnoutSign> {
  const told = new Set<BurnoutSign>();
  const texts = [...story, text];
  texts.forEach((t, i) => {
    const s = burnoutSign(t, texts.slice(0, i));
    if (s) told.add(s);
  });
  return told;
}

export const BURNOUT_PREFIX = 'burnout';
export const BURNOUT_NAMED_ID = `${BURNOUT_PREFIX}:named`;
export const BURNOUT_ADVICE_ID = `${BURNOUT_PREFIX}:advice`;

const SAID_BACK: Record<BurnoutSign, string> = {
  body: '가야 한다는 생각만으로 몸이 먼저 반응할 만큼이면, 그동안 정말 많이 참고 버텨 온 거예요.',
  weekend: '쉬는 날에도 월요일이 먼저 떠오르면 쉬어도 쉰 것 같지 않죠. 마음이 한 번도 제대로 못 쉬고 있는 거예요.',
  numb: '아무 생각 없이 멍하게 보내는 시간이 늘었다면, 마음이 너무 지쳐서 잠깐 꺼져 있는 걸지도 몰라요. 게을러서가 아니에요.',
  sick_wish: '차라리 아프기라도 하면 안 가도 될 텐데 싶을 만큼이면, 지금 매일 가야 하는 그곳이 정말 많이 버거운 거예요.',
};

/** Shorter, before the pattern is named. */
const LEAD: Record<BurnoutSign, string> = {
  body: '가야 한다는 생각만으로 몸이 먼저 반응하는군요.',
  weekend: '쉬는 날에도 월요일이 먼저 떠오르는군요.',
  numb: '멍하게 흘려보내는 시간이 늘었군요.',
  sick_wish: '차라리 아프기라도 했으면 싶을 만큼이군요.',
};

const QUESTION: Record<BurnoutSign, string> = {
  body: '이런 날이 얼마나 이어졌어요?',
  weekend: '요즘 쉬는 날엔 주로 어떻게 보내요?',
  numb: '요즘 잠은 좀 자고 있어요?',
  // Not what weighs most: long-memory asks that once, and a work story has usually been asked it.
  sick_wish: '요즘 몸은 좀 괜찮아요? 정말 아픈 데는 없고요?',
};

const NAME_IT =
  '이런 신호들이 겹쳐 있다면 흔히 번아웃이라고 부르는, 몸과 마음이 다 소진된 상태와 많이 닮았어요. 약해서가 아니라 너무 오래 애써 와서 생기는 일이에요. 요즘 일 말고 숨 돌릴 틈은 조금이라도 있어요?';
const WHERE_TO_TURN =
  '이런 날이 몇 주씩 이어지고 있다면 혼자 버티지 말고 정신건강의학과나 상담센터에 한 번 이야기해 봐도 좋아요. 지금은 잠깐 멈춰서 쉬어야 한다는 신호일 수도 있어요. 요즘 잠은 어때요?';

/**
 * The reply to a sign of burnout told this turn, or null when the turn tells none or this sign was
 * said back already. The pattern is named once two signs are told, where to turn once three are.
 */
export function burnoutReply(text: string, story: readonly string[], usedReplies: readonly string[]): { ids: string[]; text: string } | null {
  const sign = burnoutSign(text, story);
  if (!sign) return null;
  const id = `${BURNOUT_PREFIX}:${sign}`;
  if (usedReplies.includes(id)) return null;
  const told = burnoutSignsTold(text, story).size;
  if (told >= 2 && !usedReplies.includes(BURNOUT_NAMED_ID)) return { ids: [id, BURNOUT_NAMED_ID], text: `${LEAD[sign]} ${NAME_IT}` };
  if (told >= 3 && !usedReplies.includes(BURNOUT_ADVICE_ID)) return { ids: [id, BURNOUT_ADVICE_ID], text: `${SAID_BACK[sign]} ${WHERE_TO_TURN}` };
  return { ids: [id], text: `${SAID_BACK[sign]} ${QUESTION[sign]}` };
}

/**
 * A wish to run from it all, said under pressure (session 41): "수능 D-30인데 공부 하나도 안 됨 / 엄마가
 * 기대 엄청 하셔서 더 부담돼 / 그냥 다 도망치고 싶다" got the escape intent's travel line with its
 * question cut ("아무도 나를 모르는 곳을 떠올리는 그 마음, 충분히 이해돼요."), a daydream of a trip
 * for a student at the end of their tether. After a story of pressure (exams, expectations, work,
 * being worn out), the wish is heard as the weight and what they most want to put down is asked.
 */
const ESCAPE = /(?:다|전부|그냥|모든\s?걸|모든\s?것에서|어디론가|멀리)\s?(?:다\s?)?(?:도망(?:치|가)(?:고\s?싶|버리고\s?싶|고\s?파)|도망쳐\s?버리고\s?싶|숨어\s?버리고\s?싶|숨고\s?싶|내려놓고\s?도망)/u;
const PRESSURE = /부담|기대|압박|눈치|시험|수능|모의고사|성적|내신|입시|재수|공부|회사|출근|일이|업무|야근|상사|팀장|지쳐|지친|지침|힘들|버거|벅차|숨\s?막/u;

export function escapeUnderPressure(text: string, story: readonly string[]): boolean {
  const t = nfc(text);
  if (!ESCAPE.test(t) || /여행|휴가|놀러|[?？]/u.test(t)) return false;
  return PRESSURE.test(t) || story.slice(-4).some((s) => PRESSURE.test(nfc(s)));
}

export const ESCAPE_PREFIX = 'escape-pressure';
export const ESCAPE_REPLIES: readonly string[] = [
  '다 도망치고 싶을 만큼, 지금 짊어진 게 너무 무거운 거예요. 그런 마음이 드는 게 약해서가 아니에요. 지금 딱 하나만 내려놓을 수 있다면 뭘 내려놓고 싶어요?',
  '그만큼 버티느라 지쳤다는 뜻이겠죠. 도망치고 싶은 마음도 여기서는 그대로 말해도 괜찮아요. 요즘 제일 숨 막히게 하는 게 뭐예요?',
];
