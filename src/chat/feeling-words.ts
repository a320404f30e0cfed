/**
 * Words that name a feeling outright ("외로워", "짜증나", "창피해"). A very short turn is reflected
 * in its model reading only when the model is sure of it (REFLECT_SHORT_PROB in engine.ts), since
 * short texts are easily misread ("배고파 죽겠다 ㅋㅋ" as joy). When the turn names the very
 * feeling the model reads, that evidence is enough: "요즘 너무 외로워" (sadness 0.82) gets a sad
 * reflection, not "네, 무슨 말인지 알 것 같아요".
 */
import type { EmotionId } from '../ml/emotions';

export const FEELING_WORDS: Partial<Record<EmotionId, RegExp>> = {
  // Relief is joy in the six-way taxonomy: "안심이 돼요" read anxiety 0.66 (돼요 as in 걱정돼요).
  // Good news named outright ("오늘 ㅈㄴ 좋은날이었음", "코테는 붙었거든", session 31).
  // Slang and plain strength count too ("개좋아 ㅋㅋㅋ", "손주 웃는거 보면 힘이 납니다", session 35).
  joy: /기뻐|기쁘|기쁜|행복|신나|신난|설레|뿌듯|좋아 죽|짱 좋|개좋|존좋|핵좋|개꿀|개이득|힘이\s?(?:나|납|솟)|기운이\s?(?:나|납|솟)|안심|안도|다행|(?:마음|맘)이?\s?놓|후련|홀가분|좋은\s?(?:날|하루)(?:였|이었|이야|임)|기분\s?(?:진짜\s?|너무\s?|완전\s?)?(?:좋|최고|짱)|붙었(?!으면|을까|나)|합격했(?!으면)/u,
  sadness: /슬퍼|슬프|슬픈|서럽|서러|서운하고\s?서럽|우울|외로|쓸쓸|적적|허전|공허|눈물|울고 싶|힘들어|힘들다|힘드네|힘듦|힘듬|힘드러|힘들당|힘드렁|지쳤|지쳐|지친|지치/u,
  anger: /화나|화가|짜증|열받|빡치|빡쳐|빡친|빡침|킹받|억울|분해|어이없/u,
  anxiety: /불안|걱정|초조|무서|두려|떨려|긴장/u,
  hurt: /서운|상처|배신|속상|섭섭/u,
  embarrassment: /창피|민망|쪽팔|부끄|당황|어색/u,
};

/**
 * Set phrases that name a feeling through a negation, which NEGATED would otherwise cancel: "오늘
 * 기분 안 좋아" (sadness 0.87, seven letters) is how people say they feel low, and it got "아, 그런
 * 일이 있었군요" (session 23).
 */
const NAMED_BY_NEGATION: Partial<Record<EmotionId, RegExp>> = {
  // The whole turn a time and "안 좋아" with nothing named between ("오늘 너무안좋아", "요즘 진짜 안 좋아요"):
  // the mood is what is not good. "오늘 날씨 안 좋아" names the weather and does not match.
  sadness:
    /(?:기분|마음|맘)\s?(?:이|은|도)?\s?(?:별로|영|좀|너무|많이|진짜|정말|하나도|계속|그냥)?\s?안\s?좋|^\s*(?:오늘|요즘|요새|오늘\s?하루|하루\s?종일)\s?(?:은|는)?\s?(?:별로|영|좀|너무|많이|진짜|정말|완전|하나도|계속|그냥)?\s?안\s?좋(?:아|네|다|음|았어|았다|더라)?[요ㅠㅜ.!~\s]*$/u,
};

/** "안 외로워", "걱정 없어", "슬프진 않아": the word is there, the feeling is not. */
const NEGATED = /(^|\s)(안|못)\s|않|없|아니/u;

/**
 * Body signs that name a feeling only in some stories: tears name sadness but also come with joy
 * ("합격 소식 듣고 눈물이 났어"), trembling names nerves but also excitement ("프러포즈 받고 아직도
 * 손이 떨려요").
 */
const BODY_SIGNS = /눈물|떨려|떨리/gu;

/**
 * Whether the text names `emotion` (and does not negate it). With `bodySigns: false`, tears and
 * trembling do not count: in a happy story they may be tears or trembling of joy.
 */
