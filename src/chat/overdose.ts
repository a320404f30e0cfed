/**
 * Medicine taken in excess, told in plain words: "아까 타이레놀 스무알 먹었는데" / "속이 좀 울렁거려"
 * got "몸을 편하게 누이고 쉬어 가도 괜찮아요"; "어제 약을 좀 많이 먹었어" / "수면제 한 열알 정도"
 * got small talk about meals; "방금 수면제 한 통 다 먹었어" got the crisis reply with 119 last and
 * only "if in danger now" (session 35). An overdose is an emergency whatever the intent: 119 or the
 * emergency room first, what was taken and when, someone near; and the same again on the next turns
 * until the user says help is on its way.
 */
import { confirmsMeant } from './crisis-follow';

const MEDICINE =
  /약|알약|수면제|수면\s?유도제|타이레놀|아세트아미노펜|게보린|펜잘|이부프로펜|애드빌|부루펜|진통제|해열제|감기약|두통약|신경\s?안정제|안정제|항우울제|졸피뎀|스틸녹스|자낙스|리보트릴/u;
/** Enough to harm: a count of five or more, a bottle, "a lot", "all of it". */
const EXCESS =
  /(?:[5-9]|[1-9][0-9]{1,2})\s?(?:알|개|정|봉|통)|(?:다섯|여섯|일곱|여덟|아홉|열|스무|서른|마흔|쉰)\s?(?:알|개|정|봉)|한\s?(?:통|움큼|주먹|병|봉지|판)|(?:몇|여러)\s?(?:통|판)|(?:좀\s?)?많이|왕창|잔뜩|몽땅|통째로|한꺼번에|다\s?(?:먹|털|삼)/u;
const TOOK = /먹었|먹음|먹어\s?버렸|먹어버렸|삼켰|털어\s?넣|털어넣|먹은\s?(?:거|것|지)|먹고\s?(?:나서|났더니)|먹었는데/u;
/** A dose as prescribed, a question, a plan not done, someone else's, or no medicine at all. */
const NOT_OVERDOSE =
  /처방(?:대로|받은\s?만큼)|식후|영양제|비타민|유산균|오메가|한약|(?:먹어야|먹을까|먹으면|먹을지|먹어도)\s?(?:돼|되|할|하|될)|먹어야\s?(?:해|하나|돼)|안\s?먹|못\s?먹|(?:강아지|고양이|애가|아이가|동생이)\s?[^.?!]{0,10}먹/u;

/** Whether the text (with the turn before, when it only adds the amount) tells an overdose taken. */
export function toldOverdose(text: string, earlier: readonly string[] = []): boolean {
  const t = text.normalize('NFC');
  const before = earlier.at(-1)?.normalize('NFC') ?? '';
  if (NOT_OVERDOSE.test(t)) return false;
  if (MEDICINE.test(t) && EXCESS.test(t) && TOOK.test(t)) return true;
  // "어제 약을 좀 많이 먹었어" / "수면제 한 열알 정도": the amount or the medicine in the next turn.
  const both = `${before} ${t}`;
  return !NOT_OVERDOSE.test(before) && MEDICINE.test(both) && EXCESS.test(both) && TOOK.test(both) && (EXCESS.test(t) || MEDICINE.test(t));
}

/** Help on its way: the emergency reply need not be repeated. */
const HELP_COMING = /119|구급차|응급실|병원(?:에|으로)?\s?(?:왔|가는\s?중|가고\s?있|도착|갈게|갈래|가볼게)|신고했|불렀|토했|토해\s?냈/u;
export function helpComing(text: string): boolean {
  return HELP_COMING.test(text.normalize('NFC'));
}

/** Taken back ("농담이야", "잘못 말했어"): the emergency mode ends, the door left open. */
const TAKEN_BACK = /농담|장난|뻥|거짓말|잘못\s?(?:말|썼|쓴)|안\s?먹었|먹은\s?척/u;
export function takenBack(text: string): boolean {
  return TAKEN_BACK.test(text.normalize('NFC'));
}
export const OVERDOSE_TAKEN_BACK =
  '다행이에요. 그래도 혹시 약을 많이 먹은 거라면 지금이라도 꼭 119에 전화해 주세요. 그런 말이 나올 만큼 힘든 일이 있었다면, 여기서 천천히 들려줘도 괜찮아요.';

export const OVERDOSE_PREFIX = 'safety:overdose';
export const OVERDOSE_REPLY =
  '지금 바로 119에 전화하거나 가까운 응급실로 가 주세요. 지금은 괜찮게 느껴져도 약에 따라 몇 시간이 지나서 몸이 크게 상할 수 있어요. 먹은 약 이름과 개수, 먹은 시각을 알려 주면 치료에 도움이 돼요. 곁에 누가 있다면 지금 바로 알려 주세요. 지금 혼자 있어요?';
export const OVERDOSE_AGAIN =
  '다시 한번 말할게요, 지금 119에 전화해 주세요. 어지럽거나 속이 울렁거리는 건 약 때문일 수 있어요. 직접 걸기 어렵다면 곁에 있는 사람에게 대신 불러 달라고 해 주세요. 전화하고 나서 저한테 말해 줘요, 여기서 기다릴게요.';
export const OVERDOSE_HELP_COMING =
  '잘했어요, 정말 잘했어요. 의료진에게 먹은 약과 양, 먹은 시각을 그대로 말해 주세요. 몸이 좀 나아지고 나면, 그렇게까지 힘들었던 마음도 109(자살예방상담전화, 24시간)에서 함께 이야기할 수 있어요.';

