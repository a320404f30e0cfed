/**
 * Memory and repetition over long conversations (session 37, "longmem").
 *
 * A tester held 17 conversations of 13–21 turns with the CLI and found:
 * - The same question in other words: «그 일을 떠올리면 지금은 어떤 마음이 들어요?» (13 times),
 *   «지금은 어떤 마음이 더 크게 남아 있어요?» (11), «그 일이 지금 마음에 어떻게 남아 있어요?» (8), three to
 *   five times in one conversation. Reply ids only stop word-for-word repeats. questionKind reads the
 *   shape of a question ('feeling-now', 'who-there', 'weighs-most', …) and kindAllowed keeps a kind
 *   from being asked twice in a row or more than twice in a conversation; when no fitting question is
 *   left the engine says a reflection without one. The last kind asked is also the one the user has
 *   just answered: "제일 걱정되는 건 …" after «가장 걱정되는 부분은 어떤 거예요?» was asked «요즘 가장 마음이
 *   쓰이는 건 어떤 부분이에요?». What the turn itself tells counts too (toldKinds): a coworker named
 *   as the one who found the mistake was followed by «그때 곁에 누가 함께 있었어요?».
 * - Openings «이야기해 줘서 고마워요» (24 times) and «그랬군요 / 그런 일이 있었군요» (22): openingOf and
 *   OPENING_CAP, at most twice a conversation; a spent opening is left out (trimSpent).
 * - Names lost: the bot said «남편 이름이 성훈이군요» at turn 2 and at turn 13 "제가 아까 남편 이름 뭐라고
 *   했는지 기억하세요?" got «그 사람 이름은 제가 듣지 못한 것 같아요»: the state keeps only the last few
 *   texts. peopleTold reads a name with who the person is (남편 성훈, 박 팀장님, 강아지 초코, 태우 선배),
 *   kept in the state (at most MAX_PEOPLE) for the whole conversation; recallPerson answers from it.
 * - References back ("아까 말한 태우 선배한테 연락해서 물어볼까" got the template for texting an ex;
 *   "면접 얘기는 됐고, 준호 생각하면 또 열받아" a failed interview): referredPerson finds a kept person
 *   named again, and the engine answers with the name instead of another story's template.
 * - Endings: a second "안녕" after a goodbye re-introduced the bot, "참 하은이가 제 생일엔 케이크
 *   만들어줬었어요" after one got «생일 축하해요!», and "이제 공부하러 감 ㅂㅂ" was not read as leaving:
 *   saysBye, afterBye and AFTER_BYE_REPLIES.
 * All functions are pure.
 */

import { bareNamesTold } from './names';

const nfc = (text: string): string => text.normalize('NFC').trim();

function batchim(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  if (c >= 0x30 && c <= 0x39) return '0136780'.includes(word[word.length - 1]!);
  return c >= 0xac00 && c <= 0xd7a3 && (c - 0xac00) % 28 !== 0;
}

// ── 1. Question kinds ────────────────────────────────────────────────────────────────────────

export type QuestionKind =
  | 'what-helps'
  | 'who-there'
  | 'support'
  | 'how-long'
  | 'when-strongest'
  | 'weighs-most'
  | 'feeling-then'
  | 'feeling-now'
  | 'how-day'
  | 'what-happened'
  | 'body-care'
  | 'wish'
  | 'anything'
  | 'glad-anything'
  | 'told-them';

/**
 * Session 41 (stockq): a question that asks whether anything is going on at all ("요즘 마음에 걸리는
 * 일은 없어요?", "요즘 소소하게 즐거운 일이 있었어요?", "오늘 하루는 어떻게 보내고 있어요?", "오늘 제일
 * 좋았던 순간은 언제였어요?"): an opener, deaf once the user has told what is going on. Not one tied to
 * the story ("그 일이 있고 나서 요즘은 어떻게 지내고 있어요?", "그 마음을 안고 오늘 하루는 어떻게 보냈어요?").
 */
const ANCHORED = /(?:^|\s)그\s?(?:일|마음|상처|걱정|기쁨|기분|이야기|얘기|사람|말|순간)/u;
const ANYTHING = /(?:요즘|오늘|이번\s?주|최근)[^?]*(?:마음에\s?걸리는\s?(?:일|게|거)|기억에\s?남는\s?(?:게|일|거)|(?:어떻게|어떤\s?하루를?)\s?(?:보내고|지나가고|흘러가고)\s?있|하루는\s?어떻게\s?보냈|자주\s?하는\s?생각)/u;
/**
 * The same for good things ("요즘 소소하게 즐거운 일이 있었어요?", "오늘 제일 좋았던 순간은 언제였어요?"):
 * deaf once good news is told. Not "오늘 제일 크게 웃었던 순간은 언제였어요?" after laughing with friends: that asks into it.
 */
const GLAD_ANYTHING = /(?:요즘|오늘|이번\s?주|최근)[^?]*(?:즐거운\s?일|좋았던\s?(?:순간|일)|좋은\s?일이\s?(?:있었|있어))/u;
/**
 * Whether the user told the other person ("그 친구에게 이 마음을 말해 봤어요?", "그 사람에게 내 마음을
 * 표현해 본 적 있어요?"): asked once. c11 of session 41's tester got both, three turns apart.
 */
