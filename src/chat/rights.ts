/**
 * Safety and rights for users outside the usual office/student template (session 37, psafe).
 * Testers talked to the CLI as a Filipino wife, a Nepali factory worker, a private (이병), a bullied
 * 중2, a gay man, a trans teen and a wheelchair user at a job interview, and found:
 *
 * 1. Violence told without a subject ("남편 술 마시면 소리 질러요 물건 던져요" then "어제는 저
 *    때렸어요 팔에 멍 있어요") got a hangover reply ("기억이 가물가물하면…"): the rules look for
 *    "남편이 … 때렸". A blow or a bruise in a story that names a partner or parent now reaches the
 *    domestic-violence replies. A marriage migrant's fears after it ("신고하면 비자 없어질까봐",
 *    "아기도 있어요 어디 가요") got "비슷하게 불안했던 때에는 어떻게 지나왔어요?": now 1366 and
 *    다누리콜센터 1577-1366 (many languages, 24 h), the visa worry talked through with them (no
 *    promise of an outcome), shelters that take children.
 * 2. A migrant worker's unpaid wages and a boss's visa threats ("말하면 화내요 비자 문제 있다고
 *    해요", "너무 무서워요 어떻게 해요") got "talking feels pointless" and "이 일이 어떻게 흘러가면
 *    마음이 가장 편할 것 같아요?". Now short, simple sentences with 1350 and 외국인력상담센터
 *    1577-0071; only when the story says the user is a foreign worker (so natives are unaffected).
 * 3. A private's "그냥 탈영하고 싶다는 생각까지 듦 농담반 진담반" got "휴가 동안은 좀 쉴 수 있어요?".
 *    Now taken seriously: 국방헬프콜 1303 (24 h, anonymous), 마음의 편지, 병영생활 전문상담관.
 * 4. A bullied student's "쌤한테 말하면 더 맞을거같아서 말 못함" got the "scolded in front of friends"
 *    intent. Now: the fear makes sense; 117 (문자 #0117) and 1388 can be asked without a name, and
 *    the law protects the one who reports.
 * 5. "저 남자를 좋아해요 저도 남자고요" got "마음이 환해지는 이야기네요", "거울 볼 때마다 내 몸이
 *    내 것 같지 않아" (after "난 트랜스젠더야") was told everyone dislikes their looks, and "그냥
 *    이렇게 사는 게 맞나 싶어" got "많이 속상했겠어요". Now a coming out is thanked and never read as
 *    light news, dysphoria is not a worry about looks, and "이렇게 사는 게 맞나" after such a
 *    disclosure is gently asked about, with 109.
 * 6. A wheelchair user asked only about 화장실 and 출퇴근 at her twelfth interview got "let's sort out
 *    what you can do". Now: it was unfair, she deserves to be judged on her ability, and 국가인권
 *    위원회 1331 takes complaints of discrimination.
 *
 * Pure functions; `rightsPick` gives the engine the reply for a turn, or null.
 */
import { DANGER_PREFIX, PARENT_HITS_ME_REPLIES } from './danger-now';
import { detectSafety } from './safety';
import { CHECK_IN_PREFIX } from './safety-check';
import type { EmotionId } from '../ml/emotions';

const nfc = (s: string) => s.normalize('NFC');
const storyOf = (text: string, earlier: readonly string[], n: number) => [...earlier.slice(-n).map(nfc), nfc(text)].join(' \n');
/** Told of a film, a drama, a game or the news, or a joke said to be one. */
const FICTION = /드라마|영화|웹툰|소설|게임|뉴스|기사|유튜브|디피|D\.?P/iu;

// --- 1. Violence at home told without a subject ------------------------------------------------

/** A partner (the women's line fits) or a parent (the lines for a child). */
const PARTNER = /남편|남친|남자\s?친구|애인|동거인|애\s?아빠|아기\s?아빠|시어머니|시아버지|시댁/u;
const PARENT = /아빠|아버지|엄마|어머니|새아빠|새엄마|계부|계모/u;
/** The blow, told with "저/나" and no subject, or as "맞았어요" at the start of the turn. */
const HIT_ME =
  /(?:^|\s)(?:저|나|절|날|저를|나를)\s?(?:또\s?|막\s?|자꾸\s?|계속\s?|세게\s?|많이\s?)?(?:때렸|때려요|때려서|때림|팼|밀쳤)|^(?:(?:어제|어젯밤|오늘|아까|그날|저|나|또|결국)(?:에|은|는|도)?\s?)*(?:많이\s?|세게\s?|엄청\s?|심하게\s?)?맞았/u;