/**
 * Someone at risk who then cannot be reached ("친구가 죽고 싶다고 카톡 보냈어" / "지금 전화도 안
 * 받아", which got "요즘 잠은 잘 자고 밥은 잘 챙겨 먹고 있어요?", session 35): 112 or 119 now.
 */
const UNREACHABLE = /전화(?:도|를)?\s?(?:안|못)\s?받|연락(?:이|도)?\s?(?:안|못)\s?(?:돼|되|닿)|답(?:이|장)?(?:도)?\s?(?:없|안\s?(?:와|해|옴))|(?:카톡|톡|문자)(?:도)?\s?(?:안\s?읽|읽지도|1이\s?안)|안\s?읽/u;
export function cannotReachThem(text: string): boolean {
  return UNREACHABLE.test(text.normalize('NFC'));
}
export const UNREACHABLE_REPLY =
  '지금은 망설이지 말고 112나 119에 전화해 주세요. 친구가 있을 만한 곳이나 주소를 알려 주면 경찰과 구급대가 직접 찾아가 확인해 줄 수 있어요. 친구 가족에게도 바로 알려 주세요. 지금 할 수 있는 걸 하고 있는 거예요, 자책하지 않아도 돼요.';
export const UNREACHABLE_PREFIX = 'safety:unreachable';

/** A crisis spoken in English after the help lines ("please help me" after "I want to die"). */
export const ENGLISH_CRISIS_REPLY =
  "I'm here with you, and I'm glad you told me. Please call 119 now if you might act on these thoughts or are in danger. You can also call 109 (Korea's 24-hour suicide prevention line) or 1577-0199; if English is hard for them, say \"English, please\" and stay on the line. If someone you trust is nearby, tell them now. Are you somewhere safe right now?";
export const ENGLISH_CRISIS_PREFIX = 'safety:english';
export const ENGLISH_CRISIS_AGAIN =
  "I'm still here with you. If you are in danger right now, please call 119. 109 is open 24 hours, and you can ask for English. Is someone with you, or can you get to a place where someone is?";

/**
 * A young person in crisis (session 35: a 중2 who cuts, a 고1 who wants to die) was never given
 * 1388, the youth line that also takes texts and KakaoTalk, which many teenagers find easier.
 */
const YOUTH = /중학생|고등학생|초등학생|중딩|고딩|초딩|(?:^|\s)(?:중|고)[1-3](?:인데|이에요|이야|임|이고|\s)|중[1-3]|고[1-3]|미성년|수행평가|담임|학년|교실|급식|학원\s?(?:쌤|선생)/u;
export function soundsYoung(texts: readonly string[]): boolean {
  return texts.some((t) => YOUTH.test(t.normalize('NFC')));
}
export const YOUTH_LINE = '청소년이라면 청소년상담전화 1388(전화, 문자 #1388, 카카오톡)에서도 비밀을 지키며 이야기를 들어 줘요.';

/**
 * A dark remark taken back right after the crisis reply ("ㅋㅋ 농담 농담" on a rooftop, which got "생각만
 * 해도 미소가 지어지는 이야기네요", session 35): relief, the words not dropped, a step back, the line.
 */
const JOKING = /^[ㅋㅎ\s]*(?:농담|장난|뻥|구라|아니야|아냐|아니에요|그냥\s?해\s?본\s?말|해\s?본\s?말)/u;
export function takesItBack(text: string): boolean {
  // "농담 아니야" is the opposite (session 40): it says the words were meant (crisis-follow.ts).
  const t = text.normalize('NFC').trim();
  return JOKING.test(t) && !confirmsMeant(t);
}
export const TAKEN_BACK_PREFIX = 'safety:taken-back';
export const TAKEN_BACK_REPLY =
  '농담이었다니 다행이에요. 그래도 그 말이 제 마음에 남아서요. 혹시 조금이라도 그런 마음이 있다면 109에 언제든 전화해도 돼요. 지금 있는 곳이 높은 곳이라면 한 걸음 물러나 편한 자리로 옮겨 줄래요? 요즘은 어떻게 지내고 있어요?';

/**
 * Session 36: the step back from a high place only when one was mentioned ("사라지고 싶다" / "농담이야
 * ㅋㅋ" had been asked to step back from one), and "아니에요 죽겠다는 말은 아니에요" is no joke.
 */
export const TAKEN_BACK_PLAIN =
  '농담이었다니 다행이에요. 그래도 그 말이 제 마음에 남아서요. 혹시 조금이라도 그런 마음이 있다면 109에 언제든 전화해도 돼요. 요즘은 어떻게 지내고 있어요?';
export const TAKEN_BACK_NOT_MEANT =
  '그런 뜻은 아니었군요, 말해 줘서 고마워요. 그래도 그 말이 제 마음에 남아서요. 혹시 조금이라도 그런 마음이 들면 109에 언제든 전화해도 돼요. 지금 마음은 어때요?';
const JOKE_WORD = /농담|장난|뻥|구라|ㅋ|ㅎ/u;
export function takenBackReply(text: string, height: boolean): string {
  if (height) return TAKEN_BACK_REPLY;
  return JOKE_WORD.test(text.normalize('NFC')) ? TAKEN_BACK_PLAIN : TAKEN_BACK_NOT_MEANT;
}
