/**
 * Memory, names, goodbyes and moved tears (session 36, "memory").
 *
 * Testers talking to the CLI found:
 * - "새벽 3시에 자 / 일어나는 건 7시고 / … / 내가 아까 몇 시에 잔다고 했지?" got "7시라고 했죠. 잊지 않고
 *   있어요.": the latest number was said back with confidence. recallByVerb matches the question's verb
 *   (잔다 → the sentence about sleeping, 일어나 → waking) and says the sentence it heard, or asks when two
 *   fit; sleptHours answers "그럼 몇 시간 자는 거야?" from the two times told.
 * - "너 내 이름 기억해?", "그 사람 이름 뭐라고 했죠 제가?" got the bot's own name: asksName / namesTold
 *   answer from the names given in this conversation, or say honestly that none was heard. "민수야 민수"
 *   (a name told) is greeted; "서연이 잘했다고 한 번만 말해줘" is said with the name (praiseAsked).
 * - "잘래 피곤해" after an amusement-park story and "됐어 이제 괜찮아" after "풀렸어" got more questions:
 *   pleasantClose closes warmly. "됐어요 그냥 말 안 할래요" and "똑같은 말만 하시네요" were missed by
 *   pushback.ts: goesQuiet / sameOldWords.
 * - "저번에 면접 본다고 했잖아 기억나?" was thanked for sharing: lastTimeAsked owns that earlier chats are
 *   not remembered. "기분 안 좋을 때 산책하라고 했잖아 / 해봤어 / 효과 있더라" got a budgeting script:
 *   adviceRecalled, triedIt, itHelped.
 * - "너는 내편이지?" after unfair blame got "제가 정답을 줄 수는 없지만…": asksSides.
 * - "신부 입장할 때 저도 모르게 눈물이 났어요", "…생일선물이었어 ㅠㅠ" were read as sorrow: movedTears.
 * - "음악 들으라는 것도 해봤어요" got a question about songs: triedQuotedAdvice.
 * All functions are pure; the engine asks memoryReply before pushback.ts.
 */
import type { EmotionId } from '../ml/emotions';

const nfc = (text: string): string => text.normalize('NFC').trim();

export const OWN_NAME_PREFIX = 'memory:own_name:';

function batchim(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  if (c >= 0x30 && c <= 0x39) return '0136780'.includes(word[word.length - 1]!);
  return c >= 0xac00 && c <= 0xd7a3 && (c - 0xac00) % 28 !== 0;
}

/** Someone else as the subject or the one spoken of ("엄마가 …했잖아"). */
const OTHERS = /(?:엄마|아빠|부모님|친구|남친|여친|남편|아내|와이프|선생님|쌤|팀장|상사|사람들|걔|쟤|동생|언니|오빠|형|누나|교수|부장|과장)(?:님)?(?:가|이|는|은|도|한테|랑|이랑)\s/u;

// ── 1. What time was told ────────────────────────────────────────────────────────────────────

/** The verb of a time asked back: "몇 시에 잔다고 했지?" → sleep, "몇 시에 일어난다고" → wake. */
const ASK_TIME = /몇\s?시(?:에|쯤)?\s?([가-힣]{1,5}?(?:ㄴ다|는다|다|이라|라))고\s?(?:했|말했|그랬)/u;
const SLEEP = /(?:^|\s)(?:자(?:요|고|는데|서|거든|$|\s)|잔다|잠(?:들|을|이|\s|$)|잤|눕|누워)|(?:에|쯤)\s?(?:자|잔|잠)/u;
const WAKE = /일어나|일어난|깨|기상/u;
const TIME_TOLD = /(?:(새벽|아침|오전|오후|저녁|밤|낮)\s?)?(\d{1,2})\s?시(?:\s?반)?/u;

export type TimeVerb = 'sleep' | 'wake';
export function timeAskedBack(text: string): { verb: TimeVerb | null; quoted: string } | null {
  const t = nfc(text);
  const m = ASK_TIME.exec(t);
  if (!m || OTHERS.test(t)) return null;
  const quoted = m[1]!;
  const verb = /^(?:잔|자|잠)/u.test(quoted) ? 'sleep' : /^(?:일어|깬|깨)/u.test(quoted) ? 'wake' : null;
  return { verb, quoted };
}

