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

type Sign = 'belongings' | 'thanks' | 'goodbye' | 'letter' | 'decided' | 'last_wish' | 'calm' | 'no_need' | 'futile' | 'time_to_go' | 'going';

/** Over the compact text (no spaces or punctuation), like the safety rules. */
const SIGNS: ReadonlyArray<readonly [Sign, RegExp]> = [
  // Giving away or putting in order what one owns, a pet given into others' care, accounts written down.
  [
    'belongings',
    /(?:물건|짐|옷|책|소지품|아끼던|아끼는|애장품|통장|계좌|도장|반지|패물|시계|그릇|폰|사진|기타|악기|노트북|게임기|컬렉션|피규어)(?:들)?.{0,10}(?:정리(?:했|하고|하는|중|해)|나눠(?:줬|주고|줄|주는|주셨|주시)|처분|남겨(?:뒀|두고|놨)|주고왔|줘버렸|줬어|줬다|줬고|줬어요|주셨|보냈)|(?:^|이제)(?:집|살림)(?:도|을|까지)?(?:다)?정리(?:하고있|하는중|했어|했다|했고)|(?:고양이|강아지|냥이|반려견|반려묘|햄스터|새)(?:좀|를|을)?.{0,10}(?:맡아달라고|맡겼|부탁했|보내기로|입양보냈)|(?:비밀번호|비번|통장|계좌|공인인증)(?:이랑|같은것|같은거|들)?.{0,10}(?:적어|정리해|알려줬|남겨)/u,
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
  // Session 36: life felt futile, or oneself a burden ("이제 다 부질없는 것 같아요", "자식들한테 짐만 되는 것 같아요").
  ['futile', /부질없|짐만(?:되|돼)|짐(?:이라고|이라며|이라는|이된다|이되는|이돼서|이되기|덩어리)|(?:나|내가|저|제가|늙은이|노인네)(?:같은[가-힣]{0,3})?없어도(?:다들|다|모두)?잘살|살만큼살았/u],
  // "이제 정리할 때가 된 것 같아서요": an ending felt near.
  ['time_to_go', /이제(?:나도|저도|슬슬|다)?(?:정리할|마무리할|끝낼)때가(?:된|됐|다된|온)/u],
  // "이제 나도 갈 때가 된 것 같아요": an older person's way of saying they are ready to die.
  ['going', /이제(?:나도|저도|슬슬|그만)?(?:갈때가|떠날때가)(?:된|됐|다된|온)/u],
];

/** What makes those words everyday life: moving, a new start, travel, selling, a job or school ending. */
const EVERYDAY =
  /집에갈|집에가|시간이늦|늦었|막차|이사|이민|유학|입대|군대|전역|졸업|퇴사|이직|취업|입사|출근|퇴근|직장|회사|팀|동료|송별|마지막(?:날|근무|출근|수업)|책상정리|대청소|미니멀|중고|당근|팔았|팔려고|기부|여행|출장|결혼|신혼|자취|기숙사|방학|시험|면접|계약|학교|수능|합격|승진|다이어트|운동|헬스/u;

/** Signs that need nothing else: a letter left behind, or thanks and a goodbye to everyone together. */
const ALONE: ReadonlyArray<ReadonlySet<Sign>> = [new Set<Sign>(['letter']), new Set<Sign>(['thanks', 'goodbye']), new Set<Sign>(['going'])];
const WEIGHTY: ReadonlySet<Sign> = new Set<Sign>(['belongings', 'thanks', 'goodbye', 'letter', 'last_wish', 'no_need', 'time_to_go', 'going']);

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
  // Session 36: things given away or put in order, without thanks said (an older person's bankbook and seal).
  '가진 것들을 정리해서 나눠 주고 있다는 말이 마음에 걸려서, 조심스럽게 여쭤볼게요. 혹시 삶을 마무리하려는 생각을 하고 계세요? 그런 마음이 있다면 혼자 견디지 말고 자살예방상담전화 109에 전화해 주세요. 24시간 언제든 이야기를 들어 줘요.',
  // "이제 나도 갈 때가 된 것 같아요", "이제 정리할 때가 된 것 같아서요".
  '이제 때가 된 것 같다는 말이 마음에 걸려서, 조심스럽게 여쭤볼게요. 혹시 세상을 떠나고 싶다는 생각을 하고 계세요? 어떤 대답이든 괜찮아요. 그런 마음이 있다면 자살예방상담전화 109에서 24시간 이야기를 들어 줘요.',
];
/** Which warning-sign reply speaks of what was told: the thanks, the things given away, the time felt near; the second fits all. */
const REPLY_SIGNS: ReadonlyArray<ReadonlySet<Sign> | null> = [new Set<Sign>(['thanks']), null, new Set<Sign>(['belongings']), new Set<Sign>(['time_to_go', 'going'])];
/**
 * A test for pickUnused: whether a reply of WARNING_SIGN_REPLIES speaks of a sign told in these
 * texts (the generic one when `generic`): "고마운 사람들에게 인사를 건넸다는 말" had been said to someone who
 * thanked nobody.
 */
