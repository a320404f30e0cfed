/**
 * Careful replies (session 38, care). Testers found:
 *
 * 1. Withdrawing after a fight. "방에 들어와서 문 잠갔어요", after "오늘 엄마랑 싸웠어요" and "제 말을
 *    하나도 안 들어줘요", got «어이없고 황당한 상황이었네요. 그때 가장 화가 났던 순간은 언제였어요?» (and
 *    before that an after-work line, «편한 옷으로 갈아입고 쉬는 그 순간이 제일 좋죠»). Someone who shut the
 *    door after a fight needed room; a counsellor says that the room is all right and asks gently how
 *    they are now, with no lesson and no "talk to them". `withdrewAfterFight` reads the user's own
 *    going in and shutting the door (방에 들어와서 문 잠갔어요, 방에 틀어박혀 있어요, 문 닫고 들어왔어요)
 *    with a fight told in the turn or the few turns before; not someone else shutting a door ("동생이
 *    방에 들어가서 문 잠갔어"), not a door locked for the night or a question ("문 잠갔나?"), and never
 *    when violence or fear was told (hiding from someone is danger-now.ts's and the safety path's).
 *
 * 2. A caregiver's "다 놓아버리고 싶어요". A son caring for a father with dementia for two years,
 *    who said siblings only send money and he would collapse first, then "솔직히 가끔은 다 놓아버리고
 *    싶어요", got the full crisis reply («지금 많이 위태로운 마음인 것 같아서 걱정돼요 … 지금 바로 전화해
 *    주세요»): the model half of safety.ts flags the broad cue 놓아버리. The wish to let go of caring
 *    is very often exhaustion, and sometimes a wish not to live; good practice is to ask plainly. So
 *    in a story of caring (`caringStory`: 치매, 간병, 모시다, 돌보다 a parent, child or spouse), a wish to
 *    let go (`letGoWish`: 다 놓아버리고 싶어, 다 내려놓고 싶어, 손 놓고 싶어) that is the only cue
 *    (`ambiguousOnly`: no explicit wish to die, no method, no plan) gets `CARE_CHECK_REPLIES`: the
 *    exhaustion named, and the direct question "혹시 살고 싶지 않다는 생각까지 드는 건지", with 109 in
 *    the same breath. The next turn is read in its light (`answerToCareCheck`): yes → the full crisis
 *    reply; no, or "그냥 지쳐서" → `careNoReply`, support for a caregiver's burnout (rest, sharing
 *    the care, the local 치매안심센터 for dementia, hedged); unsure → the help line again, gently.
 *    An explicit wish or a method goes straight to the crisis reply, as before; so does any cue after
 *    a check-in. The same words outside a story of caring keep today's path.
 *
 * 3. A death told as background. "아빠는 돌아가셨고 형은 미국에 있어서 내가 다 챙겨야돼", in a story of a
 *    mother just diagnosed with cancer, got the bereavement reply, and the turns after it were asked
 *    «그분께 미처 하지 못한 말이 있다면 어떤 말이에요?» and «그분과 함께한 시간 중에 요즘 자주 떠오르는 장면이
 *    있어요?» about a mother alive and about to have surgery. `deathAsBackground` reads a death told
 *    in passing (a family member marked with 은/는, the clause going on: 돌아가셨고, 돌아가셔서) while the
 *    story before is of someone living and ill; the engine then takes it as a detail of that story.
 *    Likewise "작년에 한번 유산했었어. 그래서 12주까지는 조심하래", told in the joy of a new pregnancy, got
 *    the reply for a loss just suffered («요즘 마음이 가장 무너지는 순간은 언제예요?»), and the songs asked
 *    for "오늘 기분에 맞는걸로" later opened «그리운 마음을 천천히 안아 줄 수 있는 노래들»: `pastLossInPregnancy`
 *    reads an earlier loss told inside a pregnancy now, answered as the worry it casts on this one.
 *
 * Pure functions.
 */
import type { SafetyVerdict } from './safety';

const nfc = (s: string): string => s.normalize('NFC').trim();

// ── 1. Withdrawing after a fight ───────────────────────────────────────────────────────────────