/** …not a denial, nor a time long past and never again. */
const NOT_HIT = /때리(?:진|지는|지도|지\s?않)|안\s?때|때렸던\s?적(?:은|이)?\s?(?:없|한\s?번도)|맞은\s?(?:적|건)\s?(?:없|아니)|맞았(?:어요|어|네요|네|다)?[,.!\s]*(?:제|내|그|역시)\s?(?:예상|말|생각|추측|촉)/u;
const BRUISE = /멍(?:이)?\s?(?:있|들|생겼|났)|멍\s?자국|멍투성/u;
const BRUISE_OTHER_CAUSE = /넘어|부딪|운동|헬스|모서리|계단|자전거|축구|농구|주사|채혈/u;
/** Violence in the story before: hitting, throwing, shouting at. */
const HARM_BEFORE = /때리|때려|때렸|던져|던졌|던지|소리\s?(?:를\s?)?질러|소리\s?지르|손찌검|폭력|밀쳐|밀쳤|부숴|부수/u;
/** Someone else hurt: the user's child, a friend. */
/** Someone outside the family did it ("어떤 아저씨가 나 밀쳤어" on a trip with one's mother). */
const OTHER_DOER = /아저씨|아줌마|사람(?:이|들이)|선배|후배|친구|애들|걔|선생|쌤|상사|팀장|사장|손님|일진|모르는/u;
const OTHER_HURT = /(?:애|아이|아기|애기|아들|딸|동생|친구|엄마|어머니)(?:가|이|를|도)\s?[^.?!]{0,8}(?:맞았|때렸|멍)/u;

export type UnsaidHit = 'partner' | 'parent';

/**
 * A blow or a bruise told without who did it, in a story that names a partner or parent ("남편 술
 * 마시면 소리 질러요" → "어제는 저 때렸어요 팔에 멍 있어요"). Null for a denial, a bruise from a fall,
 * someone else hurt, or a story without a partner or parent.
 */
export function unsaidHit(text: string, earlier: readonly string[] = []): UnsaidHit | null {
  const t = nfc(text).trim();
  if (NOT_HIT.test(t) || OTHER_HURT.test(t) || OTHER_DOER.test(t) || FICTION.test(t)) return null;
  // Said with its subject ("남편이 저를 때렸어요"), the rules see it and the violence replies answer.
  if (detectSafety(t, {}).category === 'violence') return null;
  const story = storyOf(t, earlier, 4);
  const hit = HIT_ME.test(t);
  const bruise = BRUISE.test(t) && !BRUISE_OTHER_CAUSE.test(t) && HARM_BEFORE.test(story);
  if (!hit && !bruise) return null;
  if (PARTNER.test(story)) return 'partner';
  if (PARENT.test(story)) return 'parent';
  return null;
}

/** The user says they come from abroad or speak little Korean. */
const MIGRANT =
  /(?:필리핀|베트남|네팔|캄보디아|태국|중국|몽골|우즈벡|우즈베키스탄|인도네시아|스리랑카|미얀마|방글라데시|파키스탄|라오스|키르기스스탄|동티모르|카자흐스탄|러시아|인도)(?:\s?(?:사람|출신)(?:이에요|예요|입니다|이야|임|이고|인데|이라서|이라)|에서\s?왔)|외국인\s?(?:노동자|근로자|이에요|예요|이라서|이라|이고)|이주\s?(?:노동자|여성)|결혼\s?이민|한국말(?:을|은|이)?\s?(?:조금|잘\s?못|서툴|어려)|한국어(?:를|는|가)?\s?(?:조금|잘\s?못|서툴)|고용허가|E-?9\s?비자/iu;
export function migrantStory(texts: readonly string[]): boolean {
  return texts.some((t) => MIGRANT.test(nfc(t)));
}

const VISA_FEAR = /비자|체류|추방|쫓겨날|본국|불법\s?체류/u;
const CHILD_NOWHERE = /(?:아기|아이|애기|애|아들|딸)[^.?!]{0,12}(?:어디|갈\s?(?:데|곳)|데리고)|(?:어디\s?(?:가|가요|로\s?가)|갈\s?(?:데|곳)(?:이|도)?\s?없)[^.?!]{0,12}(?:아기|아이|애기)/u;

