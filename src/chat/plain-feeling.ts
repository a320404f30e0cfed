/**
 * Session 38 (feel): the feeling a generic follow-up names, checked against what the user plainly
 * said. Round-2 testers counted about 28 of 190 generic replies with the mood backwards: the
 * model's reading of one short turn, or the thread's mood carried into it, outweighed the user's
 * own words ("매번 같은 얘기인데 귀엽더라구요" got "마음이 많이 아팠겠어요", "결국 아무것도 안
 * 샀어 ㅋㅋ" got "듣기만 해도 저까지 마음이 벅차요", "축구하다가 발목 삐었어" got "누구라도 그 상황이면
 * 창피했을 거예요"), and about 16 intent answers were picked by one word whose mood the turn
 * contradicts ("내일도 피구 한대 개꿀" → Monday blues, "대학 와서 너무 좋아" → a lonely freshman).
 *
 * - statedFeeling: the one feeling the user states as their own, now (not negated, not someone
 *   else's, not asked, not a past one); it speaks over the model for the follow-up's feeling and
 *   keeps intents of the opposite mood from answering (moodClash).
 * - showsEmbarrassment / showsWorry: like showsAnger (feeling-words.ts), embarrassment and worry
 *   with no sign of them in the turn are not named: the model reads embarrassment into every mishap
 *   and worry into any "모르다" or question.
 * - pastNotNow: a hardship told as past ("그땐 힘들었는데 지금은 추억이야") is not a hurt of now.
 * - unsureReading: a reading the model is not sure of (top below UNSURE_TOP and within UNSURE_MARGIN
 *   of the runner-up) names no feeling.
 */
import type { EmotionId } from '../ml/emotions';
import { namesFeeling, showsAnger } from './feeling-words';
import { speaksGuilt } from './guilt';

/** A turn's own reading with its top emotion below this… */
export const UNSURE_TOP = 0.5;
/** …and the runner-up within this of it is not sure enough to name. */
export const UNSURE_MARGIN = 0.1;

/**
 * Words that state a feeling. Tears and trembling are left out (tears of joy, trembling of
 * excitement), and so is 힘들다 (tiredness as often as sadness). Plain liking counts as gladness
 * only with a word of degree or at the end of the turn ("너무 좋아", "조용해서 좋아요"), not
 * "좋아해요" (liking something) nor "좋아하세요" (someone else's gladness).
 */
const STATED: ReadonlyArray<readonly [EmotionId, RegExp]> = [
  ['joy', /기뻐|기쁘|기쁜|행복|신나|신난|설레|뿌듯|다행|안심|후련|홀가분|개꿀|개이득|즐거|즐겁|재밌|재미있|(?:너무|정말|진짜|완전|넘|참|엄청|되게|짱|넘나|개)\s?좋(?:아(?!하|해|할|했)|다|네|았|음|더라|던데)|좋(?:아요|다|네요?|았어요?|더라고?요?|음)\s*[!~.ㅎㅋ^]*\s*$|기분\s?(?:이\s?)?(?:좋|최고|짱)|최고(?:야|예요|에요|였|다|임)/u],
  ['sadness', /슬퍼|슬프|슬픈|서럽|서러|우울|외로|쓸쓸|허전|공허|울적|울고\s?싶/u],
  ['anger', /화나|화가\s?(?:나|났)|화난|짜증|열받|열\s?받|빡치|빡쳐|빡친|빡침|킹받|억울|분해|어이없/u],
  ['anxiety', /불안|걱정|초조|무서|무섭|두려|두렵|겁나|겁이\s?나|조마조마/u],
  ['hurt', /서운|상처|섭섭|속상/u],
  ['embarrassment', /창피|민망|쪽팔|부끄/u],
];

/** A negation right before ("안 슬퍼", "하나도 안 무서워") or after ("슬프지 않아", "걱정 없어", "기쁘진 않아"). */
const NEGATED_BEFORE = /(?:^|\s)(?:안|못|별로|하나도|전혀|안\s?그래도)\s?$/u;
const NEGATED_AFTER = /^[가-힣]{0,3}\s?(?:지\s?(?:가|는|도)?\s?않|진\s?않|지\s?(?:가|도)?\s?않|지는\s?않|없|않|안\s?(?:해|돼|되|나|들)|아니|은\s?(?:아니|없)|는\s?(?:아니|없))/u;

/** Someone else's feeling: told of them ("친구가 화났어요"), reported ("좋대", "슬프다고 하더라"), honorific. */
const OTHER_SUBJECT =
  /(?:^|\s)(?:친구|엄마|아빠|어머니|아버지|부모님|동생|언니|누나|오빠|형|걔|쟤|그\s?사람|남친|여친|남편|아내|와이프|애가|애는|아이|아들|딸|동료|팀장|부장|사장|선생님|교수님|할머니|할아버지|손주|다들|모두|사람들|집사람|영감|마누라)(?:가|이|는|도|께서|님이|님은|들이|들은)\s/u;
