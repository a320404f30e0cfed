/**
 * Goodbye letters and messages (session 36, safety2). Testers found:
 * - "가족들한테 편지 다 써놨어요" got "마음이 환해지는 이야기네요";
 * - "편지를 썼어요 / 제가 없어도 잘 지내라고요" got the crisis reply, then "아직 보내지는 않았어요
 *   책상 서랍에 있어요" dropped it ("요즘 그렇게 지내고 있었군요");
 * - "가족한텐 미리 미안하다고 문자 보내놨어요" → "답장은 없네요" got a dating no-reply template;
 * - a friend's goodbye ("그동안 고마웠다고 잘 지내라고 하더라", "아끼던 기타도 나한테 주겠대") got
 *   "생각만 해도 미소가 지어지는 이야기네요", and "제가 119 불러도 되는 건가요? 오버일까봐요" a
 *   medical-emergency template.
 * A letter or message of farewell or apology left for family is a warning sign: the user is asked
 * gently and directly about thoughts of ending their life, with 109, and the next turns about the
 * letter stay on it (a plan? safe tonight?). Someone else's farewell gets the replies for the one
 * who worries: ask the friend directly, 109 also advises friends, 112/119 if out of reach; the user
 * is never asked about their own wish to die then. Not: a thank-you letter for a birthday, a
 * letter for class, a cover letter, a letter to a future self.
 */
import { pickThread, threadCurrent, type HarmPick } from './harm-pick';
import { answerToCheckIn } from './safety-check';
import { UNREACHABLE_PREFIX, UNREACHABLE_REPLY } from './overdose';

const FAMILY = /가족|식구|엄마|아빠|어머니|아버지|부모님?|동생|형한테|누나|언니|오빠|아내|남편|와이프|애들|아이들|딸|아들/u;
const LETTER = /편지|유서|문자|카톡|메시지|메세지|쪽지|톡/u;
const FAREWELL = /(?:제가|내가|저|나)\s?없어도|마지막으로|그동안\s?(?:고마웠|미안했|감사했)|미리\s?[^.?!]{0,8}(?:미안|고마|사랑|잘\s?지내)|잘\s?(?:지내라|살라|있으라)|용서해\s?(?:달라|줘)/u;
/** A letter (not a text) written for each of them, or all written. */
const ALL_WRITTEN = /(?:편지|유서)[^.?!]{0,8}(?:다\s?(?:써|썼)|하나씩)|(?:다|하나씩)\s?(?:써\s?(?:놨|놓았|뒀|두었)|썼)[^.?!]{0,4}(?:편지|유서)?/u;
const WRITE = /써\s?(?:놨|놓았|뒀|두었|놓|둠)|썼|쓰고\s?있|보내\s?(?:놨|놓았|뒀)|보냈|남겨\s?(?:놨|뒀|두었|놓았)|남겼/u;
/** Occasions and kinds of letters that are no farewell. */
const OCCASION =
  /생일|생신|어버이날|스승의\s?날|결혼|청첩|입대|군대|훈련소|전역|수업|과제|숙제|학교에서|자기\s?소개|자소서|커버\s?레터|미래의\s?(?:나|저)|나에게|크리스마스|성탄|졸업|새해|명절|설날|추석|여행|감사\s?편지|응원|위문|축하|합격|기념일|답장\s?받|연애\s?편지|러브\s?레터|롤링\s?페이퍼|팬\s?레터/u;
/** Someone else as the one who wrote it ("친구가 가족들한테 편지를…"). */
const OTHER_WRITER = /(?:친구|걔|그\s?애|동생|언니|오빠|형|누나|엄마|아빠|남편|아내|와이프|남친|여친|아들|딸)(?:가|이|는|도)\s/u;

/** The user's own farewell letter or message to family, written or sent ahead. */
export function leftGoodbye(raw: string): boolean {
  const t = raw.normalize('NFC');
  if (OCCASION.test(t) || OTHER_WRITER.test(t) || /안\s?(?:썼|보냈)|못\s?(?:썼|보냈)|\?/u.test(t)) return false;
  if (!LETTER.test(t) || !WRITE.test(t)) return false;
  return FAMILY.test(t) && (FAREWELL.test(t) || (ALL_WRITTEN.test(t) && /편지|유서/u.test(t)));
}

/** A letter written to family, told earlier with farewell words (over up to four turns). */
function goodbyeInStory(earlier: readonly string[]): boolean {
  const recent = earlier.slice(-4).map((x) => x.normalize('NFC'));
  if (recent.some(leftGoodbye)) return true;
  const joined = recent.join(' ');
  return LETTER.test(joined) && WRITE.test(joined) && FAMILY.test(joined) && FAREWELL.test(joined) && !OCCASION.test(joined);
}