export const HIT_PREFIX = `${DANGER_PREFIX}:unsaid`;
export const HIT_REPLIES = {
  partner:
    '말해 줘서 고마워요. 가까운 사람이라도 때리는 건 폭력이고, 잘못은 때린 사람에게 있어요. 여성긴급전화 1366은 24시간 상담해 주고, 위험하면 바로 112에 전화하세요.',
  safe: '지금은 안전한 곳에 있어요?',
  bruise: '멍은 사진으로 찍어 두고, 병원에서 진료를 받아 두면 기록이 돼요.',
  migrant:
    '말해 줘서 고마워요. 때리는 건 폭력이에요. 잘못은 때린 사람에게 있어요. 다누리콜센터 1577-1366은 여러 나라 말로 24시간 도와줘요. 위험하면 바로 112에 전화하세요.',
  migrant_safe: '지금 안전해요?',
  migrant_bruise: '멍은 사진을 찍어 두세요. 병원에 가면 기록이 남아요.',
  visa:
    '비자 걱정 때문에 더 무섭지요. 1366이나 다누리콜센터 1577-1366에 전화하면 여러 나라 말로 상담해요. 비자 걱정도 거기서 같이 이야기할 수 있어요. 전화한다고 바로 신고가 되는 건 아니에요.',
  child:
    '아기와 같이 갈 수 있는 곳이 있어요. 1366이나 다누리콜센터 1577-1366에 전화하면 아이와 함께 지낼 수 있는 쉼터를 찾아 줘요. 지금 위험하면 먼저 112에 전화하세요.',
} as const;

// --- 2. A migrant worker: wages, visa threats ---------------------------------------------------

const WAGE = /월급|임금|급여|일당|돈(?:을|도)?\s?안\s?(?:줘|줬|주)|돈(?:을|도)?\s?못\s?받/u;
const UNPAID = /안\s?(?:줘|줬|주|줌|준다)|못\s?받|밀렸|밀려|체불|떼먹|떼였/u;
const BOSS_THREAT = /(?:비자|체류|추방|신고|사업장\s?변경)[^.?!]{0,16}(?:문제|협박|안\s?해|못\s?해|취소|없어|끊|한다고|하겠다|해\s?준대|한대|있다고)|(?:말하면|얘기하면|물어보면)\s?(?:화내|때리|욕|소리)/u;
const HOW_OR_FEAR = /어떻게\s?(?:해|하|돼)|어떡해|무서|무섭|겁나|몰라요|도와/u;
const LONELY_HERE = /친구(?:도|가)?\s?없|혼자(?:예요|에요|야)|아는\s?사람(?:도|이)?\s?없|외로/u;

export type MigrantWork = 'wage' | 'threat' | 'how' | 'lonely';
export const WORK_PREFIX = 'rights:work';
export const WORK_REPLIES: Readonly<Record<MigrantWork, string>> = {
  wage: '월급을 못 받았군요. 많이 힘들었겠어요. 일한 만큼 돈을 받는 건 권리예요. 고용노동부 1350에 전화하면 도와줘요.',
  threat:
    '무서웠겠어요. 월급을 안 주는 건 사장님 잘못이에요. 비자로 겁을 주는 것도 잘못이에요. 외국인력상담센터 1577-0071은 여러 나라 말로 상담해요.',
  how: '무서운 게 당연해요. 혼자 하지 않아도 돼요. 외국인력상담센터 1577-0071에 전화하세요. 여러 나라 말로 상담해요. 월급은 고용노동부 1350에 신고할 수 있어요. 일한 날짜와 시간을 적어 두세요.',
  lonely: '여기 친구가 없어서 더 외롭고 무서웠겠어요. 저한테는 언제든 이야기해도 돼요. 지금 제일 걱정되는 게 뭐예요?',
};

/** The reply, fitted: the wage named only when the story tells of it, the visa only when the turn does. */
export function workReply(key: MigrantWork, text: string, earlier: readonly string[] = []): string {
  if (key !== 'threat') return WORK_REPLIES[key];
  const wage = WAGE.test(storyOf(text, earlier, 6));
  const visa = VISA_FEAR.test(nfc(text));
  if (wage && visa) return WORK_REPLIES.threat;
  const scare = visa ? '비자로 겁을 주는 건 잘못이에요.' : '화를 내며 겁을 주는 건 잘못이에요.';
  return `무서웠겠어요. ${wage ? '월급을 안 주는 건 사장님 잘못이에요. ' : ''}${scare} 외국인력상담센터 1577-0071은 여러 나라 말로 상담해요.`;
}

/**
 * A foreign worker's trouble at work, for the simple replies: the topic (월급, 비자, 사장님) in the
 * turn, or the thread already open, and the story saying the user comes from abroad.
 */
export function migrantWork(text: string, earlier: readonly string[], threadOpen: boolean): MigrantWork | null {
  const t = nfc(text);
  if (!migrantStory([...earlier.slice(-8), t]) || FICTION.test(t)) return null;
  if (BOSS_THREAT.test(t) && (VISA_FEAR.test(t) || /사장|회사|공장|반장/u.test(storyOf(t, earlier, 4)))) return 'threat';
  if (WAGE.test(t) && UNPAID.test(t)) return 'wage';
  if (!threadOpen) return null;
  if (HOW_OR_FEAR.test(t)) return 'how';
  if (LONELY_HERE.test(t)) return 'lonely';
  return null;
}

