/**
 * Session 38 (youngb): goodbyes, the hour and small talk in short texting style. Testers texting
 * like teenagers and people in their twenties, and a returning user, found:
 *
 * 1. Goodbyes missed: "ㅂㅇ" got «네, 여기 있어요. 지금 이 순간 가장 하고 싶은 건 뭐예요?», "잘지내"
 *    late in a talk «그런 마음이 들었군요» (`textingBye`). "잘 지내?" at the start is a greeting, not
 *    a goodbye (`asksHowIAm`); "잘 지내고 싶다" is a wish; "잘 지내" right after «요즘 어떻게 지내요?»
 *    answers it. "ㄱㄴ" is 가능 ("can you?"), no goodbye.
 * 2. Replies that presume the hour or the calendar: «잠들기 전에 잔잔한 음악 한 곡…» at 08:10,
 *    «이번 연휴에…» to "새벽인데 혼자라서 외로워요" on an ordinary Sunday (`fitsTheHour`,
 *    `fitsTheCalendar`). Bedtime fits when the user speaks of the night or the clock says it is
 *    evening; a holiday only when the user named one.
 * 3. Stage fright read as a panic attack: "실수하면 어떡하죠. 심장이 두근거려요" before a presentation
 *    got the panic script with «바로 119에 전화하세요» (`anticipatoryNerves`). Nerves before an event
 *    get a breath and warmth; breathlessness, a tight or aching chest, "죽을 것 같아" keep the
 *    panic path.
 * 4. One-word answers to the bot's own question ignored: "홍대" after «어디서 만나기로 했어요?»,
 *    "3년" after a breakup, "21개월" after 전역, "ㅇㅇ" after «말해 줄 수 있어요?» (`answersQuestion`).
 * 5. "아니 너무웃겨", "아니 안괜찮아" read as a plain "no" (`aniThen`): 아니 there is a discourse
 *    marker with content after it.
 * 6. Openers read as heavy: "발표했는데", "아이돌 연습생인데", "학원 끝나면 11시" got «마음이 정말
 *    무겁게 느껴졌겠어요»; "좋은것도 아니고 나쁜것도 아니고" «많이 속상했겠어요» (`openerTurn`).
 *    Plain small talk ("오늘은 회의가 두개 있어요") got «그렇게 화가 나는 건…» (`plainSmallTalk`).
 *
 * All functions are pure; the engine passes the clock (`ChatEngineOptions.clock`) where it has one.
 */
import { LAUGH_DENIED_PREFIX, LAUGH_DENIED_REPLIES, laughDenied, laughDeniedMood } from './laugh-denied';
import type { EmotionId } from '../ml/emotions';
import type { Leaving } from './evening';

const nfc = (text: string): string => text.normalize('NFC').trim();
/** Laughter, tears, marks and spaces at the end of a texted line. */
const TAIL = /[\s.!~…ㅋㅎㅠㅜ^♡;:)]+$/u;
const bare = (text: string): string => nfc(text).replace(TAIL, '').trim();

/** Whether the word ends in a consonant (받침): 홍대 → 군요, 세븐틴 → 이군요. */
export function hasBatchim(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  if (c >= 0xac00 && c <= 0xd7a3) return (c - 0xac00) % 28 !== 0;
  // Digits read aloud: 1 일, 3 삼, 6 육, 7 칠, 8 팔, 0 영/십 end in a consonant.
  if (/[0-9]$/u.test(word)) return /[136780]$/u.test(word);
  return false;
}

// ── 1. Goodbyes ──────────────────────────────────────────────────────────────────────────────

/** Texting goodbyes that need nothing around them. */
const BYE_JAMO = /^(?:ㅂㅇ|ㅂㅂㅇ|ㅃㅇ|ㅃㅃㅇ|ㅂㅇㅂㅇ|ㅂ2|ㅂㅂ|ㅃㅃ|ㅂㅂㅂ|바이+|빠이+|바바|바빠이|빠빠이|빠빠|ㅂ[\s~]?ㅂ)$/u;
/** "잘지내", "잘 있어", "잘있어라": said when leaving (a question or a wish is not). */
const WELL = /^(?:(?:그럼|암튼|아무튼|이제|너도|쉼표야?|쉼표도)\s?)?잘\s?(?:지내(?:요|라|셈|쇼|고)?|있어(?:요|라)?|계세요|있으셈)$/u;
/** "나 갈게", "나 간다", "이만", "그럼 이만", "이만 갈게": leaving said plainly. */
const GO_PLAIN =
  /^(?:(?:그럼|암튼|아무튼|이제|난|나|저|전|저는|나는)\s?){0,2}(?:이만(?:\s?(?:갈게(?:요)?|가볼게(?:요)?|간다|할게(?:요)?|줄일게(?:요)?|들어갈게(?:요)?|나갈게(?:요)?))?|(?:간다|갈게(?:요)?|가볼게(?:요)?|나갈게(?:요)?))$/u;
