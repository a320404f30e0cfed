/**
 * A turn that asks how to do something, or what to say, inside the user's story: "어떻게 하면
 * 화해할 수 있을까?", "장례식장에서 뭐라고 해야 돼?", "부모님께 어떻게 말하지". Before, such a turn
 * got the generic advice intent ("무엇이 가장 두려운지 떠올려 보면…"), a reflection of a feeling it
 * did not tell ("그렇게 화가 나는 건…" to the funeral question) or the condolences meant for the
 * bereaved (session 30, a helper talking to the app). A counsellor answers such a question with
 * something to hold on to, briefly and without a lecture, and then asks one thing back.
 *
 * The topics are the common ones of counselling chat; for each there is concrete, widely given
 * advice (listening before advising, a short apology for one's own part, saying no briefly…).
 * An open question with none of them gets an honest reply that offers to think it through
 * together (`open`). Yes-or-no choices are asks-advice.ts's.
 */
import { detectLifeEvent, KIN, OTHERS } from './life-events';

export type HowTopic =
  | 'condolence'
  | 'comfort'
  | 'reconcile'
  | 'confess'
  | 'tell'
  | 'refuse'
  | 'sleep'
  | 'baby_sleep'
  | 'nerves'
  | 'move_on'
  | 'make_friends'
  | 'reach_out'
  | 'panic'
  | 'focus'
  | 'open';

/** Words that ask how, or what to say. */
const HOW =
  /어떻게|어떡하면|어떡해야|어케|어캐|어찌\s?(?:해야|하면)|무슨\s?말|어떤\s?말|뭐라고|뭐라\s?(?:해|하|말)|방법|요령|팁|비결|(?:는|하는|드는|지는|사는|내는)\s?법|뭘\s?(?:해야|하면|하며|하면서)|뭐부터|뭐\s?(?:해야|하면)|할\s?수\s?있는\s?(?:게|건|일)|언제\s?(?:말|얘기|이야기|알려|알리|해야)|어디서?부터|무엇부터|뭐\s?(?:입|챙기|사|가져|준비|보내|써)|뭘\s?(?:입|챙기|사|가져|준비|보내|확인)|얼마나?\s?(?:정도\s?)?(?:내|넣|해|드려|보내)|예절|매너|에티켓/u;

/** …asked: a question, or not knowing. */
const ASKING =
  /[?？]|모르겠|모르겟|모름|막막|고민|알려|가르쳐|궁금|(?:까|까요|나|나요|지|지요|죠|돼|되나|될까|할지|될지|좋을지|을지|는지|하지|하죠|할까|해야\s?(?:돼|해|함|됨)|해야\s?하나|있을까|없을까|없나|있나|있어|없어|되지|하냐|하니|(?:돼|되나|해|하나|까)요|거야|건가|몰라)\s*[.…~ㅠㅜ]*\s*$|(?:까|까요|나요|할지|될지|을지|는지|야\s?돼|야\s?하나|면\s?돼)(?=\s|$|[?.…~ㅠㅜ])|(?:어떻게|어케|어캐|어떡|뭐라고|뭘|뭐)\s?(?:[가-힣]+\s?){0,2}[가-힣]*[어아해요지까져]\s*[?.…~ㅠㅜ]*\s*$|(?:방|법)\s?좀|(?:하지|할까|될까|말하지)(?=[.…\s])/u;

/** Not a question about what to do: indignation, reported speech, resignation, a way found. */
const NOT_HOW =
  /어떻게\s?(?:[가-힣]+\s){0,2}(?:잘\s)?(?:했|됐|끝났)(?:어|다|음|네)\s*[.…~ㅠㅜ!]*\s*$|^뭐라고\s?[?？]|(?:라고|했는지|했는\s?줄)\s?(?:알아|아냐|알아요|아세요)|알려\s?(?:줘서|주셔서|준\s?(?:거|덕))|도움\s?(?:됐|되었|이\s?됐)|어떻게\s?(?:[가-힣]+\s){0,3}[가-힣]*(?:봤|했|됐|갔|왔|지나갔|끝났|버텼|살았|견뎠|넘겼|대답했)는지|뭐라고\s?(?:[가-힣]+\s){0,2}[가-힣]*(?:했|대답했|말했)는지|(?:이미|벌써)[^.?!]{0,10}정했|다\s?정했|어떻게\s?(?:[가-힣0-9]+\s){0,3}(?:이렇게|그렇게|저렇게)|어떻게\s?[가-힣]*(?:봤|했|됐|갔|왔|지나갔|끝났)는지|어떻게\s?(?:그럴|그런|이럴|이런|나한테|저한테|내게|제게|사람이|그렇게|저렇게|감히)|어떻게든|어떻게\s?(?:됐|되었|지내|지냈|알았|알고|생각해|보면|보여|들려)|(?:(?:나|저|내|우리)(?:한테|에게|보고|더러)(?:만|도|는)?|또|맨날|만날|자꾸|계속|매번|늘|툭하면)\s?뭐라(?:고)?\s?(?:해|하|함|그래|그러)(?![야면지])|뭐라고\s?(?:했냐|했는지|하더라|했어|했더니|하길래|한\s?줄|하던|했던|하셨|하시더|그러|했다)|방법을?\s?(?:찾았|알았|알아냈)|방법이\s?없(?:다|네|어|었|잖)|방법밖에/u;

