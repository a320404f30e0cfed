/**
 * Pushback, corrections of facts, memory questions, names, and quiet or leaving turns (session 36).
 *
 * Testers talking to the CLI found the bot deaf to the user setting it right:
 * - "아니 8개월 아니고 1년 8개월이요" got the 8개월 grief-length line again, "아니 선배 말고 동기요.
 *   제가 잘못 썼어요" a colleague's blame, "아뇨 공황은 아니래요 범불안장애래요" the panic reply (the
 *   denied word matched): correctedFact says the corrected fact back.
 * - "긴장 푸는 법이요? 그런건 다 알아요" got the nerves tips again, "말로 해봤어요. 세번이나요. 근데
 *   그때뿐이에요" was read as talking to the bot being pointless: rejectsAdvice.
 * - "너 진짜 내 말 이해 못하는구나", "제 얘기 듣고 있긴 해요?" were thanked for sharing: doubtsListening.
 * - "수술 언제라고 했는지 기억해요?" after "다음달 15일에 수술 날짜 잡혔어요" got a stock line:
 *   asksToRecall / recallDetail answer from the user's own earlier turns, and never claim what was not said.
 * - "그 친구 이름은 하은이에요" got a friendship-ending intent: givesName.
 * - "됐어", "몰라 걍 잘래" got new questions; "ㅇ" after "아무것도 묻지 않을게요" a question; "하..." as an
 *   opener a cheerful greeting: leaves, quietTurn, sighOpener.
 * - "아이유 노래는 이미 다 들어봤어" got invented stigma: heardSongs.
 * All functions are pure; the engine wires them in before the intents are read.
 */

const nfc = (text: string): string => text.normalize('NFC').trim();

/** Whether the word ends in a consonant (받침): 동기 → 였군요, 8개월 → 이었군요. */
export function hasBatchim(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  if (c >= 0x30 && c <= 0x39) return '0136780'.includes(word[word.length - 1]!);
  return c >= 0xac00 && c <= 0xd7a3 && (c - 0xac00) % 28 !== 0;
}

// ── 1. A fact corrected ──────────────────────────────────────────────────────────────────────

/** The turn opens with a "no", or owns a slip of the tongue or the keyboard. */
const OPENS_NO = /^(?:아니|아뇨|아니요|아니야|아닝|앗|아|헐\s?아니)(?:\s|,|\.|$)/u;
const SLIP = /잘못\s?(?:말함|말했|말한|썼|씀|적었|적음|쳤|얘기했|알려|말씀)|오타(?:예요|에요|요|임|야|였)?|정정/u;
/** "X 아니고 Y", "X 말고 Y". */
const X_NOT_Y = /^(.{1,14}?)\s?(?:이|가|은|는)?\s?(?:아니고|아니라|말고)\s?,?\s?(.{1,20})$/u;
/** The ending of the corrected word: "동기요", "아빠였어", "1년 8개월이요". */
const COPULA_END = /\s?(?:이었어요|였어요|이었어|였어|이었음|였음|이었다고|였다고|이라고|라고|이에요|예요|에요|이요|요|이야|야|임|입니다|이었고|였고|이었는데|였는데)$/u;
/** Words that make X a reading or a pronoun rather than a fact ("그게 아니고", "화난 게 아니라"). */
const NOT_A_FACT = /^(?:그게|그건|그거|이게|이건|저게|그런|그렇게|그럼|그냥|뭐|그\s?말|그\s?얘기)$|(?:게|건|거|것|때문|탓|노래|곡|음악|발라드|댄스)$/u;
/** A Y that is a clause, not a word: "빵 먹을래", "제가 할게". */
const VERBISH_END = /[래게까다어아지네데고서니자죠냐]$/u;
const NOUN_PHRASE = /^[가-힣0-9]+(?:\s[가-힣0-9]+){0,2}$/u;
/** "공황은 아니래요 범불안장애래요": a diagnosis or a word someone else used, set right. */
const NOT_THIS_BUT = /^(?:(?:아니|아뇨|아니요)\s?,?\s?)?([가-힣]{1,10})(?:은|는|이|가)\s?아니(?:래요|래|라고\s?하더라고요|라고\s?했어요|라던데요?)\s?,?\s?([가-힣]{1,12}?)(?:이래요|래요|이래|래|이라고\s?(?:하더라고요|했어요|해요|하네요)|라고\s?(?:하더라고요|했어요|해요|하네요))[.!~]*$/u;