/** The bot's last reply asked how they are ("요즘 어떻게 지내요?"): "잘 지내" answers it. */
const ASKED_HOW = /(?:지내|지냈|잘\s?있었)[^.!?？]{0,12}[?？]/u;
/** The bot's last reply proposed going somewhere: "간다" is a yes. */
const PROPOSED_GOING = /가\s?(?:볼|보|봐)|갈\s?(?:래|거|수|까)|가요\s?[?？]|가는\s?(?:거|건)/u;

/**
 * A goodbye said in texting style, or null. "ㅂㅇ", "ㅂㅂㅇ", "ㅃㅇ", "잘지내", "잘 있어", "나 갈게",
 * "간다", "이만", "그럼 이만 갈게". Not a question ("잘 지내?"), a wish ("잘 지내고 싶다"), an answer
 * to «어떻게 지내요?» or to a suggestion to go somewhere ("간다" after «병원에 가 볼래요?»), nor
 * "ㄱㄴ" (가능). Good nights are read by evening.ts.
 */
export function textingBye(text: string, lastReply?: string): Leaving | null {
  const raw = nfc(text);
  if (/[?？]/u.test(raw) || raw.length > 20) return null;
  const t = bare(raw);
  if (BYE_JAMO.test(t)) return 'go';
  const last = lastReply ? nfc(lastReply) : '';
  if (WELL.test(t)) return ASKED_HOW.test(last) ? null : 'go';
  if (GO_PLAIN.test(t)) {
    // "이만" itself is unmistakable; a bare "간다"/"갈게" may answer a suggestion.
    if (!/이만/u.test(t) && PROPOSED_GOING.test(last)) return null;
    return 'go';
  }
  return null;
}

/** "잘 지내?", "잘지냈어?", "요즘 잘 지내요?": the user asks after the bot. */
const HOW_ARE_YOU = /^(?:(?:안녕|하이|ㅎㅇ|쉼표야?|요즘|너|넌|너는|쉼표는)[\s,!~]*){0,2}잘\s?(?:지내|지냈어|지냈|있었어|있었)(?:요|어|냐|니|나요|지|써|쪄|용)?$/u;

/**
 * The user asks how the bot is: "잘 지내?" (a question mark or, as the first turn, none). At the
 * start "잘지내" is a greeting; later without a question mark it is a goodbye (`textingBye`).
 */
export function asksHowIAm(text: string, firstTurn: boolean): boolean {
  const raw = nfc(text);
  const asked = /[?？]/u.test(raw);
  if (!asked && !firstTurn) return false;
  return HOW_ARE_YOU.test(bare(raw.replace(/[?？]+/gu, '')));
}

export const HOW_AM_I_REPLY = '물어봐 줘서 고마워요, 저는 늘 여기서 잘 지내요. 요즘은 어떻게 지내요?';

// ── 2. The hour and the calendar ─────────────────────────────────────────────────────────────

/** Replies that presume it is bedtime now ("잠들기 전에 잔잔한 음악 한 곡", "오늘 밤은 푹 자두는 게"). */
const PRESUMES_BEDTIME = /잠들기\s?전|자기\s?전|오늘\s?밤|푹\s?자두|좋은\s?꿈|잠자리/u;
/** Nights told as past, habitual or lasting: they do not make it night now. */
const OTHER_NIGHTS = /어젯\s?밤|어제\s?밤|지난\s?밤|간밤|밤새\S*|밤샘\S*|밤마다|매일\s?밤|밤낮/gu;
/** The user speaks of this night: late, going to bed, lying awake. */
const NIGHT_NOW = /밤|새벽|자기\s?전|자려|자러|잘게|잘래|잔다|잘\s?자|굿\s?(?:밤|나잇)|누웠|누워|잠이\s?(?:안|잘\s?안)\s?(?:와|오|옴)|잠\s?안\s?(?:와|옴|온다)|못\s?자겠|불\s?끄|퇴근(?:했|함|길|해서|하고\s?(?:왔|집))|하루\s?(?:끝|마무리)|저녁/u;

/** Whether the clock says evening or night (19:00–04:59), or null without a clock. */
export function isNightHour(now: Date | null): boolean | null {
  if (!now) return null;
  const h = now.getHours();
  return h >= 19 || h < 5;
}

/**
 * Whether a reply fits the hour: one presuming bedtime needs the user to speak of the night or the
 * clock to say evening. Without a clock, only the user's words count. "잠들기 전에 잔잔한 음악 한 곡
 * 들어 볼래요" had been said at 08:10 to "아침부터 너무 피곤해요. 어제 야근해서 잠을 못 잤어요".
 */
export function fitsTheHour(reply: string, told: readonly string[], now: Date | null): boolean {
  if (!PRESUMES_BEDTIME.test(nfc(reply))) return true;
  if (told.slice(-3).some((t) => NIGHT_NOW.test(nfc(t).replace(OTHER_NIGHTS, ' ')))) return true;
  return isNightHour(now) === true;
}