interface TimeTold {
  text: string;
  phrase: string;
  hour: number;
}
function timesTold(earlier: readonly string[], verb: TimeVerb): TimeTold[] {
  const re = verb === 'sleep' ? SLEEP : WAKE;
  const found: TimeTold[] = [];
  for (const raw of earlier) {
    const t = nfc(raw);
    if (/[?？]\s*$/u.test(t) || !re.test(t)) continue;
    // A turn that speaks of both sleeping and waking counts for the verb nearest the time only when it is the verb asked.
    if (verb === 'sleep' && WAKE.test(t)) continue;
    const m = TIME_TOLD.exec(t);
    if (!m) continue;
    found.push({ text: t, phrase: m[0].replace(/\s+/gu, ' '), hour: hour24(m[1], Number(m[2]), verb) });
  }
  return found;
}

function hour24(part: string | undefined, h: number, verb: TimeVerb): number {
  if (part && /오후|저녁|밤/u.test(part) && h < 12) return h + 12;
  if (!part && verb === 'sleep' && h >= 9 && h <= 12) return h === 12 ? 24 : h + 12;
  return h;
}

/**
 * The answer to "몇 시에 잔다고 했지?": the time told with the verb asked ("새벽 3시에 잔다고 했어요."),
 * a question back when two times fit or the verb is none it knows, null when it is no such question.
 */
export function recallTime(text: string, earlier: readonly string[]): string | null {
  const q = timeAskedBack(text);
  if (!q) return null;
  const told = q.verb ? timesTold(earlier, q.verb) : [];
  const phrases = [...new Set(told.map((x) => x.phrase))];
  if (phrases.length === 1) return `${phrases[0]}에 ${q.quoted}고 했어요. 맞죠?`;
  if (phrases.length > 1) return `${phrases.map((p) => `${p}`).join('도, ')}도 들었는데 어느 쪽인지 헷갈려요. 한 번만 다시 알려 줄래요?`;
  return '미안해요, 그 시간을 제가 확실히 못 들은 것 같아요. 한 번만 다시 알려 줄래요?';
}

/** "그럼 몇 시간 자는 거야?" from a bedtime and a waking time told: "4시간쯤 자는 거예요". */
const HOURS_ASKED = /몇\s?시간\s?(?:정도\s?|쯤\s?)?(?:자는\s?(?:거|건|셈)|잔다는|잔\s?(?:거|셈)|자고\s?있는|잠든?\s?(?:거|셈))/u;
export function sleptHours(text: string, earlier: readonly string[]): string | null {
  const t = nfc(text);
  if (!HOURS_ASKED.test(t) || !/[?？]|거야|거예요|건가|는지|지$/u.test(t) || OTHERS.test(t)) return null;
  const sleep = timesTold(earlier, 'sleep').at(-1);
  const wake = timesTold(earlier, 'wake').at(-1);
  if (!sleep || !wake) return null;
  const hours = (wake.hour - (sleep.hour % 24) + 24) % 24;
  if (hours === 0 || hours > 14) return null;
  const short = hours <= 5 ? ' 몸이 버티기엔 많이 짧은 잠이에요.' : '';
  return `${sleep.phrase}에 자서 ${wake.phrase}에 일어나면 ${hours}시간쯤 자는 거예요.${short}`;
}

// ── 2. Names ─────────────────────────────────────────────────────────────────────────────────

