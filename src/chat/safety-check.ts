/**
 * Asking before assuming. An indirect wish to stop or give up ("다 그만두고 싶어", "요즘 사는 게
 * 너무 힘들어", "그냥 사라졌으면 좋겠어") may be about a job, a class or a relationship, or about
 * living. Such a message used to get the full crisis reply ("지금 많이 위태로운 마음인 것 같아서
 * 걱정돼요 … 지금 바로 전화해 주세요") even in the middle of a story about a boss. Gatekeeper
 * practice (보고 듣고 말하기) is to ask directly whether the person thinks of dying, and to name
 * the help line in the same breath; so the first such message of a conversation gets a check-in
 * that does both, and the answer decides what follows:
 *   yes ("응 가끔", "그런 생각 들어요")  → the full crisis reply;
 *   no ("아니요 회사 얘기예요")          → relief, and back to what weighs on them;
 *   unsure ("모르겠어요")                → the help line once more, gently, and an open question;
 *   anything else                        → the usual reply (a new disclosure is caught by the
 *                                          detector as always).
 * Explicit disclosures (죽고 싶다, 자살, a method, a plan, self-harm) never get a check-in, and
 * nor does a second indirect one: after one check-in every cue gets the full reply.
 * The check-in is still a safety turn (kind 'safety', category 'suicide'): the help banner goes up
 * and recommendations wait, exactly as for the full reply.
 */
import { compactForSafety, type RuleHit, type SafetyVerdict } from './safety';

/**
 * Indirect wordings, over the compact text of a rule's match (src/chat/safety-rules.ts): giving
 * up, not coping, weariness of life, wishing to vanish, feeling alone in the world or of no use
 * ("세상에 나 혼자인 것 같아" had the full crisis reply before session 20; loneliness alone is not a
 * disclosure, but it is worth the direct question). Anything the rules match that is not in
 * this list (farewells, a place of no return, self-harm urges, heights, a funeral) stays a full
 * crisis reply.
 */
const INDIRECT =
  /^(?:이제그만하고싶|다그만하고싶|다그만두고싶|전부그만두고싶|모든걸그만|다포기하고싶|다포기할래|모든걸포기|인생을포기|삶을포기|사는게(?:너무|정말|진짜|참|좀|그냥|다|요즘|넘)*(?:싫|지겹|지겨|힘들|힘드|의미|고통|버겁|버거|괴로|괴롭)|왜살아야|왜사는지|살아봤자|숨쉬는것(?:도|조차|마저)(?:싫|힘들|버겁|지쳐|지겹)|더이상버틸|더는못버티|버틸힘이없|견딜힘이없|버틸자신이없|버틸수가없|더버틸수|버티는게(?:너무)?(?:힘들|지쳐|버거)|그만버티|버티고싶지않|(?:다|모든게|전부|모든것이|이모든게|그냥다)끝났으면|살맛이안|이렇게살기싫|삶이(?:고통|지옥|괴로|버거|무의미|의미없)|아무의미가없|(?:^|그냥|차라리|이대로|조용히|아예)?(?:다|모두|전부|나도|나|내가|저도|제가)?(?:사라졌으면|없어졌으면)좋겠|세상에나혼자|아무도나를필요|쓸모없는사람|(?:내가|제가|나는|저는)(?:그냥|진짜|너무|완전|정말)?짐(?:같|인것같|처럼느껴|이라는생각)|(?:살아갈|살아야할|살아야하는|살아가는|사는)(?:이유|의미)(?:가|는|를|란)?(?:뭘까|뭔지|뭐야|뭐지|뭐예요|뭔가요|무엇)|고통(?:이|은|도)?(?:영원히|끝나지않|끝이없|끝날것같지않|계속될것)|(?:이제|더이상|더는|아무런?|다끝났(?:어|다|네)?)희망(?:이|도|은)?(?:하나도|전혀)?(?:없|안보)|희망(?:이|도)?(?:하나도|전혀)(?:없|안보)|(?:삶|인생|사는것|사는데|살)에?희망이없)$/u;

/**
 * Cues of loneliness or worthlessness rather than weariness: their check-in and its "no" reply
 * must not speak of being tired ("세상에 나 혼자 남은 기분이야" was told "많이 지쳐 있는 건
 * 분명해 보여요", session 20).
 */
const LONELY = /^(?:세상에나혼자|아무도나를필요|쓸모없는사람|(?:내가|제가|나는|저는)(?:그냥|진짜|너무|완전|정말)?짐(?:같|인것같|처럼느껴|이라는생각))$/u;

/** Which check-in fits an indirect verdict: one about loneliness or worth, or about weariness. */
export function checkInKind(verdict: SafetyVerdict): 'lonely' | 'weary' {
  const decisive = verdict.hits.filter((h) => h.level === 'weak' && !h.playful);
  return decisive.length > 0 && decisive.every((h) => LONELY.test(h.match)) ? 'lonely' : 'weary';
}

/**
 * One's absence unnoticed or not missed (session 41): "나 하나 없어져도 아무도 모를걸" (rule
 * `unnoticed_absence`), "다들 나 없어도 잘 살 것 같아", "나 없어도 세상은 잘 돌아가겠지" (the
 * `weary_of_life` wordings below, over the match). No death is named and no one is said to be
 * better off (those stay strong: "내가 없어지면 다들 편할 텐데", "내가 죽어도 아무도 모를 거야"); the
 * feeling is of not belonging, the warning sign gatekeepers are taught to meet with the direct
 * question. Before, the full crisis reply ("지금 바로 전화해 주세요") came at once, after a tired
 * "회사 너무 힘들어" as after two months in bed; the question keeps the help line, the banner and
 * the flag, and a yes or any later cue gets the full reply.
 */
const ABSENCE = /^(?:나(?:하나)?없어도(?:세상|다들|모두|아무|잘)|나없이(?:도)?(?:다들|모두|잘))$/u;
/**
 * Words of a farewell message around it ("가족들한테 나 없어도 잘 지내라고 편지 썼어"): a warning
 * sign (goodbye-signs.ts), never a question first.
 */
const FAREWELL_AROUND = /편지|유서|문자|카톡|메시지|메세지|남기|남겨|전해|라고|라구|란말|인사/u;

function absenceOnly(h: RuleHit, raw: string | undefined): boolean {
  if (raw === undefined || FAREWELL_AROUND.test(compactForSafety(raw))) return false;
  return h.rule === 'unnoticed_absence' || (h.rule === 'weary_of_life' && ABSENCE.test(h.match));
}

/**
 * Whether a flagged verdict is only indirect wording, which gets a check-in first. `raw` (the
 * message) lets one's absence unnoticed count as indirect; without it, it does not.
 */
