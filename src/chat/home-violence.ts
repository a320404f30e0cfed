/**
 * Violence at home that the violence reply (women's line 1366) does not fit, or that no rule saw
 * (session 36, safety2). Testers found:
 * - elder abuse: a parent pushed and neglected by an adult son got a teen-parenting reply, "자식
 *   일인데 신고하면 안 되잖아" a reflection, "내가 늙어서 짐이 된 거지 뭐" "시간이 지나면 이 일을
 *   웃으며 이야기할 수 있을 것 같아요?"; a man over 80 beaten by his drunk son got 1366, and
 *   "그래도 밥은 챙겨주니까 괜찮아요" joy; bruises in a nursing home got nothing;
 * - a man hit by his wife ("이게 가정폭력인가요? 남자인데") got 1366, "1366은 여자만 되는 거 아닌가요"
 *   "스스로가 부끄럽게 느껴져서";
 * - threats and smashing without hitting ("남편이 소리 지르고 문을 부숴요", "때리진 않아요 그래서
 *   신고는 못 할 것 같아요") got anger reflections for seven turns, then songs.
 * Replies: 노인보호전문기관 1577-1389 (elder-abuse reports and counselling; 112 in danger), "짐이
 * 아니에요", in respectful 해요체; for a man, yes it is domestic violence, 112 and a 가정폭력상담소
 * (1366 mainly serves women); smashing and threats are violence too, 1366 helps without a report,
 * the children's safety, 112 in danger.
 */
import { pickThread, threadCurrent, type HarmPick } from './harm-pick';

// --- Elder abuse --------------------------------------------------------------------------------

const ADULT_CHILD = /아들|딸|자식|며느리|사위|큰애|작은애|아들놈/u;
const HURTS_ME = /(?:나|저|날|절|나를|저를|내|제)\s?[^.?!]{0,20}(?:밀쳤|밀쳐|밀어|때려|때렸|때리|던졌|던져|손찌검|욕을?\s?(?:해|하|했)|멍)/u;
/** Within the thread: the blow without the one it fell on. */
const HURTS_LOOSE = /밀쳤|밀쳐|때려요|때렸|손을?\s?대|던졌|던져|멍/u;
/** Someone else hurt: a grandchild, a child, a pet. */
const HURTS_OTHER = /(?:손주|손자|손녀|아이|애|강아지|고양이|며느리|사위)(?:를|을|한테)\s?[^.?!]{0,6}(?:때|밀|던)/u;
const NEGLECT = /밥(?:도|을|은)?\s?(?:안|잘\s?안|제대로\s?안)\s?(?:챙겨|줘|주|차려)|굶|방치|내버려|약(?:도)?\s?안\s?챙겨|연금(?:을|도)?\s?(?:뺏|가져|가로)|돈(?:을|도)?\s?(?:뺏|빼앗|가져가)/u;
const ELDER = /늙|나이\s?(?:들|먹)|노인|여든|일흔|칠십|팔십|아흔|[6-9]0대|지팡이|요양|경로|틀니|보청기|영감|할망구|연금|손주|손자|손녀/u;
const DRUNK_CHILD = /(?:아들|딸|자식)(?:이|가|놈이)?\s?술/u;
const NURSING = /요양원|요양병원|요양\s?시설|주간\s?보호|데이케어|요양보호사/u;
// A bruise, not the 멍 of 제주 "허멍" (하면서) or "어멍" (엄마), nor 멍하다 (session 39).
const BRUISE = /멍(?:이|든|들|자국|투성)|(?<![가-힣])멍(?![가-힣])|상처|다치|맞은\s?(?:것|거)|묶|학대|때린|욕설|방치/u;
const PARENT_IN_CARE = /어머니|아버지|엄마|아빠|할머니|할아버지|부모님|시어머니|시아버지|장모|장인/u;

export type ElderTopic = 'self' | 'care';

/** An elderly parent hurt or neglected by an adult child (self), or a parent bruised in care (care). */
export function elderAbuse(raw: string, earlier: readonly string[] = []): ElderTopic | null {
  const t = raw.normalize('NFC');
  const joined = [...earlier.slice(-4).map((x) => x.normalize('NFC')), t].join(' ');
  if (NURSING.test(joined) && BRUISE.test(t) && PARENT_IN_CARE.test(joined)) return 'care';
  if (!ADULT_CHILD.test(joined) || /(?:우리|제|내)\s?(?:아들|딸)\s?[^.?!]{0,8}(?:학교|반|친구)|(?:아들|딸)(?:이|가)\s?[^.?!]{0,8}(?:맞고|맞았|괴롭힘)/u.test(joined)) return null;
  if (NEGLECT.test(t) && ADULT_CHILD.test(t) && /나한테|저한테|나를|저를|날|절|내\s?밥|제\s?밥/u.test(t)) return 'self';
  if (HURTS_ME.test(t) && !HURTS_OTHER.test(t) && (ELDER.test(joined) || DRUNK_CHILD.test(joined) || NEGLECT.test(joined))) return 'self';
  return null;
}

