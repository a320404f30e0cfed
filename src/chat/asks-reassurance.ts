/**
 * "제가 나쁜 사람인가요", "이런 생각하는 제가 이상한걸까요?", "나 그렇게 별로인 사람인가": a direct
 * question about oneself, asked in the middle of a story. It went unanswered (a fourth anxiety
 * template), or an intent invented a story for it ("제가 나쁜 사람인가요", after a friend's
 * pregnancy news during IVF, got a break-up the user had started), in session 31. A counsellor
 * answers it first, without judging, and then asks on.
 */
export type Reassurance = 'bad' | 'weird' | 'worth' | 'doing_ok' | 'forgiven' | 'my_fault' | 'right_choice' | 'who_wrong';

const ME = '(?:제가|내가|저|나|난|전|저는|나는)?\\s?';
// "이런 생각하는 내가 이상한가" (a bare 가, session 35) had got "많이 속상했겠어요".
const ASK = '(?:걸까요?|건가요?|건지|거예요|거야|거죠|거지|가요|가(?![가-힣])|까요|나요|죠|지|인가요?|일까요?|이에요|이야|임|인\\s?듯)';
const BAD = new RegExp(`${ME}(?:진짜|정말|너무|좀)?\\s?(?:나쁜|못된|이기적인|못난|모진|독한)\\s?(?:사람|딸|아들|엄마|아빠|며느리|친구|언니|누나|형|오빠|동생|애|년|놈)?\\s?${ASK}|${ME}(?:진짜|정말|너무)?\\s?(?:나쁘죠|나쁜\\s?거죠|못됐죠|이기적이죠|이기적인가)`, 'u');
const WEIRD = new RegExp(`${ME}(?:진짜|정말|너무|좀)?\\s?(?:이상한|예민한|유난인|유난스러운|유난떠는|과민한|속\\s?좁은|비정상인?|과보호하는|과잉보호하는|오버하는|집착하는|극성인|극성맞은)\\s?(?:사람|거|걸)?\\s?${ASK}|${ME}(?:이상하죠|예민하죠|유난이죠)|나만\\s?(?:이래|그래|이런가|그런가|이상한가)`, 'u');
const WORTH = new RegExp(`${ME}(?:그렇게|진짜|정말|너무)?\\s?(?:별로인|한심한|매력\\s?없는|부족한|모자란)\\s?(?:사람|거|걸)?\\s?${ASK}`, 'u');

/** "나 잘하고 있는거 맞지?" after a month of getting over someone had got "어떻게 될지는 아직 아무도 모르지만…" (session 33). */
const DOING_OK = /잘\s?(?:하고|지내고|버티고|견디고|해\s?내고|이겨\s?내고)\s?있는\s?(?:거|걸|건)\s?(?:맞|겠|같)|잘\s?(?:하고|버티고|견디고)\s?있(?:죠|지|나요|는\s?걸까|는\s?거죠|는\s?거지)\s*[?？]?\s*$|이\s?정도면\s?잘\s?(?:한|하는|버틴|견딘)\s?(?:거|걸)/u;

/** Which question about oneself the turn asks, if any. It must be a question or end like one. */
/** "제가 이혼한 게 잘못인가요?" (a mother told "참고 살지 그랬냐") had got a stock menu (session 33). */
const MY_FAULT = /(?:제가|내가|저|나)\s?[^.?!]{0,14}(?:한|된|했던|선택한)\s?(?:게|것이|건|거)\s?(?:잘못|잘못된\s?(?:거|건|걸))(?:인가요|인가|일까요|일까|이에요|이야|이죠|인\s?거|예요)?\s*[?？]/u;
/** "보리가 저 원망하진 않겠죠?": forgiveness asked of someone lost or hurt. */
const FORGIVEN = /(?:저|나|절|날|저를|나를)?\s?원망(?:하진|하지는|하지)?\s?않(?:겠|을까|았|을)|원망할까|원망하겠죠|미워하(?:진|지는)?\s?않(?:겠|을까)|용서해\s?(?:줄까|주겠|줄\s?수)/u;

/** "나 잘한거 맞지?" after letting a dog go had got "어떻게 될지는 아직 아무도 모르지만…" (session 34). */
const RIGHT_CHOICE = /잘한\s?(?:건지|걸까|거였을까|거였는지)|잘\s?한\s?(?:거|걸|건|선택|결정|일)\s?(?:맞|이겠|일까|겠|이지|이죠|인가)|잘\s?(?:한|했)\s?(?:거|걸)(?:지|죠|까)|(?:맞는|옳은)\s?(?:선택|결정)(?:이었|였)?(?:을까|겠죠|겠지|인가|일까|이죠|이지)/u;

/**
 * "와이프랑 싸웠는데 내가 잘못한거 맞지?", "객관적으로 말해봐 누가 잘못했어": a verdict asked for. It got
 * an anger reflection and a stock line (session 35). The bot does not judge a fight it heard one
 * side of, and says so, warmly.
 */
const WHO_WRONG = /(?:내가|제가)\s?(?:더\s)?잘못(?:한|했)\s?(?:거|건|게)\s?(?:맞|아니)|누가\s?(?:더\s)?잘못(?:한|했)(?:어|어요|는지|냐|나요|거야|지)?|객관적으로\s?(?:말해|봐|판단|보면)/u;

