/**
 * Replies that fit the user's stage of life (session 37, plife). Testers talking to the CLI as a
 * new mother, widowers, a farm widow, a retired teacher, a mother of a 고3, a dementia caregiver
 * and a lonely 중학생 got templates written for an office worker or a student:
 * - "가끔 애기가 울면 나도 같이 울어요 내가 엄마 자격이 있나 싶고", three weeks after a birth, got
 *   "둘이 함께 흘린 기쁨의 눈물이라니" (happy tears, joy-thread.ts), then "뿌듯해할 일" twice;
 * - "마누라 간지 일년인데 아직도 옆자리 보면 있는거 같애" got "분한 마음이 쉽게 가라앉지 않을 것
 *   같아요" (the turn was read as anger), and "집사람이있었으면얼마나좋아했을까" on a day with a
 *   grandchild got "듣기만 해도 저까지 마음이 벅차요";
 * - a daughter caring for her mother with dementia, in tears after "우리 딸 고맙다", was asked
 *   "그분과의 추억 중에 자주 떠오르는 게 있어요?" as if her mother had died;
 * - "퇴임 3년 … 나는 갈 데가 없네요" got the shame of a job lost;
 * - "고3 딸 엄마예요 / 수능이 한 달 남았는데 딸이 저한테 말을 안 해요" got the student's own exam
 *   reply ("공부 사이사이에 잠깐 음악을");
 * - "엄빠 둘다 늦게 와서 맨날 혼자 라면 먹음" got "좋은 날 먹는 밥이 제일 맛있죠!", and "ㅋㅋ 말투
 *   개웃김 틀딱같음" "마음이 환해지는 이야기네요";
 * - "라디오 틀어놓고 일하는게 낙이여", a farm widow's small joy, was asked about her late husband.
 * Each case is a small pure detector; `lifeStageTurn` says which one a turn is, with replies. An
 * older user (영감, 마누라, 손주, -소/-오 endings, 허허) is answered with -시- honorifics.
 */
import type { EmotionId } from '../ml/emotions';

export const LIFE_STAGE_PREFIX = 'life-stage';

const nfc = (s: string) => s.normalize('NFC').trim();
/** A word with the particle that fits it: ("딸", "이", "가") → "딸이", ("아이", "이", "가") → "아이가". */
function josa(word: string, withFinal: string, withoutFinal: string): string {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  return word + (code >= 0 && code < 11172 && code % 28 !== 0 ? withFinal : withoutFinal);
}

// ---------------------------------------------------------------------------------------------
// Speech level: an older user.

/** Words older people use of their own family and days. */
const OLDER_WORDS = /영감|마누라|집사람|안사람|할멈|바깥양반|손주|손자|손녀|며느리|경로당|노인정|허허|이\s?나이에|자석들|삭신/u;
/** Older endings: "들어왔소", "좋소", "안녕하시오", "됐제", "죽겄다", "낙이여", "나왔응께". */
const OLDER_ENDING =
  /(?:았|었|였|했|겠|왔|갔|좋|없|있|싫|같|많|났|봤|줬|하)소(?=[\s.!~?,]|$)|(?:하|주|드|보|오|가)시오(?=[\s.!~?,]|$)|구려(?=[\s.!~?,]|$)|구먼|겄(?:다|어|네|제)|응께|(?:됐|했|좋)제(?=[\s.!~?,]|$)|(?:낙|거|것)이여(?=[\s.!~?,]|$)/u;

/** Whether the user sounds older, in this turn or the story so far. */
export function soundsOlder(texts: readonly string[]): boolean {
  return texts.some((s) => {
    const t = nfc(s);
    return OLDER_WORDS.test(t) || OLDER_ENDING.test(t);
  });
}

// ---------------------------------------------------------------------------------------------
// 1. A new mother's exhaustion, not joy.

/** A birth a few weeks or months ago. */
const NEWBORN = /(?:애기|아기|아이|애|딸|아들)(?:를|을)?\s?낳은\s?(?:지|뒤|후)|출산\s?(?:한\s?지|후|하고|뒤)|산후|신생아|조리원|모유\s?수유|낳고\s?(?:나서|나니)/u;
const BABY = /애기|아기|갓난|신생아|아가/u;
/** Her own tears ("나도 같이 울어요", "울기만 해요"), not the baby's. */
const OWN_TEARS = /(?:나도|저도|내가|제가|같이|따라|혼자)\s?(?:[가-힣]+\s)?(?:울어|울었|울고|울게|울기|울컥)|울기만|눈물(?:이|만)\s?(?:나|났|흘|계속)|엉엉|펑펑/u;
/** Doubt of being fit to be a mother. */
const MOTHER_DOUBT = /(?:엄마|부모)\s?(?:될\s?)?자격|좋은\s?엄마가?\s?(?:아닌|못|아니)|엄마\s?(?:맞나|같지\s?않|실격)|나쁜\s?엄마|이상한\s?엄마|엄마로서\s?(?:빵점|못|부족)/u;
/** "다들 지금이 제일 행복할 때라는데 저는 왜 안 행복하죠". */
const NOT_HAPPY = /(?:왜|전|저는|나는|난)\s?[^.?!]{0,10}안\s?행복|행복하지\s?(?:않|가\s?않|도\s?않)|하나도\s?안\s?행복|행복(?:해야|할\s?때)[^.?!]{0,12}(?:라는데|이라는데|하는데|던데)/u;
const EXHAUSTED = /(?:너무|진짜|정말|넘|넘나)\s?힘들|지쳐|지쳤|(?:잠을?|잠도)\s?(?:거의\s?|하나도\s?|제대로\s?)?(?:못|안)\s?(?:자|잤|잔)|못\s?자(?:서|고|요)|시간마다\s?깨|잠\s?한숨/u;
const WANTS_REST = /누가\s?(?:좀\s?)?(?:[가-힣]+\s)?봐\s?(?:줬으면|주면|주었으면)|봐줬으면|맡기고\s?싶|잠깐(?:이라도)?\s?(?:쉬|자)고\s?싶|한숨(?:만|이라도)\s?(?:푹\s?)?자고\s?싶/u;
/** Joy named for the baby: "애기 처음 안았을 때 기뻐서 울었어요" keeps its happy tears. */
const GLAD = /기뻐|기뻤|기쁘|행복해서|감격|감동|벅차|벅찼|너무\s?예뻐|좋아서/u;

