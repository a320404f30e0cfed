/**
 * Danger happening now, stalking, and what follows a disclosure of violence (session 36, found by
 * talking to the CLI):
 *
 * - A threat at the door right now ("지금 그 사람이 우리 집 문 앞에 있어요" / "계속 문 두드려요" /
 *   "소리 안 나게 숨어 있어요") got "이번 주는 어떻게 지나가고 있어요?"; a child hearing a parent
 *   beaten ("지금도 안방에서 소리 나") got "그때 가장 듣고 싶었던 말은 뭐였어요?". Now: 112, a text
 *   to 112 when one cannot speak, the door locked, a quiet room, someone near told.
 * - The night ahead after a disclosure ("오늘 밤에 또 집에 온대") got small talk: a plan for tonight.
 * - Stalking was found only by the word 스토킹: being followed, waited for, tracked or flooded with
 *   messages by an ex gets a reply that says it is a crime (스토킹처벌법), that 112 takes it before
 *   anything worse happens, and to keep records.
 * - Children and teens hurt at home, and men, were given the women's line 1366: a child gets 112
 *   (아동학대 신고도 112) and 1388, a man 112 and counselling without 1366.
 * - "진짜 별거 아니에요 장난이었어요" after being choked got "화보다 헛웃음이 먼저 나오기도 하죠";
 *   self-blame after being hit ("내가 성적 떨어져서 그런 거야") got school-pressure talk; fear
 *   ("무서워") got replies about anger; "됐어 그냥 잘래" got "잘 자요! … 잔잔한 음악".
 *
 * Pure functions: the engine passes whether a violence safety turn is recent and the story before.
 */

import { detectSafety } from './safety';

const nfc = (s: string) => s.normalize('NFC');

/** The young: school years said, or (for one hit by a parent) school things in the story. */
const YOUNG = /초등학생|중학생|고등학생|초딩|중딩|고딩|초등학교|중학교|고등학교|(?:^|\s)(?:초|중|고)[1-6](?:인데|이에요|이야|임|이고|\s|$)|[1-6]학년|미성년|청소년|담임|급식/u;
const SCHOOL_THINGS = /성적|시험|숙제|학교|학원|용돈/u;

/** A parent (or step-parent, or a parent's partner) hitting the user: a child or teen at home, most likely. */
const PARENT = /(?:아빠|엄마|아버지|어머니|부모님?|새아빠|새엄마|계부|계모|엄마\s?남자\s?친구|엄마\s?남친|아빠\s?여자\s?친구)/u;
const HITS = /때려|때리|때렸|때린|패요|팼|맞았|맞아|맞고|폭행|밀쳐|밀쳤|던져|던졌|발로\s?차|목\s?졸/u;
const PARENT_HITS = new RegExp(`${PARENT.source}(?:가|이|께서|는|은|도)?\\s?[^.?!\\n]{0,14}(?:${HITS.source})`, 'u');
/** Parents between themselves ("아빠가 엄마를 때려", "엄마가 아빠한테 맞았어"): the child is a witness. */
const PARENTS_FIGHT = /(?:아빠|아버지|엄마|어머니|새아빠|계부|엄마\s?남자\s?친구|엄마\s?남친)(?:가|이|는)?\s?(?:엄마|어머니|아빠|아버지)(?:를|한테|에게)\s?[^.?!\n]{0,8}(?:때려|때리|때렸|맞|폭행|밀쳐)/u;

/** Whether the user sounds like a child or teen hurt or witnessing violence at home. */
export function youngAtHome(text: string, earlier: readonly string[] = []): boolean {
  const story = [...earlier.slice(-8), text].map(nfc).join(' \n');
  if (!PARENT_HITS.test(story) && !PARENTS_FIGHT.test(story)) return false;
  return YOUNG.test(story) || (PARENT_HITS.test(story) && !PARENTS_FIGHT.test(story) && SCHOOL_THINGS.test(story));
}

/** A man hit by a partner ("여자친구가 화나면 저를 때려요 남자가 맞는다고 하면 웃기죠"). */
const MALE_VICTIM =
  /남자가\s?맞|남자(?:인데|라서|라고|도)\s?[^.?!]{0,10}맞|(?:여자\s?친구|여친|아내|와이프|부인|집사람)(?:가|이|는)?\s?[^.?!\n]{0,12}(?:저를|나를|절|날)?\s?[^.?!\n]{0,6}(?:때려|때리|때렸|폭행|밀쳐|밀쳤|던져|던졌)/u;
export function maleVictim(text: string, earlier: readonly string[] = []): boolean {
  return [...earlier.slice(-6), text].some((t) => MALE_VICTIM.test(nfc(t)));
}

// ---------------------------------------------------------------- danger now

const NOW = /지금|방금|아까부터|아직도|여태|계속|자꾸/u;
const PAST = /었었|았었|그때|어제|지난|예전|옛날|전에는|있었어|있었어요|있었는데|했었/u;
/** Someone at the door or the house, trying to get in. */
const INTRUSION =
  /문\s?(?:앞|밖)에?\s?(?:있|서\s?있|와\s?있|왔|서성)|문(?:을|을요)?\s?(?:계속\s?|막\s?|쾅쾅\s?)?(?:두드|두들|쾅쾅|부수|부술|발로\s?차|차고|열라|열어\s?(?:라|달라|줘))|초인종|벨\s?(?:을\s?)?(?:누르|눌러|계속|소리)|도어락|비밀번호\s?(?:누르|눌러|눌렀)|창문\s?(?:두드|밖에)|집\s?(?:앞|밖)에(?:서)?\s?(?:기다리|기다려|서\s?있|있어|와\s?있)|들어오려/u;
