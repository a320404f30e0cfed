/**
 * Good news kept as good news (session 36, "joy"). Testers told the bot happy stories and found
 * them pulled into scripts for grief and illness, or the gladness forgotten after the first turn:
 * - a past hardship told as the background of good news ("시험관 세번 했는데 이번에 됐어요", "뇌경색으로
 *   한달 입원했었는데 다행히 후유증이 거의 없답니다") got the infertility or the emergency script
 *   ("지금 가장 마음을 무겁게 하는 건 뭐예요?", "가슴이 철렁하는 순간이었겠어요");
 * - happy details ("엄마가 울더라", "삼겹살 구워 먹었어요", "첫 출근 다음주") got flat or gloomy
 *   follow-ups ("마음이 정말 무겁게 느껴졌겠어요", "그때 곁에 누가 함께 있었어요?");
 * - tears of joy ("사진 보는데 눈물이 나더라고요" after a grandchild's birth) were read as sadness;
 * - wins the intents do not know ("할머니 됐어요 ㅎㅎ", "OMG 나 취업했어 lol", "석달 만에 처음으로
 *   동네 한바퀴 걸었습니다") got "네, 무슨 말인지 알 것 같아요";
 * - a misfortune laughed off ("ㅋㅋ 나 또 차임", "웃프다 ㅋㅋ") was read as joy or a greeting;
 * - older users' greetings, a 칠순, a bright spot inside a sad story ("그래도 손주들 전화 오면 그 날은
 *   좋지요") got generic or invented hurt;
 * - "내일 첫 데이트 뭐 입고 가지" got advice for stage fright.
 * The detectors are pure; the engine (src/chat/engine.ts) knows whether the story so far is good
 * news (`joyStory`) or a misfortune just laughed off (`laughedOff`) and passes it in.
 */
import type { EmotionId } from '../ml/emotions';
import { toldMisfortune } from './misfortune';
import { comparesWithOthers } from './others-ahead';

export const JOY_PREFIX = 'joy';

export type JoyKind =
  | 'hardship_behind'
  | 'win'
  | 'happy_tears'
  | 'their_joy'
  | 'thankful_for_someone'
  | 'treat_done'
  | 'treat_plan'
  | 'next_step'
  | 'nerves'
  | 'disbelief'
  | 'long_wait'
  | 'caring'
  | 'without'
  | 'glad_with_care'
  | 'glad_detail'
  | 'glad_wish'
  | 'glad_modest'
  | 'laughed_off'
  | 'laughed_off_more'
  | 'funny_sad'
  | 'greeting'
  | 'milestone_birthday'
  | 'quiet_wish'
  | 'their_kindness'
  | 'bright_spot'
  | 'what_to_wear'
  | 'quiet_reason'
  | 'near_miss';

/**
 * Kinds that read the turn's own feeling against what the model tends to say (a laugh over a
 * mishap is no joy, tears of joy no sadness): they count in the mix as read (session 41; mix.ts
 * rereadEmotions). "중간고사 망했어 ㅋㅋ" had led the chart with 기쁨 to the end of the talk, and
 * "오늘 너무 행복한데 왜 눈물이 나지" with 슬픔. The others set a reply's tone only.
 */
export const READ_AGAINST_MODEL: ReadonlySet<JoyKind> = new Set<JoyKind>(['laughed_off', 'laughed_off_more', 'funny_sad', 'near_miss', 'happy_tears']);

export interface JoyTurn {
  kind: JoyKind;
  replies: readonly string[];
  /** The mood the turn is answered in (neutral for a bright spot inside a sad story: the story stays sad). */
  mood: EmotionId;
}

export interface JoyContext {
  /** The story so far is good news (a recent turn answered as joy, none hurting since). */
  joyStory: boolean;
  /** The last turn was a misfortune laughed off ("ㅋㅋ 나 또 차임"). */
  laughedOff: boolean;
  /** The last turn was a wish to keep a celebration quiet. */
  afterQuietWish?: boolean;
}

const nfc = (s: string) => s.normalize('NFC').trim();

/** Someone else's news or reaction is told with a person as the subject. */
const PERSON =
  '(?:엄마|아빠|어머니|아버지|어머님|아버님|부모님|남편|아내|와이프|신랑|영감|할멈|애들|아이들|자식들|아들|딸|큰딸|작은딸|큰아들|친구들?|교수님|지도\\s?교수님|선생님|동생|언니|오빠|형|누나|가족들?|할머니|할아버지|시어머니|장모님|사장님|팀장님|남친|여친|애인)';

/** Words that turn a detail away from gladness: worry, pain, a "but", a question. */
const NOT_GLAD =
  /근데|그런데|그치만|걱정|불안|무서|무섭|힘들|속상|슬퍼|슬프|우울|허하|허전|외로|아쉽|싫|짜증|아파|아프|서운|섭섭|막막|부담|답답|미안|죄송|[?？]|(?<!좋은지\s?|기쁜지\s?|행복한지\s?)모르겠|(?:할|될|갈|볼)까\s*[ㅠㅜ.~]*$/u;

/** Numbers said in a story of waiting: "세번", "5년", "한달", "40군데", "18개월". */
const SPAN = /((?:[0-9]+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|석|넉)\s?(?:번|년|달|개월|군데|해))/u;

function spanOf(text: string): string | null {
  const m = SPAN.exec(text);
  if (!m) return null;
  return m[1]!.replace(/^([가-힣]+?)\s?(번|달|해|년|개월|군데)$/u, (_, n: string, u: string) => `${n} ${u}`).replace(/^([0-9]+)\s(.+)$/u, '$1$2');
}

