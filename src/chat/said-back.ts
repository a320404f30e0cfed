/**
 * Session 43 (longtalk): turns of a long talk that name a clear situation but had fallen to a stock
 * follow-up (`npm run eval:long-talks`, data/eval/long_talks/). Three patterns came up most, all in
 * a hurting story:
 * - someone's kindness told: "제 동기 수진이가 회의 끝나고 커피 사주면서 위로해줬어요" got «네, 무슨 말인지
 *   알 것 같아요. 그래서 그 뒤엔 어떻게 됐어요?», "서윤이가 엄마 울지마 하면서 휴지를 가져다줬어요"
 *   «천천히 들을게요. 조금 더 자세히 들려줄래요?», "이정민 대리님은 괜찮다고 처음엔 다 그런다고
 *   해주셨어" «이야기해 줘서 고마워요. 지금은 어떤 마음이…»;
 * - someone's words reported: "어제 지현이가 너 요즘 좀 이상하다고 하더라" got «지금 느끼는 슬픔을 억지로
 *   밀어내지 않아도 괜찮아요. 언제부터 이런 마음이 들기 시작했어요?»;
 * - better days recalled inside a hurting story: "성훈씨랑 처음엔 정말 좋았거든요" (a marriage gone
 *   quiet) got «저도 같이 신이 나네요. 이 기분에 어울리는 노래가…», "원래 예린이랑 제일 친했었어" (a
 *   friend who ignored her at the wedding) «그랬군요. 조금 더 자세히 들려줄래요?», "아버지랑은 어릴 때
 *   낚시 자주 다녔어요" (a father's dementia) «그 무게를 혼자 안고 있었다니 마음이 아파요».
 * Each is said back with the person named, and asked about in a way that fits. Pure and tight:
 * `saidBackTurn` returns null for anything else, and each reply is given once a conversation and
 * only when its question may be asked (the caller's `allowed`, long-memory.ts).
 */

import type { EmotionId } from '../ml/emotions';
import { calledAs, peopleTold } from './long-memory';
import { mayBeName } from './names';

const nfc = (s: string): string => s.normalize('NFC');

/** Whether the word ends in a final consonant (받침): picks 이/가, 과/와. */
function batchim(word: string): boolean {
  const c = word.normalize('NFC').charCodeAt(word.length - 1);
  return c >= 0xac00 && c <= 0xd7a3 && (c - 0xac00) % 28 !== 0;
}
const subject = (who: string): string => `${who}${batchim(who) ? '이' : '가'}`;
const withWho = (who: string): string => `${who}${batchim(who) ? '과' : '와'}`;

export interface SaidBackContext {
  /**
   * The story so far hurts: an earlier turn was met in a hurting mood, or a loss was told. Every pattern
   * needs it: in a glad talk "남자친구가 선물 사줬어!" is good news, and "처음엔 좋았어" no loss.
   */
  hurting: boolean;
  /** Replies already given (ids). */
  used: readonly string[];
  /** Whether a reply's question may be asked now (long-memory.ts: not the kind just asked, nor a third time). */
  allowed: (reply: string) => boolean;
}

export interface SaidBackTurn {
  id: string;
  reply: string;
  mood: EmotionId;
}

export const SAID_BACK_PREFIX = 'saidback';

/** People the user may name by who they are, with no name ("엄마가", "우리 팀장님이"). */
const RELATIONS =
  '엄마|아빠|어머니|아버지|어머님|아버님|시어머니|장모님|할머니|할아버지|남편|아내|와이프|신랑|남친|여친|남자\\s?친구|여자\\s?친구|애인|친구|친구들|동기|동료|선배|후배|형|오빠|누나|언니|동생|남동생|여동생|아들|딸|애|아이|팀장님|팀장|부장님|과장님|대리님|차장님|사장님|선생님|쌤|교수님|상사|사수';

// ── Someone's kindness ───────────────────────────────────────────────────────────────────────

/**
 * A kind deed done for the user, in the past: "위로해줬어요", "괜찮다고 해주셨어", "휴지를 가져다줬어요",
 * "커피 사줬어", "편들어 줬어", "안아 줬어". The verb before 주다 names the kindness; a bare 해줬 needs a
 * word of comfort or care in the turn ("괜찮다고", "잘했다고", "수고했다고").
 */
