/**
 * Young users' talk (session 38, younga): a tester wrote like teenagers and people in their twenties
 * and found five ways the bot misread them. Each detector below is pure; `youngTurn` puts them in
 * order and the engine asks it once, after safety and before the intents are read.
 *
 * 1. Sarcasm read as joy. "아 좋아 죽겠네 진짜^^", then "팀플 무임승차 3명", "발표도 나 혼자함", got
 *    "생각만 해도 미소가 지어지는 이야기네요"; "ㅋㅋ 오늘도 역시 레전드 하루^^" … "최고의 하루~" after
 *    being late, a cracked phone and rain got "그 기쁨을 충분히 누렸으면 좋겠어요". Glowing words with a
 *    wink (^^, a trailing ~) are asked about when nothing is told yet, read as the sting they are when
 *    bad events come with or after them, and as a sigh when they close a bad day. After good news
 *    they stay joy ("수시 최초합!!" → "아 좋아 죽겠네^^" is meant): sarcasm.ts answers glowing words
 *    after a hurt the model saw; this one also where the model saw joy all along.
 * 2. Happy tears read as grief. "엄마 울었음" after "수시 최초합!!!!!" got "많이 속상했겠어요", "나도
 *    울음ㅋㅋ" a reply about crying for no reason. After good news, tears are joy and relief. The
 *    other way round, "괜찮아 안울어" after "최애 열애설남" got "기쁨의 눈물이었겠어요": a brave face
 *    after disappointing news is met as one, and "ㅠㅠ 거짓말" after it as the truth it is.
 * 3. Talk to the bot about the bot. "너도 나 싫지?", after being left out of a group chat, got the
 *    bot's own tiredness ("저는 지치거나 외로워하진 않아요"); "너 진짜 공감하는거 맞아?" and
 *    "복붙같은데" got more templates. The person is answered, and a copy-paste complaint owned
 *    honestly, with something the user said earlier said back.
 * 4. English. "hello / how are you / im sad today / my dog died" got "한국어로 이야기해 주시면…" three
 *    times. Korean is asked for once per conversation; a clear disclosure in English is answered in
 *    simple Korean; the dog is remembered when the next Korean turn tells "14년 같이 살았는데".
 *    (Self-harm in English is safety's: safety-rules.ts ENGLISH_RULES, answered in English.)
 * 5. Weeks of anhedonia. "그냥 다 귀찮아 / 학교도 가기싫고 / 게임도 재미없고 / 아무것도 하기싫음 /
 *    몇주째 이럼" got "그때 어떤 마음이 제일 크게 들었어요?". The length is named, sleep and meals
 *    asked about, and someone to talk to suggested without alarm (a school counsellor and 1388 for
 *    the young, 정신건강복지센터 otherwise).
 */
import type { EmotionId } from '../ml/emotions';
import { toldMisfortune } from './misfortune';
import { hasBatchim, lastDetail } from './pushback';
import { isForeignGreeting, isForeignLanguage } from './language';
import { toldDuration } from './told-duration';

const nfc = (text: string): string => text.normalize('NFC').trim();

export const YOUNG_PREFIX = 'young';

// ── 1. Sarcasm ──────────────────────────────────────────────────────────────────────────────

/** Glowing words: "좋아 죽겠네", "너무 좋다", "최고의 하루", "레전드 하루", "아주 잘~". */
const GLOW =
  /좋아\s?죽겠|(?:너무|넘|아주|참|진짜|정말|완전)\s?좋(?:다|네|구나|아)(?![가-힣])|최고(?:의|다|네|야|임|구만|구나)|레전드|완벽(?:한|하네|하다)|행복(?:하다|하네)|신나(?:네|다)(?![가-힣])|아주\s?(?:잘|훌륭|멋)|참\s?잘(?:한다|하네|했네|됐네)|럭키/u;
/** The wink that marks them as not meant: ^^, -_-, 🙃, or a trailing ~ ("최고의 하루~"). ㅋ alone does not: "좋다ㅋㅋ" is usually meant. */
const WINK = /\^\^|\^_\^|\^\.\^|-_-|ㅡㅡ|😇|🙃|~\s*$|~~/u;
/** Words that say the good is real: news, a gift, relief, thanks. */
const GENUINE =
  /그래도|덕분|다행|고마|감사|드디어|재밌|재미있|즐거웠|즐겁|신났|합격|최초합|추합|붙었|붙음|당첨|이겼|우승|생일|선물|고백\s?받|사귀|월급|보너스|용돈|휴가|방학|여행|종강|칼퇴|퇴근(?:이다|임|!|\s?ㅋ)|맛있|데이트|취뽑|취업\s?(?:했|됨|성공)|승진/u;
/** Bad events the young tell in a few words, on top of misfortune.ts's words. */
const YOUNG_BAD =
  /무임\s?승차|(?:나|저|내가|제가)?\s?혼자\s?(?:다\s?)?(?:함(?![가-힣])|했|떠안|맡았|맡음|하는\s?중|해야\s?(?:함|돼|됨|했))|지각|늦잠|깨졌|깨지고|깨짐|떨궈|떨어뜨|떨굼|잃어버|놓쳤|털렸|털림|혼남|혼나고|폭망|(?:비|눈)(?:까지|도)\s?(?:옴|왔|오네|와)|까지\s?(?:옴|왔|터졌|망)|망해서|망쳐서|망침|잘림|짤림|짤렸|펑크|[4-9]\s?등급|꼴찌|읽씹|안\s?읽(?:음|었|네|씹)|차단당|손절당|무시당/u;