// 1. A hardship behind the good news.
/** A hardship, as a word: treatment, an operation, failing before. */
const HARDSHIP = /시험관|난임|불임|인공\s?수정|수술|암|투병|입원|추적\s?검사|항암|치료|뇌경색|뇌출혈|쓰러|재활|떨어지|떨어졌|탈락|실패|유산/u;
/** Told as over and won: "이번에 됐어요", "완치", "후유증이 거의 없답니다", "떨어지고 드디어 붙음". */
const OVERCOME_STRONG =
  /이번에\s?(?:드디어\s?)?(?:됐|됨|되었|성공|붙|생겼)|드디어\s?(?:됐|됨|붙|성공|합격|생겼)|완치|후유증(?:이|은|도)?\s?(?:거의\s?|하나도\s?|별로\s?|전혀\s?)?없|퇴원\s?(?:했|함|해서|하고)|만에\s?(?:드디어\s?)?(?:됐|붙|생겼|성공|합격|임신)/u;
/** Told as a background, in a story already glad: "5년 동안 추적검사 했거든요", "한달 입원했었는데 다행히". */
const BACKGROUND = /(?:했|었|았)(?:거든|었거든|는데|었는데|었어요|었지|었고|었음|었어)|었음|하고\s|다행히/u;
/** Still going on, come back, or feared: not behind. */
const NOT_BEHIND = /아직(?!\s?초기)|다시|또|재발|전이|안\s?(?:됐|됨|되|돼)|못\s?(?:했|함|하|됐)|되면|됐으면|할까|될까|될지|기다리|기다려|결과\s?(?:나오|기다)|걱정|무서|불안|[?？]/u;

export function hardshipBehind(text: string, joyStory: boolean): boolean {
  const t = nfc(text);
  if (!HARDSHIP.test(t) || NOT_BEHIND.test(t)) return false;
  if (OVERCOME_STRONG.test(t)) return true;
  return joyStory && BACKGROUND.test(t) && (SPAN.test(t) || /다행히/u.test(t));
}

function hardshipReplies(text: string): string[] {
  const t = nfc(text);
  const span = spanOf(t);
  if (/후유증(?:이|은|도)?\s?(?:거의\s?|하나도\s?|별로\s?|전혀\s?)?없/u.test(t)) {
    return [
      `후유증이 거의 없다니 정말 다행이에요. ${span ? `${span} 동안 ` : ''}얼마나 마음 졸였을지요. 이제 한시름 놓았겠어요.`,
      '큰 고비를 넘기고 이렇게 좋은 소식을 듣게 돼서 정말 다행이에요. 그동안 애 많이 썼어요.',
    ];
  }
  if (span && /군데/u.test(span)) {
    return [`${span}에서 떨어지고도 포기하지 않고 끝내 해냈네요. 정말 대단하고, 진심으로 축하해요!`, '그 많은 고비를 넘어 여기까지 왔다니, 정말 장해요. 진심으로 축하해요!'];
  }
  if (span && /번/u.test(span) && /떨어|탈락|실패/u.test(t)) {
    return [`${span}이나 떨어지고도 포기하지 않고 끝내 해냈네요. 정말 대단하고, 축하해요!`, '몇 번이고 다시 도전한 끝이라 더 값지겠어요. 정말 축하해요!'];
  }
  if (span && /번/u.test(span)) {
    return [`${span}의 기다림 끝에 찾아온 소식이라니, 그동안 얼마나 마음 졸였을지요. 정말 축하해요!`, '몇 번이고 다시 마음을 다잡았을 시간이 이렇게 돌아왔네요. 정말 축하해요!'];
  }
  if (span) {
    return [`${span} 동안 마음 졸이며 견뎌 온 끝이라 더 벅차겠어요. 정말 고생 많았고, 진심으로 축하해요!`, '그 긴 시간을 견뎌 온 끝이라 이 기쁨이 더 크게 느껴지겠어요. 정말 고생 많았어요.'];
  }
  return ['힘든 시간을 지나 온 끝이라 이 기쁨이 더 크게 느껴지겠어요. 정말 다행이고, 축하해요!', '그 고비를 넘어 여기까지 왔다니 정말 다행이에요. 그동안 애 많이 썼어요.'];
}

// 2. Wins the intents do not know.
const NOT_OWN_WIN = new RegExp(
  `(?:^|\\s)(?:친한\\s?)?(?:(?:친구|동생|언니|오빠|형|누나|동료|선배|후배|걔|옆집)(?:이|가|은|는|도)|(?:친구|동생|동료|선배|후배|동기|또래|동창)들(?:이|가|은|는|도)?|다들|남들(?:이|은|도)?)\\s|했으면|됐으면|하고\\s?싶|할까|될까|하면|되면|했대|됐대|했다더라|했다고|됐다고|꿈|[?？]|안\\s?(?:됐|됨)|못\\s?(?:했|함)|꽝`,
  'u',
);

interface Win {
  tells: RegExp;
  /** Someone else's win of this kind ("남편이 승진했어요"): left to the intents. */
  unless?: RegExp;
  replies: (m: RegExpExecArray, text: string) => string[];
}

const HONORIFIC: Readonly<Record<string, string>> = { 아들: '아드님', 딸: '따님', 큰아들: '큰아드님', 작은아들: '작은아드님', 막내: '막내' };

