/**
 * Untold events: a turn that says only that something bad happened, by its feeling, and not yet
 * what ("오늘 안 좋은 일이 있었어", "회사에서 짜증나는 일 있었어요", "속상한 일 있었는데 들어줄래?").
 * It is how many people open a conversation, and the right answer is to ask what happened, in the
 * mood the feeling word gives.
 *
 * Why a rule and not an intent: such a turn has no content to retrieve by, and its frame ("… 일이
 * 있었어") is the good-news intent's frame. "오늘 안 좋은 일이 있었어" matched the good-news intent
 * at 1.000 and was told "행복하다는 말만 들어도 저까지 들뜨네요" (session 27). Two intents written for
 * these openers answered them, but retraining the intent classifier with them moved held-out
 * accuracy from 90.3 % to 89.7–90.0 % through other intents, while the frame itself is narrow and
 * plain enough for a pattern, as life events are (life-events.ts).
 *
 * Precision first: the turn must be the frame and little else. Anything that tells the event
 * ("팀장님이 소리 질러서 기분 나쁜 일이 있었어") or says how it ended ("…있었는데 이제 괜찮아") is
 * left to the usual path.
 */
import type { EmotionId } from '../ml/emotions';

export type UntoldMood = Exclude<EmotionId, 'joy' | 'neutral'>;

/** Feeling words before 일/소식 and the mood each gives (longest alternatives first). */
const FEELINGS: ReadonlyArray<[UntoldMood, string]> = [
  ['sadness', '안\\s?좋은|힘든|속상한|슬픈|우울한|마음\\s?아픈|가슴\\s?아픈|기운\\s?빠지는|눈물\\s?나는|울고\\s?싶은|마음이?\\s?무거운|괴로운'],
  ['hurt', '서운한|섭섭한|상처\\s?받은|상처가?\\s?되는|서러운|마음\\s?상한|억울한'],
  ['anger', '짜증\\s?나는|짜증스러운|열\\s?받는|화\\s?나는|화가\\s?나는|기분\\s?나쁜|기분\\s?더러운|어이\\s?없는|황당한|빡치는|불쾌한|성질\\s?나는|열불\\s?나는|욕\\s?나오는'],
  ['anxiety', '걱정되는|걱정스러운|걱정할|불안한|무서운|겁나는|신경\\s?쓰이는'],
  ['embarrassment', '창피한|민망한|쪽팔린|부끄러운|당황스러운|난감한|망신스러운'],
];

/** Words that may come before the feeling without telling the event: when, where, who was involved. */
const LEAD_WORD =
  /^(?:아|아오|하|하아|휴|에휴|아씨|헐|와|오늘|오늘은|어제|어제는|아까|방금|요즘|요새|최근|최근에|이번|주|주에|주말|주말에|며칠|전에|나|난|저|전|제가|내가|진짜|정말|너무|좀|완전|되게|엄청|아주|조금|살짝|사실|그냥|또|계속|하루|종일|하루종일|그리고|근데|있잖아|있잖아요|[가-힣]+에서|때문에|[가-힣]+때문에|[가-힣]+(?:한테서?|에게서?)|[가-힣]+(?:이랑|랑|하고)|[가-힣]+(?:으로|로)|집에|회사|학교|가족|친구|가족들|친구들|남편|아내|부모님|엄마|아빠|동생|언니|누나|오빠|형)$/u;

const EVENT = '(?:일|소식|얘기|이야기|일들)';
const HAPPENED = '(?:이|가|들이)?\\s?(?:좀\\s?|하나\\s?|또\\s?|많이\\s?)?(?:있었|생겼|생김|있음|겪었|당했|들었|있어서)';
/** What may follow: an ending, a plea to listen, tears, punctuation. Nothing that tells more. */
const TAIL =
  /^[가-힣]{0,4}[\s.,!?~…;ㅠㅜㅡㅎㅋ]*(?:(?:(?:얘기|이야기|말)\s?(?:좀\s?)?(?:해도|할래|하려고|할게)[가-힣]{0,4}|(?:좀\s?)?들어\s?(?:줄래|줘|줄\s?수\s?있어|주세요|줄\s?수\s?있나요|줄래요)[가-힣]{0,3}|(?:얘기\s?하러\s?|말하러\s?)?왔[가-힣]{0,2}|ㅠ+|ㅜ+|ㅋ+|ㅎ+)[\s.,!?~…;ㅠㅜㅋㅎ]*)*[\s.,!?~…;ㅠㅜㅋㅎ\p{Extended_Pictographic}\uFE0F]*$/u;

const FRAMES: ReadonlyArray<[UntoldMood, RegExp]> = FEELINGS.map(([mood, words]) => [mood, new RegExp(`(?:^|\\s)(?:${words})\\s?${EVENT}\\s?${HAPPENED}`, 'u')]);