const NOT_A_NAME = /^(?:천재|미친|또라이|이상|예민|쓰레기|최고|꼴찌|거지|왕따|부자|장남|장녀|외동|재수생|삼수생|무직|퇴사|이혼|임산부|결혼|솔로|모쏠|학생|대학생|고딩|중딩|직장인|회사원|엄마|아빠|혼자|바보|백수|취준생|환자|여자|남자|어른|애|아이|신입|막내|주부|할머니|할아버지|누나|언니|오빠|형|동생|친구|괜찮|진짜|정말|너무|그냥|지금|오늘|이제|여기|다시|또|왔|고[1-3]|중[1-3])/u;
/** "안녕 나 지민이야", "나 서연이라고 해", "제 이름은 하린이에요", "민수야 민수". */
const MY_NAME = [
  /(?:^|\s)(?:나|난|저|전|내|제)\s?(?:이름은\s?|이름이\s?)?([가-힣]{2,3}?)(?:이)?라고\s?(?:해|하고|합니다|해요|불러|부르)/u,
  /(?:^|\s)(?:내|제)\s?이름(?:은|이)\s?([가-힣]{2,3}?)(?:이에요|예요|이야|야|이요|요|임|입니다)(?=$|[\s.,!~])/u,
  /^(?:안녕\S*|하이|반가워\S*|처음\s?뵙\S*)\s?,?\s?(?:나|난|저|전)\s?([가-힣]{2,3}?)(?:이야|야|이에요|예요|입니다|임)(?=$|[\s.,!~])/u,
  // The greeting set aside by pleasantry.ts: "나 지민이야" alone.
  /^(?:나|저)\s([가-힣]{2,3}?)(?:이야|야|이에요|예요|입니다)[.!~]*$/u,
];
const NAME_TWICE = /^([가-힣]{2,3}?)(?:이)?야\s?,?\s?([가-힣]{2,3})[.!~]*$/u;

/** The user's own name given in this turn, or null. */
export function ownNameGiven(text: string): string | null {
  const t = nfc(text);
  const twice = NAME_TWICE.exec(t);
  if (twice && twice[1] === twice[2] && !NOT_A_NAME.test(twice[1]!)) return twice[1]!;
  for (const re of MY_NAME) {
    const m = re.exec(t);
    if (m && !NOT_A_NAME.test(m[1]!)) return m[1]!;
  }
  return null;
}

/** Someone's name told: "팀장님 이름이 박과장인데요", "그 친구 이름은 하은이에요". */
const THEIR_NAME = /([가-힣]{1,5}?)(님)?\s?이름(?:은|이)\s?([가-힣]{1,4}?)(?:인데요?|이에요|예요|이야|야|이요|요|임|입니다|이고|이라고|라고)(?=$|[\s.,!~ㅋㅎ])/u;
export function otherNameGiven(text: string): { who: string; name: string } | null {
  const m = THEIR_NAME.exec(nfc(text));
  if (!m || /^(?:내|제|나|저)$/u.test(m[1]!)) return null;
  return { who: `${m[1]}${m[2] ?? ''}`, name: m[3]! };
}

/** "너 내 이름 기억해?" → mine; "그 사람 이름 뭐라고 했죠 제가?" → theirs; "너 이름 뭐야" is the bot's. */
const ASK_NAME = /이름\s?(?:을|이|은)?\s?(?:기억|뭐|머|뭔지|뭐였|뭐라|알아|알지|알아요|맞춰)/u;
export type NameAsked = 'mine' | 'theirs';
export function asksName(text: string): NameAsked | null {
  const t = nfc(text);
  if (!ASK_NAME.test(t) || !/[?？]|기억해|기억나|뭐였|뭐라고\s?했|알지/u.test(t)) return null;
  if (/(?:내|제|나|저)\s?이름/u.test(t)) return 'mine';
  if (/(?:그|걔|쟤|그\s?사람|그분|그\s?친구|그\s?애|[가-힣]{1,4}(?:님)?)\s?이름/u.test(t) && /(?:했|말했|그랬)(?:죠|지|더라|었|던가)|기억|뭐였(?:더라|지|죠|어)/u.test(t) && !/^(?:너|넌|니|네)\s?이름/u.test(t)) {
    return /(?:너|니|네|당신)\s?이름/u.test(t) ? null : 'theirs';
  }
  return null;
}

/** The user's own name from earlier turns (or a greeting's id in used), the latest one. */
export function ownNameFrom(earlier: readonly string[], used: readonly string[] = []): string | null {
  const greeted = used.filter((id) => id.startsWith(OWN_NAME_PREFIX)).at(-1);
  for (const t of [...earlier].reverse()) {
    const n = ownNameGiven(t);
    if (n) return n;
  }
  return greeted ? greeted.slice(OWN_NAME_PREFIX.length) : null;
}