/** Questions to the bot about itself are the meta intents'. */
const TO_THE_BOT = /(?:^|\s)(?:너|넌|니가|네가|당신|쉼표)(?:는|도|가|이|라면|한테)?\s/u;

/** A funeral visited as a guest: what the condolence replies presume, with someone else's loss. */
const FUNERAL_GUEST = new RegExp(
  [
    '조문|문상|조의금|부의금|상주|유족|(?:부친|모친|빙부|빙모|조부|조모|시부|시모|남편|부인)상',
    '장례식장?에?\\s?(?:가|갈|가야|가는|가면|다녀|갔)|장례식장?\\s?(?:예절|에서|갈\\s?때|복장|옷|처음|가\\s?봐)|빈소에?\\s?(?:가|갈|가야|가면|다녀)',
    // The bereaved named as the one to speak to: "이모부가 돌아가셨는데 이모한테 무슨 말을".
    '(?:돌아가셨|세상을?\\s?떠났|별세|하늘나라)[^.?!]{0,20}(?:한테|에게|께)\\s?(?:[가-힣]+\\s)?(?:무슨|뭐라고|어떤|어떻게)',
  ].join('|'),
  'u',
);

/** The user's own loss: then the condolence replies, meant for a guest, do not fit. */
const OWN_LOSS = new RegExp(`(?<!${OTHERS}(?:의|가|이|는|은)?\\s?(?:[가-힣]+\\s)?)(?:(?:우리|내|제)\\s?)?${KIN}(?:가|이|께서|를|을|의)?\\s?(?:[가-힣]+\\s){0,2}(?:돌아가|세상을?\\s?떠|별세|떠나셨|하늘나라|장례|발인)`, 'u');

/** The bereaved as the one to speak to: "할머니 돌아가신 친구한테". */
const BEREAVED_OTHER = new RegExp(`(?:돌아가신|떠나신|잃은|보낸|상\\s?당한)\\s?${OTHERS}`, 'u');

function condolence(text: string): boolean {
  if (detectLifeEvent(text)?.id === 'others_loss' || BEREAVED_OTHER.test(text)) return true;
  return FUNERAL_GUEST.test(text) && !OWN_LOSS.test(text);
}

/** Someone close who is struggling (not a death), told as another's state: what the comfort replies presume. */
const THEIR_STATE =
  '(?:암|투병|입원|수술|항암|아프|울고(?!\\s?싶)|(?:우울|힘들|아프|슬프)다는|울던데|번아웃|처져|축\\s?처|말수가\\s?줄|망하고|하기\\s?싫다고|우울하다고|힘들다고\\s?하|힘들어\\s?하|힘들어해|힘든가\\s?봐|힘들대|우울해\\s?하|우울하대|우울증|공황|슬퍼하|아파하|아프대|아프시|편찮|투병|울고\\s?있|우는데|울더라|울었대|무너져\\s?있|지쳐\\s?있|괴로워하|따돌림|왕따|방에만|밥도\\s?안\\s?먹)';
const COMFORT = new RegExp(
  [
    `(?:${OTHERS}|${KIN}|가족|애)(?:가|이|는|은|도|께서)?\\s?[^.?!]{0,30}${THEIR_STATE}`,
    `(?:${OTHERS}|${KIN})[^.?!]{0,40}(?:해\\s?줘야|해\\s?드려야|해\\s?줄\\s?수|해\\s?드릴\\s?수)`,
    `(?:우울한|아픈|아파하는|힘들어하는|슬퍼하는|우는|우울증\\s?(?:있는|걸린)|공황\\s?(?:있는|온)|투병\\s?중인|암\\s?걸린)\\s?(?:${OTHERS}|${KIN})`,
    '위로(?:해|를|하|할|의|\\s?(?:좀|어떻게))|달래|기운\\s?나게|힘\\s?나게|기분\\s?(?:풀어|좋게)|어케\\s?도와|힘이\\s?(?:되어|돼|될|되)|(?:어떻게|뭘)\\s?도와|도와\\s?(?:줘야|주지|줄|드려야|드릴)|도움이\\s?(?:되어?|될)\\s?(?:주|줄|드릴|수)|곁에서|옆에서|병문안',
  ].join('|'),
  'u',
);