/** A fight told: "싸웠어요", "다퉜어", "한바탕 했어요", "소리 지르고", "말다툼". */
const FIGHT = /싸웠|싸우고|싸워서|싸움|다퉜|다투고|다퉈서|말다툼|언성|소리\s?(?:를\s)?(?:지르|질렀)|큰소리|대판|한바탕|혼났|혼나고|잔소리/u;
/** Violence or fear told: then a shut door may be hiding, which is not this module's. */
const DANGER = /때리|때려|때렸|맞았|맞고|맞을|폭력|폭행|던지|던졌|던져|부수|부쉈|칼|무서|무섭|두려|겁나|숨어|숨었|쫓아|따라와|문\s?(?:을\s)?(?:두드|부수|차|발로)|열라고|죽여|협박|경찰|112/u;
/** The user going in and shutting the door, or shut in a room. */
const WITHDREW =
  /(?:^|[\s,.])(?:(?:제|내|저|나|혼자)\s?)?(?:방|방문)(?:에|으로|안에|안으로)?\s?(?:혼자\s?)?(?:들어와서|들어와|들어왔|들어가서|들어갔|들어와\s?버렸|들어가\s?버렸|틀어박|박혀|처박혀|숨)[^.?!]{0,16}?(?:문(?:을|도)?\s?(?:잠갔|잠궜|잠가|잠궈|걸어\s?잠|닫았|닫고|쾅)|있어요|있어|있음|있다|있습니다|왔어요|왔어|왔다|왔음|버렸어요?|$)|(?:^|[\s,.])(?:방\s?)?문(?:을|도)?\s?(?:잠갔|잠궜|잠가\s?버렸|잠궈\s?버렸|걸어\s?잠갔|쾅\s?닫(?:았|고))/u;
/** Someone else did it ("동생이 방에 들어가서 문 잠갔어"), or a question ("문 잠갔나?"). */
const OTHER_DOER = /(?:엄마|아빠|어머니|아버지|동생|언니|누나|오빠|형|남편|아내|와이프|애|아이|아들|딸|걔|그\s?사람|룸메)(?:가|이|는|도|께서)\s?(?:[가-힣]+\s)?(?:방|문)/u;

/** Whether the user withdrew to a room after a fight told now or in the last few turns. */
export function withdrewAfterFight(text: string, earlier: readonly string[]): boolean {
  const t = nfc(text);
  if (!WITHDREW.test(t) || OTHER_DOER.test(t) || /[?？]|(?:잠갔|닫았|잠궜)(?:나|는지|던가)/u.test(t)) return false;
  const recent = [...earlier.slice(-4).map(nfc), t];
  if (recent.some((e) => DANGER.test(e))) return false;
  return recent.some((e) => FIGHT.test(e));
}

export const WITHDREW_REPLIES: readonly string[] = [
  '싸우고 나서 혼자 있을 공간이 필요했나 봐요. 문을 닫고 숨을 고르는 것도 마음을 지키는 한 방법이에요. 혼자 있으니 지금은 좀 어때요?',
  '그 자리에 더 있기 힘들어서 방으로 들어왔군요. 지금은 아무것도 정하지 않고 잠시 쉬어도 괜찮아요. 지금 마음은 좀 어때요?',
];
export const WITHDREW_PREFIX = 'care:withdrew';

// ── 2. A caregiver's wish to let go ───────────────────────────────────────────────────────────

const CARED = '(?:엄마|아빠|어머니|아버지|어머님|아버님|부모님|시어머니|시아버지|시부모님|장모님|장인어른|할머니|할아버지|남편|아내|와이프|아이|애|아들|딸|동생)';
/** A story of caring for a parent, child or spouse. */
const CARING = new RegExp(
  [
    '치매',
    '간병',
    '병간호',
    '병수발',
    '수발',
    '요양원',
    '요양병원',
    '요양보호',
    '주간보호',
    '돌봄',
    '대소변',
    '기저귀\\s?(?:갈|가는|갈아)',
    `${CARED}(?:을|를|도)?\\s?(?:혼자\\s?|계속\\s?|매일\\s?)?(?:돌보|돌봐|돌본|간호|케어|모시고\\s?(?:살|있)|모시는\\s?(?:게|것|거|일|중)|모신\\s?지)`,
    '모시(?:자니|느라|고\\s?(?:살|있)|는\\s?(?:게|것|거|일)|면서|기\\s?(?:가|도|힘)|고\\s?산\\s?지|신\\s?지)',
    '(?:발달)?장애(?:가\\s?있는|인\\s?(?:아이|아들|딸)|아동)',
  ].join('|'),
  'u',
);