export function isIndirectCue(verdict: SafetyVerdict, raw?: string): boolean {
  if (verdict.category !== 'suicide' || verdict.source !== 'rule') return false;
  const decisive = verdict.hits.filter((h) => h.level === 'strong' || (h.level === 'weak' && !h.playful));
  return decisive.length > 0 && decisive.every((h) => h.category === 'suicide' && h.level === 'weak' && (INDIRECT.test(h.match) || absenceOnly(h, raw)));
}

/** Whether an indirect verdict speaks of one's absence unnoticed: its own check-in (`CHECK_IN_ABSENT_REPLIES`). */
export function absenceCue(verdict: SafetyVerdict, raw: string): boolean {
  const decisive = verdict.hits.filter((h) => h.level === 'weak' && !h.playful);
  return decisive.length > 0 && decisive.some((h) => absenceOnly(h, raw));
}

/**
 * A wish to die said with a laugh ("죽고싶다 ㅋㅋ") that the model half did not confirm. Left alone it
 * was answered as small talk ("아무도 나를 모르는 곳을 떠올리는 그 마음…" to a student who eats lunch
 * alone, session 38's young-users test); the laugh is often how the serious thing gets said. It gets
 * a light but direct check-in instead of the full crisis reply, and the answer is read as any
 * check-in's. Only the plain wish (rule `want_to_die`): "창피해서 사라지고 싶어 ㅋㅋ" stays hyperbole.
 */
export function laughedOffWish(verdict: SafetyVerdict): boolean {
  return verdict.category === null && verdict.hits.some((h) => h.rule === 'want_to_die' && h.category === 'suicide' && h.playful);
}

export const LAUGHED_OFF_CHECK_IN_REPLIES: readonly string[] = [
  '웃으면서 한 말이어도 그냥 넘기고 싶지 않아서 물어볼게요. 혹시 정말 죽고 싶다는 생각이 들 때가 있어요? 어떤 대답이든 괜찮아요. 그런 마음이 들면 자살예방상담전화 109가 24시간 이야기를 들어 줘요.',
  'ㅋㅋ를 붙였지만 마음이 좀 쓰여요. 농담이면 다행이고, 혹시 진짜 그런 생각이 드는 거라면 말해 줘요. 자살예방상담전화 109도 언제든 연결돼요.',
];

/** After that check-in, "ㄴㄴ 농담이야": believed, and the heavy day behind the joke asked about. */
export const LAUGHED_OFF_NO_REPLIES: readonly string[] = [
  '농담이었다니 다행이에요. 그래도 그런 말이 툭 나올 만큼 요즘 좀 지쳐 있는 건 아닌지 궁금해요. 요즘 제일 버거운 게 뭐예요?',
  '알려 줘서 고마워요, 다행이에요. 웃으며 넘긴 말 뒤에 힘든 게 있었다면 여기서는 편하게 말해도 돼요. 요즘 어때요?',
];
export const LAUGHED_OFF_NO_PREFIX = 'safety:laughed-no';

/** The check-in: a direct, gentle question, and the help line in the same breath. */
export const CHECK_IN_REPLIES: readonly string[] = [
  '그 말이 마음에 걸려서 조심스럽게 물어볼게요. 혹시 죽고 싶다는 생각까지 들 때가 있어요? 그렇다면 혼자 견디지 말고 자살예방상담전화 109에 전화해 주세요. 24시간 언제든 이야기를 들어 줘요.',
  '많이 지쳐 있는 게 느껴져요. 중요한 거라서 솔직하게 물어볼게요. 혹시 삶을 끝내고 싶다는 생각도 들어요? 어떤 대답이든 괜찮아요. 그런 마음이 든다면 자살예방상담전화 109나 정신건강위기상담전화 1577-0199가 언제든 연결돼요.',
  '그런 말이 나올 만큼 힘들었다니 마음이 쓰여요. 제가 잘못 짚은 거라면 미안하지만, 꼭 물어보고 싶어요. 혹시 죽고 싶은 마음이 드는 건가요? 그렇다면 지금 109에 전화하면 바로 이야기를 들어 줄 사람이 있어요.',
];

/** The check-in for loneliness or worthlessness ("아무도 나를 필요로 하지 않아"). */
export const CHECK_IN_LONELY_REPLIES: readonly string[] = [
  '그렇게 느껴질 만큼 마음이 많이 아팠나 봐요. 중요한 거라서 솔직하게 물어볼게요. 혹시 죽고 싶다는 생각까지 들 때가 있어요? 그렇다면 혼자 견디지 말고 자살예방상담전화 109에 전화해 주세요. 24시간 언제든 이야기를 들어 줘요.',
  '그런 마음을 꺼내 줘서 고마워요. 제가 잘못 짚은 거라면 미안하지만, 꼭 물어보고 싶어요. 혹시 삶을 끝내고 싶다는 생각도 들어요? 그런 마음이 든다면 지금 109에 전화하면 바로 이야기를 들어 줄 사람이 있어요.',
];

/**
 * The check-in for one's absence unnoticed (session 41): the words said back as the loneliness
 * they are, then the same direct question and 109. Its answer is read like the loneliness
 * check-in's (its id starts with CHECK_IN_LONELY_PREFIX).
 */
export const CHECK_IN_ABSENT_REPLIES: readonly string[] = [
  '내가 없어도 아무렇지 않을 거라는 말이 마음에 많이 걸려요. 그만큼 요즘 혼자라고 느껴졌나 봐요. 중요한 거라서 솔직하게 물어볼게요. 혹시 죽고 싶다는 생각까지 들 때가 있어요? 그렇다면 혼자 견디지 말고 자살예방상담전화 109에 전화해 주세요. 24시간 언제든 이야기를 들어 줘요.',
  '그런 생각이 들 만큼 요즘 아무도 곁에 없는 것처럼 느껴졌나 봐요. 제가 잘못 짚은 거라면 미안하지만, 꼭 물어보고 싶어요. 혹시 삶을 끝내고 싶다는 생각도 들어요? 그런 마음이 든다면 지금 109에 전화하면 바로 이야기를 들어 줄 사람이 있어요.',
];
export const CHECK_IN_ABSENT_PREFIX = 'safety:check-lonely#absent';

/** "No" after the loneliness check-in: relief, and the loneliness still heard. */
export const CHECK_IN_LONELY_NO_REPLIES: readonly string[] = [
  '솔직하게 말해 줘서 고마워요. 그래도 그런 마음이 들 만큼 많이 외롭고 아팠던 건 그대로 들을게요. 언제부터 그런 마음이 들었어요?',
  '그렇군요, 말해 줘서 다행이에요. 혼자라고 느껴지는 그 마음은 가볍게 넘기지 않을게요. 혹시 나중에라도 그런 생각이 들면 109가 언제든 열려 있다는 것만 기억해 줘요. 요즘 어떤 순간에 그 마음이 제일 커요?',
];