const RECONCILE =
  /싸우|싸웠|싸워|싸운|다투|다퉜|다툰|냉전|서먹|틀어|삐졌|삐진|토라|오해|사이가?\s?(?:좋아|나빠|멀어)|화해|사과(?:를|하|해|할|의|문|\s?(?:해|하|드리|드려))?|오해를?\s?(?:풀|풀어)|사이를?\s?(?:풀|회복|되돌|돌리)|다시\s?(?:친해|잘\s?지내|예전처럼|사이\s?좋)|관계를?\s?(?:회복|되돌|풀|돌리)|(?:화|마음)를?\s?(?:좀\s)?풀어\s?(?:주|줄|드)|풀고\s?싶|화난\s?(?:거|걸|마음)|기분\s?풀어/u;

const CONFESS = /(?:밥|커피|영화|술|데이트)\s?(?:먹자|마시자|보자|하자)고|크러쉬|크러시|짝남|짝녀|좋아하는\s?(?:사람|애|분|오빠|누나|형)|DM|디엠|티를?\s?(?:내|낼)|번호\s?(?:를\s?)?(?:어떻게\s?)?(?:물어|따|달라|받)|고백|좋아한다고|마음을?\s?(?:전하|전할|전해|표현|고백|알리)|사귀자고|데이트\s?신청|번호를?\s?(?:물어|따|달라)|(?:관심|호감)을?\s?(?:표현|보여|티)|썸(?:을|에서)|짝사랑/u;

const TELL = new RegExp(
  [
    '(?:부모님|엄마|아빠|어머니|아버지|가족|집|남편|아내|와이프|남친|여친|애인|회사|팀장님?|부장님?|상사|사장님?|친구|동생|언니|오빠|누나|형|시댁|친정|애들|아이들|아이|교수님|선생님|담임)(?:한테|께|에게|께는|한텐|에는|께서)\\s?(?:[가-힣]+\\s){0,5}(?:말|얘기|이야기|알리|알려|털어놓|털어놔|털어놀|꺼내|말씀|밝히|전하|설명)',
    '말을?\\s?(?:꺼내|꺼낼|어떻게\\s?꺼)|말씀을?\\s?(?:드려|드릴|어떻게)|(?:어떻게|뭐라고)\\s?(?:말씀|말을?\\s?꺼|알려야|알리|털어놓|밝혀)',
    '(?:퇴사|그만둔다|그만둔다는|이혼|헤어졌다는|헤어진\\s?거|자퇴|휴학|커밍아웃|임신|떨어졌다는|떨어진\\s?거|잘렸다는|사표)[^.?!]{0,15}(?:어떻게|뭐라고)\\s?(?:말|얘기|이야기|알리|알려|털어|꺼내|말씀)',
  ].join('|'),
  'u',
);

const REFUSE = /(?:회식|모임|약속|행사|술자리|단톡)[^.?!]{0,30}(?:빠지|빠질|안\s?가|빼)|경계를?\s?(?:정하|정해|세우|세워|긋)|그만(?:하라|해\s?달라|좀\s?하라)고|그만\s?(?:물어|하시|하실|좀\s?하)|거절(?!\s?당|당|\s?받|받)|싫다고\s?(?:말|하|얘기)|안\s?된다고|못\s?한다고|못\s?간다고|(?:부탁|제안|초대|권유)을?\s?(?:거절|안\s?받|뿌리|거부)|선을?\s?(?:긋|그어|그을)|(?:no|노)라고|싫은\s?(?:건|걸)\s?싫다/u;

/** A baby or small child who will not sleep: the adult sleep advice would not fit. */
const BABY_SLEEP = /(?:아기|애기|아가|신생아|갓난|아이|애|딸|아들)(?:를|가|는|이|도)?\s?(?:[가-힣]+\s){0,2}(?:재우|재울|재워|안\s?자|잠을?\s?안|자꾸\s?깨|밤에\s?깨|깨서|잠투정)|재우|재울|재워|통잠|수면\s?교육|잠투정|눕히면/u;