export const ELDER_PREFIX = 'safety:elder';
export const ELDER_REPLIES = {
  neglect:
    '가족에게 제대로 보살핌을 받지 못하면 몸도 마음도 많이 서러우시죠. 돌봐야 할 가족이 끼니를 챙기지 않고 내버려 두는 것도 학대일 수 있어요. 노인보호전문기관(1577-1389)에 전화하시면 상담만 받으셔도 되고, 어떻게 할지 함께 찾아 드려요.',
  hit:
    '많이 놀라고 아프셨겠어요. 밀치거나 때리는 건 가족이라도 학대예요. 위험하다 싶으면 바로 112에 전화하시고, 노인보호전문기관(1577-1389)에서 상담과 보호를 도와드려요. 다치신 곳은 괜찮으세요?',
  shame:
    '창피해하실 일이 전혀 아니에요, 잘못은 손을 댄 쪽에 있어요. 멍이 든 곳은 병원에서 한번 보여 두시면 몸에도 좋고 기록도 남아요. 말씀해 주셔서 고마워요.',
  report:
    '자식 일이라 더 망설여지시는 마음 이해해요. 그래도 도움을 청하셔도 괜찮아요. 노인보호전문기관(1577-1389)은 벌을 주는 곳이 아니라 어르신이 안전하게 지내시도록 돕고, 가족 상담도 함께 해요.',
  police:
    '신고한다고 바로 잡혀가는 건 아니에요. 상황에 따라 경찰이 떨어져 지내게 하는 조치를 하거나 상담을 받게 하기도 해요. 어떻게 될지 걱정되시면 노인보호전문기관(1577-1389)에 먼저 물어보셔도 돼요.',
  burden:
    '짐이 아니에요. 나이가 드셨다고 밀치고 함부로 대해도 되는 사람은 없어요, 그건 학대예요. 혹시 그런 마음에 사는 게 힘들다는 생각까지 드시면 109에 전화하셔도 돼요.',
  pity:
    '자식이 안쓰러운 마음, 부모 마음이라 그렇지요. 그래도 그 마음과 별개로 어르신이 맞고 지내셔서는 안 돼요. 도움을 받는 게 자식을 버리는 게 아니라, 서로 달라질 기회가 될 수 있어요.',
  minimize:
    '밥을 챙겨 준다고 해서 손을 대는 게 괜찮아지는 건 아니에요. 어르신은 안전하게 지내실 자격이 있어요. 노인보호전문기관 1577-1389 번호만이라도 적어 두시겠어요?',
  alone:
    '혼자 나가기도 어려우시면 더 막막하시겠어요. 노인보호전문기관(1577-1389)에 전화하시면 직접 찾아와 살펴보고, 필요하면 잠시 머무실 쉼터도 알아봐 드려요. 위급할 땐 112예요.',
  care:
    '설명이 안 되는 멍이 자꾸 생긴다면 그냥 넘기지 않으시는 게 좋아요. 멍은 날짜와 함께 사진으로 남겨 두시고, 시설에 경위를 물어보세요. 학대가 의심되면 노인보호전문기관(1577-1389)이나 112에 신고할 수 있어요.',
  care_where:
    '노인보호전문기관(1577-1389)에 전화하시면 시설에서 생긴 일도 상담하고 필요하면 직접 조사해요. 급하거나 다치신 게 분명하면 112에 신고하셔도 되고, 해당 시·군·구청 노인복지 담당 부서에 알리실 수도 있어요.',
} as const;
const ELDER_STAY = [
  '말씀해 주셔서 고마워요. 어르신 잘못이 아니에요. 노인보호전문기관 1577-1389는 전화로 먼저 이야기만 나눠도 돼요.',
  '지금 지내시는 곳은 안전하세요? 위험하면 바로 112에 전화하세요.',
];