/** "No": relief, and the weight that is still there. */
export const CHECK_IN_NO_REPLIES: readonly string[] = [
  '솔직하게 말해 줘서 고마워요. 그래도 그런 말이 나올 만큼 많이 지쳐 있는 건 분명해 보여요. 요즘 무엇이 제일 버거운지 조금 더 들려줄래요?',
  '그렇군요, 말해 줘서 다행이에요. 다 내려놓고 싶을 만큼 힘든 그 마음은 그대로 들을게요. 어떤 일이 제일 마음을 무겁게 해요?',
  '알겠어요, 괜히 놀라게 했다면 미안해요. 그만큼 지친 마음은 가볍게 넘기지 않을게요. 혹시 나중에라도 그런 생각이 들면 109가 언제든 열려 있다는 것만 기억해 줘요. 요즘 어떤 게 가장 힘들어요?',
];

/** "I don't know": the help line once more, gently, and an open question. */
export const CHECK_IN_UNSURE_REPLIES: readonly string[] = [
  '잘 모르겠는 것도 괜찮아요. 마음이 뒤엉켜 있으면 스스로도 헷갈리죠. 혹시라도 죽고 싶다는 생각이 스치면 혼자 견디지 말고 109에 전화해 주세요, 24시간 이야기를 들어 줘요. 지금은 어떤 마음이 제일 커요?',
  '그럴 수 있어요, 바로 대답하기 어려운 질문이에요. 그런 생각이 조금이라도 든다면 자살예방상담전화 109가 언제든 연결된다는 걸 기억해 줘요. 요즘 어떤 일이 제일 힘들게 해요?',
];

export type CheckInAnswer = 'yes' | 'no' | 'unsure';

/** A first word that answers yes, or the thought owned ("그런 생각이 들어요", "가끔요"). */
const YES_WORD = /^(?:네+|넵|예|응+|웅+|어+|ㅇㅇ+|ㅇ|맞아요?|그래요?|그렇죠|그런가|가끔(?:요|씩)?|자주(?:요)?|종종|매일(?:요)?|조금(?:요)?|좀(?:요)?|솔직히|사실|있어요?|들어요?)$/u;
const YES_SAID = /그런생각(?:이|도|을|은)?(?:들|해|했|하|있|나)|죽고싶|생각해봤|생각한적(?:있|이있)|생각할때(?:가|도)?있|그럴때(?:가|도)?있/u;
/** A first word that answers no, the thought denied, or what the giving up was about. */
const NO_WORD = /^(?:아니+|아니요|아니에요|아뇨|아녜요|아냐|아닌데요?|ㄴㄴ+|노노|놉|no|nope|없어요?)$/u;
const NO_SAID =
  /그런(?:건|거|뜻|의미|생각|마음|말)(?:은|는|까지는?|까진)?(?:아니|없|안)|그정도(?:는|까지는|까진)?아니|죽고싶은(?:건|거|마음|생각)(?:은|는|까지는?)?(?:아니|없)|그런생각(?:은|는|까지는?)?(?:안|없)|(?:회사|직장|일|학교|공부|알바|학원|퇴사|연애|관계)(?:를|을|얘기|이야기|말|가|이|그만)/u;
const UNSURE_SAID = /모르겠|^(?:잘모르|글쎄|몰라|모름|음+$|흠+$|애매)/u;

/**
 * How a message answers the check-in: its first word, and the whole read without spaces or
 * punctuation. A message that mixes yes and no ("응 그냥 회사 얘기야") is unsure: the gentle reply
 * with the help line is right either way. Null: not an answer (the user went on with something
 * else).
 */
export function answerToCheckIn(raw: string): CheckInAnswer | null {
  // NFC so that decomposed Hangul reads the same; loose jamo stay ("ㅇㅇ", "ㄴㄴ").
  const text = raw.normalize('NFC').toLowerCase().trim();
  const first = text.split(/[^\p{Script=Hangul}a-z]+/u).find((w) => w.length > 0) ?? '';
  const c = text.replace(/[^\p{Script=Hangul}a-z]/gu, '');
  const no = NO_WORD.test(first) || NO_SAID.test(c);
  const yes = YES_WORD.test(first) || (YES_SAID.test(c) && !NO_SAID.test(c));
  if (yes && no) return 'unsure';
  if (no) return 'no';
  if (yes) return 'yes';
  if (UNSURE_SAID.test(c)) return 'unsure';
  return null;
}

export const CHECK_IN_PREFIX = 'safety:check';
export const CHECK_IN_LONELY_PREFIX = 'safety:check-lonely';
export const CHECK_IN_LONELY_NO_PREFIX = 'safety:check-lonely-no';
export const CHECK_IN_NO_PREFIX = 'safety:check-no';
export const CHECK_IN_UNSURE_PREFIX = 'safety:check-unsure';

/**
 * Someone close who died by suicide, told as news ("친구가 자살했어"): the rules flag the word, and
 * the crisis reply spoke to the user as if they were the one at risk ("지금 많이 위태로운 마음인
 * 것 같아서 걱정돼요", session 28). Bereaved people are at risk too, so the turn keeps its flag and
 * the help line, but the reply receives the loss first. A turn that also speaks of the user's own
 * wish to die ("나도 죽고 싶어") gets the crisis reply.
 */
const LOSS_PERSON =
  '(?:친구|절친|베프|엄마|아빠|어머니|아버지|부모님|형|오빠|언니|누나|동생|남동생|여동생|남편|아내|와이프|남친|여친|남자\\s?친구|여자\\s?친구|애인|아들|딸|아이|동료|선배|후배|지인|동창|사촌|삼촌|이모|고모|할머니|할아버지|그\\s?사람|걔|그\\s?애|그\\s?친구|선생님|교수님)';
const LOSS = new RegExp(
  `${LOSS_PERSON}(?:가|이|께서|는|은|도)?\\s?(?:[가-힣]+\\s){0,3}(?:자살(?:했|하셨|해서|한\\s?(?:지|거|걸|게))|스스로\\s?(?:목숨을|생을)\\s?(?:끊|마감)|극단적(?:인)?\\s?선택을\\s?(?:했|하셨|해서|한)|목숨을\\s?끊)`,
  'u',
);
/** The user's own wish to die or to follow: then the crisis reply, not this one. */
const OWN_WISH = /(?:나|저|내가|제가)도\s?(?:죽|따라|같이|가고)|죽고\s?싶|따라\s?(?:가고|죽)|살기\s?싫|사라지고\s?싶|끝내고\s?싶/u;

export function toldSuicideLoss(raw: string): boolean {
  const t = raw.normalize('NFC');
  return LOSS.test(t) && !OWN_WISH.test(t);
}