export type PostpartumKind = 'tears' | 'not_happy' | 'wants_rest' | 'exhausted';

/** Which sign of a new mother's exhaustion the turn gives, if any (a birth told now or earlier). */
export function postpartumSign(text: string, earlier: readonly string[] = []): PostpartumKind | null {
  const t = nfc(text);
  const newborn = [...earlier.slice(-6), t].some((s) => NEWBORN.test(nfc(s)));
  if (!newborn && !(BABY.test(t) && MOTHER_DOUBT.test(t))) return null;
  if (GLAD.test(t) && !NOT_HAPPY.test(t) && !MOTHER_DOUBT.test(t) && !EXHAUSTED.test(t)) return null;
  // Doubt alone ("신생아 안는 것도 서툴러서 내가 엄마 맞나 싶어") is the parenting intents'.
  if (OWN_TEARS.test(t) && (BABY.test(t) || EXHAUSTED.test(t) || newborn)) return 'tears';
  if (NOT_HAPPY.test(t)) return 'not_happy';
  if (WANTS_REST.test(t)) return 'wants_rest';
  if (EXHAUSTED.test(t)) return 'exhausted';
  return null;
}

const HELP_LINE = '이런 마음이 2주 넘게 이어지면 가까운 보건소나 다니는 산부인과, 또는 1577-0199에 이야기해 봐도 괜찮아요.';

function postpartumReplies(kind: PostpartumKind, t: string, story: readonly string[]): string[] {
  const sleepless = story.some((s) => EXHAUSTED.test(s) && /잠|깨|못\s?자/u.test(s));
  switch (kind) {
    case 'tears':
      return [
        MOTHER_DOUBT.test(t)
          ? `${sleepless ? '잠을 거의 못 자는 날이 이어지면 ' : '아기를 낳고 얼마 안 된 때에는 '}아기 따라 눈물이 나고, 엄마 자격이 있나 싶은 마음까지 드는 경우가 정말 많아요. 엄마가 부족해서가 아니라 그만큼 지쳐 있다는 뜻이에요. 이런 마음이 든 지는 얼마나 됐어요?`
          : `${sleepless ? '잠을 못 자는 날이 이어지면' : '아기를 낳고 얼마 안 된 때에는'} 이유 없이 눈물이 나는 게 흔한 일이에요. 잘못해서 그런 게 아니라 몸과 마음이 그만큼 지쳐 있다는 뜻이에요. 이렇게 눈물이 나는 날이 이어진 지는 얼마나 됐어요?`,
        `혼자 감당하기엔 너무 고된 시간을 지나고 있어요. ${HELP_LINE}`,
      ];
    case 'not_happy':
      return [
        `다들 행복할 때라고 하니, 그렇지 않은 내가 이상한가 싶어 더 외로울 것 같아요. 출산 뒤에는 몸도 마음도 크게 흔들려서 이런 마음이 드는 게 잘못이 아니에요. ${HELP_LINE}`,
        '행복해야 한다는 말이 오히려 짐이 될 때가 있어요. 지금 느끼는 마음 그대로 여기 꺼내 놓아도 괜찮아요.',
      ];
    case 'wants_rest':
      return [
        '잠깐이라도 누가 아기를 봐 줬으면 하는 마음, 너무 당연해요. 아기를 덜 아껴서가 아니라 쉬어야 할 만큼 지쳐서예요. 몇 시간이라도 부탁해 볼 수 있는 가족이나 사람이 있어요?',
        `쉬고 싶은 마음을 말해 줘서 다행이에요. 도움을 청하는 것도 아기를 돌보는 일의 한 부분이에요. ${HELP_LINE}`,
      ];
    case 'exhausted':
      return [
        '갓난아기를 돌보며 밤낮없이 깨는 건 정말 고된 일이에요. 힘든 게 당연해요. 요즘 잠은 한 번에 얼마나 잘 수 있어요?',
        '몸이 회복될 틈도 없이 아기를 돌보고 있으니 지칠 수밖에 없어요. 요즘 끼니는 좀 챙겨 먹고 있어요?',
      ];
  }
}

// ---------------------------------------------------------------------------------------------
// 2. A spouse gone, in an older user's words; missing them on a happy day.