const SLEEP = /잠\s?(?:빨리|잘|쉽게)?\s?드|수면|못\s?자|못자|잘\s?자려면|밤에\s?(?:잘|잠)|잠을?\s?(?:못|설치|설쳐)|(?:편하게|푹|깊게|깊이)\s?잘\s?수|잠들|잠을?\s?(?:자|잘|푹|깊이|좀)|잠이?\s?(?:오|안\s?(?:와|오)|잘\s?(?:와|오))|불면|숙면|꿀잠|일찍\s?(?:자|잠)|깊게\s?자|푹\s?자/u;

const NERVES = /긴장(?:을|이)?\s?안\s?(?:할|하|해)|긴장\s?돼|긴장되|긴장이\s?돼|무대\s?공포|떨려서|머리가\s?하얘|덜\s?긴장|긴장\s?(?:안\s?하|덜\s?하|안하)|멘탈|안\s?떨|덜\s?떨|떨지|떨리는\s?(?:거|걸|게)|긴장(?:을|이|감)?\s?(?:풀|안\s?하|덜|안\s?되|푸는|줄이|없애)|긴장\s?안|안\s?긴장|침착|진정(?:하|시키|이\s?안|되)|떨림|울렁증|떨려서/u;

const MOVE_ON = /후회[^.?!]{0,10}그만|그만\s?(?:하려|하고\s?싶)|자꾸\s?생각나|안\s?떠올|떠오르지\s?않|생각이\s?안\s?나게|(?:짝사랑|미련|마음|감정|관계|생각)(?:을|를)?\s?정리|털어버|떨쳐|끊어\s?내|털고\s?일어|다시\s?일어|잊(?:을|어|고|는|으려|혀|지|기)|마음(?:을|이)?\s?정리|극복|벗어나|털어\s?내|털어버리|놓아\s?주|그만\s?생각|생각\s?(?:안\s?나게|을\s?멈추|을\s?끊|좀\s?그만)|미련|단념/u;

/** Reaching a child, a parent or a partner who has shut off: not making new friends. */
const REACH_OUT =
  /(?:아들|딸|아이|애(?!들)|자식|엄마|아빠|부모님|남편|아내|와이프|손주|동생|형|오빠|누나|언니)(?:가|이|는|은|랑|하고|한테|에게)?\s?(?:\S+\s){0,3}(?:말을?\s?(?:안|잘\s?안|걸|건네|붙)|대화(?:를|가)?\s?(?:안|못|없|하려면|해\s?보)|방문을?\s?(?:닫|잠)|문\s?닫고|눈도\s?안|다가가|마음을?\s?(?:열|안\s?열|닫))|마음을?\s?열게|말문을?\s?(?:열|트)|다시\s?가까워|남\s?같/u;

/** Panic or its symptoms when they come: grounding, breathing, knowing it passes. */
const PANIC = /공황|과호흡|숨이\s?(?:막|안\s?쉬어|가빠)|심장이\s?(?:막\s?)?(?:뛰|두근)|발작/u;

const MAKE_FRIENDS = /친해져|아싸|친구[^.?!]{0,10}사귀|사귀는\s?법|가까워지|가까워질|사람(?:들)?을?\s?(?:만나|사귀)|(?:어떻게|어디에?)\s?(?:껴|끼)|친해지|친해질|친구를?\s?(?:사귀|만들|만나|만들|사귈)|친구\s?(?:사귀|만드)|어울리|어울릴|(?:친구|사람|반\s?애들|애들|동기|동료)(?:한테|에게|들한테|들에게)\s?(?:[가-힣]+\s)?말을?\s?(?:걸|트)|무리에?\s?(?:끼|들어)|인맥|적응하|적응할|겉돌|낯(?:을|가림)/u;

const FOCUS = /동기를?\s?(?:찾|부여|생기)|의지|몰입|미루다|미리\s?(?:하|할|해)|마감|(?:책상|공부|과제|숙제|일)[^.?!]{0,25}시작|집중|공부(?:를|가)?\s?(?:잘|하게|되|손에|시작)|의욕|동기\s?부여|미루(?:지|는|기)|게으름|게을러|습관|손에\s?(?:안\s?잡|잡히)|폰을?\s?(?:덜|안|끊)|유튜브를?\s?(?:끊|덜|안)|꾸준히/u;