export function nameReply(asked: NameAsked, earlier: readonly string[], used: readonly string[] = []): string {
  if (asked === 'mine') {
    const name = ownNameFrom(earlier, used);
    if (name) return `그럼요, ${name} 씨잖아요. 아까 알려 줬죠.`;
    return '미안해요, 이번 대화에서는 아직 이름을 듣지 못했어요. 저는 지난 대화를 기억하지 못하거든요. 알려 주면 오늘은 그 이름으로 부를게요.';
  }
  for (const t of [...earlier].reverse()) {
    const n = otherNameGiven(t);
    if (n) return `${n.who} 이름은 ${n.name}${batchim(n.name) ? '이라고' : '라고'} 했어요.`;
  }
  return '미안해요, 그 사람 이름은 제가 듣지 못한 것 같아요. 한 번만 다시 알려 줄래요?';
}

/** "민수야 민수", "나 서연이라고 해": greeted with the name. */
export function nameGreeting(name: string, firstTurn: boolean): string {
  return firstTurn ? `${name} 씨, 반가워요. 오늘은 어떤 이야기를 하고 싶어요?` : `${name} 씨군요, 반가워요. 오늘 대화에서는 그렇게 부를게요.`;
}

/** "서연이 잘했다고 한 번만 말해줘": the words asked for, with the name. */
const PRAISE = /(잘했다|수고했다|고생했다|대단하다|멋지다|장하다)고\s?(?:한\s?번만\s?|한마디만\s?|좀\s?)?(?:말해\s?(?:줘|주라|줄래|주세요|줘요)|해\s?(?:줘|주라|줄래|주세요|줘요))/u;
const PRAISE_WORDS: Record<string, string> = {
  잘했다: '정말 잘했어요!',
  수고했다: '정말 수고 많았어요!',
  고생했다: '그동안 정말 고생 많았어요!',
  대단하다: '정말 대단해요!',
  멋지다: '정말 멋져요!',
  장하다: '정말 장해요!',
};
export function praiseAsked(text: string, earlier: readonly string[], joyful: boolean, used: readonly string[] = []): string | null {
  const t = nfc(text);
  const m = PRAISE.exec(t);
  if (!m || OTHERS.test(t)) return null;
  const own = ownNameFrom(earlier, used);
  const lead = /^([가-힣]{2,3}?)(?:이)?\s/u.exec(t)?.[1];
  const name = own ?? (lead && !NOT_A_NAME.test(lead) && !/^(?:나|나한테|저|저한테|그냥|한번|한|좀)$/u.test(lead) ? lead : null);
  const words = PRAISE_WORDS[m[1]!]!;
  const tail = joyful ? ' 그동안 애쓴 만큼 오늘은 마음껏 기뻐해도 돼요.' : ' 여기까지 온 것만으로도 충분히 애썼어요.';
  return `${name ? `${name} 씨, ` : ''}${words}${tail}`;
}

// ── 3. Goodbyes ──────────────────────────────────────────────────────────────────────────────

const SLEEP_NOW = /^(?:아\s?|나\s?|난\s?|이제\s?|그럼\s?)*(?:(?:너무\s?|넘\s?)?(?:피곤해서|졸려서)\s?)?(?:잘래|잘게|자야겠다|자야지|자러\s?갈게|자러\s?갈래|자야겠어)(?:요)?(?:\s?(?:너무\s?|넘\s?|진짜\s?)?(?:피곤해|피곤하다|졸려|졸리다)(?:요)?)?[.!~ㅎㅋ]*$/u;
const OKAY_NOW = /^(?:됐어|됐어요|이제|아)\s?(?:이제\s?)?(?:괜찮아|괜찮아요|괜찮아졌어|괜찮아졌어요|좀\s?나아졌어|다\s?풀렸어)[.!~ㅎ]*$/u;
const RESOLVED = /풀렸|나아졌|괜찮아졌|해결|화해|정리됐|가벼워졌/u;
export type Close = 'sleep' | 'okay';
export function pleasantClose(text: string): Close | null {
  const t = nfc(text);
  if (SLEEP_NOW.test(t)) return 'sleep';
  if (OKAY_NOW.test(t)) return 'okay';
  return null;
}
/** The warm close; "신나게 놀았으니" only when the story says so. */
export function closeReply(kind: Close, earlier: readonly string[], joyful: boolean): string | null {
  const story = earlier.slice(-5).join(' ').normalize('NFC');
  if (kind === 'sleep') {
    if (!joyful) return null;
    return /놀았|놀다|놀이공원|재밌|재미있|신났|여행/u.test(story) ? '신나게 놀았으니 오늘은 푹 자요. 잘 자요!' : '좋은 하루였네요. 오늘은 푹 자요, 잘 자요!';
  }
  if (joyful || earlier.slice(-2).some((t) => RESOLVED.test(t.normalize('NFC')))) return '괜찮아졌다니 다행이에요. 이야기하고 싶을 때 언제든 또 와요.';
  return null;
}