/** One who would be feared there (the door is not a parcel or a friend). */
const FEARED = /그\s?사람|그\s?놈|그\s?남자|그\s?새끼|전\s?남친|전남친|전\s?남편|전남편|전\s?여친|전여친|전\s?애인|헤어진\s?(?:남친|사람|애인)|모르는\s?(?:사람|남자|여자)|낯선\s?(?:사람|남자|여자)|누가|누군가|스토커|가해자|술\s?취한/u;
const FEAR = /무서|무섭|겁나|겁이\s?나|두려|떨려|숨어|숨었|도와\s?(?:줘|주세요)|살려/u;
/** Hiding or locked in: in a story of violence, that is now. */
const HIDING = /숨어\s?(?:있|있어|있어요)|숨었|숨죽|소리\s?안\s?나게|이불\s?속|(?:방|화장실)(?:에|으로)?\s?(?:들어와\s?있|숨|피해\s?있)/u;
const LOCKED = /문(?:은|을|도)?\s?(?:다\s?)?잠갔|문(?:은|을|도)?\s?(?:다\s?)?잠가\s?(?:놨|뒀|두었)|잠가\s?놨어|문\s?걸어\s?잠/u;
/** Violence going on in the house, heard or seen now. */
const ACTIVE = /소리\s?(?:나|가\s?나|들려|들리)|때리고\s?있|맞고\s?있|싸우고\s?있|던지고\s?있|부수고\s?있|소리\s?지르고\s?있|비명|울고\s?있|울어|난리|깨지는|부서지는/u;
/** The night ahead ("오늘 밤에 또 집에 온대", "오늘 저녁에 또 마시고 올 것 같아요"). */
const TONIGHT =
  /(?:오늘|이따|밤|저녁|주말|내일)[^.?!]{0,14}(?:또|다시)\s?[^.?!]{0,10}(?:온대|온다고|온다|온댔|올\s?거|올\s?것|올까|들어온대|들어올|찾아온대|찾아올|오겠대|오겠다|마시고\s?(?:올|들어올|오겠|온대))/u;

export type DangerNow = 'door' | 'home' | 'hiding' | 'locked' | 'tonight';

/**
 * A threat happening now, or tonight. Alone, it takes a feared person (or fear) at the door now;
 * within a story of violence (`violenceStory`), the door, hiding, a locked door, violence heard now
 * ("지금도 안방에서 소리 나") or "또 온대" tonight.
 */
export function dangerNow(text: string, violenceStory: boolean, nowBefore = false): DangerNow | null {
  const t = nfc(text);
  const now = NOW.test(t);
  const past = PAST.test(t) && !/지금/u.test(t);
  if (INTRUSION.test(t) && now && !past && (FEARED.test(t) || FEAR.test(t))) return 'door';
  if (!violenceStory) return null;
  if (past) return null;
  if (LOCKED.test(t)) return 'locked';
  if (HIDING.test(t)) return 'hiding';
  if (INTRUSION.test(t)) return 'door';
  // Right after a reply about danger now, "동생도 울고 있어" is still now.
  if (ACTIVE.test(t) && (nowBefore || /지금|방금|아직도|아까부터/u.test(t))) return 'home';
  // One who comes to help is no threat ("오늘 친구가 또 온대").
  if (TONIGHT.test(t) && !/(?:친구|언니|누나|동생|경찰|상담\s?선생님)(?:가|이|들이)/u.test(t)) return 'tonight';
  return null;
}

export const DANGER_PREFIX = 'safety:danger';

export const DANGER_NOW_REPLIES: Readonly<Record<DangerNow, readonly string[]>> = {
  door: [
    '지금은 안전이 먼저예요. 문은 절대 열지 말고 잠가 둔 채로, 지금 바로 112에 신고해 주세요. 소리 내서 말하기 어려우면 112에 문자로 주소와 "문 앞에 누가 와 있다"고만 보내도 신고가 돼요. 지금 문은 잠겨 있어요?',
    '문에서 떨어진, 잠글 수 있는 방에 조용히 있어요. 아직 신고 전이라면 지금 112에 전화하거나 문자로 주소를 보내 주세요. 가까이 사는 사람이나 가족에게도 지금 상황을 문자로 알려 두면 좋아요.',
  ],
  home: [
    '지금은 안전이 먼저예요. 말리러 들어가지 말고, 문을 잠글 수 있는 방에 있어요. 동생이 있다면 같이요. 지금 바로 112에 전화하거나, 소리 내기 어려우면 112에 문자로 주소를 보내도 경찰이 와요.',
    '그 소리를 혼자 듣고 있는 게 얼마나 무서울지 마음이 쓰여요. 지금 위험하다고 느끼면 112에 전화나 문자로 알려 주세요. 이건 절대 듣고 있는 사람의 잘못이 아니에요.',
  ],
  hiding: [
    '잘하고 있어요. 그대로 소리 내지 말고 있어요. 아직 신고 전이라면 지금 112에 문자로 주소와 상황을 보내 주세요, 전화로 말하지 않아도 신고가 돼요. 믿을 만한 사람에게도 지금 있는 곳을 문자로 알려 두세요.',
    '조용히 잘 버티고 있어요. 휴대폰은 무음으로 해 두고, 112 문자 신고로 주소를 보내 주세요. 경찰이 오기 전까지 문을 열지 말고 그 자리에 있어요.',
  ],
  locked: [
    '문을 잠근 건 정말 잘했어요. 문에서 떨어진 방에 있고, 아직 신고 전이라면 지금 112에 전화하거나 문자로 주소를 보내 주세요. 경찰이 와서 확인하기 전까지는 문을 열지 말아요.',
  ],
  tonight: [
    '오늘 밤이 걱정되는 게 당연해요. 그 전에 머물 수 있는 안전한 곳이나 연락할 사람을 미리 정해 두고, 휴대폰은 충전해서 몸 가까이 두세요. 위험해지면 바로 112에 전화하고, 말하기 어려우면 112에 문자로 신고해도 돼요.',
  ],
};