const UNSENT = /안\s?보냈|보내지(?:는|도)?\s?않|아직|서랍|숨겨|가지고\s?있|갖고\s?있/u;
const NO_ANSWER = /답장|답이\s?없|답(?:도)?\s?안|읽씹|안\s?읽|연락(?:이|도)?\s?없/u;
const LAST_WORDS = /마지막|정리할\s?건|정리\s?다|달라질\s?(?:건|게)\s?없|소용\s?없|의미\s?없|끝낼|끝내/u;

export const GOODBYE_PREFIX = 'safety:goodbye';
export const GOODBYE_REPLIES = {
  first:
    '가족에게 미리 마음을 남겨 두었다는 말이 많이 마음에 걸려요. 조심스럽지만 직접 물어볼게요. 혹시 스스로 목숨을 끊을 생각을 하고 있어요? 그렇다면 지금 자살예방상담전화 109에 전화해 주세요, 24시간 연결돼요.',
  unsent:
    '아직 보내지 않았다니, 그 사이에 이렇게 이야기해 줘서 다행이에요. 하나만 더 물어볼게요. 언제, 어떻게 할지까지 생각해 둔 게 있어요? 오늘 밤만큼은 혼자 견디지 말고 109에 전화해서 이 마음을 같이 나눠 줘요.',
  no_answer:
    '답장이 없어서 더 외롭고 허전했겠어요. 그래도 걱정돼서 물어볼게요. 오늘 스스로를 해칠 계획이 있어요? 지금 있는 곳이 안전한지 알려 줘요. 109는 지금도 연결돼요.',
  last:
    '이렇게 이야기해 줘서 정말 다행이에요, 저는 여기 있을게요. 오늘 밤 스스로를 해칠 계획이 있는지, 지금 있는 곳이 안전한지 알려 줄래요? 109에 전화하면 지금 이 마음을 사람의 목소리로 들어 줘요.',
  who:
    '한 사람 한 사람에게 남길 만큼 마음을 오래 정리해 왔군요. 그만큼 혼자 많이 힘들었을 것 같아요. 아까 물어본 것, 스스로 목숨을 끊을 생각을 하고 있는지 말해 줄 수 있어요? 109는 지금도 연결돼요.',
  no:
    '솔직하게 말해 줘서 고마워요. 그래도 미리 마음을 남겨 둘 만큼 힘들었다는 건 가볍게 넘기지 않을게요. 요즘 무엇이 가장 무겁게 해요? 마음이 그쪽으로 기울면 언제든 109에 전화해 주세요.',
} as const;
const GOODBYE_STAY = [
  '아까 가족에게 마음을 남겨 두었다는 이야기가 계속 마음에 걸려요. 오늘 밤 안전하게 지낼 수 있을지, 곁에 연락할 사람이 있는지 알려 줄래요? 109는 24시간 연결돼요.',
  '저는 계속 여기 있을게요. 지금 스스로를 해칠 것 같은 마음이 커지면 바로 109나 119에 전화해 주세요. 지금은 어디에 있어요?',
];

/**
 * The user's own goodbye: the first telling gets the direct question; turns about the letter after
 * it (unsent, no answer, "마지막으로") stay on it. `checkInYes` is true when the answer to the
 * question is a yes: the full crisis reply is then the engine's.
 */
export function goodbyeTurn(raw: string, earlier: readonly string[], used: readonly string[]): HarmPick | 'yes' | null {
  const t = raw.normalize('NFC');
  const asked = used.at(-1) === `${GOODBYE_PREFIX}:first`;
  if (asked) {
    const a = answerToCheckIn(t);
    if (a === 'yes') return 'yes';
    if (a === 'no') return { id: `${GOODBYE_PREFIX}:no`, reply: GOODBYE_REPLIES.no, safety: 'suicide', mood: 'sadness' };
  }
  if (!used.includes(`${GOODBYE_PREFIX}:first`) && leftGoodbye(t)) {
    return { id: `${GOODBYE_PREFIX}:first`, reply: GOODBYE_REPLIES.first, safety: 'suicide', mood: 'sadness' };
  }
  const recentRisk = threadCurrent(used, GOODBYE_PREFIX, 4) || used.slice(-3).some((id) => id.startsWith('safety:suicide'));
  if (!recentRisk || !goodbyeInStory(earlier)) return null;
  const key = UNSENT.test(t) && !/보냈|보내\s?놨/u.test(t) ? 'unsent' : NO_ANSWER.test(t) ? 'no_answer' : LAST_WORDS.test(t) ? 'last' : FAMILY.test(t) && t.length <= 20 ? 'who' : null;
  if (!key) return null;
  const pick = pickThread(GOODBYE_PREFIX, [key, 'last'], GOODBYE_REPLIES, GOODBYE_STAY, used);
  return { ...pick, safety: 'suicide', mood: 'sadness' };
}