/** "됐어요 그냥 말 안 할래요": pushback.ts's close ("됐어" alone) missed it. */
const GOES_QUIET = /^(?:아\s?)?(?:됐어요?|됐다|됐고)\s?,?\s?(?:그냥\s?|이제\s?)?(?:말\s?안\s?할래요?|말\s?안\s?해요?|얘기\s?안\s?할래요?|이야기\s?안\s?할래요?|말\s?하기\s?싫어요?|안\s?할래요?)[.~…]*$/u;
export function goesQuiet(text: string): boolean {
  return GOES_QUIET.test(nfc(text));
}

/** "다른 사람들이랑 똑같은 말만 하시네요": the bot's words owned. */
const SAME_OLD = /(?:똑같은|뻔한|같은)\s?(?:말|소리|얘기)(?:만|뿐)\s?(?:하|되풀이|반복)|(?:다른\s?사람들?|남들)(?:이랑|하고|과|처럼)\s?(?:똑같은|다를\s?게\s?없는|다를\s?바\s?없는)\s?(?:말|소리|얘기|대답)/u;
export function sameOldWords(text: string): boolean {
  const t = nfc(text);
  return SAME_OLD.test(t) && !/(?:엄마|아빠|부모님|친구|남친|여친|남편|아내|선생님|팀장|상사|걔|쟤)(?:님)?(?:가|이|는|은|도)\s/u.test(t);
}
export const SAME_OLD_REPLY = '맞아요, 누구나 하는 말만 드렸네요, 미안해요. 조언은 접어 두고 들을게요. 지금 제일 버거운 게 뭔지만 말해 줄래요?';

// ── 4. Earlier chats and advice tried ────────────────────────────────────────────────────────

/** "저번에 면접 본다고 했잖아 기억나?", "저번에 여자친구 얘기했잖아": an earlier chat the bot cannot recall. */
const LAST_TIME = /^(?:(?:혹시|너|야)\s?)?(?:저번에|지난번에?)\s?(?:내가|제가|나|저)?\s?(.{1,20}?)\s?(?:했잖아|했었잖아|했던\s?거|말했던\s?거|얘기했던\s?거|한\s?거)/u;
export function lastTimeAsked(text: string, earlier: readonly string[] = []): string | null {
  const t = nfc(text);
  const m = LAST_TIME.exec(t);
  if (!m || OTHERS.test(t) || !/기억|[?？]|잖아(?:요)?[.~!ㅋㅎ]*$/u.test(t)) return null;
  const topic = /([가-힣]{1,6})\s?(?:키운다고|본다고|한다고|간다고|산다고|만난다고|얘기|이야기)/u.exec(m[1]!)?.[1]?.replace(/[을를]$/u, '') ?? null;
  const named = topic && !/^(?:그|그거|이|저|뭐)$/u.test(topic) ? topic : '';
  // Told earlier in this very conversation: pushback.ts recalls it.
  if (named && earlier.some((e) => e.normalize('NFC').includes(named))) return null;
  return named;
}
export function lastTimeReply(topic: string): string {
  const about = topic ? `${topic} 이야기, ` : '';
  return `미안해요, 저는 지난 대화를 기억하지 못해요. 그래도 ${about}다시 들려주면 지금부터 잘 들을게요.`;
}