/** Replies that presume a holiday ("이번 연휴에", "명절", "연말"). */
const PRESUMES_HOLIDAY = /연휴|명절|빨간\s?날|크리스마스|연말/u;
/** Replies that presume a day off ("쉬는 날이 오히려…", "휴일"). */
const PRESUMES_DAY_OFF = /쉬는\s?날|휴일/u;
/** The user named a holiday. */
export const HOLIDAY_TOLD =
  /연휴|명절|설날|(?:^|\s)설(?:에|이|은|날|\s?연휴)|추석|한가위|크리스마스|성탄|이브|연말|새해|신정|구정|휴일|빨간\s?날|공휴일|어린이날|어버이날|떡국|송편|세배|성묘|12월\s?31일|카운트다운|캐럴|불꽃/u;
/** The user named a day off or a weekend. */
const DAY_OFF_TOLD = /쉬는\s?날|주말|토요일|일요일|휴가|방학|월차|연차|오프|쉬는\s?중|비번/u;

/**
 * Whether a reply fits the calendar the user told: a holiday is never presumed («이번 연휴에
 * 조금이라도 웃게 해 줄 게 있다면…» to "새벽인데 혼자라서 외로워요"), nor a day off.
 */
export function fitsTheCalendar(reply: string, told: readonly string[]): boolean {
  const r = nfc(reply);
  const said = told.map(nfc);
  if (PRESUMES_HOLIDAY.test(r) && !said.some((t) => HOLIDAY_TOLD.test(t))) return false;
  if (PRESUMES_DAY_OFF.test(r) && !said.some((t) => HOLIDAY_TOLD.test(t) || DAY_OFF_TOLD.test(t))) return false;
  return true;
}

/** Replies that ask who was there ("누구랑 같이 먹었어요?"). */
const ASKS_WHO_WITH = /누구(?:랑|와|하고|와\s?함께)/u;
/** The user said who was there, or that no one was ("가족이랑", "친구하고", "혼자"). */
const TOLD_WHO_WITH = /[가-힣]{1,6}(?:이랑|랑|하고|와\s?(?:같이|함께)|과\s?(?:같이|함께))\s|혼자|가족|식구/u;

/**
 * Whether a reply asks only what the user already told: «누구랑 같이 먹었어요?» to "가족이랑
 * 맛있는 저녁 먹었어요" (a returning user's report, session 38).
 */
export function asksWhatWasTold(reply: string, text: string): boolean {
  return ASKS_WHO_WITH.test(nfc(reply)) && TOLD_WHO_WITH.test(`${nfc(text)} `);
}

// ── 3. Nerves before an event ────────────────────────────────────────────────────────────────

/** An event one performs or is judged at. */
const EVENT = /발표|면접|시험|기말|중간고사|수능|모의고사|오디션|공연|무대|대회|경기|시합|고백|데이트|소개팅|첫\s?출근|출근\s?첫날|입사|상견례|결혼식|프레젠테이션|피티|PT|평가|실기|연주|리허설|촬영|녹화|스피치|연설|축사|축가|심사|결과/u;
/** Ahead, not past: "내일 면접이에요", "발표 앞두고", "이따 발표". */
const AHEAD = /내일|낼|모레|이따|곧|앞두|앞둔|전날|다음\s?주|이번\s?주|[0-9]+\s?시간\s?(?:뒤|후|남)|하기\s?전|들어가기\s?전|직전|순서|차례|[dD]\s?-\s?[0-9]|(?:하면|되면|지면|으면|면)\s?어떡|할까\s?봐|될까\s?봐|인데|이에요|예요|이야|거든/u;
/** Told as over: "어제 발표했는데", "면접 봤어". */
const PAST_EVENT = /어제|그저께|지난\s?주|했었|했는데|했어|했다|봤어|봤는데|봤다|끝났|망했|끝나고/u;
/** What the body does in nerves: a pounding heart, trembling, tension. */
const NERVES = /심장|두근|떨려|떨리|떨림|긴장|손에\s?안\s?잡|손에\s?잡히지|어떡|할까\s?봐|될까\s?봐|실수/u;
/** A real attack or a red flag: these keep the panic path (panic-now.ts) and 119. */
const REAL_ATTACK =
  /숨(?:이|을|도)?\s?(?:잘\s?)?(?:안\s?쉬어|안\s?쉬|못\s?쉬|막혀|막히|차올라|넘어가)|과호흡|가슴(?:이)?\s?(?:너무\s?|막\s?)?(?:조여|조이|아파|아프|찢|터질|답답해\s?죽)|가슴\s?통증|흉통|죽을\s?것\s?같|죽을\s?듯|쓰러질|쓰러지|기절|정신이\s?(?:아득|없)|식은땀|저려|마비|공황/u;

/**
 * Nerves before an event told with the body ("내일 면접이에요" / "심장이 너무 뛰어서 아무것도 손에
 * 안잡혀요" / "떨어지면 어떡하지 그 생각만 계속 나요"; "실수하면 어떡하죠. 심장이 두근거려요" the
 * night before a presentation). Not a real attack (숨이 안 쉬어져, 가슴이 조여, 죽을 것 같아), not
 * an event already over ("어제 발표했는데 아직도 심장이 두근거려").
 */
