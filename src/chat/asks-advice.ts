/**
 * A turn that asks what the user should do ("며칠만 기다려달라고 해볼까요?", "먼저 연락해야 할까?",
 * "회사에 말해야 하나"). When no intent answers it, the usual reflection and follow-up ignore the
 * question: "며칠만 기다려달라고 해볼까요?" got "혼자 그 걱정을 다 안고 있느라 힘들었겠어요. 비슷하게
 * 불안했던 때에는 어떻게 지나왔어요?" (session 29, a helper talking to the app). A counsellor does
 * not decide for the user, but takes the question up: these replies weigh the option with them.
 *
 * Only a question about an action of the user's own (saying, asking, waiting, quitting, going,
 * telling, apologising …); a cry for help with no action in it ("나 어떡해") is distress, and
 * questions to the bot are the meta intents'.
 */

/** An action the user may take. */
const ACTION =
  /말(?:해|하|할|씀)|얘기(?:해|하|할)|이야기(?:해|하|할)|연락(?:해|하|할)|물어|부탁|그만두|그만둘|관두|사과(?:해|하|할)|기다려|기다릴|보내|받아(?:들|줘|야)|거절|털어놓|고백|신고|상담|병원|헤어지|헤어질|참아|참을|따져|따질|만나|찾아가|가\s?볼|가야|해\s?볼|걸어\s?볼|말\s?걸|해야|해도|하는\s?게|할지|할까|말까|그냥\s?둘|모른\s?척|사\s?(?:줄|드릴)|바꿔|옮길|옮겨|이직|퇴사|휴학|쉬어/u;

/** How a question about what to do ends. */
const ASKS =
  /(?:까|까요|나|나요|지|지요|죠|하나|하나요|할지|될지|좋을지|나을지|을지|ㄹ지|는지)\s*[?？]+\s*$|(?:볼까|할까|말까|될까|갈까|나을까|좋을까|맞을까|줄까|드릴까|둘까|걸까|칠까|낼까|둘까)(?:요)?[.…~\s]*$|(?:아야|어야|여야|해야|봐야|가야|둬야|워야|려야)\s?(?:하나|할까|돼|되나|될까|하는\s?걸까|하는\s?건가|하는\s?건지|하지)(?:요)?[?？.…~\s]*$|(?:어떻게|어떡|어쩌)\s?(?:해야|하면)\s?(?:할지|될지|좋을지|하지|돼|될까|좋을까)/u;

/**
 * Not a choice to weigh: an open question (what to say, how: the bot has no answer of its own to
 * give), or reassurance about what was already done ("병원 간 건 잘한 거겠죠?").
 */
const NOT_A_CHOICE = /뭐라고|뭘|무슨\s?말|어떻게|어떤\s?(?:말|걸)|잘한|잘했|한\s?건|간\s?건|했던\s?게|거겠|것\s?같죠/u;

/** Questions to the bot, not about the user's life. */
const TO_THE_BOT = /(?:^|\s)(?:너|넌|니가|네가|당신|쉼표)(?:는|도|가|이)?\s/u;

/** Whether the turn asks what the user should do about something of their own. */
export function asksWhatToDo(text: string): boolean {
  const t = text.normalize('NFC').trim();
  if (t.length > 120 || TO_THE_BOT.test(t) || NOT_A_CHOICE.test(t)) return false;
  return ASKS.test(t) && ACTION.test(t);
}

/** Replies that take the question up without deciding for the user; each asks one thing back. */
export const ADVICE_REPLIES: readonly string[] = [
  '그 방법을 떠올린 걸 보면 마음속에 생각해 둔 게 있는 것 같아요. 그렇게 했을 때 가장 마음에 걸리는 건 뭐예요?',
  '정답을 드리긴 어렵지만 같이 따져 볼 수는 있어요. 그렇게 하면 어떤 점이 좋고, 어떤 점이 걱정돼요?',
  '쉽게 정할 수 없는 일이라 고민되는 게 당연해요. 이 일이 어떻게 흘러가면 마음이 가장 편할 것 같아요?',
  '충분히 고민해 볼 만한 선택이에요. 믿는 친구가 같은 질문을 한다면, 뭐라고 말해 줄 것 같아요?',
];

export const ADVICE_PREFIX = 'advice';

/**
 * Seeing a doctor or a counsellor is not a choice to weigh evenly: "이게 산후우울증인가요? 병원
 * 가봐야 할까요" got "쉽게 정할 수 없는 일이라 고민되는 게 당연해요" (session 30). A counsellor
 * encourages it, and asks what holds the user back.
 */
const CARE = /병원|진료|정신과|정신\s?건강|상담\s?(?:받|센터|선생|사|치료)|심리\s?상담|검사[^.?!]{0,10}(?:받|해)|의사|약\s?(?:먹어|처방)|치료\s?(?:받|해)/u;

export function asksAboutCare(text: string): boolean {
  return CARE.test(text.normalize('NFC'));
}