// --- 3. A soldier's dark thoughts ---------------------------------------------------------------

/** Army life, said in words an office does not use (선임, 갈굼 and 당직 it does). */
const ARMY = /이병|일병|상병|병장|부대|군대|군\s?생활|자대|훈련소|중대장|소대장|분대장|불침번|전역|입대|말년|복귀|간부|행보관/u;
const DESERT = /탈영|부대\s?(?:밖으로\s?)?(?:도망|뛰쳐)|도망\s?(?:가고|치고)\s?싶/u;
const GUN = /총(?:을|으로|\s?들고|\s?쏘|기\s?(?:들고|로))|(?:선임|걔|그\s?새끼|(?:^|\s)다)(?:들)?(?:을|를)?\s?(?:다\s?)?(?:쏴|죽여\s?버리|죽이고\s?싶)/u;
const DRILL = /사격|훈련|손질|정비|총기\s?검사|재밌|재미/u;
const WISH = /싶|생각|충동|마음|ㄱㄱ|할까/u;
/** Someone else's desertion, or the thought long past. */
const NOT_MINE = /(?:동기|후임|선임|걔|친구|누가|어떤\s?(?:애|병사))(?:가|이|는)\s?[^.?!]{0,6}(?:탈영|도망)|탈영병|예전에|그땐|그때는|지금은\s?(?:괜찮|안\s?그래|없)/u;
/** A joke said to be one, and not half meant. */
const ONLY_JOKE = /(?:농담|장난)(?:이야|이에요|이고|임|ㅋ|이지)|ㅋㅋ/u;

export type SoldierThought = 'desert' | 'gun';
/** Desertion or harm thought of, half seriously or more, in a story of army life. */
export function soldierThought(text: string, earlier: readonly string[] = []): SoldierThought | null {
  const t = nfc(text);
  if (!ARMY.test(storyOf(t, earlier, 6)) || FICTION.test(t) || NOT_MINE.test(t)) return null;
  if (ONLY_JOKE.test(t) && !/진담/u.test(t)) return null;
  if (GUN.test(t) && WISH.test(t) && !DRILL.test(t)) return 'gun';
  if (DESERT.test(t) && WISH.test(t)) return 'desert';
  return null;
}
export const SOLDIER_PREFIX = 'rights:soldier';
export const SOLDIER_REPLIES: Readonly<Record<SoldierThought, string>> = {
  desert:
    '농담 반이라도 그런 생각까지 들 만큼 버티기 힘들다는 거, 가볍게 듣지 않을게요. 국방헬프콜 1303은 24시간 익명으로 상담할 수 있고, 부대 안에서는 마음의 편지나 병영생활 전문상담관을 찾아도 돼요. 요즘 그 생각이 얼마나 자주 들어요?',
  gun:
    '그런 생각까지 들 만큼 몰려 있다는 게 많이 걱정돼요. 그 생각을 혼자 두지 말고 지금 국방헬프콜 1303(24시간, 익명)에 말해 주세요. 스스로를 해치고 싶은 마음이라면 109도 24시간 연결돼요.',
};

// --- 4. Bullied, afraid that telling brings more -------------------------------------------------

const BULLIED = /일진|빵셔틀|셔틀|왕따|은따|따돌|괴롭|저격|삥|찢어|맞았|때려|때렸|패/u;
const TELL = /(?:쌤|선생님|담임|부모님|엄마|아빠|어른|학교)(?:한테|께|에게|에)?\s?(?:말하면|말해도|말해봤자|알리면|이르면|신고하면|얘기하면)|신고하면|이르면|고자질/u;
const WORSE = /더\s?(?:맞|괴롭|심해|당할|난리)|보복|찍힐|찍혀|죽일|가만\s?안\s?둘|소문/u;
/** Afraid to tell, in a story of being bullied ("쌤한테 말하면 더 맞을거같아서 말 못함"). */
export function fearsTellingBully(text: string, earlier: readonly string[] = []): boolean {
  const t = nfc(text);
  if (FICTION.test(t) || /(?:친구|동생|애|아들|딸)(?:가|이|는)\s?[^.?!]{0,10}말하면/u.test(t)) return false;
  return TELL.test(t) && WORSE.test(t) && BULLIED.test(storyOf(t, earlier, 6));
}
export const BULLY_FEAR_PREFIX = 'rights:bully-fear';
export const BULLY_FEAR_REPLY =
  '더 맞을까 봐 말 못 하는 거, 그렇게 걱정되는 게 당연해요. 117(문자 #0117)이나 청소년상담전화 1388에는 이름을 밝히지 않고 먼저 물어볼 수 있어요. 학교폭력을 알린 학생은 비밀을 지키고 보복을 막도록 법으로 보호받아요.';

