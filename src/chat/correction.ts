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
  /(?:화|화난|화가\s?난|짜증|슬픈|슬퍼서|우울한|우울해서|불안한|걱정|기쁜|기뻐서|좋은\s?(?:일|거|소식)|좋아서|행복한|서운한|서운해서|상처|창피한|민망한|외로운|외로워서|속상한|속상해서|축하(?:할|받을)\s?(?:일|거))\s?(?:건|거|게|것)?\s?(?:은|는|도)?\s?(?:좀\s)?아니(?:고|라|야|에요|예요|거든|라니까|라고|구|란|지)/u;

/**
 * When the turn corrects a feeling: the one feeling it names instead (after the correction), or
 * null when it names none ("좋은 일 아니라고.. 당뇨라고"). Undefined when it corrects nothing.
 */
export function correctedFeeling(text: string): EmotionId | null | undefined {
  const t = text.normalize('NFC');
  const m = NOT_THAT.exec(t);
  if (!m) return undefined;
  const named = onlyNamedFeeling(t.slice(m.index + m[0].length));
  return named === 'neutral' ? null : named;
}

/** Owning the misreading, before the reflection of the feeling the user names. */
export const CORRECTION_PREFIXES: readonly string[] = ['제가 잘못 짚었네요, 미안해요.', '아, 제가 잘못 알아들었네요.', '제가 마음을 잘못 읽었나 봐요, 미안해요.'];
export const CORRECTION_PREFIX = 'correction';
