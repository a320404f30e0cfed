/**
 * Session 41 (context): a short turn read with its story — who the story is about, and when.
 *
 * A tester's 40 conversations (/tmp/s41/hunt, finding group A) found short turns read on their
 * own, so the story they went on with was lost:
 * - "어제부터 밥을 안 먹어" after "우리 강아지가 아파" matched a hangover and was told «밥도 잘 안
 *   넘어갈 만큼이면 몸도 마음도 많이 지쳐 있는 거예요» (the dog is not eating, not the user);
 * - "엄마랑 아빠가 또 싸웠어" matched a fight with mum («엄마에게 제일 하고 싶었던 말은…»), then "방에서
 *   이어폰 끼고 있어" a parent worried about a child who games;
 * - "자주 못 찾아가서 죄송해", a grandmother in a care home, was taken as an apology to the bot;
 * - "친구들은 이제 그만하래", a month after a break-up, got the reply for cutting off a friend;
 * - "회사 다른 팀 사람인데 어제 같이 밥 먹었어", a crush, got «좋은 날 먹는 밥이 제일 맛있죠!»;
 * - "인스타 스토리 보고 알았어", left out of plans, got the reply for comparing oneself on SNS;
 * - "오늘이 마지막 출근이었어" after "퇴사했어" got «바쁘게 돌아가는 하루가 그려져요»;
 * - "내일 친구들이랑 노래방 가" got «그렇게 신나게 불렀다니 제대로 즐겼네요», "다음주 화요일" (when a
 *   result comes) «요즘 그렇게 지내고 있었군요. 그래서 그 뒤엔 어떻게 됐어요?», "응 내일 독립해" the
 *   reply for someone still weighing whether to move out.
 *
 * {@link storySubject} reads whom the last turns are about (a pet, parents fighting each other, a
 * grandparent or parent cared about, a crush, an ex); {@link storyFrameTurn} answers the turns that
 * only make sense with that subject. {@link speaksOfFuture} reads a plan or a date ahead, and
 * {@link futureFit} keeps the replies that presume the thing already happened ({@link presumesPast})
 * or is still being weighed away from such a turn, salvaging their question where it fits.
 * Pure functions.
 */

import type { EmotionId } from '../ml/emotions';
import { namesPet } from './life-events';

const nfc = (s: string): string => s.normalize('NFC').trim();

export const FRAME_PREFIX = 'frame';

export interface FrameContext {
  /** The user's earlier texts, oldest first. */
  story: readonly string[];
  /** Reply ids given so far in the conversation: a reading given once takes another wording. */
  used?: readonly string[];
}

export interface FrameTurn {
  id: string;
  reply: string;
  mood: EmotionId;
}

/** How many earlier turns a subject is remembered for. */
const SUBJECT_LOOKBACK = 6;

// ── Who the story is about ─────────────────────────────────────────────────────────────────────

export type StorySubject = 'pet' | 'parents_fighting' | 'elder' | 'crush' | 'ex';

const MOM = '(?:엄마|어머니|어머님|모친)';
const DAD = '(?:아빠|아버지|아버님|부친)';
/** Mum and dad named as a pair, the subject of a fight: "엄마랑 아빠가 또 싸웠어", "아빠하고 엄마가 다퉈". */
const PAIR = `(?:${MOM}\\s?(?:랑|이랑|하고|와|과|,)?\\s?${DAD}|${DAD}\\s?(?:랑|이랑|하고|와|과|,)?\\s?${MOM}|부모님|두\\s?분)`;
const FIGHTING = '(?:싸우|싸워|싸웠|싸움|싸운|다투|다퉈|다퉜|다툼|언성|소리\\s?(?:를\\s)?(?:지르|질러|질렀)|큰소리|냉전|말\\s?(?:도\\s)?안\\s?하)';
const PARENTS_FIGHT = new RegExp(`${PAIR}(?:가|이|께서|는|도|랑|이랑|끼리|서로)?\\s?(?:[가-힣]+\\s){0,3}?${FIGHTING}`, 'u');
/** The user is one side of it ("엄마랑 아빠랑 나랑 싸웠어", "엄마랑 아빠한테 혼났어"). */
const USER_IN_FIGHT = /(?:나|저)(?:랑|하고|와)\s|(?:한테|에게|께)\s?(?:혼|맞|잔소리)/u;

/** The intent whose replies speak to a child of parents who fight. */
export const PARENTS_FIGHTING_INTENT = 'family_parents_fighting';

/** "엄마랑 아빠가 또 싸웠어": the user's parents fight each other (not the user with mum). */
export function parentsFightEachOther(text: string): boolean {
  const t = nfc(text);
  if (!PARENTS_FIGHT.test(t) || USER_IN_FIGHT.test(t)) return false;
  // "엄마랑 싸웠는데 아빠가…" names the pair only in passing: the pair must come before the fight.
  const m = PARENTS_FIGHT.exec(t)!;
  return new RegExp(`^${PAIR}`, 'u').test(m[0]) && (/부모님|두\s?분/u.test(m[0]) || (new RegExp(MOM, 'u').test(m[0]) && new RegExp(DAD, 'u').test(m[0])));
}