/** Bullying by name in the story: the gang, errands forced, being shunned. */
const BULLY_STORY = /일진|빵셔틀|셔틀|왕따|은따|따돌|괴롭힘|학폭|학교\s?폭력/u;
const DAMAGE = /(?:체육복|교복|옷|가방|책|교과서|필통|신발|폰|핸드폰|실내화|물건)(?:을|를|이|도)?\s?[^.?!]{0,6}(?:찢|망가|부숴|부쉈|버렸|버려|숨겨|숨겼|뺏|빼앗|낙서)/u;
const CYBER = /(?:단톡|단톡방|카톡|톡방|인스타|SNS|페북|디엠|DM)[^.?!]{0,12}(?:저격|욕|놀려|놀림|강퇴|박제|뒷담|사진|조롱)|저격(?:함|해|당)/iu;
/**
 * A further act told in a story of bullying ("안하면 체육복 찢어놓고 단톡에서 나 저격함", which had got
 * "남한테 쉽게 말하기 어려운 마음이라…"): belongings damaged, attacks in a group chat. Someone
 * else's ("걔가 다른 애 저격함") is not this.
 */
export function bullyActs(text: string, earlier: readonly string[] = []): { damage: boolean; cyber: boolean } | null {
  const t = nfc(text);
  if (FICTION.test(t) || !BULLY_STORY.test(storyOf(t, earlier, 6))) return null;
  if (/(?:다른|딴)\s?(?:애|사람|친구)|(?:걔|친구)(?:를|한테|도)\s?[^.?!]{0,6}(?:저격|찢)/u.test(t) || /(?:내가|제가)\s?[^.?!]{0,8}(?:저격|찢)/u.test(t)) return null;
  const damage = DAMAGE.test(t);
  const cyber = CYBER.test(t);
  return damage || cyber ? { damage, cyber } : null;
}
export const BULLY_ACTS_PREFIX = 'rights:bully-acts';
export function bullyActsReply(acts: { damage: boolean; cyber: boolean }): string {
  const what = [acts.damage ? '물건을 망가뜨리는 것' : '', acts.cyber ? '단톡이나 SNS에서 저격하는 것' : ''].filter(Boolean).join('도, ');
  const keep = acts.cyber && acts.damage ? '망가진 물건은 사진으로, 단톡 내용은 캡처로 남겨 두면 증거가 돼요.' : acts.cyber ? '단톡 내용은 지워지기 전에 캡처해 두면 증거가 돼요.' : '망가진 물건은 사진으로 남겨 두면 증거가 돼요.';
  return `${what}도 모두 학교폭력에 들어가요. ${keep} 그동안 이걸 혼자 버티고 있었어요?`;
}

// --- 5. Coming out, identity ---------------------------------------------------------------------

const SAME_SEX = /(?:저|나)(?:는|도)?\s?(남자|여자)(?:를|가)?\s?좋아(?:해|하)[^.?!]{0,12}(?:저|나)도\s?\1|(?:저|나)도\s?(남자|여자)(?:인데|고|지만|예요|에요|야)[^.?!]{0,12}\2(?:를|가)?\s?좋아/u;
const IDENTITY_SAID =
  /(?:저|나|난|전|저는|나는)\s?(?:사실\s?)?(?:트랜스\s?(?:젠더|남성|여성)|게이|레즈(?:비언)?|바이(?:섹슈얼)?|양성애자|동성애자|논바이너리|퀴어|에이섹슈얼|무성애자)(?:야|예요|에요|이야|이에요|임|인데|인\s?것\s?같|라서|이라서|거든)|동성을?\s?좋아(?:해|하)/u;