/** Whether the turn or the story before it is one of caring for someone. */
export function caringStory(text: string, earlier: readonly string[]): boolean {
  return [...earlier.slice(-10), text].some((t) => CARING.test(nfc(t)));
}

/** "다 놓아버리고 싶어요", "다 내려놓고 싶어", "손 놓고 싶어요", "다 놔 버리고 싶다". */
const LET_GO =
  /(?:다|모두|전부|모든\s?(?:걸|것을?)|그냥\s?다)\s?(?:놓아\s?버리고|놔\s?버리고|놓아\s?버렸으면|놔\s?버렸으면|놓고|내려놓고|내려\s?놓고|내려놔\s?버리고)\s?(?:싶|쉽)|손(?:을)?\s?(?:다\s)?(?:놓아\s?버리고|놔\s?버리고|놓고)\s?(?:싶|쉽)/u;
/** An explicit wish to die or to vanish in the same turn: the crisis reply, never a check-in. */
const EXPLICIT = /죽|자살|자해|살기\s?싫|살고\s?싶지\s?않|살\s?이유|사라지고\s?싶|사라졌으면|없어지고\s?싶|끝내고\s?싶|끝내\s?버리|목숨|유서|약을\s?모|뛰어내/u;

export function letGoWish(text: string): boolean {
  const t = nfc(text);
  return LET_GO.test(t) && !EXPLICIT.test(t);
}

/**
 * Whether a verdict flags only ambiguous wording: broad cues of the suicide family (놓아, 내려놓,
 * 포기) or the indirect weak rules, and nothing strong, no farewell, no violence.
 */
export function ambiguousOnly(verdict: SafetyVerdict, indirect: (v: SafetyVerdict) => boolean): boolean {
  if (verdict.category === null) return true;
  if (verdict.category !== 'suicide') return false;
  if (verdict.hits.some((h) => h.category !== 'suicide' || h.level === 'strong')) return false;
  if (verdict.hits.some((h) => h.level === 'family' && h.rule !== 'suicide_family')) return false;
  // "그냥 다 내려놓고 싶어" is a weak rule of its own (safety-rules.ts weary_of_life), not one of the
  // indirect wordings safety-check.ts asks about; in a story of caring it is the same letting go.
  const weak = verdict.hits.filter((h) => h.level === 'weak');
  return weak.length === 0 || weak.every((h) => /내려놓고싶$/u.test(h.match)) || indirect(verdict);
}

/** Whether this turn gets the caregiver's check-in instead of the full crisis reply. */
export function caregiverLetGo(text: string, earlier: readonly string[]): boolean {
  return letGoWish(text) && caringStory(text, earlier);
}

export const CARE_CHECK_REPLIES: readonly string[] = [
  '곁에서 돌보는 일에 몸도 마음도 많이 지쳤겠어요. 중요한 거라서 조심스럽게 묻고 싶은데, 혹시 살고 싶지 않다는 생각까지 드는 건지 여쭤봐도 될까요? 그런 생각이 든다면 혼자 견디지 말고 자살예방상담전화 109에 전화해 주세요, 24시간 연결돼요.',
  '그렇게 말할 만큼 돌봄에 많이 지쳐 있는 게 느껴져요. 혹시 놓아버리고 싶은 마음에 살고 싶지 않다는 생각까지 들어 있는지 여쭤봐도 될까요? 그렇다면 자살예방상담전화 109가 24시간 언제든 연결돼요.',
];
export const CARE_CHECK_PREFIX = 'safety:check-care';

export type CareAnswer = 'yes' | 'no' | 'unsure';

/** Tired, not wishing to die: "그냥 지쳐서", "너무 힘들어서 그래요", "쉬고 싶다는 거예요". */
const ONLY_TIRED = /^(?:그냥\s?|너무\s?|좀\s?|많이\s?|솔직히\s?)*(?:지쳐서|지쳤|지친|힘들어서|힘들다는|쉬고\s?싶|좀\s?쉬고|숨\s?좀|벗어나고\s?싶다는|도망가고\s?싶다는)/u;

/**
 * How a turn answers the caregiver's check-in, given safety-check.ts's reading (`general`) of
 * yes, no and unsure. "그런 건 아니고 그냥 지쳐서" is no; "그냥 지쳐서요" alone, too.
 */