/** A child or teen in danger now: a safe room with siblings, 112, and that it is not their fault. */
export const YOUNG_NOW_REPLIES: readonly string[] = [
  '많이 무섭죠. 이건 절대 네 잘못이 아니에요. 말리러 가지 말고, 동생이 있으면 같이 문을 잠글 수 있는 방에 들어가 있어요. 지금 112에 전화하고, 말하기 어려우면 112에 문자로 주소를 보내도 경찰이 와요.',
  '지금 정말 잘 버티고 있어요. 방 안에서 조용히 있고, 112에 전화나 문자로 주소를 알려 주세요. 어린이나 청소년이 신고해도 경찰은 똑같이 와 줘요. 이 일은 네 잘못이 아니에요.',
];

// ---------------------------------------------------------------- stalking

const STALKED_WORD = /스토킹|스토커|미행/u;
const FOLLOWED =
  /(?:누가|누군가|어떤\s?(?:남자|여자|사람)|모르는\s?(?:남자|여자|사람)|낯선\s?(?:남자|여자|사람)|같은\s?(?:남자|여자|사람|차))(?:가|이)?\s?[^.?!]{0,24}?(?:따라오(?!라)|따라와(?!\s?(?:줘|달)|라)|따라온|쫓아오|쫓아와|뒤따라)|(?:어떤\s?(?:남자|여자|사람)|모르는\s?(?:남자|여자|사람)|낯선\s?(?:남자|여자|사람)|같은\s?(?:남자|여자|사람|차))(?:가|이)?\s?[^.?!]{0,24}?(?:(?:계속|자꾸|매일)\s?(?:보여|보이|있어|나타나|서\s?있|쳐다)|기다리|기다려)|(?:누가|누군가)\s?(?:계속\s?|자꾸\s?|매일\s?)?(?:집|회사|학교)\s?앞에서\s?(?:계속\s?)?(?:기다리|기다려)/u;
const EX = /(?:전\s?남친|전남친|전\s?여친|전여친|전\s?남편|전남편|전\s?애인|전\s?남자\s?친구|전\s?여자\s?친구|헤어진\s?(?:남친|여친|사람|애인))(?:이|가|은|는|도)(?=\s|$)/u;
const PURSUIT_PLACE =
  /(?:집|회사|학교|직장|가게|알바|회사\s?건물)\s?앞(?:에|에서|까지|에도|으로)|찾아와|찾아오|찾아왔|찾아온|기다려|기다리|따라와|따라오|쫓아|추적|위치(?:를|도)?\s?(?:알|추적|확인|다\s?알)/u;
const PURSUIT_CONTACT = /(?:계속|자꾸|매일|밤마다|하루\s?종일|수십|몇십)\s?[^.?!]{0,8}(?:연락|전화|문자|카톡|디엠|DM)|번호\s?(?:를\s?)?바꿔|차단했는데|차단해도|다른\s?번호로/u;
const LOCATION = /위치\s?추적|(?:내|제)\s?위치(?:를|도)?\s?(?:알|다\s?알)|내가\s?어디\s?있는지\s?(?:알|다\s?알)|위치를\s?(?:알아|알고)/u;
/** The user's own doing, or longing ("전남친이 보고 싶어서 집 앞까지 갔어"). */
const OWN_DOING = /(?:내가|제가|나도|저도)\s|갔어|갔다|갔었|가\s?봤|보고\s?싶|그리워|다시\s?만나/u;

/** Whether the turn tells of being stalked; `stalkingBefore`: the story already did. */
export function toldStalking(text: string, stalkingBefore = false): boolean {
  const t = nfc(text);
  if (/아니(?:야|에요|예요|고)|아닌\s?것\s?같|착각이었/u.test(t) && !/스토킹\s?같/u.test(t)) return false;
  if (STALKED_WORD.test(t) && !/영화|드라마|뉴스|기사|웹툰|소설/u.test(t)) return true;
  if (FOLLOWED.test(t) || LOCATION.test(t)) return true;
  if (EX.test(t) && !OWN_DOING.test(t) && (PURSUIT_PLACE.test(t) || PURSUIT_CONTACT.test(t))) return true;
  return stalkingBefore && !OWN_DOING.test(t) && (PURSUIT_PLACE.test(t) || PURSUIT_CONTACT.test(t));
}

/** Whether the story before tells of stalking (for the turns after it). */
export function stalkingStory(earlier: readonly string[]): boolean {
  return earlier.slice(-8).some((e) => toldStalking(e));
}

