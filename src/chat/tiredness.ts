/**
 * Tiredness said back as tiredness (session 40, daily). "오늘 좀 지쳤어요" read sadness and got the
 * generic reflection «많이 속상했겠어요»: tired is not upset, and the user never said 속상. When the turn
 * tells tiredness and names no other feeling, the generic follow-up opens with the user's own word
 * ("많이 지쳤군요") instead of a sadness reflection picked at random.
 */

const nfc = (s: string) => s.normalize('NFC').trim();

/** Tiredness in the user's words: 지쳤/지쳐/지친, 피곤, 녹초, 방전, 기운이 없어. */
const TIRED = /지쳤|지쳐|지친|지치네|지치다|지치고|피곤|녹초|기진맥진|방전|기운이\s?(?:하나도\s?|너무\s?|좀\s?)?없/u;
/** Not tired: negated ("안 지쳤어", "지치지 않아"), asked ("피곤해?"), or tired of someone ("지쳤대"). */
const NOT_TIRED = /안\s?(?:지쳤|지쳐|지친|피곤)|지치지\s?(?:않|도\s?않|는\s?않)|피곤하지\s?(?:않|도\s?않)|[?？]|(?:지쳤|지쳐|피곤하)(?:대|대요|다고|다더라|하대|하다던데)|지쳐\s?(?:보여|보이|보인|보였)/u;
/** Another feeling named with it: then that feeling is the one to reflect. */
const OTHER_FEELING = /속상|슬프|슬퍼|우울|화나|화가|짜증|불안|걱정|서운|외로|무서|억울|답답|막막|서럽|창피|부끄|기뻐|기쁘|행복|뿌듯|신나|좋아|후련|다행|설레/u;
/** Someone else the subject: "엄마가 많이 지쳤어요". */
const SOMEONE_ELSE = /^(?:우리\s?)?(?:엄마|아빠|어머니|아버지|부모님|남편|아내|와이프|형|오빠|언니|누나|동생|아들|딸|애|아이|애들|친구|남친|여친|걔|그\s?사람|팀장님?|상사|강아지|고양이)(?:가|이|는|은|께서|도)\s/u;

/** Whether the turn tells the user's own tiredness, whatever else it names (session 43: worn-out-lift.ts). */
export function saysOwnTiredness(text: string): boolean {
  const t = nfc(text);
  return TIRED.test(t) && !NOT_TIRED.test(t) && !SOMEONE_ELSE.test(t);
}

/** Whether the turn tells the user's own tiredness and no other feeling. */
export function toldTiredness(text: string): boolean {
  const t = nfc(text);
  return TIRED.test(t) && !NOT_TIRED.test(t) && !OTHER_FEELING.test(t) && !SOMEONE_ELSE.test(t);
}

export const TIRED_PREFIX = 'tired';
/** Openers that say back tiredness, in the user's word. */
export function tiredLeads(text: string): readonly string[] {
  const t = nfc(text);
  if (/피곤/u.test(t) && !/지쳤|지쳐|지친|지치/u.test(t)) return ['많이 피곤하군요.', '몸이 많이 피곤한가 봐요.'];
  if (/녹초|기진맥진|방전|기운이/u.test(t) && !/지쳤|지쳐|지친|지치/u.test(t)) return ['기운이 다 빠진 것 같네요.', '많이 지쳤군요.'];
  return ['많이 지쳤군요.', '많이 지쳐 있었군요.'];
}