/** Whether the turn tells a bad event (misfortune.ts's words or the young's). */
export function toldBadEvent(text: string): boolean {
  const t = nfc(text);
  return toldMisfortune(t) || YOUNG_BAD.test(t);
}

/** Whether the turn tells good news or is glad for a real reason ("합격했어", "생일선물 받음"). */
export function toldGladNews(text: string): boolean {
  return GENUINE.test(nfc(text));
}

/**
 * An opener that is nothing but glowing words and a ^^ ("아 좋아 죽겠네 진짜^^", "ㅋㅋ 오늘도 역시 레전드
 * 하루^^"): it may be meant or not, so it is asked about. A turn with content ("오늘 날씨 너무 좋다^^")
 * or a plain ~ ("너무 좋다~") is not such an opener: it is most often meant.
 */
const OPEN_FRAME =
  /^(?:[ㅋㅎ]+\s?)?(?:아|와|하|캬|크|아오)?\s?(?:오늘(?:도|은)?\s?)?(?:(?:역시|진짜|정말|완전|너무|넘|참|아주)\s?)*(?:좋아\s?죽겠(?:네|다|어|음)|좋다|좋네|레전드(?:\s?하루|네|다|임)?|최고의\s?하루(?:네|다|임)?|최고(?:다|네|야|임)|완벽한\s?하루(?:네|다|임)?|잘\s?(?:돌아가|풀리)(?:네|는구나)|행복하(?:다|네))\s?(?:진짜|정말|ㅋ+|ㅎ+)?\s?(?:\^\^|\^_\^|\^\.\^|🙃|😇)+[\s~.!]*$/u;
export function ironicOpener(text: string): boolean {
  return OPEN_FRAME.test(nfc(text));
}

/** Glowing words with a wink and no real reason in the same turn: "아 좋아 죽겠네 진짜^^", "최고의 하루~". */
export function ironicGlow(text: string): boolean {
  const t = nfc(text);
  return GLOW.test(t) && WINK.test(t) && !GENUINE.test(t);
}

/** A feeling said, no event: "ㄹㅇ 현타옴" after a sting is no new bad event to count. */
function feelingOnly(t: string): boolean {
  return /현타|멘붕|짜증|우울|속상|빡치|빡침|열받|킹받|스트레스/u.test(t) && !YOUNG_BAD.test(t) && t.replace(/[^가-힣]/gu, '').length <= 8;
}

export type IronyKind = 'open' | 'sting' | 'close';

/**
 * Sarcasm in the story: `open`, glowing words with a wink and nothing told yet (asked which it is);
 * `sting`, a bad event told with them or within three turns after them; `close`, glowing words after
 * bad events ("최고의 하루~"). Null after good news more recent than any bad event: then it is meant.
 */
export function ironyKind(text: string, story: readonly string[], gladBefore: boolean): IronyKind | null {
  const t = nfc(text);
  const recent = story.slice(-4).map(nfc);
  const lastGlad = recent.map(toldGladNews).lastIndexOf(true);
  const lastBad = recent.map(toldBadEvent).lastIndexOf(true);
  if (ironicGlow(t)) {
    if (toldBadEvent(t)) return 'sting';
    // The bad event must be the last thing told (or just before a word-less "ㅋ", "ㅇㅇ"): a day that
    // went wrong and then turned fun ("어제 시험 망했는데" → "오늘 친구들이랑 놀았어") may be meant.
    const quietSince = recent.slice(lastBad + 1).every((x) => x.replace(/[^가-힣]/gu, '').length <= 2);
    if (lastBad >= 0 && lastBad > lastGlad && lastBad >= recent.length - 2 && quietSince) return 'close';
    // A hurt told earlier in the story is sarcasm.ts's to read (with the model's readings): no question then.
    if (gladBefore || lastGlad >= 0 || lastBad >= 0 || !ironicOpener(t)) return null;
    return 'open';
  }
  if (!toldBadEvent(t) || toldGladNews(t) || feelingOnly(t)) return null;
  const opener = recent.slice(-3).map(ironicOpener).lastIndexOf(true);
  if (opener < 0) return null;
  const offset = recent.length - Math.min(3, recent.length);
  return lastGlad > opener + offset ? null : 'sting';
}

/** What the reply calls the wink: "^^" when there was one, else the words. */
function winkWord(story: readonly string[], text: string): string {
  return [...story.slice(-3), text].some((s) => /\^\^|\^_\^/u.test(s)) ? '^^가' : '그 말이';
}