function elderKey(t: string, topic: ElderTopic | null, joined: string): string | null {
  if (topic === 'care' || (NURSING.test(joined) && !ADULT_CHILD.test(joined))) {
    return /어디|어떻게|신고|알아봐|누구/u.test(t) ? 'care_where' : topic === 'care' ? 'care' : null;
  }
  if (/짐이|짐만|늙어서|늙은\s?게|살\s?만큼|쓸모/u.test(t)) return 'burden';
  if (/잡혀|감옥|처벌|구속|경찰에\s?신고하면/u.test(t)) return 'police';
  if (/신고|알리|말하면\s?안/u.test(t)) return 'report';
  if (/창피|부끄|말\s?못|숨기/u.test(t)) return 'shame';
  if (/불쌍|안쓰|고생|불쌍해/u.test(t)) return 'pity';
  if (/그래도|괜찮아요|괜찮아|괜찮다/u.test(t) && !/안\s?괜찮/u.test(t)) return 'minimize';
  if (/혼자(?:서는)?\s?못|못\s?나가|갈\s?데|갈\s?곳/u.test(t)) return 'alone';
  if (HURTS_LOOSE.test(t) && !HURTS_OTHER.test(t)) return 'hit';
  if (NEGLECT.test(t)) return 'neglect';
  return null;
}

/** The reply for elder abuse, and for the turns that follow it. */
export function elderPick(raw: string, earlier: readonly string[], used: readonly string[]): HarmPick | null {
  const t = raw.normalize('NFC');
  const topic = elderAbuse(t, earlier);
  const current = threadCurrent(used, ELDER_PREFIX);
  if (!topic && !current) return null;
  const joined = [...earlier.slice(-4), t].join(' ');
  const key = elderKey(t, topic, joined);
  if (!key && !topic) return null;
  const pick = pickThread(ELDER_PREFIX, key ? [key] : ['hit', 'neglect'], ELDER_REPLIES, ELDER_STAY, used);
  return { ...pick, safety: 'violence', mood: key === 'burden' ? 'sadness' : 'anxiety' };
}

// --- A man hit by a partner -----------------------------------------------------------------------

const FEMALE_PARTNER = /와이프|아내|부인|집사람|여자\s?친구|여친|마누라|처가|애\s?엄마/u;
const HIT = /손이\s?먼저\s?나(?:가|갑|간|갔)|손찌검|때려|때리|때렸|뺨|맞았|맞아요|맞고|할퀴|던져|던졌|밀쳐|밀쳤|폭행|물어뜯/u;
const SAYS_MALE = /남자(?:인데|라서|라도|예요|입니다|이고|가\s?맞|도\s?(?:맞|가정폭력))|남편인데|남성(?:인데|도|이)/u;

const PARTNER_HITS_ME = /남자가\s?맞|(?:여자\s?친구|여친|아내|와이프|부인|집사람)(?:가|이|는)?\s?[^.?!\n]{0,12}(?:저를|나를|절|날)?\s?[^.?!\n]{0,6}(?:때려|때리|때렸|폭행|밀쳐|밀쳤|던져|던졌)/u;
/** A man hit by his partner (or told as a man asking whether it counts). */
export function manHurt(raw: string, earlier: readonly string[] = []): boolean {
  const t = raw.normalize('NFC');
  const joined = [...earlier.slice(-4).map((x) => x.normalize('NFC')), t].join(' ');
  if (/(?:남편|남친|남자\s?친구)(?:이|가)\s?[^.?!]{0,10}(?:때려|때리|때렸)/u.test(joined)) return false;
  if (FEMALE_PARTNER.test(joined) && HIT.test(t) && /(?:와이프|아내|부인|집사람|여자\s?친구|여친|마누라)(?:가|이|는)|저를|나를|절|날|맞/u.test(t)) return true;
  return SAYS_MALE.test(t) && (HIT.test(joined) || /가정\s?폭력|폭력/u.test(joined));
}