const KIND_VERB = /(위로해|챙겨|사|들어|안아|편들어|편\s?들어|도와|데려다|가져다|다독여|토닥여|응원해|격려해|기다려|알아봐|감싸|해)\s?(?:줬|주셨|줘서|주셔서|주더라|주시더라|주더라고|주시더라고|줌)/u;
const COMFORT_SAID = /괜찮(?:다고|대|을\s?거라고)|잘했다고|수고했다고|고생했다고|힘내라고|처음엔\s?다|다\s?그런다고|걱정\s?말라고|내\s?편|울지\s?마/u;
/** Not done, not wished for, not asked, not the user doing it, not taken back ("근데 별로 위로가 안 됐어"). */
const NOT_KIND =
  /(?:안|못)\s?(?:위로해|챙겨|사|들어|안아|편들어|도와|데려다|가져다|해)\s?(?:줬|주셨|줘|주|줌|준)|주지\s?(?:않|도\s?않|를\s?않)|줬으면|주셨으면|줬더라면|줄\s?(?:사람|수)|주면\s?좋|아무도|[?？]|줬나|줬을까|소용|별로|오히려|그런데|근데|하지만|지만\s|척|욕|혼내|뭐라|(?:^|\s)(?:내가|제가|나는|저는|난|전)\s/u;
/** The kindness went to someone else ("엄마가 동생만 챙겨줘"): favouritism, not comfort. */
const OTHER_RECEIVES = /(?:동생|언니|오빠|형|누나|친구|걔|쟤|그\s?(?:애|사람|여자|남자)|다른\s?(?:애|사람))(?:만|한테만|에게만|을|를)\s/u;
const RELATION_SUBJECT = new RegExp(`(?:^|[\\s,.])(?:우리\\s|제\\s|내\\s|저희\\s)?(${RELATIONS})(?:이|가|은|는|께서|도)(?=\\s)`, 'u');

/** Who did the kind deed, as the bot calls them ("수진이", "이정민 대리님", "엄마"), or null. */
export function kindnessTold(text: string): string | null {
  const t = nfc(text).trim();
  if (!KIND_VERB.test(t) || NOT_KIND.test(t) || OTHER_RECEIVES.test(t)) return null;
  const verb = KIND_VERB.exec(t)!;
  if (verb[1] === '해' && !COMFORT_SAID.test(t)) return null;
  const before = t.slice(0, verb.index);
  // The person named before the deed: a name the long memory reads ("동기 수진이가"), else a relation.
  const named = peopleTold(before).at(0);
  if (named) return calledAs(named);
  const role = RELATION_SUBJECT.exec(before)?.[1];
  if (role) return role.replace(/\s/gu, '');
  return bareName(before, '(?:이가|가|이는|는)');
}

/** A bare name before the particles ("서윤이가", "예린이랑"), as the bot calls it ("서윤이"), if names.ts lets the word be one. */
function bareName(text: string, particles: string): string | null {
  const word = new RegExp(`(?:^|[\\s,.])([가-힣]{2,3}?)${particles}(?:은|는)?\\s`, 'u').exec(text)?.[1];
  return word && mayBeName(word) ? (batchim(word) ? `${word}이` : word) : null;
}

const KIND_REPLIES: ReadonlyArray<(who: string, polite: boolean) => string> = [
  (who, polite) =>
    `${subject(who)} 그렇게 마음 써 ${polite ? '주셨군요' : '줬군요'}. 힘든 때에 곁에서 챙겨 주는 사람이 있다는 게 참 든든하죠. 그 마음을 받았을 때 어떤 기분이 들었어요?`,
  (who, polite) =>
    `${subject(who)} 곁에 있어 ${polite ? '주셨군요' : '줬군요'}. 그런 한마디, 그런 손길이 하루를 버티게 해 주기도 해요. ${who}의 어떤 말이나 행동이 제일 힘이 됐어요?`,
];
const POLITE = /주셨|주셔서|주시더라|께서/u;
const polite = (text: string, who: string): boolean => POLITE.test(nfc(text)) || /님$/u.test(who);

// ── Better days recalled in a hurting story ──────────────────────────────────────────────────