/** A grandparent or a parent the user cares for (in a care home, in hospital, far away). */
const ELDER = /외?할머니|외?할아버지|할매|할배|엄마|아빠|어머니|아버지|어머님|아버님|부모님|시어머니|시아버지|장모님|장인어른/u;
const CRUSH = /썸(?:타|남|녀|\s?타)|짝사랑|좋아하는\s?(?:사람|애|분|오빠|언니|형|누나|선배|후배)|관심\s?(?:있는|가는)\s?(?:사람|애|분)|호감|고백(?:하|할)/u;
const EX = /헤어[지졌진짐]|이별|전\s?(?:남친|여친|애인|남자\s?친구|여자\s?친구)|전남친|전여친|차였|차임|전\s?연인/u;

/** Who the last turns (this one included) are about, the latest one named winning. */
export function storySubject(text: string, story: readonly string[]): StorySubject | null {
  const recent = [...story.slice(-SUBJECT_LOOKBACK), text].map(nfc).reverse();
  for (const s of recent) {
    if (parentsFightEachOther(s)) return 'parents_fighting';
    if (namesPet(s)) return 'pet';
    if (EX.test(s)) return 'ex';
    if (CRUSH.test(s)) return 'crush';
    if (ELDER.test(s)) return 'elder';
  }
  return null;
}

/** The elder last named in the story ("할머니"), for the reply to name. */
function elderNamed(text: string, story: readonly string[]): string | null {
  for (const s of [text, ...[...story.slice(-SUBJECT_LOOKBACK)].reverse()].map(nfc)) {
    const m = ELDER.exec(s);
    if (m) return m[0] === '할매' ? '할머니' : m[0] === '할배' ? '할아버지' : m[0];
  }
  return null;
}

/** The user speaks of themself in the turn ("나도 밥이 안 넘어가"): the turn is not about the pet. */
const SELF = /(?:^|\s)(?:나|내가|난|나는|나도|저|제가|전|저는|저도|내|제)(?:\s|$)/u;

// ── A pet's symptoms ──────────────────────────────────────────────────────────────────────────

const NOT_EATING = /(?:밥|사료|간식|물|아무것)(?:을|를|도|은|는)?\s?(?:잘\s?|통\s?|하나도\s?|전혀\s?)?(?:안\s?|못\s?)(?:먹|마시|머거)|입맛(?:이|도)?\s?없|밥(?:을|도)?\s?거부|식욕(?:이|도)?\s?없/u;
const UNWELL_SIGN = /토(?:를|하|했|해)|구토|설사|혈변|기운(?:이|도)?\s?(?:하나도\s?)?없|힘(?:이|도)?\s?없|누워만|잠만\s?자|절뚝|다리(?:를|가)?\s?(?:절|못\s?써)|숨(?:을)?\s?(?:헐떡|가쁘|몰아|못\s?쉬)|헐떡|낑낑|경련|발작|비틀|산책(?:도|을)?\s?(?:안|못)\s?(?:나가|가|하)|꼼짝(?:을|도)?\s?안|구석에만/u;

/** "어제부터 밥을 안 먹어" in the story of a sick pet: the pet's symptom, not the user's. */
export function petSymptom(text: string, story: readonly string[]): 'eating' | 'unwell' | null {
  const t = nfc(text);
  if (SELF.test(t) || /[?？]/u.test(t) || storySubject(text, story) !== 'pet') return null;
  if (NOT_EATING.test(t)) return 'eating';
  return UNWELL_SIGN.test(t) ? 'unwell' : null;
}

/** Taking a pet to the vet. */
const VET_PLAN = /(?:병원|동물병원|수의사|진료|검사)/u;
/** The user's own illness or appointment ("나 내일 병원 가"). */
const SELF_ILL = /(?:^|\s)(?:나|내가|난|저|제가|전)\s/u;

/** A vet already seen ("병원 갔는데 신장이 안 좋대"): then the reply does not ask whether they went. */
const VET_SEEN = /병원(?:에|을)?\s?(?:갔|다녀|데려갔|가\s?봤|가봤)|수의사|진료\s?받|검사\s?(?:했|받)|입원/u;

// ── Staying beside someone tonight ────────────────────────────────────────────────────────────

const STAY_BESIDE = /(?:옆|곁)(?:에|을)?\s?(?:꼭\s?)?(?:있어\s?(?:줄|주려|줘야|주고|줄래)|있을\s?(?:거|게|래)|있으려|지켜\s?(?:줄|주려|줘야|주고))|(?:옆|곁)(?:을)?\s?지킬\s?(?:거|게|래)|같이\s?(?:잘|자려|잘\s?거|있어\s?줄)/u;

// ── Sorry to someone in the story ─────────────────────────────────────────────────────────────

const SORRY = /죄송|미안/u;
/** Something not done for them: not visiting, not calling, not looking after. */
const NEGLECT =
  /(?:자주|잘|많이|제대로|한\s?번도|매번|요즘|통)?\s?못\s?(?:찾아|가\s?(?:봐|뵈|봬|보)|가봐|가봬|가뵈|뵈|봬|챙겨|챙기|해\s?드|해드|연락|보러|뵈러|만나|신경|모셔|모시|들여다)|(?:찾아|가)\s?(?:가지|뵙지|보지)\s?못|연락(?:을|도)?\s?(?:자주\s?|잘\s?)?(?:못|안)\s?(?:드|하|했|해)|신경(?:을|도)?\s?(?:잘\s?)?못\s?써|잘해\s?드리지\s?못|효도(?:를|도)?\s?못|혼자\s?(?:두|계시게)/u;