export function asksReassurance(text: string): Reassurance | null {
  const t = text.normalize('NFC').trim();
  if (WHO_WRONG.test(t)) return 'who_wrong';
  if (FORGIVEN.test(t)) return 'forgiven';
  if (MY_FAULT.test(t)) return 'my_fault';
  // Told of someone else ("걔가 나쁜 사람인가"), not asked of oneself.
  if (/(?:걔|그\s?사람|그\s?친구|남편|아내|남친|여친|엄마|아빠|팀장|상사|시어머니)(?:가|는|이|은)\s?(?:진짜\s?)?(?:나쁜|이상한|못된|예민한|별로인)/u.test(t)) return null;
  if (BAD.test(t)) return 'bad';
  if (WORTH.test(t)) return 'worth';
  if (WEIRD.test(t)) return 'weird';
  if (DOING_OK.test(t)) return 'doing_ok';
  if (RIGHT_CHOICE.test(t)) return 'right_choice';
  return null;
}

export const REASSURANCE_REPLIES: Record<Reassurance, readonly string[]> = {
  bad: [
    '아니요, 나쁜 사람이 아니에요. 지치고 힘들 때 그런 마음이 스치는 건 누구에게나 있는 일이고, 그걸로 이렇게 자신을 탓한다는 것 자체가 마음을 많이 쓰고 있다는 뜻이에요. 요즘 얼마나 지쳐 있어요?',
    '그런 마음이 들었다고 나쁜 사람이 되는 건 아니에요. 서로 다른 마음이 한꺼번에 드는 건 자연스러운 일이에요. 지금 가장 크게 남아 있는 마음은 뭐예요?',
  ],
  weird: [
    '전혀 이상하지 않아요. 그런 상황이라면 많은 사람이 비슷한 마음을 느껴요. 그 마음이 어디서 오는지 조금 더 들려줄래요?',
    '이상한 게 아니라, 그만큼 마음을 많이 쓰고 있다는 뜻일 수 있어요. 마음이 드러나는 모습은 사람마다 달라요. 어떤 순간에 그 생각이 제일 많이 들어요?',
  ],
  my_fault: [
    '아니요, 잘못이 아니에요. 그때는 그 자리에서 할 수 있는 최선을 골랐고, 그 선택에는 그만한 이유가 있었을 거예요. 누군가의 말이 그 선택을 다시 흔들었다면 그 말이 더 아프게 남았겠어요. 그 말을 들은 뒤로 마음이 어땠어요?',
  ],
  forgiven: [
    '원망하지 않을 거예요. 그 선택이 얼마나 아팠는지, 또 얼마나 아끼는 마음으로 내린 결정인지가 지금 이 질문에 다 담겨 있어요. 그 마음을 자책으로만 남겨 두지 않았으면 해요. 요즘 그 생각이 가장 많이 드는 때는 언제예요?',
  ],
  right_choice: [
    '네, 잘한 거예요. 이렇게 묻는 마음에 얼마나 아끼고 고민했는지가 다 담겨 있어요. 쉽지 않은 결정을 그 자리에서 최선을 다해 내렸어요. 지금 제일 마음에 걸리는 건 뭐예요?',
    '정답이 없는 일이라 더 흔들리죠. 그래도 그때 가진 마음과 사정으로 고른 최선이었다는 건 분명해요. 그 결정을 내리기까지 어떤 마음이었어요?',
  ],
  who_wrong: [
    '누가 더 잘못했는지는 한쪽 이야기만 들은 제가 판단하기 어려워요. 다만 이렇게 스스로 돌아보는 것 자체가 그 관계를 아끼고 있다는 뜻이에요. 어떤 일로 다투게 됐는지 들려줄래요?',
    '잘잘못을 가리기 전에, 그 싸움에서 서로 무엇이 서운했는지부터 보면 실마리가 보이기도 해요. 상대는 어떤 점에 가장 화가 난 것 같아요?',
  ],
  doing_ok: [
    '네, 잘하고 있어요. 이렇게 스스로를 돌아보며 묻는다는 것부터가 마음을 잘 챙기고 있다는 뜻이에요. 요즘 가장 달라졌다고 느끼는 건 뭐예요?',
    '그럼요, 충분히 잘하고 있어요. 하루하루 지나온 것만으로도 쉽지 않은 일이었을 거예요. 요즘 스스로에게 가장 칭찬해 주고 싶은 건 뭐예요?',
  ],
  worth: [
    '별로인 사람이라서가 아니라, 지금 많이 지쳐서 스스로를 그렇게 보게 되는 걸 수도 있어요. 제가 들어 온 이야기만 봐도 그렇게 작은 사람이 아니에요. 언제부터 자신을 그렇게 보게 됐어요?',
    '그런 생각이 들 만큼 마음이 다쳤나 봐요. 한 번의 일이 사람 전체를 말해 주지는 않아요. 누가, 혹은 어떤 일이 그렇게 느끼게 했어요?',
  ],
};
export const REASSURANCE_PREFIX = 'reassure';