/**
 * The feeling alone, as a predicate that presupposes an event ("오늘 너무 속상했어", "진짜 서운하다",
 * "아 열받아"): "오늘 너무 속상했어" had matched a long tiring day ("몸에 힘이 하나도 안 남을 만큼 애쓴
 * 하루였나 봐요"), "속상해" a greeting-like follow-up. Only feelings that always follow something
 * that happened; 힘들어, 우울해 and 짜증나 may be a state of their own and have intents.
 */
const PREDICATES: ReadonlyArray<[UntoldMood, RegExp]> = [
  ['sadness', /^속상(?:해|했어|하다|하네|했다|해요|했어요|하네요|함|했음|했네|했네요|해서\s?죽겠어)$/u],
  ['hurt', /^(?:서운|섭섭|억울)(?:해|했어|하다|하네|했다|해요|했어요|하네요|함|했음|했네|했네요)$|^서러(?:워|웠어|워요|웠어요)$/u],
  ['anger', /^(?:열받(?:아|았어|네|는다|아요|았어요|음|았음)|화(?:가\s?)?나(?:요|네|네요)?|화(?:가\s?)?났(?:어|어요|다|음)|빡(?:쳐|쳤어|친다|치네|침))$/u],
];
const TRAILING = /^(?:진짜|정말|너무|완전|ㅠ+|ㅜ+|ㅡㅡ|;+)$/u;

/**
 * The mood of a turn that says only that something happened, by its feeling; null otherwise.
 * `feelingAlone: false` leaves out the bare feeling ("진짜 속상해"), which in the middle of a story
 * is about what was just told, not news of another event.
 */
export function detectUntoldEvent(userText: string, opts: { feelingAlone?: boolean } = {}): UntoldMood | null {
  const text = userText.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text.length > 60) return null;
  for (const [mood, frame] of FRAMES) {
    const m = frame.exec(text);
    if (!m) continue;
    const lead = text.slice(0, m.index).trim();
    const words = lead ? lead.split(' ') : [];
    if (words.length > 4 || !words.every((w) => LEAD_WORD.test(w.replace(/[.,!?~…]+$/u, '')))) return null;
    return TAIL.test(text.slice(m.index + m[0].length)) ? mood : null;
  }
  return opts.feelingAlone === false ? null : detectUntoldFeeling(text);
}

function detectUntoldFeeling(text: string): UntoldMood | null {
  if (text.length > 30) return null;
  const words = text.replace(/[.,!?~…]+/gu, ' ').replace(/(\S)(ㅠ+|ㅜ+)/gu, '$1 $2').split(' ').filter(Boolean);
  // 화가 나 / 화가 났어 are one predicate written in two words.
  for (let i = 0; i < words.length; i++) {
    const one = words[i]!;
    const two = i + 1 < words.length ? `${one} ${words[i + 1]}` : '';
    for (const [mood, re] of PREDICATES) {
      const span = two && re.test(two) ? 2 : re.test(one) ? 1 : 0;
      if (!span) continue;
      const lead = words.slice(0, i);
      const trail = words.slice(i + span);
      if (lead.length <= 4 && lead.every((w) => LEAD_WORD.test(w)) && trail.every((w) => TRAILING.test(w))) return mood;
      return null;
    }
  }
  return null;
}

/**
 * Replies: the news is received in its mood, and the user is asked what happened, at their pace.
 * None names the feeling word (the user may have said 힘든, 속상한 or 안 좋은).
 */
export const UNTOLD_EVENT_REPLIES: Record<UntoldMood, readonly string[]> = {
  sadness: [
    '그런 일이 있었군요. 말하고 싶은 만큼만, 천천히 들려줘도 괜찮아요. 어떤 일이었어요?',
    '마음이 무거운 채로 여기까지 와 줘서 고마워요. 무슨 일이 있었는지 편하게 이야기해 줄래요?',
    '그 일을 혼자 품고 있느라 힘들었겠어요. 어디서부터든 괜찮으니 어떤 일이었는지 들려줄래요?',
  ],
  hurt: [
    '마음이 다치는 일이 있었군요. 어떤 일이었는지 천천히 들려줄래요? 편하게 말해도 괜찮아요.',
    '그런 일을 겪고 마음이 많이 쓰렸겠어요. 무슨 일이 있었는지 이야기해 줄래요?',
  ],
  anger: [
    '기분 상하는 일이 있었군요. 생각만 해도 속이 부글부글할 것 같은데, 어떤 일이었는지 들려줄래요?',
    '그런 일은 그냥 넘기기 어렵죠. 여기서는 마음껏 털어놔도 괜찮아요. 무슨 일이 있었어요?',
  ],
  anxiety: [
    '마음 쓰이는 일이 생겼군요. 같이 차근차근 짚어 볼 수 있게, 어떤 일인지 들려줄래요?',
    '걱정되는 일이 있으면 하루 종일 마음이 쉬지 못하죠. 무슨 일인지 편하게 이야기해 줄래요?',
  ],
  embarrassment: [
    '아이고, 그런 일이 있었군요. 어떤 일이었는지 들려줄래요? 웃으며 털어놔도 괜찮아요.',
    '그 순간 많이 당황했겠어요. 여기서는 편하게 털어놔도 괜찮아요. 무슨 일이 있었어요?',
  ],
};

