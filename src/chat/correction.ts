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

/** When the turn corrects the cause or the reading of a story, the cause given instead; undefined otherwise. */
export function correctedCause(text: string): CauseCorrection | undefined {
  const t = text.normalize('NFC').trim();
  const m = CAUSE_NOT.exec(t) ?? THAT_NOT.exec(t) ?? CONTRAST.exec(t) ?? IT_IS_NOT.exec(t);
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
