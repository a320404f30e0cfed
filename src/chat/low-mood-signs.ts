/**
 * Signs of a low mood told plainly: food does not go down, everything is a chore, nothing is any
 * fun. "요즘 그냥 좀 우울해요 / 딱히 이유는 없는데 그냥 다 귀찮아요 / 밥도 잘 안 먹혀요" got "마음이 정말
 * 무겁게 느껴졌겠어요…" and "그 마음, 충분히 이해돼요. 요즘 조금이라도 위로가 되는 게 있어요?"
 * (session 40): the sign itself was passed over. Each is said back as what it is, once, with a
 * question of how long; once two have been told, the reply adds that when such days go on for two
 * weeks or more, a doctor or 1577-0199 can help (the same advice as asks-advice.ts).
 */
export type LowMoodSign = 'appetite' | 'chore' | 'no_joy';

const nfc = (text: string): string => text.normalize('NFC');

const SIGNS: Record<LowMoodSign, RegExp> = {
  appetite:
    /(?:밥|밥맛|입맛|식욕)(?:도|이|은|을)?\s?(?:잘\s?|별로\s?|통\s?)?(?:안|못|없)\s?(?:먹혀|넘어가|들어가|당겨|당기|먹겠|먹어|먹고)?|입맛(?:이|도)?\s?(?:하나도\s?)?없|(?:아무것도|뭘|뭐)\s?(?:먹고\s?싶지\s?않|먹어도\s?맛(?:이|도)?\s?없)|먹고\s?싶은\s?(?:게|것도?)\s?없/u,
  chore: /(?:다|전부|모든\s?게|만사가?)\s?귀찮|(?:씻기|움직이기|일어나기)(?:도|조차)\s?(?:귀찮|힘들|싫)|아무것도\s?(?:하기\s?싫|하고\s?싶지\s?않|손에\s?안\s?잡)|하루\s?종일\s?누워만|침대에서\s?(?:못|안)\s?나오/u,
  no_joy: /(?:좋아하던|좋아했던|재밌던|재미있던|즐겁던)\s?(?:것|거|일|게임|드라마|취미)(?:도|이|들도)?\s?(?:다\s?)?(?:재미없|재미가\s?없|시들|안\s?즐거|아무\s?느낌)|(?:아무|어떤)\s?(?:감흥|의욕|흥미)(?:도|이)?\s?없|의욕(?:이|도)?\s?(?:하나도\s?|전혀\s?)?없/u,
};

/** Not the user's own low mood: someone else's, a diet, an illness of the stomach, a question. */
const NOT_LOW_MOOD = /다이어트|배탈|장염|체했|체해서|감기|독감|숙취|입덧|수술|금식|내시경|바빠서|바빴|시간이\s?없|(?:엄마|아빠|남편|아내|아이|애|아들|딸|강아지|고양이|할머니|할아버지)(?:가|는|이|도)\s?[^.?!]{0,12}(?:안\s?먹|못\s?먹|입맛|귀찮)|[?？]/u;

export function lowMoodSign(text: string): LowMoodSign | null {
  const t = nfc(text);
  if (NOT_LOW_MOOD.test(t)) return null;
  for (const sign of Object.keys(SIGNS) as LowMoodSign[]) if (SIGNS[sign].test(t)) return sign;
  return null;
}

export const LOW_MOOD_PREFIX = 'low_mood';

const SAID_BACK: Record<LowMoodSign, string> = {
  appetite: '밥도 잘 안 넘어갈 만큼이면 몸도 마음도 많이 지쳐 있는 거예요.',
  chore: '모든 게 귀찮게 느껴질 만큼 마음의 기운이 많이 빠져 있나 봐요. 게을러서 그런 게 아니에요.',
  no_joy: '좋아하던 것마저 시들하게 느껴지면 마음이 많이 지쳐 있다는 신호예요.',
};

const HOW_LONG = '이런 날이 얼마나 이어졌어요?';
const SEE_SOMEONE =
  '잠, 식사, 하루의 기운이 함께 흔들리는 날이 2주 넘게 이어진다면 혼자 견디지 말고 정신건강의학과나 정신건강위기상담전화 1577-0199에 이야기해 봐도 좋아요. 요즘 잠은 어때요?';

/**
 * The reply to a sign of low mood, or null when this sign was already said back. `told` is the
 * signs said back earlier in the conversation (from `usedReplies` ids): with this one, two or more
 * signs add the advice to see someone, once.
 */
export function lowMoodReply(sign: LowMoodSign, usedReplies: readonly string[]): { id: string; text: string } | null {
  const id = `${LOW_MOOD_PREFIX}:${sign}`;
  if (usedReplies.includes(id)) return null;
  const told = usedReplies.filter((u) => u.startsWith(`${LOW_MOOD_PREFIX}:`)).length;
  const advised = usedReplies.includes(`${LOW_MOOD_PREFIX}:advice`);
  const advise = told >= 1 && !advised;
  return { id, text: `${SAID_BACK[sign]} ${advise ? SEE_SOMEONE : HOW_LONG}` };
}
export const LOW_MOOD_ADVICE_ID = `${LOW_MOOD_PREFIX}:advice`;
