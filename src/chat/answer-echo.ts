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
 * 정도?", "일주일째요"). Session 43 (answers): `answerCause` finds a cause told in answer to the bot's
 * why- or what-question ("애 교육 문제로", "대출 때문에 그만둘 수도 없어"), said back by situation-turns.ts.
 * All functions are pure.
 */

const nfc = (text: string): string => text.normalize('NFC').trim();

/** Whether a word ends in a final consonant (picks 이/가, 은/는, 을/를, 이었/였). */
export function batchim(word: string): boolean {
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

// ── A cause told in answer (session 43, "answers") ──────────────────────────────────────────

/**
 * A question of the bot's that asks why or about what: «주로 어떤 일로 부딪혀요?», «지금 발목을 잡는
 * 가장 큰 이유는 뭐예요?», «뭐 때문에 그렇게 됐어요?».
 */
const ASKS_CAUSE = /(?:이|가|은|는)\s?뭐(?:예요|에요|야|일까요|인가요)|(?:어떤|무슨)\s?(?:일|문제|이유|부분|점|것|거|게|얘기)|이유|원인|뭐\s?때문|무엇\s?때문|왜|발목|뭐(?:가|로|에서)|무엇(?:이|으로)|어떤\s?게/u;

/** Words that name no cause to say back: the user, the bot, vague words ("그냥", "몰라"). */
const NO_CAUSE = /^(?:나|저|내|제|너|니|네|당신|쉼표|그냥|뭐|몰라|모르|다|전부|이거|그거|저거|그|이|여러|이런저런|이것저것|별|별거|아무|누구|그런|이런|저런|없|아니|거|것|게|데|때|사소한|별거|별것|별일|그\s?사람)$/u;

export interface ToldCause {
  /** The cause as told, without its marker: "애 교육", "대출", "장남". */
  cause: string;
  /** How it was marked: "X 문제로", "X 일로" (problem), "X 때문에" (because), "X(이)라서" (being). */
  marker: 'problem' | 'because' | 'being';
  /** The word of a problem: 문제 or 일 ("회사 일로"). */
  matter?: '문제' | '일';
  /** What it keeps the user from doing: "대출 때문에 그만둘 수도 없어". */
  blocked: boolean;
  /** Only the cause was told ("애 교육 문제로"), no predicate after it. */
  bare: boolean;
}

const LEAD_WORDS = '(?:(?:근데|그게|그러니까|아니|음+|사실|사실은|뭐|주로|요즘|맨날|항상|늘|거의|다|대부분|보통|아무래도|일단|솔직히|결국|그냥|아마|아마도)\\s)*';
const CAUSE_WORDS = '((?:[가-힣A-Za-z0-9]{1,6}\\s){0,2}?[가-힣A-Za-z0-9]{1,6}?)';
/** "X 문제로", "X 일로", "X 때문에", "X(이)라서", each with what follows; or a bare "X 문제요". */
const CAUSE = new RegExp(
  `^${LEAD_WORDS}${CAUSE_WORDS}\\s?(?:(문제|일)\\s?(?:로|때문에|땜에|땜시)|(때문에|땜에|땜시|탓에)|(이라서|라서))(?:요|이요)?(?:\\s(.+))?$`,
  'u',
);
const BARE_PROBLEM = new RegExp(`^${LEAD_WORDS}${CAUSE_WORDS}\\s?(?:(문제)(?:요|예요|에요|야|지|죠|지\\s?뭐|인\\s?것\\s?같아|인\\s?듯)?|(때문)(?:이야|이지|이죠|이에요|이요|인\\s?것\\s?같아|인\\s?거\\s?같아|인\\s?듯|일\\s?거야|일걸|이지\\s?뭐))$`, 'u');
/** Kept from doing it: "그만둘 수도 없어", "이혼도 못 해", "쉬지도 못하고", "어쩔 수가 없어". */
const BLOCKED = /수(?:도|가)?\s?없|못\s?(?:해|하|하고|하겠|그만|가|두|둬|살|떠나|벗어나|쉬|관두)|(?:지도|지를|지가)\s?못|못해|어쩔\s?수|발목|묶여|붙잡/u;
/** A predicate that makes the turn about something else: a question, a wish, the user's own fault. */
const NOT_AN_ANSWER_TAIL = /[?？]|(?:인가|일까|을까|나요|니|냐)\s*$|싶어|좋겠|미안|죄송|내\s?탓|내\s?잘못/u;
/** A cause that is a clause, not a thing: "일이 많아서" (a word with an object or topic mark before the last), "했기 때문에". */
const CLAUSE_CAUSE = /[가-힣](?:을|를|은|는)\s|(?:했|됐|었|았|겠|하기|되기|싶|않|없|있|했기|였기|이기|기)$/u;
/** Verb stems whose -아서 looks like 라서: "몰라서", "달라서", "모자라서", "놀라서". */
const STEM_BEFORE_RA = /(?:몰|달|골|잘|올|모자|자|놀|말|빨|갈|발|찔|벌|불|길|굴|흘|마르|아니|그러|이러|저러|고)$/u;

/**
 * The cause a turn gives in answer to the bot's why- or what-question, or null: "애 교육 문제로"
 * after «주로 어떤 일로 부딪혀요?» → 애 교육 (problem, bare); "근데 대출 때문에 그만둘 수도 없어"
 * after «지금 발목을 잡는 가장 큰 이유는 뭐예요?» → 대출 (because, blocked). A bare cause answers any
 * question; a turn that goes on after the cause answers only a why- or what-question. Not the user
 * or the bot as the cause ("나 때문에", "너 때문에": self-blame and pushback have their own replies).
 */
export function answerCause(text: string, lastReply: string): ToldCause | null {
  const asked = nfc(lastReply);
  if (!/[?？]\s*$/u.test(asked)) return null;
  const t = nfc(text)
    .replace(/[.!~…ㅋㅎㅠㅜ^]+$/u, '')
    .trim();
  if (t.length === 0 || t.length > 30) return null;
  const m = CAUSE.exec(t);
  const bare = m ? null : BARE_PROBLEM.exec(t);
  if (!m && !bare) return null;
  const cause = (m ?? bare)![1]!.trim();
  if (cause.split(/\s/u).some((w) => NO_CAUSE.test(w)) || CLAUSE_CAUSE.test(cause)) return null;
  if (bare) return bare[2] ? { cause, marker: 'problem', matter: '문제', blocked: false, bare: true } : { cause, marker: 'because', blocked: false, bare: true };
  const tail = (m![5] ?? '').trim();
  if (tail && (!ASKS_CAUSE.test(asked) || NOT_AN_ANSWER_TAIL.test(tail))) return null;
  if (m![4] && (STEM_BEFORE_RA.test(cause) || (m![4] === '라서' && (cause.length < 2 || batchim(cause))))) return null;
  const marker = m![2] ? 'problem' : m![4] ? 'being' : 'because';
  return { cause, marker, ...(m![2] ? { matter: m![2] as '문제' | '일' } : {}), blocked: BLOCKED.test(tail), bare: tail === '' };
}

/** "애 교육 문제로" → «아, 애 교육 문제였군요.»; "대출 때문에" → «아, 대출 때문이었군요.»; "장남이라서" → «아, 장남이라서 그랬군요.» */
export function causeLine(told: ToldCause): string {
  if (told.marker === 'being') return `아, ${told.cause}${batchim(told.cause) ? '이라서' : '라서'} 그랬군요.`;
  if (told.marker === 'problem') return told.matter === '일' ? `아, ${told.cause} 일이었군요.` : `아, ${told.cause} 문제였군요.`;
  return `아, ${told.cause} 때문이었군요.`;
}