/** An apology for the talk itself (to the bot): "이런 얘기 해서 죄송해", "늦게 답해서 미안". */
const SORRY_FOR_TALK = /얘기|이야기|말이\s?(?:길|많)|하소연|징징|털어|울어서|늦게\s?(?:답|말)|답장|말만|주절|두서/u;

/** "자주 못 찾아가서 죄송해", a grandmother in a care home: sorry to her, not to the bot. */
export function sorryToElder(text: string, story: readonly string[]): string | null {
  const t = nfc(text);
  if (!SORRY.test(t) || !NEGLECT.test(t) || SORRY_FOR_TALK.test(t)) return null;
  if (storySubject(text, story) !== 'elder') return null;
  return elderNamed(text, story);
}

/** Going to see them: "주말에 가보려고", "내일 뵈러 갈 거야", "이번엔 꼭 찾아가려고". */
const VISIT_PLAN = /(?:가\s?보려|가보려|가\s?볼\s?(?:거|게|래|까\s?해)|가볼\s?(?:거|게|래)|찾아가\s?(?:려|볼|보려|볼\s?거|ㄹ)|찾아갈\s?(?:거|게|래)|찾아뵈려|찾아뵐\s?(?:거|게)|뵈러\s?(?:가|갈)|보러\s?(?:가려|갈\s?(?:거|게|래)|가기로)|가기로\s?했|가려고|갈\s?(?:거야|거예요|거임|게|래))/u;

// ── An ex: friends who say stop, knowing but unable ───────────────────────────────────────────

/** Friends or people around saying to stop or forget: "친구들은 이제 그만하래", "주변에서 잊으래". */
const OTHERS_SAY_STOP =
  /(?:친구|친구들|주변|다들|엄마|언니|누나|형|오빠|동생|사람들)(?:은|는|이|가|도|에서|에서도)?\s?(?:이제\s?|그만\s?|제발\s?)?(?:[가-힣]+\s)?(?:그만(?:하|좀|해)?(?:래|라고|하래|하라고|하라)|잊(?:으래|으라고|어라|어버리래|어버리라)|정신\s?차리(?:래|라고|라)|털어\s?버리(?:래|라)|놓아?\s?주(?:래|라고)|미련(?:\s?좀)?\s?버리(?:래|라))/u;
/** "나도 알아 근데 잘 안돼": knowing it, and the heart not following. */
const KNOW_BUT_CANNOT = /(?:나도|저도|머리로는|머리론|알긴)\s?(?:알아|알아요|아는데|알지|알긴\s?하는데|아는\s?데|알고\s?있)[^.?!]{0,10}(?:근데|그런데|그래도|데)?\s?(?:잘\s?)?(?:안\s?돼|안\s?되|안돼|안되|맘대로\s?안|마음대로\s?안|쉽지\s?않|못\s?하겠|어렵)/u;

// ── A crush: time spent together ──────────────────────────────────────────────────────────────

const TOGETHER = /(?:같이|둘이|단둘이|둘이서|함께)\s?(?:점심|저녁|밥|커피|술|영화|산책|카페)?(?:을|를|도|한\s?잔)?\s?(?:먹|마셨|마시|봤|보|걸었|했|하|갔|가)/u;
const TOGETHER_AHEAD = /기로\s?했|려고|(?:먹을|마실|볼|갈|할)\s?(?:거|건데|예정)|약속/u;

// ── How they found out ────────────────────────────────────────────────────────────────────────

/** "인스타 스토리 보고 알았어", "카톡 프사 보고 알게 됐어", "다른 친구한테 듣고 알았어". */
const FOUND_OUT = /(?:인스타|스토리|sns|SNS|페북|페이스북|카톡|프사|단톡|게시물|사진|피드|블로그|트위터|엑스|다른\s?(?:친구|애|사람)(?:한테|에게|들한테)?)\s?(?:[가-힣]+\s)?(?:보고|듣고|통해서?|로|으로|에서)\s?(?:[가-힣]+\s)?(?:알았|알게\s?됐|알게\s?되|안\s?거|알았음|알았다)/u;
/** Left out, kept from, lied to: what makes finding out that way sting. */
const KEPT_OUT = /빼고|빠졌|몰래|숨겼|숨기|거짓말|속였|나만\s?(?:모르|몰랐|빼|안)|안\s?불러|부르지\s?않|초대\s?(?:안|못)|바람|뒷담|험담|약속\s?잡/u;

// ── A last day at work ────────────────────────────────────────────────────────────────────────

const LAST_DAY = /마지막\s?(?:출근|근무|날|퇴근)(?:이었|였|했|이다|이야|이에요|임|이었음|하고)|(?:출근|근무)(?:도)?\s?(?:오늘이|오늘로|오늘부로)\s?(?:마지막|끝)|오늘(?:이|로|부로)\s?(?:마지막\s?(?:출근|근무|날)|회사\s?끝)/u;
const QUIT_STORY = /퇴사|그만뒀|그만\s?뒀|그만두|사직|사표|퇴직|계약\s?(?:만료|끝)|마지막\s?(?:출근|근무)/u;

// ── A trip wished for while resting ───────────────────────────────────────────────────────────