export function ironyReplies(kind: IronyKind, text: string, story: readonly string[], firstSting = true): { replies: string[]; mood: EmotionId; key: string } {
  const t = nfc(text);
  if (kind === 'open') {
    const sus = /\^\^|\^_\^/u.test(t) ? '^^가 좀 수상한데요?' : '왠지 좀 수상한데요?';
    if (/레전드/u.test(t)) return { replies: [`레전드 하루라니, 좋은 쪽 레전드예요, 아니면 그 반대예요? ${sus} 무슨 일 있었는지 들려줘요.`], mood: 'neutral', key: 'open' };
    const said = /좋아\s?죽겠/u.test(t) ? '좋아 죽겠다는데' : '말은 좋다는데';
    return { replies: [`${said} ${sus} 진짜 좋은 일이에요, 아니면 그 반대예요? 무슨 일인지 들려줘요.`], mood: 'neutral', key: 'open' };
  }
  if (kind === 'close') {
    return {
      replies: [
        '말로는 최고라지만, 들어 보니 하나도 안 풀린 하루였네요. 여기선 그냥 "오늘 진짜 별로였어"라고 해도 돼요. 남은 시간은 좀 편하게 쉬었으면 좋겠어요.',
        '이쯤 되면 웃음밖에 안 나오죠. 그래도 속은 꽤 지쳤을 것 같아요. 오늘은 스스로한테 좀 너그러워도 돼요.',
      ],
      mood: 'sadness',
      key: 'close',
    };
  }
  // The first sting in the thread names the wink ("^^가 더 무섭네요…"); later ones go straight to the event.
  const wink = winkWord(story, t);
  const stung = (lead: string): string => (firstSting ? `${wink} 더 무섭네요… ${lead}` : lead);
  if (/혼자/u.test(t)) {
    const what = /발표/u.test(t) ? '발표까지 ' : '';
    return { replies: [stung(`${what}혼자 다 떠안았으면 진짜 화났겠어요. 제일 열받는 게 뭐예요?`), '혼자 다 떠안는 거, 몸보다 마음이 더 지치죠. 억울한 마음이 드는 게 당연해요.'], mood: 'anger', key: 'sting:alone' };
  }
  if (/무임\s?승차/u.test(t)) {
    return { replies: [stung('무임승차가 있으면 그 몫은 결국 남은 사람한테 몰리죠. 속이 부글부글했겠어요.'), '무임승차하는 사람들 몫까지 하려면 진짜 억울하죠. 화나는 게 당연해요.'], mood: 'anger', key: 'sting:freeride' };
  }
  if (/시험|모의고사|성적|등급/u.test(t) && /망|등급|꼴찌|떨어/u.test(t)) {
    return { replies: [stung('시험 망친 날이 좋을 리가 없죠. 웃으면서 말해도 속은 꽤 쓰리겠어요. 제일 아쉬운 게 뭐예요?')], mood: 'sadness', key: 'sting:exam' };
  }
  return {
    replies: [
      firstSting ? '아, 그래서 그렇게 말했군요. 시작부터 꼬인 하루였네요. 또 무슨 일 있었어요?' : '아이고, 하나로 안 끝났네요. 또 무슨 일 있었어요?',
      '하루에 이게 다 몰려오면 웃음밖에 안 나오죠. 속은 꽤 지쳤겠어요.',
      '거기에 이것까지라니, 오늘 진짜 안 풀리네요. 그럴 땐 웃어넘기는 것도 힘이 들죠.',
    ],
    mood: 'sadness',
    key: 'sting:generic',
  };
}

// ── 2. Happy tears after good news; a brave face after disappointing news ──────────────────────

const TEARS = /울었|울음|울어|울더라|울컥|눈물|우셨|우심|울고|울더|엉엉|오열/u;
const NO_TEARS = /안\s?울|울지\s?않|울지도\s?않|울\s?뻔|눈물(?:이|은|도)?\s?안\s?나|울면\s?안/u;
const SAD_TEARS = /^(?:근데|그런데|하지만|그치만)|눈물만|울기만|자꾸\s?(?:눈물|울)|이유\s?없이|우울|누워만|아무것도\s?(?:못|안)|지쳐|지친|외로|떨어져|불합|탈락|안\s?돼서|못\s?해서|슬퍼|서러|서운|속상|억울|힘들|그리워|보고\s?싶|무서|아파서|혼나서|맞아서|싸워서/u;
/** The one who cried, when the turn names someone else: "엄마 울었음", "아빠도 우셨어". */
const WHO_CRIED = /(엄마|아빠|어머니|아버지|부모님|할머니|할아버지|언니|누나|오빠|형|동생|남친|여친|친구|쌤|선생님)(?:님)?(?:가|이|도|는|께서)?\s?(?:[가-힣]+\s)?(?:울었|울음|울어|울더|우셨|우심|울고|눈물|울컥|엉엉|오열)/u;
const SELF_CRIED = /(?:^|\s|[ㅋㅎ.!,])(?:나|저|내가|제가|나도|저도)\s?(?:[가-힣]+\s)?(?:울었|울음|울어|울고|눈물|울컥|엉엉|오열)|^(?:울었|울음|눈물|울컥|엉엉|오열)/u;

