/**
 * Turns that earlier rules misread (session 37, fa). A tester's conversations found glad, light or
 * plain turns answered as grief, shame, anger or a template of someone else's situation:
 * - "엄마가 치매 검사 받으셨는데 정상이래요!" got dementia caregiving grief (`goodTestResult`);
 * - "우리 애가 고3인데 수시 붙었어요!" got the 고3-parent worry, calling the user 엄마 (`childAdmitted`);
 * - "회사 동료가 임신했대요" got the user's own life-changing pregnancy news (`othersPregnancy`);
 * - "저 내년에 은퇴해요" got a retiree's identity crisis, "벌써 설레요" a question about the past
 *   (`retirementAhead`);
 * - a friend's coming out: "나는 당연히 응원한다고 했지" read as a request for encouragement, "걔가
 *   고맙다고 울더라" as thanks to the bot (`friendCameOut`, `comingOutTurn`);
 * - "친구가 그 말 하더라 너 요즘 좋아 보인다고" read as hurtful words (`complimentHeard`);
 * - a wheelchair user's good interview read as shame, "여기 붙고 싶다" as escape (`goodAccess`,
 *   `hopesToJoin`);
 * - "외국인 노동자인데 한국 생활 좋아요" got "한국어가 서툴러도 괜찮아요" (`fluentForeigner`);
 * - "미안 너한테 괜히 화풀이했네" (반말) was missed (`sorryForVenting`);
 * - "하루에 몇 시간 자는 게 적당해?" outside exams got a generic reply (`sleepHoursQuestion`);
 * - "왜 그 말 했어?" about the bot's own words got "네, 무슨 말인지 알 것 같아요" (`asksWhyBotSaid`);
 * - "보복운전 당할 뻔했어요" then "다행히 아무 일 없었어요" got joy (`nearMiss`);
 * - an older user's "잔소리를 해서 도망 나왔어 ㅋㅋ" and "내가 이겼어" read as anger (`lightNag`, `won`);
 * - "출산하고 100일 됐어요", "애기가 요즘 웃어요" got "마음이 정말 무겁게" (`babyMilestone`, `babySmiles`).
 * Each detector is a small pure function; `misreadTurn` says which case a turn is, with replies.
 */
import type { EmotionId } from '../ml/emotions';

export const MISREAD_PREFIX = 'fa';

const nfc = (s: string) => s.normalize('NFC').trim();
const NEGATIVE = /힘들|슬프|슬퍼|걱정|싫|짜증|화나|화가|우울|무서|불안|아파|아프|속상|서운|서러|외로|눈물|울고\s?싶|죽고|어떡|어떻게\s?해|[?？]/u;

// 1. A test came back fine.
const TEST = /검사|진단|검진|결과|조직\s?검사|재검/u;
const FINE_RESULT = /정상이?(?:래|라|이래|이라|으로|이에요|입니다|나왔|이었|이래요)|(?:치매|암|이상)(?:가|이|는|은)?\s?아니(?:래|라|었|랍니다)|이상\s?(?:없|무)|음성(?:이|으로|래|이래)|괜찮(?:대|다고|으시대)|깨끗하대/u;
const NOT_FINE = /비정상|정상이?\s?아니|정상(?:이)?\s?(?:범위\s?)?(?:밖|넘|못)|아니래도|이상\s?(?:있|소견)|양성|재검\s?(?:받으래|하래|해야)|나오면|나올까|나왔으면|받아야|받을까|받기로/u;
/** "엄마가 치매 검사 받으셨는데 정상이래요!": a test and a good result, not an illness to care for. */
export function goodTestResult(text: string): boolean {
  const t = nfc(text);
  return TEST.test(t) && FINE_RESULT.test(t) && !NOT_FINE.test(t);
}

// 2. A child got in.
const CHILD = /(?:우리\s?)?(?:애|아이|딸|아들|자녀|큰애|작은애|막내|큰딸|큰아들|작은딸|작은아들)(?:가|이|는|도)?/u;
const ADMITTED = /(?:붙었|붙었대|합격했|합격이래|합격\s?소식|최종\s?합격|수시\s?붙|정시\s?붙|붙어\s?(?:서|버렸)|들어갔|합격(?:이에요|입니다|했대|함))/u;
const NOT_ADMITTED = /떨어|못\s?붙|안\s?붙|불합격|붙었으면|붙을까|붙으면|붙어야|합격하면|합격할|합격했으면|예비/u;
/** "우리 애가 고3인데 수시 붙었어요!": a child's admission, good news for the parent. */
export function childAdmitted(text: string): boolean {
  const t = nfc(text);
  return CHILD.test(t) && ADMITTED.test(t) && !NOT_ADMITTED.test(t) && !/(?:제가|내가|나|저)\s?(?:도\s?)?(?:붙었|합격)/u.test(t);
}