/** In the order they are tried: the most particular first. */
const TOPICS: ReadonlyArray<readonly [Exclude<HowTopic, 'open'>, RegExp | ((text: string) => boolean)]> = [
  ['condolence', condolence],
  ['reconcile', RECONCILE],
  ['refuse', REFUSE],
  ['baby_sleep', BABY_SLEEP],
  ['sleep', SLEEP],
  ['nerves', NERVES],
  ['move_on', MOVE_ON],
  ['confess', CONFESS],
  ['panic', PANIC],
  ['reach_out', REACH_OUT],
  ['make_friends', MAKE_FRIENDS],
  ['comfort', COMFORT],
  ['tell', TELL],
  ['focus', FOCUS],
];

/** Topics told only by the words of saying something, which a story's topic outweighs. */
const PLAIN_TOPICS: ReadonlySet<HowTopic> = new Set(['tell', 'make_friends', 'confess']);

/** A question no longer than this may take its topic from the turns before ("뭐라고 해야 돼?"). */
export const HOW_CONTEXT_MAX_CHARS = 30;

function topicOf(text: string): Exclude<HowTopic, 'open'> | null {
  for (const [topic, test] of TOPICS) if (typeof test === 'function' ? test(text) : test.test(text)) return topic;
  return null;
}

/**
 * The topic of an open how-question, or null when the turn asks none. `earlier` are the user's
 * last turns, oldest first: a short question takes its topic from them when it names none.
 */
export function asksHow(text: string, earlier: readonly string[] = []): HowTopic | null {
  const t = text.normalize('NFC').trim();
  if (!t || t.length > 160 || !HOW.test(t) || !ASKING.test(t) || NOT_HOW.test(t) || TO_THE_BOT.test(t)) return null;
  const own = topicOf(t);
  // What to say, asked after a loss or someone's struggle was told, is asked about that
  // ("가서 친구한테 뭐라고 말해야 할지 모르겠어요" after a friend's mother died): the plain topics
  // of saying something give way to the story's.
  const before = [...earlier].reverse().map((b) => topicOf(b.normalize('NFC')));
  const story = before.find((b) => b === 'condolence' || b === 'comfort' || b === 'reach_out');
  if (own && !(story && PLAIN_TOPICS.has(own))) return own;
  if (story) return story;
  if (t.length <= HOW_CONTEXT_MAX_CHARS) {
    const topic = before.find((b) => b !== null);
    if (topic) return topic;
  }
  return own ?? 'open';
}