export function warningReplyFits(text: string, earlier: readonly string[], generic: boolean): (reply: string) => boolean {
  const all = new Set<Sign>();
  for (const t of [...earlier, text].map(compact)) for (const s of signsIn(t)) all.add(s);
  return (reply) => {
    const signs = REPLY_SIGNS[WARNING_SIGN_REPLIES.indexOf(reply)];
    if (signs === undefined) return false;
    if (signs === null) return generic;
    return [...signs].some((s) => all.has(s));
  };
}

/**
 * Signs told of someone else, who gives the user things or says it of themselves ("할머니가 요즘
 * 자꾸 당신이 짐이라고 하세요" / "아끼던 반지도 저한테 주셨어요", which got "마음이 환해지는
 * 이야기네요", session 36): the one who worries gets the replies for them.
 */
const SOMEONE_ELSE = /(?:저한테|나한테|제게|저에게|나에게|우리한테)[^.?!]{0,8}(?:주셨|줬|주더|주시|넘겨)|(?:주셨|하셨|하세요|하시|드셨|했대|한대|하더라|주더라|줬대)/u;
const PERSON = /(?:할머니|할아버지|엄마|아빠|어머니|아버지|어머님|아버님|친구|언니|오빠|누나|형|동생|남편|아내|삼촌|이모|고모)(?:가|이|께서|는|도)/u;
export function signsOfSomeoneElse(text: string, earlier: readonly string[]): boolean {
  const t = text.normalize('NFC');
  return SOMEONE_ELSE.test(t) && [...earlier, t].some((x) => PERSON.test(x.normalize('NFC')));
}
export const OTHERS_SIGNS_PREFIX = 'safety:other-signs';
export const OTHERS_SIGNS_REPLY =
  '걱정되는 마음으로 지켜보고 있었군요. 아끼던 것을 나눠 주거나 스스로를 짐처럼 말하는 건 그냥 넘기지 말아야 할 신호일 수 있어요. 조용한 때에 혹시 죽고 싶은 마음이 있는지 직접 물어봐도 괜찮아요, 그렇게 묻는다고 그 생각이 커지지 않아요. 어떻게 말을 꺼낼지는 자살예방상담전화 109에서 가족으로서 함께 상담받을 수 있어요.';
/** "그냥 나이 드셔서 그런 거겠죠?" right after: not brushed off, nor made certain. */
const BRUSHES_OFF = /그런\s?거겠죠|그런\s?거\s?아닐까|괜찮겠죠|별일\s?(?:아니|없)겠|나이\s?(?:드셔서|들어서|먹어서|드시면|들면)|원래\s?그러/u;
export function brushesOff(text: string): boolean {
  return BRUSHES_OFF.test(text.normalize('NFC'));
}
export const BRUSH_OFF_REPLY =
  '그럴 수도 있어요. 그래도 마음에 걸리는 모습이 이어진다면 나이 탓으로만 넘기지 않았으면 해요. 괜한 걱정이었다면 그걸로 다행인 거고요. 한번 곁에 앉아 요즘 마음이 어떤지 물어볼 수 있을까요?';
export const WARNING_SIGN_PREFIX = 'safety:check-signs';
/** "어떻게 해야 할지 모르겠어요" after the signs told of someone else: what a family member can do. */
export const OTHERS_HOW_REPLY =
  '할 수 있는 건 생각보다 단순해요. 자주 안부를 묻고, 같이 시간을 보내고, 조용할 때 요즘 마음이 어떤지 직접 물어보는 거예요. 혼자 판단하기 어려우면 109에 전화해서 가족으로서 어떻게 하면 좋을지 상담받을 수 있어요. 지금 떠오르는 걱정 중에 제일 큰 건 뭐예요?';