// 3. Someone else's pregnancy.
const OTHER_ONE = /(?:동료|친구|언니|누나|여동생|동생|형수|올케|새언니|사촌|선배|후배|이웃|지인|팀장님|과장님|대리님|동기|며느리|딸)(?:가|이|는|도|분이|분)?\s?/u;
const PREGNANT_REPORTED = new RegExp(`(?:${OTHER_ONE.source})(?:[가-힣]+\\s)?(?:임신(?:했대|했다|했어|했더|했다고|했대요|이래|소식|을\\s?했)|아기\\s?(?:가졌대|생겼대))`, 'u');
const PREGNANCY_HARD = /부럽|질투|축하(?:를|가)?\s?(?:못|안|잘\s?안)|난\s?왜|나는\s?왜|저는\s?왜|시험관|난임|유산|마음이\s?(?:복잡|아프|무거)|눈물|슬프|슬퍼|씁쓸|배\s?아프|내\s?(?:아이|아기|애)|제\s?(?:아이|아기|애)|남편|남친|남자\s?친구|몰래/u;
/** "회사 동료가 임신했대요": someone else's pregnancy, light good news (not the user's own). */
export function othersPregnancy(text: string): boolean {
  const t = nfc(text);
  return PREGNANT_REPORTED.test(t) && !PREGNANCY_HARD.test(t);
}

// 4. Retirement ahead.
const AHEAD = /(?:내년|내후년|다음\s?달|다음\s?해|올해\s?말|연말|곧|이번\s?달\s?말|(?:[0-9]+|한|두|세|몇)\s?(?:달|개월|년|해)\s?(?:뒤|후|남))/u;
const RETIRE_AHEAD = new RegExp(
  `(?:${AHEAD.source})(?:에|이면|쯤)?\\s?(?:[가-힣]+\\s)?(?:정년\\s?)?(?:은퇴|정년|퇴임)(?:해요|합니다|해|예정|이에요|이야|입니다|을\\s?해|하게|이거든|이라)|(?:은퇴|정년|퇴임)(?:을|를|이)?\\s?(?:앞두|앞둔|(?:[0-9]+|한|두|세|몇)\\s?(?:달|개월|년)\\s?(?:남|앞))`,
  'u',
);
const NOT_MINE_RETIRE = /(?:아빠|아버지|엄마|어머니|남편|아내|와이프|부모님|할아버지|할머니|친구|선배|교수님|선생님|부장님|팀장님)(?:가|께서|는|도|이)\s/u;
/** "저 내년에 은퇴해요": the user's own retirement, still ahead. */
export function retirementAhead(text: string): boolean {
  const t = nfc(text);
  return RETIRE_AHEAD.test(t) && !NOT_MINE_RETIRE.test(t) && !/명퇴|명예\s?퇴직|권고\s?사직|잘리|해고|희망\s?퇴직/u.test(t);
}

// 5. A friend came out.
const CAME_OUT = /(?:친구|걔|동생|형|언니|누나|오빠|동기|베프|절친)(?:가|이|는)?\s?(?:[가-힣]+\s)?(?:나한테|저한테|나에게|저에게)?\s?커밍\s?아웃/u;
/** "친구가 커밍아웃했어": a friend's coming out told to the user. */
export function friendCameOut(text: string): boolean {
  return CAME_OUT.test(nfc(text));
}
export type ComingOutKind = 'told' | 'supported' | 'thanked' | 'good_friend';
const SUPPORTED = /(?:응원|지지|네\s?편|니\s?편|괜찮다고|상관없다고|멋있다고|고맙다고\s?말해\s?줬|말해\s?줘서\s?고맙다고)[^.?!]{0,8}(?:한다고|했|해\s?줬|말했|말해\s?줬)|응원한다고|지지한다고/u;
const FRIEND_THANKED = /(?:걔|친구|그\s?친구|그\s?애|걔가)?[^.?!]{0,6}(?:고맙다고|고마워하|고마워\s?하더)[^.?!]{0,8}(?:울더|울었|울먹|하더|했|그러더)/u;
const GOOD_FRIEND = /좋은\s?친구(?:가|로)?\s?(?:되고|돼\s?주고|되어\s?주고|남고)\s?싶|곁에\s?(?:있어\s?주고|있고)\s?싶|힘이\s?(?:되고|돼\s?주고)\s?싶/u;
/** In a friend's coming-out story, what the user's turn tells. */
export function comingOutTurn(text: string, earlier: readonly string[]): ComingOutKind | null {
  const t = nfc(text);
  if (friendCameOut(t)) return NEGATIVE.test(t) && !/고민|무서웠/u.test(t) ? null : 'told';
  if (!earlier.slice(-6).some(friendCameOut)) return null;
  if (/싫|역겹|이상해|혐오|받아들이기\s?힘들|모르겠/u.test(t)) return null;
  if (FRIEND_THANKED.test(t)) return 'thanked';
  if (SUPPORTED.test(t)) return 'supported';
  if (GOOD_FRIEND.test(t)) return 'good_friend';
  return null;
}