export function anticipatoryNerves(text: string, earlier: readonly string[] = []): boolean {
  const t = nfc(text);
  const recent = [...earlier.slice(-3), t].map(nfc);
  if (recent.slice(-2).some((s) => REAL_ATTACK.test(s))) return false;
  if (!NERVES.test(t)) return false;
  // The event ahead, in this turn or the few before.
  return recent.some((s) => EVENT.test(s) && AHEAD.test(s) && !PAST_EVENT.test(s));
}

/** The body named: a pounding heart, trembling (not only a worry). */
const BODY = /심장|두근|떨려|떨리|떨림|손(?:이)?\s?떨|긴장/u;

/** Grounding and warmth for nerves before an event, in order: the body first, then the worry. */
export const NERVES_REPLIES: readonly string[] = [
  '중요한 일을 앞두면 떨리고 심장이 먼저 뛰죠. 넷을 세며 들이쉬고 여섯을 세며 길게 내쉬기를 세 번만 같이 해 봐요. 숨이 조금 고르면 제일 걱정되는 장면이 뭔지 들려줄래요?',
  '결과를 모르는 채 기다리면 그 생각이 자꾸 맴돌죠. 내쉬는 숨을 길게 하면서 어깨 힘을 한 번 툭 빼 봐요. 지금까지 준비한 것 중에 그래도 믿을 만한 게 뭐예요?',
  '떨리는 건 그만큼 잘하고 싶다는 뜻이기도 해요. 오늘은 더 준비하는 것보다 몸을 쉬게 해 주는 게 내일의 나를 돕는 길일 수 있어요. 지금 마음은 좀 어때요?',
];
export const NERVES_PREFIX = 'nerves';

// ── 4. One-word answers to the bot's question ────────────────────────────────────────────────

/** A yes before the answer: "ㅇㅇ 세븐틴", "응 홍대". */
const YES = /^(?:ㅇㅇ|ㅇㅇㅇ|응|웅|어|엉|네|넹|넵|예)[\s,.]+/u;
/** A bare length of time: "3년", "21개월", "두 달", "1년 반". */
const BARE_DURATION = /^((?:[0-9]{1,3}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?:년|개월|달)(?:\s?반)?)(?:\s?(?:정도|쯤|가량))?(?:요|이요)?$/u;
/** Words that are no noun answer: feelings, slang reactions, yes/no, fillers. */
const NOT_AN_ANSWER =
  /^(?:ㅇㅇ|ㄴㄴ|응|웅|네|아니|아니요|아냐|몰라|모름|그냥|글쎄|글쎄요|비밀|노코멘트|아무거나|다|전부|없어|없음|있어|있음|뭐|왜|진짜|ㄹㅇ|레알|대박|헐|레전드|최고|짱|굿|개꿀|꿀잼|노잼|개노잼|ㅇㅋ|오키|오케이|맞아|맞음|그럼|당연|당연하지|별로|좋아|싫어|싫음|몰루|음|흠|아|어|엥|ㅎ|ㅋ|행복|슬픔|우울|불안|짜증|화남|빡침|현타|멘붕|개행복|개빡침|킹받네|갓생|손절|읽씹|괜찮아|괜찮음|피곤|졸려|배고파|심심|귀찮|귀찮아)$/u;
/** Thanks, apologies and love said back, in full or short: never a noun answer. */
const THANKS_OR_SORRY = /^(?:고마|고맙|감사|땡큐|쌩큐|미안|죄송|ㄱㅅ|ㄳ|ㅈㅅ|ㅁㅇ|사랑|수고|덕분)/u;
/** The bot's last reply asked a where/who/what question that a noun answers. */
const WH_NOUN = /어디|누구|누가|뭐예요|뭐였어요|뭐야|뭐였|뭔가요|뭘|무슨|무엇|어떤\s?(?:가수|그룹|노래|곡|게임|팀|영화|드라마|사람|과목|메뉴|음식|곳|데)/u;
/** A relationship in the story: a length of time is how long they were together. */
const TOGETHER = /헤어|이별|차였|차임|사귀|연애|남친|여친|남자\s?친구|여자\s?친구|애인|전\s?남친|전\s?여친|썸/u;
const SERVED = /전역|제대|군대|군생활|복무/u;
/** Replies inviting a story: "어떻게 헤어지게 됐는지 말해 줄 수 있어요?". */
const INVITES_TELLING = /(?:말해|들려|얘기해|이야기해|털어놓아?)\s?(?:줄\s?수|줄래|줄\s?래|주실|줘도)/u;

export interface AnswerTurn {
  kind: 'duration' | 'noun' | 'yes_tell';
  reply: string;
}

/**
 * A short answer to the bot's own question, taken up with the user's words. "홍대" after «어디서
 * 만나기로 했어요?» → «홍대에서 만나는군요!…»; "3년" in a breakup → «3년이면 정말 오래 만났네요…»;
 * "21개월" after 전역; "ㅇㅇ" after «말해 줄 수 있어요?» → an invitation to tell. Null when the last
 * reply asked nothing, or the turn says more than a word.
 */