export function namesFeeling(text: string, emotion: EmotionId, opts: { bodySigns?: boolean } = {}): boolean {
  const words = FEELING_WORDS[emotion];
  const t = opts.bodySigns === false ? text.replace(BODY_SIGNS, '') : text;
  return (!!words && words.test(t) && !NEGATED.test(t)) || !!NAMED_BY_NEGATION[emotion]?.test(t);
}

/**
 * The one feeling the text names (and does not negate), or null when it names none or several
 * ("걱정했는데 다행이야" names two: which one the turn means is the model's call).
 */
export function onlyNamedFeeling(text: string): EmotionId | null {
  const named = (Object.keys(FEELING_WORDS) as EmotionId[]).filter((e) => namesFeeling(text, e));
  return named.length === 1 ? named[0]! : null;
}

/**
 * One feeling put before another: "기쁘기보다 무서워요", "좋다기보다는 부담돼", "슬프다기보다 허전해".
 * The turn names both, so onlyNamedFeeling gives none and the model's reading (joy) won: a new team
 * lead's "기쁘기보다 무서워요" got "좋은 기운이 여기까지 전해지는 것 같아요" (session 30). The
 * feeling after 보다 is the one meant.
 */
const RATHER = /(?:다|기|하기|하다기|이라기|라기|다기)\s?보다(?:는|도)?\s?(?:오히려|더|좀|솔직히|그냥|사실)?\s?([^.?!]{1,20})/u;

export function ratherFeeling(text: string): EmotionId | null {
  const m = RATHER.exec(text.normalize('NFC'));
  if (!m) return null;
  const rest = m[1]!;
  const named = (Object.keys(FEELING_WORDS) as EmotionId[]).filter((e) => FEELING_WORDS[e]!.test(rest));
  if (named.length === 1) return named[0]!;
  return /부담/u.test(rest) ? 'anxiety' : null;
}


/**
 * Signs of anger in a turn: a word for it, an affront told (yelling, insults, unfairness, money
 * not paid back), or swearing. The model reads anger confidently into plain turns ("친구가 돈을
 * 빌려달래요" 0.86, "그래도 애들 학원비는 벌어야지" 0.92, "상의 안 하고 빌려준 건 제 잘못 맞아요"
 * 0.76), and "분한 마음이 쉽게 가라앉지 않을 것 같아요" tells the user a feeling they did not have:
 * session 33's helpers counted thirty such replies. Without any sign, anger is not named.
 */
const ANGER_SIGNS =
  /화나|화가|화난|화내|화를|짜증|열받|열불|빡치|빡쳐|빡친|빡침|킹받|억울|분해|분하|분노|어이없|어이가|답답|황당|기가\s?(?:막|차)|말이\s?(?:돼|되냐|되나|안\s?돼)|너무하|무시|따지|욕(?:을|하|했|먹|설)|소리(?:를)?\s?(?:질|지르|쳐|치)|고함|싸우|싸웠|싸움|싸워|다퉜|불공평|부당|왜\s?(?:나만|저만|맨날|항상|자꾸)|뭐\s?하자는|ㅡㅡ|-_-|;;|씨발|시발|ㅅㅂ|ㅆㅂ|존나|졸라|개같|개빡|진상|꼰대|갑질|괴롭|뻔뻔|양심|적반하장|참을\s?수|참았|참느라|참고\s?있|폭발|터질|터졌|미치겠|미쳐|환장|성질|원망|증오|싫어|싫다|밉|미워|배신|뒤통수|이기적|제멋대로|막말|반말|무례|예의|선\s?넘|화풀이|(?:남|내|제|제\s?탓|나)\s?탓|떠넘|떼먹|안\s?갚|사기|도둑|훔쳐|훔친|억지|강요|간섭|잔소리|닦달|갈구|갈굼|혼내|야단|꼴\s?보기|재수\s?없|어처구니|한심|기분\s?나쁘|기분\s?나빠|열\s?받|뚜껑|치사|얄미|얄밉|괘씸|나쁜\s?(?:놈|년|새끼|사람)|새끼|놈|년|망할|짜증|때리|때렸|맞았|[!！]{2,}|😡|🤬|💢|😠|😤/u;

export function showsAnger(text: string): boolean {
  return ANGER_SIGNS.test(text.normalize('NFC'));
}