export const SUICIDE_LOSS_REPLIES: readonly string[] = [
  '소중한 사람을 그렇게 떠나보냈다니, 얼마나 큰 충격과 슬픔 속에 있을지요. 이런 상실 뒤에는 누구라도 감당하기 어려운 마음이 들 수 있어요. 혼자 견디기 힘들 땐 자살예방상담전화 109에서 남겨진 사람의 이야기도 24시간 들어 줘요. 지금 마음은 좀 어때요?',
  '그런 일을 겪었다니 말로 다 할 수 없이 아프고 혼란스러울 것 같아요. 왜 몰랐을까 하는 마음이 들어도 스스로를 탓하지 않았으면 좋겠어요. 자살예방상담전화 109는 남겨진 사람들의 마음도 함께 나눠 줘요. 요즘 잠이나 끼니는 좀 챙기고 있어요?',
  '가까운 사람을 그렇게 잃는 건 세상이 무너지는 것 같은 일이에요. 마음이 너무 무거울 땐 자살예방상담전화 109에 전화해도 괜찮아요, 24시간 연결돼요. 지금 곁에 함께 있어 줄 사람이 있어요?',
];
export const SUICIDE_LOSS_PREFIX = 'safety:loss';

/**
 * Someone close at risk, told by the one who worries ("딸이 자해를 한 것 같아요", "친구가 죽고 싶다고
 * 했어"): the crisis reply spoke to the parent as if they were the one hurting themselves ("지금
 * 느끼는 고통은 진짜이고…", session 29). The turn keeps its flag and the help lines, but the reply
 * speaks to the worried one: how to be with the person, and where both can call. The user's own
 * wish ("나도 죽고 싶어") gets the crisis reply.
 */
const AT_RISK = new RegExp(
  `${LOSS_PERSON}(?:가|이|께서|는|은|도)?\\s?(?:[가-힣]+\\s){0,3}(?:자해(?:를|하|했|한|해|흔적|자국)?|손목(?:을|에)\\s?(?:긋|그었|그어|칼)|죽고\\s?싶다(?:고|는|며)|죽겠다(?:고|며)|자살하고\\s?싶다(?:고|는)|살기\\s?싫다(?:고|는)|사라지고\\s?싶다(?:고|는)|유서(?:를|가|\\s?같은))`,
  'u',
);

/**
 * Warning signs told of someone named in the story ("친구가 요즘 좀 이상해" / "갑자기 자기 물건을 다
 * 나눠주고 있어" / "어제는 나한테 그동안 고마웠다고 카톡 보냄"): the crisis reply had spoken to the
 * user as the one at risk (session 35).
 */
const WARNING_TOLD =
  /(?:그동안|지금까지)\s?(?:다\s)?고마웠다(?:고|며|는)|(?:물건|짐|소지품|아끼던\s?[가-힣]+)(?:을|를|들을)?\s?(?:다\s|전부\s)?(?:나눠\s?주|나눠주|정리하고\s?있|처분)|(?:작별|마지막)\s?인사(?:를)?\s?(?:하더|했|보냈|하고)|잘\s?지내라(?:고|며)|미안했다(?:고|며)\s?(?:카톡|문자|연락)/u;
const PERSON_NAMED = new RegExp(LOSS_PERSON, 'u');

export function toldOthersAtRisk(raw: string, earlier: readonly string[] = []): boolean {
  const t = raw.normalize('NFC');
  const own = OWN_WISH.test(t.replace(/죽고\s?싶다(?:고|는|며)|살기\s?싫다(?:고|는)|사라지고\s?싶다(?:고|는)/gu, ''));
  if (own) return false;
  if (AT_RISK.test(t)) return true;
  return WARNING_TOLD.test(t) && [t, ...earlier.slice(-3)].some((x) => PERSON_NAMED.test(x.normalize('NFC')));
}

/**
 * Self-harm long past, told as such ("중학교 때 자해를 했었어요", "지금은 안 해요 벌써 5년 전이에요"):
 * the crisis reply ("지금 바로 전화해 주세요") spoke to it as happening now (session 35). It gets a
 * calm reply that asks about now and keeps the line in view; any sign of now gets the crisis reply.
 */
const PAST_RISK =
  /(?:중학교|고등학교|초등학교|중학생|고등학생|학생|어릴|어렸을|예전|옛날|[0-9]+\s?년\s?전|몇\s?년\s?전|대학(?:교)?\s?(?:때|다닐)|20대)[^.?!]{0,14}(?:자해|자살\s?시도|손목)[^.?!]{0,8}(?:했었|했던|한\s?적|그었었)/u;
const NOW_TOO = /지금도|요즘도|요즘|요새|다시|또\s|아직도|아직|오늘|어제|최근/u;
export function toldPastRisk(raw: string): boolean {
  const t = raw.normalize('NFC');
  return PAST_RISK.test(t) && !NOW_TOO.test(t) && !OWN_WISH.test(t);
}
export const PAST_RISK_PREFIX = 'safety:past';
export const PAST_RISK_REPLY =
  '그때 정말 많이 힘들었겠어요. 이렇게 꺼내 줘서 고마워요. 지금은 어떻게 지내고 있어요? 혹시 요즘 다시 그런 마음이 들 때가 있다면 자살예방상담전화 109에 언제든 전화해도 돼요.';

export const OTHERS_AT_RISK_REPLIES: readonly string[] = [
  '그 사실을 알게 됐을 때 얼마나 놀라고 마음이 철렁했을까요. 다그치기보다 "걱정돼서 그래, 네 얘기 듣고 싶어" 하고 곁에 있어 주는 게 큰 힘이 돼요. 자살예방상담전화 109와 청소년상담전화 1388은 곁에 있는 사람이 어떻게 도울지도 함께 상담해 줘요. 지금 당장 위험해 보인다면 119나 112에 먼저 연락해 주세요.',
  '소중한 사람이 그렇게 힘들어한다는 걸 알면 걱정으로 마음이 무너질 것 같아요. 혼자 해결하려 하지 않아도 돼요. 자살예방상담전화 109(24시간)에서 가족이나 친구로서 무엇을 하면 좋을지 함께 찾아 줘요. 지금 그 사람은 안전한 곳에 있어요?',
  '그 이야기를 꺼내 줘서 고마워요. 곁에서 지켜보는 사람도 많이 무섭고 지쳤을 거예요. 잔소리보다 들어 주는 자리가 먼저고, 전문가의 도움도 꼭 함께 받았으면 해요. 109나 1388에 전화하면 어떻게 말을 꺼낼지부터 같이 고민해 줘요. 지금 바로 위험하다면 119에 연락해 주세요.',
];
export const OTHERS_AT_RISK_PREFIX = 'safety:other';

/** Every check-in pool (and the loss pool) with the id prefix its replies get (a reopened conversation matches them). */
export const CHECK_IN_POOLS: ReadonlyArray<readonly [readonly string[], string]> = [
  [SUICIDE_LOSS_REPLIES, SUICIDE_LOSS_PREFIX],
  [OTHERS_AT_RISK_REPLIES, OTHERS_AT_RISK_PREFIX],
  [CHECK_IN_REPLIES, CHECK_IN_PREFIX],
  [CHECK_IN_LONELY_REPLIES, CHECK_IN_LONELY_PREFIX],
  [CHECK_IN_NO_REPLIES, CHECK_IN_NO_PREFIX],
  [CHECK_IN_LONELY_NO_REPLIES, CHECK_IN_LONELY_NO_PREFIX],
  [CHECK_IN_UNSURE_REPLIES, CHECK_IN_UNSURE_PREFIX],
];