const WINS: readonly Win[] = [
  {
    tells: /(외?할머니|외?할아버지)(?:가\s?)?\s?(?:됐|됨|되었)/u,
    replies: (m) => [
      `${m[1]}가 되셨군요, 정말 축하드려요! 새 식구를 맞은 기쁨이 얼마나 클지요. 손주는 언제 태어났어요?`,
      `와, ${m[1]}가 되셨다니 진심으로 축하드려요! 집안에 큰 경사가 났네요. 소식을 들었을 때 기분이 어떠셨어요?`,
    ],
  },
  {
    tells: /(?:우리\s?)?(큰아들|작은아들|아들|딸|막내|남편|남동생|동생|손자|조카|남친|남자\s?친구)(?:이|가|도)?\s?(?:군대\s?|군\s?)?(?:전역|제대)\s?(?:했|함|하고|해서)/u,
    replies: (m) => {
      const who = HONORIFIC[m[1]!] ?? m[1]!;
      return [
        `${who} 전역, 정말 축하해요! 기다리는 마음도 참 길었을 텐데, 무사히 돌아와서 얼마나 반가울지요. 오랜만에 얼굴 보니 어때요?`,
        `드디어 전역이네요, 축하해요! ${who}도 기다린 가족도 정말 고생 많았어요. 오늘은 어떻게 보내고 있어요?`,
      ];
    },
  },
  {
    tells: /(?:수술|입원|치료|재활|다치)[^.?!]{0,24}(?:만에|끝에|이후|뒤에|하고)\s?(?:처음으로|드디어)\s?[^.?!]{0,16}(?:걸었|걸어\s?(?:봤|다녀)|산책|나갔|나가\s?봤|올라갔|뛰었|운전)/u,
    replies: () => [
      '수술하고 처음으로 그렇게 걸었다니, 정말 큰 걸음이에요! 그동안 애쓴 시간이 이렇게 돌아왔네요. 걸으면서 어떤 기분이 들었어요?',
      '처음으로 다시 걸어 본 그 길이 얼마나 반가웠을지요. 작은 한 걸음 같아도 정말 큰 일이에요. 걷는 동안 무엇이 제일 먼저 눈에 들어왔어요?',
    ],
  },
  {
    tells: /승진\s?(?:했|함|됐|됨|확정)|(?:^|[!.~ㅎㅋ]\s|(?:나|저|제가|내가)\s?)(?:팀장|과장|부장|차장|실장|지점장|수석|책임)(?:이|으로|가)?\s?(?:됐|됨|승진)/u,
    unless: new RegExp(`${PERSON}(?:이|가|은|는|도|께서)\\s`, 'u'),
    replies: () => ['승진 축하해요! 그동안 애쓴 걸 제대로 인정받았네요. 소식 듣고 제일 먼저 누구한테 알렸어요?', '정말 잘됐어요! 쌓아 온 시간이 이렇게 돌아왔네요. 오늘은 어떻게 축하할 거예요?'],
  },
  {
    tells: /취업\s?(?:했|함|성공|됐|됨|확정)|입사\s?(?:확정|했|함)|취직\s?(?:했|함|됐|됨)/u,
    replies: () => [
      '취업 축하해요! 그동안 애쓴 시간이 드디어 결실을 맺었네요. 소식 듣고 제일 먼저 뭐 했어요?',
      '와, 정말 잘됐어요! 준비하면서 마음 졸였을 텐데 이제 한숨 돌려도 되겠어요. 어떤 곳에서 일하게 됐어요?',
    ],
  },
  {
    tells: /(?:로또|복권|연금\s?복권|경품|추첨)[^.?!]{0,10}(?:[0-9]등|당첨)/u,
    replies: () => [
      '와, 당첨이라니 축하해요! 이런 행운은 금액보다 확인하는 순간의 두근거림이 더 짜릿하죠. 알았을 때 기분이 어땠어요?',
      '축하해요, 오늘 운이 좋은 날이네요! 뜻밖의 행운은 하루를 환하게 만들어 주죠. 어디에 쓰고 싶어요?',
    ],
  },
];

export function detectWin(text: string): { kind: 'win'; replies: string[] } | null {
  const t = nfc(text);
  // "친구들은 다 취업했는데 저만 제자리인 것 같아요" was congratulated on the job (session 39, others-ahead.ts).
  if (NOT_OWN_WIN.test(t) || comparesWithOthers(t)) return null;
  for (const w of WINS) {
    const m = w.tells.exec(t);
    if (m && !w.unless?.test(t)) return { kind: 'win', replies: w.replies(m, t) };
  }
  return null;
}