/**
 * Two feelings of opposite valence named together ("뿌듯함하고 서운함이 같이 와요", "기쁜데 슬프고",
 * "합격했는데 불안해"): both are said back. One had been dropped: a father at his daughter's wedding
 * was told "듣는 제 마음까지 환해지는 소식이에요" (session 33). Relief after a worry ("걱정했는데
 * 다행이야") is one feeling, not two.
 */
const GLAD_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/뿌듯/u, '뿌듯한'],
  [/설레|설렘/u, '설레는'],
  [/행복/u, '행복한'],
  [/신나|신난/u, '신나는'],
  [/기뻐|기쁘|기쁜|기쁨|좋기도|좋은데|좋으면서|좋지만|좋긴/u, '기쁜'],
  // Session 35: pride in a sibling, congratulations to a friend, relief at leaving a job.
  [/자랑스러|자랑스럽/u, '자랑스러운'],
  [/축하하는|축하하고|축하해\s?주고\s?싶/u, '축하하는'],
  [/시원하기도|후련하기도|홀가분하기도|시원한데|후련한데|홀가분한데/u, '후련한'],
];
const HURTING_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/서운|섭섭/u, '서운한'],
  [/허전|공허|쓸쓸/u, '허전한'],
  [/슬퍼|슬프|슬픈|슬픔|눈물/u, '슬픈'],
  [/불안|걱정|두려|무서/u, '불안한'],
  [/외로/u, '외로운'],
  [/씁쓸/u, '씁쓸한'],
  [/부럽|부러워|부러운|질투|배\s?아파|배\s?아프/u, '부러운'],
  [/미안|죄책감|죄스럽|(?:기뻐|좋아)하면\s?안\s?될/u, '미안한'],
];
const JOINED = /[가-힣]데(?:\s|$)|는데|지만|면서|(?:하|이|프|쁘|전|운|한)고\s|같이|동시에|함께|한꺼번에|반반|도\s?(?:하고|해|들어)/u;
const RELIEF = /다행|안심|안도|(?:마음|맘)이?\s?놓/u;

/** The glad and the hurting feeling a turn names together, in its own words, or null. */
export function mixedFeelings(text: string): { glad: string; hurting: string } | null {
  const t = text.normalize('NFC');
  // "기뻐하면 안 될 것 같아요" is a guilt named, not a feeling denied.
  if (NEGATED.test(t.replace(/(?:기뻐|좋아)하면\s?안\s?될/gu, '')) || RELIEF.test(t) || !JOINED.test(t)) return null;
  const glad = GLAD_WORDS.find(([re]) => re.test(t))?.[1];
  const hurting = HURTING_WORDS.find(([re]) => re.test(t))?.[1];
  return glad && hurting ? { glad, hurting } : null;
}

export const MIXED_PREFIX = 'mixed';
export const mixedReply = (m: { glad: string; hurting: string }): string =>
  `${m.glad} 마음과 ${m.hurting} 마음이 함께 드는군요. 어느 한쪽만 진짜인 게 아니라, 둘 다 지금의 마음이에요. 요즘은 어느 쪽이 더 크게 느껴져요?`;

/**
 * A wish to be glad today despite the rest: "그래도 오늘은 좀 기뻐하고 싶어요" at a graduation with no
 * job yet had got "그 마음을 꾹 삼키느라 힘들었겠어요. 어떤 부분이 가장 서운했어요?" (session 34). The
 * wish is granted, not argued with.
 */
const WANTS_GLADNESS = /(?:기뻐하고|즐기고|웃고|축하(?:받고|하고)|행복하고|신나고|좋아하고)\s?싶(?:어|어요|다|네|은데)/u;
export function wantsGladness(text: string): boolean {
  return WANTS_GLADNESS.test(text.normalize('NFC')) && !/못|안\s?(?:돼|되)|없어|모르겠/u.test(text.normalize('NFC'));
}
export const GLADNESS_PREFIX = 'glad-wish';
export const GLADNESS_REPLIES: readonly string[] = [
  '그럼요, 오늘은 마음껏 기뻐해도 돼요. 다른 걱정은 잠시 내려놓고 여기까지 온 스스로를 축하해 줘요. 오늘 제일 기억에 남는 순간은 뭐예요?',
  '좋아요, 오늘만큼은 웃는 쪽을 골라요. 그럴 자격이 충분해요. 오늘을 어떻게 기념하고 싶어요?',
];