/**
 * A worry, or a wish to be counselled, announced before it is told ("고민이 있어요", "상담 좀 해도
 * 될까요?"): they had got small-talk follow-ups ("아, 그런 일이 있었군요. 오늘 남은 시간은 어떻게
 * 보내고 싶어요?", session 27). The same frame rule as above: little besides the announcement.
 */
// "나 할말 있는데" had got "네, 무슨 말인지 알 것 같아요" and "있잖아 나 얘기 하나 해도 돼?" an anger
// reflection (session 32): asking leave to tell something is announcing it too.
const ASKS_TO_TELL =
  /^(?:(?:저기요|저기|실례(?:하겠습|합)니다|실례지만|혹시)\s?)+$|^(?:(?:저기요|저기|실례(?:하겠습|합)니다|실례지만)\s?)*(?:(?:말씀|얘기|이야기)\s?(?:좀\s?)?(?:여쭙겠습니다|여쭤도\s?(?:될까요|되나요)|여쭤봐도\s?(?:될까요|되나요))|(?:선생님\s?)?드릴\s?(?:말씀|얘기)(?:이|가)?\s?(?:있습니다|있어요|있는데요)|(?:혹시\s?)?이런\s?(?:얘기|이야기|말)(?:도)?\s?(?:해도|털어놔도)\s?(?:되나요|될까요|돼|돼요|괜찮아요|괜찮을까요)|(?:좀\s?|말이\s?|얘기가\s?)?길어질\s?(?:수도|것\s?같은데|거\s?같은데)(?:\s?있어|\s?있어요|\s?있는데)?)$|^(?:할\s?말|할\s?얘기|할\s?이야기|하고\s?싶은\s?(?:말|얘기|이야기))(?:이|가)?\s?(?:좀\s?|하나\s?)?(?:있어|있어요|있는데|있는데요|있거든|있거든요|있음|있습니다|생겼어)$|^(?:(?:얘기|이야기|말)\s?(?:좀\s?)?하나|(?:하소연|넋두리)(?:\s?좀|\s?하나)?)\s?(?:해도|털어놔도|꺼내도)\s?(?:돼|돼요|될까|될까요|되나요|되니|괜찮아|괜찮아요|괜찮을까요)$/u;
const WORRY = /^(?:고민|걱정|걱정거리|고민거리)(?:이|가)?\s?(?:좀\s?|하나\s?|있는데\s?)?(?:있어|있어요|있는데|있는데요|있거든|있거든요|있음|생겼어|생겼어요|생겼는데|있습니다|있어서)$|^(?:고민\s?)?상담(?:\s?좀)?\s?(?:해도\s?(?:될까요|될까|돼|돼요|되나요)|하고\s?싶어(?:요)?|받고\s?싶어(?:요)?|해\s?(?:줘|줄래|주세요|줄래요|줄\s?수\s?있어요?)|해줘|해줄래|해주세요|가능해요?|할\s?수\s?있어요?)$/u;