const REPORTED_AFTER = /^(?:[가-힣]{0,4}\s?(?:대|래|다고|라고|다며|하더|하셨|하셔|하세|하시|해하|하던|해\s?하)|고\s?(?:했|하|그러|말))/u;

/** A question ("기쁘지?", "슬퍼할까요", "불안한가요"). */
const ASKS = /[?？]\s*$|(?:까|나요|니|냐|는지|ㄹ까|을까)\s*[ㅠㅜ~.]*\s*$/u;

/** The feeling a clause states, with its place; null when negated or someone else's. */
function clauseFeeling(clause: string): EmotionId[] {
  const found: EmotionId[] = [];
  for (const [emotion, re] of STATED) {
    const g = new RegExp(re.source, 'gu');
    for (const m of clause.matchAll(g)) {
      const before = clause.slice(0, m.index);
      const after = clause.slice(m.index + m[0].length);
      if (NEGATED_BEFORE.test(before) || NEGATED_AFTER.test(after)) continue;
      if (REPORTED_AFTER.test(after)) continue;
      // "친구가 화났어요": a person named before the feeling, and no "나/저" after them.
      const subject = OTHER_SUBJECT.exec(before);
      // Not when a clause ends between them ("할아버지 건강하셔서 다행이에요") or the user comes in.
      const between = subject ? before.slice(subject.index + subject[0].length) : '';
      if (subject && !/(?:^|\s)(?:나|저|난|전|내가|제가|나도|저도)\s|(?:서|니까|는데|지만|면서|길래)\s/u.test(between)) continue;
      if (!found.includes(emotion)) found.push(emotion);
    }
  }
  return found;
}

/**
 * The one feeling the user states as their own in this turn, or null: none, several (the model
 * and mixedFeelings decide), negated, someone else's, or asked about.
 */
export function statedFeeling(text: string): EmotionId | null {
  const t = text.normalize('NFC').trim();
  if (!t || ASKS.test(t)) return null;
  // A past hardship told as past: what is stated of now is after "지금은".
  const now = PAST_THEN_NOW.exec(t);
  const found = clauseFeeling(now ? t.slice(now.index + now[0].length) : t);
  return found.length === 1 ? found[0]! : null;
}

/** "그땐 힘들었는데 지금은 추억이야", "예전엔 무서웠지만 이젠 괜찮아": a past feeling, then now. */
const PAST_THEN_NOW = /(?:그땐|그때는|그\s?때|예전엔|예전에는|옛날엔|전에는|처음엔|처음에는|어릴\s?(?:땐|때는|적엔))[^.!?]{0,30}(?:었|았|였|웠|했)[^.!?]{0,6}(?:는데|지만|어도|다가)\s?(?:지금은|이젠|이제는|요즘은|지금)/u;

export function pastNotNow(text: string): boolean {
  return PAST_THEN_NOW.test(text.normalize('NFC'));
}

/** Positive 1, hurting −1, neutral 0. */
const valenceOf = (e: EmotionId): number => (e === 'neutral' ? 0 : e === 'joy' ? 1 : -1);

/**
 * Whether an intent's mood clashes with the feeling the user plainly states: a hurting intent for
 * "개꿀", "너무 좋아", a glad one for "우울해". Its replies would tell the user the opposite of what
 * they just said, so the turn gets a follow-up in its own feeling instead.
 */
export function moodClash(intentEmotion: EmotionId, text: string): boolean {
  const t = text.normalize('NFC');
  const stated = statedFeeling(t);
  if (!stated || valenceOf(stated) * valenceOf(intentEmotion) >= 0) return false;
  // Two moods told together ("홀가분하면서도 좀 허무하네요") are the mixed intents' to answer.
  return !(stated === 'joy' ? SECOND_HURT : SECOND_GLAD).test(t);
}

/** A second, hurting side beside a glad feeling, or a glad side beside a hurting one. */
const SECOND_HURT = /허무|허전|공허|아쉬|아쉽|헛헛|찡|짠하|그립|그리워|섭섭|서운|만감|울컥|뭉클|씁쓸|슬프|슬퍼|눈물|외로|쓸쓸|울적|걱정|불안|무섭|무서|떨려|긴장|부담|힘들|힘드|지쳐|지친|ㅠ|ㅜ/u;
const SECOND_GLAD = /좋|기쁘|기뻐|행복|설레|뿌듯|다행|후련|홀가분|시원|신나|고마|감사|ㅎㅎ|ㅋㅋ/u;