export interface FactCorrection {
  /** The fact denied ("8개월", "선배"). */
  denied: string;
  /** The fact given instead, as it is said back ("1년 8개월", "동기"). */
  instead: string;
  /** Told as what someone else (a doctor) said: "범불안장애래요". */
  reported: boolean;
}

/**
 * A fact set right: "아니 8개월 아니고 1년 8개월이요", "아니 선배 말고 동기요. 제가 잘못 썼어요",
 * "아니 엄마 아니고 아빠였어 잘못 말함", "아뇨 공황은 아니래요 범불안장애래요". Only with a "no" in front
 * or a slip owned ("라면 말고 밥 먹을래" is no correction), and only nouns on both sides: feelings
 * and causes are correction.ts's, songs talks-about-songs.ts's.
 */
export function correctedFact(text: string): FactCorrection | null {
  const t = nfc(text);
  const report = NOT_THIS_BUT.exec(t);
  if (report && !NOT_A_FACT.test(report[1]!)) return { denied: report[1]!, instead: report[2]!, reported: true };
  if (!OPENS_NO.test(t) && !SLIP.test(t)) return null;
  // The clause with the correction: up to the first full stop or the owned slip.
  const clause = t
    .replace(OPENS_NO, '')
    .split(/[.!?？]|\s?[ㅋㅎㅠㅜ]{2,}|\s(?=잘못\s?(?:말|썼|씀|적|쳤|얘기|알려))|\s(?=오타|정정)/u)[0]!
    .replace(/^[\s,.]+/u, '')
    .trim();
  const m = X_NOT_Y.exec(clause);
  if (!m) return null;
  const denied = m[1]!.trim();
  const instead = m[2]!.trim().replace(/[~!ㅠㅜ]+$/u, '').replace(COPULA_END, '').trim();
  if (!NOUN_PHRASE.test(denied) || !NOUN_PHRASE.test(instead) || instead.length > 12 || denied.length > 10) return null;
  if (NOT_A_FACT.test(denied) || NOT_A_FACT.test(instead) || VERBISH_END.test(instead)) return null;
  return { denied, instead, reported: false };
}

/** The corrected fact said back: "아, 1년 8개월이었군요.", "아, 공황이 아니라 범불안장애라고 들었군요." */
export function factCorrectionLead(fix: FactCorrection): string {
  if (fix.reported) return `아, ${fix.denied}${hasBatchim(fix.denied) ? '이' : '가'} 아니라 ${fix.instead}${hasBatchim(fix.instead) ? '이라고' : '라고'} 들었군요. 바로잡아 줘서 고마워요.`;
  return `아, ${fix.instead}${hasBatchim(fix.instead) ? '이었군요' : '였군요'}. 바로잡아 줘서 고마워요.`;
}
export const FACT_CORRECTION_PREFIX = 'pushback:fact';

// ── 3. Advice already tried or heard ─────────────────────────────────────────────────────────

