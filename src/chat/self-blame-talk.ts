/**
 * Two ways of blaming oneself that stock lines passed over (session 41, a tester's forty talks):
 *
 * 1. A child blaming themselves for the parents' fights: "엄마랑 아빠가 또 싸웠어 / 맨날 그래 / 내가
 *    있어서 더 싸우는 것 같아" got anxiety's template ("가장 두려운 상황을 떠올린다면 어떤 모습이
 *    에요?"), and "부모님 이혼하신대 / 나 때문인 것 같아" an adult's self-blame reply ("책임을 돌아보는
 *    것과 스스로를 몰아세우는 건 다른 일이에요"). What a child in that place most needs to hear is
 *    said plainly first: the parents' fights are theirs to settle, not the child's fault. Only when
 *    the parents' fighting (or divorce) is in this turn or the story, and the turn puts the cause on
 *    the user ("내가 있어서", "나 때문에", "내 탓", "나만 없으면"), not when someone else blames them
 *    ("엄마가 맨날 내 탓만 해") or they are told it is not their fault.
 *
 * 2. Resignation said as a fact about oneself or about people: "괜찮아 난 원래 이래", "사람들은 결국
 *    다 떠나더라", "이제 누구한테도 기대 안 하려고" got "마음이 정말 무겁게 느껴졌겠어요" and "슬픈
 *    마음이 드는 건 자연스러운 일이에요". The belief is said back with what usually lies under it
 *    (hurts that taught it), and asked about, never argued with.
 */
import type { EmotionId } from '../ml/emotions';

const nfc = (text: string): string => text.normalize('NFC').trim();

// ── 1. Not your fault ────────────────────────────────────────────────────────────────────────
const PARENTS = /엄마|아빠|엄빠|부모님|어머니|아버지|부모/u;
const FIGHT = /싸우|싸웠|싸움|싸워|싸울|싸운|다투|다퉜|다툼|언성|소리\s?(?:지르|질러|질렀)|고함|이혼|별거|각방|부부\s?싸움/u;
const ON_ME =
  /(?<![가-힣])(?:내가|제가|나|저)\s?(?:있어서|있으니까|태어나서|태어난\s?(?:게|거)|때문에|때문인|때문이|탓)|(?<![가-힣])(?:내|제)\s?탓|(?<![가-힣])(?:나|저)만\s?없으면|(?<![가-힣])(?:나|저)\s?(?:하나\s?)?없으면\s?(?:안\s?싸우|싸울\s?일)/u;
/** Someone else blames the user, or the user is told it is not their fault: not self-blame. */
const NOT_ON_ME = /탓(?:이)?\s?(?:아니|아냐|없)|때문(?:이|은)?\s?(?:아니|아냐)|탓(?:만|을)?\s?(?:해|하셔|하시|하더|하네|하잖|한다)|(?:래|라고|라며|이래)(?:\s|$)|[?？]\s*$/u;

/** Whether the turn blames the user for the parents' fights or divorce (this turn or the last few say they fight). */
export function blamesSelfForParents(text: string, story: readonly string[]): boolean {
  const t = nfc(text);
  if (!ON_ME.test(t) || NOT_ON_ME.test(t)) return false;
  const recent = [...story.slice(-4).map(nfc), t].join(' ');
  return PARENTS.test(recent) && FIGHT.test(recent);
}

/** Whether the story is of a divorce or a separation (its replies say so, not "싸움"). */
export function parentsParting(text: string, story: readonly string[]): boolean {
  return /이혼|별거|갈라서|헤어지(?:신|셨|시)/u.test([...story.slice(-4), text].map(nfc).join(' '));
}

export const NOT_YOUR_FAULT_PREFIX = 'not-your-fault';
export const NOT_YOUR_FAULT_PARTING_PREFIX = 'not-your-fault:parting';
export const NOT_YOUR_FAULT_PARTING_REPLIES: readonly string[] = [
  '부모님이 헤어지시는 게 나 때문인 것 같으면 마음이 얼마나 무거울까요. 그래도 이건 꼭 말해 주고 싶어요. 두 분의 결정은 어른들 사이의 일이에요. 자녀가 뭘 잘못해서 생긴 일이 아니에요. 그런 생각이 들게 한 말이나 일이 있었어요?',
  '그 생각을 혼자 품고 있었다니 마음이 쓰여요. 부모님이 어떤 결정을 하든, 그건 자녀 때문이 아니에요. 요즘 그 생각이 제일 크게 드는 때는 언제예요?',
];
export const NOT_YOUR_FAULT_REPLIES: readonly string[] = [
  '부모님이 싸우는 게 나 때문인 것 같으면 집에 있어도 마음 둘 곳이 없죠. 그래도 이건 분명히 말해 주고 싶어요. 부모님이 다투는 건 두 분이 풀어야 할 문제지, 자녀 탓이 아니에요. 언제부터 그런 생각이 들었어요?',
  '그런 생각까지 하면서 혼자 얼마나 조마조마했을까요. 부모님 사이의 다툼은 어른들의 몫이에요. 자녀가 있어서 생기는 일이 아니에요. 싸움이 나면 보통 어디에서 어떻게 버텨요?',
];

// ── 1b. Wondering whether it was me ──────────────────────────────────────────────────────────
/**
 * "내가 뭘 잘못했나 싶기도 하고" after being left out of plans, "내가 뭐 실수했나" after an unanswered
 * message: not guilt for a thing done, but blame taken on before knowing; it had got "많이 속상
 * 했겠어요. 요즘 잠은 잘 자고…" and anxiety's "그 일 가운데 지금 할 수 있는 것과…".
 */