/**
 * A wish to die said not to be there: "죽고 싶다 이런건 아니에요", "자살 생각은 없어요", "죽고 싶진
 * 않은데 너무 힘들어". It got the full crisis reply, which contradicts what the user said (session
 * 30, a helper talking to the app as someone with panic attacks). The rest of the message, without
 * the denial, is returned to be read again: the denial is taken only when that rest holds no cue and
 * nothing that leaves the door open ("가끔 그런 생각이 들어", "근데 사라지고 싶어").
 */
const DENIAL =
  /(?:죽고\s?싶|자살하고\s?싶|자살|자해하고\s?싶|자해|극단적인?\s?(?:생각|선택)|죽을\s?(?=생각|마음|맘)|죽으려는\s?(?=건|거|것|생각)|죽겠다는\s?(?=건|거|것|생각|뜻))[가-힣]*\s?(?:다|다는|단|은|는)?\s?(?:이런|그런)?\s?(?:건|거|것|생각|마음|맘|뜻)?(?:은|는|까지는|까진)?\s?(?:아니|아냐|아님|없|않)[가-힣]*/u;
// What leaves the door open anywhere in the message, and what does so only after the denial
// ("그래도 죽을 생각은 없어요 걱정마세요", a widow reassuring the bot, is no open door; session 35).
const DOOR_OPEN = /가끔|생각이?\s?(?:들|나)|사라지|없어지|끝내|모르겠|아직은|당분간/u;
const DOOR_OPEN_AFTER = /사실|솔직히|근데|그런데|그래도|하지만/u;

/** The message without its denial, when it denies a wish to die and leaves no door open; else null. */
export function deniedWishRest(raw: string): string | null {
  const t = raw.normalize('NFC');
  const m = DENIAL.exec(t);
  if (!m) return null;
  const after = t.slice(m.index + m[0].length);
  const rest = `${t.slice(0, m.index)} ${after}`.trim();
  return DOOR_OPEN.test(rest) || DOOR_OPEN_AFTER.test(after) ? null : rest;
}

/** For a denial: glad, the weariness still taken seriously, the help line for later, a question. */
export const DENIAL_REPLIES: readonly string[] = [
  '그런 마음까지는 아니라니 다행이에요. 그래도 그런 말이 떠오를 만큼 많이 지쳐 있는 건 분명해 보여요. 혹시라도 그런 생각이 들 때는 자살예방상담전화 109가 언제든 연결된다는 것만 기억해 줘요. 요즘 무엇이 제일 버거워요?',
  '말해 줘서 고마워요. 그 정도는 아니어도, 그만큼 힘든 마음은 가볍게 넘기지 않을게요. 나중에라도 마음이 그쪽으로 기울면 109에 전화해 주세요. 지금은 어떤 일이 가장 마음을 무겁게 해요?',
];
export const DENIAL_PREFIX = 'safety-denied';


/**
 * The answer to a full crisis reply. "ㅇㅇ 자주", right after "요즘 잠들기 전에 그냥 안 깨어났으면
 * 좋겠다는 생각 해" and the help lines, got "그렇군요. 그중에서 제일 마음에 걸리는 부분은 뭐예요?",
 * and "아니 뭘 하겠다는건 아니고" got "괜찮아요, 딱 떠오르는 게 없을 수도 있어요" (session 31). A yes
 * stays with the risk and asks about safety now; a no (no plan) is relief that still takes the
 * thoughts seriously.
 */
export const AFTER_CRISIS_YES_REPLIES: readonly string[] = [
  '솔직하게 말해 줘서 고마워요. 그런 생각이 자주 든다는 건 그만큼 오래 혼자 버텨 왔다는 뜻이라 마음이 쓰여요. 혹시 지금 당장 위험하다고 느껴지면 바로 119에, 그 생각이 커질 때는 109에 전화해 주세요. 그 생각은 주로 어떤 때 찾아와요?',
  '말해 줘서 정말 고마워요. 그 생각이 찾아올 때 혼자 있지 않았으면 좋겠어요. 자살예방상담전화 109는 24시간 곁이 되어 줄 수 있고, 지금 위험하다고 느껴지면 119에 먼저 연락해 주세요. 그런 밤에는 보통 어떻게 지나가요?',
];
export const AFTER_CRISIS_NO_REPLIES: readonly string[] = [
  '그렇군요, 말해 줘서 다행이에요. 제가 무겁게 받아들였다면 미안해요. 그래도 그 말이 나올 만큼 힘든 마음은 그대로 들을게요. 혹시 나중에라도 그런 생각이 들면 109가 언제든 열려 있어요. 무엇이 그렇게 지치게 했는지 조금 더 들려줄래요?',
  '알겠어요, 대답해 줘서 고마워요. 어떤 마음이든 여기서는 있는 그대로 말해도 괜찮아요. 혹시라도 마음이 커지는 날엔 109를 떠올려 줘요. 요즘 무엇이 제일 버거워요?',
];
/**
 * "No plan, but the thoughts are there" ("아니 뭐 진짜 그러겠다는건 아니고요.. 그냥 그런 생각이
 * 든다고요"): relief that there is no plan, and the thoughts still taken seriously.
 */
export const AFTER_CRISIS_NO_PLAN_REPLIES: readonly string[] = [
  '무언가를 하려는 건 아니라니 조금 마음이 놓여요. 그래도 그런 생각이 든다는 건 그만큼 지쳐 있다는 뜻이니 가볍게 넘기지 않을게요. 109는 언제든 열려 있어요. 요즘 무엇이 제일 버거워요?',
  '그렇군요, 말해 줘서 고마워요. 생각이 드는 것만으로도 많이 힘들었을 거예요. 그 마음이 커지는 날엔 109에 전화해도 괜찮다는 것만 기억해 줘요. 그런 생각은 주로 언제 찾아와요?',
];
export const AFTER_CRISIS_NO_PLAN_PREFIX = 'safety:after-no-plan';
const NO_PLAN = /(?:하겠다는|그러겠다는|할\s?거라는|하려는|실제로|정말로\s?(?:하|그러)|진짜로\s?(?:하|그러))\s?(?:건|게|거)?\s?(?:은|는)?\s?(?:아니|아냐)|그런\s?생각(?:이|은|만)?\s?(?:들|든)|생각만/u;
/** A "no" that denies a plan, not the thoughts. */
export function deniesOnlyAPlan(text: string): boolean {
  return NO_PLAN.test(text.normalize('NFC'));
}
/** "No" after the warning-sign check-in: the worry owned, and back to what the user told. */
export const WARNING_SIGN_NO_REPLIES: readonly string[] = [
  '그렇군요, 대답해 줘서 고마워요. 제가 괜히 걱정했다면 미안해요. 그래도 혹시 나중에라도 그런 생각이 들면 109가 언제든 열려 있다는 것만 기억해 줘요. 요즘 마음이 편해진 건 어떤 일 덕분이에요?',
  '알겠어요, 말해 줘서 다행이에요. 정리하고 인사를 건네는 마음이 어떤 건지 조금 더 듣고 싶어요. 요즘 어떤 변화가 있었어요?',
];
export const WARNING_SIGN_NO_PREFIX = 'safety:check-signs-no';
export const AFTER_CRISIS_YES_PREFIX = 'safety:after-yes';
export const AFTER_CRISIS_NO_PREFIX = 'safety:after-no';