const SPOUSE_OLD = '(?:마누라|집사람|안사람|영감|할멈|할망구|바깥양반)';
const SPOUSE_ANY = '(?:마누라|집사람|안사람|영감|할멈|할망구|바깥양반|남편|아내|와이프|그이)';
const WHEN = '(?:작년에|올해|재작년에|지난해에?|(?:[0-9]+|한|두|세|몇)\\s?(?:년|해|달)\\s?전에?)?\\s?';
/** "마누라 간지 일년인데", "영감은 먼저 가고", "집사람이작년에먼저갔소". */
const SPOUSE_GONE_OLD = new RegExp(`${SPOUSE_OLD}(?:가|이|은|는|도)?\\s?${WHEN}(?:먼저\\s?)?(?:간\\s?지|가고|가\\s?버리고|갔|떠난\\s?지|떠나고|떠났|보낸\\s?지|보내고|세상\\s?떠)`, 'u');
/** A spouse in any word, gone first or dead: "남편이 먼저 갔소". */
const SPOUSE_GONE_FIRST = new RegExp(`${SPOUSE_ANY}(?:가|이|은|는|도|를|을)?\\s?${WHEN}(?:먼저\\s?(?:갔|가고|가\\s?버|간\\s?지|떠나|떠난|떠났|보내|보낸|보냈)|(?:간|떠난|보낸)\\s?지\\s?(?:[0-9]+|일|이|삼|한|두|세|몇))`, 'u');
/** Gone somewhere and coming back: a trip, work, her parents' home. */
const ONLY_AWAY = /출장|여행|친정|시댁|처가|회사|직장|출근|퇴근|일하러|일\s?나가|시장|마트|교회|성당|절에|놀러|외출|모임|나갔|장\s?보러|운동|산책|군대|해외|외국|집에|온다|오면|올\s?때|돌아오|들어오|데리러|마중|병원에|입원|요양원|이혼|바람/u;

/** Whether the turn tells that the user's spouse has died, in the words older people use. */
export function spouseGone(text: string, earlier: readonly string[] = []): boolean {
  const t = nfc(text);
  if (ONLY_AWAY.test(t)) return false;
  if (SPOUSE_GONE_OLD.test(t)) return true;
  return SPOUSE_GONE_FIRST.test(t) && (soundsOlder([...earlier, t]) || /먼저/u.test(t));
}

/** "집사람이있었으면얼마나좋아했을까": a gone spouse missed on a glad day. */
const MISSED_ON_GOOD_DAY = new RegExp(
  `${SPOUSE_ANY}(?:가|이|도|께서)?\\s?(?:살아\\s?)?(?:있었으면|있었다면|있었더라면|봤으면|봤더라면|봤다면|계셨으면|곁에\\s?있었으면)[^.?!]{0,14}(?:좋아했|기뻐했|좋았|행복해했|웃었|좋아하|기뻐하)`,
  'u',
);
export function missesSpouseOnGoodDay(text: string): boolean {
  return MISSED_ON_GOOD_DAY.test(nfc(text));
}

/** How the bot names the user's spouse, politely. */
function spouseTitle(t: string): string {
  if (/영감|바깥양반|남편|그이/u.test(t)) return /남편|그이/u.test(t) ? '남편분' : '영감님';
  if (/할멈|할망구/u.test(t)) return '할머님';
  return '아내분';
}
const SPAN = /([0-9]+|일|이|삼|한|두|세|몇)\s?(년|해|달|개월)/u;

function spouseLossReplies(t: string, earlier: readonly string[]): string[] {
  const who = spouseTitle(t);
  const span = SPAN.exec(t);
  const spanText = span ? `${span[1]}${/[0-9]/u.test(span[1]!) ? '' : ' '}${span[2]}` : '';
  const first = span && !/먼저/u.test(t) ? `${who} 보내신 지 ${spanText}${span[2] === '해' ? '가' : '이'} 되셨군요.` : `${who}을 먼저 보내셨군요.`;
  const second = /옆자리|있는\s?거\s?같|있는\s?것\s?같|계신\s?것\s?같/u.test(t)
    ? '아직도 옆자리에 계신 것만 같다는 말씀에, 그리움이 얼마나 깊으신지 느껴져요.'
    : '오래 함께한 분의 빈자리는 시간이 지나도 문득문득 크게 느껴지시지요.';
  const alone = [...earlier, t].some((s) => /혼자|자식|자석|서울\s?살/u.test(nfc(s)));
  const third = alone ? '요즘 혼자 지내시는 하루는 어떠세요?' : '요즘은 하루를 어떻게 지내세요?';
  return [`${first} ${second} ${third}`, `${who} 생각이 많이 나시지요. 그 그리움은 그만큼 함께한 세월이 깊었다는 뜻이에요. 요즘 ${who} 생각이 제일 많이 나는 때는 언제세요?`];
}

/** After a spouse's death: the nights ("밤이 제일 길어", "저녁되면집이너무조용해서"). */
const LONG_NIGHT = /밤이\s?(?:제일|너무|참|유난히)?\s?(?:길|무서|싫)|밤만\s?되면|저녁\s?(?:만\s?)?되면|밤에\s?(?:혼자|잠이\s?안)|집이\s?너무\s?조용/u;