/** "기분 안 좋을 때 산책하라고 했잖아": advice the bot is said to have given. */
const ADVICE_RECALLED = /([가-힣]{2,4})(?:하라고|해\s?보라고|해보라고)\s?(?:했잖아|했잖아요|했었잖아|했지|했죠|그랬잖아)/u;
export function adviceRecalled(text: string): string | null {
  const t = nfc(text);
  const m = ADVICE_RECALLED.exec(t);
  if (!m || OTHERS.test(t)) return null;
  return m[1]!;
}
export function adviceRecalledReply(step: string): string {
  return `${step} 얘기군요. 저는 지난 대화를 기억하지 못하지만, 기분이 가라앉을 때 해 볼 만한 방법이죠. 해 봤어요?`;
}

/** "해봤어" right after: tried. */
const TRIED_IT = /^(?:응\s?|어\s?|네\s?)?(?:나\s?|저\s?)?(?:진짜\s?|어제\s?|오늘\s?|한번\s?|한\s?번\s?)?해\s?봤(?:어|어요|지|음|다)[.!~ㅎㅋ]*$/u;
export function triedIt(text: string): boolean {
  return TRIED_IT.test(nfc(text));
}
export const TRIED_REPLY = '해 봤군요! 어땠어요?';

/** "진짜 효과 있더라 ㅋㅋ" after telling it was tried. */
const HELPED = /효과\s?(?:가\s?)?(?:있더|있었|있어|짱|봤)|도움\s?(?:이\s?)?(?:됐|되더|돼)|좋더라|좋았|괜찮더라|나아지더|시원하더|개운하더/u;
export function itHelped(text: string): boolean {
  const t = nfc(text);
  return HELPED.test(t) && !/없|안\s?(?:되|돼|좋)|별로|모르겠/u.test(t);
}
export const HELPED_REPLY = '효과가 있었다니 정말 다행이에요! 기분이 가라앉을 때 꺼내 쓸 방법이 하나 생겼네요. 해 보니 어떤 점이 제일 좋았어요?';

/** "음악 들으라는 것도 해봤어요": advice quoted and tried (pushback.ts reads "라는 말", not "라는 것"). */
const TRIED_QUOTED = /[가-힣](?:라는|란|하라는)\s?(?:것|거|건)(?:도|은|는)?\s?(?:이미\s?|다\s?|벌써\s?)?해\s?봤/u;
export function triedQuotedAdvice(text: string): boolean {
  const t = nfc(text);
  return TRIED_QUOTED.test(t) && !/[?？]\s*$/u.test(t) && !HELPED.test(t);
}
export const TRIED_QUOTED_REPLY = '이미 해 본 걸 또 권하면 답답하죠. 그 얘기는 보태지 않을게요. 지금 제일 버거운 건 뭐예요?';

/** "그냥 좀 쉬라고요? 쉴 시간이 없다니까요": advice quoted back as impossible. */
const CANNOT_FOLLOW = /([가-힣]{1,4}?)(?:으)?라고요?\s?[?？]+\s?.{0,14}(?:시간(?:이|도)?\s?없|틈(?:이|도)?\s?없|여유(?:가|도)?\s?없|할\s?수(?:가|도)?\s?없|못\s?한다|안\s?된다)(?:다니까|다고요|다구요|는데|어요|어)/u;
export function cannotFollowAdvice(text: string): string | null {
  const t = nfc(text);
  const m = CANNOT_FOLLOW.exec(t);
  return m && !OTHERS.test(t) ? m[1]! : null;
}
export function cannotFollowReply(step: string): string {
  return step === '쉬'
    ? '쉴 시간조차 없는데 쉬라는 말은 공허하게 들렸겠어요, 미안해요. 그 말은 접어 둘게요. 요즘 어떤 일들이 시간을 다 가져가고 있어요?'
    : '그럴 여유조차 없는데 그런 말은 공허하게 들렸겠어요, 미안해요. 그 말은 접어 둘게요. 지금 제일 버거운 게 뭔지 들려줄래요?';
}

// ── 5. "너는 내편이지?" ─────────────────────────────────────────────────────────────────────