// 3-4. Details of a glad story.
const TEARS = /울었|울어|울더라|울더군|울컥|눈물/u;
const GLAD_WORD = /기뻐|기뻤|기쁘|좋아서|행복|감격|감동|벅차|벅찼/u;
const WITH_SOMEONE = /(?:랑|하고|와|과)\s(?:[가-힣]+\s){0,3}(?:둘이|같이|함께)?\s?(?:[가-힣]+\s)?(?:울었|울어)|둘이\s?(?:[가-힣]+\s)?울|같이\s?울|함께\s?울|부둥켜/u;
const THEIR_REACTION = new RegExp(
  `${PERSON}(?:이|가|께서|도|는|은)?\\s?(?:[^.?!]{0,24})(?:울더라|울더군|울었|울어|울컥|눈물|좋아했|좋아하더|좋아하시|기뻐했|기뻐하|박수|소리\\s?(?:지르|질러|질렀)|축하해\\s?(?:줬|주|주더|주셨|주심)|안아\\s?(?:줬|주)|악수|수고했다|잘했다|대견|자랑스럽)`,
  'u',
);
const THANKFUL_FOR = /(?:돌아와|돌아와\s?줘|와\s?줘|살아\s?줘|건강해|건강하게\s?(?:돌아|지내|커\s?줘|자라\s?줘)|무사해|무사히\s?(?:돌아|와)|태어나\s?줘|버텨\s?줘)[^.?!]{0,6}(?:서|줘서)?\s?(?:너무|정말|참|그저|그냥)?\s?(?:고마|감사)/u;
const TREAT_DONE = /(?:먹었|사\s?먹었|사먹었|사먹음|먹음|구워\s?먹었|시켜\s?먹었|외식\s?했|맛있더라|맛있었|맛있게\s?먹|파티\s?했|한턱\s?냈)/u;
const TREAT_PLAN = /(?:먹으려|먹을\s?거|먹을래|먹어야지|먹으러|사\s?먹어야지|사먹어야지|시켜\s?먹어야지|외식\s?하려|외식\s?할|파티\s?하려|한턱\s?내)/u;
const FOOD = /먹|맛있|외식|치킨|케이크|삼겹살|고기|파티|한턱|술\s?한잔/u;
const NEXT_STEP = /(?:다음\s?주|다음\s?달|내일|모레|이번\s?주말|주말에|곧|월요일|화요일|수요일|목요일|금요일|토요일|일요일)[^.?!]{0,16}(?:올라가|내려가|가요|가|간다|출근|입사|만나|보러|시작|이사|여행|출발)|첫\s?출근|(?:드라이브|여행|놀러|캠핑)\s?(?:갈\s?거|가려|갈래|간다|가야지)/u;
const NERVES = /떨리|떨려|떨림|긴장(?:돼|되|된|도)/u;
const DISBELIEF = /실감(?:이)?\s?(?:안|이\s?안|잘\s?안)|믿기지|믿어지지|안\s?믿겨|꿈\s?같|꿈인지|꿈만\s?같/u;
const LONG_WAIT = /(?:준비|짝사랑|기도|기다|노력|공부|재수|만에|만이|차에|버텼|견뎠)/u;
const CARING = /(?:잘\s?)?(?:챙겨야|챙길|챙겨\s?줘야|돌봐야|보살펴야|잘해\s?줘야|잘해야지|잘할\s?거)/u;
const WITHOUT = /^([가-힣]+)\s?없이(?:요|도|요\s?ㅎ+)?[\s.!~ㅎㅋ]*$/u;
const GLAD_WITH_CARE = /(?:지만|는데|도)\s?[^.?!]{0,12}(?:너무\s?|정말\s?|진짜\s?)?(?:행복|기뻐|기쁘|좋아|설레|뿌듯)[^.?!]{0,8}$/u;
const GLAD_DETAIL = /좋|행복|기쁘|기뻐|신나|신난|설레|뿌듯|신기|대견|happy|최고|감사|다행|처음|된대|된답|됐대|됐어|됐다|붙었|붙음|당첨|축하/iu;

function gladDetail(t: string): JoyTurn | null {
  if (hardshipBehind(t, true)) return { kind: 'hardship_behind', replies: hardshipReplies(t), mood: 'joy' };
  if (TEARS.test(t)) {
    // Everyone's tears ("소식 듣고 다들 눈물 흘리더라") may be of joy or not: the engine names no feeling.
    if (/다들|모두|사람들|식구들/u.test(t)) return null;
    if (THEIR_REACTION.test(t) && !/(?:나|저|내가|제가)\s?(?:도\s)?(?:울|눈물)/u.test(t) && !WITH_SOMEONE.test(t)) return { kind: 'their_joy', replies: THEIR_JOY_REPLIES, mood: 'joy' };
    return { kind: 'happy_tears', replies: WITH_SOMEONE.test(t) ? TOGETHER_TEARS_REPLIES : HAPPY_TEARS_REPLIES, mood: 'joy' };
  }
  if (THANKFUL_FOR.test(t)) return { kind: 'thankful_for_someone', replies: thankfulReplies(t), mood: 'joy' };
  if (THEIR_REACTION.test(t)) return { kind: 'their_joy', replies: THEIR_JOY_REPLIES, mood: 'joy' };
  if (FOOD.test(t) && TREAT_DONE.test(t)) return { kind: 'treat_done', replies: TREAT_DONE_REPLIES, mood: 'joy' };
  if (FOOD.test(t) && TREAT_PLAN.test(t)) return { kind: 'treat_plan', replies: TREAT_PLAN_REPLIES, mood: 'joy' };
  if (NERVES.test(t)) {
    // Trembling too strong to speak ("지금도 떨려서 말이 안 나와") may be shock as well as joy: left unnamed.
    if (/말이\s?(?:잘\s?)?안\s?나|말이\s?안\s?돼|숨|심장|무서|머리가\s?하얘/u.test(t)) return null;
    return { kind: 'nerves', replies: NERVES_REPLIES, mood: 'joy' };
  }
  if (DISBELIEF.test(t)) return { kind: 'disbelief', replies: DISBELIEF_REPLIES, mood: 'joy' };
  if (NEXT_STEP.test(t)) return { kind: 'next_step', replies: NEXT_STEP_REPLIES, mood: 'joy' };
  const span = spanOf(t);
  if (span && LONG_WAIT.test(t)) {
    const since = /만에|만이/u.test(t);
    const first = since
      ? `${span} 만이라니, 얼마나 기다려 온 소식인지 느껴져요. 그래서 이 기쁨이 더 크겠어요.`
      : /짝사랑/u.test(t)
        ? `${span} 동안 품어 온 마음이 드디어 닿았네요. 그래서 더 벅차겠어요. 처음 좋아하게 된 건 언제였어요?`
        : /기도/u.test(t)
          ? `${span} 동안 한결같이 기도해 온 그 마음이 참 깊게 느껴져요. 그 마음이 닿아서 정말 다행이에요.`
          : `${span} 동안 애써 온 시간이 이렇게 돌아왔네요. 그래서 더 값지겠어요. 그동안 힘이 되어 준 건 뭐였어요?`;
    return { kind: 'long_wait', replies: [first, '그 긴 시간을 지나 온 끝이라 기쁨이 더 크겠어요. 그동안 정말 애썼어요.'], mood: 'joy' };
  }
  if (CARING.test(t)) return { kind: 'caring', replies: CARING_REPLIES, mood: 'joy' };
  const without = WITHOUT.exec(t);
  if (without) return { kind: 'without', replies: [`${without[1]} 없이라니, 더 대단해요! 그 한 걸음 한 걸음이 얼마나 뿌듯했을지요.`, '그렇게까지 해냈다니 정말 대단해요. 스스로도 많이 뿌듯했겠어요.'], mood: 'joy' };
  // A wish for how a plan goes ("날씨만 좋으면 좋겠다") is no glad news (session 39, daily-talk.ts).
  if (/(?<!(?:았|었|했|였))으면\s?좋겠|(?<![았었했였으])면\s?좋겠/u.test(t) && !GLAD_WORD.test(t)) return null;
  if (/(?:았|었|했|였)으면\s?좋겠/u.test(t)) return { kind: 'glad_wish', replies: ['그 바람이 참 따뜻하게 느껴져요. 그 마음 그대로 이뤄지길 저도 함께 바랄게요.'], mood: 'joy' };
  if (GLAD_WITH_CARE.test(t)) {
    return /조심|걱정|불안|무서|초기/u.test(t)
      ? { kind: 'glad_with_care', replies: GLAD_WITH_CARE_REPLIES, mood: 'joy' }
      : { kind: 'glad_modest', replies: ['작아 보여도 충분히 뿌듯해할 일이에요. 그 마음 마음껏 누려요.', '크고 작음을 떠나 스스로 해낸 일이라 더 뿌듯하죠.'], mood: 'joy' };
  }
  if (GLAD_DETAIL.test(t) || /[ㅋㅎ]{2,}|😊|🥰|😍|🥹|❤|♥/u.test(t)) return { kind: 'glad_detail', replies: GLAD_DETAIL_REPLIES, mood: 'joy' };
  return null;
}

