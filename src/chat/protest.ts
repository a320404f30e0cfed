/**
 * A protest at unfairness said as a question: "내가 왜 사과해야돼" (after a boyfriend broke a promise
 * and asked the user to apologise), "동생이 어질러 놓은 건데 왜 내가 혼나야 되냐고". It is not a
 * choice to weigh: the first had got the advice reply "정답을 드리긴 어렵지만 같이 따져 볼 수는
 * 있어요. 그렇게 하면 어떤 점이 좋고…", the second a blank "이야기해 줘서 고마워요" (session 38's
 * known weak spot, session 39). A counsellor hears the 억울함 first.
 *
 * "Why me" plus something owed (have to, be scolded, take the blame). Not a question about oneself
 * ("내가 왜 그랬는지 모르겠어", "내가 왜 그랬을까"), and never a question about living, which the
 * safety check reads first and this leaves alone.
 */

const WHY_ME = /(?:내|제)가\s?왜|왜\s?(?:내|제)가|왜\s?(?:나|저)(?:만|한테만?|보고|더러)/u;
/** Something the user is made to do or bear. */
const OWED = /(?:아야|어야|여야|해야|워야)\s?(?:돼|되|하|함|됨|해|한다)|냐고|혼나|욕\s?(?:먹|들어)|뒤집어\s?(?:써|쓰)|덮어\s?(?:써|쓰)|책임\s?(?:져|지)|눈치\s?(?:봐|보)/u;
/** Wondering about oneself, or about living: not a protest. */
const NOT_PROTEST = /는지|건지|모르겠|을까|ㄹ까|그랬|그런\s?짓|살아|사는|태어|죽/u;

export function protestsUnfairness(text: string): boolean {
  const t = text.normalize('NFC').trim();
  if (t.length > 80) return false;
  return WHY_ME.test(t) && OWED.test(t) && !NOT_PROTEST.test(t);
}

export const PROTEST_PREFIX = 'protest';

/** Each names the 억울함 in the user's own frame (they feel it is not theirs to bear) and asks one thing. */
export const PROTEST_REPLIES: readonly string[] = [
  '"왜 내가?" 하는 마음이 드는 게 당연해요. 내 몫이 아니라고 느끼는 걸 떠안으라고 하면 억울하죠. 그 말을 들었을 때 제일 걸린 게 뭐였어요?',
  '그런 말이 절로 나올 만해요. 납득이 안 되는데 받아들이라고만 하면 속에서 천불이 나죠. 지금 제일 억울한 부분이 어디예요?',
  '억울한 마음이 그대로 느껴져요. 왜 내가 그래야 하는지 납득이 안 되면 더 화가 나죠. 상대에게 이 마음을 말해 본 적 있어요?',
];