const TRIP_WISH = /(?:여행|놀러|바다|캠핑)(?:도|을|를|이라도|이나)?\s?(?:좀\s?)?(?:가고\s?싶|가야지|갈\s?거|갈래|가려고|떠나고\s?싶)/u;
const ESCAPE = /도망|벗어나|탈출|사라지|다\s?(?:두고|버리고|내려놓)|지쳐|지친|힘들|버거|숨\s?막|아무도\s?(?:모르|없)|현실\s?도피|[ㅠㅜ]/u;
/** A rest chosen: after quitting, "일단 쉴래", exams over. */
const REST_AHEAD = /퇴사|그만뒀|사표|백수|쉴래|쉬려고|쉴\s?거|쉬기로|푹\s?쉬|방학|시험\s?끝|종강|전역|휴가/u;

// ── The turn, read with the story ─────────────────────────────────────────────────────────────

/** A turn that only makes sense with its story's subject, answered with it; null when none fits. */
export function storyFrameTurn(text: string, ctx: FrameContext): FrameTurn | null {
  const t = nfc(text);
  if (!t) return null;
  const { story } = ctx;
  const subject = storySubject(text, story);

  if (subject === 'parents_fighting' && !parentsFightEachOther(t)) {
    const shelter = shelterFromParents(t, story);
    if (shelter === 'music')
      return { id: `${FRAME_PREFIX}:parents_shelter`, mood: 'anxiety', reply: '싸우는 소리를 안 들으려고 음악을 크게 틀었군요. 그렇게라도 내 마음을 지키고 있는 거, 잘하고 있는 거예요. 지금은 좀 조용해졌어요?' };
    if (shelter === 'earphones')
      return { id: `${FRAME_PREFIX}:parents_shelter`, mood: 'anxiety', reply: '싸우는 소리를 안 들으려고 이어폰을 꼈군요. 그렇게라도 내 마음을 지키고 있는 거, 잘하고 있는 거예요. 지금은 좀 조용해졌어요?' };
    if (shelter === 'room')
      return { id: `${FRAME_PREFIX}:parents_shelter`, mood: 'anxiety', reply: '두 분이 싸우는 동안 방에 피해 있군요. 그 소리를 혼자 견디는 게 얼마나 힘들지 마음이 쓰여요. 지금은 좀 조용해졌어요?' };
  }

  const symptom = petSymptom(t, story);
  if (symptom) {
    const seen = [...story.slice(-SUBJECT_LOOKBACK), t].some((s) => VET_SEEN.test(nfc(s)));
    const ask = seen ? '수의사 선생님은 뭐라고 하셨어요?' : '동물병원에는 가 봤어요?';
    // A second sign told: not the same words again.
    if ((ctx.used ?? []).some((id) => id.startsWith(`${FRAME_PREFIX}:pet_symptom`)))
      return { id: `${FRAME_PREFIX}:pet_symptom_again`, mood: 'anxiety', reply: `그런 모습까지 지켜보고 있으려니 마음이 더 조마조마하겠어요. ${seen ? '지금은 아이 곁에 있어요?' : ask}` };
    const lead = symptom === 'eating' ? '아이가 밥을 안 먹으면 보호자 마음이 제일 먼저 내려앉죠.' : '아이가 평소 같지 않으면 보호자 마음이 얼마나 조마조마할까요.';
    return { id: `${FRAME_PREFIX}:pet_symptom`, mood: 'anxiety', reply: `${lead} 어디가 불편한지 말로 알려 주지 못하니 더 애가 타겠어요. ${ask}` };
  }

  // Taking the pet to the vet: "내일 병원 데려갈 거야".
  if (subject === 'pet' && VET_PLAN.test(t) && speaksOfFuture(t) && !SELF_ILL.test(t))
    return { id: `${FRAME_PREFIX}:vet_plan`, mood: 'anxiety', reply: '병원에 데려가기로 했군요. 큰일 아니길 저도 같이 바랄게요. 가기 전까지 아이 곁에서 지켜보는 마음이 많이 조마조마하겠어요. 지금 아이는 좀 어때요?' };

  if (STAY_BESIDE.test(t) && !/[?？]/u.test(t) && (subject === 'pet' || subject === 'elder')) {
    const who = subject === 'pet' ? '아이에게는' : `${elderNamed(t, story) ?? '그분'}께는`;
    return { id: `${FRAME_PREFIX}:beside`, mood: 'sadness', reply: `곁을 지켜 주는 것만으로도 ${who} 큰 위로가 될 거예요. 제일 익숙한 목소리와 손길이 옆에 있으니까요. 곁을 지키는 마음도 많이 지칠 테니, 틈틈이 쉬어 가면서요.` };
  }

  const elder = sorryToElder(t, story);
  if (elder) {
    const to = /^(?:엄마|아빠)$/u.test(elder) ? '한테' : '께';
    const sorry = /죄송/u.test(t) ? '죄송한' : '미안한';
    return { id: `${FRAME_PREFIX}:sorry_to_elder`, mood: 'sadness', reply: `${elder}${to} ${sorry} 마음이 계속 남아 있군요. 그렇게 마음이 쓰이는 것 자체가 ${elder}${objectParticle(elder)} 그만큼 아낀다는 뜻이에요. ${elder}${subjectParticle(elder) === '이' ? '과' : '와'}는 어떤 추억이 제일 많이 떠올라요?` };
  }

  if (subject === 'elder' && VISIT_PLAN.test(t) && !SELF_ELSEWHERE.test(t) && !/[?？]|할까|말까|모르겠/u.test(t)) {
    const who = elderNamed(t, story);
    if (who && story.slice(-SUBJECT_LOOKBACK).some((s) => AWAY.test(nfc(s))))
      return { id: `${FRAME_PREFIX}:visit_elder`, mood: 'sadness', reply: `${who} 뵈러 가는군요. 얼굴 보시면 ${who}께서도 많이 반가워하실 거예요. ${who}${subjectParticle(who)} 좋아하시는 건 뭐예요?` };
  }

  if (subject === 'ex' && OTHERS_SAY_STOP.test(t))
    return { id: `${FRAME_PREFIX}:ex_told_to_stop`, mood: 'sadness', reply: '주변에서는 걱정돼서 하는 말이겠지만, 마음이 말처럼 바로 정리되진 않죠. 아직 생각나는 건 그만큼 진심이었다는 뜻이에요. 그 말을 들었을 때 어떤 마음이 들었어요?' };
  if (subject === 'ex' && KNOW_BUT_CANNOT.test(t))
    return { id: `${FRAME_PREFIX}:ex_know_but`, mood: 'sadness', reply: '머리로는 아는데 마음이 따라 주지 않는 거죠. 그게 이상한 게 아니에요. 억지로 끊어 내려 할수록 더 생각나기도 하니까, 지금은 그런 나를 너무 다그치지 않아도 돼요. 요즘 그 사람 생각이 제일 많이 나는 때는 언제예요?' };

  if (subject === 'crush' && TOGETHER.test(t) && !/[?？]/u.test(t) && !/(?:싫|별로|최악|어색|실망|차였|거절)/u.test(t)) {
    if (TOGETHER_AHEAD.test(t) || speaksOfFuture(t))
      return { id: `${FRAME_PREFIX}:crush_plan`, mood: 'joy', reply: '둘이 만나기로 했다니 벌써 설레겠어요! 그날 제일 기대되는 건 뭐예요?' };
    return { id: `${FRAME_PREFIX}:crush_together`, mood: 'joy', reply: '둘이 같이 시간을 보냈다니 두근거렸겠어요! 같이 있을 때 분위기는 어땠어요?' };
  }

  const sent = sentToWrongPerson(t, story);
  if (sent === 'unread')
    return { id: `${FRAME_PREFIX}:wrong_message_unread`, mood: 'anxiety', reply: '아직 안 읽었다니 조금은 숨 돌릴 틈이 있네요. 보낸 지 얼마 안 됐다면 메시지를 길게 눌러 모두에게서 삭제할 수 있는지 먼저 봐요. 지금 제일 걱정되는 건 뭐예요?' };
  if (sent === 'deleted')
    return { id: `${FRAME_PREFIX}:wrong_message_deleted`, mood: 'anxiety', reply: '지웠어도 알림이 먼저 떴다면 미리보기로 봤을 수도 있고, 못 보고 넘어갔을 수도 있어요. 알 수 없는 걸 붙잡고 기다리느라 더 조마조마하죠. 혹시 물어보면 뭐라고 할지 한 줄만 같이 생각해 둘까요?' };
  // Session 43: who was in that room, and facing them tomorrow, had got stock worry lines.
  // A message about someone (욕, 뒷담) is no laughing matter: no «대부분 웃고 넘어가요» then.
  const gossip = [...story.slice(-3), t].some((x) => /욕|뒷담|험담|흉/u.test(nfc(x)));
  if (sent === 'watcher')
    return { id: `${FRAME_PREFIX}:wrong_message_watcher`, mood: 'embarrassment', reply: `${watcherIn(t) ?? '그 사람'}까지 있는 방이라 더 아찔했겠어요. 보는 사람이 많을수록 얼굴이 더 화끈거리죠. ${gossip ? '지금 제일 걱정되는 건 뭐예요?' : '보낸 내용이 곤란한 이야기였어요, 아니면 민망한 정도였어요?'}` };
  if (sent === 'face')
    return { id: `${FRAME_PREFIX}:wrong_message_face`, mood: 'embarrassment', reply: gossip ? '다시 얼굴 볼 생각을 하면 벌써 마음이 무겁겠어요. 이럴 땐 길게 변명하기보다 먼저 짧고 진심으로 사과하는 게 대부분 가장 나아요. 그 사람에게 첫마디를 뭐라고 꺼낼지 같이 생각해 볼까요?' : '다시 얼굴 볼 생각을 하면 벌써 마음이 무겁겠어요. 이런 일은 내가 느끼는 것보다 다른 사람들이 훨씬 빨리 잊는 경우가 많아요. 마주쳤을 때 "잘못 보냈어요, 죄송해요" 한마디면 대부분 웃고 넘어가요. 그중에 제일 마주치기 어려운 사람은 누구예요?' };
  if (sent === 'read')
    return { id: `${FRAME_PREFIX}:wrong_message_read`, mood: 'embarrassment', reply: '벌써 읽었군요, 그 순간 심장이 쿵 내려앉았겠어요. 아직 아무 말이 없다면 너무 앞서 걱정하지 않아도 돼요. 먼저 짧게 사과하는 것도 한 방법이고요. 지금 마음은 좀 어때요?' };

  if (FOUND_OUT.test(t) && [...story.slice(-SUBJECT_LOOKBACK), t].some((s) => KEPT_OUT.test(nfc(s))))
    return { id: `${FRAME_PREFIX}:found_out`, mood: 'hurt', reply: '직접 들은 것도 아니고 그렇게 알게 됐다니, 더 서운하고 씁쓸했겠어요. 그걸 본 순간 어떤 마음이 제일 먼저 들었어요?' };

  if (LAST_DAY.test(t) && !/[?？]/u.test(t) && [...story.slice(-SUBJECT_LOOKBACK), t].some((s) => QUIT_STORY.test(nfc(s))) && !/(?:내일|다음\s?주|모레)(?:이|가)?\s?마지막/u.test(t))
    return { id: `${FRAME_PREFIX}:last_day`, mood: 'neutral', reply: '오늘이 마지막 출근이었군요. 마지막 날은 후련함과 아쉬움이 한꺼번에 밀려오기도 하죠. 정말 고생 많았어요. 회사 문을 나설 때 어떤 마음이 들었어요?' };

  if (TRIP_WISH.test(t) && !ESCAPE.test(t) && story.slice(-SUBJECT_LOOKBACK).some((s) => REST_AHEAD.test(nfc(s))) && !story.slice(-SUBJECT_LOOKBACK).some((s) => ESCAPE.test(nfc(s)) && !REST_AHEAD.test(nfc(s))))
    return { id: `${FRAME_PREFIX}:trip_in_rest`, mood: 'joy', reply: '쉬는 김에 여행이라니, 생각만 해도 숨통이 트이네요. 그동안 애쓴 나한테 주는 선물 같겠어요. 가 보고 싶은 곳이 있어요?' };

  return null;
}