export const MAN_PREFIX = 'safety:man';
export const MAN_REPLIES = {
  first:
    '쉽지 않은 이야기였을 텐데 말해 줘서 고마워요. 남자라도 배우자나 애인에게 맞는 건 참고 넘길 일이 아니라 폭력이에요. 위험할 땐 바로 112에 신고할 수 있고, 가까운 가정폭력상담소에서 상담을 받을 수 있어요. 지금 있는 곳은 안전해요?',
  is_it:
    '네, 가정폭력이에요. 남자라도 배우자에게 맞는 건 가정폭력이고, 이렇게 묻기까지 용기가 필요했을 거예요. 위험할 땐 112에 신고할 수 있고, 지역 가정폭력상담소에서 남성 피해자도 상담을 받을 수 있어요.',
  line:
    '1366은 주로 여성 피해자를 돕는 곳이라 그렇게 생각할 수 있어요. 남성 피해자도 112에 신고할 수 있고, 지역 가정폭력상담소에서 상담을 받을 수 있어요. 아이 앞에서 일어난 일이라면 아이의 안전도 함께 살펴봐 주세요.',
  cover:
    '둘러댈 수밖에 없었던 마음이 이해돼요. 남에게 말하기 어려운 일일수록 혼자 삭이게 되죠. 다친 곳은 병원에서 진료 기록을 남겨 두면 나중에 도움이 될 수 있어요.',
  laugh:
    '웃긴 일이 아니에요. 남자든 여자든 맞는 건 폭력이고, 그렇게 말하기까지 얼마나 망설였을지 느껴져요. 위험할 땐 112에 신고할 수 있고, 지역 가정폭력상담소에서 남성 피해자도 상담을 받을 수 있어요.',
  shame:
    '부끄러운 일이 아니에요. 맞은 쪽이 부끄러워할 이유는 없고, 이렇게 말하는 데 큰 용기가 필요했을 거예요. 오늘 이야기한 것만으로도 중요한 첫걸음이에요.',
} as const;
const MAN_STAY = [
  '혼자 참고 넘기지 않아도 돼요. 다시 손이 올라오는 순간이 오면 그 자리를 피하고 112에 전화해 주세요.',
  '말해 줘서 고마워요. 지금 집에서는 안전하게 지낼 수 있어요?',
];

function manKey(t: string): string | null {
  if (/1366|여자만|여성만/u.test(t)) return 'line';
  if (/부딪혔다고|넘어졌다고|둘러댔|둘러대|핑계|숨겼|거짓말/u.test(t)) return 'cover';
  if (/가정\s?폭력(?:인가|이에요|맞나|일까|이야|이냐)|폭력(?:인가|이에요\?|맞나)|이것도\s?폭력/u.test(t)) return 'is_it';
  if (/웃기|우습|우스워/u.test(t)) return 'laugh';
  if (/부끄|창피|쪽팔|한심/u.test(t)) return 'shame';
  return null;
}

/** The reply for a man hit by his partner, and for the turns that follow it. */
export function manPick(raw: string, earlier: readonly string[], used: readonly string[]): HarmPick | null {
  const t = raw.normalize('NFC');
  const current = threadCurrent(used, MAN_PREFIX);
  // A partner's blows told in so many words have danger-now.ts's reply for a man (no 1366) first.
  const told = manHurt(t, earlier) && (current || !PARTNER_HITS_ME.test(t));
  if (!told && !current) return null;
  const key = manKey(t);
  if (!key && !told) return null;
  const pick = pickThread(MAN_PREFIX, key ? [key] : ['first'], MAN_REPLIES, MAN_STAY, used);
  return { ...pick, safety: 'violence', mood: 'anxiety' };
}

// --- Threats and smashing without hitting ---------------------------------------------------------

const PARTNER = /남편|아내|와이프|남친|여친|남자\s?친구|여자\s?친구|애인|동거인|아빠|아버지|애\s?아빠/u;
const SMASH =
  /부숴|부수|부쉈|부셔|때려\s?부|깨부|박살|물건을?\s?(?:던|집어\s?던)|(?:벽|문|식탁)을?\s?(?:발로|주먹으로|때려|부서)|주먹으로\s?(?:벽|문)/u;
/** A weapon or a threat to kill: danger, the violence replies' (112 first), not these. */
const WEAPON = /칼|흉기|죽여|죽이|죽인|가만\s?안\s?둔|목을?\s?졸/u;

/** Smashing things or threats at home, told by the one who lives with it. */
export function smashingAtHome(raw: string, earlier: readonly string[] = []): boolean {
  const t = raw.normalize('NFC');
  const joined = [...earlier.slice(-3).map((x) => x.normalize('NFC')), t].join(' ');
  if (/게임|드라마|영화|웹툰|뉴스|소설/u.test(t)) return false;
  return SMASH.test(t) && PARTNER.test(joined) && !/(?:제가|내가|저는|나는)\s?[^.?!]{0,8}(?:부숴|부쉈|던졌)/u.test(t);
}

