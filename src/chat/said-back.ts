/**
 * Session 43 (longtalk): turns of a long talk that name a clear situation but had fallen to a stock
 * follow-up (`npm run eval:long-talks`, data/eval/long_talks/). Two patterns came up most:
 * - someone's kindness told: "제 동기 수진이가 회의 끝나고 커피 사주면서 위로해줬어요" got «네, 무슨 말인지
 *   알 것 같아요. 그래서 그 뒤엔 어떻게 됐어요?», "서윤이가 엄마 울지마 하면서 휴지를 가져다줬어요"
 *   «천천히 들을게요. 조금 더 자세히 들려줄래요?», "이정민 대리님은 괜찮다고 처음엔 다 그런다고
 *   해주셨어" «이야기해 줘서 고마워요. 지금은 어떤 마음이…»;
 * - better days recalled inside a hurting story: "성훈씨랑 처음엔 정말 좋았거든요" (a marriage gone
 *   quiet) got «저도 같이 신이 나네요. 이 기분에 어울리는 노래가…», "원래 예린이랑 제일 친했었어" (a
 *   friend who ignored her at the wedding) «그랬군요. 조금 더 자세히 들려줄래요?», "아버지랑은 어릴 때
 *   낚시 자주 다녔어요" (a father's dementia) «그 무게를 혼자 안고 있었다니 마음이 아파요».
 * Each is said back with the person named, and asked about in a way that fits. Pure and tight:
 * `saidBackTurn` returns null for anything else, and each reply is given once a conversation.
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
  /** The user's earlier texts, oldest first. */
  story: readonly string[];
  /** The story so far hurts: an earlier turn was met in a hurting mood, or a loss was told. Both patterns need it:
   * in a glad talk "남자친구가 선물 사줬어!" is good news, and "처음엔 좋았어" no loss. */
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
  const with_ = betterDaysTold(text);
  if (with_ !== null) {
    const p = pick(BETTER_REPLIES.map((f) => f(with_)), 'better-days');
    if (p) return { id: p[1], reply: p[0], mood: 'sadness' };
  }
  return null;
}