/** A message sent to the wrong person or room: "카톡 잘못 보냈어", "팀장 욕한 걸 팀장한테 보냄". */
const WRONG_SEND = /잘못\s?(?:보냈|보냄|보내|전송|올렸)|(?:엉뚱한|다른)\s?(?:사람|방|단톡)(?:한테|에게|에|으로)?\s?(?:보냈|보냄|올렸)|(?:욕|뒷담|험담)(?:한|했던|하는)\s?(?:걸|거|것을|카톡|톡|메시지)\s?(?:[가-힣]+\s)?(?:[가-힣]+(?:한테|에게)\s?)(?:보냈|보냄)/u;
const UNREAD = /(?:아직\s?)?안\s?읽(?:었|음|은|어)|1(?:이)?\s?(?:안\s?)?(?:사라지|없어지)(?:지)?\s?않|1(?:이|은)?\s?그대로|숫자\s?1/u;
const DELETED = /(?:삭제|지웠|지움|지워|취소)[^.?!]{0,12}(?:알림|봤을|볼까|봤으려|떴|갔을|남았)|알림(?:이|은)?\s?(?:갔|떴|뜨|남)/u;
const READ = /(?:이미|벌써|방금)?\s?읽었(?:어|네|대|음|다)|읽음\s?(?:표시|떴)|1(?:이)?\s?(?:사라졌|없어졌)/u;