// --- Someone else's goodbye -------------------------------------------------------------------

const PERSON = /친구|걔|그\s?애|동생|언니|오빠|형|누나|엄마|아빠|남편|아내|와이프|남친|여친|아들|딸|선배|후배|동료|그\s?사람/u;
/** Farewell said by someone else, told as reported speech or a deed. */
const THEIR_FAREWELL =
  /(?:그동안|다들|모두|지금까지)\s?(?:다\s)?(?:고마웠|미안했|감사했)다?(?:고|며|는)|잘\s?지내라(?:고|며|는)|(?:작별|마지막)\s?인사|아끼던\s?[가-힣]+(?:도|을|를)?\s?(?:나한테|저한테|나에게|저에게)?\s?(?:주겠대|준대|준다고|줬|주더라|주고\s?갔|나눠)|(?:물건|짐|옷|책)(?:을|를|들을)?\s?(?:다\s)?(?:나눠\s?주|정리하고\s?있|처분)/u;
/** What says it is reported, not the user's own words. */
const REPORTED = /하더라|했어|했어요|했대|한대|래|대(?:요)?\b|더라고|하고\s?나갔|나갔|남기고|보냈|주겠대|준대|줬|왔어/u;

/** Farewells with a reason that is no warning sign: moving, graduating, leaving a job, the army. */
const PARTING = /이사|전학|유학|이민|퇴사|이직|졸업|송별|군대|입대|결혼|해외|발령|은퇴|여행|출국|전근|헤어지자|헤어졌/u;

export function toldTheirGoodbye(raw: string, earlier: readonly string[] = []): boolean {
  const t = raw.normalize('NFC');
  if (!THEIR_FAREWELL.test(t) || !REPORTED.test(t)) return false;
  if ([t, ...earlier.slice(-3)].some((x) => PARTING.test(x.normalize('NFC')))) return false;
  if (/(?:제가|내가|저는|나는)\s?(?:그동안|다들)/u.test(t)) return false;
  return [t, ...earlier.slice(-3)].some((x) => PERSON.test(x.normalize('NFC')));
}

/** "오버일까봐", "내가 너무 오버하는 건가?", "119 불러도 되는 건가요?" */
const OVERREACT = /오버|호들갑|유난|예민한\s?건가|괜히\s?(?:걱정|신고)|(?:119|112|경찰|구급차)[^.?!]{0,12}(?:불러도|신고해도|불러야|전화해도)/u;
const CALL_NOW = /119|112|경찰|구급차|신고/u;
const HOW_ASK = /뭐라고\s?(?:물어|말해|해야)|어떻게\s?(?:물어|말해|말을)|뭘\s?해야|뭐\s?해야|어떻게\s?해야|어떡해/u;
const STRUGGLED = /힘들어\s?(?:하|했)|우울해\s?(?:하|했)|죽고\s?싶다는\s?(?:말|얘기)|죽고\s?싶다고/u;
const UNREACHABLE_STORY = /전화(?:도|를)?\s?(?:안|못)\s?받|연락(?:이|도)?\s?(?:안|못)\s?(?:돼|되|닿)|안\s?읽|답(?:이|장)?(?:도)?\s?없/u;