export const CARE_REPLIES: readonly string[] = [
  '몸이나 마음이 보내는 신호가 걱정될 때는 전문가에게 한번 확인받아 보는 게 가장 확실해요. 별일 아니면 마음을 놓을 수 있고, 도움이 필요하면 일찍 알 수 있으니까요. 가 보는 걸 망설이게 하는 게 있어요?',
  '그렇게 물어볼 만큼 마음이 쓰인다면 가 보는 쪽을 권하고 싶어요. 요즘 어떤 점이 가장 신경 쓰이는지 미리 적어 가면 이야기하기도 한결 수월해요. 언제쯤 가 볼 수 있을 것 같아요?',
];

export const CARE_PREFIX = 'advice:care';

/**
 * "이게 우울증인가요?", "나 공황장애일까": a question the bot cannot answer, asked outright. It got
 * "많이 속상했겠어요. 하루 중 언제 그 마음이 제일 크게 느껴져요?" (session 35, a man in his fifties
 * who sat in his car for an hour rather than go home). The honest answer: no diagnosis here, what
 * signs are worth a doctor's time, and where to go.
 */
const DISORDER =
  /(우울증|번아웃|무기력증|공황\s?장애|공황|불안\s?장애|ADHD|adhd|성인\s?ADHD|강박증?|조울증|양극성|불면증|트라우마|PTSD|ptsd|대인\s?기피증?|사회\s?불안)\s?(?:인가|일까|이에요|인\s?걸까|인지|아닐까|맞나|인가요|일까요|인\s?(?:것|거)\s?같|이\s?(?:온|왔)\s?(?:걸까|건가|나)|(?:에\s?)?걸린\s?(?:걸까|건가|거\s?같))/u;
export type DisorderKind = 'mood' | 'other';
export function asksIfDisorder(text: string): DisorderKind | null {
  const m = DISORDER.exec(text.normalize('NFC'));
  if (!m) return null;
  return /우울증|번아웃|무기력/u.test(m[1]!) ? 'mood' : 'other';
}
export const DISORDER_PREFIX = 'disorder';
const DISORDER_GENERAL =
  '진단은 제가 할 수 없지만, 그렇게 물어볼 만큼 힘든 시간이 이어지고 있다는 건 분명해 보여요. 전문가와 한 번 이야기해 보는 것만으로도 마음이 정리되기도 해요. 가까운 정신건강의학과나 정신건강복지센터(1577-0199)를 떠올려 봐도 좋아요. 언제부터 이런 마음이 들었어요?';
export const DISORDER_REPLIES: Record<DisorderKind, readonly string[]> = {
  mood: [
    '그건 제가 판단해 드릴 수는 없어요. 다만 이렇게 마음이 무거운 날이 2주 넘게 이어지거나 잠, 식사, 일상이 흔들린다면 정신건강의학과나 상담센터에서 이야기해 보길 권해요. 정신건강위기상담전화 1577-0199에서도 상담받을 수 있어요. 요즘 이런 상태가 얼마나 이어졌어요?',
    DISORDER_GENERAL,
  ],
  other: [
    '그건 전문가와 함께 확인해 보는 게 가장 정확해요. 혼자 짐작하며 불안해하기보다 정신건강의학과에서 한 번 이야기해 보면 마음이 한결 놓일 수 있어요. 어떤 증상이 제일 마음에 걸려요?',
    DISORDER_GENERAL,
  ],
};

/**
 * Two ways, each with its cost ("요양원에 모시자니 죄책감이 들고, 집에서 모시자니 제 생활이 없을 것
 * 같고.."): a dilemma told, not a question asked. It got "요즘 그렇게 지내고 있었군요. 지금 있는 곳은
 * 어떤 분위기예요?" (session 35). Both sides are named as hard, neither as wrong.
 */
const TWO_WAYS = /[가-힣]+(?:자니|려니|려고\s?하니)\s?[^.?!]{1,40}?(?:고|고요|는데|지만)\s?[,.…]*\s?[^.?!]{0,30}?[가-힣]+(?:자니|려니|려고\s?하니)/u;
export function weighsTwoWays(text: string): boolean {
  return TWO_WAYS.test(text.normalize('NFC'));
}
export const DILEMMA_PREFIX = 'dilemma';
export const DILEMMA_REPLIES: readonly string[] = [
  '이쪽을 골라도 저쪽을 골라도 마음이 편치 않은, 정말 어려운 갈림길에 서 있네요. 어느 쪽도 틀린 선택이 아니라서 더 어려운 거예요. 두 쪽 중에 어떤 마음이 조금 더 무겁게 느껴져요?',
  '어느 쪽을 택해도 무언가를 내려놓아야 하니 마음이 계속 오가는 게 당연해요. 당장 답을 내지 않아도 괜찮아요. 각각을 골랐을 때 가장 걱정되는 건 뭐예요?',
];