const HAPPY_TEARS_REPLIES = [
  '기쁨의 눈물이었겠어요. 그만큼 마음이 크게 움직였다는 뜻이겠죠. 그 순간 어떤 마음이 제일 컸어요?',
  '너무 기쁘면 눈물부터 나기도 하죠. 그 벅찬 마음이 여기까지 전해져요. 무엇이 그렇게 마음을 울렸어요?',
];
const TOGETHER_TEARS_REPLIES = [
  '둘이 함께 흘린 기쁨의 눈물이라니, 그 순간이 오래 기억에 남겠어요. 울고 나서 서로 무슨 이야기를 나눴어요?',
  '함께 울 수 있는 사람이 곁에 있어서 그 기쁨이 더 컸겠어요. 그 장면이 눈앞에 그려지는 것 같아요.',
];
const THEIR_JOY_REPLIES = [
  '그 모습을 보니 기쁨이 두 배가 됐겠어요. 함께 기뻐해 주는 사람이 있다는 게 참 든든하죠. 그때 어떤 말을 나눴어요?',
  '생각만 해도 그 장면이 그려져서 저도 미소가 지어져요. 그 순간을 오래 기억하고 싶겠어요.',
  '함께 기뻐해 주는 사람이 있어서 이 소식이 더 따뜻해지네요. 그 모습을 봤을 때 기분이 어땠어요?',
];
function thankfulReplies(t: string): string[] {
  const back = /돌아와|돌아\s?와|와\s?줘/u.test(t);
  return [
    `${back ? '건강하게 돌아와 준 것' : '건강하게 곁에 있어 준 것'}만으로도 그저 고마운 마음, 그대로 전해져요. 그게 제일 큰 선물이죠.`,
    '그 고마운 마음이 참 따뜻하게 전해져요. 무사히 지나온 것만큼 다행스러운 일도 없죠.',
  ];
}
const TREAT_DONE_REPLIES = [
  '좋은 날 먹는 밥이 제일 맛있죠! 오늘 하루를 제대로 기념했네요. 먹으면서 기분이 어땠어요?',
  '맛있게 먹으면서 축하했다니 저까지 기분이 좋아요. 이런 날은 오래 기억에 남죠.',
];
const TREAT_PLAN_REPLIES = [
  '좋아요, 오늘 같은 날은 맛있는 걸로 제대로 축하해야죠! 맛있게 먹고 오늘 기분 오래오래 누려요.',
  '그럼요, 이런 날엔 맛있는 게 빠질 수 없죠. 즐거운 저녁 보내요!',
];
const NERVES_REPLIES = [
  '설레면서 떨리는 건 그만큼 이 일이 소중하다는 뜻이에요. 그 떨림도 좋은 시작의 일부일 거예요. 제일 기대되는 건 뭐예요?',
  '떨리는 게 당연해요. 새로운 시작 앞에서는 누구나 그렇죠. 설렘이 더 커요, 떨림이 더 커요?',
];
const DISBELIEF_REPLIES = [
  '너무 기쁜 일은 한동안 실감이 안 나기도 하죠. 이 벅찬 마음, 천천히 오래 누려요. 언제쯤 진짜구나 싶었어요?',
  '꿈만 같은 그 기분, 충분히 즐겨도 돼요. 하루하루 조금씩 실감이 날 거예요.',
];
const NEXT_STEP_REPLIES = [
  '벌써부터 기다려지겠어요! 그날이 오기까지 설레는 마음으로 지내면 좋겠어요. 그날 제일 기대되는 건 뭐예요?',
  '곧 그날이 오네요. 생각만 해도 마음이 들뜨겠어요. 어떤 하루가 되면 좋겠어요?',
];
const CARING_REPLIES = [
  '곁에서 잘 챙기겠다는 마음이 참 따뜻해요. 그래도 혼자 다 짊어지지 말고 스스로도 꼭 챙겨요.',
  '그 마음이 참 든든하게 느껴져요. 챙기는 사람도 쉬어야 오래 곁에 있을 수 있으니, 스스로도 돌봐 줘요.',
];
const GLAD_WITH_CARE_REPLIES = [
  '조심스러운 마음도, 행복한 마음도 다 자연스러워요. 지금은 그 행복을 충분히 누려도 돼요. 요즘 제일 설레는 순간은 언제예요?',
  '조심하면서도 행복한 그 마음이 참 예뻐요. 오늘은 기쁜 마음을 마음껏 느껴도 괜찮아요.',
];
const GLAD_DETAIL_REPLIES = [
  '듣기만 해도 저까지 마음이 벅차요. 그 기쁨을 충분히 누렸으면 좋겠어요. 오늘 제일 좋았던 순간은 언제였어요?',
  '정말 좋은 날이네요! 이런 날은 오래오래 기억해 두고 싶죠.',
  '그 기쁨이 여기까지 전해져요. 애쓴 만큼 마음껏 기뻐해도 돼요. 지금 제일 하고 싶은 건 뭐예요?',
];