/** The police said they can do nothing yet ("별일 없으면 못 해준대요"). */
const POLICE_WONT = /경찰[^.?!]{0,20}(?:못\s?해|안\s?해|할\s?수\s?없|기다리라|별일\s?없|증거\s?없|돌려보냈|그냥\s?가라)/u;
export function policeWouldNot(text: string): boolean {
  return POLICE_WONT.test(nfc(text));
}

export const STALKING_REPLIES: readonly string[] = [
  '그건 예민한 게 아니라 충분히 겁날 만한 일이에요. 원하지 않는데 계속 따라오거나 찾아오고 연락하는 건 스토킹처벌법으로 처벌되는 범죄라서, 아직 아무 일이 없었어도 112에 신고할 수 있어요. 지금은 안전한 곳에 있어요?',
  '혼자 얼마나 신경이 곤두섰을지 느껴져요. 날짜와 시간, 장소를 메모하고 문자나 통화 기록은 지우지 말고 캡처해 두세요. 다닐 때는 사람 많고 밝은 길로, 되도록 누군가와 함께 다니면 좋아요.',
  '같은 일이 되풀이된다면 그 자체로 신고할 이유가 돼요. 112에 스토킹으로 신고하면 접근하지 못하게 하는 조치도 요청할 수 있어요. 이 일을 알고 있는 가까운 사람이 있어요?',
];
/** Thinking of moving away from it ("이사라도 가야 하나 싶어요"): fear, not "답답함이 화로". */
const THINKS_OF_MOVING = /이사|집을?\s?옮|다른\s?데로\s?가|도망/u;
export const STALKING_MOVE_REPLY =
  '이사까지 생각할 만큼 지치고 무서웠겠어요. 옮기든 옮기지 않든, 지금 할 수 있는 건 기록을 모아 112에 스토킹으로 신고하고 접근을 막는 조치를 요청하는 거예요. 혹시 옮긴다면 새 주소가 그 사람에게 알려지지 않게 조심해 주세요.';
export const STALKING_POLICE_REPLY =
  '그 말을 듣고 얼마나 막막했을까요. 반복해서 찾아오고 연락하는 것만으로도 스토킹처벌법에 따라 신고할 수 있는 일이에요. 모아 둔 기록을 들고 다시 112나 경찰서에 "스토킹으로 신고한다"고 분명히 말해 보세요. 접근하지 못하게 하는 조치도 요청할 수 있어요.';

// ---------------------------------------------------------------- after a disclosure

/** Making light of it after the disclosure: "별거 아니에요", "장난이었어요", "괜히 말했다". */
const MINIMIZES = /별거\s?아니|별\s?거\s?아니|별일\s?아니|장난(?:이었|이에요|이야|친\s?거|으로)|괜히\s?말했|신경\s?(?:쓰지|꺼)|잊어\s?(?:줘|주세요|버려)|없던\s?일|과장(?:했|한\s?거)|오버(?:했|한\s?거)|그렇게\s?심한\s?(?:거|건)\s?아니/u;
const CHOKED = /목(?:을|을요)?\s?(?:졸|조르|졸랐|졸라)|목\s?조르|목졸/u;

export function minimizes(text: string): boolean {
  return MINIMIZES.test(nfc(text));
}
export function choked(texts: readonly string[]): boolean {
  return texts.some((t) => CHOKED.test(nfc(t)));
}

export const CHOKED_MINIMIZED_REPLIES: readonly string[] = [
  '말해 준 건 괜히 한 게 아니에요. 다만 목을 조르는 건 장난으로 넘길 수 있는 일이 아니고, 더 큰 위험으로 이어질 수 있는 신호라서 마음이 많이 쓰여요. 지금 당장 무엇을 하라는 건 아니에요. 112와 여성긴급전화 1366은 언제든 열려 있다는 것만 기억해 줘요.',
  '더 캐묻지는 않을게요. 그래도 목을 조른 일은 가볍게 여기지 않았으면 해요. 그 뒤로 숨쉬기나 목소리가 이상하면 꼭 병원에 가 보고, 마음이 바뀌면 언제든 1366이나 112에 이야기할 수 있어요.',
];
export const MINIMIZED_REPLIES: readonly string[] = [
  '괜히 말한 거 아니에요, 말해 줘서 다행이에요. 별일 아니라고 넘기고 싶은 마음도 이해돼요. 그래도 맞거나 다친 일은 가볍게 넘길 일이 아니라서, 도움이 필요해지면 언제든 112에 연락할 수 있다는 것만 기억해 줘요.',
];

/** Blaming oneself for being hit ("내가 성적 떨어져서 그런 거야", "제가 먼저 화나게 했어요"). */
const SELF_BLAME =
  /(?:내가|제가|나|저)\s?[^.?!]{0,24}(?:서|니까)\s?(?:그런|그랬|맞은|맞는)\s?(?:거|것|거래|거래요|거야|거예요|거죠)|(?:내|제)\s?(?:탓|잘못)(?!\s?(?:아니|이\s?아니|은\s?아니))|맞아도\s?(?:싸|싼|쌌)|맞을\s?만(?:했|해|한)|(?:제가|내가)\s?(?:먼저\s?)?화나게\s?(?:했|만들)|비겁한\s?(?:거|건가|걸까)|(?:제가|내가)\s?(?:참으면|잘하면|잘했으면|말\s?안\s?했으면)/u;