export function answerToCareCheck(text: string, general: CareAnswer | null): CareAnswer | null {
  const t = nfc(text);
  if (EXPLICIT.test(t) && !/(?:죽|살고\s?싶지\s?않|자살)[^.?!]{0,12}(?:건|거|생각|마음|뜻)(?:은|는|까지는?|까진)?\s?(?:아니|없)/u.test(t)) return 'yes';
  if (general) return general;
  return ONLY_TIRED.test(t) ? 'no' : null;
}

/** Support for a caregiver's burnout, after "no": rest, the care shared, help near them (hedged). */
export function careNoReply(story: readonly string[]): string {
  const dementia = story.some((t) => /치매/u.test(nfc(t)));
  const where = dementia
    ? '가까운 치매안심센터나 치매상담콜센터(1899-9988)에 가족이 쉬면서 돌봄을 나눌 방법을 물어봐도 좋아요.'
    : '지역마다 다르지만 주민센터나 가족센터에 돌봄을 나눌 지원이 있는지 물어볼 수도 있어요.';
  return `솔직하게 말해 줘서 고마워요, 돌봄은 혼자 끝까지 버틸 수 있는 일이 아니에요. ${where} 요즘 잠깐이라도 숨 돌릴 시간이 있어요?`;
}
export const CARE_NO_PREFIX = 'care:burnout';

// ── 3. A death told as background ─────────────────────────────────────────────────────────────

const KIN = '(?:엄마|아빠|어머니|아버지|어머님|아버님|할머니|할아버지|외할머니|외할아버지|남편|아내|형|오빠|언니|누나)';
/** "아빠는 돌아가셨고 …", "어머니는 5년 전에 돌아가셔서 …": a death in a clause that goes on. */
const DEATH_CLAUSE = new RegExp(`${KIN}(?:는|은|도)\\s?(?:[가-힣0-9]+\\s){0,3}(?:돌아가셨고|돌아가셔서|돌아가셨으니|돌아가셨는데|안\\s?계시고|안\\s?계셔서)\\s?\\S`, 'u');
/** Someone living and ill in the story: a diagnosis, an operation, a hospital stay. */
const ILL_NOW = /진단\s?(?:을\s)?받|수술(?:하셔|하세요|해요|하신대|받으셔|날짜|을\s?앞|이\s?잡)|입원(?:하셨|하셔|해\s?계|중)|항암|투병\s?중|편찮으|아프셔|아프세요|쓰러지셨|치매/u;

/** Whether a death is told in passing while the story is of someone living and ill. */
export function deathAsBackground(text: string, earlier: readonly string[]): boolean {
  const t = nfc(text);
  return DEATH_CLAUSE.test(t) && earlier.slice(-6).some((e) => ILL_NOW.test(nfc(e)));
}

/** A pregnancy now: "임신했어", "7주래", "임신 12주예요". */
const PREGNANT_NOW = /임신했|임신\s?(?:[0-9]+|십)\s?주|임신\s?중|뱃속에|배\s?속에|아기\s?심장\s?소리|태동|입덧/u;
/** An earlier loss told as past: "작년에 한번 유산했었어", "전에 유산한 적이 있어서". */
const PAST_LOSS = /(?:유산|계류\s?유산|사산)(?:을|이)?\s?(?:했었|한\s?적|된\s?적|됐었|경험|이력)|(?:작년|지난해|예전|전)에\s?(?:한\s?번\s?)?(?:아기를?\s?)?(?:잃었|유산)/u;

/** Whether a turn tells an earlier pregnancy loss inside a pregnancy now. */
export function pastLossInPregnancy(text: string, earlier: readonly string[]): boolean {
  const t = nfc(text);
  return PAST_LOSS.test(t) && [...earlier.slice(-8), t].some((e) => PREGNANT_NOW.test(nfc(e)));
}

export const PAST_LOSS_REPLIES: readonly string[] = [
  '전에 그런 아픔을 겪었으니 이번엔 더 조심스럽고 마음이 쓰이겠어요. 그때의 기억이 이번 기다림 위에 겹쳐 오는 게 자연스러워요. 요즘 어떤 순간에 그 걱정이 제일 커져요?',
];
export const PAST_LOSS_PREFIX = 'care:past-loss';