function nightReplies(t: string, earlier: readonly string[], older: boolean): string[] {
  const daysOk = earlier.slice(-3).some((s) => /낮에는|그럭저럭/u.test(nfc(s)));
  if (/티비|TV|텔레비전|라디오/iu.test(t)) {
    return older
      ? ['집이 너무 조용하면 티비 소리라도 있어야 덜 허전하시지요. 저녁이 되면 빈자리가 더 크게 느껴지실 거예요. 저녁은 챙겨 드세요?']
      : ['집이 너무 조용하면 티비 소리라도 있어야 덜 허전하죠. 저녁이 되면 빈자리가 더 크게 느껴질 거예요. 저녁은 챙겨 먹어요?'];
  }
  return older
    ? [`${daysOk ? '낮에는 그럭저럭 지내셔도 ' : ''}밤이 되면 빈자리가 더 크게 느껴지시지요. 잠 안 오는 밤에는 주로 뭘 하시며 보내세요?`, '조용한 밤이 제일 길게 느껴지시지요. 그 시간에 여기 와서 말씀해 주셔서 반가워요.']
    : [`${daysOk ? '낮에는 그럭저럭 버텨도 ' : ''}밤이 되면 빈자리가 더 크게 느껴지죠. 잠 안 오는 밤에는 주로 뭘 하며 보내요?`];
}

// ---------------------------------------------------------------------------------------------
// 3. A parent alive and cared for (dementia): a rare moment, and grief before the loss.

const CARE = /치매|알츠하이머|요양(?:원|병원|보호사)?|간병|모시고|모셔|수발|돌보/u;
const DEATH = /돌아가|장례|빈소|발인|떠나셨|떠나시|떠나신|세상을|하늘나라|기일|산소|납골|임종/u;
/** The parent's words or recognition: "우리 딸 고생한다 고맙다 그러셨어요". */
const RECOGNITION = /(?:고맙다|고생한다|고생했다|미안하다|사랑한다|예쁘다|우리\s?(?:딸|아들))[^.?!]{0,16}(?:그러셨|하셨|말씀|해\s?주셨|하시더|그러시더|그러시는)|(?:저를|나를|절|날)\s?(?:다시\s|갑자기\s|겨우\s|오랜만에\s)?알아보(?:셨|시고|시더)|이름을\s?불러\s?주셨/u;
const CARE_TEARS = /울었|울어요|울컥|눈물|엉엉|펑펑/u;
/** Grief before the loss: "언제까지 이런 순간이 있을까". */
const ANTICIPATORY = /언제까지\s?(?:이런|이렇게|저를|나를|알아보|함께|곁에)|이런\s?순간이\s?(?:또\s?|다시\s?)?(?:있을까|올까|남았)|(?:저를|나를|절|날)\s?(?:완전히|영영|아예)\s?(?:잊|못\s?알아)|곁에\s?계실\s?날|얼마나\s?(?:더\s?)?(?:계실|함께|남았)/u;

export type CareKind = 'recognition' | 'rare_recognition' | 'moment_tears' | 'anticipatory';

/** Which moment of caring for a living parent the turn tells, if any. */
export function caregiverMoment(text: string, earlier: readonly string[] = []): CareKind | null {
  const t = nfc(text);
  const story = [...earlier.slice(-6), t].map(nfc);
  if (!story.some((s) => CARE.test(s)) || story.some((s) => DEATH.test(s))) return null;
  if (ANTICIPATORY.test(t)) return 'anticipatory';
  if (CARE_TEARS.test(t) && (RECOGNITION.test(t) || story.slice(-4, -1).some((s) => RECOGNITION.test(s)) || /한마디|그\s?말/u.test(t))) return 'moment_tears';
  if (RECOGNITION.test(t)) return 'recognition';
  // "요즘 저를 거의 못 알아보셨는데", right after the words: why they meant so much.
  if (/못\s?알아보/u.test(t) && RECOGNITION.test(story.at(-2) ?? '')) return 'rare_recognition';
  return null;
}

