/**
 * A one-word answer inside a story, said back (session 41, "stockq").
 *
 * A tester's conversations ended turns like these with a stock line and a question that had
 * nothing to do with what was just said: "모의고사 성적 또 떨어졌어" / "수학이요" → «요즘 그렇게 지내고
 * 있었군요. 요즘 마음에 걸리는 일은 없어요?»; "알바하는데 손님한테 욕먹었어" / … / "편의점이요" → the
 * same; "주말에도 침대에서 안 나옴" / "한 두 달 정도?" → the same again. A counsellor takes the word
 * up ("아, 수학이었군요.", "한두 달 정도 됐군요.") and goes on with the story's own question.
 *
 * `answerWord` finds a bare noun answer: a noun with the polite 이요/요 ("수학이요", "편의점이요",
 * "엄마요"), which texting.ts `answersQuestion` (a bare noun after the bot's own what-question,
 * session 38) leaves out as ending like a predicate, or, after a question that asked what, which,
 * where or who, a bare noun ("떡볶이"). Verbs
 * and adjectives in 해요체 also end in 요, so a noun+요 must not end the way they do (싫어요, 좋아요,
 * 해요, 몰라요, 그래요); adverbs and interjections ("그냥요", "아니요", "글쎄요") and feelings
 * ("짜증이요") are no answer to say back. `answerLength` finds a bare length of time ("한 두 달
 * 정도?", "일주일째요"). All functions are pure.
 */

const nfc = (text: string): string => text.normalize('NFC').trim();

function batchim(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  if (c >= 0x30 && c <= 0x39) return '0136780'.includes(word[word.length - 1]!);
  return c >= 0xac00 && c <= 0xd7a3 && (c - 0xac00) % 28 !== 0;
}

/** Last syllables of a 해요체 or 반말 predicate: "싫어(요)", "좋아", "해", "그래", "몰라", "돼", "했지", "하네". */
const PREDICATE_END = /(?:다|어|아|해|야|지|네|음|함|됨|임|게|래|대|니|냐|까|고|서|자|라|군|나|걸|데|듯|줘|봐|와|워|져|려|셈|죠|요|용|염|여|겠|쥬|셔|세|내|개|애|에|가|거|러|파|펴|써|떠|쳐|켜|혀|겨|둬|꿔|뤄|봬|해|돼|웅|응|엉|앙|헐|헉|흠|뭐|왜|ㅋ|ㅎ|ㅠ|ㅜ)$/u;

/** Nouns that end like a predicate but are school subjects or languages ("영어요", "국어요"). */
const LANGUAGE = /(?:영|국|[가-힣]{1,3}국|일본|독|불|한국|외국|중국|단)어$/u;

/** Words that answer nothing to say back: adverbs, interjections, pronouns, times, feelings. */
const NOT_AN_ANSWER = new RegExp(
  '^(?:' +
    [
      '그냥|아마|별로|조금|좀|많이|진짜|정말|완전|너무|아니|아뇨|몰라|모름|글쎄|당연|물론|전혀|아직|벌써|이미|그럼|그거|이거|저거|거기|여기|저기',
      '저|나|제가|저도|나도|저는|나는|우리|아무거나|아무것도|다|전부|모두|하나도|반반|둘\\s?다|가끔|자주|항상|늘|매일|맨날|계속|다시|또|혹시|설마|역시|딱히',
      '지금|요즘|요새|오늘|어제|내일|아까|이따|나중|방금|평소|그때|이번|다음|지난|언제|어디|누구|뭐|무엇|왜|어떻게|얼마',
      '네|예|응|엉|웅|ㅇㅇ|ㅇㅋ|오키|오케이|감사|안녕|수고|화이팅|파이팅|대박|헐|레전드|최고|최악|짱|굿|존맛|꿀잼|노잼|실화|인정|ㄹㅇ|ㅇㅈ',
      '짜증|우울|불안|걱정|스트레스|배신감|현타|멘붕|답답|서운|슬픔|분노|화|눈물|한숨|외로움|피곤|귀찮|행복|기쁨|설렘|긴장|부담|압박|후회|죄책감|자괴감|허탈|허무|무기력|막막',
    ].join('|') +
    ')$',
  'u',
);

