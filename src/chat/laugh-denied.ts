/**
 * A laugh taken back (session 41). "중간고사 망했어 ㅋㅋ" was rightly heard as a misfortune laughed
 * off, but the next turn, "아니 웃겨서 웃는게 아니라 어이없어서", was read as 아니 + something funny
 * (texting.ts `aniThen`) and got the worst reply of a tester's forty talks: "뭐가 그렇게 웃겼어요?
 * 저도 같이 웃고 싶어요 ㅎㅎ". The user had just said the laugh was no laugh. Said back instead: the
 * laugh was misread, and the feeling under it (dismay, emptiness, or what they name) is asked about.
 * The turn is read as that feeling in the mix too (the engine passes `reread`): the ㅋㅋ of the
 * story before had left the chart leading with 기쁨 for a failed exam.
 *
 * A denial is a laugh word with "(게/거) 아니": "웃겨서 웃는 게 아니라", "웃긴 거 아니야", "웃은 거
 * 아님", "웃겨서가 아니라"; or the laugh marks called a habit ("ㅋㅋ는 그냥 습관이야"); or "하나도 안
 * 웃겨". Not a question ("웃긴 거 아니야?" asks whether it is funny), nor a laugh after it ("이거 진짜
 * 웃긴 거 아니냐 ㅋㅋㅋ"), nor a joke disowned ("웃기려고 한 말 아니야" is about a remark). Only
 * right after a laugh (the user's last turn laughed, or the bot's last reply spoke of laughing):
 * the replies own a misreading, and "걔 농담 하나도 안 웃겨" in a story told straight is no denial.
 */
import type { EmotionId } from '../ml/emotions';

export type LaughDenied = 'dismay' | 'hollow' | 'named' | 'habit';

const nfc = (text: string): string => text.normalize('NFC').trim();

const DENIES =
  /웃(?:겨|기|긴|어|는|은|었|을|게)[가-힣\s]{0,8}?(?:게|거|건|것)\s?(?:아니|아냐|아님|아녀)|웃겨서가\s?아니|웃긴\s?게\s?아니|(?:하나도|전혀|1도|일도|조금도)\s?안\s?웃|웃기지도\s?않/u;
const HABIT = /(?:ㅋ{2,}|ㅎ{2,}|웃음)(?:는|은|이|도)?\s?(?:그냥\s?|걍\s?)?(?:습관|버릇|붙인\s?거|치는\s?거)/u;
/** Asking, joking on, or disowning a joke: not a laugh taken back. */
const NOT_DENIAL = /[?？]|(?:아니|아냐)(?:냐|니|지|잖)|ㅋ{2,}\s*$|웃기려(?:고|구)|웃겨\s?주려/u;

const DISMAY = /어이\s?(?:없|가\s?없)|어이없|황당|기가\s?막|기막|어처구니|웃기지도|말이\s?안\s?(?:돼|되|나)|미치겠|어이상실/u;
const HOLLOW = /허탈|헛웃음|허무|힘\s?빠|현타|씁쓸/u;
const NAMED = /속상|슬퍼|슬프|서러|서럽|화나|화가|짜증|열받|빡|억울|우울|답답|울고\s?싶|눈물|아파|아프|힘들|괴로/u;

/** A laugh in the user's last turn or in the bot's last reply. */
const LAUGHED = /ㅋ{2,}|ㅎ{2,}|웃/u;

export function laughDenied(text: string, before: { lastText?: string; lastReply?: string }): LaughDenied | null {
  const t = nfc(text);
  if (NOT_DENIAL.test(t)) return null;
  if (!LAUGHED.test(nfc(before.lastText ?? '')) && !LAUGHED.test(nfc(before.lastReply ?? ''))) return null;
  const habit = HABIT.test(t);
  if (!DENIES.test(t) && !habit) return null;
  if (DISMAY.test(t)) return 'dismay';
  if (HOLLOW.test(t)) return 'hollow';
  if (NAMED.test(t)) return 'named';
  return habit ? 'habit' : 'named';
}

export const LAUGH_DENIED_PREFIX = 'laugh-denied';

export const LAUGH_DENIED_REPLIES: Readonly<Record<LaughDenied, readonly string[]>> = {
  dismay: [
    '아, 웃겨서가 아니라 어이가 없어서 나온 웃음이었군요. 제가 잘못 읽었어요. 너무 기가 막히면 헛웃음부터 나오기도 하죠. 뭐가 제일 어이없었어요?',
    '기가 막히면 웃음밖에 안 나올 때가 있죠. 제가 잘못 짚었어요, 미안해요. 그 일에서 제일 어이없었던 부분은 뭐예요?',
  ],
  hollow: [
    '웃긴 게 아니라 허탈해서 나온 웃음이었군요. 제가 잘못 읽었어요. 힘이 탁 풀리는 그 기분, 가볍지 않죠. 지금 제일 크게 남아 있는 마음은 뭐예요?',
    '허탈할 때 나오는 웃음이 있죠. 제가 잘못 짚었어요. 그 웃음 뒤에 있는 마음을 조금 더 들려줄래요?',
  ],
  named: [
    '아, 웃겨서 그런 게 아니었군요. 제가 잘못 읽었어요. 웃음 뒤에 있던 진짜 마음을 말해 줘서 고마워요. 그 마음이 제일 크게 올라온 건 언제였어요?',
    '웃음으로 가볍게 넘긴 게 아니었네요. 제가 잘못 짚었어요, 미안해요. 그 일로 지금 마음은 어때요?',
  ],
  habit: [
    'ㅋㅋ는 그냥 습관이었군요. 제가 웃음으로 잘못 읽었어요. 웃을 일이 아니었던 거네요. 그 일로 지금 마음은 어때요?',
    '제가 웃음만 보고 잘못 읽었어요, 미안해요. 웃을 일이 아니었다면 그 일이 어떻게 남아 있는지 들려줄래요?',
  ],
};

/** The feeling the turn is answered in: dismay is heard as anger at the thing, the rest as sadness. */
export function laughDeniedMood(kind: LaughDenied, text: string): EmotionId {
  if (kind === 'dismay') return 'anger';
  if (kind === 'named' && /화나|화가|짜증|열받|빡|억울/u.test(nfc(text))) return 'anger';
  return 'sadness';
}