const MY_SIDE = /(?:너|넌|너는|쉼표는?)?\s?(?:내\s?편|제\s?편|내\s?쪽|제\s?쪽)\s?(?:이지|이죠|이야|이에요|맞지|맞죠|이지요|해\s?줄|들어\s?줄|이냐|인가|할\s?거지)/u;
export function asksSides(text: string): boolean {
  const t = nfc(text);
  return MY_SIDE.test(t) && /[?？]|지$|죠$|줘$/u.test(t) && !OTHERS.test(t);
}
export const SIDES_REPLY = '그럼요, 저는 이야기를 들려준 쪽 마음 편이에요. 들은 대로라면 억울할 만해요. 시킨 대로 했는데 그걸로 혼나면 누구라도 속상하죠.';
export const SIDES_REPLY_GENERIC = '그럼요, 저는 이야기를 들려준 쪽 마음 편이에요. 들은 대로라면 그렇게 느낄 만해요.';
export function sidesReply(earlier: readonly string[]): string {
  const story = earlier.slice(-4).join(' ').normalize('NFC');
  return /시킨\s?대로|하라는\s?대로|시킨\s?거/u.test(story) ? SIDES_REPLY : SIDES_REPLY_GENERIC;
}

// ── 6. Moved tears ───────────────────────────────────────────────────────────────────────────

const OCCASION: ReadonlyArray<readonly [string, RegExp]> = [
  ['wedding', /결혼식|신부\s?입장|신랑\s?입장|웨딩|식장/u],
  ['gift', /선물|서프라이즈|깜짝\s?(?:파티|선물|이벤트)|편지를?\s?(?:받|써\s?줬)/u],
  ['graduation', /졸업식|입학식|졸업했|수료식|학위/u],
  ['reunion', /재회|상봉|오랜만에\s?만났|다시\s?만났|몇\s?년\s?만에/u],
];
const TEARS = /눈물(?:이)?\s?(?:났|나|남|핑|흘|고였)|울었|울컥|뭉클|감동|ㅠ{2,}|ㅜ{2,}/u;
const SAD = /슬퍼|슬펐|서운|외로|아파|아팠|돌아가|장례|이별|헤어|떠나|마지막|그리워|그립|보고\s?싶|못\s?(?:가|와|갔|왔)|속상|섭섭|혼자|안\s?계|없|싸웠|망쳤|망쳐|망했|최악|짜증|화나|억울|무서|안\s?들|별로|실망|깨졌|부서|고장|분실|안\s?(?:왔|와|오)|전\s?(?:여친|남친|애인|여자친구|남자친구)|전남친|전여친|짝사랑|첫사랑/u;
export type Occasion = 'wedding' | 'gift' | 'graduation' | 'reunion';
/** Tears at a wedding, a surprise gift, a graduation or a reunion: moved, not hurt. */
/** Someone else's tears ("다들 울었어"): joy-thread.ts answers those. */
const THEIR_TEARS = /(?:(?:다들|모두|사람들)|(?:엄마|아빠|언니|누나|오빠|형|동생|친구|신부|신랑|할머니|할아버지)(?:가|이|도|는|들이|들도))\s?(?:[가-힣]+\s)?(?:울(?!컥)|눈물)/u;
const OWN_TEARS = /(?:나|저|내가|제가)(?:도)?\s?(?:모르게\s?)?(?:울|눈물)|(?:나도|저도)\s?모르게/u;
export function movedTears(text: string, earlier: readonly string[]): Occasion | null {
  const t = nfc(text);
  if (!TEARS.test(t) || SAD.test(t) || (THEIR_TEARS.test(t) && !OWN_TEARS.test(t))) return null;
  const recent = [...earlier.slice(-2).map(nfc), t];
  if (recent.some((x) => SAD.test(x))) return null;
  for (const [id, re] of OCCASION) if (recent.some((x) => re.test(x))) return id as Occasion;
  return null;
}
export const MOVED_REPLIES: Record<Occasion, string> = {
  wedding: '그 순간 마음이 정말 뭉클했겠어요. 소중한 사람의 가장 빛나는 모습을 보면 저도 모르게 눈물이 나기도 하죠. 어떤 장면이 제일 오래 남아요?',
  gift: '생각지도 못한 선물이라 더 뭉클했겠어요. 잊지 않고 챙겨 준 마음이 참 고맙죠. 어떤 선물이었어요?',
  graduation: '벅찬 자리라 뭉클했겠어요. 기쁜 순간에 나는 눈물은 그만큼 마음이 컸다는 뜻이죠. 그 순간 어떤 마음이 제일 컸어요?',
  reunion: '다시 만난 순간이라 얼마나 뭉클했을까요. 기다린 만큼 마음이 크게 움직였겠어요. 만나서 어떤 얘기를 나눴어요?',
};