const BARE_TEARS =
  /^(?:(?:엄마|아빠|어머니|아버지|부모님|할머니|할아버지|언니|누나|오빠|형|동생|남친|여친|친구|쌤|선생님|나|저|내가|제가|우리|둘\s?다)(?:님)?(?:가|이|도|는|께서|랑|이랑|하고)?\s?){1,3}(?:같이\s?|함께\s?|펑펑\s?|엉엉\s?|진짜\s?|완전\s?)?(?:울었|울음|울어|우셨|우심|울컥|눈물\s?(?:남|났|나|흘렸|터졌))[가-힣]{0,2}[\sㅋㅎㅠㅜ!~.]*$/u;

/**
 * Tears after good news (within the last four turns, no bad event since): who cried, or null.
 * "엄마 울었음" after "수시 최초합!!!!!" → `{ who: '엄마' }`; "나도 울음ㅋㅋ" → `{ self: true, with: '엄마' }`.
 */
export function tearsOfJoy(text: string, story: readonly string[]): { who: string | null; self: boolean; with: string | null } | null {
  const t = nfc(text);
  if (!TEARS.test(t) || NO_TEARS.test(t) || SAD_TEARS.test(t) || toldBadEvent(t)) return null;
  // Everyone's tears ("소식 듣고 다들 눈물 흘리더라") may be of joy or not: joy-thread.ts names no feeling there.
  if (/다들|모두|사람들|식구들/u.test(t)) return null;
  // Unless the news is in the turn itself, only the bare reaction right after it ("엄마 울었음", "나도
  // 울음ㅋㅋ"): a turn that tells more ("아빠가 전화로 한참 우셨어") may be about something else, and the
  // engine reads it with the story as a whole.
  if (!toldGladNews(t) && !BARE_TEARS.test(t)) return null;
  const recent = [...story.slice(-4).map(nfc), t];
  const glad = recent.map(toldGladNews).lastIndexOf(true);
  if (glad < 0 || recent.slice(glad + 1).some(toldBadEvent) || toldBadEvent(recent[glad]!)) return null;
  const together = /(엄마|아빠|어머니|아버지|부모님|할머니|할아버지|언니|누나|오빠|형|동생|남친|여친|친구)(?:님)?(?:랑|이랑|하고|와|과)\s?(?:같이|함께|둘이)?\s?(?:펑펑\s?|엉엉\s?)?(?:울었|울음|울어|울고|눈물)/u.exec(t);
  if (together) return { who: null, self: true, with: together[1]! };
  const who = WHO_CRIED.exec(t)?.[1] ?? null;
  const self = SELF_CRIED.test(t) || (!who && /^(?:나도\s?|저도\s?)?(?:울었|울음|울어|눈물|울컥)/u.test(t));
  const withWhom = self ? (recent.slice(glad + 1).map((s) => (NO_TEARS.test(s) ? null : (WHO_CRIED.exec(s)?.[1] ?? null))).filter((w) => w !== null).at(-1) ?? null) : null;
  return { who: self ? null : who, self, with: withWhom };
}

export function tearsOfJoyReplies(tears: { who: string | null; self: boolean; with: string | null }): string[] {
  if (tears.self && tears.with) {
    const and = hasBatchim(tears.with) ? '이랑' : '랑';
    return [`${tears.with}${and} 같이 울었다니, 그동안 얼마나 애썼는지 보여요. 축하해요! 이 기분 오래 누려요.`];
  }
  if (tears.self) return ['기뻐서 눈물까지 났군요. 그동안 얼마나 애썼는지 보여요. 정말 축하해요!'];
  if (tears.who) {
    const subj = tears.who === '부모님' ? '부모님이' : `${tears.who}${hasBatchim(tears.who) ? '이' : '가'}`;
    return [`${subj} 우셨다니, 그동안 옆에서 얼마나 마음 졸이며 응원했는지 느껴져요. 정말 축하해요!`];
  }
  return ['기쁜 눈물이었겠어요. 그만큼 간절했던 거죠. 정말 축하해요!'];
}

/** "괜찮아 안울어", "하나도 안 슬퍼": a brave face. */
const BRAVE = /(?:괜찮아|괜찮음|괜찮거든|멀쩡해)[^가-힣]{0,3}\s?(?:나\s?)?(?:안\s?울|안\s?슬퍼|눈물\s?안)|(?:^|\s)(?:나\s?)?안\s?울어(?:요)?(?![가-힣])|안\s?울거(?:든|야|임)|하나도\s?안\s?(?:슬퍼|슬픔|아파|서운)/u;
/** Disappointing news the young tell: an idol's dating rumour, a crush, a friend, results. */
const LETDOWN = /열애설|열애|결혼\s?발표|탈퇴|해체|군대|입대|은퇴|차였|차임|헤어|읽씹|손절|떨어졌|불합|탈락|망함|망했|취소|못\s?간대|못\s?가|안\s?된대|안\s?됨/u;

/** A brave face after disappointing news (this turn's or within the last three): "괜찮아 안울어" after "최애 열애설남". */
export function braveFace(text: string, story: readonly string[]): boolean {
  const t = nfc(text);
  if (!BRAVE.test(t)) return false;
  const recent = story.slice(-3).map(nfc);
  return (LETDOWN.test(t) || recent.some((s) => LETDOWN.test(s) || toldBadEvent(s))) && !recent.some(toldGladNews);
}