/** Advice quoted back: "산책이라도 하라고?", "버티라는 말은", "이런 말은". */
const QUOTED_ADVICE = /[가-힣]라고요?\s?[?？]|[가-힣]라고\s?(?:하지\s?마|말하지\s?마)|[가-힣](?:라는|란)\s?(?:말|소리|얘기|조언)|(?:이런|그런)\s?(?:말|소리|얘기)(?:은|는|도)?\s|법이요?\s?[?？]/u;
/** …and turned down. */
const TURNED_DOWN = /해\s?봤|이미|다\s?알|안\s?통|소용\s?(?:없|X)|그때뿐|지겨|질려|질리|하지\s?(?:마|말아)|ㄴㄴ|많이\s?들었|듣기\s?싫|뻔한|뻔하/u;
/** Someone else told not to say it ("하지 말래요"): no rejection of the bot's advice. */
const SOMEONE_ELSE_FORBIDS = /하지\s?말(?:래|라고|랬)/u;
/** A step named and tried: "심호흡은 해봤어요", "말로 해봤어요", "산책? 해봤어". */
const STEP_TRIED = /(?:심호흡|호흡|숨\s?쉬기|산책|운동|명상|일기|상담|대화|말로|요가|스트레칭|그건|그거|그것도|그런\s?건|그런\s?거|(?:보는|하는|쓰는|적는)\s?(?:건|거)|이미|다)(?:은|는|도|을|를|로|으로)?\s?[?？]?\s?(?:이미\s?|다\s?|벌써\s?|여러\s?번\s?|몇\s?번\s?)?해\s?봤/u;
/** "그런건 다 알아요", "방법은 다 알아". */
const ALREADY_KNOWN = /(?:(?:그런\s?(?:건|거|것)|그건|그거|방법은?|법은?)\s?(?:이미\s?)?다|(?:라는|란|하라는)\s?(?:건|거|말은?)\s?(?:이미\s?|다\s?)?)\s?알(?:아|아요|거든|지|죠|고\s?있)(?![^.?!]{0,12}(?:잘못|탓))/u;
const HEARD_TOO_MUCH = /(?:그런|이런)\s?(?:말|소리|얘기)\s?(?:은\s?|는\s?|도\s?)?(?:너무\s?|진짜\s?|정말\s?)?(?:많이|수없이|지겹게|귀에\s?못이\s?박히게)\s?들었/u;
/** It went well: "요가 해봤는데 너무 좋았어요" is no rejection. */
const WENT_WELL = /좋았|좋더라|재밌|재미있|괜찮았|괜찮더라|도움\s?(?:이\s?)?(?:됐|되더라|돼)|효과\s?(?:있|봤)|나아졌/u;
/** A question to the bot ("운동 해봤어?"). */
const ASKS_IF_TRIED = /해\s?봤(?:어|어요|니|냐|나요|는지)?\s?[?？]\s*$/u;
const TRIED = /해\s?봤|이미|하고\s?있|다니고\s?있|사\s?갔|그때뿐|먹고\s?있|먹음/u;
/** …and it did not help: "별로 소용없어요", "근데 그때뿐이에요", "그거 안 통해". */
const FAILED = /소용\s?없|그때뿐|안\s?통|효과\s?없|별로(?:였|더라|야|예요|에요|고)?|그대로|똑같|마찬가지|안\s?(?:돼|되|됨|바뀌|변해|변하|나아)/u;

/**
 * tried: a step already taken ("산책? 그건 해봤어"); failed: taken and of no use ("심호흡은 해봤어요
 * 별로 소용없어요", "말로 해봤어요… 근데 그때뿐이에요"); known: "그런건 다 알아요"; heard: advice heard
 * too often ("긍정적으로 생각하라는 말 진짜 지겨워요", "…이런 말은 하지 말아주세요").
 */
export type Rejection = 'tried' | 'failed' | 'known' | 'heard' | 'dontsay';
/** Heard too often, in so many words ("많이 들었어요", "지겨워요"): only then is that said back. */
const HEARD_OFTEN = /많이\s?들었|수없이\s?들었|지겹|지겨|질려|질리|귀에\s?못|듣기\s?싫|뻔한|뻔하/u;

/** Advice turned down as tried already, known or heard too often; null for anything else. */
export function rejectsAdvice(text: string): Rejection | null {
  const t = nfc(text);
  if (WENT_WELL.test(t) || ASKS_IF_TRIED.test(t) || SOMEONE_ELSE_FORBIDS.test(t)) return null;
  const quoted = QUOTED_ADVICE.test(t) && TURNED_DOWN.test(t);
  const known = ALREADY_KNOWN.test(t);
  if (!quoted && !STEP_TRIED.test(t) && !known && !HEARD_TOO_MUCH.test(t)) return null;
  if (TRIED.test(t)) return FAILED.test(t) ? 'failed' : 'tried';
  if (FAILED.test(t)) return 'failed';
  if (known) return 'known';
  return HEARD_OFTEN.test(t) ? 'heard' : 'dontsay';
}

