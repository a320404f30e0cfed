/**
 * Warning signs of suicide that say nothing of dying: putting one's things in order, thanking
 * everyone as if for the last time, a sudden calm after "deciding", "마지막으로 … 하고 싶다". One
 * of them alone is everyday life (moving house, a thank-you after graduation); together they are
 * what gatekeeper training (보고 듣고 말하기) teaches to notice. A helper talking to the app in
 * session 31 told "요즘 마음이 엄청 편해졌어 / 오래 고민하던거 결정했거든 / 물건들도 다 정리하고
 * 친구들한테 고마웠다고 연락 다 돌렸어" and was told "듣는 제 마음까지 환해지는 소식이에요"; the
 * safety rules, which read one message for words of dying, flagged none of it.
 *
 * The signs are read over the last turns (the turn and the two before it, the texts the engine
 * keeps), so the check-in can come when the second sign is told. The reply is the check-in: the
 * direct question and the help line (safety-check.ts), whose answer decides what follows.
 */

type Sign = 'belongings' | 'thanks' | 'decided' | 'last_wish' | 'calm';

/** Over the compact text (no spaces or punctuation), like the safety rules. */
const SIGNS: ReadonlyArray<readonly [Sign, RegExp]> = [
  // Giving away or putting in order what one owns.
  ['belongings', /(?:물건|짐|옷|책|소지품|아끼던|애장품|통장|계좌|폰|사진)(?:들)?(?:도|을|를|은|이)?(?:다|전부|싹|모두|하나씩|미리)?(?:정리(?:했|하고|하는|중|해)|나눠(?:줬|주고|줄|주는)|처분|남겨(?:뒀|두고|놨)|주고왔|줘버렸)/u],
  // Thanks or goodbyes said to everyone, in the past, as if for the last time.
  ['thanks', /(?:고마웠다고|미안했다고|사랑한다고|잘지내라고)(?:연락|문자|카톡|말|인사|편지)?(?:을|를|도)?(?:다|전부|모두|한명씩|하나하나)?(?:돌렸|보냈|했어|했다|했고|남겼|전했)|그동안고마웠|인사(?:를|도)?(?:다|전부|미리)(?:했|돌렸|전했)|작별인사/u],
  // A long-weighed decision, told without what it is.
  ['decided', /(?:오래|한참|계속|많이)?(?:고민하던거|고민하던걸|고민하던것|고민했던거)?(?:결정했|결심했|마음(?:을)?(?:정했|먹었|굳혔))/u],
  // A last wish.
  ['last_wish', /마지막으로.{0,14}(?:싶|듣고|보고|먹고|가보고|만나고)/u],
  // A calm that comes from nowhere.
  ['calm', /(?:마음|맘)이?(?:엄청|너무|정말|진짜|되게|많이|이제|좀)?(?:편해졌|편안해졌|평온해|가벼워졌)|이제(?:걱정|미련|두려울)(?:할것)?(?:도|이)?없|이제다괜찮아질/u],
];

/** What makes those words everyday life: moving, a new start, travel, selling, a job or school ending. */
const EVERYDAY = /이사|이민|유학|입대|군대|전역|졸업|퇴사|이직|취업|입사|대청소|미니멀|중고|당근|팔았|팔려고|기부|여행|결혼|신혼|자취|기숙사|방학|시험|면접|계약|회사|학교|수능|합격|승진|다이어트|운동|헬스/u;

/** One turn's signs. */
function signsIn(compact: string): Set<Sign> {
  const out = new Set<Sign>();
  if (EVERYDAY.test(compact)) return out;
  for (const [sign, re] of SIGNS) if (re.test(compact)) out.add(sign);
  return out;
}

const compact = (t: string) => t.normalize('NFC').replace(/[^\p{Script=Hangul}\p{L}\p{N}]/gu, '');

/**
 * Whether the turn, with the turns before it, shows warning signs worth the direct question:
 * thanks said as if for the last time, or two different signs, this turn bringing one of them.
 */
export function showsWarningSigns(text: string, earlier: readonly string[]): boolean {
  const now = signsIn(compact(text));
  if (now.size === 0) return false;
  const all = new Set(now);
  for (const t of earlier) for (const s of signsIn(compact(t))) all.add(s);
  // Thanks said as if for the last time, with any other sign.
  if (now.has('thanks') && all.size >= 2) return true;
  // A calm and a decision alone are relief after a choice ("결정했더니 마음이 편해졌어"): at least
  // one sign of putting things in order or of a farewell is needed.
  const weighty = [...all].filter((s) => s === 'belongings' || s === 'thanks' || s === 'last_wish').length;
  return weighty >= 1 && all.size >= 2;
}

/** The check-in for warning signs: what was noticed, the direct question, the help line. */
export const WARNING_SIGN_REPLIES: readonly string[] = [
  '하나씩 정리하고 고마운 사람들에게 인사를 건넸다는 말이 마음에 걸려서, 조심스럽게 물어볼게요. 혹시 삶을 정리하려는 생각을 하고 있어요? 그렇다면 혼자 결정하지 말고 지금 자살예방상담전화 109에 전화해 주세요. 24시간 언제든 이야기를 들어 줘요.',
  '제가 잘못 짚은 거라면 미안하지만, 꼭 물어보고 싶어요. 혹시 죽음을 생각하고 있어요? 어떤 대답이든 괜찮아요. 그런 마음이 있다면 자살예방상담전화 109나 정신건강위기상담전화 1577-0199가 언제든 연결돼요.',
];
export const WARNING_SIGN_PREFIX = 'safety:check-signs';