// 5. Laughter in sad talk.
const MISHAP = /(?<!드디어\s?)(?:헤어졌|헤어짐)(?![^.?!]*(?:후련|시원|홀가분|좋아|자유))|차임|차였|까임|까였|떨어짐|떨어졌|또\s?떨어|탈락|불합격|해고|잘림|잘렸|짤림|짤렸|망함|망했|망침|망쳤|털림|털렸|사기\s?당/u;
const OTHERS_MISHAP = /(?:친구|동생|언니|오빠|형|누나|걔|쟤|동료|팀장|선배|후배)(?:이|가|는|도)\s|(?:했|였|졌|됐)대|당했대|떨어졌대|잘렸대/u;
const LAUGHS = /[ㅋㅎ]{2,}|ㅋ|lol|😂|🤣|😅/u;

export function laughsOffMishap(text: string): boolean {
  const t = nfc(text);
  return LAUGHS.test(t) && MISHAP.test(t) && !OTHERS_MISHAP.test(t) && !/[?？]/u.test(t);
}

/** "웃프다": funny and sad at once. Not "안 웃프다", nor "웃프지 않아". */
export function funnySad(text: string): boolean {
  const t = nfc(text);
  return /웃프/u.test(t) && !/안\s?웃프|웃프지\s?(?:않|도\s?않)/u.test(t);
}

const LAUGHED_OFF_REPLIES = [
  '웃으면서 말해도 속은 꽤 쓰리겠어요. 여기서는 괜찮은 척 안 해도 돼요. 지금 마음은 실제로 어때요?',
  '웃음으로 넘기고 있지만 마음은 덜컥했을 것 같아요. 웃어넘기는 것도 버티는 방법이죠. 지금 제일 크게 남은 마음은 뭐예요?',
];
function laughedOffMore(t: string): string[] {
  const again = /익숙/u.test(t)
    ? '익숙해졌다고 웃을 만큼 여러 번 겪었다는 게 마음 쓰여요. 익숙해져도 아픈 건 아픈 거예요.'
    : /번째|또|매번|맨날/u.test(t)
      ? '웃으며 말할 만큼 여러 번 겪었다는 게 마음 쓰여요. 여러 번이어도 아픈 건 아픈 거예요.'
      : null;
  return [...(again ? [again] : []), '웃음 뒤에 가려진 마음도 여기선 꺼내 놔도 괜찮아요. 천천히 들을게요.'];
}
const FUNNY_SAD_REPLIES = [
  '웃프다는 말에 웃음 반, 씁쓸함 반이 다 담겨 있네요. 웃으면서 말해도 속은 쓰리겠어요. 지금은 어느 쪽 마음이 더 커요?',
  '웃기기도 하고 슬프기도 한 그 마음, 알 것 같아요. 웃음으로 버티고 있지만 많이 허탈했겠어요.',
];

// 6. Older users: a greeting, a milestone birthday, a bright spot.
const POLITE_GREETING = /^(?:(?:선생님|쉼표님?|상담\s?선생님|여보세요)[\s,.!~]*)?안녕하(?:세요|십니까|신가요|시오)[\s,.!~]*(?:(?:선생님|쉼표님?)[\s,.!~]*)?$/u;
/** "안녕하세요. 올해 일흔 둘 된 사람입니다.": a greeting with who is speaking, nothing more yet. */
const GREETING_INTRO = /^안녕하(?:세요|십니까)[\s,.!~]+(?:저는\s?|제가\s?)?(?:올해\s?)?[^.?!]{0,16}(?:된\s?사람|살(?:이에요|입니다)|세(?:예요|입니다)|살\s?먹은|사는\s?사람|입니다|이에요|예요)[\s.!~]*$/u;

export function politeGreeting(raw: string): boolean {
  const t = nfc(raw);
  return POLITE_GREETING.test(t) || (GREETING_INTRO.test(t) && !/힘들|슬퍼|외로|우울|아파|걱정|고민|죽/u.test(t));
}

const GREETING_REPLIES = [
  '안녕하세요, 반가워요. 이렇게 찾아와 주셔서 고마워요. 오늘은 어떻게 지내셨어요?',
  '안녕하세요! 인사해 주셔서 반가워요. 편하게 이야기 나눠요. 요즘 어떻게 지내세요?',
];