/** Replies for each topic: something concrete to hold on to, then one question back. */
export const HOW_REPLIES: Readonly<Record<HowTopic, readonly string[]>> = {
  condolence: [
    '그 자리에서는 긴 말보다 짧은 한마디가 더 위로가 돼요. "얼마나 상심이 크세요", "뭐라 드릴 말씀이 없네요" 정도면 충분하고, 말없이 손을 잡거나 잠시 곁에 있어 주는 것도 큰 힘이 돼요. 그분과는 어떤 사이예요?',
    '"힘내"나 "좋은 곳 가셨을 거야" 같은 말보다, 슬픔을 그대로 알아주는 말이 더 깊이 닿아요. "소식 듣고 많이 놀랐어. 마음이 얼마나 아파" 하고 건넨 다음에는 들어 주기만 해도 돼요. 장례가 끝나고 며칠 뒤에 한 번 더 연락해 주면 오래 기억에 남고요. 가기 전에 마음에 걸리는 게 있어요?',
  ],
  comfort: [
    '해결책을 찾아 주려고 하기보다 "많이 힘들었겠다" 하고 마음을 먼저 알아주는 게 가장 큰 위로가 될 때가 많아요. 그다음엔 재촉하지 않고 이야기가 나올 때까지 기다려 주면 돼요. 요즘 그분은 어떤 일로 힘들어해요?',
    '좋은 말을 찾으려고 애쓰지 않아도 괜찮아요. "네 편이야", "필요하면 언제든 불러" 같은 짧은 말과 꾸준히 곁에 있는 것이 생각보다 큰 힘이 돼요. 다만 너무 힘들어 보이면 전문가의 도움을 함께 찾아보자고 권해 주세요. 그 사람 곁에서 정작 자신은 어떤 마음이에요?',
  ],
  reconcile: [
    '화해는 누가 옳았는지 가리기보다, 관계를 다시 잇고 싶다는 마음을 먼저 보여 주는 데서 시작돼요. "그때 내가 한 말은 미안했어"처럼 내 몫만 짧고 분명하게 사과하고, 상대의 이야기는 끝까지 들어 주세요. 상대에게 가장 먼저 하고 싶은 말은 뭐예요?',
    '얼굴 보고 말하기 어렵다면 짧은 메시지로 먼저 문을 열어도 괜찮아요. 변명 없이 "그날 일이 계속 마음에 걸렸어, 미안해" 정도면 충분하고, 답이 바로 오지 않아도 상대에게 시간을 주는 게 좋아요. 둘 사이가 틀어진 건 어떤 일 때문이었어요?',
  ],
  confess: [
    '고백은 거창한 말보다 솔직한 한두 문장이 더 잘 전해져요. 둘이 편하게 이야기할 수 있는 자리에서, 대답은 천천히 해도 된다고 먼저 말해 주면 상대도 부담을 덜 느껴요. 그 사람의 어떤 점이 좋아요?',
    '마음을 전하기 전에 조금씩 가까워지는 시간을 갖는 것도 방법이에요. 자주 이야기를 나누고 같이 시간을 보내다 보면 상대의 마음도 어느 정도 보이거든요. 지금 두 사람은 어느 정도 가까운 사이예요?',
  ],
  tell: [
    '말을 꺼내기 전에 꼭 전하고 싶은 한 문장을 먼저 정해 두면 덜 흔들려요. 변명보다 있었던 일과 지금 내 마음을 짧게 말하고, 상대가 놀라거나 서운해해도 한 번에 다 이해받으려 하지 않아도 괜찮아요. 말했을 때 어떤 반응이 제일 걱정돼요?',
    '어려운 이야기는 시간 여유가 있고 둘 다 마음이 편할 때 꺼내는 게 좋아요. "할 말이 있는데 잠깐 들어 줄 수 있어요?" 하고 운을 떼면 시작이 한결 수월해져요. 그 이야기를 들으면 상대는 어떤 반응을 보일 것 같아요?',
  ],
  refuse: [
    '거절은 관계를 끊는 말이 아니라 내 사정을 알리는 말이에요. 이유를 길게 대기보다 "이번엔 어려울 것 같아, 미안해"처럼 짧고 분명하게 말하는 편이 서로 덜 지쳐요. 거절하고 나면 어떤 점이 제일 마음에 걸려요?',
    '바로 대답하기 어렵다면 "생각해 보고 말해 줄게" 하고 시간을 버는 것도 좋아요. 마음을 정리한 뒤에 차분히 거절하면 덜 흔들려요. 그 부탁이 특히 부담스러운 이유가 있어요?',
  ],
  sleep: [
    '잠은 애쓸수록 멀어지기도 해요. 잠들기 한 시간 전부터는 화면을 멀리하고, 누운 지 20분이 지나도 잠이 안 오면 잠깐 일어나 조용한 일을 하다가 졸릴 때 다시 눕는 게 도움이 돼요. 매일 같은 시간에 일어나는 것도요. 요즘은 보통 몇 시쯤 잠들어요?',
    '누워서 생각이 꼬리를 물면 머릿속 걱정을 종이에 적어 두고 "내일 다시 보자" 하고 내려놓는 방법이 있어요. 천천히 숨을 길게 내쉬는 것도 몸을 쉬게 해 줘요. 잠이 안 올 때 주로 어떤 생각이 떠올라요?',
  ],
  baby_sleep: [
    '아기마다 달라서 정답은 없지만, 매일 같은 순서로 재우는 습관(씻기기, 수유, 조명 낮추기, 자장가)이 도움이 된다고들 해요. 깊이 잠든 뒤보다 졸려 할 때 눕혀 보는 것도 방법이고요. 밤마다 버티는 부모에게도 잠깐씩이라도 쉴 틈이 꼭 있어야 해요. 요즘은 하룻밤에 몇 번쯤 깨요?',
    '재우는 일이 매일 씨름처럼 느껴지면 몸도 마음도 바닥나죠. 방을 어둡고 조용하게 해 두고, 잠들기 전 한 시간은 차분한 놀이로 바꿔 보는 걸 많이 권해요. 오래 이어지면 소아과에 수면 상담을 받아 보는 것도 좋아요. 교대로 재워 줄 사람이 곁에 있어요?',
  ],
  nerves: [
    '떨리는 건 잘하고 싶은 마음이 몸으로 드러나는 거라, 없애려 하기보다 다독이는 편이 쉬워요. 넷을 세며 들이쉬고 여섯을 세며 내쉬는 숨을 몇 번 해 보고, 처음 한두 문장만 입에 붙을 만큼 연습해 두면 시작이 한결 수월해져요. 어떤 자리를 앞두고 있어요?',
    '긴장을 완전히 없애기보다 "떨리는 게 당연하지" 하고 인정해 주면 오히려 덜 커져요. 실제와 비슷한 상황에서 한두 번 미리 해 보는 것도 큰 도움이 되고요. 제일 떨리는 순간은 언제예요?',
  ],
  move_on: [
    '억지로 잊으려 할수록 더 자주 떠오르기도 해요. 잊는 것보다, 떠올라도 덜 아픈 날이 조금씩 늘어나는 걸 목표로 삼는 편이 덜 지쳐요. 생각날 때마다 가장 먼저 떠오르는 건 뭐예요?',
    '마음을 정리하는 데는 시간이 필요해요. 떠오르는 생각을 밀어내기보다 글로 적어 보거나 믿는 사람에게 털어놓으면 조금씩 가벼워지기도 해요. 요즘 그 생각이 제일 많이 나는 때는 언제예요?',
  ],
  make_friends: [
    '친해지는 데는 큰 계기보다 작은 대화가 여러 번 쌓이는 게 더 중요해요. 같은 수업이나 관심사처럼 이미 겹치는 데서 가볍게 한마디 건네 보는 것부터 시작해도 충분해요. 요즘 조금 더 가까워지고 싶은 사람이 있어요?',
    '처음부터 깊은 사이가 되려고 하기보다, 인사하고 안부를 묻는 작은 일을 꾸준히 하는 게 도움이 돼요. 내가 먼저 질문을 건네면 상대도 이야기를 꺼내기 쉬워지고요. 새로운 사람들 사이에서 제일 어려운 건 어떤 순간이에요?',
  ],
  reach_out: [
    '말을 걸 때는 큰 이야기보다 가벼운 한마디로 시작하는 게 부담이 덜해요. "요즘 어때?"보다는 좋아하는 음식이나 관심사처럼 대답하기 쉬운 것부터 묻고, 대답이 짧아도 다그치지 않는 게 좋아요. 예전에는 어떤 이야기를 자주 나눴어요?',
    '당장 대화가 길게 이어지지 않아도 괜찮아요. 함께 밥을 먹거나 같은 걸 보는 것처럼 말이 없어도 편한 시간을 자주 만들면 마음의 문이 조금씩 열리기도 해요. 말로 하기 어렵다면 짧은 쪽지나 메시지도 방법이에요. 지금 가장 마음에 걸리는 건 어떤 부분이에요?',
  ],
  panic: [
    '그럴 때는 숨을 길게 내쉬는 데 집중해 보세요. 넷을 세며 들이쉬고 여섯을 세며 내쉬기를 몇 번 하고, 눈에 보이는 것 다섯 가지를 하나씩 이름 붙여 보면 몸이 지금 여기로 돌아오는 데 도움이 돼요. 무엇보다 그 순간은 무서워도 반드시 지나간다는 걸 기억해 주세요. 치료받고 있는 곳이 있다면 그곳에서 배운 방법도 함께 써 보고요. 보통 어떤 상황에서 시작돼요?',
    '증상이 올 때는 싸워서 없애려 하기보다 "지금 공황이 왔구나, 곧 지나간다" 하고 알아차리는 것만으로도 조금 덜 휩쓸려요. 천천히 내쉬는 숨, 발바닥이 바닥에 닿는 감각에 집중하는 것도 도움이 돼요. 자주 반복된다면 꼭 전문가와 함께 방법을 찾아 주세요. 그럴 때 곁에 있어 줄 사람이 있어요?',
  ],
  focus: [
    '의지를 탓하기보다 시작을 쉽게 만드는 편이 효과가 좋아요. 25분 하고 5분 쉬는 식으로 짧게 끊거나, 휴대폰을 다른 방에 두는 것처럼 방해가 되는 걸 멀리 두는 것부터 해 보세요. 보통 어디에서 제일 많이 막혀요?',
    '할 일이 크게 느껴지면 시작 자체가 어려워져요. "책 펴고 한 쪽만 읽기"처럼 아주 작은 첫 단계를 정해 두면 생각보다 쉽게 이어져요. 요즘 제일 미루고 있는 일은 뭐예요?',
  ],
  open: [
    '딱 맞는 답을 바로 드리긴 어렵지만, 같이 하나씩 생각해 볼 수는 있어요. 지금까지 떠올려 본 방법이 있다면 들려줄래요?',
    '그 답을 제가 정해 드릴 수는 없지만, 함께 따져 볼 수는 있어요. 이 일이 어떻게 흘러가면 마음이 가장 편할 것 같아요?',
  ],
};