// ── The turn ─────────────────────────────────────────────────────────────────────────────────

export interface MemoryContext {
  /** The user's earlier turns in this conversation. */
  earlier: readonly string[];
  /** The ids of the replies given so far. */
  used: readonly string[];
  /** The story so far is good news (joy-thread.ts). */
  joyful: boolean;
  /** No turn before this one. */
  firstTurn: boolean;
  /** The whole message, a greeting in front kept ("안녕 나 지민이야"). */
  whole?: string;
}
export interface MemoryReply {
  id: string;
  reply: string;
  mood?: EmotionId;
}
export const MEMORY_PREFIX = 'memory';

/** The reply to a turn of this module's kinds, or null. */
export function memoryReply(text: string, ctx: MemoryContext): MemoryReply | null {
  const { earlier, used, joyful, firstTurn } = ctx;
  const last = used.at(-1) ?? '';
  const time = recallTime(text, earlier);
  if (time && timeAskedBack(text)?.verb) return { id: `${MEMORY_PREFIX}:time`, reply: time };
  const hours = sleptHours(text, earlier);
  if (hours) return { id: `${MEMORY_PREFIX}:hours`, reply: hours };
  const name = asksName(text);
  if (name) return { id: `${MEMORY_PREFIX}:name:${name}`, reply: nameReply(name, earlier, used) };
  const whole = ctx.whole ?? text;
  const own = ownNameGiven(whole) ?? ownNameGiven(text);
  if (own && nfc(whole).replace(/[^가-힣]/gu, '').length <= 14) return { id: `${OWN_NAME_PREFIX}${own}`, reply: nameGreeting(own, firstTurn), mood: 'neutral' };
  const praise = praiseAsked(text, earlier, joyful, used);
  if (praise) return { id: `${MEMORY_PREFIX}:praise`, reply: praise, mood: joyful ? 'joy' : 'neutral' };
  if (!firstTurn) {
    const close = pleasantClose(text);
    const closing = close ? closeReply(close, earlier, joyful) : null;
    if (closing) return { id: `${MEMORY_PREFIX}:close:${close}`, reply: closing, mood: 'joy' };
    if (goesQuiet(text)) return { id: `${MEMORY_PREFIX}:quiet`, reply: '제 말이 별 도움이 안 됐나 봐요, 미안해요. 더 묻지 않을게요. 다시 이야기하고 싶어지면 언제든 여기 있을게요.' };
    if (sameOldWords(text)) return { id: `${MEMORY_PREFIX}:same_old`, reply: SAME_OLD_REPLY };
  }
  const lastTime = lastTimeAsked(text, earlier);
  if (lastTime !== null) return { id: `${MEMORY_PREFIX}:last_time`, reply: lastTimeReply(lastTime) };
  const advice = adviceRecalled(text);
  if (advice) return { id: `${MEMORY_PREFIX}:advice`, reply: adviceRecalledReply(advice) };
  if (last === `${MEMORY_PREFIX}:advice` && triedIt(text)) return { id: `${MEMORY_PREFIX}:tried`, reply: TRIED_REPLY };
  if (last === `${MEMORY_PREFIX}:tried` && itHelped(text)) return { id: `${MEMORY_PREFIX}:helped`, reply: HELPED_REPLY, mood: 'joy' };
  const cannot = cannotFollowAdvice(text);
  if (cannot) return { id: `${MEMORY_PREFIX}:cannot_follow`, reply: cannotFollowReply(cannot) };
  if (triedQuotedAdvice(text)) return { id: `${MEMORY_PREFIX}:tried_quoted`, reply: TRIED_QUOTED_REPLY };
  if (!firstTurn && asksSides(text)) return { id: `${MEMORY_PREFIX}:sides`, reply: sidesReply(earlier) };
  const moved = movedTears(text, earlier);
  if (moved && !used.includes(`${MEMORY_PREFIX}:moved:${moved}`)) return { id: `${MEMORY_PREFIX}:moved:${moved}`, reply: MOVED_REPLIES[moved], mood: 'joy' };
  return null;
}