const TOLD_THEM =
  /(?:그\s?(?:친구|사람|분|애)|상대|그쪽|(?:엄마|아빠|부모님|남편|아내|남친|여친|남자\s?친구|여자\s?친구|애인|팀장님?|상사|친구|가족)(?:에게|한테|께))[^?]*(?:말해|얘기해|이야기해|표현해|전해|털어놓아?|티\s?내|말씀드려)\s?(?:봤|본\s?적)/u;

/** In order: the first shape that fits a question names its kind. */
const KINDS: ReadonlyArray<readonly [QuestionKind, RegExp]> = [
  ['anything', /^/u],
  ['glad-anything', /^/u],
  ['told-them', TOLD_THEM],
  ['what-helps', /위로가\s?되|(?:마음을|어떻게)\s?(?:달래|풀)|도움이\s?(?:되|됐)|편하게\s?해\s?줄|가라앉을|힘이\s?되|내려놓을\s?수|어떻게\s?지나왔|숨\s?돌릴|무엇이\s?있으면/u],
  ['who-there', /누가\s?(?:함께\s?|같이\s?|곁에\s?|옆에\s?)?있었|곁에\s?누가|옆에\s?누가/u],
  ['support', /(?:기댈|의지할|나눌|털어놓을|슬퍼해\s?줄|연락을\s?나누는|보낼)\s?(?:수\s?있는\s?)?사람|털어놓은\s?적|(?:이야기|얘기|말)해\s?본\s?적|나눠\s?본\s?적|누구와\s?함께\s?나누/u],
  ['how-long', /언제부터|처음이었|쌓여\s?온|전에도|처음\s?느낀\s?게|얼마나\s?(?:됐|오래|지났)/u],
  ['when-strongest', /언제|하루\s?중/u],
  ['weighs-most', /(?:가장|제일|특히)\s?(?:걱정|마음(?:이|을|에)?\s?(?:쓰이|무겁|걸[리려렸])|버거|힘든|견디기|두려|무서)|마음에\s?걸리는|걱정되는\s?(?:건|부분|점)|걱정을\s?하나씩/u],
  ['feeling-then', /(?:그때|그\s?순간|처음|들었을\s?때|알았을\s?때|알게\s?된\s?순간)[^?]*(?:어떤\s?(?:마음|생각|기분)|먼저\s?(?:들|떠오))|먼저\s?(?:들었|떠올)/u],
  ['feeling-now', /(?:지금|요즘|이제)[^?]*(?:어떤\s?(?:마음|기분)|남아\s?있)|(?:마음|기분)[은이]\s?(?:좀\s)?(?:어때|어떤)|어떻게\s?남아|마음[은이]?\s?처음보다|아니면\s?아직\s?그대로|하면서\s?(?:어떤\s?)?(?:마음|기분)/u],
  // How the day or these days go; small talk of other things (songs, what interests them) has no kind.
  ['how-day', /하루[는를]?\s?(?:어떻게|어땠)|오늘\s?남은\s?시간|어떻게\s?지내/u],
  ['what-happened', /더\s?(?:자세히\s?)?(?:들려|이야기해|얘기해|말해)|무슨\s?일|어떻게\s?됐|어떤\s?내용|말해\s?줄\s?수\s?있|남아\s?있는\s?이야기|어떤\s?분위기/u],
  ['body-care', /잠은|밥은|몸\s?어디|몸과\s?마음/u],
  ['wish', /바라|어떻게\s?되기를|흘러가면|지나간다면|고\s?싶(?:은|어)/u],
];

/** The kind of one question sentence, or null when it has no shape this module knows. */
export function questionKind(question: string): QuestionKind | null {
  const q = nfc(question);
  // Openers first (session 41): not one tied to the story ("그 일이 있고 나서 요즘은 어떻게 지내고 있어요?").
  if (!ANCHORED.test(q)) {
    if (ANYTHING.test(q)) return 'anything';
    if (GLAD_ANYTHING.test(q)) return 'glad-anything';
  }
  for (const [kind, re] of KINDS) if (kind !== 'anything' && kind !== 'glad-anything' && re.test(q)) return kind;
  return null;
}

/** The question sentences of a reply. */
export function questionsOf(reply: string): string[] {
  return nfc(reply)
    .split(/(?<=[.?!…])\s+/u)
    .map((s) => s.trim())
    .filter((s) => s.endsWith('?'));
}

/** The kinds a reply asks, in order. */
export function kindsAsked(reply: string): QuestionKind[] {
  return questionsOf(reply)
    .map(questionKind)
    .filter((k): k is QuestionKind => k !== null);
}

/** At most this many questions of one kind in a conversation. */
export const KIND_CAP = 2;
/** Kinds that are the same question however worded: asked once (session 41). */
const ONCE: ReadonlySet<QuestionKind | string> = new Set(['anything', 'glad-anything', 'told-them', 'weighs-most']);

/**
 * Whether a question of this kind may be asked now: not the kind just asked (the user has just
 * answered it), not one the turn itself or the user before told (`told`), not one asked KIND_CAP
 * times already (once for ONCE kinds).
 */