/** Kinds of steps, so that a step turned down is not offered again in the conversation. */
const STEPS: ReadonlyArray<readonly [string, RegExp, RegExp]> = [
  ['breath', /심호흡|호흡|숨/u, /호흡|숨을?\s?(?:천천히|깊이|크게|고르|내쉬|들이)|들이마시|내쉬/u],
  ['walk', /산책|걷/u, /산책|걸어\s?보|걷기|바람\s?(?:쐬|좀)/u],
  ['exercise', /운동|헬스/u, /운동|헬스|몸을\s?움직/u],
  ['nerves', /긴장|떨림/u, /긴장|떨리는\s?게\s?당연|미리\s?해\s?보/u],
  ['talk', /말로|대화|얘기해|이야기해|말해/u, /솔직하게\s?(?:이야기|얘기|말)|대화(?:를|로)?\s?(?:해|나눠|풀어)|(?:이야기|얘기)해\s?보/u],
  ['positive', /긍정/u, /긍정/u],
  ['endure', /버티|버텨|참으/u, /버티|버텨|견뎌|참아\s?보/u],
  ['save', /아껴|절약/u, /아껴|절약|가계부/u],
  ['adopt', /입양/u, /입양|새\s?(?:강아지|고양이|아이)/u],
  ['someone_better', /더\s?좋은\s?사람/u, /더\s?좋은\s?사람/u],
  ['meditate', /명상/u, /명상/u],
  ['journal', /일기/u, /일기|적어\s?보|써\s?보/u],
];

/** The kinds of step a rejection names ("심호흡은 해봤어요" → breath). */
export function rejectedSteps(text: string): string[] {
  const t = nfc(text);
  return STEPS.filter(([, told]) => told.test(t)).map(([id]) => id);
}

export const REJECTED_STEP_PREFIX = 'pushback:step:';

/** Whether a reply offers a step of a kind turned down earlier (ids kept in usedReplies). */
export function offersRejectedStep(reply: string, used: readonly string[]): boolean {
  const kinds = new Set(used.filter((id) => id.startsWith(REJECTED_STEP_PREFIX)).map((id) => id.slice(REJECTED_STEP_PREFIX.length)));
  if (kinds.size === 0) return false;
  return STEPS.some(([id, , offered]) => kinds.has(id) && offered.test(reply));
}

/** The reply to a rejection: "그때뿐" is said back only when the user said it. */
export function rejectionReplies(kind: Rejection, text: string): readonly string[] {
  if (kind !== 'failed') return REJECTION_REPLIES[kind];
  return /그때뿐/u.test(nfc(text)) ? REJECTION_REPLIES.failed.slice(1) : REJECTION_REPLIES.failed.slice(0, 1);
}

export const REJECTION_REPLIES: Record<Rejection, readonly string[]> = {
  tried: ['이미 해 본 걸 또 권하면 답답하죠. 그 얘기는 보태지 않을게요. 지금 제일 버거운 건 뭐예요?'],
  failed: [
    '해 봐도 달라지지 않는다면 더 답답하겠어요. 그 방법은 다시 권하지 않을게요. 지금 제일 막막한 건 뭐예요?',
    '여러 번 애써 봤는데도 그때뿐이었다면 지칠 만해요. 같은 얘기는 보태지 않을게요. 지금 제일 바뀌었으면 하는 건 뭐예요?',
  ],
  known: ['다 아는 얘기를 또 들으면 더 답답하죠. 방법 얘기는 접어 둘게요. 지금 마음을 제일 붙잡고 있는 건 뭐예요?'],
  heard: [
    '그런 말은 이미 귀에 못이 박히게 들었겠어요. 같은 말 또 보태지 않을게요. 그 말을 들을 때마다 어떤 마음이 들었어요?',
    '많이 들은 말을 또 들으면 더 지치죠. 저는 그 말 대신 이야기를 듣고 싶어요. 지금 제일 마음에 걸리는 건 뭐예요?',
  ],
  dontsay: ['네, 그 말은 하지 않을게요. 지금은 어떤 이야기부터 하고 싶어요?', '알겠어요, 그런 말은 하지 않을게요. 대신 지금 마음을 조금 더 들려줄래요?'],
};
export const REJECTION_PREFIX = 'pushback:rejected';

// ── 3b. "방법이 없냐고요" ───────────────────────────────────────────────────────────────────