export function answersQuestion(text: string, lastReply: string | undefined, story: readonly string[] = [], heavy = false): AnswerTurn | null {
  if (!lastReply) return null;
  const last = nfc(lastReply);
  if (!/[?？]/u.test(last)) return null;
  const raw = bare(nfc(text));
  if (/[?？]/u.test(nfc(text)) || raw.length === 0 || raw.length > 12) return null;
  if (/^(?:ㅇㅇ|ㅇㅇㅇ|응|웅|넹|넵|네|ㅇㅋ|그래|좋아|좋아요)$/u.test(raw)) {
    return INVITES_TELLING.test(last) ? { kind: 'yes_tell', reply: '좋아요, 편한 만큼만 천천히 들려줘요. 여기서 기다릴게요.' } : null;
  }
  const ans = raw.replace(YES, '').trim();
  const dur = BARE_DURATION.exec(ans);
  if (dur) {
    const d = dur[1]!.replace(/\s+/gu, ' ');
    const josa = hasBatchim(d) ? '이면' : '면';
    const all = [...story, text].map(nfc);
    if (all.some((s) => TOGETHER.test(s))) return { kind: 'duration', reply: `${d}${josa} 정말 오래 만났네요. 그만큼 쉽게 정리되지 않는 게 당연해요. 요즘 제일 많이 떠오르는 건 뭐예요?` };
    if (all.some((s) => SERVED.test(s))) return { kind: 'duration', reply: `${d} 동안 정말 수고 많았어요. 그 시간을 끝까지 해낸 것만으로도 대단해요. 이제 제일 먼저 해 보고 싶은 건 뭐예요?` };
    return { kind: 'duration', reply: `${d}${josa} 짧지 않은 시간이에요. 그동안 어떻게 지내 왔는지 조금 더 들려줄래요?` };
  }
  // One word of letters or digits (a name, a place, a group), not a predicate or a reaction.
  if (!(WH_NOUN.test(last) || YES.test(raw)) || /\s/u.test(ans) || !/^[가-힣A-Za-z0-9]{2,8}$/u.test(ans) || NOT_AN_ANSWER.test(ans)) return null;
  // Session 40 (shorthand): "응 고마워" got «고마워군요!»: thanks and apologies, and any word ending
  // like a predicate (-워, -겠, -었, -래, -군 …), are no noun answer.
  if (THANKS_OR_SORRY.test(ans)) return null;
  if (/(?:다|요|어|아|지|네|음|함|임|됨|듯|게|고|서|데|까|냐|니|자|야|죠|해|했|봐|와|워|줘|셈|욤|용|여|라|걸|겠|었|았|였|웠|랬|렸|쪄|려|며|든|잖|더|얌|넹|엉)$/u.test(ans) && /[가-힣]$/u.test(ans)) return null;
  // …and -래, -군, -대 after a verb ("할래", "했군", "한대"), not 노래, 공군, 홍대.
  if (/(?:할|갈|볼|올|줄|잘|먹을|살|될|그|저)래$|(?:했|였|었|았|겠|하|이|구)군$|(?:했|였|었|았|랬|렸|웠|한|간|온|된|는|린|랜)대$/u.test(ans)) return null;
  const is = hasBatchim(ans) ? '이군요' : '군요';
  const mark = heavy ? '.' : '!';
  if (/어디서\s?만나/u.test(last)) return { kind: 'noun', reply: `${ans}에서 만나는군요${mark} 어떤 하루가 될지 조금 더 들려줄래요?` };
  return { kind: 'noun', reply: `${ans}${is}${mark} 그 얘기 조금 더 들려줄래요?` };
}

/** The bot's last reply asked whom the user told ("소식 듣고 제일 먼저 누구한테 알렸어요?"). */
const ASKS_WHOM_TOLD = /누구(?:한테|에게|께)[^?？]{0,16}(?:알렸|말했|전했|얘기했|자랑했|연락했|전화했|말하고|알리고|전하고|자랑하고)/u;
/** People one tells news to; elders and parents are answered with 하셨어요. */
const TOLD_PERSON = /^(?:ㅇㅇ\s|응\s|네\s)?(?:우리\s?)?(엄마|아빠|엄마\s?아빠|부모님|어머니|아버지|할머니|할아버지|남친|여친|남자\s?친구|여자\s?친구|남편|아내|와이프|신랑|친구|친구들|베프|절친|언니|오빠|누나|형|동생|애인|동기|동기들|팀장님|선배|선배님)(?:한테|에게|께)(?:\s?(?:제일|젤|가장)?\s?(?:먼저|처음|바로))?(?:\s?(?:말했|알렸|얘기했|전화했|연락했|카톡했|톡했|자랑했|말함|알림|전화함|연락함|자랑함)[가-힣]*)?\s*[.!~ㅎㅋ]*$/u;
const ELDER = /^(?:엄마|아빠|엄마\s?아빠|부모님|어머니|아버지|할머니|할아버지|팀장님|선배님)$/u;

/**
 * The person the user told, answering the bot's own who-question: "엄마한테 제일 먼저 말했어" after
 * «소식 듣고 제일 먼저 누구한테 알렸어요?» had got «네, 잘 듣고 있어요. 그때 어떤 생각이 제일 먼저
 * 들었어요?» (session 40, lead). Taken up: «엄마한테 제일 먼저 알렸군요! 엄마는 뭐라고 하셨어요?».
 */