/** A question that asks for a thing, a place or a person ("무슨 과목이에요?", "누구랑 먹었어요?", "어디서요?"). */
const ASKS_WHAT = /(?:뭐|무엇|무슨|어떤|어느|어디|누구|누가|누구랑|누구와)[^?]*\?\s*$/u;

/**
 * The noun a short turn answers with, or null: "수학이요" → 수학, "편의점이요" → 편의점, "엄마요" → 엄마;
 * a bare noun ("떡볶이") only after a question that asked for one (`lastReply`).
 */
export function answerWord(text: string, lastReply = ''): string | null {
  const t = nfc(text)
    .replace(/[.!~…ㅋㅎㅠㅜ^]+$/u, '')
    .trim();
  if (t.length === 0 || t.length > 12 || /[?？]/u.test(t)) return null;
  const m = /^((?:[가-힣A-Za-z0-9]{1,8}\s)?[가-힣A-Za-z0-9]{1,8}?)(이요|요)?$/u.exec(t);
  if (!m) return null;
  // "떡볶이요": the 이 is the noun's own, not the copula's.
  // "떡볶이요": the 이 is the noun's own, not the copula's (nouns that end in 이 after a consonant).
  const [word, ending] = m[2] === '이요' && (!batchim(m[1]!) || /(?:떡볶|고양|원숭|어린|놀|젓갈볶|쭈꾸미볶|볶)$/u.test(m[1]!)) ? [`${m[1]!}이`, '요'] : [m[1]!, m[2]];
  if (word.split(/\s/u).some((w) => NOT_AN_ANSWER.test(w))) return null;
  if (ending === '이요') return batchim(word) && !/아니$/u.test(word) ? word : null;
  if (ending === '요') return !batchim(word) && (!PREDICATE_END.test(word) || LANGUAGE.test(word)) && !/[0-9]$/u.test(word) ? word : null;
  // A bare word is an answer only to a question that asked for one, and only a noun-like word
  // (texting.ts `answersQuestion` meets most of these first, with «떡볶이군요!»).
  if (!ASKS_WHAT.test(nfc(lastReply)) || /\s/u.test(word) || PREDICATE_END.test(word) || word.length < 2) return null;
  return /[가-힣]$/u.test(word) ? word : null;
}

/** "수학" → "아, 수학이었군요."; "엄마" → "아, 엄마였군요." (the second time without 아). */
export function echoLines(word: string): string[] {
  const was = batchim(word) ? '이었군요' : '였군요';
  return [`아, ${word}${was}.`, `${word}${was}.`];
}
export const ECHO_PREFIX = 'echo';

const AMOUNT = '(?:[0-9]+|한\\s?두|두\\s?세|서너|한|두|세|석|네|넉|다섯|여섯|일곱|여덟|아홉|열|몇)';
const LENGTH = new RegExp(`^(?:한\\s(?=[0-9]))?(?:약\\s?|대략\\s?|거의\\s?)?((?:${AMOUNT}\\s?(?:년|개월|달|주)(?:\\s?반)?)|[0-9]+\\s?일|일주일|며칠)\\s?(?:째|정도|쯤|가까이|넘게|동안|넘었어|됐어|된\\s?것\\s?같아)?\\s?(?:이요|요|예요|이에요|인가|인\\s?듯|일걸|일\\s?거예요)?$`, 'u');

/** A bare length of time told in answer ("한 두 달 정도?", "일주일째요", "3년쯤"), said as a phrase ("한두 달"), or null. */
export function answerLength(text: string): string | null {
  const t = nfc(text)
    .replace(/[.!?？~…ㅋㅎㅠㅜ^]+$/u, '')
    .trim();
  if (t.length > 16) return null;
  const m = LENGTH.exec(t);
  if (!m) return null;
  return m[1]!
    .replace(/^한\s?두/u, '한두')
    .replace(/^두\s?세/u, '두세')
    .replace(/^([0-9]+|[가-힣]{1,3}?)\s?(년|개월|달|주)(?!일)/u, (_, a: string, u: string) => (/[0-9]/u.test(a) ? `${a}${u}` : `${a} ${u}`));
}

/** "한두 달" → "한두 달 정도였군요."; "일주일째요" → "일주일째 이어지고 있군요." */
export function lengthLine(length: string, text: string): string {
  return /째/u.test(text) ? `${length}째 이어지고 있군요.` : `${length} 정도였군요.`;
}