// 6. A compliment heard from someone.
const COMPLIMENT = /좋아\s?보인|예뻐졌|예뻐\s?보|멋있어\s?보|멋져\s?보|밝아\s?보|밝아졌|얼굴\s?(?:이\s?)?좋아|얼굴\s?피었|살\s?빠져\s?보|건강해\s?보|편해\s?보|행복해\s?보|젊어\s?보|잘생겨\s?보/u;
const REPORTED = /(?:다고|라고|더라|던데|대|했어|하더|그러더|그랬)/u;
const NOT_COMPLIMENT = /(?:안|못)\s?좋아\s?보|나빠\s?보|피곤해\s?보|아파\s?보|힘들어\s?보|지쳐\s?보|살\s?쪘|늙어\s?보|좋아\s?보이(?:려고|고\s?싶)|비꼬|빈정|[?？]/u;
/**
 * Others who look happy, seen by the user ("다들 행복해 보이는데 나만 혼자인 것 같더라", session 40):
 * no compliment unless it is quoted as said to the user ("다들 나보고 좋아 보인대").
 */
const OTHERS_LOOK = /(?:다들|모두|남들|사람들|애들|친구들|커플들?|걔네|걔들|부부|신랑|신부|둘이)(?:은|는|이|도|만)?\s?(?:[가-힣]+\s){0,2}(?:좋아|행복해|밝아|편해|건강해|젊어|예뻐|멋있어|멋져|즐거워)\s?보/u;
const QUOTED = /(?:보인|보였|졌|피었|좋)(?:다고|다구|대|대요|다네|다더라|다며)|(?:보여|보인)\s?(?:요\s?)?(?:라고|래)|보인다\s?(?:하|그러)/u;
/** "친구가 그 말 하더라 너 요즘 좋아 보인다고": a compliment someone paid the user. */
export function complimentHeard(text: string): boolean {
  const t = nfc(text);
  if (OTHERS_LOOK.test(t) && !QUOTED.test(t)) return false;
  return COMPLIMENT.test(t) && REPORTED.test(t) && !NOT_COMPLIMENT.test(t);
}

// 7. Disability named with a good experience; hoping to join.
const DISABILITY = /장애인|장애\s?(?:전형|등급|인\s?전형)|휠체어|경사로|점자|수어|보청기|목발|시각\s?장애|청각\s?장애|엘리베이터/u;
const GOOD_EXPERIENCE = /친절|잘\s?(?:알려|설명|해\s?주|돼\s?있|되어\s?있)|다\s?(?:있|돼\s?있|되어\s?있)|편하|편했|좋았|좋더|좋아|배려|고마|든든|마음에\s?들/u;
const BAD_EXPERIENCE = /거절|무시|차별|불편|없었|없더|없어서|안\s?되|못\s?(?:들어|가|타)|계단만|눈치|부끄|창피|서럽|서러|속상|떨어|쳐다|불쌍|동정|힘들|짜증|화나/u;
/** "장애인 전형 물어봤는데 친절하게 알려주더라", "휠체어 타는데 건물도 다 경사로 있었어". */
export function goodAccess(text: string): boolean {
  const t = nfc(text);
  const built = /경사로|엘리베이터|점자|장애인\s?화장실|리프트/u.test(t) && /있었|있더|있어서|있네/u.test(t);
  return DISABILITY.test(t) && (GOOD_EXPERIENCE.test(t) || built) && !BAD_EXPERIENCE.test(t);
}
const JOB_STORY = /면접|지원|전형|서류|입사|회사|채용|합격|인턴|알바/u;
/** "여기 붙고 싶다" after an interview: hope for the job, not a wish to escape. */
export function hopesToJoin(text: string, earlier: readonly string[]): boolean {
  const t = nfc(text);
  if (!/(?:붙고|합격하고|다니고|들어가고|일하고)\s?싶|됐으면\s?좋겠|붙었으면\s?좋겠|붙었으면/u.test(t)) return false;
  if (/떠나|도망|아무도|사라지|그만두|관두|퇴사/u.test(t)) return false;
  return JOB_STORY.test(t) || earlier.slice(-4).some((s) => JOB_STORY.test(nfc(s)));
}

// 8. A fluent foreign worker glad of life here.
const FOREIGN_SELF = /외국인|이주\s?노동자|이주민|유학생|외국에서\s?(?:왔|온)|(?:베트남|필리핀|네팔|캄보디아|중국|태국|인도네시아|미얀마|스리랑카|우즈베키스탄|몽골)\s?(?:사람|에서\s?왔)/u;
const ABOUT_LANGUAGE = /한국어|한국말|한글|말이\s?서툴|말을?\s?(?:잘\s?)?못|서툴|language|english|영어로|통역|번역/iu;
const GLAD_LIFE = /좋아요|좋아|좋습니다|좋다|행복|재밌|재미있|즐거|만족|살\s?만/u;
/** "외국인 노동자인데 한국 생활 좋아요": glad, fluent; not a question about language. */
export function fluentForeigner(text: string): boolean {
  const t = nfc(text);
  return FOREIGN_SELF.test(t) && GLAD_LIFE.test(t) && !ABOUT_LANGUAGE.test(t) && !NEGATIVE.test(t) && t.length >= 8;
}