export function blamesSelf(text: string): boolean {
  const t = nfc(text);
  return SELF_BLAME.test(t) && !/네\s?(?:탓|잘못)|너\s?때문/u.test(t);
}
export const SELF_BLAME_REPLIES: readonly string[] = [
  '어떤 이유가 있어도 맞아도 되는 사람은 없어요. 그 책임은 손을 댄 사람에게 있지, 맞은 사람에게 있지 않아요. 그렇게 생각하게 된 데에는 어떤 말들이 있었어요?',
  '그렇게 스스로를 탓하게 되는 게 마음 아파요. 하지만 무엇을 했든 폭력이 정당해지지는 않아요. 잘못은 때린 사람에게 있어요.',
];
export const YOUNG_SELF_BLAME_REPLIES: readonly string[] = [
  '그건 절대 네 잘못이 아니에요. 어떤 이유가 있어도 어른이 아이를 때려도 되는 건 아니에요. 그 책임은 때린 어른에게 있어요. 이 일을 알고 있는 다른 어른이 있어요?',
];
/** A child who saw a parent hurt and blames themselves for not stopping it. */
export const YOUNG_WITNESS_BLAME_REPLIES: readonly string[] = [
  '비겁한 게 아니에요. 어른들 사이의 폭력을 막는 건 아이가 해야 하는 일이 아니고, 네가 다치지 않는 게 가장 중요해요. 네 잘못은 하나도 없어요.',
];

/** Hurt on the body after violence ("다리에 멍 엄청 많아"). */
const INJURY = /멍(?:이|들|든|투성|(?=\s)(?!\s?때)|$)|피(?:가|\s?나|\s?났)|다쳤|부었|부어\s?(?:올라|있)|꿰맸|뼈(?:가|에)|금\s?갔|골절|흉터/u;
export function toldInjury(text: string): boolean {
  return INJURY.test(nfc(text));
}
export const INJURY_REPLIES: readonly string[] = [
  '그렇게 다쳤다니 많이 아팠겠어요. 아픈 곳이 심하면 병원에 가 보고, 멍이나 다친 곳은 사진으로 남겨 두세요. 나중에 도움을 청할 때 그 기록이 힘이 돼요.',
];
export const YOUNG_INJURY_REPLIES: readonly string[] = [
  '많이 아팠겠어요. 아픈 데가 심하면 보건 선생님이나 믿을 수 있는 어른에게 꼭 보여 줘요. 그렇게 다친 건 절대 네 잘못 때문이 아니에요.',
];

/** Regret at having told ("그냥 말하지 말 걸 그랬다"). */
const REGRET_TELLING = /말하지\s?말\s?걸|말하지\s?말걸|괜히\s?(?:말했|얘기했|털어놨)|말\s?안\s?할\s?걸|얘기하지\s?말\s?걸/u;
export const REGRET_REPLIES: readonly string[] = [
  '말해 준 건 정말 잘한 일이에요. 말하고 나서 겁이 나는 것도 당연해요. 여기서 한 이야기는 이 기기 밖으로 나가지 않고, 어떻게 할지는 천천히 정해도 돼요.',
];
export const YOUNG_REGRET_REPLIES: readonly string[] = [
  '말해 준 건 정말 잘한 일이에요. 말하고 나서 겁이 나는 것도 당연해요. 여기서 한 이야기는 이 기기 밖으로 나가지 않아요. 마음이 준비되면 1388(문자 #1388)에 이야기해 봐도 돼요.',
];

/** Fear named in a story of violence: met as fear, with 112 near (not "화를 느끼는 건 잘못이 아니에요"). */
const FEAR_NAMED = /무서|무섭|겁나|겁이\s?나|두려|떨려|불안해/u;
export function namesFear(text: string): boolean {
  return FEAR_NAMED.test(nfc(text));
}
export const FEAR_REPLIES: readonly string[] = [
  '무서운 게 당연해요. 예민해서가 아니라 위험을 알아차린 거예요. 위험하다고 느껴지면 바로 112에 전화하거나 문자로 신고해도 돼요. 지금 있는 곳은 안전해요?',
  '그 두려움을 혼자 안고 있었군요. 무서운 마음이 들 때 연락할 수 있는 사람을 한 명 정해 두고, 위험할 땐 112에 전화나 문자로 알려 주세요. 지금 곁에 누가 있어요?',
];
export const YOUNG_FEAR_REPLIES: readonly string[] = [
  '무서운 게 당연해요. 이건 절대 네 잘못이 아니에요. 문을 잠글 수 있는 방에 있고, 위험하면 112에 전화하거나 문자를 보내요. 지금 곁에 믿을 수 있는 어른이 있어요?',
];

/** A child or teen at home, once their age is known: 112 for child abuse, and 1388 (not 1366). */
export const YOUNG_AT_HOME_REPLIES: readonly string[] = [
  '말해 줘서 정말 고마워요. 집에서 일어나는 폭력은 절대 네 잘못이 아니에요. 위험할 땐 112에 전화하거나 문자로 신고할 수 있고, 아동학대 신고도 112로 해요. 청소년상담전화 1388(문자 #1388)에서도 비밀을 지키며 어떻게 할지 같이 생각해 줘요.',
  '그런 걸 겪고 있다니 많이 무섭고 힘들었겠어요. 네가 다치지 않는 게 가장 중요해요. 위험하면 112에 전화나 문자로 알리고, 1388(문자 #1388)이나 믿을 수 있는 선생님께 이야기해도 돼요. 지금은 안전한 곳에 있어요?',
];