function careReplies(kind: CareKind, story: readonly string[]): string[] {
  const parent = story.some((s) => /아버지|아빠|아버님/u.test(s)) && !story.some((s) => /엄마|어머니|어머님/u.test(s)) ? '아버지' : '어머니';
  const unrecognized = story.some((s) => /못\s?알아보/u.test(s));
  switch (kind) {
    case 'recognition':
      return ['매일 곁에서 돌보다가 그런 말을 들었다니, 마음이 크게 흔들렸겠어요. 그 말을 들은 순간 어떤 마음이 들었어요?'];
    case 'rare_recognition':
      return ['요즘 거의 알아보지 못하셨는데 그런 말을 하셨으니, 그 한마디가 얼마나 크게 와닿았을지요. 오래 마음에 담아 두고 싶은 순간이었겠어요.'];
    case 'moment_tears':
      return [
        `${unrecognized ? `요즘 잘 알아보지 못하시던 ${parent}가` : `${parent}가`} 건넨 그 한마디라, 고마움과 서러움이 한꺼번에 터졌을 것 같아요. 그동안 꾹 참아 온 마음도 함께 흘러나왔겠지요. 그렇게 울고 나서는 좀 어땠어요?`,
      ];
    case 'anticipatory':
      return [
        '곁에 계시는데도 조금씩 멀어져 가는 걸 지켜보는 건, 미리 이별을 겪는 것처럼 아픈 일이에요. 그래서 오늘 같은 순간이 더 귀하고 더 슬프게 느껴졌을 거예요. 이런 마음을 털어놓을 수 있는 사람이 곁에 있어요?',
        '언제까지일지 모른다는 마음이 들면, 좋은 순간조차 슬픔과 함께 오지요. 그 슬픔은 그만큼 아끼는 마음이에요.',
      ];
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Retirement, not a job lost.

/** Retired, in the past, by the user (not "은퇴하면", not someone else's). */
const RETIRED = /(?:퇴임|은퇴|정년\s?퇴직|정년)(?:을\s?)?\s?(?:한|하고|했|하신|후|뒤|이후|하니|하니까|하고\s?나서|한\s?지)|(?:교직|교단|회사|직장)에서\s?(?:물러난|물러나|나온\s?지|퇴임)/u;
const RETIRED_NOT_MINE = /(?:아빠|아버지|엄마|어머니|남편|아내|와이프|부모님|할아버지|할머니|친구|선배|교수님|선생님)(?:가|께서|는|도|이)\s/u;
/** Forced out: that is job loss (명퇴, 권고사직), which its own intents answer. */
const FORCED = /명퇴|명예\s?퇴직|권고\s?사직|잘리|잘렸|해고|구조\s?조정|희망\s?퇴직/u;
const RETIRED_BARE = /(?:지|후|뒤|된\s?지)\s?(?:[0-9]+|일|이|삼|한|두|세|석|넉|몇)\s?(?:년|달|개월|해)(?:이|가|째)?\s?(?:되었습니다|됐습니다|됐어요|되었어요|됐어|됐네요|됐소|되었소|입니다|이에요|예요|이야|됨)?[\s.!~]*$/u;
const RETIRED_LONELY = /갈\s?(?:데|곳)(?:가|도)?\s?없|말할\s?사람(?:이|도)?\s?없|할\s?일(?:이|도)?\s?없|찾는\s?사람(?:이|도)?\s?없|불러\s?주는\s?(?:데|곳|사람)(?:가|이|도)?\s?없|적적|허전|쓸쓸|외롭|심심/u;
const FORMER_ONES = /(?:제자|후배|옛\s?동료|동료|학생)(?:들)?(?:이|가|한테서|에게서)?\s?[^.?!]{0,10}(?:연락|찾아|전화|안부)/u;

export type RetiredKind = 'opener' | 'lonely' | 'nowhere' | 'former_ones';

export function retirementTurn(text: string, earlier: readonly string[] = []): RetiredKind | null {
  const t = nfc(text);
  const story = [...earlier.slice(-6), t].map(nfc);
  if (story.some((s) => FORCED.test(s))) return null;
  const own = (s: string) => RETIRED.test(s) && !RETIRED_NOT_MINE.test(s);
  if (!story.some(own)) return null;
  if (RETIRED_LONELY.test(t)) return /갈\s?(?:데|곳)/u.test(t) ? 'nowhere' : 'lonely';
  if (FORMER_ONES.test(t) && /좋|기쁘|반갑|힘이\s?나|행복/u.test(t)) return 'former_ones';
  // The bare news ("교직에서 퇴임한 지 3년 되었습니다"); a turn that says how it is goes to the intents.
  if (own(t) && RETIRED_BARE.test(t)) return 'opener';
  return null;
}

function retirementReplies(kind: RetiredKind, story: readonly string[], t: string): string[] {
  const teacher = story.some((s) => /교직|교단|교사|선생|아이들|제자|학교/u.test(s));
  const span = SPAN.exec(t);
  switch (kind) {
    case 'opener':
      return [
        `${teacher ? '교단에서' : '오래 하시던 일에서'} 물러나신 지 ${span ? `${span[1]}${/[0-9]/u.test(span[1]!) ? '' : ' '}${span[2]}${span[2] === '해' ? '가' : '이'} ` : ''}되셨군요. 평생 해 오신 일을 내려놓고 나면 하루의 모양이 많이 달라지지요. 요즘은 하루를 어떻게 보내세요?`,
      ];
    case 'nowhere':
    case 'lonely': {
      const nowhere = `매일 나가시던 곳과 맡으셨던 자리가 한꺼번에 비고 나면, 갈 데가 없다는 허전함이 크게 다가오시지요. 그건 쓸모가 없어지셔서가 아니라 그만큼 오래 한자리를 지켜 오셨기 때문이에요. ${teacher ? '아이들과 지내실 때' : '일하실 때'} 가장 보람 있으셨던 순간은 언제였어요?`;
      const quiet = `오래 ${teacher ? '아이들과 북적이며' : '사람들 속에서'} 지내시다가 하루가 조용해지니, 그 고요함이 더 크게 느껴지시겠어요. 맡으셨던 역할과 함께 하루의 리듬도 비어 버린 거라 허전하신 게 당연해요. 요즘 하루 중 조금이라도 마음이 즐거우신 때는 언제예요?`;
      return kind === 'nowhere' ? [nowhere] : [quiet];
    }
    case 'former_ones':
      return [
        `${teacher ? '제자들이' : '그분들이'} 잊지 않고 연락해 오면, 그동안 해 오신 일이 헛되지 않았다는 게 느껴지시지요. 그런 날은 참 반가우시겠어요. 주로 어떤 이야기를 나누세요?`,
      ];
  }
}

// ---------------------------------------------------------------------------------------------
// 5. A parent of a student, not the student.

/** "고3 딸 엄마예요", "수험생 아들 둔 아빠입니다", "딸이 고3이에요". */
const PARENT_OF_STUDENT =
  /(?:고3|고삼|고2|고1|중3|수험생|재수생|입시생)\s?(?:딸|아들|자녀|애|아이)?\s?(?:(?:을|를)?\s?둔\s?)?(?:엄마|아빠|어머니|아버지|학부모|부모)(?:예요|에요|입니다|이에요|인데요?|임|이고|고요)|(?:우리\s?)?(?:딸|아들|큰애|작은애|애)(?:가|이|는)\s?(?:올해\s?)?(?:고3|고삼|수험생|재수생)(?:이에요|예요|입니다|인데|이라|이거든)|학부모(?:예요|입니다|인데)/u;
const NOT_PARENT = /(?:우리\s?)?(?:엄마|아빠)(?:가|는|도)\s/u;
const EXAM = /수능|시험|입시|모의고사|원서|수시|정시|성적/u;
const CHILD_SHUTS = /(?:딸|아들|애|아이)(?:가|이|는)\s?(?:요즘\s?)?(?:저한테|나한테|엄마한테|아빠한테|저랑|나랑)?\s?(?:말을?|말도|대화를?|얘기를?)\s?(?:잘\s?)?안\s?(?:해|하|함)|문\s?닫고|방에만/u;
const PARENT_HURT = /서운|섭섭|속상|야속/u;

export type ParentKind = 'opener' | 'exam_worry' | 'hurt';

export function parentOfStudent(text: string, earlier: readonly string[] = []): ParentKind | null {
  const t = nfc(text);
  const parent = (s: string) => PARENT_OF_STUDENT.test(s) && !NOT_PARENT.test(s);
  const story = [...earlier.slice(-6), t].map(nfc);
  if (!story.some(parent)) return null;
  // Good news ("우리 애가 고3인데 수시 붙었어요!", session 37 fa) is no worry: misread-turns.ts congratulates.
  if (/붙었|합격|최종\s?합격/u.test(t) && !/떨어|못\s?붙|안\s?붙|불합격|붙었으면|합격하면|합격할/u.test(t)) return null;
  // A child shutting the door without the exam named is the intents' (a teenager who shuts a parent out).
  if (EXAM.test(t)) return CHILD_SHUTS.test(t) || /걱정|불안|모르겠|예민/u.test(t) || !parent(t) ? 'exam_worry' : 'opener';
  if (PARENT_HURT.test(t)) return 'hurt';
  if (parent(t) && t.length <= 30) return 'opener';
  return null;
}

function parentReplies(kind: ParentKind, story: readonly string[]): string[] {
  // The parent named only when the user said it (session 37 fa: "우리 애가 고3인데" is no 엄마).
  const role = story.some((s) => /아빠|아버지/u.test(s)) && !story.some((s) => /엄마|어머니/u.test(s)) ? '아빠' : story.some((s) => /엄마|어머니/u.test(s)) ? '엄마' : null;
  const child = story.some((s) => /아들/u.test(s)) && !story.some((s) => /딸/u.test(s)) ? '아들' : story.some((s) => /딸/u.test(s)) ? '딸' : '아이';
  switch (kind) {
    case 'opener':
      return [`수험생 ${josa(child, '을', '를')} ${role ? `둔 ${role}시군요` : '곁에서 지켜보고 계시군요'}. 시험을 앞두면 ${child}만큼이나 부모 마음도 한 해 내내 졸이게 되지요. 요즘 어떤 게 제일 마음에 걸려요?`];
    case 'exam_worry':
      return [
        `시험이 다가오는데 ${josa(child, '이', '가')} 말문을 닫아 버리면, 곁에서 지켜보는 ${role ?? '부모'} 마음은 애가 타고 서운하기도 하죠. ${role ?? '부모'}를 밀어내서라기보다 자기 불안을 감당하느라 여유가 없는 걸 수도 있어요. 요즘 ${josa(child, '이랑', '랑')} 그나마 편하게 지내는 때는 언제예요?`,
        `시험 앞둔 ${josa(child, '을', '를')} 지켜보는 ${role ?? '부모'} 마음도 ${child} 못지않게 무겁지요. 그중에 제일 마음에 걸리는 건 어떤 거예요?`,
      ];
    case 'hurt':
      return [
        `애써 뒷바라지하는데 ${josa(child, '이', '가')} 곁을 내주지 않으면 서운한 게 당연해요. 서운한 마음이 든다고 ${josa(child, '을', '를')} 덜 아끼는 건 아니에요. 요즘 ${role ? `${role} ` : ''}자신을 챙길 틈은 좀 있어요?`,
      ];
  }
}

// ---------------------------------------------------------------------------------------------
// 6. A child alone at home; the bot's tone mocked.

/** Eating alone, every day: "맨날 혼자 라면 먹음", "매일 혼자 밥 먹어요". */
const ALONE_MEALS =
  /(?<![가-힣])(?:맨날|매일|날마다|늘|항상|만날|거의\s?매일)\s?(?:[가-힣]+\s){0,2}혼자(?:서)?\s?(?:[가-힣]+\s)?(?:라면|밥|먹|컵라면|편의점|저녁)|혼자(?:서)?\s?(?:[가-힣]+\s)?(?:라면|밥|저녁)\s?(?:[가-힣]+\s)?먹[^.?!]{0,6}(?:맨날|매일|날마다)/u;
/** Alone by choice, or someone else alone. */
const ALONE_FINE = /편해|편하|좋아|좋음|좋다|자유|맛있|꿀맛|혼밥\s?(?:최고|좋)|(?:친구|걔|쟤|동생|형|누나|언니|오빠|아빠|엄마)(?:가|는|도)\s?(?:맨날|매일|늘|항상)/u;
export function eatsAloneEveryDay(text: string): boolean {
  const t = nfc(text);
  return ALONE_MEALS.test(t) && !ALONE_FINE.test(t);
}

/** "ㅋㅋ 말투 개웃김 틀딱같음": the bot's tone called old-fashioned, not glad news. */
const OLD_INSULT = /틀딱|꼰대|아재|할배|할매|노인네|올드|고리타분|옛날\s?사람/u;
const AT_BOT = /말투|(?:^|\s)(?:너|넌|니|님|너는|니가|네가)(?=\s|$)|(?:말|대답|답장)\s?(?:하는\s?거|하는\s?게|투)/u;
const OTHER_PERSON = /담임|쌤|선생|아빠|엄마|부모|할아버지|할머니|부장|팀장|상사|교수|선배|친구|걔|쟤|그\s?사람/u;
export function mocksBotTone(text: string): boolean {
  const t = nfc(text);
  return OLD_INSULT.test(t) && AT_BOT.test(t) && !OTHER_PERSON.test(t);
}

// ---------------------------------------------------------------------------------------------
// 7. An older user's small joy: the radio, 트로트.

const SMALL_JOY = /(?:라디오|트로트|뽕짝|노래|가요|음악)[^.?!]{0,20}(?:낙이|재미로|재미지|재미나|재밌|재미있|좋더|좋아|벗이|동무|친구\s?삼|즐거|기쁨)/u;
const NOT_SMALL_JOY = /낙이\s?(?:없|안)|재미(?:가|도)?\s?없|안\s?좋|싫|못\s?듣|안\s?들|[?？]|(?:했었|했지|좋아했|즐겨\s?들으셨)|(?:엄마|아빠|할머니|할아버지|남편|아내|영감|마누라|집사람|친구)(?:는|가|도|께서|이)\s/u;
/** A joy to live by ("낙이여", "벗 삼아"), said by anyone; a plain liking counts from an older user only. */
const TO_LIVE_BY = /낙이|벗\s?삼|벗이|동무/u;
/** Someone else's song, or a song that hurt: "그 사람이 좋아하던 노래", "부르다가 전화 걸 뻔했다". */
const NOT_MINE_SONG = /좋아하던|좋아했던|부르다가|울었|생각나/u;
export function smallJoy(text: string, older = true): boolean {
  const t = nfc(text);
  return SMALL_JOY.test(t) && !NOT_SMALL_JOY.test(t) && !NOT_MINE_SONG.test(t) && (older || TO_LIVE_BY.test(t));
}

function smallJoyReplies(t: string, older: boolean): string[] {
  const thing = /라디오/u.test(t) ? '라디오' : /트로트|뽕짝/u.test(t) ? '트로트' : '노래';
  return older
    ? [`${thing} 틀어 놓고 일하시면 시간도 잘 가고 덜 적적하시지요. 그런 낙이 있으시다니 저도 반가워요. 요즘 즐겨 들으시는 노래는 어떤 거예요?`, '좋아하시는 노래 한 자락이면 고된 일도 한결 가벼워지지요. 제일 좋아하시는 가수는 누구세요?']
    : [`${thing} 틀어 놓고 하면 시간도 잘 가죠. 그런 낙이 있다니 반가워요. 요즘 자주 듣는 노래는 뭐예요?`];
}

// ---------------------------------------------------------------------------------------------
// 8. An older user's aching body after a day's work.

const ACHES = /(허리|삭신|무릎|어깨|다리|온몸|몸이|팔다리|손목)(?:가|이|도|는)?\s?(?:[가-힣]+\s)?(?:아파|아프|쑤셔|쑤시|결려|결리|저려|저리)/u;

// ---------------------------------------------------------------------------------------------

export interface LifeStageTurn {
  kind: string;
  replies: string[];
  mood: EmotionId;
  /** An intent to record (the spouse's death opens the bereavement story). */
  intent?: string;
}

/**
 * Which of the cases above the turn is, with its replies (the first is the most specific), or null.
 * `earlier` is the user's earlier turns in this conversation.
 */
export function lifeStageTurn(text: string, earlier: readonly string[] = [], olderSpeaker?: boolean): LifeStageTurn | null {
  const t = nfc(text);
  const story = [...earlier.slice(-6).map(nfc), t];
  // The engine passes whether the user's own words (before dialect.ts reads them) sound older.
  const older = olderSpeaker ?? soundsOlder(story);
  if (mocksBotTone(t)) {
    return { kind: 'tone_mocked', replies: ['하하, 제 말투가 좀 옛날 사람 같았나 봐요. 편하게 말해 줘요, 저도 너무 딱딱하지 않게 해 볼게요. 오늘은 뭐 하고 있었어요?'], mood: 'neutral' };
  }
  const postpartum = postpartumSign(t, earlier);
  if (postpartum) return { kind: `postpartum_${postpartum}`, replies: postpartumReplies(postpartum, t, story), mood: 'sadness' };
  if (missesSpouseOnGoodDay(t)) {
    const who = spouseTitle(t);
    const grandchild = story.some((s) => /손주|손자|손녀/u.test(s));
    return {
      kind: 'missed_on_good_day',
      replies: [
        `기쁜 날일수록 함께 보고 싶은 사람이 더 생각나시지요. 좋은 마음과 그리운 마음이 같이 드시는 게 당연해요. ${grandchild ? `${who}께서는 손주를 보면 어떻게 하셨을 것 같으세요?` : `${who}께서 계셨으면 뭐라고 하셨을 것 같으세요?`}`,
      ],
      mood: 'sadness',
    };
  }
  if (spouseGone(t, earlier)) return { kind: 'spouse_gone', replies: spouseLossReplies(t, earlier), mood: 'sadness', intent: 'life:bereavement' };
  if (LONG_NIGHT.test(t) && earlier.slice(-6).some((s) => spouseGone(s, []) || /먼저\s?(?:갔|가고|간|떠)/u.test(nfc(s)))) {
    return {
      kind: 'long_night',
      replies: nightReplies(t, earlier, older),
      mood: 'sadness',
    };
  }
  const care = caregiverMoment(t, earlier);
  if (care) return { kind: `care_${care}`, replies: careReplies(care, story), mood: 'sadness' };
  const retired = retirementTurn(t, earlier);
  if (retired) return { kind: `retired_${retired}`, replies: retirementReplies(retired, story, t), mood: retired === 'former_ones' ? 'joy' : 'sadness' };
  const parent = parentOfStudent(t, earlier);
  if (parent) return { kind: `parent_${parent}`, replies: parentReplies(parent, story), mood: parent === 'hurt' ? 'hurt' : 'anxiety' };
  if (eatsAloneEveryDay(t)) {
    const parentsLate = /(?:엄마|아빠|엄빠|부모님)[^.?!]{0,12}(?:늦게|야근|안\s?들어)/u.test(t);
    return {
      kind: 'alone_meals',
      replies: older
        ? ['매일 혼자 드시는 밥상은 익숙해지셔도 가끔은 참 적적하시지요. 요즘 끼니는 주로 어떻게 챙겨 드세요?']
        : [`${parentsLate ? '엄마 아빠가 늦게 오시면 ' : ''}매일 혼자 먹는 밥이 꽤 조용하겠어요. 익숙해졌어도 가끔은 좀 쓸쓸할 것 같은데, 어때요?`],
      mood: 'sadness',
    };
  }
  const grandchildTears = older && story.some((s) => /손주|손자|손녀/u.test(s)) && /눈물이\s?(?:날|나|났|핑)|울컥|눈시울|(?:내가|제가|나도|저도)\s?(?:[가-힣]+\s)?울/u.test(t) && /안기|안아|품에|할아버지|할머니/u.test(t) && !/슬퍼|서러|서운|속상|그리워|보고\s?싶|없어서|보셨어야|봤어야|계셨으면|있었으면|싶어서/u.test(t);
  if (grandchildTears) {
    const called = /할아버지/u.test(t) ? '할아버지' : /할머니/u.test(t) ? '할머니' : null;
    return {
      kind: 'grandchild_tears',
      replies: [`${called ? `손주가 "${called}" 하고 품에 안기는데` : '손주가 품에 안기는데'} 어찌 눈물이 안 나시겠어요. 그 따뜻한 마음이 오래 남으시겠어요. 손주는 몇 살이에요?`],
      mood: 'joy',
    };
  }
  if (older && /^(?:그래도|그나마)/u.test(t) && /좋게|좋았|좋소|좋네|됐제|됐다|됐어|됐소|잘\s?(?:됐|나왔|컸)|다행/u.test(t) && !/안\s?좋|싫|[?？]/u.test(t)) {
    const reply = /기분|마음/u.test(t)
      ? '오늘 기분이 좋으시다니 저도 참 좋네요. 이런 날은 오래 기억해 두고 싶으시지요.'
      : /나왔|됐|컸/u.test(t)
        ? '그래도 애쓰신 보람이 있으시니 참 다행이에요. 그 마음이 든든하게 들려요.'
        : '그래도 그런 일이 있으시다니 다행이에요. 그 이야기 조금 더 들려주세요.';
    return { kind: 'bright_older', replies: [reply], mood: 'joy' };
  }
  if (smallJoy(t, older)) return { kind: 'small_joy', replies: smallJoyReplies(t, older), mood: 'joy' };
  // An ache that keeps one from something ("손주 안아주고 싶은데 허리가 아파서 못 안아요") is the intents'.
  const ache = older && !/병원|진단|수술|암|검사|싶은데|못\s?(?:안|하|가|걷)/u.test(t) ? ACHES.exec(t) : null;
  if (ache) {
    const worked = /하루\s?종일|종일|일했|일하고|땄더니|캤더니|농사|밭일|논일|일\s?하느라/u.test(t);
    const part = /삭신|온몸|몸이|팔다리/u.test(ache[1]!) ? '온몸' : ache[1]!;
    const first = worked
      ? '종일 몸 쓰는 일을 하셨으니 여기저기 쑤실 만도 하지요. 오늘 하루 정말 애쓰셨어요. 저녁은 좀 챙겨 드셨어요?'
      : `아이고, ${josa(part, '이', '가')} 많이 아프시군요. 오늘은 무리하지 마시고 따뜻하게 좀 쉬세요. 많이 아프시면 가까운 병원에 한번 다녀오셔도 좋겠어요.`;
    // Kinds apart: replies are remembered by kind and place, and these two differ.
    return { kind: worked ? 'aches_worked' : 'aches', replies: [first], mood: 'sadness' };
  }
  return null;
}
