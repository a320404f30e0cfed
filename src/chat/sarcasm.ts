/**
 * Glowing words after bad news, and a shrug at a hurt. "최고의 하루였다 ^^", two turns after a boss
 * took the credit for the user's work, and "완벽한 하루 ^^" after "차 긁히고 지갑 잃어버리고 비까지
 * 맞음" got "좋은 기운이 여기까지 전해지는 것 같아요"; "ㅋㅋ 뭐 기대도 안했음", after a birthday no one
 * remembered, "듣는 제 마음까지 환해지는 소식이에요" (session 31). Read alone, the words are joy;
 * after bad news, with a wink or a laugh, they are the bad news said the other way round, or a
 * brave face. The reply names the sting without arguing with the words. "아주 행복하다 행복해 ㅋㅋ" after
 * a scolding (session 39) is one too; "친구가 위로해 줘서 행복해 ㅋㅋ" is meant.
 */
import { EMOTIONS, type EmotionId } from '../ml/emotions';
import type { TurnSummary } from './types';
import { toldMisfortune, toldResolved } from './misfortune';

const GLOWING =
  /최고(?:의|다|였|네|임|야|지)|완벽(?:한|하|했)|아주\s?(?:잘|좋|훌륭|멋)|참\s?(?:잘|좋|훌륭)|잘\s?(?:됐|되었)(?:네|다|구나|군)|경사(?:났|네)|운\s?(?:도\s?|이\s?)?(?:좋|짱)|인생\s?(?:참\s?|진짜\s?)?잘\s?풀|(?:(?:행복|신나|좋)(?:하)?(?:네|다)|행복해)(?:\s?(?:진짜|정말|참))?[\s^~ㅋㅎ.]*$|개꿀|럭키(?:비키)?|축제(?:네|다|구나)/u;
/** A wink or a laugh that marks the words as not meant. */
const WINK = /\^\^|\^_\^|\^\.\^|ㅋ|ㅎㅎ|~~|;|ㅡㅡ|-_-|😇|🙃|👍/u;
/** Words that say the good is real after all ("그래도 최고였다", "덕분에"). */
const GENUINE = /그래도|덕분|다행|고마|감사|드디어|합격|붙었|찾았|괜찮아졌|나아졌|줘서|주셔서/u;
/** A brave face: "뭐 기대도 안했음", "괜찮아요 ㅎㅎ 원래 그런 사람이니까", "상관없어 ㅋ". */
const SHRUG = /기대(?:도|를|는)?\s?(?:안\s?했|않았|없었)|(?:뭐|머)\s?(?:괜찮|어때|상관)|상관\s?없|원래\s?(?:그런|그래|그렇)|익숙해|늘\s?그렇|그러려니|신경\s?(?:안\s?써|안\s?쓰|쓰지)|괜찮아(?:요)?\s?[ㅎㅋ^]/u;

const NEGATIVE: readonly EmotionId[] = ['sadness', 'anger', 'anxiety', 'hurt', 'embarrassment'];
/** How much of a turn's reading must be bad news for the turn after it to be read against it. */
export const HURTING_READING = 0.5;

/**
 * The bad feeling the story is in, if the latest turn that says anything was bad news: its mood, the
 * model's lean, or words of misfortune not told resolved. A latest turn of good news ("근데 오늘
 * 추가합격 연락 왔어 ㅋㅋㅋㅋ") ends it: "진짜 최고의 하루였다 ^^" after it is meant (session 31).
 */
export function recentHurt(turns: readonly TurnSummary[], texts: readonly string[] = []): EmotionId | null {
  const latestText = texts.at(-1) ?? '';
  for (const t of turns.slice(-2).reverse()) {
    if (t.kind === 'meta' && t.mood === undefined) continue;
    if (t.mood && NEGATIVE.includes(t.mood)) return t.mood;
    if (t.mood === 'joy' || toldResolved(latestText)) return null;
    if (t.chars < 8) continue;
    const bad = NEGATIVE.reduce((sum, e) => sum + (t.emotions[EMOTIONS.indexOf(e)] ?? 0), 0);
    if (bad >= HURTING_READING || (t === turns.at(-1) && toldMisfortune(latestText))) {
      return NEGATIVE.reduce((a, b) => ((t.emotions[EMOTIONS.indexOf(b)] ?? 0) > (t.emotions[EMOTIONS.indexOf(a)] ?? 0) ? b : a));
    }
    return null;
  }
  return null;
}

export type SaidOtherwise = 'sarcasm' | 'shrug';

/** Whether the turn, after bad news, says it the other way round or puts on a brave face. */
export function saidOtherwise(text: string): SaidOtherwise | null {
  const t = text.normalize('NFC');
  if (GENUINE.test(t)) return null;
  if (GLOWING.test(t) && WINK.test(t)) return 'sarcasm';
  if (SHRUG.test(t)) return 'shrug';
  return null;
}

export const SARCASM_REFLECTIONS: readonly string[] = [
  '말로는 최고였다고 해도, 속은 꽤 쓰렸을 것 같아요.',
  '이럴 땐 웃음밖에 안 나오죠. 그래도 속상한 마음은 진짜일 거예요.',
  '웃으면서 말해도, 오늘 하루가 얼마나 고단했는지 느껴져요.',
];
export const SHRUG_REFLECTIONS: readonly string[] = [
  '아무렇지 않다고 해도, 서운한 마음이 조금 남아 있다면 그것도 자연스러운 거예요.',
  // Not "아무렇지 않은 척 넘기고 있지만…": a user at ease over a minor thing is not told they pretend (session 34).
  '담담하게 말해도 마음 한쪽에 남는 게 있을 수 있어요. 그럴 땐 편하게 꺼내 줘요.',
  '기대를 안 했다고 해도, 막상 그렇게 되면 허전하죠.',
];
export const SARCASM_PREFIX = 'sarcasm';
export const SHRUG_PREFIX = 'shrug';

/**
 * Blame taken in mockery ("아 네네 다 제 잘못이죠", "네~ 제가 다 잘못했네요 죄송합니다~"): a protest
 * at being blamed, not self-blame. Both had got the self-blame replies ("자신을 몰아세우고 있는 것
 * 같아", "그 미안한 마음을 전할 수 있다면…", session 35).
 */
const MOCK_BLAME =
  /^(?:아|하|예|넵)?\s?(?:네+\s?네+|네~+|예~+|넵~+)[^가-힣]*(?:[가-힣]+\s){0,3}(?:잘못|탓|죄송)|(?:다|모두|전부)\s?(?:제|내)\s?(?:잘못|탓)이(?:죠|지|겠죠|겠지|네요|네|지요)\s*[~ㅋㅎ^]+|(?:잘못했네요|죄송합니다|죄송해요|미안합니다)~+|(?:제|내)가\s?다\s?잘못했(?:네요|네|죠|지)\s*[~^ㅋㅎ]/u;
export function mocksBlame(text: string): boolean {
  return MOCK_BLAME.test(text.normalize('NFC').trim());
}
export const MOCK_BLAME_PREFIX = 'mock-blame';
export const MOCK_BLAME_REFLECTIONS: readonly string[] = [
  '다 내 잘못이라는 말에 억울함이 묻어나요. 정말 다 잘못해서가 아니라, 그렇게 몰리는 상황이 답답한 거죠. 무슨 일이 있었어요?',
  '그 말투에서 얼마나 속이 상했는지 느껴져요. 다 내 탓으로 돌려지는 자리에 있으면 억울할 수밖에 없죠. 누가 그렇게 몰아갔어요?',
];