/** The text in NFC without punctuation, tears and emoji, single-spaced. */
function plainWords(userText: string): string {
  return userText
    .normalize('NFC')
    .replace(/[.,!?~…;ㅠㅜ\p{Extended_Pictographic}\uFE0F]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether the text, after at most `maxLead` words that `lead` accepts, is `frame` and nothing else. */
function isFramed(text: string, lead: RegExp, frame: RegExp, maxLead: number): boolean {
  if (!text || text.length > 30) return false;
  const words = text.split(' ');
  for (let i = 0; i <= Math.min(words.length - 1, maxLead); i++) {
    if (i > 0 && !lead.test(words[i - 1]!)) return false;
    if (frame.test(words.slice(i).join(' '))) return true;
  }
  return false;
}

export function announcesWorry(userText: string): boolean {
  const t = plainWords(userText);
  return isFramed(t, LEAD_WORD, WORRY, Infinity) || isFramed(t, LEAD_WORD, ASKS_TO_TELL, Infinity);
}

/**
 * Company without talk: "말하기 싫어", "그냥 있어줘" had got more questions (session 32). The reply
 * asks nothing.
 */
const WANTS_PRESENCE =
  /^(?:그냥\s?)?(?:아무\s?말\s?(?:도\s?)?(?:하기\s?싫|안\s?하고\s?싶)|말\s?(?:하기|하고\s?싶지\s?않|할\s?기분\s?아니)|말하기\s?싫|얘기\s?하기\s?싫|(?:옆에|곁에|여기)?\s?(?:그냥\s?)?있어\s?(?:줘|주라|줄래|주세요|줄래요)|(?:아무것도\s?)?묻지\s?(?:마|말아\s?(?:줘|주세요)))[가-힣\s]{0,6}$/u;
export function wantsPresence(userText: string): boolean {
  const t = plainWords(userText);
  return !!t && t.length <= 30 && WANTS_PRESENCE.test(t);
}
export const PRESENCE_REPLIES: readonly string[] = [
  '그래요, 말하지 않아도 괜찮아요. 저는 여기 있을게요. 하고 싶은 말이 생기면 한 줄이라도 편하게 적어 줘요.',
  '알겠어요, 아무것도 묻지 않을게요. 천천히 숨 고르면서 있어도 괜찮아요. 저는 계속 여기 있어요.',
];
export const PRESENCE_PREFIX = 'presence';

export const WORRY_REPLIES: readonly string[] = [
  '물론이에요, 여기서는 어떤 이야기든 괜찮아요. 어떤 고민인지 천천히 들려줄래요?',
  '그럼요, 편하게 이야기해 줘요. 요즘 어떤 일이 마음에 걸려 있어요?',
  '이야기해 줘서 고마워요. 정리되지 않은 말이어도 괜찮으니, 어떤 고민인지 들려줄래요?',
];

/** Reply ids, as in ConversationState.usedReplies: `untold:<mood>#<n>`. */
export const untoldReplyPrefix = (mood: UntoldMood): string => `untold:${mood}`;

/**
 * Someone missed, told in a few words and nothing else ("할머니가 보고 싶어", "엄마 보고 싶다"): the
 * turn does not say whether the person is far away or has died. "할머니가 보고 싶어" matched a
 * grandparent's death at 0.994 and was told "아직 떠나보낼 준비가 안 된 마음…", "엄마가 보고 싶어"
 * matched homesickness ("멀리 떨어져 있으면…", session 28). Either may be wrong, and condolences for
 * someone alive are the worse mistake, so the reply fits both and asks. A turn that says more
 * ("돌아가신 할머니가 보고 싶어", "이사 오고 나서 엄마가 보고 싶어") is left to the intents.
 */
const MISSED_PERSON =
  '(?:엄마|아빠|어머니|아버지|어머님|아버님|엄니|아부지|부모님|할머니|할아버지|외할머니|외할아버지|할매|할배|남편|아내|와이프|신랑|오빠|언니|누나|형|동생|남동생|여동생|아들|딸|손자|손녀|손주|가족|가족들|친구|친구들|선생님|삼촌|이모|고모)';
const MISSED = new RegExp(
  `^(?:(?:우리|울|저희|내|제)\\s?)?${MISSED_PERSON}(?:가|이|님이|님|는|은|도)?\\s?(?:(?:너무|진짜|정말|많이|넘|엄청|오늘따라|갑자기|그냥|요즘|요새|문득|또|계속|자꾸|오늘은|오늘)\\s?){0,2}(?:보고\\s?싶|보구\\s?싶|그리워|그립|생각\\s?나)(?:어|다|네|요|어요|네요|습니다|당|음|었어|었어요)?$`,
  'u',
);
/** Lead words that add nothing: when, a sigh. */
const MISSED_LEAD = /^(?:아|하|휴|에휴|오늘|오늘은|오늘따라|요즘|요새|갑자기|그냥|문득|진짜|정말|너무|밤에|자기\s?전에|자려고\s?누웠는데|비\s?오니까|비가\s?오니까)$/u;

export function missesSomeone(userText: string): boolean {
  return isFramed(plainWords(userText), MISSED_LEAD, MISSED, 2);
}

export const MISSING_REPLIES: readonly string[] = [
  '누군가가 많이 보고 싶은 날이 있죠. 그만큼 마음 깊이 소중한 사람이라는 뜻일 거예요. 함께했던 기억 중에 어떤 장면이 제일 먼저 떠올라요?',
  '그리운 마음이 불쑥 찾아왔군요. 괜찮다면 그 그리움에 대해 조금 들려줄래요? 오늘은 어떤 순간에 그 마음이 들었어요?',
  '보고 싶은 마음은 참 어떻게 할 수가 없죠. 여기서는 그 마음 그대로 꺼내 놓아도 괜찮아요. 지금은 자주 볼 수 없는 사이예요?',
];