// 9. Sorry for venting at the bot, in 반말 too.
const VENTED_AT_BOT = /(?:너|니|네|쉼표)(?:한테|에게|에다|한테다)\s?(?:[가-힣]+\s)?(?:괜히\s?|막\s?|또\s?|자꾸\s?)?(?:화풀이|짜증|성질|투정|신경질|화(?:를)?\s?(?:냈|내서|내고)|퍼부|쏟아\s?냈|징징)/u;
/** "미안 너한테 괜히 화풀이했네": an apology to the bot for venting at it. */
export function sorryForVenting(text: string): boolean {
  const t = nfc(text);
  return VENTED_AT_BOT.test(t) && /미안|죄송|쏘리|sorry/iu.test(t);
}

// 10. How many hours of sleep, any day.
const SLEEP_HOURS_Q = /몇\s?시간(?:은|쯤|정도)?\s?(?:자는\s?(?:게|거|것이)|자야|자면|잠을?\s?자야|자는\s?게\s?좋)|(?:적정|적당한|권장)\s?수면\s?시간|수면\s?시간[^.?!]{0,6}(?:적당|얼마|몇)|잠은?\s?(?:얼마나|몇\s?시간)\s?(?:자야|자는)/u;
/** "하루에 몇 시간 자는 게 적당해?": a general question (the exam's has its own answer). */
export function sleepHoursQuestion(text: string): boolean {
  const t = nfc(text);
  return SLEEP_HOURS_Q.test(t) && (/[?？]|적당|좋아|좋을까|좋은지|돼|되나|해야|할까|궁금|알려/u.test(t));
}
/** "나는 7시간 정도 자": hours told after that answer. */
export function sleepHoursTold(text: string): number | null {
  const m = /([0-9]{1,2})\s?시간(?:\s?(?:정도|쯤|반|은|이나|가량))?\s?(?:자|잠|잔|잡)/u.exec(nfc(text));
  return m ? Number(m[1]) : null;
}

// 11. Why the bot said what it said.
const WHY_BOT_SAID = /^(?:근데\s?|아니\s?)?(?:왜|어째서|무슨\s?뜻으로)\s?(?:그\s?말|그런\s?말|그렇게\s?말|그\s?얘기|그런\s?얘기|그렇게)(?:을|를)?\s?(?:했어요|했어|했냐|했니|했나요|하는\s?거야|하는\s?거예요|한\s?거야|한\s?거예요|해요|해)[?？\s~]*$|(?:네|니|너가|니가|네가|방금|아까)\s?(?:한\s)?(?:그\s?)?말(?:은|이)?\s?(?:무슨\s?뜻|왜)/u;
/** Someone's words told in the turn before ("엄마가 나보고 한심하대"): "왜 그 말 했어" may be about them. */
const QUOTED_BEFORE = /(?:라고|다고|냐고|래서|대서)\s?(?:하|했|그러|그랬|말)|(?:한심|이상|별로)하대|(?:하|그러)더라/u;
/** "왜 그 말 했어?": a question about the bot's previous words (not someone's words just told). */
export function asksWhyBotSaid(text: string, earlier: readonly string[] = []): boolean {
  const t = nfc(text);
  if (earlier.length > 0 && QUOTED_BEFORE.test(nfc(earlier.at(-1)!))) return false;
  return WHY_BOT_SAID.test(t) && !/(?:걔|그\s?사람|친구|엄마|아빠|팀장|선배|남친|여친|남편|아내)(?:가|는|이)\s?(?:왜|그)/u.test(t);
}
/** "아까 너가 힘내라고 한 거": which words of the bot the user means ("힘내"), or null. */
export function botWordsNamed(text: string): string | null {
  const t = nfc(text);
  if (!/(?:너가|니가|네가|너|니|네)\s|아까|방금/u.test(t)) return null;
  const m = /([가-힣]{1,8}?)(?:하)?(?:라고|자고|냐고|다고)\s?(?:한|했던|했)\s?(?:거|말|것|게)?/u.exec(t);
  return m ? m[1]! : null;
}

// 12. A near miss, then relief.
const NEAR_MISS = /(?:당할|날|치일|칠|죽을|다칠|부딪칠|부딪힐|박을|넘어질|떨어질|빠질|잃어버릴|놓칠|걸릴|물릴)\s?뻔\s?(?:했|하|한|해)|큰일\s?날\s?뻔|사고\s?날\s?뻔|아찔했|식겁했|십년감수/u;
const NOT_SCARE = /웃겨|웃기|좋아서|배불러|맛있어서|행복해서|귀여워서|기뻐서|설레서|감동/u;
/** "보복운전 당할 뻔했어요": a scare with nothing happening, not glad news. */
export function nearMiss(text: string): boolean {
  const t = nfc(text);
  return NEAR_MISS.test(t) && !NOT_SCARE.test(t);
}