/** Signs of embarrassment: a word for it, or being seen, laughed at, caught out or tongue-tied. */
const EMBARRASSMENT_SIGNS =
  /창피|민망|쪽팔|부끄|당황|어색|망신|놀림|놀렸|놀려|놀리|비웃|웃음거리|시선|쳐다|보는\s?앞|앞에서|다\s?(?:봤|보는)|들켰|들킴|흑역사|이불\s?킥|더듬|버벅|머리가\s?하얘|얼굴이?\s?(?:빨개|화끈|달아)|실수|잘못\s?(?:보냈|말했)|틀렸|틀린|오타|말실수|눈치|뻘쭘|멋쩍|머쓱|무안|난감|😳|🫣|😅/u;

export function showsEmbarrassment(text: string): boolean {
  return EMBARRASSMENT_SIGNS.test(text.normalize('NFC'));
}

/**
 * Signs of worry: a word for it, a wait or a test ahead, a "what if", not knowing what to do, money
 * or health at stake. The model reads anxiety into plain questions ("짜장면 말고 다른 거 뭐 있을까"
 * 0.89) and into "잘 몰라요" (0.58); "앞일을 모르니 마음이 계속 조마조마하겠어요" then tells a
 * worry never told.
 */
const WORRY_SIGNS =
  /불안|탈락|떨어지|떨어져|떨어졌|걱정|초조|무서|무섭|두려|두렵|떨려|떨리|긴장|겁|조마|두근|어떡|어떻게\s?(?:하|해)|어쩌|어카|큰일|막막|내일|모레|다음\s?(?:주|달)|곧|앞두|결과|기다리|기다려|검사|시험|면접|발표|수술|진단|혹시|(?:ㄹ|을|할|될|일|갈|올|볼|질)\s?까\s?봐|까\s?봐|모르겠|앞으로|미래|마감|늦(?:을|으면)|안\s?되면|잘리|짤리|돈이?\s?없|빚|월세|대출|이자|병원|아프|아파|잠이\s?안|잠을\s?못|심장|숨이|가슴이|불면|잠\s?못|연락이?\s?(?:안|없)|답이?\s?(?:안|없)|계속\s?생각|신경\s?쓰|찜찜|불길|예감|위험|사고|다칠|다쳤|싸울까|어쩔|할\s?수\s?있을|잘\s?할\s?수|자신\s?(?:이\s?)?없|확신이?\s?없|😰|😨|😟/u;

export function showsWorry(text: string): boolean {
  return WORRY_SIGNS.test(text.normalize('NFC'));
}

/**
 * Whether a turn's own reading is too unsure to name a feeling from: its top emotion below
 * UNSURE_TOP and within UNSURE_MARGIN of the runner-up ("아빠가 군대 얘기를 또 하셨어요": anger
 * 0.30, hurt 0.29; "옷 사러 갔는데 맘에 드는 게 없었어": joy 0.49, embarrassment 0.46).
 */
export function unsureReading(emotions: Readonly<Record<EmotionId, number>>): boolean {
  const ps = (Object.keys(emotions) as EmotionId[]).map((e) => emotions[e]).sort((a, b) => b - a);
  const [a = 0, b = 0] = ps;
  return a < UNSURE_TOP && a - b < UNSURE_MARGIN;
}

/** Glad words about what happened rather than a feeling ("귀엽더라구요", "웃기더라", "맛있었어"). */
const GLAD_ABOUT = /귀엽|귀여워|귀여운|웃기|웃겼|웃겨|재밌|재미있|맛있|맛나|예쁘|예뻐|멋있|멋지|대박|훈훈|좋았|최고|개꿀|이겼|이김|풀렸/u;
/** Words of a hurt or a trouble, which keep a hurting feeling even beside glad ones. */
const HURTING_WORDS = /슬프|슬퍼|우울|외로|서운|속상|상처|화나|짜증|불안|걱정|무서|창피|힘들|힘드|아프|아파|싫|망했|망함|최악|ㅠ|ㅜ/u;

/**
 * A mishap laughed off ("회사 사람들이 다 놀렸어요 ㅎㅎ", joy 0.98): the laughter is no gladness to
 * celebrate ("그런 날이 있어서 참 다행이에요"), so unless joy is stated none is named.
 */
const MISHAP = /놀렸|놀림|놀려|욕\s?먹|맞았|넘어졌|넘어져|자빠|다쳤|삐었|멍\s?들|깨졌|망했|망함|망쳤|혼났|잘렸|떨어졌|떨어짐|잃어버|놓쳤|늦었|지각/u;

/** Laughter: a hurt told laughing ("결국 아무것도 안 샀어 ㅋㅋ", sadness 0.81) is not named unless told. */
const LAUGHS = /ㅋㅋ|ㅎㅎ|😂|🤣|😆/u;
/** An intent at least this probable may lend its feeling to an unsure reading. */
export const HINT_SURE = 0.5;