export function answersWhomTold(text: string, lastReply: string | undefined, heavy = false): AnswerTurn | null {
  if (!lastReply || !ASKS_WHOM_TOLD.test(nfc(lastReply))) return null;
  const m = TOLD_PERSON.exec(nfc(text));
  if (!m) return null;
  const who = m[1]!.replace(/\s+/gu, ' ');
  const topic = hasBatchim(who) ? '은' : '는';
  const first = /먼저|처음/u.test(nfc(lastReply)) || /먼저|처음/u.test(nfc(text)) ? '제일 먼저 ' : '';
  const said = ELDER.test(who) ? '하셨어요' : '했어요';
  return { kind: 'noun', reply: `${who}한테 ${first}알렸군요${heavy ? '.' : '!'} ${who}${topic} 뭐라고 ${said}?` };
}

// ── 5. 아니 as a discourse marker ────────────────────────────────────────────────────────────

/** What after 아니 still makes a plain no: "아니 그건 아니야", "아니 별로", "아니 괜찮아". */
const PLAIN_NO = /^(?:아니|아냐|아님|그건|그게|그런|그\s?정도|별로|딱히|전혀|꼭|없|안\s?그래|괜찮아|괜찮아요|됐어|싫어|몰라|뭐\s?(?:그런|별로))/u;
// Session 40: "ㄴㄴ 괜찮진 않아" (after "괜찮아요?") had got conv_no's "괜찮아요, 딱 떠오르는 게 없을 수도 있어요".
const NOT_OK = /^(?:(?:하나도|전혀|진짜|정말|별로|그렇게|그닥|솔직히)\s?)?(?:안\s?괜찮|괜찮지(?:는|가)?\s?않|괜찮진\s?않|괜찮을\s?리가|안\s?괜찬|괜찬지\s?않|괜찬진\s?않)/u;
const FUNNY = /(?:너무|진짜|개|완전|존나|ㅈㄴ|넘)?\s?(?:웃겨|웃김|웃기다|웃기네|웃긴다|빵\s?터|개웃)/u;
const NOT_FUNNY = /웃기지\s?(?:도\s?)?(?:않|마|말)|안\s?웃|비웃|웃기고\s?있|웃기시네/u;

/**
 * "아니" followed by content, which is not a plain no: "아니 안괜찮아" (not okay, said again after
 * "괜찮아 괜찮아"), "아니 너무웃겨" (laughing). Null for a plain no ("아니 그건 아니야").
 */
export function aniThen(text: string): 'not_ok' | 'funny' | null {
  const t = nfc(text);
  const m = /^(?:아니(?:야|요)?|아뇨|아냐|ㄴㄴ+|노노)(?:[\s,.~]|ㅋ)+(.+)$/u.exec(t);
  if (!m) return null;
  const rest = m[1]!.replace(/^ㅋ+\s*/u, '').trim();
  if (NOT_OK.test(rest)) return 'not_ok';
  if (PLAIN_NO.test(rest)) return null;
  if (FUNNY.test(rest) && !NOT_FUNNY.test(rest)) return 'funny';
  return null;
}

export const ANI_REPLIES: Record<'not_ok' | 'funny', readonly string[]> = {
  not_ok: ['괜찮지 않다고 말해 줘서 고마워요. 여기서는 괜찮은 척 안 해도 돼요. 지금 제일 힘든 게 뭐예요?', '안 괜찮은 게 당연해요. 그 마음 그대로 말해도 괜찮아요. 어떤 부분이 제일 버거워요?'],
  funny: ['뭐가 그렇게 웃겼어요? 저도 같이 웃고 싶어요 ㅎㅎ', '그렇게 웃긴 일이 있었군요 ㅎㅎ 무슨 일인지 들려줘요!'],
};
export const ANI_PREFIX = 'ani';

// ── 6. Openers and small talk ────────────────────────────────────────────────────────────────

/** Words that tell a feeling or a hardship: an opener with them is not neutral. */
const FEELING =
  /힘들|힘듦|슬프|슬퍼|우울|짜증|빡|화나|화남|열받|속상|불안|걱정|무서|무섭|외로|외롭|행복|좋았|좋아|좋다|좋은|좋음|싫|망했|망함|망쳤|최악|울었|울어|울고|눈물|죽|아파|아프|지쳤|지침|피곤|떨려|설레|억울|창피|쪽팔|후회|미치|미쳤|서운|섭섭|답답|괴롭|멘붕|현타|킹받|개빡|신나|신남|재밌|재미|대박|헐|ㅠ|ㅜ|ㅋㅋ|!|떨어|잘렸|헤어|싸웠|혼났|다쳤|사고|문제/u;