/** When: the earlier days the user looks back on. */
const THEN = /처음엔|처음에는|처음에|예전엔|예전에는|예전에|옛날엔|옛날에는|원래|어릴\s?(?:때|적)|어렸을\s?(?:때|적)|연애할\s?때|연애\s?때|신혼\s?때|사귈\s?때|그때는|그땐|한때는|[가-힣]*학교\s?(?:때|시절)|대학\s?(?:때|시절)|학생\s?(?:때|시절)/u;
/** What was good then: a good word, or a habit of doing things together. */
const GOOD_THEN = /좋았|친했|행복했|즐거웠|재밌었|재미있었|다정했|잘\s?지냈|사이(?:가|도)?\s?좋|붙어\s?다녔|웃었|웃곤/u;
const TOGETHER_HABIT = /(?:자주|매주|매일|맨날|늘|항상|같이|함께|둘이서?)\s/u;
const HABIT_VERB = /다녔|놀았/u;
/** A past perfect (-었었): a syllable closed by ㅆ, then 었 ("탔었어요", "잤었는데", "친했었어"). */
function pastPerfect(text: string): boolean {
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i) - 0xac00;
    if (c >= 0 && c < 11172 && c % 28 === 20 && text[i + 1] === '었') return true;
  }
  return false;
}
/** Not a denial ("좋았던 적이 없어"), not a question, not of now ("요즘 좋았어"). */
const NOT_BETTER = /적(?:이|은|도)?\s?없|한\s?번도|[?？]|요즘|오늘|지금도|아직도|여전히/u;
const WITH_WHOM = new RegExp(`(?:^|[\\s,.])(?:우리\\s|제\\s|내\\s|저희\\s)?(${RELATIONS})(?:랑|이랑|하고|와|과)(?:은|는|도)?(?=\\s)`, 'u');

/** Whom the better days were with ("성훈 씨", "예린이", "아버지"), '' when no one is named, or null when none is told. */
export function betterDaysTold(text: string): string | null {
  const t = nfc(text).trim();
  if (!THEN.test(t) || NOT_BETTER.test(t) || !(GOOD_THEN.test(t) || (TOGETHER_HABIT.test(t) && (HABIT_VERB.test(t) || pastPerfect(t))))) return null;
  const named = peopleTold(t).at(0);
  if (named) return calledAs(named);
  const role = WITH_WHOM.exec(t)?.[1];
  if (role) return role.replace(/\s/gu, '');
  return bareName(t, '(?:이랑|랑)') ?? '';
}

const BETTER_REPLIES: ReadonlyArray<(who: string) => string> = [
  (who) => `${who ? `${withWho(who)} ` : ''}좋았던 시간이 있었군요. 그런 기억이 있어서 지금 일이 더 크게 다가올 수도 있겠어요. 그때를 떠올리면 지금은 어떤 마음이 들어요?`,
  (who) => `${who ? `${withWho(who)} ` : ''}함께 웃던 때가 있었군요. 그 시절이 소중한 만큼 지금이 더 아프게 느껴질 수 있어요. 그때와 지금 사이에 뭐가 제일 달라졌다고 느껴요?`,
];

// ── Someone's words, reported ────────────────────────────────────────────────────────────────

/**
 * Words someone said to the user, told as reported speech right before the verb of saying:
 * "어제 지현이가 너 요즘 좀 이상하다고 하더라", "아빠가 전화할때마다 공부 잘되냐고 물어봄", "제가 서운하다고
 * 했더니 그게 뭐가 어렵냐고 하더라고요". The quote ends in 다/냐/라/자 before 고.
 */
const REPORTED = /([가-힣][^.!?~]*?)(다|냐|라|자)고\s?(?:하더라|하더라고|하더라구|했어|했어요|했음|했다|하셨어|하셨어요|하시더라|하시더라고|하던데|그러더라|그러더라고|그러더라구|그랬어|그랬어요|그러셨어|물어봄|물어보더라|물어봤어|물어보셨어|물어보시더라|말했어|말하더라|말하더라고|함|하대|한다)(?:요|ㅋ+|ㅠ+)?\s*[.…~!]*\s*$/u;
/** A clause before the quote that is not part of it ("했더니 ", "전화할때마다 ", "나보고 "). */
const BEFORE_QUOTE = /^.*(?:했더니|하니까|물어보니까|말했더니|때마다|때|면서|보고|한테|에게|앞에서)\s/u;
/** The speaker and their particle, as the long memory or a relation word reads them. */
const SPEAKER = new RegExp(`(?:^|[\\s,.])(?:우리\\s|제\\s|내\\s|저희\\s)?(${RELATIONS})(?:이|가|은|는|께서|도)(?=\\s)`, 'u');
const BARE_SPEAKER = /(?:^|[\s,.])([가-힣]{2,3}?)(?:이가|가|이는|는)(?=\s)/u;
/** Not the user's own words, not a question back, not a wish ("그만하자고 할까"). */
const NOT_REPORTED = /(?:^|\s)(?:내가|제가|나는|저는|난|전)\s[^.]*(?:다|냐|라|자)고\s?(?:했어|했어요|했음|했다|말했어|함)|[?？]|뭐라고|왜냐고/u;