const MILESTONE = /(칠순|팔순|구순|환갑|회갑|고희|미수|망백)(?:이에요|입니다|이야|이라서|이라|이예요|을\s?맞|이\s?됐|이\s?되|잔치)/u;

export function milestoneBirthday(text: string): string | null {
  const t = nfc(text);
  const m = MILESTONE.exec(t);
  if (!m || new RegExp(`${PERSON}(?:의|께서|가|이)?\\s?(?:[가-힣]+\\s)?(?:칠순|팔순|구순|환갑|회갑|고희|미수|망백)`, 'u').test(t) || /[?？]|했으면|언제/u.test(t)) return null;
  return m[1]!;
}

/** A wish to keep a celebration small ("잔치를 해 준다는데 저는 그냥 조용히 밥 한끼 먹고 싶어요"). */
export function quietWish(text: string): boolean {
  const t = nfc(text);
  return /(?:잔치|파티|모임|행사|여행)[^.?!]{0,24}(?:해\s?준다|해\s?주겠|한다는|하자는|열어\s?준|차려\s?준|준비한다)/u.test(t) && /조용히|소박하게|간단히|조촐하게|그냥\s?(?:밥|집|가족)/u.test(t);
}

const QUIET_WISH_REPLIES = [
  '크게 차리기보다 조용히 보내고 싶은 마음, 충분히 이해돼요. 그런 마음을 가족들에게도 한번 말해 보셨어요?',
  '요란한 잔치보다 소박한 자리가 더 편하실 수 있죠. 어떤 하루가 되면 제일 좋겠어요?',
];

const QUIET_REASON_REPLIES = [
  '가족들 형편까지 먼저 헤아리시는 마음이 느껴져요. 그 마음을 편하게 이야기해 보셔도 좋겠어요.',
  '아끼는 마음에서 나온 생각이시네요. 그 마음 충분히 이해돼요.',
];

/** "그래도 마음은 고맙지요": someone's kindness, not thanks to the bot. */
export function theirKindness(text: string): boolean {
  return /마음(?:은|만은|만큼은|이야|이라도)\s?(?:참\s?|너무\s?)?(?:고맙|고마워|감사)/u.test(nfc(text));
}

const THEIR_KINDNESS_REPLIES = [
  '챙겨 주려는 그 마음은 고맙게 느끼시는군요. 고마운 마음도, 조용히 보내고 싶은 마음도 둘 다 소중해요.',
  '마음 써 주는 게 고맙다는 그 마음이 참 따뜻해요.',
];

const BRIGHT = /^(?:그래도|그나마|그래도요|그래도\s?뭐)[\s,]+[^?？]{0,40}(?:좋|반갑|웃|행복|기쁘|즐겁|낙이|힘이\s?나|살\s?맛)/u;
const NOT_BRIGHT = /안\s?좋|좋지\s?(?:않|도\s?않)|싫|않아|없어|[?？]|(?<!그)래요|할래|싶|할게|하려/u;
const COMPANY = /(?:친구|친구들|동네\s?분들|이웃|동무)(?:하고|이랑|랑|과|와)\s?[^.?!]{0,16}(?:치고|하고|놀|다니|어울|수다|먹고|걷고)/u;
const SELF_TREAT = /(?:혼자|나\s?혼자|혼자서|스스로)[^.?!]{0,16}(?:사\s?먹|사먹|먹었|먹음|샀|삼|사\s?줬|선물)[^.?!]{0,16}(?:맛있|좋|ㅎㅎ|ㅋㅋ)/u;

/** A bright spot inside a sad story: "그래도 손주들 전화 오면 그 날은 좋지요", "혼자 케이크 사먹음 ㅎㅎ 맛있더라". */
export function brightSpot(text: string): 'call' | 'self_treat' | 'company' | 'other' | null {
  const t = nfc(text);
  if (SELF_TREAT.test(t) && !NOT_BRIGHT.test(t)) return 'self_treat';
  if (COMPANY.test(t) && !NOT_BRIGHT.test(t) && !NOT_GLAD.test(t) && !toldMisfortune(t) && !/싸우|싸웠|떠나|돌아가|없어/u.test(t)) return 'company';
  if (!BRIGHT.test(t) || NOT_BRIGHT.test(t)) return null;
  return /전화|연락|통화|목소리|영상\s?통화/u.test(t) ? 'call' : 'other';
}

const BRIGHT_REPLIES: Readonly<Record<'call' | 'self_treat' | 'company' | 'other', readonly string[]>> = {
  company: ['함께 어울릴 친구들이 있다니 참 다행이에요. 그 시간만큼은 마음이 좀 가벼우세요?', '같이 웃고 떠들 사람들이 곁에 있다는 게 큰 힘이 되죠. 그분들과는 오래 알고 지내셨어요?'],
  call: ['그래도 그런 날이 있어서 참 다행이에요. 목소리 듣는 날은 하루가 환해지죠. 주로 어떤 이야기를 나누세요?', '전화 한 통에 하루가 달라지는 그 마음, 알 것 같아요. 그런 날은 어떻게 보내세요?'],
  self_treat: ['스스로를 위해 챙긴 거 정말 잘했어요. 맛있었다니 저도 좋네요.', '혼자서도 스스로를 챙겨 준 거, 참 잘했어요. 그 한 입이 작은 위로가 됐으면 좋겠어요.'],
  other: ['그래도 그런 순간이 있다는 게 참 반가워요. 그 이야기를 조금 더 들려줄래요?', '힘든 가운데에도 그런 날이 있어서 다행이에요. 그럴 땐 마음이 어떠세요?'],
};

// 8. A light, happy question.
const WEAR = /(데이트|소개팅|첫\s?만남|여행|파티|졸업식|결혼식|돌잔치|생일\s?파티|동창회)[^.?!]{0,12}(?:뭐|무슨\s?옷|어떤\s?옷|뭘)\s?(?:입고|입을|입지|신고|신을)/u;

