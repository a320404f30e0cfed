/**
 * Turns inside a story of loss that read, alone, as something else (session 34).
 *
 * Tears that will not come: "근데 이상하게 눈물이 안 나요" after a grandmother's
 * funeral got "네, 잘 듣고 있어요. 조금 더 자세히 들려줄래요?", and before a guard, an intent about
 * tears that will not stop (session 34). Numbness after a death is common and often frightens the
 * one who feels it, so it is named as such.
 */
const NO_TEARS = /눈물(?:이|은|도)?\s?(?:안|잘\s?안|하나도\s?안|전혀\s?안|한\s?방울도\s?안)\s?(?:나|났|흘)|(?:안|못)\s?울었|울지도\s?(?:않|못)|울음(?:이|도)?\s?안\s?(?:나|와)|실감(?:이|도)?\s?(?:안|잘\s?안)\s?(?:나|나요|나서|난다)/u;

/** Whether the turn tells of tears that will not come. */
export function tearsWontCome(text: string): boolean {
  return NO_TEARS.test(text.normalize('NFC'));
}

export const NO_TEARS_REPLIES: readonly string[] = [
  '눈물이 안 난다고 덜 슬픈 게 아니에요. 큰일을 겪으면 마음이 잠시 멈춘 것처럼 멍해지기도 하고, 눈물은 한참 뒤에 찾아오기도 해요. 그동안 정신없이 지나왔을 텐데, 몸은 좀 쉬었어요?',
  '이상한 게 아니에요. 너무 큰 일 앞에서는 마음이 스스로를 지키려고 감정을 잠시 꺼 두기도 해요. 지금은 어떤 느낌에 더 가까워요, 멍한 쪽이에요, 아니면 허전한 쪽이에요?',
];

/**
 * Gladness remembered in grief ("그래도 보리 덕분에 행복했던 건 맞아", a week after a dog died, had got
 * "정말 기쁜 일이네요, 축하해요!") and a first lighter day ("오늘 처음으로 안 울고 하루를 보냈어요", on
 * the 49th day, had got "오늘은 마음껏 자랑해도 돼요!"; the user felt guilty about it next).
 */
const GRATEFUL = /(?:덕분에|덕에)\s?(?:[가-힣]+\s)?(?:행복했|즐거웠|좋았|웃었|웃을\s?수)|행복했던\s?(?:건|게|거|시간|기억|날)|(?:고마웠|고마운\s?(?:마음|기억))|좋은\s?(?:기억|추억)(?:이|만|도)/u;
const LIGHTER = /(?:안|못)\s?울고\s?(?:하루|지나|보냈|잤)|처음으로\s?(?:안\s?울|웃었)|(?:오늘은|요즘은)\s?(?:좀\s)?(?:괜찮|덜\s?(?:울|슬프|힘들))|웃었(?:어|어요|는데)/u;

/**
 * Something the one lost used to do, missed ("할머니가 끓여주던 된장찌개가 먹고싶다", a year after her
 * death, had got "마음이 정말 무겁게 느껴졌겠어요. 요즘 잠은 잘 자고 밥은 잘 챙겨 먹고 있어요?", and
 * before that the reply about missing home; session 35).
 */
const DID_FOR_ME = '(?:해|끓여|만들어|불러|사|싸|챙겨|부쳐|구워|볶아|무쳐|쪄|말아|데려다|읽어|빗겨|안아|업어|태워)\\s?주(?:시)?던|끓이시던|만드시던|부르시던|하시던|해\\s?준|끓여\\s?준|만들어\\s?준|불러\\s?준';
const LONGING = new RegExp(
  `(?:${DID_FOR_ME})[^.?!]{0,15}(?:먹고\\s?싶|그립|그리워|생각나|듣고\\s?싶|보고\\s?싶|가고\\s?싶|맛이|냄새)|목소리(?:가|를|라도)?\\s?(?:한\\s?번만?\\s?)?(?:더\\s?)?(?:듣고\\s?싶|그립|그리워)`,
  'u',
);

/**
 * Not known by a parent with dementia ("지난주엔 아버지가 저를 보고 누구냐고 하셨어요" had got "마음 한쪽이
 * 많이 쓰라렸겠어요", as if the father had slighted her; session 35). The illness did it, not the parent.
 */
const NOT_RECOGNISED = /누구(?:냐|세요|시냐|니|여)고|(?:저|나|절|날|저를|나를|딸|아들|며느리|손주|손녀|손자)(?:를|을|도)?\s?(?:못|잘\s?못)\s?알아보|(?:저|나)(?:를|을)?\s?(?:다른\s?사람|남)(?:으로|이라고)\s?(?:아|알|착각)/u;
const DEMENTIA = /치매|알츠하이머|인지\s?장애|기억(?:을|이)?\s?(?:잃|못|깜빡)|요양원/u;

export type GriefTurn = 'no_tears' | 'grateful' | 'lighter' | 'longing' | 'not_recognised';

export function griefTurn(text: string, story: readonly string[] = []): GriefTurn | null {
  const t = text.normalize('NFC');
  if (NOT_RECOGNISED.test(t) && [t, ...story].some((x) => DEMENTIA.test(x.normalize('NFC')))) return 'not_recognised';
  if (NO_TEARS.test(t)) return 'no_tears';
  if (GRATEFUL.test(t)) return 'grateful';
  if (LONGING.test(t)) return 'longing';
  if (LIGHTER.test(t)) return 'lighter';
  return null;
}

export const GRIEF_TURN_PREFIX = 'grief-turn';
export const GRIEF_TURN_REPLIES: Record<GriefTurn, readonly string[]> = {
  no_tears: NO_TEARS_REPLIES,
  grateful: [
    '행복했던 시간을 그렇게 기억해 주는 것, 그게 함께한 날들이 남긴 선물이겠죠. 그 행복했던 순간 하나만 들려줄래요?',
    '그리움 속에서도 고마운 마음을 떠올릴 수 있다는 게 참 따뜻해요. 어떤 기억이 제일 먼저 떠올라요?',
  ],
  not_recognised: [
    '가족을 못 알아보시는 순간은 정말 가슴이 무너지죠. 병이 기억을 가져간 거지, 그분 마음에서 가족이 사라진 게 아니에요. 그 순간 어떻게 견뎠어요?',
    '나를 못 알아보는 얼굴을 마주하는 건 말로 다 못 할 아픔이에요. 그건 병 때문이지 덜 소중해서가 아니에요. 그 뒤로 마음은 좀 어때요?',
  ],
  longing: [
    '그 손길이 닿았던 것들이 문득 사무치게 그리운 날이 있죠. 그 안에 함께한 시간이 고스란히 담겨 있으니까요. 그 기억을 조금 더 들려줄래요?',
    '다시는 그때처럼 누릴 수 없다는 게 그리움을 더 깊게 만드는 것 같아요. 그렇게 떠올릴 수 있는 것도 함께한 날들이 남겨 준 거예요. 그때는 어떤 장면이었어요?',
  ],
  lighter: [
    '울지 않고 하루를 보냈다고 잊은 게 아니에요. 슬픔이 조금씩 자리를 찾아가는 중일 거예요. 그런 날이 오히려 마음에 걸리기도 하죠?',
    '조금 가벼운 날이 왔다는 건 그만큼 잘 버텨 왔다는 뜻이에요. 그 마음이 미안함으로 바뀌지 않았으면 해요. 오늘은 어떻게 보냈어요?',
  ],
};
