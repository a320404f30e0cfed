/**
 * Plain reflections that say more than "I hear you" (session 41, "stockq"). A tester's 40
 * conversations got «요즘 그렇게 지내고 있었군요» seven times, to "수학이요", "편의점이요", "한 두 달
 * 정도?" and "아직 안 읽었어": it says the user has been living like that lately, and fits a turn that
 * tells of days going by, not a word or a moment. «소소한 이야기도 언제든 좋아요» was said to "밥도
 * 편의점에서 대충 먹었어" after a week of work till 11 at night: it makes small talk of a hard week.
 * Each such line is kept for the turns it fits; the engine prefers the others (a preference: when none
 * fits, one is still said). All functions are pure.
 */

/** Days told as going by ("요즘", "맨날", "이번주 내내", "한 달째"). */
const LASTING = /요즘|요새|매일|맨날|만날|내내|계속|[0-9가-힣]\s?(?:년|달|주|일)\s?째|일주일째|며칠째|(?:^|\s)늘\s|항상|한동안|마다|몇\s?(?:주|달|년)/u;
/** A thought or a guess told ("…인 것 같아", "…일까", "…나 봐"). */
const THOUGHT = /생각|것\s?같|거\s?같|듯|싶|나\s?봐|겠지|려나|[을일할갈]까|는지/u;
/** A feeling or a wish told. */
const FEELING = /마음|기분|느낌|감정|싶|것\s?같|거\s?같/u;

export interface StockContext {
  /** The user's turn. */
  text: string;
  /** Turns so far, this one included. */
  turns: number;
  /** A hurting mood (sadness, anger, anxiety, hurt, embarrassment) answered earlier in the conversation. */
  hurting: boolean;
}

/** Whether a plain stock reflection fits the turn (lines with no condition always do). */
export function plainReflectionFits(reflection: string, c: StockContext): boolean {
  const t = c.text.normalize('NFC');
  if (/그렇게\s?지내고\s?있었군요/u.test(reflection)) return LASTING.test(t);
  if (/소소한\s?(?:이야기|얘기)/u.test(reflection)) return !c.hurting;
  if (/나눠\s?줘서\s?반가워요/u.test(reflection)) return c.turns <= 2;
  if (/그런\s?생각을\s?하고\s?있었군요/u.test(reflection)) return THOUGHT.test(t);
  if (/그런\s?마음이\s?들었군요/u.test(reflection)) return FEELING.test(t);
  return true;
}
