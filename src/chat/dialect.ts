/**
 * Regional speech read as standard Korean (session 39, dialect). Testers writing as users in their
 * 40s–60s in 경상도, 전라도, 충청도 and 제주 speech got stock replies to nearly every dialect turn:
 * 제주 "우리 어멍 요양원 들어가신지 한달 되었수다 / 마음이 하영 아팡 / 어떵 해야 할지 모르쿠다"
 * 4/4, 충청 "남편은 지 엄마인디 나 몰라라 혀" (a caregiver of a mother-in-law with dementia, a topic
 * answered in standard Korean) 5/5, 경상 "안주면 서운하다 카고 주면 우리 노후는 우짜노" 5/5. The
 * intent classifier (character n-grams + an embedding) and the rule detectors are written for
 * standard endings ("-고 하네", "-면", "-니까", "-요", "-데").
 *
 * `normalizeDialect` rewrites the endings and a few frequent words to standard Korean before the
 * engine reads the turn's meaning (intent retrieval, rule detectors, the model's emotion reading).
 * It is conservative: each rule is a form that cannot be read otherwise in standard Korean (bounded
 * by the end of a word, tied to the stems it follows), so standard text passes through unchanged
 * ("이슈", "자유", "여유", "인디 음악", "어머니께", "기라성", "수다 떨었어", "혀가 아파",
 * "그림 그려 줘", "하노이"). It never adds or drops a meaning: a quoted "-카네" becomes "-고 하네",
 * "-믄" "-면", "했슈" "했어요". Safety reads the user's own words (engine.ts), and what the user
 * wrote is what the app shows and keeps; the normalised form is only the engine's reading.
 */

const nfc = (s: string) => s.normalize('NFC');

/** The end of a word: space, punctuation, laughter or the end of the text. */
const END = '(?=$|[\\s.,!?~…;:)\\]"\'ㅋㅎㅠㅜ^]|\\.\\.)';

type Rule = readonly [RegExp, string];
const rule = (source: string, to: string): Rule => [new RegExp(source, 'gu'), to];

/** Stems a quoted "-카네/-카고" follows: "하자카네", "받으라카네", "있다 카던데", "유난이냐 카고". */
const QUOTE = '(다|자|라|냐|나|까|래)';