const WONDERS_IF_ME = /(?<![가-힣])(?:내가|제가)\s?(?:뭘|뭐|무슨|뭔가)\s?(?:잘못|실수)(?:를|라도)?\s?(?:했|한|하)(?:나|는지|을까|던가|던\s?걸까|나\s?싶|는\s?건가)|(?:나|저)\s?때문(?:인가|일까|인\s?건가|인지)/u;

export function wondersIfItWasMe(text: string): boolean {
  const t = nfc(text);
  return WONDERS_IF_ME.test(t) && !/(?:네|너|걔|그\s?사람)(?:가|이)\s/u.test(t);
}

export const WONDERS_IF_ME_PREFIX = 'wonders-if-me';
export const WONDERS_IF_ME_REPLIES: readonly string[] = [
  '이유를 모르면 혹시 내가 뭘 잘못했나 먼저 돌아보게 되죠. 그런데 아직 모르는 채로 나부터 탓하면 마음만 더 아파져요. 짚이는 일이 있어요, 아니면 전혀 모르겠어요?',
  '나 때문인가 싶은 마음이 자꾸 드는 건 그만큼 그 관계가 소중해서일 거예요. 아직 확실한 건 없잖아요. 그 생각이 제일 크게 드는 건 언제예요?',
];

// ── 2. Resignation ───────────────────────────────────────────────────────────────────────────
export type Resigned = 'always_me' | 'people_leave' | 'no_expect';

const RESIGNED: Record<Resigned, RegExp> = {
  always_me: /(?:^|[\s,.])(?:난|나는|저는|전|나\s?같은\s?(?:애|건|사람)은?)\s?원래\s?(?:좀\s?)?(?:이래|이렇|이런\s?(?:애|사람|인간|성격)|그래|그런\s?(?:애|사람|인간))(?:요|야|이야|이에요|예요|임|지|잖아|니까)?(?:\s?(?:뭐|ㅋ+|ㅎ+))?[\s.~]*$/u,
  people_leave:
    /(?:사람들(?:은|이)?|다들|모두|결국|어차피)[^.?!]{0,10}(?:다\s?)?(?:날\s?|나를\s?|내\s?곁을\s?|내\s?옆을\s?)?떠나(?:더라|더라고|더라구|가더라|가|요|네|지|잖아|버려|버리더라|간다|더군)?[\s.~]*$|(?:어차피|결국)\s?(?:다\s?)?(?:떠날|떠나갈)\s?(?:거|사람)/u,
  no_expect: /(?:이제|앞으로|더는|더\s?이상)?\s?(?:누구(?:한테|에게)(?:도)?|아무(?:한테|에게)(?:도)?|사람(?:한테|에게)?)\s?(?:기대|마음)\s?(?:안\s?(?:하려고|할래|할\s?거|해)|(?:을|를)?\s?(?:접었|접을|안\s?줄|안\s?주려고))|(?:별로\s?|딱히\s?|아예\s?)?기대(?:도|는|를|\s?같은\s?거)?\s?(?:안\s?(?:해|함|하려고|할래)|없어|버렸|접었)[\s.~]*$/u,
};
/** A trip, a move, a question, or someone told of: not the belief. */
const NOT_RESIGNED = /여행|휴가|출장|유학|이사|해외|놀러|[?？]|좋아|잘\s?웃|괜찮아서|원래\s?(?:잘|좋|건강)/u;

export function resignedTurn(text: string): Resigned | null {
  const t = nfc(text);
  if (NOT_RESIGNED.test(t) || t.length > 40) return null;
  for (const kind of Object.keys(RESIGNED) as Resigned[]) if (RESIGNED[kind].test(t)) return kind;
  return null;
}

export const RESIGNED_PREFIX = 'resigned';
export const RESIGNED_REPLIES: Readonly<Record<Resigned, readonly string[]>> = {
  always_me: [
    '원래 이렇다고 넘기게 되기까지, 혼자 삼킨 일이 많았을 것 같아요. 여기서는 괜찮은 척 안 해도 돼요. 요즘 어떤 일이 있었어요?',
    '원래 그렇다는 말로 덮어 두기엔 마음이 꽤 무거워 보여요. 언제부터 스스로를 그렇게 여기게 됐어요?',
  ],
  people_leave: [
    '결국 다 떠난다고 느낄 만큼, 떠나보낸 사람이 많았나 봐요. 그런 일이 반복되면 처음부터 마음을 덜 주는 게 덜 아프다고 여기게 되죠. 최근에 멀어진 사람이 있었어요?',
    '곁에 있던 사람들이 하나둘 멀어지는 걸 겪으면 다음에도 그럴 거라는 생각이 먼저 들죠. 그 생각이 들게 한 일이 있었어요?',
  ],
  no_expect: [
    '기대하지 않으면 덜 실망하니까, 그렇게 마음을 지켜 온 거겠죠. 그래도 그 말 뒤에는 기대했다가 많이 아팠던 시간이 있었을 것 같아요. 어떤 일이 있었어요?',
    '기대를 접기까지 마음이 여러 번 다쳤을 것 같아요. 누구에게 제일 실망했어요?',
  ],
};

export const RESIGNED_MOOD: Readonly<Record<Resigned, EmotionId>> = { always_me: 'sadness', people_leave: 'sadness', no_expect: 'hurt' };
