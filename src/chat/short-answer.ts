/**
 * A short factual answer: an age, a school year or occupation, a bare number, a date. Told to
 * give the bot a fact, not a feeling, it got a feeling read into it or an intent's story: "82세요"
 * (a grandmother's age) and "고3이야" got "많이 속상했겠어요", "중학생" the reply for parents of a
 * teenager who shuts them out, "다음달 20일" "이번 주는 어떻게 지나가고 있어요?" (session 31). It is
 * taken as what it is: a short acknowledgement, and the story's own questions go on.
 */
const SUBJECT = '(?:저는?\\s?|제가\\s?|나는?\\s?|전\\s?|난\\s?|우리\\s?(?:애|아이|아들|딸)(?:는|가|은)?\\s?|(?:할머니|할아버지|엄마|아빠|동생|아들|딸|애|아이)(?:는|가|은|께서는)?\\s?)?';
const ENDING = '\\s?(?:이요|요|예요|에요|이에요|이야|야|임|입니다|이에용|이고|쯤|정도|쯤이요|정도요|이세요|세요|이셔|셔)?';
const AGE = '(?:\\d{1,3}\\s?(?:살|세)?|(?:열|스물|서른|마흔|쉰|예순|일흔|여든|아흔)\\s?(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉)?\\s?(?:살)?|\\d{2}\\s?년생|\\d0\\s?대\\s?(?:초반|중반|후반)?|(?:이|삼|사|오|육|칠|팔|구)십\\s?대)';
const STATUS =
  '(?:초등학생|중학생|고등학생|대학생|대학원생|초딩|중딩|고딩|초[1-6]|중[1-3]|고[1-3]|고삼|중삼|대[1-4]|[1-4]학년|재수생|삼수생|n수생|N수생|취준생|공시생|직장인|신입|신입사원|회사원|주부|전업주부|프리랜서|백수|자영업자|자영업|알바생|사장|간호사|교사|군인)';
// Session 41 (context): a weekday or a weekend, alone or after a week ("다음주 화요일", "이번 주말", "금요일").
const WEEKDAY = '(?:(?:(?:다음|이번|지난|담)\\s?)?주말|(?:(?:다음|이번|지난|담)\\s?주\\s?)?[월화수목금토일]요일)(?:\\s?(?:오전|오후|아침|저녁|밤))?';
const DATE = `(?:${WEEKDAY}|(?:다음|이번|지난)\\s?(?:달|주)\\s?\\d{0,2}\\s?일?|(?:내일|모레|글피)|\\d{1,2}\\s?월\\s?(?:\\d{1,2}\\s?일)?|\\d{1,2}\\s?일)`;

// Session 32: an amount ("2천" after a debt had got "그 불안함, 충분히 이해돼요"), a time of day ("10시"
// after a presentation tomorrow, "이런저런 생각이 겹쳐서…"), a count ("세 번 정도입니다").
const ABOUT = '(?:한\\s?|약\\s?|대략\\s?)?';
const AMOUNT = '(?:\\d{1,4}|한|두|세|네|다섯|몇)\\s?(?:천|만|백|억)(?:\\s?만)?(?:\\s?원)?|\\d{1,3}(?:,\\d{3})+\\s?원|\\d+\\s?원';
const TIME = '(?:(?:오전|오후|아침|저녁|밤|새벽)\\s?)?\\d{1,2}\\s?시(?:\\s?반|\\s?\\d{1,2}\\s?분)?';
const COUNT = '(?:\\d{1,3}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\\s?(?:번|회|차례)';
const FACT = new RegExp(`^${SUBJECT}${ABOUT}(?:${AGE}|${STATUS}|${DATE}|${AMOUNT}|${TIME}|${COUNT})${ENDING}(?:입니다|이에요|예요|요)?$`, 'u');

export function isShortFact(text: string): boolean {
  const t = text
    .normalize('NFC')
    .replace(/[.!?~…ㅋㅎㅠㅜ^]+$/u, '')
    .trim();
  return t.length > 0 && t.length <= 16 && FACT.test(t);
}

export const SHORT_FACT_REPLIES: readonly string[] = ['그렇군요, 알려 줘서 고마워요.', '아, 그렇군요.', '네, 알겠어요.', '그랬군요, 이야기해 줘서 고마워요.'];
export const SHORT_FACT_PREFIX = 'fact';