// 13. A light story: a nag laughed off, a win.
const LAUGH = /ㅋ{2,}|ㅎ{2,}|허허|하하|크크/u;
/** "마누라가 잔소리를 해서 도망 나왔어 ㅋㅋ": a nag told laughing, not anger. */
export function lightNag(text: string): boolean {
  const t = nfc(text);
  return /잔소리|바가지|구박/u.test(t) && LAUGH.test(t) && !/못\s?살|지겨|힘들|화나|화가|싫|이혼|짜증|서럽|서러|열받|미치|ㅠ|ㅜ/u.test(t);
}
/** "경로당에서 장기 뒀지": a game played. */
export function playedGame(text: string): boolean {
  const t = nfc(text);
  return /장기|바둑|화투|고스톱|윷놀이|체스|탁구|당구|게이트볼|볼링/u.test(t) && /뒀|두었|두고|쳤|했|치고|하고\s?(?:왔|놀)|놀았/u.test(t) && !NEGATIVE.test(t);
}
/** "내가 이겼어": a win told in a light story. */
export function won(text: string): boolean {
  const t = nfc(text);
  return /(?:^|\s)(?:내가|제가|우리가|우리\s?팀이|나|저)?\s?(?:이겼|이김|승리했|우승했|1등\s?했)/u.test(t) && t.length <= 24 && !/(?:못|안)\s?이겼|졌|져서|싸워서|소송|이겼으면|이길|이겨야|[?？]/u.test(t) && !NEGATIVE.test(t);
}

// 14. A baby's milestone and smiles.
const BIRTH = /출산|낳은\s?지|낳고|태어난\s?지|태어나고|산후|신생아|조리원/u;
const MILESTONE = /(?:출산|낳은\s?지|낳고|태어난\s?지|태어나고)\s?(?:하고\s?|한\s?지\s?)?(?:벌써\s?)?(?:[0-9]+|백|한|두|세)\s?(?:일|달|개월|주)|백일|100일|돌잔치|첫\s?돌/u;
/** "출산하고 100일 됐어요": a milestone told plainly. */
export function babyMilestone(text: string): boolean {
  const t = nfc(text);
  return MILESTONE.test(t) && /됐|되었|돼요|됐네|이에요|예요|맞았|지났|했어|했어요|잔치/u.test(t) && !NEGATIVE.test(t);
}
/** "애기가 요즘 웃어요": a baby's smile in a story of a birth. */
export function babySmiles(text: string, earlier: readonly string[]): boolean {
  const t = nfc(text);
  if (!/(?:애기|아기|아가|우리\s?애|딸|아들)(?:가|이)?\s?(?:[가-힣]+\s)?(?:웃어|웃었|웃더|웃는|웃네|방긋|옹알|까르르)/u.test(t) || NEGATIVE.test(t)) return false;
  return [...earlier.slice(-6).map(nfc), t].some((s) => BIRTH.test(s) || /애기|아기|아가/u.test(s));
}
/** "힘들어도 너무 예뻐요": hardship and love said together. */
export function hardButLovely(text: string): boolean {
  const t = nfc(text);
  return /힘들어도|힘들지만|힘든데도|피곤해도|피곤하지만|고되도|고돼도|지쳐도/u.test(t) && /예뻐|예쁘|귀여|귀엽|사랑스|행복|좋아/u.test(t) && !/안\s?(?:예뻐|예쁘|귀여|행복)|모르겠/u.test(t);
}

// ---------------------------------------------------------------------------------------------

export interface MisreadTurn {
  kind: string;
  replies: string[];
  mood: EmotionId;
}

export interface MisreadContext {
  /** The user's earlier turns in this conversation. */
  earlier?: readonly string[];
  /** The id of the bot's last reply (`usedReplies` at the end). */
  lastId?: string;
  /** The bot's last reply text, when the conversation has one. */
  lastReply?: string;
  /** The intent the engine ranked first for this turn, if any. */
  intentId?: string | null;
  /** An older speaker (life-stage.ts `soundsOlder`). */
  older?: boolean;
}

const after = (ctx: MisreadContext, kind: string) => (ctx.lastId ?? '').startsWith(`${MISREAD_PREFIX}:${kind}`);
const storyHas = (ctx: MisreadContext, re: RegExp) => (ctx.earlier ?? []).slice(-6).some((s) => re.test(nfc(s)));

