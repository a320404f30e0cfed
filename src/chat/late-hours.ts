/**
 * A small hour of the night told (session 43): "새벽 4시까지 뒤척였어", "새벽 2시에 퇴근했어", "새벽
 * 세 시까지 과제함". Such a turn had got a stock line for the model's mood («혼자 그 걱정을 다 안고
 * 있느라 힘들었겠어요»); a counsellor takes the hour up, as told-duration.ts takes up a length of time.
 */

const HOUR_WORD = '(?:[0-9]{1,2}|한|두|세|네|다섯|여섯)';
/** "새벽 4시까지", "새벽 세 시에", "새벽 2시 넘어서": the hour of the night and how it was told. */
const SMALL_HOUR = new RegExp(`새벽\\s?(${HOUR_WORD})\\s?시(?:\\s?반)?\\s?(까지|에야|에|넘어서|넘어|쯤|다\\s?돼서|가\\s?넘도록|가\\s?되도록)`, 'u');
/** Awake, not sleeping: "뒤척였어", "잠이 안 와서", "잠들었어" (fell asleep only then). */
const AWAKE = /뒤척|못\s?자|못\s?잤|잠(?:을|이)?\s?(?:못|안)|안\s?자|깨어|눈\s?뜨고|잠들|잠듦|잠듬|잤어|잤다|잤음/u;
/** Working or studying till then: "퇴근", "야근", "일했", "과제", "공부". */
const WORKED = /퇴근|야근|일했|일하|일함|회의|공부|과제|마감|작업/u;
const NUM: Readonly<Record<string, string>> = { 한: '1', 두: '2', 세: '3', 네: '4', 다섯: '5', 여섯: '6' };

export type LateHour = { hour: string; what: 'awake' | 'worked' };

/** The small hour told and what kept the user up, or null. A question, a plan or someone else's night is not this. */
export function toldLateHour(text: string): LateHour | null {
  const t = text.normalize('NFC').trim();
  if (/[?？]/u.test(t) || /(?:할\s?거|해야|예정|내일|오늘\s?밤|이따)/u.test(t)) return null;
  if (/(?:엄마|아빠|남편|아내|애가|아이가|동생|친구|형|누나|언니|오빠)(?:가|는|도|이)\s/u.test(t)) return null;
  // A glad night is no hardship: "새벽 2시에 잠들었는데 꿀잠 잤어", "새벽 3시까지 놀았어 ㅋㅋ".
  if (/꿀잠|푹\s?잤|개운|좋았|재밌|재미있|신났|신나|놀았|즐거|행복/u.test(t)) return null;
  const m = SMALL_HOUR.exec(t);
  if (!m) return null;
  const hour = NUM[m[1]!] ?? m[1]!;
  if (Number(hour) < 1 || Number(hour) > 6) return null;
  if (WORKED.test(t)) return { hour, what: 'worked' };
  return AWAKE.test(t) ? { hour, what: 'awake' } : null;
}

export const LATE_HOUR_ID = 'late-hour';

/** Such nights told as many already: "요즘 잠이 안 와" before, "어제도 새벽 2시에 퇴근했어". */
const OFTEN = /요즘|맨날|매일|계속|자주|늘\s|또|[가-힣]도\s?새벽|째/u;

/** The hour said back, with a question that fits whether such nights were told as many. */
export function lateHourReply(h: LateHour, text: string, story: readonly string[] = []): string {
  const often = [...story.slice(-3), text].some((x) => OFTEN.test(x.normalize('NFC')));
  if (h.what === 'awake')
    return `새벽 ${h.hour}시가 되도록 잠들지 못했으면 몸도 마음도 많이 지쳤겠어요. ${often ? '그런 밤이 이어지면 낮에도 버티기 힘들죠. 낮에는 좀 어떻게 지내요?' : '그렇게 잠 못 드는 밤이 요즘 자주 있어요?'}`;
  return `새벽 ${h.hour}시까지라니, 몸이 버티기 힘든 하루였겠어요. ${often ? '이런 날이 벌써 얼마나 이어지고 있어요?' : '요즘 이렇게 늦게까지 붙잡고 있는 날이 자주 있어요?'}`;
}