/** A sentence left open: "발표했는데", "아이돌 연습생인데", "오늘 학교에서 발표했는데". */
const OPEN_END = /(?:는데|인데|ㄴ데|은데|한데|했는데|였는데|였는데요|는데요|인데요|거든|거든요)$/u;
/** A long day told by the hour it ends: "학원 끝나면 11시", "야자 끝나면 10시". */
const LATE_END = /(학원|야자|수업|알바|일|과외|독서실|스카|연습|회사|학교)(?:이|가|은|는)?\s?끝나면\s?(?:밤\s?)?([0-9]{1,2})\s?시/u;
/** Neither good nor bad, or an odd mood with no name: stay with it. */
const NEITHER = /좋은\s?(?:것|거|건)?(?:도|두)\s?아니(?:고|구)\s?나쁜\s?(?:것|거|건)?(?:도|두)\s?아니|좋지도\s?(?:않고|안고)\s?나쁘지도|좋지도\s?나쁘지도|기분\s?(?:이)?\s?(?:묘함|묘해|묘하|이상함|이상해|싱숭생숭|미묘)|묘한\s?기분|싱숭생숭/u;

export interface OpenerTurn {
  kind: 'neither' | 'odd' | 'late' | 'open';
  reply: string;
}

/**
 * A neutral or unfinished opener, or a mood with no name: invited to go on, no feeling named.
 * "발표했는데" → «그랬군요, 조금 더 듣고 싶어요. 그래서 어떻게 됐어요?»; "아이돌 연습생인데" → «아이돌
 * 연습생이군요!…»; "학원 끝나면 11시" → «11시까지면 하루가 꽤 길겠어요…»; "좋은것도 아니고
 * 나쁜것도 아니고" → stays with the in-between. Null when the turn names a feeling or a hardship.
 */
export function openerTurn(text: string): OpenerTurn | null {
  const raw = nfc(text);
  if (/[?？]/u.test(raw) || raw.length > 30) return null;
  const t = bare(raw);
  if (NEITHER.test(t)) {
    // "기분 묘함 근데 좀 슬퍼" names the feeling after all.
    const rest = t.replace(NEITHER, ' ');
    if (/슬프|슬퍼|우울|화나|불안|속상|외로|행복|신나/u.test(rest)) return null;
    return /좋|나쁘|나쁜/u.test(t)
      ? { kind: 'neither', reply: '좋은 것도 나쁜 것도 아닌, 딱 이름 붙이기 어려운 기분이 있죠. 억지로 정하지 않아도 괜찮아요. 오늘 그런 기분이 든 데 떠오르는 일이 있어요?' }
      : { kind: 'odd', reply: '뭐라고 딱 말하기 어려운 묘한 기분이군요. 꼭 이름 붙이지 않아도 괜찮아요. 오늘 어떤 하루였는지 들려줄래요?' };
  }
  if (FEELING.test(t)) return null;
  const late = LATE_END.exec(t);
  if (late && t.length <= 16) {
    const h = late[2]!;
    return { kind: 'late', reply: `${h}시에 끝나면 하루가 꽤 길겠어요. 끝나고 집에 가면 보통 어떻게 지내요?` };
  }
  if (t.length > 20 || !OPEN_END.test(t)) return null;
  // "아이돌 연습생인데", "고3인데": who or where they are, said first.
  const who = /^(?:(?:나|난|저|전)\s)?([가-힣A-Za-z0-9]{1,8}(?:\s[가-힣A-Za-z0-9]{1,6})?)인데$/u.exec(t);
  if (who && !/^(?:근데|요즘|요새|좀|그런|그냥|사실|오늘|지금|이게|그게|저게|뭐|아니|이건|그건|나|저)(?:\s|$)/u.test(who[1]!)) {
    const name = who[1]!;
    return { kind: 'open', reply: `${name}${hasBatchim(name) ? '이군요' : '군요'}! 편하게 이어서 말해 줘요, 듣고 있어요.` };
  }
  // The corpus's own neutral reflections lead (reflections.json), then an invitation to go on.
  if (/(?:했|였|갔|왔|봤|됐|났|었|았)(?:는데|는데요)$/u.test(t)) return { kind: 'open', reply: '그랬군요, 조금 더 듣고 싶어요. 그래서 어떻게 됐어요?' };
  return { kind: 'open', reply: '그 이야기 더 궁금해지네요. 편하게 이어서 말해 줘요.' };
}
export const OPENER_PREFIX = 'opener';

/** A day's plain facts: plans, meals, the commute, the weather, chores. */
const DAILY = /회의|점심|저녁|아침|밥|먹었|먹으려|먹을|먹고|퇴근|출근|날씨|흐리|흐려|맑|마트|장\s?보|집에\s?있|넷플|유튜브|버스|지하철|주말|빨래|청소|카페|산책|운동|택배|약속|마트가|라면/u;
/** Trouble or someone else's doing in the day: no small talk ("회의에서 부장님이 나한테만 뭐라고 했어요"). */
const TROUBLE = /못|안\s?(?:돼|되|해)|없어서|늦|지각|놓쳤|밀려|야근|겨우|아직도|또\s|한테|에게|뭐라|혼|욕|소리|지적|무시|때문|싸|다툼|잔소리|다쳐|아픈|병원/u;
/** A plan or a fact, said as a statement ("별일 없으면 6시에 퇴근할거같아요", "내일은 마트가야됨"). */
const STATEMENT = /(?:요|다|음|함|임|됨|듯|고|어|야|네|지)$/u;