const NO_WAY = /방법(?:이|은)?\s?(?:아예\s?|진짜\s?|정말\s?)?없(?:냐|나|나요|냐고|냐고요|냐구요|어요\s?[?？]|어\s?[?？])|(?:그러니까|그니까|그래서)\s?(?:뭘|어떻게)\s?(?:하라고|하라는|해야\s?(?:하냐|되냐|하냐고|되냐고))/u;
/** Someone else's question ("엄마가 방법이 없냐고 물었어"). */
const ASKED_BY_OTHER = /(?:냐고|냐구)\s?(?:물었|물어|하더라|했어|그러)/u;

export function asksForAWay(text: string): boolean {
  const t = nfc(text);
  return NO_WAY.test(t) && !ASKED_BY_OTHER.test(t);
}

/** Topics with concrete options that do not repeat what users usually tried first. */
const WAY_TOPICS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /룸메|기숙사|하우스메이트|같이\s?사는/u,
    '방법이 아예 없지는 않아요. 방 배정을 바꿔 달라고 신청하거나, "밤 12시 이후 통화는 밖에서"처럼 규칙을 글로 같이 정해 두는 방법이 있어요. 사감께는 신고가 아니라 조율을 도와 달라고 말하면 일이 덜 커질 수 있어요.',
  ],
];
export const NO_WAY_GENERIC = '방법이 아예 없지는 않을 거예요. 이미 해 본 것 말고, 아직 안 해 본 것 중에 마음에 걸려서 못 한 게 있어요? 그걸 하나씩 같이 따져 봐요.';

/** Concrete options for the story's topic, or the question of what is left to try. */
export function wayReply(story: readonly string[]): string {
  const s = story.join(' ').normalize('NFC');
  return WAY_TOPICS.find(([re]) => re.test(s))?.[1] ?? NO_WAY_GENERIC;
}
export const NO_WAY_PREFIX = 'pushback:way';

// ── 4. "너 내 말 이해 못하는구나" ─────────────────────────────────────────────────────────────

const DOUBT =
  /이해\s?(?:를\s?)?(?:못\s?하|못하|안\s?되)(?:는구나|네|냐|는\s?거|잖아|는\s?듯|는\s?것\s?같|겠)|(?:내|제)\s?(?:말|얘기|이야기)(?:를|은|는)?\s?(?:듣고\s?(?:있긴|있는\s?거|있어|있냐|있나|는\s?있)|안\s?듣|못\s?알아|이해\s?못)|^(?:그래서\s?|그럼\s?)?(?:뭐\s?)?어쩌라고|딴\s?소리|동문서답|말귀(?:를|가)?\s?(?:못|안)|무슨\s?소리(?:야|예요|에요|냐|임)|엉뚱한\s?(?:소리|말|대답)/u;
/** Someone else who does not understand: "엄마는 내 말을 안 들어". */
const THIRD_PERSON = /(?:엄마|아빠|부모님|친구|남친|여친|남자친구|여자친구|남편|아내|와이프|선생님|쌤|팀장|상사|사람들|걔|쟤|그\s?사람|동생|언니|오빠|형|누나|애들|교수|부장|과장)(?:님)?(?:가|는|이|은|도|들이|들은|한테|랑)/u;

/** "아까 말씀드렸잖아요 11시까지 한다고요": told before, and the bot missed it. */
const TOLD_BEFORE = /(?:아까|전에|벌써|이미)\s?(?:다\s?)?(?:말했|말씀드렸|말씀\s?드렸|얘기했|이야기했|말한\s?거)[가-힣]*(?:잖아|잖아요|다니까|다고요)/u;
export function toldBefore(text: string): boolean {
  const t = nfc(text);
  return TOLD_BEFORE.test(t) && !THIRD_PERSON.test(t);
}
export const TOLD_BEFORE_LEAD = '맞아요, 아까 말해 줬는데 제가 제대로 못 들었네요, 미안해요.';

export function doubtsListening(text: string): boolean {
  const t = nfc(text);
  return DOUBT.test(t) && !THIRD_PERSON.test(t);
}

/**
 * The last concrete thing the user told, to say back: the longest of the last three turns that
 * tell something (not a question, a doubt, a memory question or a few letters), cut to its first
 * sentence when long.
 */