/** Someone who matters in that room (session 43): "팀장님도 있는 방인데", "엄마까지 들어와 있는 단톡이야". */
const WATCHER = /(팀장님|부장님|과장님|차장님|대리님|사장님|상사|교수님|선생님|담임|엄마|아빠|시어머니|남친|여친|남자친구|여자친구|전\s?남친|전\s?여친|썸남|썸녀)(?:도|까지|이랑\s?다|도\s?다)\s?(?:같이\s?)?(?:있는|들어와\s?있는|들어가\s?있는|있던|보는|초대된|들어와\s?있던)\s?(?:방|단톡|단톡방|톡방|채팅방|그룹|카톡방)/u;
/** Facing them again (session 43): "내일 출근 어떻게 하지", "얼굴 어떻게 봐", "회사 가기 무섭다". */
const FACE_AGAIN = /(?:출근|등교|학교|회사)(?:은|는)?\s?어떻게\s?(?:하지|해|하냐|가|가지|가냐)|얼굴(?:을|은)?\s?어떻게\s?(?:보|봐|봄)|어떻게\s?(?:얼굴|마주|보지|봐야)|(?:출근|등교|회사\s?가|학교\s?가)(?:하)?기\s?(?:무서|무섭|겁|싫)|마주치면\s?(?:어떡|어떻게)/u;

export type WrongMessageTurn = 'unread' | 'deleted' | 'read' | 'watcher' | 'face';

/**
 * The turn after a message sent to the wrong person: still unread, deleted (did the alert go?), read,
 * someone who matters is in that room (`watcher`), or facing them again (`face`).
 */
export function sentToWrongPerson(text: string, story: readonly string[]): WrongMessageTurn | null {
  const t = nfc(text);
  if (![...story.slice(-3), t].some((s) => WRONG_SEND.test(nfc(s)))) return null;
  if (DELETED.test(t)) return 'deleted';
  if (UNREAD.test(t)) return 'unread';
  if (READ.test(t) && !/안\s?읽/u.test(t)) return 'read';
  if (/[?？]/u.test(t)) return null;
  if (WATCHER.test(t)) return 'watcher';
  return FACE_AGAIN.test(t) ? 'face' : null;
}

/** Who matters in the room, as the reply names them ("팀장님"), or null. */
export const watcherIn = (text: string): string | null => WATCHER.exec(nfc(text))?.[1]?.replace(/\s/gu, ' ') ?? null;

