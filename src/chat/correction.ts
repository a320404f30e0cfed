/**
 * The user corrects the feeling the bot named: "화난건 아니고 그냥 외로워", "아니 좋은 일 아니라고..
 * 당뇨라고", "슬픈 게 아니라 화가 나는 거야". Before, the correction went unheard: "화난건 아니고 그냥
 * 외로워" got "정말 억울하고 답답했겠어요", after five turns of anger replies (session 30, a helper
 * talking to the app). A counsellor owns the mistake and takes the feeling the user names instead.
 */
import type { EmotionId } from '../ml/emotions';
import { onlyNamedFeeling } from './feeling-words';

/** A feeling, or good news, said not to be the case: "화난 건 아니고", "좋은 일 아니라고". */
const NOT_THAT =
  /(?:화|화난|화가\s?난|짜증|슬픈|슬퍼서|우울한|우울해서|불안한|걱정|기쁜|기뻐서|좋은\s?(?:일|거|소식|기분)|좋아서|행복한|서운한|서운해서|상처|창피한|민망한|외로운|외로워서|속상한|속상해서|축하(?:할|받을)\s?(?:일|거))\s?(?:건|거|게|것)?\s?(?:은|는|도)?\s?(?:좀\s)?(?:아니(?:고|라|야|에요|예요|거든|라니까|라고|구|란|지)|아닌데|아닌걸|아님)/u;

/**
 * When the turn corrects a feeling: the one feeling it names instead (after the correction), or
 * null when it names none ("좋은 일 아니라고.. 당뇨라고"). Undefined when it corrects nothing.
 */
export function correctedFeeling(text: string): EmotionId | null | undefined {
  const t = text.normalize('NFC');
  const m = NOT_THAT.exec(t);
  // "그것 때문에 화난 건 아니고", "뭐라해서 짜증난 게 아니라": the feeling stands, its cause is corrected.
  if (!m || CAUSE_BEFORE.test(t.slice(0, m.index))) return undefined;
  const named = onlyNamedFeeling(t.slice(m.index + m[0].length));
  return named === 'neutral' ? null : named;
}

/**
 * The feeling the correction denies ("화가 난 건 아니고" → anger), to tell whether the bot had named
 * it: "아니 슬픈 건 아니고요 좀 허탈한 거?" got "아, 제가 잘못 알아들었네요" when the bot had said no
 * sadness at all (session 35).
 */
const DENIED_WORDS: ReadonlyArray<[RegExp, EmotionId]> = [
  [/화|짜증/u, 'anger'],
  [/슬픈|슬퍼|우울|외로/u, 'sadness'],
  [/불안|걱정/u, 'anxiety'],
  [/기쁜|기뻐|좋은|좋아서|행복|축하/u, 'joy'],
  [/서운|상처|속상/u, 'hurt'],
  [/창피|민망/u, 'embarrassment'],
];

export function deniedFeeling(text: string): EmotionId | null {
  const m = NOT_THAT.exec(text.normalize('NFC'));
  if (!m) return null;
  return DENIED_WORDS.find(([re]) => re.test(m[0]))?.[1] ?? null;
}

/**
 * The word the user names instead, as it is said back ("그냥 억울해요" → "억울한"), and the feeling
 * whose questions fit it: "아니 화가 난 건 아니고 그냥 억울해요" was told "참느라 정말 힘들었겠어요.
 * 지금도 그 일을 떠올리면 화가 올라와요?", the feeling just denied, because 억울 reads as anger
 * (session 35). Guilt ("미안한 거야") is marked so that its own questions come. Relief is left to
 * relief.ts, whose reflections say more than its name.
 */