/**
 * Stopping what someone keeps saying or doing ("뭐라고 말해야 그만 물어보실까요", "사생활에 너무
 * 간섭하시는데"): a boundary, not a request turned down, so the refusal replies' "부탁" does not fit.
 */
const BOUNDARY = /그만|간섭|경계|선을?\s?(?:긋|그어|그을)|참견|잔소리|자꾸\s?물어|캐묻|선\s?넘/u;

const BOUNDARY_REPLIES: readonly string[] = [
  '듣기 힘든 말을 멈춰 달라고 하는 건 무례한 게 아니라 나를 지키는 일이에요. "그 얘기는 저희가 알아서 할게요"처럼 짧고 차분하게 말하고, 같은 말이 또 나오면 같은 문장을 되풀이하는 것만으로도 충분할 때가 많아요. 그 말을 들을 때 가장 힘든 건 어떤 부분이에요?',
  '선을 긋는 건 관계를 끊는 게 아니라 오래 편하게 지내기 위한 일이에요. 감정이 올라왔을 때보다 차분할 때 "그 얘기는 조금 힘들어요"라고 한 번 분명하게 말해 두면 다음이 한결 쉬워져요. 곁에서 편을 들어 줄 사람이 있어요?',
];

/** What to give, wear or do at a funeral: the customs, not only what to say. */
const ETIQUETTE = /조의금|부의금|부조|얼마|옷|입고|입어|복장|절(?:은|하|을|해)|예절|분향|헌화|향|봉투/u;