const NOT_SELF = /친구(?:가|는)|동생(?:이|은)|형(?:이|은)|누나(?:가|는)|언니(?:가|는)|오빠(?:가|는)|걔(?:가|는)|(?:게이|트랜스젠더)\s?(?:얘기|농담|드립|욕)|라고\s?(?:놀려|해서|하면서)/u;
/** A coming out: "저 남자를 좋아해요 저도 남자고요", "난 트랜스젠더야". Not someone else's, not a film. */
export function comesOut(text: string): boolean {
  const t = nfc(text);
  if (FICTION.test(t) || NOT_SELF.test(t)) return false;
  return SAME_SEX.test(t) || IDENTITY_SAID.test(t);
}
/** "아무한테도 말 못한 게 있어요": a secret about to be told. */
export function announcesSecret(text: string): boolean {
  return /^(?:사실\s?)?(?:아무(?:한테|에게)도|누구(?:한테|에게)도)\s?(?:말\s?못\s?한|말\s?안\s?한|못\s?한)\s?(?:게|것이|얘기가|이야기가)\s?(?:있어|있는데)/u.test(nfc(text).trim());
}
const BODY_NOT_MINE = /(?:몸|얼굴|목소리)(?:이|가)?\s?(?:내\s?(?:것|거)|제\s?(?:것|거))\s?(?:같지|가\s?아닌)|거울\s?(?:볼|보면)[^.?!]{0,16}(?:싫|낯설|내\s?(?:것|거)\s?같지)|(?:이름|성별)(?:이|으로)?\s?불릴\s?때|가슴(?:이)?\s?(?:싫|없었으면)|생리(?:가|하는\s?게)\s?(?:싫|끔찍)/u;
const FAMILY_FEAR = /(?:부모님|엄마|아빠|가족|교회|친구들)[^.?!]{0,20}(?:이해\s?못|알면|말하면|반응|싫어하|인정\s?안|받아들이)/u;
const WRONG_SELF = /(?:내가|제가|나는|저는)\s?(?:잘못된|이상한|비정상|문제|틀린)|(?:잘못된|이상한)\s?(?:건가|걸까|사람인가)/u;
const PRETEND = /척(?:해|하|했)|숨기|숨겨|티\s?안\s?내/u;
const LIFE_DOUBT = /이렇게\s?사는\s?(?:게|것이)\s?(?:맞나|맞는\s?걸까|무슨\s?의미)|(?:계속\s?)?살아야\s?(?:하나|할까|되나)|사는\s?게\s?의미/u;

const CLOTHES = /(?:남자|여자)\s?(?:교복|옷|화장실)[^.?!]{0,10}(?:싫|괴로|끔찍|못\s?입)|치마(?:를|가)?\s?(?:입기|입는\s?게)\s?(?:싫|괴로)/u;

export type IdentityKey = 'out' | 'secret' | 'body' | 'clothes' | 'family' | 'wrong' | 'pretend' | 'doubt';
export const IDENTITY_PREFIX = 'rights:identity';
export const IDENTITY_REPLIES: Readonly<Record<IdentityKey, string>> = {
  out: '아무에게나 꺼내기 어려운 이야기를 믿고 말해 줘서 고마워요. 누구를 좋아하는지도, 내가 누구인지도 잘못된 게 아니에요. 누구에게, 언제 말할지는 준비가 될 때 스스로 정해도 돼요.',
  secret: '아무에게도 못 한 이야기를 여기 꺼내려는 거군요. 준비되는 만큼만, 편한 속도로 말해도 괜찮아요. 여기서 들을게요.',
  body: '거울 속 내 몸이 내 것 같지 않다는 건 외모가 마음에 안 드는 것과는 다른, 훨씬 깊은 괴로움이에요. 그런 느낌이 드는 건 이상한 게 아니에요. 요즘 그 괴로움이 가장 크게 느껴지는 때는 언제예요?',
  clothes: '나와 맞지 않는 옷을 매일 입어야 하는 건 작은 불편이 아니라 큰 괴로움이에요. 싫은 게 당연해요. 그런 날은 어떻게 버티고 있어요?',
  family: '가장 가까운 사람의 반응을 상상하는 게 제일 무서울 수 있어요. 아직 말하지 않아도 괜찮아요. 언제, 누구에게 말할지는 준비가 될 때 스스로 정해도 돼요.',
  wrong: '잘못된 게 아니에요. 누군가를 좋아하는 마음도, 나 자신으로 있고 싶은 마음도 고쳐야 할 문제가 아니에요. 그런 생각이 들게 만든 말이나 분위기가 있었어요?',
  pretend: '같이 웃는 척하는 동안 속으로는 많이 아팠을 것 같아요. 내가 누군지 숨겨야 하는 자리에 계속 있으면 지칠 수밖에 없어요. 여기서는 숨기지 않아도 돼요.',
  doubt:
    "'이렇게 사는 게 맞나' 하는 마음이 어떤 뜻인지 조금 더 듣고 싶어요. 조심스럽게 물어볼게요, 혹시 살고 싶지 않다는 생각까지 드는 건가요? 그렇다면 자살예방상담전화 109가 24시간 이야기를 들어 줘요.",
};

/**
 * The reply key for a turn in a story of identity: a coming out itself, or a turn after one (the
 * body, clothes, the family, feeling wrong, pretending, doubting this life), within eight turns.
 */