export function braveFaceReplies(story: readonly string[]): string[] {
  const idol = story.slice(-3).some((s) => /최애|아이돌|오빠들|덕질/u.test(s) && /열애|결혼|탈퇴|해체|입대|군대/u.test(s));
  return idol
    ? ['안 운다고 해도, 최애 열애설이면 마음이 철렁하는 게 당연해요. 여기선 괜찮은 척 안 해도 돼요.']
    : ['안 운다고 해도, 그 소식 듣고 마음이 덜컥했을 것 같아요. 여기선 괜찮은 척 안 해도 돼요.'];
}

/** A bare laugh right after disappointing news ("ㅋㅋㅋㅋㅋㅋ" after "최애 열애설남"): a brave face too, not joy. */
export function laughAfterLetdown(text: string, story: readonly string[]): boolean {
  const t = nfc(text);
  const last = story.at(-1);
  return /^[ㅋㅎ]{3,}[\s.~!]*$/u.test(t) && last !== undefined && LETDOWN.test(nfc(last)) && !toldGladNews(last);
}
export const LAUGH_AFTER_LETDOWN_REPLIES = ['웃고는 있지만, 마음은 좀 복잡할 것 같아요. 지금 솔직한 기분은 어때요?'];

/** After the brave-face reply: tears or "거짓말" own up to the hurt. */
export function ownsUpAfterBrave(text: string): boolean {
  const t = nfc(text);
  return /거짓말|사실\s?(?:은|슬퍼|울)|솔직히\s?(?:슬퍼|속상|울)|울고\s?있|눈물\s?남|ㅠㅠ|ㅜㅜ/u.test(t) && !/안\s?울/u.test(t);
}
export const OWNS_UP_REPLIES = ['솔직하게 말해 줘서 고마워요. 그만큼 좋아했으니까 속상한 게 당연해요. 울고 싶으면 여기서 실컷 울어도 돼요.'];

// ── 3. Talk about the bot ───────────────────────────────────────────────────────────────────

/** "너도 나 싫지?", "너도 내가 싫어?", "너도 날 귀찮아하지?": the user asks whether the bot dislikes them. */
const BOT_DISLIKES = /^(?:[가-힣]{1,3}\s)?(?:너|넌|니)(?:도|는|까지)?\s?(?:나|날|저|절|내가|제가)\s?(?:싫|미워|귀찮|짜증)[가-힣]*\s*[?？ㅋㅎㅠㅜ.…]*$/u;
export function asksIfBotDislikes(text: string): boolean {
  return BOT_DISLIKES.test(nfc(text));
}

export function botDislikesReply(story: readonly string[]): string {
  const recent = story.slice(-5).map(nfc);
  const leftOut = recent.some((s) => /빼고|빠졌|따돌|왕따|무시|혼자\s?밥|안\s?좋아|싫어하|손절|읽씹|초대\s?안/u.test(s));
  if (!leftOut) return '전혀요, 싫을 리가요. 혹시 요즘 누가 나를 싫어하는 것 같다고 느끼게 한 일이 있었어요?';
  const pretended = recent.some((s) => /척/u.test(s));
  return pretended
    ? '전혀요. 그런 일 겪으면 다들 나를 싫어하나 싶어지죠. 괜찮은 척하느라 애썼을 텐데, 여기선 안 그래도 돼요.'
    : '전혀요. 그런 일 겪으면 다들 나를 싫어하나 싶어지죠. 저는 이렇게 털어놔 줘서 고마워요.';
}

export const JOKING_REPLY = '농담이어도 괜찮아요. 그런 말이 나올 만큼 서운한 일이었잖아요. 여기선 편하게 말해도 돼요.';

/** "너 진짜 공감하는거 맞아?", "복붙같은데", "템플릿이네": the bot's replies doubted. Not someone else's (친구가 공감을 못해줘) nor homework copied. */
const DOUBTS_EMPATHY =
  /공감(?:하는|하고\s?있는|은)?\s?(?:거|것)\s?(?:맞|진짜)|공감\s?(?:하는\s?척|못\s?하네|안\s?하네)|복붙|복사\s?붙여|템플릿|(?:매번|맨날|아까랑|계속)\s?(?:똑같은|같은)\s?(?:말|소리|대답|답)|정해진\s?(?:말|대답|답)만|자동\s?응답/u;
const NOT_ABOUT_BOT = /과제|숙제|레포트|리포트|보고서|논문|자소서|코드|친구|엄마|아빠|부모|선생님|쌤|걔|쟤|남친|여친|교수|팀장|부장|과장|사장|상사|선배|후배|언니|누나|오빠|형|동생|남편|아내|할머니|할아버지|카톡|글을|기사/u;
export function doubtsEmpathy(text: string): boolean {
  const t = nfc(text);
  return DOUBTS_EMPATHY.test(t) && !NOT_ABOUT_BOT.test(t) && t.length <= 30;
}