export function kindAllowed(kind: QuestionKind | null, asked: readonly string[], told: readonly string[] = []): boolean {
  if (!kind) return true;
  if (asked.at(-1) === kind || told.includes(kind)) return false;
  return asked.filter((k) => k === kind).length < (ONCE.has(kind) ? 1 : KIND_CAP);
}

/**
 * A short key of a question sentence, the same for the same words however spaced or ended
 * (session 41): two intents share «그 말을 들었을 때 뭐라고 대답했어요?», and a user who told a
 * compliment in two turns was asked it twice. Kept in the memo instead of the sentence (FNV-1a).
 */
export function questionKey(question: string): string {
  let h = 0x811c9dc5;
  for (const ch of nfc(question).replace(/[\s.?!…~,]/gu, '')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** Whether every question of a reply may be asked now (and none was asked word for word before: `said`). */
export function questionsAllowed(reply: string, asked: readonly string[], toldNow: readonly string[] = [], said: readonly string[] = []): boolean {
  return questionsOf(reply).every((q) => kindAllowed(questionKind(q), asked, toldNow) && !said.includes(questionKey(q)));
}

/** Someone named as there or doing something ("이정민 대리님이 발견해서"): who was there is told. */
const SOMEONE_THERE = /(?:[가-힣]{2,4}\s?(?:대리|과장|부장|팀장|선배|후배|동기|동료|선생)님?|친구|엄마|아빠|언니|누나|오빠|형|동생|남편|아내|남친|여친|[가-힣]{2,3}(?:씨|이))(?:가|이|도|께서|랑|이랑|하고)\s/u;
/** What worries most, said outright ("제일 걱정되는 건 …"). */
const WORRY_TOLD = /(?:제일|가장)\s?(?:걱정(?:되는|인|스러운)|무서운|두려운|마음에\s?걸리는|힘든)\s?(?:건|게|거|부분은|점은)/u;

/**
 * How long it has gone on, or whether it happened before, said outright (session 41): "응 한 달째
 * 이래", "이번주 내내 이래", "한 두 달 정도?", "응 처음이야 이런 거". Not a plan ("2주 뒤에"), not the
 * time since an event ("애기 낳은지 3주 됐어요": how long the feeling has lasted is still to ask), and
 * "맨날" says it recurs, not since when (topics.ts 'recurrence').
 */
const LENGTH_WORD = '(?:(?:[0-9]+|한|두|세|석|네|넉|다섯|여섯|몇|반|한\\s?두|두\\s?세|서너)\\s?(?:년|개월|달|주)|[0-9]+\\s?일|일주일|며칠)';
const HOW_LONG_TOLD = new RegExp(
  [
    // Going on for that long: "한 달째", "이번주 내내", "요즘 계속".
    `${LENGTH_WORD}\\s?(?:째|내내)`,
    '(?:이번\\s?주|이번\\s?달|주말|한동안|올해)\\s?(?:내내|계속|째)',
    // A bare length in answer: "한 두 달 정도?", "3년 정도요", "응 한 5년 됐어" (not "애기 낳은지 3주 됐어요": time since).
    `^(?:(?:응|어|네|ㅇㅇ|음)\\s)?(?:한\\s)?(?:약\\s?|대략\\s?|거의\\s?)?${LENGTH_WORD}\\s?(?:정도|쯤|가까이|넘게|넘었어|됐어|된\\s?것\\s?같아)?\\s?(?:이요|요|예요|이에요)?[?？.~]*$`,
    '(?:^|\\s)(?:처음이|처음\\s?있|처음\\s?겪|전에도|예전부터)',
  ].join('|'),
  'u',
);
/** Nothing much going on, said outright ("별일 없어", "그냥 그래"): the day is told, and that nothing weighs. */
const NOTHING_MUCH = /별일\s?(?:없|없었|아니)|별\s?거\s?없|(?:^|\s)그냥\s?(?:그래|그렇|그럭저럭|저냥)|그럭저럭|평범(?:했|해|하)|무난(?:했|해|하)|똑같(?:지|았|아|애)|쏘쏘/u;
/** The other person told or not told ("부모님한테는 말 못해", "말은 안 했어", "얘기했는데"; session 41). */
const TOLD_THEM_TOLD =
  /(?:말|얘기|이야기)(?:은|는|도|을|를)?\s?(?:못\s?(?:하|해|했|꺼)|안\s?(?:하|해|했)|해\s?봤|꺼냈|할\s?수\s?(?:없|가\s?없))|(?:말|얘기|이야기)(?:은|는|도)\s?했|털어놨|(?:표현|티)(?:는|도|를|을)?\s?(?:했|냈|못\s?(?:하|해|했|냈)|안\s?(?:했|냈))/u;
/** A turn that tells something, not a greeting or a word: enough that an opener question comes too late. */
const MATTER_MIN_LETTERS = 12;

/** The kinds this very turn already answers. */
export function toldKinds(text: string): QuestionKind[] {
  const t = nfc(text);
  const told: QuestionKind[] = [];
  if (SOMEONE_THERE.test(`${t} `)) told.push('who-there');
  if (WORRY_TOLD.test(t)) told.push('weighs-most');
  // Session 41 (stockq): how long, whether the other person was told, whether anything is going on.
  if (HOW_LONG_TOLD.test(t) && !/뒤|후에|후면|남았|예정/u.test(t)) told.push('how-long');
  if (TOLD_THEM_TOLD.test(t)) told.push('told-them');
  if (NOTHING_MUCH.test(t) || (t.replace(/[^가-힣]/gu, '').length >= MATTER_MIN_LETTERS && !/[?？]\s*$/u.test(t))) told.push('anything');
  return told;
}

/** Said instead of a question when every fitting kind is spent (ids `longmem:rest#n`). */
export const REST_LINES: readonly string[] = ['천천히 이야기해도 괜찮아요. 듣고 있을게요.', '더 하고 싶은 이야기가 있으면 편하게 이어서 해 줘요.', '떠오르는 대로 말해도 괜찮아요. 여기 있을게요.'];
export const REST_PREFIX = 'longmem:rest';

// ── 2. Openings ──────────────────────────────────────────────────────────────────────────────

export type Opening = 'thanks' | 'ack';
const OPENINGS: ReadonlyArray<readonly [Opening, RegExp]> = [
  ['thanks', /^(?:(?:이야기|얘기)(?:를)?\s?(?:해|들려)\s?줘서\s?고마워요)/u],
  ['ack', /^(?:그랬군요|그런\s?일이\s?있었군요|그렇게\s?된\s?거였군요)/u],
];
/** At most this many replies open with one opening in a conversation. */
export const OPENING_CAP = 2;

export function openingOf(reply: string): Opening | null {
  const t = nfc(reply);
  for (const [kind, re] of OPENINGS) if (re.test(t)) return kind;
  return null;
}

export function openingAllowed(reply: string, openings: readonly string[]): boolean {
  const o = openingOf(reply);
  return !o || openings.filter((x) => x === o).length < OPENING_CAP;
}

/**
 * The reply without a spent opening sentence ("이야기해 줘서 고마워요, 꺼내기 쉽지 않았을 텐데요." a third
 * time) and without a last question of a spent kind, when something is left to say; else as it was.
 */
export function trimSpent(reply: string, openings: readonly string[], asked: readonly string[], toldNow: readonly string[] = [], said: readonly string[] = []): string {
  let sentences = nfc(reply).split(/(?<=[.?!…])\s+/u);
  if (sentences.length > 1 && !openingAllowed(sentences[0]!, openings)) sentences = sentences.slice(1);
  const last = sentences.at(-1) ?? '';
  if (sentences.length > 1 && last.endsWith('?') && (!kindAllowed(questionKind(last), asked, toldNow) || said.includes(questionKey(last)))) sentences = sentences.slice(0, -1);
  return sentences.join(' ');
}

// ── 3. People named ──────────────────────────────────────────────────────────────────────────

export interface Person {
  name: string;
  /** The turn it was told in, shortened: "누가 … 했다고 했지?" is answered from it. */
  said?: string;
  /** Who the person is to the user ("남편", "팀장님", "강아지"); '' when not said. */
  role: string;
  /** Told as a name outright ("이름은 …"). */
  named?: boolean;
  /** Told as a partner ("3년 사귄 민지랑", "민지랑 헤어졌어"; names.ts, session 38). */
  tie?: 'partner';
}
/** People kept for a conversation, the latest last. */
export const MAX_PEOPLE = 8;

const ROLES =
  '남편|아내|와이프|신랑|남친|여친|남자\\s?친구|여자\\s?친구|애인|친구|선배|후배|동기|동료|아들|딸|남동생|여동생|동생|언니|누나|오빠|형|조카|손자|손녀|강아지|고양이|반려견|반려묘';
const TITLES = '팀장님|팀장|대리님|대리|과장님|과장|부장님|부장|차장님|차장|실장님|실장|사장님|사장|선배|후배|쌤|선생님|씨';
/** Words that follow a role but are no name ("남편 회사가", "친구 남친이랑"). */
const NOT_A_NAME =
  /^(?:회사|직장|집|생일|문제|때문|얘기|이야기|말|일|폰|차|부모님|부모|엄마|아빠|가족|사이|결혼|결혼식|선물|연락|카톡|전화|앞|옆|덕분|관계|산책|사료|밥|병원|학교|학원|친구|남친|여친|애인|남편|아내|동생|언니|누나|오빠|형|선배|후배|동기|동료|들|하나|둘|셋|한명|한\s?명|없|모두|다|중|같|처럼|보다|생각|소식|방|시댁|처가|장례|장례식|군대|입대|훈련소|상태|건강|성격|이름|나이|얼굴|마음|기분|탓|편|몫|거|것|게|건|그|이|저|우리|저희|제|내|새로|원래|다른|옛|전|진짜|정말|너무|요즘|오늘|어제|내일|아까|다시|그냥|리드|개발자|회사|대학|고등학교|중학교|초등학교|동네|직속|담당|부서|팀|우리팀|옆팀|새|신입|막내)$/u;
const SURNAME = /^(?:김|이|박|최|정|강|조|윤|장|임|한|오|서|신|권|황|안|송|류|유|홍|전|고|문|양|손|배|백|허|남|심|노|하|곽|성|차|주|우|구|민|진|지|엄|채|원|천|방|공|현|함|변|염|여|추|도|소|석|선|설|마|길|연|위|표|명|기|반|라|왕|금|옥|육|인|맹|제|모|탁|국|어|은|편|용|예|경|봉)$/u;

const ROLE_FIRST = new RegExp(`(?:^|[\\s,.])(${ROLES})\\s([가-힣]{2,3}?)(?:이)?(?:가|는|랑|한테|도|를|의|와|하고|씨|처럼|말대로)(?:도|는|만)?(?=[\\s,.!?~]|$)`, 'gu');
const NAME_FIRST = new RegExp(`(?:^|[\\s,.])([가-힣]{1,3})\\s?(${TITLES})(?=[\\s,.!?~]|이|가|은|는|을|를|도|랑|이랑|한테|께|의|처럼|$)`, 'gu');
const NAMED_AS = new RegExp(`(?:(?:^|[\\s,.])(${ROLES}|팀장님?|대리님?|과장님?|부장님?|선생님)\\s?)?이름(?:은|이)?\\s?([가-힣]{1,4}?)(?:이에요|예요|에요|이야|야|이요|요|임|입니다|이고|고|이라고|라고|인데요?|이래요|래요)(?=$|[\\s.,!~ㅋㅎ])`, 'u');

function cleanRole(role: string): string {
  return role.replace(/\s/gu, '');
}

/** The people a turn names, with who they are: "남편 이름은 성훈이에요", "새로 온 박 팀장님이", "강아지 초코가". */
export function peopleTold(text: string): Person[] {
  const t = nfc(text);
  const found: Person[] = [];
  const add = (said: string, role: string, named = false) => {
    // "남편 도윤씨가": the name without 씨.
    const name = said.length >= 3 && said.endsWith('씨') ? said.slice(0, -1) : said;
    if (NOT_A_NAME.test(name) || /^(?:이름|그분|그애|걔|쟤)/u.test(name)) return;
    if (name.length === 1 && !SURNAME.test(name)) return;
    // "직급이 과장": a word with its particle is no name.
    if (!named && name.length === 3 && /[이가은는을를의도에랑]$/u.test(name)) return;
    if (found.some((p) => p.name === name || (p.named && p.name.startsWith(name)))) return;
    found.push({ name, role: cleanRole(role), said: t.slice(0, 60), ...(named ? { named } : {}) });
  };
  const named = NAMED_AS.exec(t);
  if (named) {
    // "딸 하나 있어요. 이름은 서윤이에요": the last role said before the name.
    const before = t.slice(0, named.index + (named[1] ? 0 : 1));
    const roleBefore = named[1] ?? [...before.matchAll(new RegExp(`(${ROLES})`, 'gu'))].at(-1)?.[1] ?? '';
    add(named[2]!, roleBefore, true);
  }
  for (const m of t.matchAll(ROLE_FIRST)) add(m[2]!, m[1]!);
  for (const m of t.matchAll(NAME_FIRST)) {
    const name = m[1]!;
    if (m[2] === '씨' && (name.length < 2 || /^(?:아저|아가|아주머|아줌|언니|오빠|누나|형|동생|애기|아기)$/u.test(name))) continue;
    add(name, m[2]!);
  }
  // Session 38 (names.ts): a bare name in a tight frame ("3년 사귄 민지랑", "수진이랑 싸웠어").
  for (const b of bareNamesTold(t)) {
    const at = found.findIndex((p) => p.name === b.name);
    if (at < 0) add(b.name, '');
    const p = found.find((x) => x.name === b.name);
    if (p && b.tie) p.tie = b.tie;
  }
  return found;
}

/** The kept people with this turn's added (a name told again keeps its known role), at most MAX_PEOPLE. */
export function keepPeople(kept: readonly Person[], told: readonly Person[]): Person[] {
  const out = [...kept];
  for (const p of told) {
    // "박과장님이" after "이름이 박과장인데요": the one named, not a new 박.
    if (out.some((k) => k.named && k.name !== p.name && k.name.startsWith(p.name))) continue;
    const at = out.findIndex((k) => k.name === p.name);
    const known = at >= 0 ? out[at]!.role : '';
    const role = p.role && !(p.role === '씨' && known) ? p.role : known;
    const said = at >= 0 && out[at]!.said ? out[at]!.said : p.said;
    const named = p.named || (at >= 0 && out[at]!.named);
    const tie = p.tie ?? (at >= 0 ? out[at]!.tie : undefined);
    if (at >= 0) out.splice(at, 1);
    out.push({ name: p.name, role, ...(said ? { said } : {}), ...(named ? { named: true } : {}), ...(tie ? { tie } : {}) });
  }
  return out.slice(-MAX_PEOPLE);
}

const PETS = /^(?:강아지|고양이|반려견|반려묘)$/u;
const WORK_TITLES = /^(?:팀장|대리|과장|부장|차장|실장|사장)(?:님)?$/u;

/** How the bot calls a kept person: "성훈 씨", "박 팀장님", "태우 선배", "초코", "민지", "소연이". */
export function calledAs(p: Person): string {
  if (WORK_TITLES.test(p.role)) return `${p.name} ${p.role.endsWith('님') ? p.role : `${p.role}님`}`;
  if (/^(?:선배|후배|쌤|선생님)$/u.test(p.role)) return `${p.name} ${p.role}`;
  if (/^(?:씨|남편|아내|와이프|신랑|애인|남친|여친|남자친구|여자친구)$/u.test(p.role)) return `${p.name} 씨`;
  if (PETS.test(p.role)) return p.name;
  // A friend or a child is called as people call them: "소연이", "민재".
  return p.name.length >= 2 && batchim(p.name) ? `${p.name}이` : p.name;
}

/** "민재" → "민재군요", "성훈" → "성훈이군요". */
export function nameIs(name: string): string {
  return `${name}${batchim(name) ? '이군요' : '군요'}`;
}

/** "그 팀장", "남편 이름": the role a question or a reference names, matched to a kept person. */
function personByRole(text: string, people: readonly Person[]): Person | null {
  for (const p of [...people].reverse()) {
    if (!p.role) continue;
    const base = p.role.replace(/님$/u, '');
    if (new RegExp(`${base}`, 'u').test(text)) return p;
  }
  return null;
}

/** A kept person named (by name) in the text, the latest kept first. */
export function personNamed(text: string, people: readonly Person[]): Person | null {
  return personByName(nfc(text), people);
}
function personByName(text: string, people: readonly Person[]): Person | null {
  for (const p of [...people].reverse()) {
    const base = p.role.replace(/님$/u, '');
    const re =
      p.name.length === 1
        ? new RegExp(`(?:^|[^가-힣])${p.name}\\s?${base || '씨'}`, 'u')
        : new RegExp(`(?:^|[^가-힣])${p.name}(?:이)?(?:$|[^가-힣]|씨|가|는|랑|한테|도|를|의|와|하고|처럼|말대로|얘기|이야기|생각|\\s?(?:${ROLES}|${TITLES}))`, 'u');
    if (re.test(text)) return p;
  }
  return null;
}

/** "제가 아까 남편 이름 뭐라고 했는지 기억하세요?", "그 팀장 이름 뭐였지?": a kept person's name asked back. */
const ASKS_NAME = /이름\s?(?:을|이|은)?\s?(?:기억|뭐|머|뭔지|뭐였|뭐라|알아|알지|생각나)/u;
/** "내가 아까 누가 실수 발견해줬다고 했는지 기억해?": who did it, asked back. */
const ASKS_WHO = /누가\s?(.{1,20}?)(?:다고|라고)\s?(?:했는지|했지|했더라|말했)/u;

export function recallPerson(text: string, people: readonly Person[], earlier: readonly string[] = []): string | null {
  const t = nfc(text);
  if (!/[?？]|기억|뭐였|뭐라고/u.test(t)) return null;
  if (ASKS_NAME.test(t) && !/(?:^|\s)(?:내|제|나|저|너|니|네|당신)\s?이름/u.test(t)) {
    if (people.length === 0) return null;
    const bare = people.length === 1 || !/[가-힣]{1,4}\s?이름/u.test(t.replace(/(?:그|그\s?사람|걔)\s?이름/u, ''));
    const p = personByRole(t, people) ?? (bare ? (people.filter((x) => x.named).at(-1) ?? people.at(-1)!) : null);
    if (!p) return null;
    const about = p.role && p.role !== '씨' ? `${p.role} 이름은 ` : '';
    const called = calledAs(p);
    return `${called}${batchim(called) ? '이요' : '요'}. ${about}${p.name}${batchim(p.name) ? '이라고' : '라고'} 했어요.`;
  }
  const who = ASKS_WHO.exec(t);
  if (who && people.length > 0) {
    const stem = (who[1]!.trim().split(/\s+/u).at(-1) ?? '').slice(0, 2);
    const told = [...people.map((p) => p.said ?? ''), ...earlier].reverse();
    for (const said of told) {
      const s = nfc(said);
      if (stem.length < 2 || !s.includes(stem)) continue;
      const p = personByName(s, people);
      if (p) {
        const called = calledAs(p);
        return `${called}${batchim(called) ? '이요' : '요'}. 아까 그렇게 말해 줬죠.`;
      }
    }
  }
  return null;
}

/**
 * The kept person a turn goes back to, or null: "아까 말한 태우 선배", "다시 민지 얘기로", "준호 생각하면
 * 또", "아까 그 대리님", "그 팀장 말이야". The going back must be said of the person: "다시 결혼 얘기로
 * 돌아가면, 이번 주말에 도윤씨랑…" goes back to the marriage, and is answered as a plan.
 */
export function referredPerson(text: string, people: readonly Person[]): Person | null {
  const t = nfc(text);
  const back = '(?:아까|다시|아까\\s?(?:말한|말했던|얘기한|얘기했던|말했던))';
  for (const p of [...people].reverse()) {
    const base = p.role.replace(/님$/u, '');
    const who = p.name.length === 1 ? `${p.name}\\s?${base}` : `${p.name}(?:이)?(?:\\s?(?:씨|${base || '씨'}))?`;
    const re = new RegExp(`${back}\\s?(?:말한\\s|말했던\\s|얘기한\\s)?(?:그\\s?)?${who}|${who}\\s?(?:얘기|이야기)(?:로|하면|는|인데|좀)|${who}\\s?생각하면|(?:^|\\s)그\\s?${who}\\s?(?:말이야|말이에요|있잖아)`, 'u');
    if (re.test(t)) return p;
  }
  // "아까 말한 그 팀장님", "그 팀장 말이야": the role with 그 in front.
  const role = /(?:아까\s?(?:말한\s?|얘기한\s?)?그\s?|^그\s?)(팀장|대리|과장|부장|선배|후배)(?:님)?(?:\s?말이|이|가|은|는|처럼|한테|\s)/u.exec(t)?.[1];
  return role ? (people.filter((p) => p.role.replace(/님$/u, '') === role).at(-1) ?? null) : null;
}

/** Weighing whether to do something ("연락해볼까", "갈까말까", "헤어지는게 맞겠지?"). */
const WEIGHS = /(?:ㄹ|[가-힣])까\s?(?:말까|생각|고민|싶)|말까|맞겠지|맞을까|고민\s?중|(?:볼|할|갈|줄|낼|살)까[?？\s]*$|(?:볼|할|갈|줄)까요[?？\s]*$/u;

/** The lead of a reply to a turn that goes back to a kept person. */
export function referenceLead(text: string, p: Person): { lead: string; weighs: boolean } {
  const weighs = WEIGHS.test(nfc(text));
  return { lead: `${calledAs(p)} 얘기군요.`, weighs };
}

export const WEIGH_REPLY = (p: Person): string => `아까 말한 ${calledAs(p)} 얘기군요. 쉽게 정하기 어려운 고민이죠. 지금은 마음이 어느 쪽으로 조금 더 기울어요?`;

// ── 4. Goodbyes ──────────────────────────────────────────────────────────────────────────────

/**
 * "이제 공부하러 감 ㅂㅂ", "다시 공부하러 간다", "이만 갈게요": leaving now. Not a plan ("내일 놀러 간다"),
 * not someone else ("엄마가 공부하러 가래"), not a wish against it ("학원 가야 하는데 가기 싫어").
 */
const BYE_MARK = /(?:ㅂㅂ|ㅃㅃ|ㅂ2|바이바이|빠이|bye)\s*[~!.ㅎㅋ]*$/iu;
const GOING_NOW = /^(?:아\s?|자\s?)?(?:이제|그럼|난|나|저|전|다시|얼른|슬슬)?\s?(?:[가-힣]{1,6}\s)?[가-힣]{1,6}(?:하|먹으|자|씻으|놀)?러\s?(?:감|간다|갈게|갈게요|갑니다|가볼게|가볼게요|가야겠다|가야지|가요|가야겠어요|가야\s?해요?|가야\s?돼요?|가야겠음)\s*(?:ㅂㅂ|ㅃㅃ|안녕|바이)?\s*[~!.ㅎㅋ]*$/u;
const LEAVING_NOW = /(?:^|\s)이만\s?(?:갈게요?|가볼게요?|가야겠어요?|들어갈게요?|갑니다|가요)[.!~ㅎㅋ]*$|(?:^|[\s.])이제\s?(?:좀\s)?(?:쉴게요?|쉬러\s?갈게요?)[.!~ㅎㅋ]*$/u;
/** "감사해요 좋은 하루 보내세요", "안녕히 계세요": a closing wish, whatever was before it. */
const CLOSING = /좋은\s?(?:하루|저녁|주말|밤|시간)\s?(?:보내세요|보내요|되세요|돼요)[.!~ㅎ]*$|(?:^|\s)안녕히\s?(?:계세요|가세요)[.!~ㅎ]*$/u;
const NOT_NOW = /내일|모레|다음|주말|나중에|이번\s?(?:주|달)|방학|[가-힣]+(?:가|이)\s[가-힣]*러\s?가래|싫/u;

export function saysBye(text: string): boolean {
  const t = nfc(text);
  // Going to sleep is the good-night intent's and memory.ts's.
  if (CLOSING.test(t)) return true;
  if (NOT_NOW.test(t) || /[?？]/u.test(t) || /자러|잘게|잘래/u.test(t)) return false;
  if (LEAVING_NOW.test(t)) return true;
  if (t.replace(/[^가-힣]/gu, '').length > 18) return false;
  return BYE_MARK.test(t) || GOING_NOW.test(t);
}

/** The reply ids of a goodbye. */
export const BYE_IDS = /^(?:meta_goodbye|meta_good_night)#|^pushback:leave|^memory:close|^longmem:bye/u;

/** Whether a goodbye was said among the last two replies. */
export function afterBye(used: readonly string[]): boolean {
  return used.slice(-2).some((id) => BYE_IDS.test(id));
}

/** A bare greeting ("안녕", "안녕히 계세요", "ㅂㅂ") after a goodbye is one more goodbye. */
export function byeAgain(text: string): boolean {
  return /^(?:안녕|안녕히\s?(?:계세요|가세요)|ㅂㅂ|ㅃㅃ|바이|잘\s?있어|진짜\s?안녕|그럼\s?안녕)[~!.ㅎㅋㅠ\s]*$/u.test(nfc(text));
}

/**
 * One more thing said after a goodbye ("참 하은이가…", "아 그리고 주말에…", "아 내일 대리님한테 커피 사드려야겠다"):
 * an afterthought, not a question, not a new trouble told ("아 근데 사실 요즘 너무 힘들어" goes on as usual).
 */
const AFTERTHOUGHT = /^(?:참|아참|아\s?참|아\s?맞다|맞다|아\s?그리고|그리고|아\s?근데|아)(?:[\s,.!~]|$)/u;
const NEW_TROUBLE = /힘들|괴롭|우울|죽|싫|무서|불안|외로|속상|슬퍼|슬프|아파|아프|화나|짜증|미치겠|못\s?하겠|어떡해|도와/u;
export function oneMoreThing(text: string): boolean {
  const t = nfc(text);
  if (/[?？]/u.test(t) || NEW_TROUBLE.test(t)) return false;
  const letters = t.replace(/[^가-힣]/gu, '').length;
  return letters <= 45 && (AFTERTHOUGHT.test(t) || letters <= 20);
}

export const BYE_AGAIN_REPLIES: readonly string[] = ['네, 안녕히 가요! 또 이야기하고 싶을 때 언제든 와요.', '네, 잘 가요! 오늘 이야기 들려줘서 고마웠어요.'];

/** One more thing after a goodbye: short and warm, no new question; a plan is cheered, a promise to come back awaited. */
const COMES_BACK = /(?:올게|알려\s?줄게|얘기해\s?줄게|말해\s?줄게|들려\s?줄게|얘기해\s?드릴게|알려\s?드릴게)/u;
const PLANS = /겠다|겠어요?|할\s?거|볼\s?거|볼까\s?해|려고|기로\s?했|해\s?볼게|까\s?봐/u;
export function afterByeReply(text: string, p: Person | null, i: number): string {
  const who = p ? `${calledAs(p)} 얘기까지` : '그 얘기까지';
  const t = nfc(text);
  if (COMES_BACK.test(t)) return `${who} 들려줘서 고마워요. 기다리고 있을게요, 또 와요.`;
  if (PLANS.test(t)) return `${who} 들려줘서 고마워요. 그렇게 마음먹은 것, 응원할게요. 또 이야기하러 와요.`;
  const pool = [`${who} 들려줘서 고마워요. 오늘은 여기까지 해도 괜찮아요, 또 생각나면 언제든 와요.`, `${who} 마저 들려줘서 고마워요. 잘 지내다가 다음에 또 이야기 나눠요.`];
  return pool[i % pool.length]!;
}
export const BYE_PREFIX = 'longmem:bye';
export const AFTER_BYE_PREFIX = 'longmem:after_bye';
export const REFERENCE_PREFIX = 'longmem:ref';
export const RECALL_PERSON_PREFIX = 'longmem:recall';

// ── 5. The persisted memo ────────────────────────────────────────────────────────────────────

/** Kept in ConversationState.memo; absent in states saved before session 37. */
export interface LongMemo {
  /** Question kinds asked so far, in order. */
  kinds: string[];
  /** Openings used so far, in order. */
  openings: string[];
  /** People named, with who they are. */
  people: Person[];
  /**
   * Question kinds the user has answered unasked, for the whole conversation (session 41; absent
   * in older states): how long, whether they told the other person, that something is going on.
   */
  told?: string[];
  /** Keys of the questions asked so far (questionKey; session 41, absent in older states). */
  said?: string[];
}

export function memoOf(memo: Partial<LongMemo> | undefined): LongMemo {
  return {
    kinds: [...(memo?.kinds ?? [])],
    openings: [...(memo?.openings ?? [])],
    people: (memo?.people ?? []).map((p) => ({ ...p })),
    ...(memo?.told ? { told: [...memo.told] } : {}),
    ...(memo?.said ? { said: [...memo.said] } : {}),
  };
}

/** Kinds the user told in a turn that stay told for the conversation (a person there is told of one scene only). */
const KEPT_TOLD: ReadonlySet<string> = new Set(['anything', 'glad-anything', 'how-long', 'told-them']);

/** The kinds told so far and in this turn: what a question must not ask. */
export function toldSoFar(memo: LongMemo, text: string): string[] {
  return [...(memo.told ?? []), ...toldKinds(text)];
}

/**
 * The memo after a reply: its kinds and opening counted (the lists capped to stay small), and
 * what the user's turn told kept (`matter`: the turn told something an intent or a story answered,
 * `glad` when in joy: then good things are told too).
 */
export function noteReply(memo: LongMemo, reply: string, userText = '', matter: 'glad' | 'other' | null = null): LongMemo {
  const o = openingOf(reply);
  const told = [...new Set([...(memo.told ?? []), ...toldKinds(userText).filter((k) => KEPT_TOLD.has(k)), ...(matter ? ['anything'] : []), ...(matter === 'glad' ? ['glad-anything'] : [])])];
  const said = [...(memo.said ?? []), ...questionsOf(reply).map(questionKey)].slice(-60);
  return {
    kinds: [...memo.kinds, ...kindsAsked(reply)].slice(-40),
    openings: o ? [...memo.openings, o].slice(-40) : memo.openings,
    people: memo.people,
    ...(told.length > 0 ? { told } : {}),
    ...(said.length > 0 ? { said } : {}),
  };
}