/** Afraid the police would make it worse, said as a statement ("경찰 부르면 더 화낼 것 같아요"). */
const POLICE_FEAR = /(?:경찰|신고|112)[^.?!]{0,20}(?:더\s?(?:화|때리|난리|위험)|화낼|보복|해코지|알게\s?(?:되|될|돼)|알면)/u;
export function fearsPolice(text: string): boolean {
  const t = nfc(text).trim();
  return POLICE_FEAR.test(t) && !/[?？]|(?:까요?|나요|가요|어요\?|해\?)\s*$/u.test(t);
}
export const POLICE_FEAR_REPLIES: readonly string[] = [
  '그렇게 걱정되는 게 당연해요. 그래도 위험이 눈앞에 있을 때는 경찰이 와서 막아 주는 게 먼저예요. 전화가 어렵다면 112에 문자로 조용히 신고할 수도 있어요.',
];
/** …told of a neighbour's house: the one who reports is kept unnamed. */
export const NEIGHBOR_POLICE_FEAR_REPLY =
  '그런 걱정이 드는 게 당연해요. 신고한 사람이 누구인지는 상대에게 알려 주지 않는 게 원칙이고, 아동학대 신고라면 신고자 정보는 법으로 보호돼요. 무서운 마음이 크면 그 점도 112에 같이 말해 두세요.';

/** A neighbour's house where shouting, throwing or hitting goes on and a child cries: possible child abuse. */
const NEIGHBOR = /옆집|윗집|아랫집|앞집|이웃|옆\s?방|옆\s?호/u;
const NEIGHBOR_VIOLENCE = /소리\s?(?:를\s?)?지르|고함|던지|때리|때려|맞는|비명|부수|욕하/u;
const CHILD_CRIES = /(?:애|아이|아기|애기|애들)(?:가|들)?\s?[^.?!]{0,6}(?:우는|울어|울고|비명|맞는|살려)/u;
export function neighborChildAtRisk(text: string, earlier: readonly string[] = []): boolean {
  const t = nfc(text);
  const story = [...earlier.slice(-3).map(nfc), t].join(' \n');
  return CHILD_CRIES.test(t) && NEIGHBOR.test(story) && NEIGHBOR_VIOLENCE.test(story);
}
export function neighborStory(earlier: readonly string[]): boolean {
  return earlier.slice(-6).some((e) => NEIGHBOR.test(nfc(e)));
}
export const NEIGHBOR_CHILD_REPLY =
  '아이 우는 소리까지 들린다면 그냥 지나치기 어려운 상황이에요. 아동학대가 의심될 때는 누구나 112에 신고할 수 있고, 확실하지 않아도 괜찮아요. 지금 그 소리가 들린다면 바로 112에 알려 주세요.';
/** A man hit by a partner: no women's line; 112 and counselling. */
export const MALE_VICTIM_REPLIES: readonly string[] = [
  '쉽지 않은 이야기였을 텐데 말해 줘서 고마워요. 남자라도 맞는 건 웃을 일이 아니라 폭력이고, 참고 견딜 일이 아니에요. 위험할 땐 바로 112에 신고하고, 상담은 가까운 가정폭력상담소 같은 곳에서 받을 수 있어요. 지금 있는 곳은 안전해요?',
  '그건 정말 위험한 일이에요. 남자든 여자든 그런 위협을 받으면 112에 신고할 수 있어요. 다시 그런 일이 생기면 먼저 그 자리를 피하고 바로 신고해 주세요. 지금은 그 사람과 떨어져 있어요?',
];

/** A parent hitting the user, age not told: no women's line; 112, and for a student, child abuse and 1388. */
const PARENT_HITS_ME = new RegExp(`${PARENT.source}(?:가|이|께서|는|은|도)?\\s?(?:나를?|날|저를?|절)?\\s?[^.?!\\n]{0,8}(?:때려|때리|때렸|때린|팼|폭행)|${PARENT.source}(?:한테|에게|께)\\s?(?:또\\s?|맨날\\s?|자주\\s?)?(?:맞았|맞아|맞고)`, 'u');
export function parentHitsMe(text: string): boolean {
  const t = nfc(text);
  return PARENT_HITS_ME.test(t) && !PARENTS_FIGHT.test(t) && !/(?:동생|형|오빠|언니|누나)(?:을|를|한테|에게)/u.test(t);
}
export const PARENT_HITS_ME_REPLIES: readonly string[] = [
  '말해 줘서 정말 고마워요. 부모라도 때리는 건 어떤 이유로도 당연한 일이 아니고, 맞은 사람의 잘못이 아니에요. 위험할 땐 112에 전화나 문자로 신고할 수 있어요. 아직 학생이라면 아동학대 신고도 112로 하고, 청소년상담전화 1388(문자 #1388)에서도 이야기를 들어 줘요.',
];