const NAMED_INSTEAD: ReadonlyArray<[RegExp, string, EmotionId]> = [
  [/억울/u, '억울한', 'hurt'],
  [/허탈/u, '허탈한', 'sadness'],
  [/허무/u, '허무한', 'sadness'],
  [/허전/u, '허전한', 'sadness'],
  [/미안|죄책감|죄스/u, '미안한', 'sadness'],
  [/서운|섭섭/u, '서운한', 'hurt'],
  [/서러|서럽/u, '서러운', 'sadness'],
  [/외로|외롭/u, '외로운', 'sadness'],
  [/씁쓸/u, '씁쓸한', 'sadness'],
  [/부럽|부러/u, '부러운', 'hurt'],
  [/답답/u, '답답한', 'anger'],
  [/막막/u, '막막한', 'anxiety'],
  [/속상/u, '속상한', 'hurt'],
  [/아쉬|아쉽/u, '아쉬운', 'sadness'],
  [/지쳤|지친|지쳐|피곤|힘들/u, '지친', 'sadness'],
  [/무서|무섭|두려/u, '두려운', 'anxiety'],
  [/불안/u, '불안한', 'anxiety'],
  [/걱정/u, '걱정스러운', 'anxiety'],
  [/창피|부끄/u, '부끄러운', 'embarrassment'],
  [/현실적/u, '현실적인', 'neutral'],
];

export interface NamedInstead {
  word: string;
  emotion: EmotionId;
  guilt: boolean;
}

export function feelingNamedInstead(text: string): NamedInstead | null {
  const t = text.normalize('NFC');
  const m = NOT_THAT.exec(t);
  if (!m) return null;
  const rest = t.slice(m.index + m[0].length);
  const hit = NAMED_INSTEAD.find(([re]) => re.test(rest));
  return hit ? { word: hit[1], emotion: hit[2], guilt: hit[1] === '미안한' } : null;
}

/** Owning the misreading, before the reflection of the feeling the user names. */
export const CORRECTION_PREFIXES: readonly string[] = ['제가 잘못 짚었네요, 미안해요.', '아, 제가 잘못 알아들었네요.', '제가 마음을 잘못 읽었나 봐요, 미안해요.'];
export const CORRECTION_PREFIX = 'correction';

/** A cause just before the feeling said not to be the case: it is the cause that is corrected. */
const CAUSE_BEFORE = /(?:때문에|탓에|(?:해|어|아|워|라|여|져|쳐|려|봐|와|워)서|니까)\s?$/u;

/**
 * The user corrects the cause or the person the bot took the feeling to be about: "아니 엄마 때문이
 * 아니라 동생 때문이야", "엄마가 뭐라해서 짜증난게 아니라 게임 져서 빡친거임", "그게 아니라 일이 싫은 게
 * 아니고 사람이 싫은 거야". Before (session 31), the correction went unheard: the first got "그 순간
 * 마음이 덜컥 내려앉았겠어요", the others more of the same anger reflections.
 */
const CAUSE_NOT =
  /(?:때문|탓)(?:에|이|인)?\s?(?:그런|그러는|그랬던|화난|화가\s?난|짜증난|짜증\s?난|빡친|열받은|슬픈|우울한|속상한|서운한|힘든|싫은|우는|운)?\s?(?:건|거|게|것)?\s?(?:은|는|도)?\s?(?:좀\s)?아니(?:고|라|야|에요|예요|거든|라니까|구|지|란)|(?:해|어|아|워|라|여|져|쳐|려|봐|와)서\s?(?:그런|화난|화가\s?난|짜증난|짜증\s?난|빡친|열받은|슬픈|우울한|속상한|서운한|힘든|싫은|운)\s?(?:건|거|게|것)\s?(?:은|는|도)?\s?(?:좀\s)?아니(?:고|라|야|에요|예요|거든|구)/u;
/** "그게 아니라", "아니 그런 게 아니고" at the start: the bot's reading is set right. */
const THAT_NOT = /^\s*(?:아니\s?|아뇨\s?|아니요\s?|아니야\s?)?[,.]?\s?(?:그게|그건|그런\s?게|그런\s?거|그런\s?건)\s?아니(?:고|라|야|에요|예요|구|라니까)/u;

/**
 * Any "A 게 아니라 B", "X가 문제가 아니고", "얘기하려던 건 아니고" with more after it: "아니 걔가
 * 거짓말한다는게 아니라 내가 자신이 없음" got the very reading it denies ("한 번 금이 간 신뢰는…"),
 * "아니 게임이 문제가 아니고 잠이 안와서 게임하는거야" the parent of a gamer again (session 31).
 * "큰 건 아니고 그냥 피곤해" is no correction.
 */
