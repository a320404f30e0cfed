/**
 * A length of time told in answer, inside a story: "14년 같이 살았어", "3년 사귀었어", "10년
 * 다녔어요", "8주였어요". Before, such a turn got a stock reflection and an unrelated question
 * ("그 마음, 충분히 이해돼요. 지금 이 순간 마음은 좀 어때요?"), as if nothing had been said (session
 * 30, two helpers). A counsellor takes the length up: a long time shared is a measure of what was
 * lost; in a happy story, of what was earned.
 */
import type { EmotionId } from '../ml/emotions';

const AMOUNT = '(?:[0-9]+|한|두|세|석|네|넉|다섯|여섯|일곱|여덟|아홉|열|스무|서른|마흔|쉰|반)';
const UNIT = '(?:년|개월|달|주|일)';
const DURATION = new RegExp(`(?<![0-9가-힣])(${AMOUNT}\\s?${UNIT}(?:\\s?반)?)(?![가-힣]*\\s?(?:후|뒤|전|만에|뒤에|후에)(?![가-힣]))`, 'u');
/** What was done for that long: shared, kept, worked for, waited. */
const SPENT = /같이|함께|사귀|만났|만난|살았|산|다녔|다닌|키웠|키운|준비|공부|기다렸|기다린|일했|일한|모았|버텼|했어|했어요|했는데|했거든|째|동안|넘게|였어|였어요|이었어|이었어요|이에요|예요|이요|됐어|됐어요|되었어요|됐는데|됐거든|지기|백수|쉬고|놀고|취준|한지|된지|이야(?=\s|$|[.!?ㅠㅜ~])/u;
/** A plan or a date, not time spent: "3년 뒤에", "2주 후에 이사해". */
// A term set by someone else ("한달동안 폰 없이 살라는데", a phone taken away; session 35) is none spent either.
const NOT_SPENT = /뒤|후에|후면|전에|만에|만이|는데\s?[가-힣]|지만|남았|남은|예정|할\s?거|갈\s?거|걸려|걸린대|(?:라|래|하라|으라)(?:는데|고|잖|니까|요|네|서)|(?:라|래)\s*[?？]|말이\s?(?:됨|돼|되)|압수|금지/u;

const DATE = /[0-9]{1,2}\s?월\s?[0-9]{1,2}\s?일|[0-9]{1,2}\s?일(?:이|에|은|날|까지|부터)|(?:다음|이번|지난)\s?(?:달|주)\s?[0-9]{1,2}\s?일/u;

/** The length of time a short turn tells as time spent ("10년", "8주", "3년 반"), or null. */
export function toldDuration(text: string, maxChars = 24): string | null {
  const t = text.normalize('NFC').trim();
  // A date is no length of time: "3월 2일이 입학식이에요" was told "2일이라는 시간이…" (session 31).
  if (t.length > maxChars || NOT_SPENT.test(t) || !SPENT.test(t) || DATE.test(t)) return null;
  const m = DURATION.exec(t);
  return m ? m[1]!.replace(/\s+/gu, ' ') : null;
}

/** Whether the word ends in a consonant (받침): 년, 달 → 이면; 주 → 면. */
function hasBatchim(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  return c >= 0xac00 && c <= 0xd7a3 && (c - 0xac00) % 28 !== 0;
}

const YEARS = /년/u;
/** Time since something happened, not time spent in it: "이혼한 지 석 달 됐어요", "오픈한지 8개월이요". */
const SINCE = /[가-힣]\s?지\s|한지|된지|된\s?지|됐|되었|지났|째|백수|쉬고\s?있|놀고\s?있|취준/u;
/** A happy story's lengths: of effort or of love. */
const EARNED = /사귀|만났|만난|준비|공부|기다렸|기다린|모았|버텼|일했|다녔|같이|함께|키웠/u;

/**
 * A loss the length of time measures: a relationship, a pregnancy, a pet, a death, a job taken
 * away. "N개월이라는 시간이 길든 짧든, 그 안에 담긴 마음은 결코 작지 않았을 거예요" had been said of
 * "6개월동안 8키로 쪘어요", a baby's age and a correction of a job's tenure (session 36).
 */
const LOSS = /헤어|이별|차였|차임|사귀|만났|만난|짝사랑|유산|임신|\d+\s?주였|떠났|떠나보|돌아가|세상을\s?떠|무지개|하늘나라|강아지|고양이|반려|키웠|키운|같이\s?살|함께\s?살|이혼|잃었|잃은|죽었|잘렸|해고|권고사직|실직|폐업/u;
/** What is counted, not lived: weight, a baby's age ("6개월동안 8키로 쪘어요", "아기가 6개월이에요"). */
const NOT_A_LOSS = /키로|킬로|kg|쪘|빠졌|아기가|애기가|아기는|애기는|개월\s?(?:된|차)\s?(?:아기|애기)/u;

/**
 * The reflection for a length of time told in a story of this mood, or null when there is none
 * fit to say (a neutral story; a joyful one where the time is not of effort or love; a hurting one
 * where the time measures no loss, told in this turn or the story before it).
 */
export function durationReflection(duration: string, mood: EmotionId, text: string, story: readonly string[] = []): string | null {
  const josa = hasBatchim(duration);
  if (mood === 'joy') {
    if (!EARNED.test(text) || SINCE.test(text)) return null;
    if (/준비|공부|모았|버텼/u.test(text)) return `${duration} 동안 애써 온 만큼 더 값진 결과겠어요.`;
    if (/사귀|만났|만난|같이|함께/u.test(text)) return `${duration} 동안 함께해 온 시간이라니, 그만큼 더 뜻깊겠어요.`;
    return `${duration} 동안 이어 온 거라니, 그만큼 더 뜻깊겠어요.`;
  }
  if (mood === 'neutral') return null;
  if (SINCE.test(text)) {
    // Out of work or on the way to it, the time since is a strain; since a wedding or an opening, not always.
    const strain = /백수|쉬고|놀고|취준|실직|퇴사|잘린|이혼|헤어|돌아가|떠난|아픈|투병|입원/u.test(text);
    return `벌써 ${duration}${josa ? '이' : '가'} 지났군요. ${strain ? '그동안 마음고생이 많았겠어요.' : '그 시간 동안 참 많은 일이 있었겠어요.'}`;
  }
  const t = text.normalize('NFC');
  if (NOT_A_LOSS.test(t) || !(LOSS.test(t) || story.some((s) => LOSS.test(s.normalize('NFC'))))) return null;
  if (YEARS.test(duration)) return `${duration}${josa ? '이면' : '면'} 정말 긴 시간이에요. 그 시간만큼 마음이 깊이 들어 있었겠어요.`;
  return `${duration}${josa ? '이라는' : '라는'} 시간이 길든 짧든, 그 안에 담긴 마음은 결코 작지 않았을 거예요.`;
}