export function identityTurn(text: string, earlier: readonly string[] = []): IdentityKey | null {
  const t = nfc(text);
  if (comesOut(t)) return 'out';
  if (announcesSecret(t)) return 'secret';
  if (!earlier.slice(-8).some((e) => comesOut(e)) || FICTION.test(t)) return null;
  if (LIFE_DOUBT.test(t)) return 'doubt';
  if (BODY_NOT_MINE.test(t)) return 'body';
  if (CLOTHES.test(t)) return 'clothes';
  if (WRONG_SELF.test(t)) return 'wrong';
  if (FAMILY_FEAR.test(t)) return 'family';
  if (PRETEND.test(t) && /(?:게이|동성|트랜스|웃|얘기)/u.test(t)) return 'pretend';
  return null;
}

// --- 6. Disability at a job interview ----------------------------------------------------------

const DISABLED = /휠체어|장애|시각\s?장애|청각\s?장애|목발|의족|의수|보청기|지체/u;
const HIRING = /면접|면접관|채용|입사|회사|인사\s?담당|지원서|서류/u;
const TREATED = /표정(?:이)?\s?(?:바뀌|변하|굳|싹)|화장실(?:은|을|는)?\s?(?:어떻게|가능|혼자)|출퇴근(?:이|은)?\s?(?:가능|할\s?수|어떻게)|직무\s?(?:얘기|이야기|질문)(?:는|도)?\s?(?:별로\s?)?(?:안|없)|장애(?:만|\s?얘기만|\s?때문에|\s?이유로)|(?:휠체어|장애)(?:를)?\s?보(?:고|자마자|더니)/u;
const COUNT = /(?:열|스무|[0-9]+)\s?(?:두|세|네|다섯|여섯|일곱|여덟|아홉)?\s?(?:번째|번\s?째|번이나|번\s?떨어)/u;
const ABILITY = /능력(?:으로|을)?\s?(?:평가|봐\s?주|보고)|공정하게|차별|(?:그게|그렇게)\s?어려운/u;
const OTHER_PERSON = /(?:친구|동생|형|누나|언니|오빠|아들|딸|남편|아내)(?:가|이|는|은)\s?[^.?!]{0,10}(?:면접|휠체어)/u;

export type BiasKey = 'first' | 'asked' | 'count' | 'ability';
export const BIAS_PREFIX = 'rights:bias';
export const BIAS_REPLIES: Readonly<Record<BiasKey, string>> = {
  first: '일하는 능력이 아니라 휠체어부터 보는 시선을 마주한 거네요. 그런 대접은 부당한 거예요. 그 자리에서 얼마나 마음이 무거웠을지요.',
  asked:
    '직무가 아니라 화장실과 출퇴근만 물었다면, 그건 능력이 아니라 장애를 본 질문이에요. 채용에서 장애를 이유로 차별받았다고 느끼면 국가인권위원회(1331)에 상담하고 진정할 수 있어요.',
  count: '그만큼 여러 번 포기하지 않고 다시 문을 두드려 온 거네요. 그 과정이 얼마나 지치게 했을지 헤아려져요. 지금 마음은 좀 어때요?',
  ability:
    '전혀 지나친 바람이 아니에요. 능력으로 평가받는 건 누구나 당연히 받아야 할 대우예요. 원하면 이번 일을 국가인권위원회 1331에 상담해 볼 수도 있어요.',
};

/** A disabled job-seeker's interview where the disability, not the work, was asked about. */
export function biasTurn(text: string, earlier: readonly string[], threadOpen: boolean): BiasKey | null {
  const t = nfc(text);
  const story = storyOf(t, earlier, 6);
  if (!DISABLED.test(story) || !HIRING.test(story) || OTHER_PERSON.test(story) || FICTION.test(t)) return null;
  if (/화장실|출퇴근|직무/u.test(t) && TREATED.test(t)) return 'asked';
  if (TREATED.test(t) && DISABLED.test(t)) return 'first';
  if (!threadOpen) return null;
  if (ABILITY.test(t)) return 'ability';
  if (COUNT.test(t)) return 'count';
  return null;
}

// --- The engine's entry point --------------------------------------------------------------------

export interface RightsPick {
  readonly id: string;
  readonly reply: string;
  readonly kind: 'safety' | 'followup';
  readonly safety: 'suicide' | 'violence' | null;
  readonly mood: EmotionId;
}

const VIOLENCE_THREAD = ['safety:violence#', 'safety:smash', `${DANGER_PREFIX}:`];
/** Threads whose own turns after a disclosure (an injury, fear, nowhere to go) danger-now.ts answers. */
const DANGER_THREAD = ['safety:violence#', `${DANGER_PREFIX}:`];
const recent = (used: readonly string[], prefixes: readonly string[], n = 6) => used.slice(-n).some((id) => prefixes.some((p) => id.startsWith(p)));