/** Not a visit: someone else goes ("엄마가 가보려고 한대"). */
const SELF_ELSEWHERE = /(?:엄마|아빠|동생|언니|누나|형|오빠|남편|아내)(?:가|는|도)\s/u;
/** The elder lives apart: a care home, a hospital, the countryside. */
const AWAY = /요양원|요양병원|병원|입원|시골|고향|멀리|혼자\s?(?:사|계)|지방|떨어져/u;

/** Hiding from the parents' fight: earphones on, in one's room. */
const EARPHONES = /이어폰|헤드폰|헤드셋|에어팟|버즈/u;
const LOUD_MUSIC = /(?:음악|노래)(?:을|를|도)?\s?(?:크게|틀어|틀었|들으)/u;
const IN_ROOM = /(?:^|\s)(?:내\s?|제\s?)?방(?:에|에서|으로|안에|에만|에\s?혼자)\s|방에\s?(?:들어|숨|틀어|박혀|있)|이불\s?(?:속|뒤집어)|숨죽|문\s?(?:닫|잠)/u;
/** Danger in the house: the safety path's, not this reply's. */
const DANGER = /때리|때려|때렸|맞았|맞고|폭력|폭행|던지|던졌|던져|부수|부쉈|칼|경찰|112|피가|다쳤/u;

function shelterFromParents(text: string, story: readonly string[]): 'earphones' | 'music' | 'room' | null {
  if ([...story.slice(-SUBJECT_LOOKBACK), text].some((s) => DANGER.test(nfc(s)))) return null;
  if (/[?？]/u.test(text) || /(?:엄마|아빠|동생|언니|누나|형|오빠)(?:가|는|도|이)\s/u.test(text)) return null;
  if (EARPHONES.test(text)) return 'earphones';
  if (LOUD_MUSIC.test(text)) return 'music';
  return IN_ROOM.test(text) ? 'room' : null;
}

// ── When: a turn that speaks of what is still ahead ──────────────────────────────────────────

/** A time ahead: "내일", "이따", "다음주", "이번 주말", "다음 달" (not "낼", also a verb, nor a bare "주말에", often a habit). */
const AHEAD_TIME =
  /(?:^|\s)(?:내일|모레|내일모레|글피|이따|이따가|다음\s?(?:주|달|번|주말|학기|해)|담주|담달|내년|이번\s?(?:주말|방학|휴가)|며칠\s?(?:뒤|후)|[0-9]+\s?(?:일|주)\s?(?:뒤|후))(?:에|엔|은|는|도|이|가|쯤|까지|부터)?(?=\s|$|[.,!~?ㅋㅎ])/u;
/** A verb of intent or plan: "갈 거야", "가려고", "하기로 했어", "예정", "할게". */
const FUTURE_VERB = /[가-힣]려고|[가-힣]기로\s?했|예정|계획이/u;
/** "갈 거야" has ㄹ as the last consonant of the syllable before 거: checked on the syllable. */
const HANGUL_BASE = 0xac00;
function hasRieulFinal(ch: string): boolean {
  const code = ch.charCodeAt(0) - HANGUL_BASE;
  return code >= 0 && code < 11172 && code % 28 === 8;
}
/** The main verb in the past ("…갔어", "…했어요", "…먹었음"): the event has happened. */
const PAST_END = /(?:었|았|였|했|갔|왔|봤|됐|났|렀|졌|줬|겼|쳤|셨|켰|웠|갔었|썼|냈|섰)(?:어|어요|다|음|지|네|는데|고|으니|거든|더라|었|던데|잖아)?[.!?~…ㅋㅎㅠㅜ^\s]*$/u;

/** The turn speaks of a plan or of a time still ahead ("내일 친구들이랑 노래방 가", "다음주 화요일", "응 내일 독립해"). */
export function speaksOfFuture(text: string): boolean {
  const t = nfc(text);
  if (/기로\s?했/u.test(t)) return true;
  if (PAST_END.test(t)) return false;
  if (AHEAD_TIME.test(t)) return true;
  const m = /([가-힣])\s?(?:거야|거예요|거에요|거임|거다|건데|거라서|게요|게|께)(?=\s|$|[.,!~?ㅋㅎ])/u.exec(t);
  if (m && hasRieulFinal(m[1]!)) return true;
  return FUTURE_VERB.test(t);
}

/** A plan still weighed ("독립할까 고민 중", "갈지 말지"): replies about deciding fit it. */
const WEIGHING = /고민|할까|갈까|말까|말지|까\s?(?:해|봐|싶)|생각\s?중|모르겠|[?？]|싶어|싶다|싶은/u;

/** A plan told as settled: "응 내일 독립해", "다음주에 이사 가기로 했어". */
export function decidedPlan(text: string): boolean {
  return speaksOfFuture(text) && !WEIGHING.test(nfc(text));
}

/**
 * A reply that presumes the thing has already happened: «그렇게 신나게 불렀다니 제대로 즐겼네요»,
 * «정말 신났겠어요!», «오늘의 최고 선곡은 뭐였어요?», «요즘 그렇게 지내고 있었군요», «그래서 그 뒤엔
 * 어떻게 됐어요?».
 */
const PAST_PRESUMED =
  /(?:었|았|였|했|갔|왔|봤|됐|났|렀|졌|줬|겼|쳤|셨|웠|냈)(?:다니|군요|네요|겠어요|겠네요|겠다|겠죠|어요\?|나요\?|을\s?(?:것|거)\s?같아요|던\s?(?:순간|때|거|건|게|것|생각))|뭐였어요|어땠어요|어땠나요|기억에\s?남|그\s?뒤(?:엔|에는|로는?)|(?:린|낸|던|쳤던)\s?(?:하루|날)(?:이)?라니/u;