/** Nowhere to go, or where one would live, after violence ("어디 갈 데도 없어", "그럼 나 어디서 살아"). */
const NOWHERE = /(?:갈|있을|피할|지낼|잘)\s?(?:데|곳)(?:가|이|도)?\s?(?:없|하나도\s?없)|어디서\s?(?:살|지내)|어디로\s?가(?:야|지)/u;
export function nowhereToGo(text: string): boolean {
  return NOWHERE.test(nfc(text));
}
export const NOWHERE_REPLIES: readonly string[] = [
  '갈 곳이 없다고 느껴질 때도 길은 있어요. 여성긴급전화 1366에 전화하면 오늘 밤 머물 수 있는 긴급 보호시설을 함께 찾아 줄 수 있어요. 위험해지면 그 자리에서 바로 112에 신고해 주세요.',
];
export const YOUNG_NOWHERE_REPLIES: readonly string[] = [
  '그게 제일 걱정되죠. 신고한다고 갑자기 혼자 남겨지는 게 아니라, 어른들이 네가 지낼 안전한 곳부터 함께 찾아 줘요. 1388(문자 #1388)에 물어보면 어떻게 되는지 차근차근 알려 줄 거예요.',
];
export const MALE_NOWHERE_REPLIES: readonly string[] = [
  '갈 곳이 없다고 느껴지면 더 막막하죠. 위험할 땐 112에 도움을 청할 수 있고, 당장 지낼 곳은 보건복지상담센터 129나 가까운 주민센터에 물어볼 수 있어요. 잠시라도 머물 수 있는 사람이 떠올라요?',
];

/** Asking, after stalking was told, whether it may be reported ("이런 걸로 경찰에 신고해도 돼?"). */
const MAY_REPORT = /(?:신고|경찰|112)[^.?!]{0,12}(?:해도\s?(?:돼|되|될)|할\s?수\s?있|되나|될까|하나요|해야\s?(?:돼|되|하나|할까))/u;
export function asksMayReport(text: string): boolean {
  return MAY_REPORT.test(nfc(text));
}
export const STALKING_MAY_REPORT_REPLY =
  '네, 신고해도 돼요. 아직 아무 일이 없었어도 같은 사람이 되풀이해서 따라오거나 기다리는 것만으로 스토킹으로 신고할 수 있어요. 112에 지금까지 본 날짜와 장소를 그대로 말하면 돼요.';

/** Leaving right after violence was told ("됐어 그냥 잘래"). */
const LEAVING = /^(?:(?:됐어|됐어요|됐다|아니야|몰라|그래|응|네|알겠어|알겠어요|이제|오늘은|나|저|그냥|피곤해|졸려)[,.\s]*){0,3}(?:잘래|잘게|잘래요|잘게요|잘\s?거야|자러\s?(?:갈게|갈래|간다|가)|잘\s?자|그만\s?(?:할래|할게|얘기할래)|나갈게|갈게|끌게|끝낼래|안녕|바이)\s*[.!~ㅠㅜ]*\s*$/u;
export function leavesNow(text: string): boolean {
  const t = nfc(text).trim();
  return t.length <= 20 && LEAVING.test(t);
}
export const LEAVING_REPLIES: readonly string[] = [
  '알겠어요, 오늘은 여기까지 해요. 밤사이라도 무섭거나 위험해지면 언제든 112에 전화하거나 문자로 알려 줘요. 이야기해 줘서 고마웠어요.',
];
export const YOUNG_LEAVING_REPLIES: readonly string[] = [
  '알겠어요, 오늘은 여기까지 해요. 밤에라도 무서운 일이 생기면 112에 전화하거나 문자를 보내요. 청소년상담전화 1388도 늘 열려 있어요. 이야기해 줘서 정말 고마워요.',
];

/** Songs asked for while the danger is current: a check-in first (no songs open). */
export const SONGS_AFTER_DANGER = '노래는 조금 있다가 같이 골라요. 그 전에 하나만 물어볼게요, 지금 있는 곳은 안전해요?';

export type AfterViolence = 'choked_minimized' | 'regret' | 'minimized' | 'self_blame' | 'injury' | 'nowhere' | 'police_fear' | 'fear' | 'leaving';

/** What a turn after a violence disclosure is, for the replies above; null for anything else. */
export function afterViolence(text: string, earlier: readonly string[]): AfterViolence | null {
  const t = nfc(text);
  const regret = REGRET_TELLING.test(t);
  if ((minimizes(t) || regret) && choked([...earlier.slice(-6), t])) return 'choked_minimized';
  if (regret) return 'regret';
  if (minimizes(t)) return 'minimized';
  if (blamesSelf(t)) return 'self_blame';
  if (toldInjury(t)) return 'injury';
  if (leavesNow(t)) return 'leaving';
  if (nowhereToGo(t)) return 'nowhere';
  if (fearsPolice(t)) return 'police_fear';
  if (namesFear(t) && !/(?:안|않|하나도\s?안)\s?무서|무섭지\s?않/u.test(t)) return 'fear';
  return null;
}

/** Ordered candidates for a turn: the engine gives the first unused reply of the first that has one. */
export interface DangerPick {
  prefix: string;
  pool: readonly string[];
  /** May repeat once used up: the way to safety must always be given. */
  repeat: boolean;
}

export interface DangerContext {
  /** A violence safety turn in the last few turns. */
  violenceRecent: boolean;
  /** The rules flag violence in this turn. */
  violenceNow: boolean;
  /** Reply ids given so far, oldest first. */
  used: readonly string[];
}

const NOW_KINDS = ['door', 'home', 'hiding', 'locked', 'young_now'].map((k) => `${DANGER_PREFIX}:${k}#`);
/** Asking about a report, or what happens after one: the practical replies answer it (practical-help.ts). */
const ASKS_ABOUT_REPORT = /신고|경찰|잡혀|감옥|112/u;

/**
 * The danger replies that fit this turn, best first; empty when none does. `earlier`: the story
 * before this turn, oldest first.
 */