export function lastDetail(earlier: readonly string[]): string | null {
  const told = earlier
    .slice(-3)
    .map(nfc)
    .filter((t) => t.replace(/[^가-힣0-9]/gu, '').length >= 8 && !/[?？]\s*$/u.test(t) && !doubtsListening(t) && !asksToRecall(t));
  if (told.length === 0) return null;
  let best = told.reduce((a, b) => (b.length > a.length ? b : a));
  if (best.length > 36) best = best.split(/(?<=[.!?])\s/u)[0]!;
  best = best.replace(/[.!~…]+$/u, '').trim();
  return best.length > 0 && best.length <= 40 ? best : null;
}

export function doubtReply(earlier: readonly string[]): string {
  const detail = lastDetail(earlier);
  return detail
    ? `제가 제대로 못 따라갔네요, 미안해요. "${detail}", 그 얘기였죠. 제가 놓친 게 뭔지 말해 주면 거기서부터 다시 들을게요.`
    : '제가 제대로 못 따라갔네요, 미안해요. 제가 놓친 게 뭔지 말해 주면 거기서부터 다시 제대로 들을게요.';
}
export const DOUBT_PREFIX = 'pushback:doubt';

// ── 5. "수술 언제라고 했는지 기억해요?" ───────────────────────────────────────────────────────

export type RecallKind = 'when' | 'where' | 'number';
export interface RecallQuestion {
  kind: RecallKind;
  /** The thing asked about ("수술", "면접"), when the question names it. */
  topic: string | null;
  /** For a number, its unit ("개월"). */
  unit: string | null;
}

/** "…라고 했는지 기억해요?", "…라고 했었죠?", "…라고 했는지 말해봐요", "내가 …라고 했지?". */
const RECALL_FRAME = /(?:이라고|라고|랬|다고)\s?(?:했|말했|그랬)(?:는지|었죠|었지|던가|더라|죠|지|잖아|던|었는지|었더라)|기억(?:해|하|나|날)/u;
/** An order quoted ("어디 가라고 했는지"): someone told the user to do something. */
const ORDER_QUOTED = /(?:하|가|오|보|먹|자|해|사)라고/u;
const ASKED_BACK = /[?？]|(?:말해\s?봐|맞혀\s?봐|맞춰\s?봐|기억해|기억하|기억나)(?:요)?[.!~ㅎㅋ]*$/u;
const NUMBER_UNIT = /몇\s?(개월|년|달|주|일|살|번|시|명|키로|킬로|kg|층|학년|등|점)/u;

export function asksToRecall(text: string): RecallQuestion | null {
  const t = nfc(text);
  if (!RECALL_FRAME.test(t) || ORDER_QUOTED.test(t) || !ASKED_BACK.test(t) || THIRD_PERSON.test(t)) return null;
  const unit = NUMBER_UNIT.exec(t)?.[1] ?? null;
  if (unit) return { kind: 'number', topic: null, unit };
  if (/언제/u.test(t)) return { kind: 'when', topic: topicWord(/([가-힣]{1,6}?)(?:은|는|이|가)?\s?언제/u.exec(t)?.[1]), unit: null };
  const where = /어디\s?([가-힣]{1,6}?)(?:이라고|라고)|어디/u.exec(t);
  if (where) return { kind: 'where', topic: topicWord(where[1]), unit: null };
  return null;
}

const NOT_TOPIC = /^(?:내|제|내가|제가|그거|그게|저|나|너|혹시|그럼|아까|그|다시|근데|그래서)$/u;
function topicWord(w: string | undefined): string | null {
  return w && !NOT_TOPIC.test(w) ? w : null;
}

const DATE_TOLD = /(?:(?:다음|이번|지난)\s?(?:달|주)\s?(?:\d{1,2}\s?일|[월화수목금토일]요일)?|\d{1,2}\s?월\s?\d{1,2}\s?일|\d{1,2}\s?월\s?(?:초|중순|말)|\d{1,2}\s?일|내일|모레|글피|[월화수목금토일]요일)/gu;
const PLACE_TOLD = /[가-힣A-Za-z0-9]{1,8}(?:전자|그룹|은행|병원|대학교|대학|학교|회사|공사|증권|카드|건설|제약|센터|카페|마트|호텔|시청|구청|물산|자동차|항공|통신|닷컴)|[A-Z][A-Za-z]{1,15}/gu;