const TO_WOMEN_LINE = /남편|남친|남자\s?친구|애\s?아빠|아빠|아버지/u;
export const SMASH_PREFIX = 'safety:smash';
export const SMASH_REPLIES = {
  first:
    '화가 날 때마다 부수고 겁을 주는 걸 곁에서 겪으면 얼마나 무섭고 조마조마할까요. 직접 때리지 않아도 물건을 부수며 위협하는 건 가정폭력에 들어가요. 여성긴급전화 1366은 신고하지 않아도 상담부터 받을 수 있어요. 지금 있는 곳은 안전해요?',
  kids:
    '아이들이 그렇게 무서워한다면 아이들에게도 큰 상처가 될 수 있어요. 아이들 앞에서 벌어지는 폭력은 아이들에게도 학대가 될 수 있어요. 위험해지면 아이들과 함께 피할 곳을 미리 정해 두고, 바로 112에 전화해 주세요.',
  not_hit:
    '때리지 않아도 물건을 부수며 겁을 주는 건 폭력이에요. 신고가 어렵다면 1366에 상담만 먼저 해 봐도 돼요, 어떻게 할지는 천천히 정해도 괜찮아요.',
  self_blame:
    '조심한다고 피할 수 있는 일이 아니에요. 화를 부수는 걸로 푸는 건 그 사람의 책임이에요. 지금까지 눈치를 살피며 버텨 온 것만으로도 많이 지쳤을 거예요.',
  now_ok:
    '지금은 조용하다니 다행이에요. 그래도 다음에 위험해질 때를 위해 피할 곳과 112를 미리 정해 두면 좋겠어요.',
  alone:
    '가까운 사람에게도 말하지 못하고 혼자 안고 있었다니 많이 외로웠겠어요. 여기서 꺼내 준 것만으로도 큰 걸음이에요. 1366은 24시간 전화로 이야기를 들어 주고, 주변에 어떻게 말할지도 같이 고민해 줘요.',
} as const;
const SMASH_STAY = [
  '혼자 견디지 않아도 돼요. 다시 부수거나 위협하는 순간이 오면 아이들과 그 자리를 피하고 112에 전화해 주세요.',
  '이야기해 줘서 고마워요. 마음이 준비될 때 상담만 먼저 받아 봐도 되고, 위험할 땐 언제든 112예요.',
];

function smashKey(t: string): string | null {
  if (/때리(?:진|지는|지도|지\s?않)|안\s?때려|맞은\s?건\s?아니|신고(?:는|까지)?\s?(?:못|안|어려)/u.test(t)) return 'not_hit';
  if (/애들|아이들|아이가|애가|딸이|아들이|아이들이/u.test(t)) return 'kids';
  if (/(?:제가|내가)\s?[^.?!]{0,10}(?:조심|참으면|잘하면|맞추면)|제\s?잘못|내\s?잘못|제\s?탓|내\s?탓/u.test(t)) return 'self_blame';
  if (/말\s?못|말도\s?못|아무한테도|아무도\s?몰/u.test(t)) return 'alone';
  if (/지금은\s?(?:괜찮|자요|자고|잠들|나갔|없어|조용)/u.test(t)) return 'now_ok';
  return null;
}

/** The reply for smashing and threats at home, and for the turns that follow it. */
export function smashPick(raw: string, earlier: readonly string[], used: readonly string[]): HarmPick | null {
  const t = raw.normalize('NFC');
  if (WEAPON.test(t)) return null;
  const told = smashingAtHome(t, earlier);
  const current = threadCurrent(used, SMASH_PREFIX);
  if (!told && !current) return null;
  const key = smashKey(t);
  if (!key && !told) return null;
  const joined = [...earlier.slice(-6), t].join(' ');
  const replies = TO_WOMEN_LINE.test(joined) ? SMASH_REPLIES : { ...SMASH_REPLIES, first: SMASH_REPLIES.first.replace('여성긴급전화 1366은', '가까운 가정폭력상담소에서는'), not_hit: SMASH_REPLIES.not_hit.replace('1366에', '가정폭력상담소에'), alone: SMASH_REPLIES.alone.replace('1366은 24시간 전화로', '가정폭력상담소에서') };
  const pick = pickThread(SMASH_PREFIX, key ? [key] : ['first'], replies, SMASH_STAY, used);
  return { ...pick, safety: 'violence', mood: 'anxiety' };
}

/** Threads of violence at home whose songs wait for a check on safety first (engine.ts). */
export const HOME_VIOLENCE_PREFIXES: readonly string[] = [ELDER_PREFIX, MAN_PREFIX, SMASH_PREFIX];