export function dangerPicks(text: string, earlier: readonly string[], ctx: DangerContext): DangerPick[] {
  const t = nfc(text);
  const out: DangerPick[] = [];
  // Bullying (117's replies) and threats over a debt are violence turns too, but not a story of
  // being hit at home or by a partner: "내가 못생겨서 그런 거야" after 왕따 is not told "맞아도 되는 사람은 없어요".
  ctx = { ...ctx, violenceRecent: ctx.violenceRecent && ctx.used.slice(-8).some((id) => id.startsWith('safety:violence#') || id.startsWith(`${DANGER_PREFIX}:`)) };
  const pick = (kind: string, pool: readonly string[], repeat = false) => out.push({ prefix: `${DANGER_PREFIX}:${kind}`, pool, repeat });
  const stalkingBefore = stalkingStory(earlier) || ctx.used.some((id) => id.startsWith(`${DANGER_PREFIX}:stalking`));
  const young = youngAtHome(t, earlier);
  const male = maleVictim(t, earlier);
  const nowBefore = ctx.used.slice(-3).some((id) => NOW_KINDS.some((k) => id.startsWith(k)));
  const now = dangerNow(t, ctx.violenceRecent || ctx.violenceNow || stalkingBefore, nowBefore);
  if (now) {
    if (young && now !== 'tonight') pick('young_now', YOUNG_NOW_REPLIES, true);
    else pick(now, DANGER_NOW_REPLIES[now], true);
  }
  if (stalkingBefore && policeWouldNot(t)) pick('stalking_police', [STALKING_POLICE_REPLY]);
  if (stalkingBefore && asksMayReport(t)) pick('stalking_report', [STALKING_MAY_REPORT_REPLY]);
  if (toldStalking(t, stalkingBefore)) pick('stalking', STALKING_REPLIES);
  if (stalkingBefore && THINKS_OF_MOVING.test(t)) pick('stalking_move', [STALKING_MOVE_REPLY]);
  if (neighborChildAtRisk(t, earlier)) pick('neighbor_child', [NEIGHBOR_CHILD_REPLY], true);
  if (ctx.violenceNow) {
    if (young) pick('young_home', YOUNG_AT_HOME_REPLIES, true);
    else if (male) pick('male', MALE_VICTIM_REPLIES, true);
    else if (parentHitsMe(t)) pick('parent', PARENT_HITS_ME_REPLIES);
  }
  if (ctx.violenceRecent || stalkingBefore) {
    const after = afterViolence(t, earlier);
    if (after === 'police_fear' && neighborStory(earlier)) pick('police_fear_neighbor', [NEIGHBOR_POLICE_FEAR_REPLY]);
    else if (after) {
      const witness = young && !earlier.concat(t).some((e) => parentHitsMe(e));
      const pools: Record<AfterViolence, readonly string[]> = {
        choked_minimized: CHOKED_MINIMIZED_REPLIES,
        regret: young ? YOUNG_REGRET_REPLIES : REGRET_REPLIES,
        minimized: MINIMIZED_REPLIES,
        self_blame: witness ? YOUNG_WITNESS_BLAME_REPLIES : young ? YOUNG_SELF_BLAME_REPLIES : SELF_BLAME_REPLIES,
        injury: young ? YOUNG_INJURY_REPLIES : INJURY_REPLIES,
        nowhere: young ? YOUNG_NOWHERE_REPLIES : male ? MALE_NOWHERE_REPLIES : NOWHERE_REPLIES,
        police_fear: POLICE_FEAR_REPLIES,
        fear: young ? YOUNG_FEAR_REPLIES : FEAR_REPLIES,
        leaving: young ? YOUNG_LEAVING_REPLIES : LEAVING_REPLIES,
      };
      const variant = witness && after === 'self_blame' ? 'witness_self_blame' : (young && after !== 'police_fear' && !after.includes('minimized')) || (male && after === 'nowhere') ? `${young ? 'young' : 'male'}_${after}` : after;
      pick(variant, pools[after], after === 'leaving');
    }
    // Age told after the disclosure ("나 중학생인데 아무것도 못 했어"): the lines for the young, once;
    // a question about reporting is the practical replies' ("저 고등학생인데 신고하면 엄마가 잡혀가요?").
    if (young && YOUNG.test(t) && !ASKS_ABOUT_REPORT.test(t) && !ctx.used.some((id) => id.startsWith(`${DANGER_PREFIX}:young_home`))) {
      pick('young_home', YOUNG_AT_HOME_REPLIES);
    }
  }
  return out;
}

/**
 * Whether the danger is current: among the last few turns, one the rules alone flag as violence (a
 * turn flagged only through the exemplar vectors, on a broad cue, does not hold the songs back), or
 * a reply of this module among the last few given. `texts`: the user's recent turns, aligned with
 * the end of `turns`.
 */
export function dangerCurrent(turns: ReadonlyArray<{ safety: string | null }>, texts: readonly string[], used: readonly string[]): boolean {
  if (used.slice(-4).some((id) => id.startsWith(`${DANGER_PREFIX}:`))) return true;
  const last = turns.slice(-4);
  const lastTexts = texts.slice(-last.length);
  return last.some((t, i) => {
    if (t.safety !== 'violence') return false;
    const text = lastTexts[i - (last.length - lastTexts.length)];
    return text !== undefined && detectSafety(text, {}).category === 'violence';
  });
}