export function doubtEmpathyReplies(story: readonly string[], text: string): string[] {
  const detail = lastDetail(story);
  const copied = /복붙|복사|템플릿|똑같|같은\s?(?:말|소리|대답|답)|정해진|자동/u.test(nfc(text));
  const honest = copied
    ? '맞아요, 비슷한 말이 돌아오면 복붙처럼 느껴지죠. 솔직히 저는 준비된 문장 중에서 골라 답하는 프로그램이라 그래요, 미안해요.'
    : '솔직히 저는 사람처럼 느끼는 건 아니고, 준비된 문장 중에서 골라 답하는 프로그램이에요. 그래서 어긋나게 들렸다면 미안해요.';
  const back = detail ? `그래도 "${detail}"라고 한 건 기억하고 있어요. 그 얘기, 제가 놓친 게 있으면 말해 줘요.` : '그래도 들려주는 얘기는 놓치지 않고 들을게요. 오늘 있었던 일 하나만 들려줄래요?';
  return [`${honest} ${back}`];
}

// ── 4. English ─────────────────────────────────────────────────────────────────────────────

export type EnglishDisclosure = 'pet_died' | 'someone_died' | 'sad' | 'lonely' | 'anxious' | 'broke_up';

const PET = /\b(dog|doggy|puppy|pup|cat|kitty|kitten|pet|hamster|bird|parrot|rabbit|bunny|fish|turtle)\b/;
const DIED = /\b(died|dead|passed away|passed on|put down|put to sleep|gone to heaven)\b/;
const KIN = /\b(mom|mum|mother|dad|father|grandma|grandmother|granny|grandpa|grandfather|brother|sister|friend|best friend|wife|husband|son|daughter|uncle|aunt|cousin|boyfriend|girlfriend|teacher)\b/;
const NOT_A_DEATH = /\b(phone|battery|laptop|computer|car|game|character|plant|wifi|server|joke|meme)\b|laugh|lol|lmao|\bdied of (cringe|embarrassment|laughter)/;
const NEGATED = /\b(not|never|no longer)\b|n't\b|\bnot\s+(really|that)\b/;
const FEELING = /\b(?:i'?m|im|i am|i feel|feeling|feel|so|really|very)\s+(?:so\s+|really\s+|very\s+|kinda\s+|a bit\s+)?(sad|down|upset|depressed|miserable|heartbroken|unhappy|lonely|alone|anxious|scared|worried|stressed)\b/;

/** A clear disclosure in a turn written in English ("my dog died", "im sad today"), or null. */
export function englishDisclosure(text: string): EnglishDisclosure | null {
  const t = nfc(text).toLowerCase().replace(/[’']/gu, "'");
  if (!isForeignLanguage(t) || isForeignGreeting(t)) return null;
  if (DIED.test(t) || /\blost my\b/.test(t)) {
    if (NOT_A_DEATH.test(t) || /\bnot\b|n't\b|\balmost\b|\bnearly\b/.test(t)) return null;
    if (PET.test(t)) return 'pet_died';
    if (KIN.test(t)) return 'someone_died';
  }
  if (/\b(broke up|break up|broken up|breakup|dumped me|got dumped|left me)\b/.test(t) && !NEGATED.test(t)) return 'broke_up';
  const f = FEELING.exec(t);
  if (f && !NEGATED.test(t)) {
    const w = f[1]!;
    if (/lonely|alone/.test(w)) return 'lonely';
    if (/anxious|scared|worried|stressed/.test(w)) return 'anxious';
    return 'sad';
  }
  return null;
}

/** The animal, in Korean, for the reply: 강아지, 고양이, or 반려동물. */
export function petWord(text: string): string {
  const t = text.toLowerCase();
  if (/\b(dog|doggy|puppy|pup)\b/.test(t)) return '강아지';
  if (/\b(cat|kitty|kitten)\b/.test(t)) return '고양이';
  return '반려동물';
}

export const ENGLISH_DISCLOSURE_REPLIES: Record<EnglishDisclosure, (text: string) => string> = {
  pet_died: (t) => `${petWord(t)}${hasBatchim(petWord(t)) ? '이' : '가'} 세상을 떠났군요… 정말 마음이 아프겠어요. 얼마나 함께 지냈어요?`,
  someone_died: () => '소중한 사람을 잃었군요. 정말 마음이 아프겠어요. 편한 만큼만 천천히 들려줘요.',
  sad: () => '오늘 마음이 많이 슬프군요. 무슨 일이 있었는지 들려줄래요? 짧게라도 괜찮아요.',
  lonely: () => '많이 외롭군요. 그 마음 꺼내 줘서 고마워요. 요즘 어떤 일이 있었어요?',
  anxious: () => '걱정되고 불안한 마음이군요. 무엇이 제일 마음에 걸리는지 들려줄래요?',
  broke_up: () => '헤어졌군요. 많이 힘들겠어요. 지금 어떤 마음이 제일 큰지 천천히 들려줄래요?',
};
/** Said once, after the first English disclosure, when Korean was not asked for yet. */
export const KOREAN_ONCE = '한국어로 말해 주면 제가 더 잘 알아들을 수 있어요.';
/** English turns after Korean was asked for once: no second request. */
export const HOW_ARE_YOU_REPLY = '저는 잘 있어요, 물어봐 줘서 고마워요. 편하게 이어서 이야기해 줘요.';
export const ENGLISH_AGAIN_REPLY = '영어는 제가 다 알아듣지 못해서 미안해요. 그래도 듣고 있어요, 편한 만큼 이어서 들려줘요.';

/** Whether Korean was already asked for in this conversation (language.ts's replies). */
export function koreanAsked(used: readonly string[]): boolean {
  return used.some((id) => /^foreign(?:_greeting)?#/u.test(id) || id.startsWith(`${YOUNG_PREFIX}:en:`));
}

/**
 * The first Korean turn after a pet's death told in English, with the time they shared ("ㅠㅠ 14년
 * 같이 살았는데"): the animal and the years kept together.
 */
export function petAfterEnglish(text: string, story: readonly string[]): string | null {
  const t = nfc(text);
  if (isForeignLanguage(t) || !/[가-힣]/u.test(t)) return null;
  const told = story.slice(-3).find((s) => englishDisclosure(s) === 'pet_died');
  if (!told) return null;
  const pet = petWord(told);
  const years = toldDuration(t.replace(/^[ㅠㅜ.\s]+/u, ''), 30);
  if (years) return `${pet}${hasBatchim(pet) ? '이랑' : '랑'} ${years}이나 같이 살았으면 가족이었죠. 그 긴 시간만큼 빈자리도 크게 느껴질 거예요. 어떤 아이였는지 들려줄래요?`;
  if (/같이\s?살|키웠|키운|보고\s?싶|[ㅠㅜ]/u.test(t)) return `${pet} 생각에 마음이 많이 아프죠. 천천히 들려줘요, 어떤 아이였어요?`;
  return null;
}

// ── 5. Weeks of anhedonia ──────────────────────────────────────────────────────────────────

const ANHEDONIA = /귀찮|하기\s?싫|하기싫|가기\s?싫|가기싫|재미(?:가|도)?\s?없|재미없|의욕(?:이|도)?\s?없|아무것도\s?(?:하기\s?)?(?:싫|못|안)|무기력|흥미(?:가|도)?\s?없|즐겁지\s?않|다\s?싫|아무\s?생각\s?없/u;
const LONG = /(몇|[0-9]+|한|두|세|네|여러)\s?(주|달|개월)\s?(째|동안|넘게|이상|내내)/u;
const YOUTH = /학교|학원|담임|수능|모의고사|중딩|고딩|중학|고등|고[1-3]|중[1-3]|야자|수행|급식|반\s?애들|과제|교실|기숙사/u;

/**
 * Weeks of not wanting anything: a length of weeks or months, and no wish to do anything told in at
 * least two turns of the story (this one included). "3주 동안 여행 갔다 와서 일하기 싫다" alone is not.
 * Returns the length as said ("몇 주째") or null.
 */
export function weeksOfAnhedonia(text: string, story: readonly string[]): string | null {
  const t = nfc(text);
  const m = LONG.exec(t);
  if (!m) return null;
  const turns = [...story.slice(-5).map(nfc), t];
  if (turns.filter((s) => ANHEDONIA.test(s)).length < 2) return null;
  if (/여행|휴가|방학|연휴|쉬었|놀았/u.test(t)) return null;
  return `${m[1]} ${m[2]}${m[3] === '째' ? '째' : ` ${m[3]}`}`;
}

export function anhedoniaReply(length: string, story: readonly string[], text: string): string {
  const young = [...story, text].some((s) => YOUTH.test(s));
  const lead = `${length} 이렇다면, 게을러서가 아니라 마음이 꽤 오래 지쳐 있는 걸 수도 있어요. 요즘 잠은 잘 자고, 밥은 챙겨 먹고 있어요?`;
  return young
    ? `${lead} 혼자 버티지 말고 학교 상담 선생님이나 청소년상담 1388(전화나 문자)에 한번 털어놔 보는 것도 방법이에요.`
    : `${lead} 이런 상태가 계속되면 가까운 정신건강복지센터나 병원에서 한번 이야기해 보는 것도 도움이 될 수 있어요.`;
}

// ── In order ────────────────────────────────────────────────────────────────────────────────

export interface YoungTurn {
  reply: string;
  id: string;
  kind: 'followup' | 'meta';
  mood?: EmotionId;
  /** An English turn: its emotion reading is noise and does not count toward the mood. */
  uncounted?: boolean;
}

export interface YoungContext {
  /** The user's turns before this one (the engine's storyTexts). */
  story: readonly string[];
  /** Reply ids given so far. */
  used: readonly string[];
  /** Whether the story so far is good news (engine's joyStoryOf). */
  gladBefore: boolean;
}

function firstUnused(replies: readonly string[], prefix: string, used: readonly string[]): { reply: string; id: string } | null {
  const i = replies.findIndex((_, n) => !used.includes(`${prefix}#${n}`));
  return i >= 0 ? { reply: replies[i]!, id: `${prefix}#${i}` } : null;
}

/** The reply for a young user's turn that one of the cases above answers, or null. */
export function youngTurn(raw: string, ctx: YoungContext): YoungTurn | null {
  const text = nfc(raw);
  const { story, used } = ctx;
  // 4. English first: no Korean detector reads it.
  if (isForeignLanguage(text)) {
    const disclosed = englishDisclosure(text);
    if (disclosed) {
      const prefix = `${YOUNG_PREFIX}:en:${disclosed}`;
      const base = ENGLISH_DISCLOSURE_REPLIES[disclosed](text);
      const reply = koreanAsked(used) ? base : `${base} ${KOREAN_ONCE}`;
      return { reply, id: `${prefix}#0`, kind: 'followup', mood: 'sadness', uncounted: true };
    }
    if (!koreanAsked(used) || isForeignGreeting(text)) return null;
    const t = text.toLowerCase();
    if (/\bhow\s+(are|r)\s+(you|u)\b|\bhow'?s it going\b|\bhru\b/.test(t) && !used.includes(`${YOUNG_PREFIX}:en_howareyou`)) {
      return { reply: HOW_ARE_YOU_REPLY, id: `${YOUNG_PREFIX}:en_howareyou`, kind: 'meta', uncounted: true };
    }
    return { reply: ENGLISH_AGAIN_REPLY, id: `${YOUNG_PREFIX}:en_again`, kind: 'meta', uncounted: true };
  }
  const pet = petAfterEnglish(text, story);
  if (pet && !used.includes(`${YOUNG_PREFIX}:pet`)) return { reply: pet, id: `${YOUNG_PREFIX}:pet`, kind: 'followup', mood: 'sadness' };

  // 3. About the bot.
  if (asksIfBotDislikes(text)) {
    const reply = botDislikesReply(story);
    return { reply, id: `${YOUNG_PREFIX}:dislikes`, kind: 'followup', mood: 'hurt' };
  }
  // "ㅋㅋ 농담" right after: taken lightly, the hurt behind it still allowed.
  if (used.at(-1) === `${YOUNG_PREFIX}:dislikes` && /농담|장난|ㅈㄷ|아님\s*$|아니야\s*$/u.test(text) && text.length <= 12) {
    return { reply: JOKING_REPLY, id: `${YOUNG_PREFIX}:dislikes_joke`, kind: 'followup', mood: 'hurt' };
  }
  if (doubtsEmpathy(text)) {
    const [reply] = doubtEmpathyReplies(story, text);
    const n = used.filter((id) => id.startsWith(`${YOUNG_PREFIX}:doubt`)).length;
    // A second doubt in a row is not answered with the same honesty twice: the second says it shorter.
    const detail = lastDetail(story);
    const second = detail
      ? `맞아요, 제 대답이 자꾸 비슷하게 들렸죠. 미안해요. "${detail}", 그 얘기 제대로 듣고 싶어요. 그때 어땠는지 더 들려줄래요?`
      : '맞아요, 제 대답이 자꾸 비슷하게 들렸죠. 미안해요. 이번엔 제가 묻기보다 듣기만 할게요, 하고 싶은 말 편하게 해 줘요.';
    return { reply: n === 0 ? reply! : second, id: `${YOUNG_PREFIX}:doubt#${Math.min(n, 1)}`, kind: 'meta' };
  }

  // 2. Tears after good news; a brave face after a letdown, and owning up after it.
  const tears = tearsOfJoy(text, story);
  if (tears) {
    const pick = firstUnused(tearsOfJoyReplies(tears), `${YOUNG_PREFIX}:tears${tears.self ? ':self' : ''}`, used);
    if (pick) return { ...pick, kind: 'followup', mood: 'joy' };
  }
  if (braveFace(text, story)) {
    const pick = firstUnused(braveFaceReplies(story), `${YOUNG_PREFIX}:brave`, used);
    if (pick) return { ...pick, kind: 'followup', mood: 'sadness' };
  }
  if (laughAfterLetdown(text, story)) {
    const pick = firstUnused(LAUGH_AFTER_LETDOWN_REPLIES, `${YOUNG_PREFIX}:brave_laugh`, used);
    if (pick) return { ...pick, kind: 'followup', mood: 'sadness' };
  }
  if (used.at(-1)?.startsWith(`${YOUNG_PREFIX}:brave`) && ownsUpAfterBrave(text)) {
    const pick = firstUnused(OWNS_UP_REPLIES, `${YOUNG_PREFIX}:owns_up`, used);
    if (pick) return { ...pick, kind: 'followup', mood: 'sadness' };
  }

  // 5. Weeks of anhedonia.
  const weeks = weeksOfAnhedonia(text, story);
  if (weeks && !used.includes(`${YOUNG_PREFIX}:anhedonia`)) return { reply: anhedoniaReply(weeks, story, text), id: `${YOUNG_PREFIX}:anhedonia`, kind: 'followup', mood: 'sadness' };

  // 1. Sarcasm.
  const irony = ironyKind(text, story, ctx.gladBefore);
  if (irony) {
    const firstSting = !used.some((id) => id.startsWith(`${YOUNG_PREFIX}:irony:sting`));
    const { replies, mood, key } = ironyReplies(irony, text, story, firstSting);
    const pick = firstUnused(replies, `${YOUNG_PREFIX}:irony:${key}`, used);
    if (pick) return { ...pick, kind: 'followup', mood };
  }
  return null;
}
