/**
 * Self-reproach: "화내고 나서 엄마 얼굴 보면 미안해서 눈물 나", "간병하다 짜증 낸 게 계속 죄책감이
 * 들어요". The six-way taxonomy the model learned files guilt under embarrassment (당황), so the
 * model reads such turns as embarrassment, and embarrassment's reflections and questions presume a
 * mishap before others: the first line above got "민망한 마음을 털어놔 줘서 고마워요. 시간이 지나면
 * 이 일을 웃으며 이야기할 수 있을 것 같아요?" (session 23). When the turn blames itself in plain
 * words and the reading is a heavy one, these replies answer the guilt instead.
 */
import type { EmotionId } from '../ml/emotions';

/** Words of self-blame and of being sorry towards someone (not an apology to the bot: "미안해요" alone is not enough). */
const SELF_REPROACH =
  /미안해서|미안한\s?마음|미안하고|미안한\s?게|미안해\s?죽|너무\s?미안|미안함|죄책감|죄스러|죄지은|(?<!전)자책|(?<![가-힣])(?:내|제)\s?탓|(?<![가-힣])(?:나|저)\s?때문에[^.?!]{0,12}(?:망했|망쳤|망한|망친|망해|망가|꼬였|꼬인|다쳤|다친|아프|아팠|고생|울었|울어|헤어|틀어|실패|늦었|늦어|혼났|떨어졌|떨어진|깨졌)|(?<![가-힣])(?:나|저)\s?때문(?:인\s?(?:것|거)\s?같|이야|이에요|이예요|이었|이지\s?뭐)|(?<![가-힣])(?:내|제)가\s?(?:다\s)?(?:잘못(?:했|한|이|인)|망쳤|망친)|(?:더\s)?잘했(?:어야|으면\s?좋았)|못\s?해\s?(?:준|드린)\s?게|해\s?(?:준|드린)\s?게\s?없|(?:그러지|화내지|짜증\s?내지)\s?말\s?걸/u;
/**
 * "네 탓 아니야", "미안할 필요 없어", "내 탓으로 돌렸어" and "맨날 내 탓만 해" (someone else
 * blames the user: anger or hurt),
 * "못 해준 게 없던 사람": the words are there, the reproach is not. Regret alone ("결혼한 게 후회돼",
 * "비행기 예약한 게 후회돼요") is not guilt either, so 후회 is not a cue.
 */
const NOT_REPROACH =
  /탓(?:이)?\s?(?:아니|아냐|없)|탓으로\s?(?:돌리|돌렸|돌려|몰)|탓(?:이)?(?:래|라고|라며|이래)|때문이(?:래|라고|라며|란다|라잖)|탓(?:만|을)?\s?(?:해|하셔|하시|하더|하네|하잖|한다)|탓인\s?것처럼|잘못한\s?걸로|미안할\s?(?:필요|거|건)\s?(?:없|아니)|잘못한\s?(?:게|것|건)\s?(?:없|하나도)|(?:못|안)\s?해\s?준\s?(?:게|것)\s?없|(?:네|너|니|당신|걔|그\s?사람)\s?(?:탓|때문)/u;

/** Heavy readings in which guilt hides: the model's embarrassment, and the hurting moods around it. */
const GUILT_MOODS: ReadonlySet<EmotionId> = new Set(['embarrassment', 'sadness', 'hurt', 'anxiety']);

/** Whether the turn reproaches the user, read in a mood where guilt is the likelier reading. */
export function speaksGuilt(text: string, mood: EmotionId | 'unsure'): boolean {
  const t = text.normalize('NFC');
  return mood !== 'unsure' && GUILT_MOODS.has(mood) && SELF_REPROACH.test(t) && !NOT_REPROACH.test(t);
}

export const GUILT_REFLECTIONS: readonly string[] = [
  '미안한 마음이 그렇게 큰 건 그만큼 아끼는 마음이 크다는 뜻 같아요.',
  '스스로를 탓하는 마음이 오래 마음을 누르고 있었겠어요.',
  '그 일을 몇 번이고 되짚으며 자신을 몰아세우고 있는 것 같아 마음이 쓰여요.',
  '죄책감은 혼자 품고 있을수록 더 무거워지죠. 꺼내 줘서 고마워요.',
  '잘하고 싶었던 마음이 컸던 만큼 아쉬움도 크게 남았나 봐요.',
];

export const GUILT_QUESTIONS: readonly string[] = [
  '그 미안한 마음을 전할 수 있다면 어떤 말을 하고 싶어요?',
  '친한 친구가 같은 일로 자신을 탓하고 있다면 뭐라고 말해 줄 것 같아요?',
  '그때의 나에게 조금 너그러워질 수 있는 부분이 있을까요?',
  '이 마음을 혼자 품고 지낸 지는 얼마나 됐어요?',
  '그때 그럴 수밖에 없었던 사정도 있었을까요?',
];