/**
 * "그럼 어떻게 해야 돼", asked in a conversation where a wish to die was told: not "종이에 적어 보고
 * 하룻밤 자고 나서" (session 31) but what helps in such moments, and where to turn.
 */
export const SAFETY_HOW_REPLIES: readonly string[] = [
  '그런 생각이 찾아올 때는 혼자 있지 않는 게 제일 중요해요. 믿을 만한 사람에게 "요즘 이런 생각이 든다"고 한마디만 해도 무게가 달라져요. 그게 어렵다면 자살예방상담전화 109에 전화하거나, 가까운 정신건강복지센터(1577-0199)나 정신건강의학과에서 도움을 받을 수 있어요. 지금 떠오르는 사람이 있어요?',
  '생각이 커지는 순간을 위해 미리 정해 두면 도움이 돼요. 그럴 때 연락할 사람 한 명, 마음을 가라앉혀 주는 일 하나, 그리고 109 번호요. 꾸준히 그런 생각이 든다면 정신건강의학과나 정신건강복지센터(1577-0199)에서 상담을 받아 보는 걸 권하고 싶어요. 그중에 해 볼 수 있을 것 같은 게 있어요?',
];
export const SAFETY_HOW_PREFIX = 'safety:how';

/**
 * "전화는 좀 무서워요" after the help lines got a task-sorting template (session 31). A call is hard
 * for many: a message to someone trusted, or being with someone, is a first step too.
 */
// "전화는 진짜 못 하겠어 목소리가 안 나와" (session 36): an intensifier between, or the voice that won't come.
const PHONE_FEAR = /전화(?:는|가|하는\s?(?:게|건))?\s?(?:진짜\s?|정말\s?|도저히\s?|차마\s?)?(?:좀\s?|너무\s?|못\s?하겠|무서|두려|부담|어렵|자신\s?없|싫)|목소리가\s?(?:안|잘\s?안)\s?나/u;
export function fearsCalling(text: string): boolean {
  return PHONE_FEAR.test(text.normalize('NFC'));
}
export const PHONE_FEAR_REPLIES: readonly string[] = [
  '전화가 무섭게 느껴지는 거 정말 자연스러워요. 모르는 사람에게 이 마음을 말하는 건 큰일이니까요. 그렇다면 믿을 수 있는 사람에게 "요즘 많이 힘들어"라고 문자 한 줄을 보내는 것부터 해도 괜찮아요. 그런 문자를 보낼 수 있는 사람이 떠올라요?',
  '전화하기 어려운 마음, 이해해요. 꼭 오늘 다 하지 않아도 돼요. 그래도 그 생각이 커지는 순간에는 혼자 있지 말고, 누군가 곁에 있어 달라고 부탁해 줘요. 109는 말이 잘 안 나와도 천천히 기다려 줘요. 지금은 혼자 있어요?',
];
export const PHONE_FEAR_PREFIX = 'safety:phone';

/**
 * Short answers in the turns right after the crisis reply: "몇 주 됐어요" got "그런 마음이
 * 들었군요. 오늘 하루는 어떻게 보내고 있어요?" and "아니요 아무한테도" (nobody knows) "그렇군요, 알려
 * 줘서 고마워요" (session 32). Both tell how heavy it is: they are stayed with, and the help kept near.
 */
export type CrisisDetail = 'duration' | 'nobody' | 'passive' | 'no_plan' | 'reason';
const CRISIS_DURATION = /(?:몇|한|두|세|네|[0-9]+)\s?(?:주|달|개월|년|일|주일)\s?(?:째|됐|되었|정도|쯤|넘|이상|동안|전부터|전|돼|$)|오래(?:\s?됐|\s?전|됐)|꽤\s?(?:됐|오래)|며칠\s?(?:째|됐)|(?:맨날|매일|자주|계속)\s?(?:그래|그랬|들어|들었|그런)/u;
const CRISIS_NOBODY = /아무(?:한테|에게|도|한테도|에게도)|말\s?(?:못|안)\s?했|말\s?할\s?(?:사람|데)(?:이|가)?\s?없|혼자(?:예요|에요|야|임|라서)?\s*$|모르(?:세요|셔|고|는|죠)|몰라(?:요)?\s*$/u;
/**
 * Session 39 (a tester's long conversation): after "사실 가끔 사라지고 싶다는 생각 해요" and the crisis
 * reply, "그냥 없어지면 편할 것 같아서" got "그 시간을 버텨 온 것만으로도 정말 애썼어요", "계획 같은건
 * 없어요" the weekend-plans intent ("계획 없는 주말도 나름의 여유가 있죠"), and "고양이 두부 때문에라도
 * 버텨요" a generic line. Passive wishes to be gone, no plan told, and a reason to hold on are the
 * answers a counsellor listens for right after that reply: each is taken up as such.
 */