/** The detail asked about, as the user told it in an earlier turn ("다음달 15일에 수술"), or null. */
export function recallDetail(q: RecallQuestion, earlier: readonly string[]): string | null {
  const texts = earlier.map(nfc).filter((t) => !asksToRecall(t)).reverse();
  // Turns that name the topic come first.
  const ordered = q.topic ? [...texts.filter((t) => t.includes(q.topic!)), ...texts.filter((t) => !t.includes(q.topic!))] : texts;
  for (const t of ordered) {
    if (q.kind === 'number' && q.unit) {
      const re = q.unit === '개월' ? /(?:\d+\s?년\s?)?\d+\s?개월/gu : new RegExp(`\\d+\\s?${q.unit}`, 'gu');
      const all = t.match(re);
      if (all) return all.at(-1)!.replace(/\s+/gu, ' ');
    }
    if (q.kind === 'when') {
      const all = t.match(DATE_TOLD);
      if (all) {
        const date = all.at(-1)!.replace(/\s+(?=\d)/gu, ' ');
        return q.topic && t.includes(q.topic) ? `${date}에 ${q.topic}` : date;
      }
    }
    if (q.kind === 'where') {
      const all = t.match(PLACE_TOLD);
      if (all) {
        const place = all.at(-1)!;
        // The place with the word after it that names the topic: "삼성전자 최종면접".
        const after = q.topic ? new RegExp(`${place}\\s?([가-힣]*${q.topic})`, 'u').exec(t)?.[1] : undefined;
        return after ? `${place} ${after}` : place;
      }
    }
  }
  return null;
}

export function recallReply(detail: string | null): string {
  if (!detail) return '미안해요, 제가 그 부분을 놓쳤을 수도 있어요. 한 번만 더 알려 줄래요?';
  return `${detail}${hasBatchim(detail) ? '이라고' : '라고'} 했죠. 잊지 않고 있어요.`;
}
export const RECALL_PREFIX = 'pushback:recall';

// ── 6. A name given ──────────────────────────────────────────────────────────────────────────

const NAME_IS = /(?:^|\s)(?:(?:그|제|내|우리|저희)\s)?(?:([가-힣]{1,5})\s?)?이름(?:은|이)\s?([가-힣]{1,4}?)(?:이에요|예요|에요|이야|야|이요|요|임|입니다|이고|이라고\s?해요|라고\s?해요|이라고|라고)(?=$|[\s.,!~])/u;
const PET_NAMED = /^(?:우리|제|내|저희)\s?(강아지|고양이|개|냥이|댕댕이|햄스터|앵무새)\s?(?:이름은\s?)?([가-힣]{1,4}?)(?:이에요|예요|요|야|이야|임)?[.!~]*$/u;
const NOT_NAME = /^(?:친구|사람|그거|뭐|없|모르|비밀|아직|그냥|이름)/u;
const NOT_WHO = /^(?:걔|얘|쟤|그|제|내|저|우리)$/u;

export interface NameGiven {
  name: string;
  who: string | null;
}

/** "그 친구 이름은 하은이에요", "우리 강아지 초코": a name the user clearly gives. */
export function givesName(text: string): NameGiven | null {
  const t = nfc(text);
  const m = NAME_IS.exec(t) ?? PET_NAMED.exec(t);
  if (!m) return null;
  // A turn that goes on to tell more ("남편 이름은 준호예요. 준호씨는 퇴근하면 핸드폰만 봐요") is a story, not a name.
  const rest = t.slice(m.index + m[0].length).replace(/[^가-힣0-9]/gu, '');
  if (rest.length > 10) return null;
  const who = m[1] ?? '';
  const name = m[2]!;
  if (NOT_NAME.test(name)) return null;
  return { name, who: !who || NOT_WHO.test(who) ? null : who };
}