const IT_IS_NOT =
  /[가-힣](?<!(?:큰|별|대단한|심각한|특별한|별다른|그렇게|그리|아무|나쁜|중요한|심한))\s?(?:게|건|거)\s?(?:은|는)?\s?아니(?:라|고)(?=\s?,?\s?[가-힣])|(?:이|가)\s?문제(?:가|인\s?게|인\s?건|는)\s?아니(?:라|고)(?=\s?[가-힣])|(?:얘기|이야기|말)\s?(?:하려던|하려는|한|했던|하자는|하려고\s?한)\s?(?:건|거|게)\s?(?:은|는)?\s?아니(?:라|고)?/u;

/** "일이 싫은 게 아니고 사람이 싫은 거야": what it is instead, said back as "사람이 싫은 거였군요". */
const CONTRAST = /(?:게|건|거)\s?(?:은|는)?\s?아니(?:고|라)\s?,?\s?(.{1,20}?)\s?거(?:야|예요|에요|임|지|라고|라니까|든)?[.!~ㅠㅜ\s]*$/u;

/** The cause the user gives instead, as a clause the reply can say back: "동생 때문에", "게임 져서". */
const NEW_CAUSE = /^(.{1,24}?(?:\s때문에|\s때문|\s탓에|(?:해|어|아|워|라|여|져|쳐|려|봐|와)서))(?:\s|$|이야|이에요|이예요|임|이지|이라고|이라니까|야|요)/u;
/** A subject pronoun the reply drops when it says the cause back ("걔가 사과를 안 해서" → "사과를 안 해서"). */
const LEADING_PRONOUN = /^(?:걔가|걔는|얘가|얘는|쟤가|그\s?사람이|그\s?사람은)\s/u;
/** Fillers before the cause ("그냥 엄마가 혼자라서"), not said back. */
const LEADING_FILLER = /^(?:그냥|사실|진짜|그게|그러니까|아니|걍)\s/u;
/** Words that would read wrong in the bot's mouth: "나", "내", "걔", "너"… */
const PRONOUN = /(?:^|\s)(?:나|내|저|제|난|전|걔|얘|쟤|너|니|네)(?:가|는|도|를|랑|한테|에게|만|의)?(?:\s|$)/u;

export interface CauseCorrection {
  /** The cause said back with 그랬군요 ("동생 때문에 그랬군요."), or null when it cannot be said back safely. */
  echo: string | null;
  /** The text after the correction, where a feeling the user names would be. */
  rest: string;
}

/**
 * "무슨 말? 걔가 나한테 뭐라 한 건 없어. 그냥 피하는 거야": the bot had asked about words no one said,
 * and the user's answer was taken for a request to decide for them (session 35).
 */
const WHAT_WORDS = /^\s*(?:무슨|뭔|어떤|웬)\s?(?:말|소리|얘기)(?:이야|이에요|이요|요|임)?\s?[?？]+/u;

/** When the turn corrects the cause or the reading of a story, the cause given instead; undefined otherwise. */
export function correctedCause(text: string): CauseCorrection | undefined {
  const t = text.normalize('NFC').trim();
  const m = CAUSE_NOT.exec(t) ?? THAT_NOT.exec(t) ?? CONTRAST.exec(t) ?? IT_IS_NOT.exec(t) ?? WHAT_WORDS.exec(t);
  if (!m) return undefined;
  const rest = m[0] === t.slice(m.index) && m[1] ? m[1] : t.slice(m.index + m[0].length).replace(/^[\s,.~…]+/u, '');
  const c = NEW_CAUSE.exec(rest.replace(LEADING_FILLER, '').replace(LEADING_PRONOUN, ''));
  const instead = CONTRAST.exec(rest)?.[1] ?? (m[0] === t.slice(m.index) ? m[1] : undefined);
  const sayable = (clause: string | undefined): clause is string => !!clause && /^[가-힣\s]+$/u.test(clause) && !PRONOUN.test(clause);
  const cause = c?.[1]?.trim().replace(/\s때문$/u, ' 때문에');
  const echo = sayable(cause) ? `${cause} 그랬군요.` : sayable(instead?.trim()) ? `${instead!.trim()} 거였군요.` : null;
  return { echo, rest };
}

/** Owning a misread cause, before the cause said back and the reflection. */
export const CAUSE_CORRECTION_PREFIXES: readonly string[] = ['아, 제가 이유를 잘못 짚었네요.', '제가 엉뚱한 데를 짚었네요, 미안해요.', '아, 제가 잘못 이해했네요.'];
export const CAUSE_CORRECTION_PREFIX = 'correction:cause';