const ETIQUETTE_REPLIES: readonly string[] = [
  '조의금은 사이에 따라 다르지만 3만, 5만, 10만 원처럼 홀수 단위로 많이 해요. 옷은 검은색이나 어두운 색이면 충분하고, 빈소에서는 분향이나 헌화를 한 뒤 상주와 맞절이나 목례로 인사하면 돼요. 종교나 집안마다 방식이 달라서, 잘 모르겠으면 앞사람을 따라 해도 괜찮아요. 그분과는 어떤 사이예요?',
];

/** The replies for a how-question of this topic; boundaries and funeral customs get their own. */
export function howReplies(topic: HowTopic, text: string): readonly string[] {
  const t = text.normalize('NFC');
  if (topic === 'refuse' && BOUNDARY.test(t)) return BOUNDARY_REPLIES;
  if (topic === 'condolence' && ETIQUETTE.test(t)) return ETIQUETTE_REPLIES;
  return HOW_REPLIES[topic];
}

export const HOW_PREFIX = 'how';
/** Reply ids: `how:<topic>#<n>`, and `how:<topic>:own#<n>` for a topic's own pool (boundaries, funeral customs). */
export const howReplyPrefix = (topic: HowTopic, ownPool = false): string => `${HOW_PREFIX}:${topic}${ownPool ? ':own' : ''}`;

/**
 * "네 해볼게요" right after advice (a how-question's or a choice weighed): the plan is met with
 * encouragement, not a fresh question on another subject ("지금 있는 곳은 어떤 분위기예요?", session
 * 30, a helper's round).
 */
const WILL_TRY = /해\s?볼게|해\s?봐야겠|해\s?보겠|해\s?볼래|시도해\s?볼|그렇게\s?(?:해\s?볼|할게|해야겠)|말해\s?볼게|연락해\s?볼게|보내\s?볼게|물어\s?볼게|써\s?볼게|적어\s?볼게|도움\s?(?:이\s?)?(?:될|됐|되었)|좋은\s?(?:방법|생각)|알겠(?:어|습니다|어요)/u;
/** Going (to the doctor, to see someone): a plan only right after advice, else often a goodbye. */
const WILL_GO = /가\s?볼게|가\s?봐야겠|가\s?보려고|가\s?볼래/u;
/** Not a plan: the advice turned down, or leaving. */
const NOT_TRYING = /아닌|아니|별로|안\s?(?:될|돼|맞)|못\s?하|싫|글쎄|모르겠|자러|잘게|들어갈게|이만|갈게|바이|안녕/u;

/** A short plan to try something ("네 해볼게요", "응 짧게 보내볼게"); going, only right after advice. */
export function willTry(text: string, afterAdvice = true): boolean {
  const t = text.normalize('NFC').trim();
  return t.length <= 30 && !NOT_TRYING.test(t) && (WILL_TRY.test(t) || (afterAdvice && WILL_GO.test(t)));
}

export const WILL_TRY_REPLIES: readonly string[] = [
  '좋아요, 무리하지 말고 할 수 있는 만큼만 해 봐요. 해 보고 어땠는지 나중에 꼭 들려줘요.',
  '그렇게 마음먹은 것만으로도 한 걸음 나아간 거예요. 생각대로 안 되더라도 괜찮으니, 어땠는지 또 이야기해 줘요.',
];
export const WILL_TRY_PREFIX = 'how:will-try';