/** Who is said as "하은이라는 친구"; family and pets as "강아지 이름이 초코군요". */
const PEOPLE_AROUND = /^(?:친구|선배|후배|동기|동료|사람|애|아이|룸메|짝꿍|반\s?친구|직장\s?동료)$/u;
export function nameLead(n: NameGiven): string {
  const josa = hasBatchim(n.name);
  if (!n.who) return `${n.name}${josa ? '이군요' : '군요'}.`;
  return PEOPLE_AROUND.test(n.who) ? `${n.name}${josa ? '이라는' : '라는'} ${n.who}군요.` : `${n.who} 이름이 ${n.name}${josa ? '이군요' : '군요'}.`;
}
export const NAME_PREFIX = 'pushback:name:';

// ── 7. Quiet and leaving turns ───────────────────────────────────────────────────────────────

const LEAVE =
  /^(?:아\s?|하\s?)?(?:됐어|됐어요|됐다|됐고|됐거든|됐거든요|됐다고)(?:\s?(?:이제\s?)?(?:그만할래요?|그만\s?할래요?|그만하자|그만|그냥\s?갈래요?))?[.~…]*$|^(?:몰라\s?|모르겠고\s?)?(?:걍\s?|그냥\s?)?(?:잘래|잘래요|자러\s?갈래요?|잘게|잘게요)[.!~…]*$|^(?:이제\s?)?그만\s?할래(?:요)?[.!~…]*$/u;

export type Leaving = 'enough' | 'sleep';
export function leaves(text: string): Leaving | null {
  const t = nfc(text);
  if (!LEAVE.test(t)) return null;
  return /잘래|잘게|자러/u.test(t) ? 'sleep' : 'enough';
}
export const LEAVE_REPLIES: Record<Leaving, string> = {
  enough: '제 말이 별 도움이 안 됐나 봐요, 미안해요. 더 묻지 않을게요. 다시 이야기하고 싶어지면 언제든 여기 있을게요.',
  sleep: '네, 오늘은 푹 자요. 더 묻지 않을게요. 다시 이야기하고 싶어지면 언제든 와요.',
};
export const LEAVE_PREFIX = 'pushback:leave';

const QUIET = /^(?:ㅇ+|ㅇㅋ|응+|어+|웅|네+|넹|예|그냥|음+|흠+|[.…]+|ㅠ+|ㅜ+|ㅎ)[.…~ㅠㅜ]*$/u;
/** A turn of a few letters that tells nothing ("ㅇ", "응", "그냥", "…"). */
export function quietTurn(text: string): boolean {
  return QUIET.test(nfc(text));
}
/** After "아무것도 묻지 않을게요": present, and no question. */
export const QUIET_REPLIES: readonly string[] = ['네, 여기 있을게요.', '천천히 해도 괜찮아요. 저는 계속 여기 있어요.', '괜찮아요, 말하지 않아도 돼요. 곁에 있을게요.'];
export const QUIET_PREFIX = 'pushback:quiet';

const SIGH = /^(?:하아+|하+\s?[.…~]+|후우*\s?[.…~]*|휴우*\s?[.…~]*|에휴+|아휴+|하\s?참)[.…~ㅠㅜ]*$/u;
/** A sigh as the first turn ("하...", "휴", "에휴"); "하하" is a laugh. */
export function sighOpener(text: string): boolean {
  const t = nfc(text);
  return SIGH.test(t) && !/^하하/u.test(t);
}
export const SIGH_REPLY = '깊은 한숨이 나오는 날인가 봐요. 무슨 일이 있었는지, 편할 때 천천히 들려줘요.';
export const SIGH_PREFIX = 'pushback:sigh';

// ── 8. Songs heard already ───────────────────────────────────────────────────────────────────

const HEARD_SONGS = /(?:노래|곡|음악|앨범)(?:은|는|들은|도|들도)?\s?(?:이미|벌써)?\s?(?:다|많이|전부)?\s?들어\s?(?:봤|봄|본\s?거)/u;
export function heardSongs(text: string): boolean {
  const t = nfc(text);
  return HEARD_SONGS.test(t) && !/[?？]\s*$/u.test(t) && !WENT_WELL.test(t);
}
export const HEARD_SONGS_REPLY =
  "이미 많이 들어 본 노래들이군요. 가수를 정해서 빼 드리지는 못하지만, 목록에서 처음 보는 곡부터 들어 봐요. 목록 아래 '다른 곡 추천'을 누르면 새 곡이 나와요.";
export const HEARD_SONGS_PREFIX = 'pushback:heard_songs';