const CRISIS_PASSIVE = /(?:없어지면|사라지면|안\s?깨어나면|눈\s?안\s?뜨면|태어나지\s?않았으면)\s?(?:[가-힣]+\s)?(?:편할|편하겠|좋겠|나을|좋을)/u;
const CRISIS_NO_PLAN = /(?:계획|방법)(?:\s?같은\s?(?:건|거)|은|는|까지는?|도)?\s?(?:없|안\s?(?:세웠|세워|정했|생각)|생각\s?(?:안|못)\s?해)|구체적(?:으로|인)\s?(?:생각|계획)(?:은|한\s?(?:건|거))?\s?(?:없|안)|실제로\s?(?:할|하려는)\s?(?:건|생각은)\s?(?:아니|없)/u;
const CRISIS_REASON = /(?:때문에|생각하면|봐서|위해서|덕분에)(?:라도)?\s?(?:[가-힣]+\s)?(?:버텨|버티|살아|참아|견뎌|못\s?(?:하겠|해|죽))/u;
export function crisisDetail(text: string): CrisisDetail | null {
  const t = text.normalize('NFC').trim();
  if (t.length > 40) return null;
  if (CRISIS_NOBODY.test(t)) return 'nobody';
  if (CRISIS_DURATION.test(t)) return 'duration';
  if (CRISIS_PASSIVE.test(t)) return 'passive';
  if (CRISIS_NO_PLAN.test(t)) return 'no_plan';
  if (CRISIS_REASON.test(t)) return 'reason';
  return null;
}
export const CRISIS_DETAIL_REPLIES: Record<CrisisDetail, readonly string[]> = {
  duration: [
    '그 긴 시간 동안 그 생각을 안고 버텨 왔군요. 얼마나 지쳤을지 마음이 쓰여요. 지금 이 순간은 안전한 곳에 있어요? 혼자 버티기 어려우면 109에 전화해 이야기할 수 있고, 위험하다고 느껴지면 119에 먼저 연락해 주세요.',
  ],
  nobody: [
    '아무에게도 말하지 못하고 혼자 안고 있었군요. 여기 털어놓아 줘서 정말 고마워요. 믿을 만한 사람 한 명에게 "요즘 많이 힘들어"라는 한 줄만 보내 봐도 무게가 달라질 수 있어요. 109도 24시간 들어 줄 수 있어요. 그런 한 줄을 보낼 수 있는 사람이 떠올라요?',
  ],
  passive: [
    '없어지면 편할 것 같다는 마음이 들 만큼 지쳐 있군요. 그 마음을 여기 꺼내 준 것만으로도 큰 용기예요. 지금도 그 생각이 강하게 들어요, 아니면 조금 멀어졌어요?',
  ],
  no_plan: [
    '계획까지 세운 건 아니라니 조금은 마음이 놓여요. 그래도 그런 생각이 자주 든다면 혼자 견디지 않았으면 해요. 그 생각이 커지는 날에는 109에 바로 전화해 주세요. 이 생각을 털어놓을 수 있는 사람이 곁에 있어요?',
    '계획까지 세운 건 아니라니 조금은 마음이 놓여요. 그래도 다니는 상담이나 진료에서 이 생각만큼은 꼭 말해 주면 좋겠어요. 그 자리에서 가장 도움이 되는 이야기예요. 그 생각이 커지는 날에는 109에 바로 전화해 주세요.',
  ],
  reason: [
    '버티게 해 주는 존재가 있다는 게 정말 소중해요. 그 곁에 있을 때 어떤 순간이 제일 위로가 돼요? 그래도 그 생각이 커지는 날에는 혼자 견디지 말고 109에 기대 주세요.',
  ],
};
/** Whether the story tells of counselling or treatment already under way (the no-plan reply that names it). */
export const IN_CARE = /상담(?:은|을|도)?\s?(?:다니|받고|받는|하고)|상담\s?(?:쌤|선생)|정신과|병원\s?다니|치료\s?(?:받|중)|약\s?먹고/u;
export const CRISIS_DETAIL_PREFIX = 'safety:detail';

/**
 * Session 40 (safety): a wish to go up a high place, said as an aside ("현타와서 옥상 올라가고 싶다
 * ㅋㅋ" after "시험 또 망함 ㅋㅋ" got "웃음 뒤에 가려진 마음도 여기선 꺼내 놔도 괜찮아요"). Such a line
 * is often how the thought of jumping is hinted at. It gets a calibrated check like the laughed-off
 * one, not the full alarm; the everyday reasons to be on a roof or by the river ("옥상에서 바람 쐬고
 * 싶다", "한강 가서 치맥하고 싶다", "옥상 정원 예쁘더라") are not matched. An explicit jump
 * ("뛰어내리고 싶다") is the rules' (method) and gets the crisis reply.
 */
const HIGH_PLACE_WISH =
  /(?:옥상|한강\s?다리|다리\s?위|난간|높은\s?(?:곳|데)|꼭대기|아파트\s?꼭대기|건물\s?(?:위|꼭대기))(?:에|에서|으로|로|까지|위로|위에)?\s?(?:혼자\s?|그냥\s?|걍\s?|좀\s?|다시\s?)?(?:올라가|가|서|서\s?있)\s?(?:고\s?싶|고\s?파|보고\s?싶|볼까|야겠|버릴까|버리고\s?싶)/u;
/** Everyday reasons for a roof, a bridge or a high place, said in the same turn. */
const HIGH_PLACE_EVERYDAY =
  /바람\s?(?:쐬|좀)|구경|불꽃|사진|야경|산책|치맥|맥주|고기|바베큐|파티|캠핑|일출|일몰|노을|달\s?보|별\s?보|텃밭|화분|정원|빨래|이불|담배|공사|수리|청소|에어컨|실외기|운동|러닝|자전거|드라이브|데이트|피크닉|돗자리|전망|경치|풍경|카페|루프탑/u;
/** Someone else's wish, or a question about a place ("옥상 가도 돼요?"). */
const HIGH_PLACE_NOT_MINE = /(?:친구|동생|애들|걔|엄마|아빠|언니|오빠|누나|형)(?:가|이|는|들이)\s?[^.?!]{0,10}(?:올라가|가)고\s?싶|[?？]\s*$|(?:돼|되나|될까)요?\s*$/u;

/** Whether a turn tells a wish to go up a roof, a bridge or a high place, with no everyday reason. */
export function heightWish(text: string): boolean {
  const t = text.normalize('NFC');
  return HIGH_PLACE_WISH.test(t) && !HIGH_PLACE_EVERYDAY.test(t) && !HIGH_PLACE_NOT_MINE.test(t);
}
/** Its check: the words not passed over, the direct question, 109. Ids start with the check-in's. */
export const HEIGHT_CHECK_REPLIES: readonly string[] = [
  '가볍게 한 말일 수도 있지만, 그 말이 마음에 걸려서 그냥 넘기지 않을게요. 혹시 죽고 싶다는 생각까지 드는 거예요? 어떤 대답이든 괜찮아요. 그런 마음이 들면 자살예방상담전화 109가 24시간 이야기를 들어 줘요.',
  '그 말이 좀 마음에 쓰여요. 농담이면 다행이고, 혹시 정말 죽고 싶다는 생각이 드는 거라면 말해 줘요. 자살예방상담전화 109도 언제든 연결돼요.',
];
export const HEIGHT_CHECK_ID = 'height';

/**
 * Session 41: a wish to be hurt to be spared something ("차라리 교통사고라도 나면 좋겠다" after "아침에
 * 눈 뜨면 출근하기 싫어서 눈물 나") had got the reply for someone just in an accident ("그런 일을
 * 겪으면 몸보다 마음이 더 오래 떨리기도 해요"). A wish for an accident or an injury is how the wish
 * not to be here is often hinted at: it gets the calibrated check (the direct question, 109; the
 * full reply if a crisis is recent). A worry about an accident ("사고 났으면 어떡해"), a hope that
 * none happens ("사고 안 났으면 좋겠다") or someone else's words are not matched; a wish to be ill
 * to stay home ("차라리 아프면 안 나가도 될 텐데") is burnout's (burnout-signs.ts).
 */