/** A reading this sure of the chosen feeling is not overruled by a word of the other mood. */
export const SURE_CHOSEN = 0.8;

/**
 * Where the model reads embarrassment without cause: a mishap of the body or an apology
 * ("축구하다가 발목 삐었어" 0.71, "친구한테 미안해요" 0.94); and worry: a choice or not knowing
 * ("짜장면 말고 다른 거 뭐 있을까" 0.89, "나이가 많아서 잘 몰라요" 0.58).
 */
const MISHAP_OR_SORRY = /삐었|삐끗|다쳤|다쳐|넘어|자빠|멍\s?(?:들|이)|부러|깁스|맞았|미안/u;
const CHOICE_OR_UNKNOWING = /뭐\s?(?:있을까|먹|하지|할까|없나|좋을까)|고르|골라|몰라|모름|헷갈/u;

/** A sure own reading of the other valence: the thread's mood is not this turn's. */
export const SURE_OWN = 0.6;

/**
 * The feeling the follow-up names, given the one the engine chose (`emotion`), the turn's text,
 * its own reading and the thread's mood. Returns `emotion` unchanged unless the user's words or a
 * sure reading say otherwise (see the module comment): a plainly stated feeling wins when it
 * crosses the chosen one's valence or none was chosen; a hardship told as past, embarrassment or
 * worry with no sign of it, joy against a sure hurting reading, a hurt beside only glad words, and
 * an unsure reading name none ('unsure').
 */
export function feelingToName(
  emotion: EmotionId | 'unsure',
  text: string,
  own: Readonly<Record<EmotionId, number>>,
  thread: EmotionId | null,
  intentScore = 0,
): EmotionId | 'unsure' {
  const t = text.normalize('NFC');
  const stated = statedFeeling(t);
  // …unless the turn's own reading is sure of the chosen feeling ("다행이다 ㅎ" read as worry 0.9).
  const sureOfChosen = emotion !== 'unsure' && own[emotion] >= SURE_CHOSEN;
  if (stated && stated !== emotion && !sureOfChosen && (emotion === 'unsure' || emotion === 'neutral' || valenceOf(stated) * valenceOf(emotion) < 0)) return stated;
  if (emotion === 'unsure' || emotion === 'neutral' || stated === emotion) return emotion;
  if (valenceOf(emotion) < 0 && pastNotNow(t)) return 'unsure';
  if (namesFeeling(t, emotion)) return emotion;
  if (emotion === 'embarrassment' && thread !== 'embarrassment' && MISHAP_OR_SORRY.test(t) && !showsEmbarrassment(t) && !speaksGuilt(t, emotion)) return 'unsure';
  if (emotion === 'anxiety' && thread !== 'anxiety' && CHOICE_OR_UNKNOWING.test(t) && !showsWorry(t)) return 'unsure';
  const top = (Object.keys(own) as EmotionId[]).reduce((a, b) => (own[b] > own[a] ? b : a));
  if (emotion === 'joy' && valenceOf(top) < 0 && own[top] >= SURE_OWN) return 'unsure';
  if (emotion === 'joy' && MISHAP.test(t)) return 'unsure';
  if (valenceOf(emotion) < 0 && (GLAD_ABOUT.test(t) || LAUGHS.test(t)) && !HURTING_WORDS.test(t)) return 'unsure';
  // With no thread to carry, an unsure reading names nothing, whether the feeling is its own top
  // or an improbable intent's.
  if (!thread && unsureReading(own) && (top === emotion || intentScore < HINT_SURE)) return 'unsure';
  return emotion;
}

/** A reflection that names anger outright ("그렇게 화가 나는 건…", "분한 마음이…"). */
const NAMES_ANGER = /화가\s?나|화난|화를|분한|부글부글|어이없|황당|분노/u;
/** A reflection that names shame ("스스로가 부끄럽게 느껴져서…", "창피했을 거예요"). */
const NAMES_SHAME = /부끄럽|부끄러|창피|민망|쪽팔/u;

/**
 * Session 40 (shorthand): a generic reflection that names anger or shame the turn shows no sign of.
 * «그렇게 화가 나는 건 그만큼 중요한 일이었기 때문이에요» came four times in one tester's talks, to
 * tiredness, hurt and "헤어져야 하나 싶어", the thread's mood carried into turns that said no anger;
 * «스스로가 부끄럽게 느껴져서 속상했겠어요» to "I'm so tired 진짜" after a meeting gone wrong.
 */
export function namesUnsaidFeeling(reflection: string, turn: string): boolean {
  const r = reflection.normalize('NFC');
  if (NAMES_ANGER.test(r) && !showsAnger(turn)) return true;
  return NAMES_SHAME.test(r) && !showsEmbarrassment(turn);
}