/** Who spoke and the words, to be said as "…는 말" ("지현이", "너 요즘 좀 이상하다"), or null. */
export function wordsReported(text: string): { who: string; quote: string } | null {
  const t = nfc(text).trim();
  const m = REPORTED.exec(t);
  if (!m || NOT_REPORTED.test(t)) return null;
  const said = t.slice(0, m.index + m[1]!.length + m[2]!.length);
  // The speaker, with where their words begin: a name the long memory reads, a relation, a bare name.
  let who: string | null = null;
  let from = -1;
  const named = peopleTold(said).at(0);
  const rel = SPEAKER.exec(said);
  const bare = BARE_SPEAKER.exec(said);
  if (named && said.includes(named.name)) {
    who = calledAs(named);
    // Past the name and the title after it ("박 팀장님이 "), to the space after the particle.
    let after = said.indexOf(named.name) + named.name.length;
    const title = named.role ? new RegExp(`^\\s?${named.role}`, 'u').exec(said.slice(after)) : null;
    if (title) after += title[0].length;
    from = said.indexOf(' ', after);
  } else if (rel) {
    who = rel[1]!.replace(/\s/gu, '');
    from = rel.index + rel[0].length;
  } else if (bare && mayBeName(bare[1]!)) {
    who = batchim(bare[1]!) ? `${bare[1]!}이` : bare[1]!;
    from = bare.index + bare[0].length;
  }
  if (!who || from < 0) return null;
  const quote = said.slice(from).trim().replace(BEFORE_QUOTE, '').trim();
  const words = quote.split(/\s+/u);
  if (words.length > 6 || quote.length < 3 || /^(?:뭐|왜|어떻게)/u.test(quote)) return null;
  return { who, quote };
}

const REPORTED_REPLIES: ReadonlyArray<(who: string, quote: string) => string> = [
  (who, quote) => `${who}한테 ${quote}는 말을 들었군요. 그 말이 어떻게 들렸어요?`,
  (who, quote) => `${subject(who)} ${quote}고 했군요. 그 말을 듣고 속으로는 어떤 생각이 들었어요?`,
];

/** The reply saying back what the turn named, or null. */
export function saidBackTurn(text: string, ctx: SaidBackContext): SaidBackTurn | null {
  if (!ctx.hurting) return null;
  // The first variant not given yet whose question may be asked now.
  const pick = (pool: readonly string[], kind: string): [string, string] | null => {
    const i = pool.findIndex((r, k) => !ctx.used.includes(`${SAID_BACK_PREFIX}:${kind}#${k}`) && ctx.allowed(r));
    return i < 0 ? null : [pool[i]!, `${SAID_BACK_PREFIX}:${kind}#${i}`];
  };
  const who = kindnessTold(text);
  if (who) {
    const p = pick(KIND_REPLIES.map((f) => f(who, polite(text, who))), 'kindness');
    if (p) return { id: p[1], reply: p[0], mood: 'neutral' };
  }
  const heard = wordsReported(text);
  if (heard) {
    const p = pick(REPORTED_REPLIES.map((f) => f(heard.who, heard.quote)), 'reported');
    if (p) return { id: p[1], reply: p[0], mood: 'neutral' };
  }
  const with_ = betterDaysTold(text);
  if (with_ !== null) {
    const p = pick(BETTER_REPLIES.map((f) => f(with_)), 'better-days');
    if (p) return { id: p[1], reply: p[0], mood: 'sadness' };
  }
  return null;
}