/**
 * The reply for a turn that one of the detectors above answers, or null. `earlier`: the user's
 * story before this turn (oldest first); `used`: reply ids given so far. Each key is given once.
 */
export function rightsPick(text: string, earlier: readonly string[], used: readonly string[]): RightsPick | null {
  const t = nfc(text);
  // The answer to this module's own check-in is read by the engine's check-in path.
  if (used.at(-1) === `${CHECK_IN_PREFIX}#identity`) return null;
  const fresh = (id: string) => !used.includes(id);
  const migrant = migrantStory([...earlier.slice(-8), t]);
  // 1. A blow told without a subject; then a migrant's visa fear and nowhere to go with a baby.
  const hit = unsaidHit(t, earlier);
  if (hit && !recent(used, DANGER_THREAD)) {
    if (hit === 'parent') return { id: `${HIT_PREFIX}:parent#0`, reply: PARENT_HITS_ME_REPLIES[0]!, kind: 'safety', safety: 'violence', mood: 'anxiety' };
    const bruise = BRUISE.test(t) ? [migrant ? HIT_REPLIES.migrant_bruise : HIT_REPLIES.bruise] : [];
    const reply = migrant ? [HIT_REPLIES.migrant, ...bruise, HIT_REPLIES.migrant_safe].join(' ') : [HIT_REPLIES.partner, ...bruise, HIT_REPLIES.safe].join(' ');
    return { id: `${HIT_PREFIX}#0`, reply, kind: 'safety', safety: 'violence', mood: 'anxiety' };
  }
  if (migrant && recent(used, VIOLENCE_THREAD)) {
    const key = CHILD_NOWHERE.test(t) ? 'child' : VISA_FEAR.test(t) ? 'visa' : null;
    if (key && fresh(`${HIT_PREFIX}:${key}`)) return { id: `${HIT_PREFIX}:${key}`, reply: HIT_REPLIES[key], kind: 'safety', safety: 'violence', mood: 'anxiety' };
  }
  // 2. A migrant worker's wages and visa threats.
  const work = migrantWork(t, earlier, recent(used, [WORK_PREFIX], 4));
  if (work && fresh(`${WORK_PREFIX}:${work}`)) return { id: `${WORK_PREFIX}:${work}`, reply: workReply(work, t, earlier), kind: 'followup', safety: null, mood: 'anxiety' };
  // 3. A soldier's desertion or harm thought.
  const soldier = soldierThought(t, earlier);
  if (soldier && fresh(`${SOLDIER_PREFIX}:${soldier}`)) {
    const reply = soldier === 'desert' && !/농담|진담/u.test(t) ? SOLDIER_REPLIES.desert.replace('농담 반이라도 그런', '그런') : SOLDIER_REPLIES[soldier];
    return { id: `${SOLDIER_PREFIX}:${soldier}`, reply, kind: soldier === 'gun' ? 'safety' : 'followup', safety: soldier === 'gun' ? 'suicide' : null, mood: 'anxiety' };
  }
  // 4. Bullied and afraid to tell.
  if (fearsTellingBully(t, earlier) && fresh(BULLY_FEAR_PREFIX)) return { id: BULLY_FEAR_PREFIX, reply: BULLY_FEAR_REPLY, kind: 'followup', safety: null, mood: 'anxiety' };
  const acts = bullyActs(t, earlier);
  if (acts && fresh(BULLY_ACTS_PREFIX)) return { id: BULLY_ACTS_PREFIX, reply: bullyActsReply(acts), kind: 'followup', safety: null, mood: 'sadness' };
  // 5. Coming out and the turns after it. The doubt is a check-in: its answer is read as one.
  const identity = identityTurn(t, earlier);
  const identityId = identity === 'doubt' ? `${CHECK_IN_PREFIX}#identity` : `${IDENTITY_PREFIX}:${identity}`;
  if (identity && fresh(identityId)) {
    if (identity === 'doubt') return { id: identityId, reply: IDENTITY_REPLIES.doubt, kind: 'safety', safety: 'suicide', mood: 'sadness' };
    return { id: `${IDENTITY_PREFIX}:${identity}`, reply: IDENTITY_REPLIES[identity], kind: 'followup', safety: null, mood: identity === 'family' ? 'anxiety' : 'sadness' };
  }
  // 6. Disability at a job interview.
  const bias = biasTurn(t, earlier, recent(used, [BIAS_PREFIX], 4));
  if (bias && fresh(`${BIAS_PREFIX}:${bias}`)) return { id: `${BIAS_PREFIX}:${bias}`, reply: BIAS_REPLIES[bias], kind: 'followup', safety: null, mood: 'sadness' };
  return null;
}
