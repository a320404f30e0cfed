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

type Sign = 'belongings' | 'thanks' | 'goodbye' | 'letter' | 'decided' | 'last_wish' | 'calm' | 'no_need';

/** Over the compact text (no spaces or punctuation), like the safety rules. */
const SIGNS: ReadonlyArray<readonly [Sign, RegExp]> = [
  // Giving away or putting in order what one owns, a pet given into others' care, accounts written down.
  [
    'belongings',
    /(?:물건|짐|옷|책|소지품|아끼던|아끼는|애장품|통장|계좌|폰|사진|기타|악기|노트북|게임기|컬렉션|피규어)(?:들)?.{0,10}(?:정리(?:했|하고|하는|중|해)|나눠(?:줬|주고|줄|주는)|처분|남겨(?:뒀|두고|놨)|주고왔|줘버렸|줬어|줬다|줬고|줬어요|보냈)|(?:고양이|강아지|냥이|반려견|반려묘|햄스터|새)(?:좀|를|을)?.{0,10}(?:맡아달라고|맡겼|부탁했|보내기로|입양보냈)|(?:비밀번호|비번|통장|계좌|공인인증)(?:이랑|같은것|같은거|들)?.{0,10}(?:적어|정리해|알려줬|남겨)/u,
  ],
  // Thanks or apologies said to everyone, in the past, as if for the last time.
  ['thanks', /(?:고마웠다고|미안했다고|사랑한다고|잘지내라고)(?:연락|문자|카톡|말|인사|편지)?(?:을|를|도)?(?:다|전부|모두|한명씩|하나하나)?(?:돌렸|보냈|했어|했다|했고|남겼|전했)|그동안고마웠|그동안미안했|인사(?:를|도)?(?:다|전부|미리)(?:했|돌렸|전했)|작별인사/u],
  // A goodbye to everyone.
  ['goodbye', /다들잘지내|모두잘지내|잘들지내|다들잘있어|먼저갈게|안녕히계세요|나없어도잘/u],
  // A letter left behind (to be found, not handed over).
  ['letter', /(?:고마웠다고|미안했다고|미안하다고|사랑한다고|사과)(?:하는)?편지(?:를|도)?(?:써놨|써뒀|써두었|써놓았|남겨|남겼)|(?:서랍|책상|베개|방)(?:에|밑에|위에)(?:편지|쪽지)|유서/u],
  // A long-weighed decision, told without what it is.
  ['decided', /(?:결정했|결심했|결정하고나니|결심하고나니|마음(?:을)?(?:정했|먹었|굳혔|먹고나니|정하고나니))/u],
  // A last wish.
  ['last_wish', /마지막으로.{0,14}(?:싶|듣고|보고|먹고|가보고|만나고)/u],
  // A calm that comes from nowhere.
  ['calm', /(?:마음|맘)이?(?:이상하게|엄청|너무|정말|진짜|되게|많이|이제|좀)?(?:편해졌|편안해졌|평온해|가벼워졌|편해요|편하네|편하다|편안해)|이제(?:아무)?(?:걱정|미련|두려울)(?:할것)?(?:도|이)?없|이제다괜찮아질/u],
  // Things no longer needed.
  ['no_need', /이제(?:다)?필요없을것같|더이상필요없|이제쓸일이없/u],
];

/** What makes those words everyday life: moving, a new start, travel, selling, a job or school ending. */
const EVERYDAY =
  /이사|이민|유학|입대|군대|전역|졸업|퇴사|이직|취업|입사|출근|퇴근|직장|회사|팀|동료|송별|마지막(?:날|근무|출근|수업)|책상정리|대청소|미니멀|중고|당근|팔았|팔려고|기부|여행|출장|결혼|신혼|자취|기숙사|방학|시험|면접|계약|학교|수능|합격|승진|다이어트|운동|헬스/u;

/** Signs that need nothing else: a letter left behind, or thanks and a goodbye to everyone together. */
const ALONE: ReadonlyArray<ReadonlySet<Sign>> = [new Set<Sign>(['letter']), new Set<Sign>(['thanks', 'goodbye'])];
const WEIGHTY: ReadonlySet<Sign> = new Set<Sign>(['belongings', 'thanks', 'goodbye', 'letter', 'last_wish', 'no_need']);

/** One turn's signs. */
function signsIn(compact: string): Set<Sign> {
  const out = new Set<Sign>();
  for (const [sign, re] of SIGNS) if (re.test(compact)) out.add(sign);
  return out;
}

const compact = (t: string) => t.normalize('NFC').replace(/[^\p{Script=Hangul}\p{L}\p{N}]/gu, '');

/**
 * Whether the turn, with the turns before it, shows warning signs worth the direct question:
 * a letter left behind, thanks and a goodbye together, or two different signs at least one of
 * which is weighty, this turn bringing one of them. Nothing when any of these turns speaks of
 * everyday life (a last day at work, moving house).
 */
export function showsWarningSigns(text: string, earlier: readonly string[]): boolean {
  const texts = [...earlier, text].map(compact);
  if (texts.some((t) => EVERYDAY.test(t))) return false;
  const now = signsIn(texts[texts.length - 1]!);
  if (now.size === 0) return false;
  const all = new Set(now);
  for (const t of texts.slice(0, -1)) for (const s of signsIn(t)) all.add(s);
  if (ALONE.some((set) => [...set].every((s) => all.has(s)))) return true;
  // A calm and a decision alone are relief after a choice ("결정했더니 마음이 편해졌어").
  return [...all].some((s) => WEIGHTY.has(s)) && all.size >= 2;
}

/** The check-in for warning signs: what was noticed, the direct question, the help line. */
export const WARNING_SIGN_REPLIES: readonly string[] = [
  '하나씩 정리하고 고마운 사람들에게 인사를 건넸다는 말이 마음에 걸려서, 조심스럽게 물어볼게요. 혹시 삶을 정리하려는 생각을 하고 있어요? 그렇다면 혼자 결정하지 말고 지금 자살예방상담전화 109에 전화해 주세요. 24시간 언제든 이야기를 들어 줘요.',
  '제가 잘못 짚은 거라면 미안하지만, 꼭 물어보고 싶어요. 혹시 죽음을 생각하고 있어요? 어떤 대답이든 괜찮아요. 그런 마음이 있다면 자살예방상담전화 109나 정신건강위기상담전화 1577-0199가 언제든 연결돼요.',
];
export const WARNING_SIGN_PREFIX = 'safety:check-signs';