export const THEIRS_PREFIX = 'safety:theirs';
export const THEIRS_REPLIES = {
  first:
    '갑자기 작별 인사처럼 들리는 말을 하거나 아끼던 걸 정리하는 건, 스스로 목숨을 끊으려는 사람이 보이는 신호일 때가 있어서 가볍게 넘기지 않는 게 좋아요. "혹시 죽고 싶다는 생각까지 하고 있어?" 하고 직접 물어봐도 괜찮아요, 그렇게 묻는다고 생각이 커지지 않아요. 자살예방상담전화 109는 곁에 있는 사람도 상담해 주고, 연락이 안 되고 위험해 보이면 112나 119에 바로 알려 주세요.',
  struggled:
    '요즘 힘들어했다면 그 말들이 더 마음에 걸리는 게 당연해요. 오늘 안에 직접 연락해서 "요즘 많이 힘들어 보여서 걱정돼" 하고 말을 걸어 줄 수 있어요? 109에 전화하면 어떻게 말을 꺼낼지도 같이 고민해 줘요.',
  over:
    '오버가 아니에요. 걱정될 때는 조금 지나치다 싶을 만큼 챙기는 편이 나아요. 오늘 안에 직접 연락해서 안부를 물어봐 줄 수 있어요? 연락이 안 되고 걱정되면 112나 119에 알려 주세요.',
  call:
    '오버가 아니에요. 연락이 안 되고 걱정되면 지금 112나 119에 신고해 주세요. 있을 만한 곳이나 주소를 알려 주면 직접 찾아가 확인해 줄 수 있어요.',
  gift:
    '아끼던 물건까지 주려는 건 더 마음에 걸리는 신호예요. 오늘 안에 직접 만나거나 전화해서 "혹시 죽고 싶다는 생각도 해?" 하고 물어봐 줄 수 있어요? 어떻게 말을 꺼낼지 막막하면 109에 먼저 물어봐도 돼요.',
  act:
    '지금 할 수 있는 건 세 가지예요. 친구에게 계속 연락해 보고, 친구 가족이나 가까운 사람에게 알리고, 그래도 닿지 않으면 112나 119에 신고해서 찾아 달라고 하는 거예요. 혼자 다 하려고 하지 않아도 돼요.',
  how:
    '돌려 말하지 않아도 돼요. "요즘 많이 힘들어 보여서 걱정돼. 혹시 죽고 싶다는 생각도 해?" 하고 차분히 물어보고, 어떤 대답이든 끝까지 들어 주세요. 그렇다고 하면 혼자 두지 말고 109에 같이 전화하거나, 위험해 보이면 112나 119에 알려 주세요.',
} as const;
const THEIRS_STAY = [
  '친구를 이렇게까지 걱정하는 마음이 느껴져요. 지금 할 수 있는 건 직접 연락해 보는 것, 그리고 109에 어떻게 도울지 물어보는 거예요. 지금 그 친구와 연락은 닿아요?',
  '혼자 이 걱정을 다 안고 있지 않아도 돼요. 연락이 안 되고 위험해 보이면 망설이지 말고 112나 119에 알려 주세요.',
];

/**
 * Someone else's goodbye, and the turns of the one who worries after it (or after the replies for
 * someone at risk, safety-check.ts): "오버인가?", "119 불러도 돼요?", "뭐라고 물어봐야 돼?".
 */
export function theirGoodbyeTurn(raw: string, earlier: readonly string[], used: readonly string[], othersBefore: boolean): HarmPick | null {
  const t = raw.normalize('NFC');
  const current = othersBefore || threadCurrent(used, THEIRS_PREFIX, 5);
  if (!current) {
    if (!toldTheirGoodbye(t, earlier)) return null;
    return { id: `${THEIRS_PREFIX}:first`, reply: THEIRS_REPLIES.first, safety: 'suicide', mood: 'anxiety' };
  }
  const story = [...earlier.slice(-6), t].map((x) => x.normalize('NFC')).join(' ');
  let key: string | null = null;
  if (OVERREACT.test(t) || (CALL_NOW.test(t) && /되는\s?건|돼요\?|될까|되나/u.test(t))) key = CALL_NOW.test(t) || UNREACHABLE_STORY.test(story) ? 'call' : 'over';
  else if (HOW_ASK.test(t)) key = UNREACHABLE_STORY.test(story) ? 'unreachable' : 'how';
  else if (STRUGGLED.test(t) && !/(?:제가|내가|나도|저도)\s?(?:죽고|힘들)/u.test(t)) key = 'struggled';
  else if (UNREACHABLE_STORY.test(t)) key = 'unreachable';
  else if (/아끼던|주겠대|준대|나눠\s?주/u.test(t) && toldTheirGoodbye(t, earlier)) key = 'gift';
  else if (toldTheirGoodbye(t, earlier)) key = 'first';
  if (!key) return null;
  if (key === 'unreachable') {
    const id = `${THEIRS_PREFIX}:unreachable`;
    if (!used.includes(id) && !used.includes(UNREACHABLE_PREFIX)) return { id, reply: UNREACHABLE_REPLY, safety: 'suicide', mood: 'anxiety' };
    key = HOW_ASK.test(t) ? 'act' : 'call';
  }
  const pick = pickThread(THEIRS_PREFIX, key === 'call' ? ['call', 'act'] : [key, 'how'], THEIRS_REPLIES, THEIRS_STAY, used);
  return { ...pick, safety: 'suicide', mood: 'anxiety' };
}