const RULES: readonly Rule[] = [
  // ---- 경상도 -------------------------------------------------------------------------------
  // Quoted speech: "호르몬 치료 하자카네" → "하자고 하네", "서운하다 카고" → "서운하다고 하고".
  rule(`${QUOTE}\\s?카(네|더라|더라고|고|던데|는데|더니|면|믄|니까|노|나|제|지)${END}`, '$1고 하$2'),
  rule(`(다|라)\\s?카이${END}`, '$1니까'),
  // "할매 사랑해 카더라": "사랑해 하더라".
  rule(`(해|요|야)\\s카(더라|네|데|고|던데|는데|더니)${END}`, '$1 하$2'),
  rule(`${QUOTE}\\s?칸다${END}`, '$1고 한다'),
  rule(`${QUOTE}\\s?카데${END}`, '$1고 하더라'),
  rule(`(^|\\s)(?:머|뭐)라\\s?카노${END}`, '$1뭐라고 하니'),
  rule(`(^|\\s)(?:머|뭐)라\\s?카(네|데|더라|고|던데|는데|더니)${END}`, '$1뭐라고 하$2'),
  rule(`(^|\\s)그카이${END}`, '$1그러니까'),
  rule(`(^|\\s)그카(고|니까|는데|더라)${END}`, '$1그러$2'),
  rule(`(^|\\s)그라(?:제|재)${END}`, '$1그렇지'),
  rule(`(^|\\s)그라(?:노|나)${END}`, '$1그러니'),
  rule(`(^|\\s)그라(?:믄|면)${END}`, '$1그러면'),
  rule(`(^|\\s)(?:와|왜)\\s?이라노${END}`, '$1왜 이러니'),
  rule(`(^|\\s)와이리${END}`, '$1왜 이렇게'),
  rule(`(^|\\s)우째${END}`, '$1어떻게'),
  rule(`(^|\\s)우짜(?:노|꼬)${END}`, '$1어떡하니'),
  rule(`(^|\\s)우짜겠노${END}`, '$1어쩌겠어'),
  rule(`(^|\\s)우짜(지|면|믄|라고)${END}`, '$1어쩌$2'),
  rule(`(^|\\s)우야(?:노|꼬)${END}`, '$1어떡하니'),
  rule(`(^|\\s)어떻노${END}`, '$1어때'),
  rule(`(^|\\s)(?:뭐|머)(?:꼬|고)${END}`, '$1뭐야'),
  // A question in -노 after a stem: "힘드노", "알겠노", "하노" (not "하노이": the end of a word).
  rule(`(겠|았|었|했|였|됐|드|있|없|하|되)노${END}`, '$1니'),
  rule(`(^|\\s)억수로${END}`, '$1엄청'),
  rule(`(^|\\s)마이(?=\\s+(?:힘들|힘드|외롭|아프|아파|아팠|먹|묵|컸|좋|울었|울고|무섭|걱정|속상|서운|피곤|바쁘|바빠|늙|늦|지쳤|보고\\s?싶|그립|생각))`, '$1많이'),
  rule(`(^|\\s)쪼매${END}`, '$1조금'),
  rule(`(^|\\s)쪼매(만|씩|이라도)${END}`, '$1조금$2'),
  rule(`(^|\\s)단디${END}`, '$1단단히'),
  // "산다 아이가", "서럽다 아이가": "아니야" (not "우리 아이가", a child).
  rule(`(다|제|지|기|데)\\s아이가(?=$|[.,!?~…ㅋㅎㅠㅜ^])`, '$1 아니야'),
  rule(`(거|게|것)\\s?아이(겠|다|제|지|라)`, '$1 아니$2'),
  rule(`(는|은|인|던|한|운)기라(?!성)${END}`, '$1 거야'),
  rule(`(는|은|인|던|한|운)기(다|제)${END}`, '$1 거$2'),
  rule(`(할|갈|올|될|볼|줄|살|울)끼(고|다|라|가|데)${END}`, '$1 거$2'),
  rule(`(좋|맞|됐|했|많|있|없|춥|덥|크|같)데이${END}`, '$1다'),
  rule(`(겠|았|었|했|였|됐|좋|맞)제${END}`, '$1지'),
  rule(`(하|주|보|오|가|드|쉬|자|먹)이소${END}`, '$1세요'),
  rule(`(했|됐|았|었|였|겠|맞|없|있)심더${END}`, '$1습니다'),
  rule(`(합|입|갑|됩|봅)니더${END}`, '$1니다'),
  // ---- 전라도 -------------------------------------------------------------------------------
  rule(`(했|갔|왔|됐|었|았|였|겠|좋|있|없|많|크|춥|덥|다)?당께(?:로)?${END}`, '$1다니까'),
  rule(`(^|\\s)그랑께${END}`, '$1그러니까'),
  rule(`(하|나|보|가|오|되|으|주|러|와|워|라|이)니께(?:로)?${END}`, '$1니까'),
  rule(`([가-힣])(인|는|은|헌|한|던|운|픈|른)디${END}`, '$1$2데'),
  rule(`(^|\\s)허(고|는|면|믄|니까|니께|지|기도|기만)${END}`, '$1하$2'),
  rule(`([가-힣])헌(지|데|디)${END}`, '$1한$2'),
  rule(`겄`, '겠'),
  rule(`(^|\\s)(?:허벌나게|징하게|겁나게(?!\\s?(?:하|만들)))${END}`, '$1엄청'),
  rule(`(^|\\s)겁나(?=\\s+(?:잘|조용|좋|많|크|커|맛있|예쁘|이쁘|재밌|재미있|힘들|덥|춥|바쁘|비싸|멀|빠르|높|길|귀엽|아프|아파|외롭|허전))`, '$1엄청'),
  rule(`(^|\\s)(?:워메|오메|오매|워매)${END}`, '$1어머'),
  // "거시기 뭐냐" opening a turn is a filler ("음, 뭐더라"): left out; a 거시기 standing for a thing is "그거".
  rule(`^거시기\\s(?:뭐냐|뭐시냐|머시냐|있잖아)\\s+`, ''),
  rule(`(^|\\s)거시기${END}`, '$1그거'),
  rule(`좋아부러${END}`, '좋아'),
  rule(`(아|어|져|워|해|와)부러${END}`, '$1 버려'),
  rule(`(아|어)라우${END}`, '$1요'),
  rule(`(^|\\s)솔찬히${END}`, '$1꽤'),
  // ---- 충청도 -------------------------------------------------------------------------------
  rule(`(했|였|었|았|겠|왔|갔|있|없|됐|봤|줬|났|셨)슈${END}`, '$1어요'),
  rule(`(좋|많|괜찮|같)슈${END}`, '$1아요'),
  rule(`([가-힣])(어|아|네|줘|워|와|해|돼|래|져|겠|데)유${END}`, '$1$2요'),
  rule(`(그렇|하|맞|좋|있|없|했)쥬${END}`, '$1죠'),
  rule(`(고|지|서)\\s그려(?=$|[.,!?~…ㅋㅎㅠㅜ^])`, '$1 그래'),
  rule(`(^|\\s)그려(요)?(?=$|[.,!?~…ㅋㅎㅠㅜ^])`, '$1그래$2'),
  rule(`괜찮여${END}`, '괜찮아'),
  rule(`찮혀${END}`, '찮아'),
  rule(`(^|\\s)아녀${END}`, '$1아니야'),
  rule(`([가-힣])이여${END}`, '$1이야'),
  rule(`(^|\\s)(?:뭐|머|뭣)여${END}`, '$1뭐야'),
  rule(`(는|은|던|할|갈|될|한)겨${END}`, '$1 거야'),
  rule(`(은|는|런|한)가벼${END}`, '$1가 봐'),
  rule(`(라|다|고|면)\\s혀(서|요)?${END}`, '$1 해$2'),
  rule(`(조용|말|일|생각|걱정|좋아|싫어)혀(서|요)?${END}`, '$1해$2'),
  rule(`(^|\\s)워쩌`, '$1어쩌'),
  rule(`(^|\\s)워디${END}`, '$1어디'),
  rule(`같어${END}`, '같아'),
  rule(`(^|\\s|줄|지|다)알어${END}`, '$1알아'),
  // ---- 제주 ---------------------------------------------------------------------------------
  rule(`(했|였|었|았|됐|겠|있|없|좋)수다${END}`, '$1어요'),
  rule(`(^|\\s)(?:어멍)`, '$1엄마'),
  rule(`(^|\\s)(?:아방)(?=[이은는도을를한께가]|\\s|$)`, '$1아빠'),
  rule(`([가-힣])마씸${END}`, '$1요'),
  rule(`(^|\\s)하영(?=\\s+(?:아팡|아파|아프|아팠|좋|먹|있|없|힘들|고마|슬프|외롭|보고))`, '$1많이'),
  rule(`아팡${END}`, '아파'),
  rule(`(^|\\s)어떵${END}`, '$1어떻게'),
  rule(`(모르|하|좋|가|살)쿠다${END}`, '$1겠어요'),
  rule(`(^|\\s)(가|하|오|보|먹)젠\\s(허|하)멍${END}`, '$1$2겠다고 하면서'),
  rule(`(^|\\s)허멍${END}`, '$1하면서'),
  rule(`(^|\\s)무사(?=\\s(?!귀환|히|하))`, '$1왜'),
  rule(`(^|\\s)경\\s(허|하)(믄|면|니까|난)${END}`, '$1그렇게 하$3'),
  rule(`(^|\\s)햄수다${END}`, '$1하고 있어요'),
  // ---- shared: "-믄" for "-면" ("쓰러지믄", "보믄", "가믄", "하다보믄") -----------------------------
  rule(`([가-힣])믄${END}`, '$1면'),
];

/** The turn with regional endings and words in standard Korean; standard text comes back unchanged. */
export function normalizeDialect(text: string): string {
  let t = nfc(text);
  for (const [re, to] of RULES) t = t.replace(re, to);
  return t;
}

/** Whether the turn has any regional form the normaliser rewrites. */
export function hasDialect(text: string): boolean {
  return normalizeDialect(text) !== nfc(text);
}