export function presumesPast(reply: string): boolean {
  return PAST_PRESUMED.test(nfc(reply));
}

/** A reply for a plan still being weighed: «편안함과 자유 사이에서 고민되는 거군요». */
const DELIBERATES = /고민|망설|결정을?\s?내리기\s?전|결정하기\s?전|할지\s?말지|갈지\s?말지|생각하게\s?된|쉽게\s?고르기|정하기\s?(?:어렵|쉽지)/u;

/** A reply that presumes a choice to make: «어떤 선택이든 아이를 사랑하는 마음에서 나온 거예요. 지금 가장 고민되는 부분이 뭐예요?». */
const PRESUMES_CHOICE = /어떤\s?선택이든|선택(?:이|을)?\s?(?:해야|앞에|내려야)|결정(?:을)?\s?(?:내려야|해야)|고민되는\s?(?:부분|순간|거)/u;
/** A choice told: weighing, a treatment or an operation decided on, not knowing what to do. */
const CHOICE_TOLD = /고민|할까|말까|어떻게\s?(?:해야|하지|할지)|선택|결정|수술|안락사|치료(?:를|할|받을)|모르겠|[?？]/u;

/**
 * Whether a reply presumes a choice the story never told: "우리 강아지가 아파" had got «어떤 선택이든
 * 아이를 사랑하는 마음에서 나온 거예요. 지금 가장 고민되는 부분이 뭐예요?» (c16).
 */
export function presumesUntoldChoice(reply: string, texts: readonly string[]): boolean {
  return PRESUMES_CHOICE.test(nfc(reply)) && !texts.some((t) => CHOICE_TOLD.test(nfc(t)));
}

/** The time word a plan was told with ("내일"), for the lead that says it back. */
function timeWord(text: string): string | null {
  const m = /(?:^|\s)(내일|모레|이따|이따가|다음\s?주말|다음\s?주|담주|다음\s?달|담달|이번\s?주말|주말|내년)/u.exec(nfc(text));
  if (!m) return null;
  const w = m[1]!.replace(/\s/gu, '');
  return ({ 담주: '다음주', 담달: '다음달', 이따가: '이따', 다음주말: '다음주말', 이번주말: '이번주말' } as Record<string, string>)[w] ?? w;
}

/** 이/가 after a word, by its last syllable. */
function subjectParticle(word: string): string {
  const last = word.charCodeAt(word.length - 1) - HANGUL_BASE;
  return last >= 0 && last < 11172 && last % 28 !== 0 ? '이' : '가';
}

/** 을/를 after a word, by its last syllable. */
function objectParticle(word: string): string {
  return subjectParticle(word) === '이' ? '을' : '를';
}

/** A waiting in the story: a result, an announcement, a date awaited. */
const AWAITING = /기다리|결과|발표|나와|나온대|연락\s?(?:준대|온대|올)/u;

/**
 * "다음주 화요일" told as when something comes: said back ("다음주 화요일이군요."), with the wait
 * named when the story is one of waiting; null when the turn is no date ahead.
 */
export function dateAhead(text: string, story: readonly string[]): string | null {
  const t = nfc(text).replace(/[.!?~…ㅋㅎㅠㅜ^]+$/u, '').replace(/(?:이요|요|예요|에요|이에요|이야|야|임|쯤|정도)$/u, '').trim();
  if (!t || !speaksOfFuture(text) || t.length > 12) return null;
  const said = `${t}${subjectParticle(t) === '이' ? '이군요' : '군요'}.`;
  return story.slice(-3).some((s) => AWAITING.test(nfc(s))) ? `${said} 그날까지 기다리는 시간이 참 길게 느껴지겠어요.` : said;
}

/** The lead said when only a reply's question is kept for a plan. */
export function planLead(text: string, glad: boolean): string {
  const when = timeWord(text);
  if (when === '이따') return glad ? '이따가 기다려지겠어요!' : '곧이네요.';
  if (when) return glad ? `${when}${subjectParticle(when)} 기다려지겠어요!` : `벌써 ${when}${/이$/u.test(when) ? '군요' : subjectParticle(when) === '이' ? '이군요' : '군요'}.`;
  return glad ? '생각만 해도 기대되는 계획이네요!' : '그렇게 하기로 했군요.';
}

/**
 * A reply of an intent, fitted to a turn that speaks of the future: kept when it presumes neither
 * the past nor (for a settled plan) a decision still to make; else its last question with a lead
 * that speaks of the plan ("내일이 기다려지겠어요! 노래방 가면 꼭 부르는 애창곡이 있어요?"), when
 * that question fits; else null (the reply is not given).
 */
export function futureFit(reply: string, text: string, glad: boolean): string | null {
  if (!speaksOfFuture(text)) return reply;
  const settled = decidedPlan(text);
  const fits = (s: string) => !presumesPast(s) && !(settled && DELIBERATES.test(s));
  if (fits(reply)) return reply;
  const sentences = reply.split(/(?<=[.!?]|[ㅎㅋ]{2})\s+/u);
  const question = sentences.at(-1) ?? '';
  if (!/[?？]$/u.test(question) || !fits(question)) return null;
  return `${planLead(text, glad)} ${question}`;
}