export function asksWhatToWear(text: string): string | null {
  const t = nfc(text);
  const m = WEAR.exec(t);
  if (!m || /면접|장례|조문|상견례|발표/u.test(t)) return null;
  return m[1]!.replace(/\s/gu, ' ');
}

function wearReplies(event: string, first: boolean): string[] {
  const opener = event === '데이트' ? (first ? '첫 데이트라니' : '데이트라니') : `${event} 가는 날이라니`;
  return [
    `${opener} 벌써 설레겠어요! 제일 나다워 보이고 편하게 움직일 수 있는 옷이 정답이에요. 어디로 가기로 했어요?`,
    `옷 고르는 시간부터가 설렘이죠! 평소 즐겨 입어서 자신감 생기는 옷이면 충분해요. 그날 제일 기대되는 건 뭐예요?`,
  ];
}

/**
 * What the turn is, among the cases above, or null: the engine answers it from `replies` (a reply
 * not given before), in `mood`. Order: what holds in any story (a greeting, a laugh at a mishap,
 * a bright spot) first, then details of a glad story.
 */
export function joyTurn(raw: string, text: string, ctx: JoyContext): JoyTurn | null {
  const t = nfc(text);
  if (politeGreeting(raw)) return { kind: 'greeting', replies: GREETING_REPLIES, mood: 'neutral' };
  const wear = asksWhatToWear(t);
  if (wear) return { kind: 'what_to_wear', replies: wearReplies(wear, /첫\s?데이트/u.test(t)), mood: 'joy' };
  if (funnySad(t)) return { kind: 'funny_sad', replies: FUNNY_SAD_REPLIES, mood: 'sadness' };
  if (laughsOffMishap(t)) return { kind: 'laughed_off', replies: LAUGHED_OFF_REPLIES, mood: 'sadness' };
  if (ctx.laughedOff && LAUGHS.test(t) && !GLAD_WORD.test(t) && !/좋|신나|최고|까(?:\s?말까)?[\sㅋㅎ.~]*$|[?？]/u.test(t)) return { kind: 'laughed_off_more', replies: laughedOffMore(t), mood: 'sadness' };
  const birthday = milestoneBirthday(t);
  if (birthday) {
    const particle = '을';
    return {
      kind: 'milestone_birthday',
      replies: [
        `${birthday}${particle} 맞으셨군요, 진심으로 축하드려요! 그 긴 세월을 걸어오신 것만으로도 참 귀한 일이에요. 요즘 마음은 어떠세요?`,
        `${birthday}이라니 정말 축하드려요! 뜻깊은 해를 맞으셨네요. 어떻게 보내고 싶으세요?`,
      ],
      mood: 'joy',
    };
  }
  if (quietWish(t)) return { kind: 'quiet_wish', replies: QUIET_WISH_REPLIES, mood: 'neutral' };
  // The reason for it, next ("요즘 젊은 사람들 돈 쓰는 게 아까워서요"): the care in it said back.
  if (ctx.afterQuietWish && /(?:서|어서|아서|니까|거든)요?[\s.!~]*$/u.test(t) && /돈|아까|부담|바쁘|번거|힘들|고생/u.test(t)) return { kind: 'quiet_reason', replies: QUIET_REASON_REPLIES, mood: 'neutral' };
  // A near miss after a mishap laughed off ("이번엔 1점 차이"): more galling, not less.
  const near = ctx.laughedOff ? /([0-9]+|한|두)\s?(점|문제|개)\s?차이/u.exec(t) : null;
  if (near) return { kind: 'near_miss', replies: [`${near[1]}${/[0-9]/u.test(near[1]!) ? '' : ' '}${near[2]} 차이라니, 그래서 더 아깝고 허탈하겠어요. 거의 다 왔다는 게 오히려 더 쓰리죠.`, '그렇게 아슬아슬하게 놓치면 더 속상하죠.'], mood: 'sadness' };
  if (theirKindness(t)) return { kind: 'their_kindness', replies: THEIR_KINDNESS_REPLIES, mood: 'neutral' };
  const win = detectWin(t);
  if (win) return { ...win, mood: 'joy' };
  // Tears named as joy ("눈물이 날 만큼 기뻤어요"), in any story.
  if (TEARS.test(t) && GLAD_WORD.test(t) && !NOT_GLAD.test(t) && !/슬퍼서|서러|억울|그리워|보고\s?싶/u.test(t)) {
    return { kind: 'happy_tears', replies: WITH_SOMEONE.test(t) ? TOGETHER_TEARS_REPLIES : HAPPY_TEARS_REPLIES, mood: 'joy' };
  }
  if (!ctx.joyStory) {
    if (hardshipBehind(t, false)) return { kind: 'hardship_behind', replies: hardshipReplies(t), mood: 'joy' };
    const bright = brightSpot(t);
    return bright ? { kind: 'bright_spot', replies: BRIGHT_REPLIES[bright], mood: 'neutral' } : null;
  }
  if (NOT_GLAD.test(t) && !GLAD_WITH_CARE.test(t)) return null;
  // Thanks, greetings and goodbyes are the bot's to answer (meta intents), a new misfortune the story's.
  if (THANKFUL_FOR.test(t)) return { kind: 'thankful_for_someone', replies: thankfulReplies(t), mood: 'joy' };
  if (/고마|감사|땡큐|안녕|잘\s?자|잘\s?있어|갈게|바이|노래|음악|추천/u.test(t)) return null;
  if (toldMisfortune(t) && !hardshipBehind(t, true)) return null;
  return gladDetail(t);
}