/**
 * Plain small talk about the day, with no feeling or hardship in it ("오늘은 회의가 두개 있어요",
 * "별일 없으면 6시에 퇴근할거같아요", "내일은 마트가야됨"). It had been told «그렇게 화가 나는 건…»,
 * «어이없고 황당한 상황이었네요», «이런저런 생각이 겹쳐서…»: a feeling the user did not say.
 */
export function plainSmallTalk(text: string, story: readonly string[] = []): boolean {
  const raw = nfc(text);
  if (/[?？]/u.test(raw) || raw.length > 40) return false;
  const t = bare(raw);
  if (!DAILY.test(t) || !STATEMENT.test(t) || FEELING.test(t) || TROUBLE.test(t)) return false;
  // Right after a feeling or a hardship told, the day's facts go on with that story.
  return !story.slice(-2).some((s) => FEELING.test(nfc(s)) || TROUBLE.test(nfc(s)));
}

export const SMALL_TALK_REPLIES: readonly string[] = [
  '그렇군요, 오늘 하루가 어떻게 흘러가는지 그려져요. 그 밖에 하고 싶은 이야기가 있으면 편하게 해요.',
  '소소한 하루 이야기도 언제든 좋아요. 편하게 더 들려줘요.',
  '그렇군요. 하루 계획을 들으니 저도 같이 하루를 보내는 것 같아요. 또 어떤 일이 있어요?',
];
export const SMALL_TALK_PREFIX = 'smalltalk';

// ── The turn ─────────────────────────────────────────────────────────────────────────────────

export interface TextingTurn {
  prefix: string;
  replies: readonly string[];
  mood: EmotionId;
  /** Replies to pick first. */
  prefer?: (reply: string) => boolean;
  /** The turn is read as `mood` in the mix too, against the model (mix.ts rereadEmotions). */
  reread?: boolean;
}

export interface TextingContext {
  /** The whole message, a greeting in front kept. */
  whole: string;
  firstTurn: boolean;
  lastReply?: string;
  /** The user's texts before this turn. */
  story: readonly string[];
  /** The panic rule would fire on this turn (panic-now.ts). */
  panic: boolean;
  /** A heavy story so far (a safety turn, misfortune, a low thread): no exclamation marks. */
  heavy: boolean;
  /** Nothing but greetings or goodbyes said before: the turn opens the talk. */
  opening: boolean;
}

/**
 * This module's answer to a turn, or null: "잘 지내?" asked, nerves before an event (where the
 * panic rule would fire or the body is named), 아니 with content, a one-word answer to the bot's
 * question, a neutral or unfinished opener.
 */
export function textingTurn(text: string, ctx: TextingContext): TextingTurn | null {
  if (asksHowIAm(ctx.whole, ctx.firstTurn)) return { prefix: 'howami', replies: [HOW_AM_I_REPLY], mood: 'neutral' };
  // Session 40: after a nerves reply, the worry that follows ("다 망하면 어떡하지 이런 생각만 계속 나") stays with it.
  const nervesBefore = NERVES_REPLIES.includes(ctx.lastReply ?? '');
  if ((ctx.panic || nervesBefore || BODY.test(nfc(text))) && anticipatoryNerves(text, ctx.story)) {
    // A worry with no body named goes first to the reply about the worry.
    const body = BODY.test(nfc(text));
    return { prefix: NERVES_PREFIX, replies: NERVES_REPLIES, mood: 'anxiety', prefer: (r) => body || r !== NERVES_REPLIES[0] };
  }
  if (ctx.panic) return null;
  // Session 41 (laugh-denied.ts): "아니 웃겨서 웃는게 아니라 어이없어서" takes the laugh back; it is no "아니 너무웃겨".
  const denied = laughDenied(text, { lastText: ctx.story.at(-1), lastReply: ctx.lastReply });
  if (denied) return { prefix: `${LAUGH_DENIED_PREFIX}:${denied}`, replies: LAUGH_DENIED_REPLIES[denied], mood: laughDeniedMood(denied, text), reread: true };
  const ani = aniThen(text);
  if (ani) return { prefix: `${ANI_PREFIX}:${ani}`, replies: ANI_REPLIES[ani], mood: ani === 'funny' ? 'joy' : 'sadness' };
  const answer = answersWhomTold(text, ctx.lastReply, ctx.heavy) ?? answersQuestion(text, ctx.lastReply, ctx.story, ctx.heavy);
  if (answer) return { prefix: `answer:${answer.kind}`, replies: [answer.reply], mood: 'neutral' };
  const opener = openerTurn(text);
  // Only an opener is invited on (later, an open sentence goes on with the story); the in-between
  // mood is stayed with anywhere.
  if (opener && (opener.kind === 'neither' || opener.kind === 'odd' || (ctx.opening && !ctx.heavy))) return { prefix: `${OPENER_PREFIX}:${opener.kind}`, replies: [opener.reply], mood: 'neutral' };
  return null;
}