/** Which misread case the turn is, with its replies (the first is the most specific), or null. */
export function misreadTurn(text: string, ctx: MisreadContext = {}): MisreadTurn | null {
  const t = nfc(text);
  const earlier = ctx.earlier ?? [];
  const older = ctx.older ?? false;

  if (sorryForVenting(t)) {
    const boss = storyHas(ctx, /팀장|부장|과장|상사|사장/u);
    return {
      kind: 'sorry_venting',
      replies: [`미안해하지 않아도 돼요. 그만큼 속상하고 화가 났던 거잖아요. ${boss ? '일 떠넘긴 그 일은 지금도 많이 화가 나요?' : '그 일은 지금도 많이 화가 나요?'}`],
      mood: 'neutral',
    };
  }
  if (asksWhyBotSaid(t, earlier)) {
    return {
      kind: 'bot_words',
      replies: [
        ctx.lastReply
          ? '제 말이 마음에 걸렸군요. 이야기를 잘 듣고 싶어서 한 말이었는데, 불편하게 들렸다면 미안해요. 어떤 부분이 걸렸는지 알려 주면 다시 잘 들을게요.'
          : '제가 한 말 중에 마음에 걸린 게 있었나 봐요. 어떤 말이었는지 알려 주면, 왜 그렇게 말했는지 솔직하게 이야기할게요.',
      ],
      mood: 'neutral',
    };
  }
  if (after(ctx, 'bot_words')) {
    const words = botWordsNamed(t);
    if (words) {
      return {
        kind: 'bot_words_named',
        replies: [`'${words}'라는 말이 오히려 부담으로 들렸을 수 있겠어요. 응원하고 싶은 마음이었지만, 그 말보다 이야기를 먼저 들었어야 했어요. 미안해요.`],
        mood: 'neutral',
      };
    }
  }
  if (after(ctx, 'bot_words_named') && /부담|불편|싫|별로|듣기\s?싫|그랬|그래/u.test(t) && t.length <= 30) {
    return { kind: 'bot_words_owned', replies: ['솔직하게 말해 줘서 고마워요. 앞으로는 서두르지 않고 이야기를 먼저 들을게요. 지금은 어떤 이야기를 하고 싶어요?'], mood: 'neutral' };
  }

  if (goodTestResult(t)) {
    const parent = /엄마|어머니|어머님/u.test(t) ? '어머니' : /아빠|아버지|아버님/u.test(t) ? '아버지' : null;
    return {
      kind: 'test_fine',
      replies: [`정상이라니 정말 다행이에요! 결과를 듣는 순간 한시름 놓였겠어요. ${parent ? `${parent}도 마음이 한결 가벼우시겠어요.` : '오늘은 마음 편히 지내도 되겠어요.'}`],
      mood: 'joy',
    };
  }
  if (ctx.lastId?.startsWith(`${MISREAD_PREFIX}:test_fine#`) && /다행|좋아|기뻐|먹으러|놀러|가려고|갈\s?거|축하/u.test(t) && !NEGATIVE.test(t)) {
    return {
      kind: /먹으러|놀러|가려고|갈\s?거/u.test(t) ? 'test_fine_outing' : 'test_fine_more',
      replies: /먹으러|놀러|가려고|갈\s?거/u.test(t)
        ? ['좋아요, 이런 날은 맛있는 걸 함께 먹으며 마음껏 안도해도 돼요. 즐거운 시간 보내고 와요.']
        : ['정말 다행이에요. 걱정했던 만큼 안도감도 크게 밀려오죠. 오늘은 그 마음 충분히 누려요.'],
      mood: 'joy',
    };
  }

  if (childAdmitted(t)) {
    const which = /수시/u.test(t) ? '수시 합격' : '합격';
    return {
      kind: 'child_admitted',
      replies: [`와, ${which} 정말 축하드려요! ${/고3|수험생|재수/u.test(t) ? '한 해 동안 곁에서 함께 애써 온 끝이라 더 기쁘시겠어요.' : '곁에서 지켜본 만큼 더 기쁘시겠어요.'} 소식 들었을 때 어떠셨어요?`],
      mood: 'joy',
    };
  }
  if (after(ctx, 'child_admitted') && /지망|원하던|가고\s?싶던|꿈|장학|최초|최종/u.test(t) && !NEGATIVE.test(t)) {
    return { kind: 'child_admitted_more', replies: [`${/1\s?지망|일\s?지망/u.test(t) ? '1지망이라니' : '원하던 곳이라니'} 더 값진 합격이네요! 그동안 애쓴 보람이 한꺼번에 느껴지셨겠어요.`], mood: 'joy' };
  }

  if (othersPregnancy(t)) {
    const who = /동료/u.test(t) ? '동료분' : /친구/u.test(t) ? '친구' : /언니/u.test(t) ? '언니' : /누나/u.test(t) ? '누나' : null;
    return {
      kind: 'others_pregnant',
      replies: [`${who ? `${who}에게` : '가까운 사람에게'} 좋은 소식이 생겼네요! 주변에 기쁜 일이 생기면 덩달아 마음이 따뜻해지죠. 소식 듣고 어떤 이야기 나눴어요?`],
      mood: 'joy',
    };
  }
  if (after(ctx, 'others_pregnant') && /파티|축하|케이크|선물|꽃|편지|카드/u.test(t) && !NEGATIVE.test(t)) {
    return {
      kind: /케이크|선물|꽃|편지|카드/u.test(t) ? 'others_pregnant_gift' : 'others_pregnant_more',
      replies: /케이크|선물|꽃|편지|카드/u.test(t)
        ? [`${/케이크/u.test(t) ? '케이크까지 ' : ''}직접 골랐다니 마음이 담긴 축하였네요. 받는 쪽도 그 마음이 느껴져서 더 기뻤을 것 같아요. ${/케이크/u.test(t) ? '어떤 케이크로 골랐어요?' : '어떤 걸로 골랐어요?'}`]
        : ['다 같이 축하하는 자리였다니 분위기가 참 훈훈했겠어요. 준비하면서 즐거웠어요?'],
      mood: 'joy',
    };
  }

  if (retirementAhead(t)) {
    const when = /내년/u.test(t) ? '내년에 ' : /다음\s?달/u.test(t) ? '다음 달에 ' : '';
    return {
      kind: 'retire_ahead',
      replies: [`${when}은퇴를 앞두고 계시군요. 오래 해 오신 일을 마무리하는 때라 여러 마음이 함께 드실 것 같아요. 요즘 은퇴를 생각하면 어떤 마음이 제일 크세요?`],
      mood: 'neutral',
    };
  }
  const retireStory = storyHas(ctx, new RegExp(RETIRE_AHEAD.source, 'u'));
  if (retireStory && /(?:은퇴|퇴임)(?:하면|하고\s?나면|후에?)|계획|살\s?(?:거|생각)|하려고|해\s?보려/u.test(t) && !NEGATIVE.test(t)) {
    const place = /([가-힣]{2,6}?)(?:에|로)?\s?(?:가서|내려가서|내려가)\s?살/u.exec(t)?.[1];
    return {
      kind: 'retire_plan',
      replies: [`${place ? `${place}에서의 새 생활이라니` : '은퇴 뒤의 계획이 있으시다니'}, 생각만 해도 기대되시겠어요. 가서 제일 먼저 해 보고 싶은 건 뭐예요?`],
      mood: 'joy',
    };
  }
  if (retireStory && /설레|기대|신나|두근/u.test(t) && !/안\s?(?:설레|기대)|걱정|불안|[?？]/u.test(t)) {
    return { kind: 'retire_glad', replies: ['벌써 설레신다니 저도 덩달아 기대돼요. 새로 시작하실 날들이 참 반갑게 기다려지시겠어요.'], mood: 'joy' };
  }

  const comingOut = comingOutTurn(t, earlier);
  if (comingOut) {
    const replies: Record<ComingOutKind, string> = {
      told: '친구가 용기 내서 이야기해 줬네요. 그만큼 믿는 사람이라는 뜻이었을 거예요. 그 얘기를 듣고 어떻게 했어요?',
      supported: '망설임 없이 응원한다고 말해 줬다니, 친구에게 정말 큰 힘이 됐을 거예요. 털어놓기까지 떨렸을 친구에게 그 한마디는 오래 남을 거예요.',
      thanked: '친구가 울 만큼 고마웠던 거네요. 그만큼 마음 졸이며 꺼낸 이야기였고, 받아 준 게 큰 위로가 됐나 봐요.',
      good_friend: '이미 좋은 친구가 되어 주고 있어요. 지금처럼 친구를 있는 그대로 대해 주는 게 가장 큰 응원일 거예요.',
    };
    return { kind: `came_out_${comingOut}`, replies: [replies[comingOut]], mood: comingOut === 'told' ? 'neutral' : 'joy' };
  }

  if (complimentHeard(t)) {
    return { kind: 'compliment', replies: ['요즘 좋아 보인다는 말을 들었군요! 그런 말은 듣기만 해도 기분이 좋아지죠. 요즘 뭐가 달라졌는지 짐작 가는 게 있어요?'], mood: 'joy' };
  }

  if (goodAccess(t)) {
    const ramp = /경사로|엘리베이터|휠체어/u.test(t) && /있었|있더|다\s?있|돼\s?있|되어\s?있/u.test(t);
    return {
      kind: ramp ? 'access_ramp' : 'access_kind',
      replies: [
        ramp
          ? '건물에 경사로까지 다 갖춰져 있었다니 다니기 편한 곳이네요. 그런 곳이면 그곳에서 일하는 모습도 더 그려지죠.'
          : `${/물어|알려|설명/u.test(t) ? '궁금한 걸 물었을 때 친절하게 알려 줬다니 다행이에요.' : '좋은 대접을 받았다니 다행이에요.'} 그런 곳이면 면접 보는 마음도 한결 가볍죠. ${/면접/u.test(t) ? '면접은 어땠어요?' : '그다음은 어떻게 됐어요?'}`,
      ],
      mood: 'joy',
    };
  }
  if (hopesToJoin(t, earlier)) {
    return { kind: 'hopes_to_join', replies: ['여기 꼭 붙었으면 좋겠어요! 면접 보면서 좋은 인상을 많이 받은 곳이니 더 그렇겠어요. 결과는 언제쯤 나와요?'], mood: 'joy' };
  }

  if (fluentForeigner(t)) {
    const raise = [...earlier.slice(-4), t].some((s) => /월급|급여|봉급/u.test(s) && /올려|올랐|인상/u.test(s));
    return {
      kind: 'foreigner_glad',
      replies: [`한국 생활이 좋다니 반가워요! ${raise ? '이번 달엔 월급까지 올랐으니 더 힘이 나겠어요. ' : ''}한국에서 지내면서 제일 좋은 건 뭐예요?`],
      mood: 'joy',
    };
  }

  if (sleepHoursQuestion(t)) {
    return {
      kind: 'sleep_hours',
      replies: ['사람마다 조금씩 다르지만, 보통 어른은 하루 7~9시간 정도 자는 게 좋다고 해요. 몇 시간을 자느냐만큼 아침에 개운한지, 낮에 많이 졸리지 않은지가 좋은 기준이에요. 요즘은 몇 시간쯤 자요?'],
      mood: 'neutral',
    };
  }
  if (after(ctx, 'sleep_hours')) {
    const h = sleepHoursTold(t);
    if (h !== null && h >= 6 && h <= 10) {
      return { kind: 'sleep_hours_told', replies: [`${h}시간이면 적당한 편이에요. 아침에 개운하게 일어난다면 지금 리듬이 잘 맞는 거예요.`], mood: 'neutral' };
    }
  }

  if (nearMiss(t)) {
    return { kind: 'near_miss', replies: [`${/보복\s?운전|차|운전|사고/u.test(t) ? '도로 위에서 그런 일을 겪으면' : '그런 순간엔'} 정말 놀라죠. 다친 데는 없어요?`], mood: 'anxiety' };
  }
  if ((after(ctx, 'near_miss') || after(ctx, 'near_miss_relief')) && /다행|아무\s?일\s?(?:없|안)|괜찮|안\s?다쳤|놀랐|놀래|철렁/u.test(t) && !/안\s?괜찮|다쳤어|아파/u.test(t)) {
    return {
      kind: 'near_miss_relief',
      replies: [
        '아무 일 없었다니 정말 다행이에요. 그래도 그런 일을 겪고 나면 한동안 놀란 마음이 남기도 해요.',
        '깜짝 놀랄 만했어요. 놀란 마음은 천천히 가라앉아도 괜찮아요. 오늘은 좀 편하게 쉬었으면 좋겠어요.',
      ],
      mood: 'neutral',
    };
  }

  const light = lightNag(t);
  if (light) {
    return {
      kind: 'light_nag',
      replies: [
        /도망|나왔|피해|피신|나가|나갔/u.test(t)
          ? older ? '허허, 잔소리 피해 잠깐 바람 쐬러 나오셨군요. 어디로 피신하셨어요?' : '하하, 잔소리 피해 잠깐 도망 나왔군요. 어디로 피신했어요?'
          : older ? '허허, 잔소리도 웃으며 넘기시는군요. 오늘은 무슨 잔소리를 들으셨어요?' : '하하, 잔소리도 웃으며 넘기는군요. 오늘은 무슨 잔소리를 들었어요?',
      ],
      mood: 'joy',
    };
  }
  const lightStory = (ctx.lastId ?? '').startsWith(`${MISREAD_PREFIX}:light`) || (ctx.lastId ?? '').startsWith(`${MISREAD_PREFIX}:game`);
  if (playedGame(t) && lightStory) {
    const place = /경로당|노인정/u.exec(t)?.[0];
    return {
      kind: 'game',
      replies: [older ? `${place ? `${place}에서 ` : ''}한 판 두셨군요. ${place ? '잔소리 피해 가시기엔 딱 좋은 곳이네요. ' : ''}오늘 판은 어떠셨어요?` : '한 판 하고 왔군요. 오늘 판은 어땠어요?'],
      mood: 'joy',
    };
  }
  if (won(t) && (lightStory || storyHas(ctx, /장기|바둑|게임|경기|시합|대회|내기|화투|고스톱|탁구|당구|축구|농구/u))) {
    return { kind: 'won', replies: [older ? '이기셨다니 축하드려요! 오늘은 기분 좋게 들어가셔도 되겠어요.' : '이겼다니 축하해요! 오늘은 기분 좋게 마무리해도 되겠어요.'], mood: 'joy' };
  }

  if (babyMilestone(t)) {
    return { kind: 'baby_milestone', replies: ['벌써 100일이 됐군요! 하루하루 정신없이 지나왔을 텐데, 여기까지 온 것만으로도 정말 애썼어요. 요즘 아기랑 지내는 건 어때요?'].map((r) => (/100일|백일/u.test(t) ? r : r.replace('벌써 100일이 됐군요!', '벌써 그렇게 됐군요!'))), mood: 'joy' };
  }
  if (babySmiles(t, earlier)) {
    return { kind: 'baby_smiles', replies: ['아기가 웃어 주면 그동안의 피로가 싹 녹는 것 같죠. 요즘 제일 예쁜 순간은 언제예요?'], mood: 'joy' };
  }
  if (hardButLovely(t) && (storyHas(ctx, BIRTH) || storyHas(ctx, /애기|아기|아가/u))) {
    return { kind: 'hard_but_lovely', replies: ['힘든 날도 많을 텐데, 그걸 다 덮을 만큼 예쁘다는 마음이 느껴져요. 그래도 힘든 만큼 자신도 잘 챙겼으면 좋겠어요. 요즘 쉴 틈은 좀 있어요?'], mood: 'joy' };
  }
  return null;
}
