/**
 * Session 38 (retr): corpus intents picked for the wrong situation because the story before the
 * turn says what the turn alone does not. The testers' conversations had:
 * - "그래도 그 사람이랑 평생 같이 있을 생각하면 설레요" after "다음주에 결혼해요" matched a crush
 *   («요즘 그 사람이랑은 어떤 식으로 자주 마주쳐요?»), and "나만 이 관계에 진심인거 같아" after
 *   "남친이랑 싸웠어" a situationship («관계를 정의하고 싶지만…»): a partner the user already has is
 *   no crush and no undefined relationship (`partnerStoryMisfit`);
 * - "약속 또 까먹었대" after "남친이랑 싸웠어" matched a friend cancelling («이 친구에게 이 마음을 전해
 *   본 적 있어요?»): the partner is no friend (`partnerStoryMisfit`);
 * - "준비한 말이 하나도 생각이 안나서…" after "발표하다가 머리가 하얘졌어요" matched an interview gone
 *   badly («면접 끝나고 나서는…»): a presentation is no interview (`interviewInOtherStory`);
 * - "엄마는 기대하는데" after "모의고사 또 4등급" got «부모님이 바라는 길과 내가 원하는 길 사이에서
 *   갈등하는 건…»: the pressure of an exam is no other path wished for (`replyPresumesOtherPath`).
 * Pure functions over the user's texts (NFC); the engine holds the intent back ('unsaid') or skips
 * the reply, and the generic follow-ups answer in the turn's own mood.
 */

const nfc = (t: string): string => t.normalize('NFC');

/**
 * The user's own partner or wedding: "남친이랑 싸웠어", "우리 신랑이", "다음주에 결혼해요", "약혼했어요".
 * Someone else's partner ("짝녀한테 남친 생겼대", "걔 여친 있대") is not the user's: the word must open
 * the sentence or follow 내/제/우리, and not be news of a partner gained or had.
 */
const OWN_PARTNER =
  /(?:^|[.!?~]\s*|(?:내|제|우리)\s?)(?:남친|여친|남자\s?친구|여자\s?친구|애인|남편|아내|와이프|신랑|약혼자|예비\s?(?:신랑|신부|남편|아내))(?:이랑|랑|하고|와|과|이|가|은|는|한테|에게|도|이가)?(?:\s|$)(?!아닌|아니|말고|없)(?!.*(?:생겼|있대|있었|있는\s?줄|있더라))|(?:다음\s?주|다음\s?달|이번\s?주|담주|곧|내년|올해|[0-9]+\s?월)(?:에)?\s?결혼(?:해요|해|합니다|한다|하게|식)|결혼\s?(?:준비|앞두|날짜\s?잡)|약혼(?:했|한\s?지)|상견례/u;

/** A break-up, or a new person, in the story: then a crush may well be meant. */
const NOT_TOGETHER = /헤어|이별|전\s?(?:남친|여친|애인)|전남친|전여친|차였|차임|파혼|이혼|짝사랑|짝남|짝녀|썸|다른\s?(?:사람|남자|여자)|딴\s?(?:사람|남자|여자)|좋아하는\s?(?:사람|애|선배|오빠)/u;

/** Intents whose replies presume a crush or an undefined relationship, not a partner. */
const CRUSH_INTENTS = new Set([
  'love_crush_flutter',
  'love_unrequited_long',
  'love_situationship_unclear',
  'love_friendzoned',
  'love_confess_nervous',
  'love_confess_rejected',
  'love_blind_date_report',
  'love_no_second_date',
]);

/** A friend named in the turn ("남자친구" is no friend). */
const FRIEND = /(?<![남여]자?\s?)친구|동창|베프|절친|동기/u;

/** Whether the user's own partner or wedding is in the last few texts (and no break-up or crush). */
export function partnerInStory(text: string, earlier: readonly string[]): boolean {
  const texts = [...earlier.slice(-4), text].map(nfc);
  return texts.some((t) => OWN_PARTNER.test(t)) && !texts.some((t) => NOT_TOGETHER.test(t));
}

/**
 * Whether the intent's replies presume a crush or a friend where the story is about the user's own
 * partner: a crush intent then, or a friends_ intent when the turn names no friend.
 */
export function partnerStoryMisfit(intentId: string, text: string, earlier: readonly string[]): boolean {
  const crush = CRUSH_INTENTS.has(intentId);
  const friend = intentId.startsWith('friends_') && !FRIEND.test(nfc(text));
  return (crush || friend) && partnerInStory(text, earlier);
}

const INTERVIEW = /면접|인터뷰|interview/iu;
const PRESENTATION = /발표|피티|PT|프레젠테이션|프레젠|시연|브리핑/u;

/**
 * An interview intent inside a presentation's story: the turn names no interview, and the last
 * few texts told a presentation and no interview.
 */
export function interviewInOtherStory(intentId: string, text: string, earlier: readonly string[]): boolean {
  if (!intentId.startsWith('job_interview_') || INTERVIEW.test(nfc(text))) return false;
  const recent = earlier.slice(-3).map(nfc);
  return recent.some((t) => PRESENTATION.test(t)) && !recent.some((t) => INTERVIEW.test(t));
}

/** A reply that presumes the user wishes for a path other than the parents' one. */
const OTHER_PATH_REPLY = /원하는\s?길|바라는\s?길과/u;
/** What tells such a wish: a path, a dream, a major, a job, what the user wants to do. */
const OTHER_PATH_TOLD = /진로|꿈|전공|학과|직업|적성|하고\s?싶|되고\s?싶|원하는|원하던|가고\s?싶|길이?\s?(?:다르|아니)|반대|예체능|미대|음대|체대|유학|창업|그게\s?아닌데|난\s?그게/u;

/**
 * Whether a reply presumes another path wished for ("부모님이 바라는 길과 내가 원하는 길 사이에서
 * 갈등하는 건…") that none of the user's last texts told: "엄마는 기대하는데" in an exam's story.
 */
export function replyPresumesOtherPath(reply: string, text: string, earlier: readonly string[]): boolean {
  if (!OTHER_PATH_REPLY.test(nfc(reply))) return false;
  return ![...earlier.slice(-4), text].some((t) => OTHER_PATH_TOLD.test(nfc(t)));
}