const HARM_WISH =
  /(?:교통\s?)?사고(?:라도|나)?\s?(?:나면|났으면|당하면|당했으면|나\s?버렸으면)|(?:차에|트럭에|버스에)\s?(?:치이면|치였으면|치여\s?버렸으면|받히면|받혔으면)|(?:크게\s?)?다치기라도\s?(?:하면|했으면)|(?:확|그냥|크게)\s?다쳐\s?(?:버렸으면|버리면)|다쳤으면\s?좋겠/u;
const WISHED = /좋겠|좋을|싶|나을|낫겠|했으면|났으면|였으면|렸으면|혔으면|차라리/u;
const HARM_NOT_A_WISH = /어떡|어쩌|어떻게|큰일|걱정|무서|불안|안\s?(?:나|났|당|다치)|않았으면|[?？]\s*$|(?:친구|동생|엄마|아빠|언니|오빠|누나|형|걔|남편|아내)(?:가|는|이)\s?[^.?!]{0,12}(?:좋겠대|했으면\s?좋겠대|싶대|래)/u;

/** Whether a turn wishes for an accident or an injury to oneself. */
export function harmWish(text: string): boolean {
  const t = text.normalize('NFC');
  const m = HARM_WISH.exec(t);
  return !!m && WISHED.test(t) && !HARM_NOT_A_WISH.test(t);
}
export const HARM_CHECK_REPLIES: readonly string[] = [
  '차라리 다치기라도 했으면 싶을 만큼 지금이 많이 버겁다는 말로 들려요. 그래도 그냥 넘기지 않고 물어볼게요. 혹시 다치거나 죽고 싶다는 생각까지 들 때가 있어요? 어떤 대답이든 괜찮아요. 그런 마음이 들면 자살예방상담전화 109가 24시간 이야기를 들어 줘요.',
  '그 말이 마음에 걸려요. 그만큼 벗어나고 싶은 거겠죠. 혹시 정말 다치거나 사라지고 싶다는 생각이 드는 거라면 말해 줘요. 자살예방상담전화 109도 언제든 연결돼요.',
];
export const HARM_CHECK_ID = 'harm';

/**
 * "죽고 싶을 만큼 창피했어요" (session 40: "아침에 단톡 보고 죽고 싶을 만큼 창피했어요", "죽고 싶을 만큼
 * 쪽팔려" got the full crisis block, "지금 바로 전화해 주세요", and the shame went unheard). "죽고 싶을
 * 만큼/정도로 X" with X a feeling of shame is mostly a figure of speech: the feeling is named first,
 * then a gentle check, once. With a heavier X ("죽고 싶을 만큼 힘들어/괴로워/외로워") or any other cue
 * in the turn it stays a disclosure (the full reply).
 */
const SHAME_FIGURE =
  /죽고\s?싶을\s?(?:만큼|정도로|정도|지경으로|것처럼|것\s?같이)\s?(?:너무\s?|진짜\s?|정말\s?|완전\s?|엄청\s?|개\s?|좀\s?)?(창피|쪽팔|민망|부끄|수치스|망신스)/u;
const SERIOUS_TOO = /힘들|힘드|괴로|괴롭|외로|우울|슬프|슬퍼|지쳐|지친|버겁|버거|아파|아프|절망|비참|살기\s?싫|사라지고\s?싶|없어지고\s?싶|끝내고\s?싶|자살|자해/u;

/** The feeling word in an exaggerated wish to die, or null: "창피" for "죽고 싶을 만큼 창피했어요". */
export function shameFigure(text: string): string | null {
  const t = text.normalize('NFC');
  const m = SHAME_FIGURE.exec(t);
  if (!m || SERIOUS_TOO.test(t)) return null;
  // Only the one wish: "죽고 싶을 만큼 창피해 진짜 죽고 싶어" says it twice.
  const rest = t.slice(0, m.index) + t.slice(m.index + m[0].length);
  return /죽고\s?싶|죽을래|죽어\s?버리/u.test(rest) ? null : m[1]!;
}
const SHAME_ADNOMINAL: Record<string, string> = { 창피: '창피한', 쪽팔: '쪽팔린', 민망: '민망한', 부끄: '부끄러운', 수치스: '수치스러운', 망신스: '망신스러운' };
/** The check for it: the feeling named first, then the question, gently, with 109. */
export function shameCheckReply(feeling: string, i: number): string {
  const adn = SHAME_ADNOMINAL[feeling] ?? '창피한';
  return i === 0
    ? `그만큼 ${adn} 일이었군요. 얼굴이 화끈거리고 어디론가 숨고 싶은 마음이었겠어요. 그래도 '죽고 싶다'는 말이 마음에 걸려서 한 번만 물어볼게요. 혹시 정말 죽고 싶은 마음도 드는 거예요? 그런 마음이 든다면 자살예방상담전화 109가 24시간 들어 줘요.`
    : `또 그렇게 ${adn} 마음이 올라왔군요. 그 마음이 너무 커서 정말 죽고 싶다는 생각까지 이어질 때는 혼자 두지 말고 109에 전화해 주세요. 지금 제일 마음에 걸리는 장면이 뭐예요?`;
}
export const SHAME_CHECK_ID = 'shame';
/** "No" after the shame check: believed, and the embarrassment taken up. */
export const SHAME_NO_REPLIES: readonly string[] = [
  '그렇군요, 말해 줘서 다행이에요. 그만큼 창피했다는 거죠. 그런 순간은 내 머릿속에서 몇 번이고 다시 재생되는데, 다른 사람들은 생각보다 빨리 잊는 경우가 많아요. 지금 제일 마음에 걸리는 건 뭐예요?',
  '알겠어요, 대답해 줘서 고마워요. 얼굴이 화끈거리는 그 기분은 한동안 따라다니기도 하죠. 그 일이 있고 나서 지금은 좀 어때요?',
];
export const SHAME_NO_PREFIX = 'safety:shame-no';

/**
 * Session 40: passive wishes in English ("I'm so done with everything", "I just want to disappear")
 * are now caught by the rules (safety-rules.ts `en_passive`); the first such turn gets a direct
 * question in English with the help lines, as the Korean check-in does, and later ones the English
 * crisis reply (overdose.ts).
 */
export const ENGLISH_CHECK_PREFIX = 'safety:english-check';
export const ENGLISH_CHECK_REPLY =
  "That sounds really heavy, and I'm glad you said it. I want to ask you directly, because it matters: are you having thoughts of ending your life? Whatever the answer, it's okay to tell me. You can call 109 (Korea's 24-hour suicide prevention line; you can ask for English) or 1577-0199, and if you are in danger right now, call 119.";
/** Whether every decisive hit of a verdict is an English passive wish. */
export function englishPassiveOnly(verdict: SafetyVerdict): boolean {
  const decisive = verdict.hits.filter((h) => h.level === 'strong' || (h.level === 'weak' && !h.playful));
  return verdict.category === 'suicide' && decisive.length > 0 && decisive.every((h) => h.rule === 'en_passive');
}
