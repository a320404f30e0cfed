/**
 * A greeting, thanks or a word about the conversation at the start of a turn that goes on to say
 * something ("고마워 근데 오늘 너무 피곤해", "안녕 나 오늘 회사에서 혼났어", "한국어로 할게요 ㅋㅋ
 * 오늘 너무 피곤해요"). The model reads the whole line, and the pleasantry outweighs the rest:
 * "고마워 근데 오늘 너무 피곤해" reads joy 0.99 and was told "좋은 기운이 여기까지 전해지는 것
 * 같아요"; "한국어로 할게요 …" matched the intent about writing in another language. The engine
 * reads and answers what follows the pleasantry; a turn that is only a pleasantry stays whole.
 */
import { meaningfulLength } from '../ml/text';

const OPENER =
  '(안녕(하세요|하십니까)?|하이|ㅎㅇ|헬로|반가워(요)?|반갑습니다|오랜만(이야|이에요|이네|이네요)?|나 (또 )?왔어|저 (또 )?왔어요|' +
  '고마워(요)?|고맙습니다|감사(합니다|해요)|땡큐|ㄱㅅ|' +
  '(이제 )?한국어로 (할게|쓸게|말할게)(요)?|(이제 )?한국말로 (할게|쓸게|말할게)(요)?)';
const SEPARATOR = '[\\s,.!?~…ㅋㅎ^]*';
const CONNECTOR = '((근데|그런데|그리고|있잖아(요)?|저기(요)?|음+)[\\s,.!?~…]*)?';
const LEADING = new RegExp(`^${OPENER}${SEPARATOR}${CONNECTOR}`, 'u');

/** What is left must say this much (meaningful characters) to be read on its own. */
export const MIN_REST_CHARS = 6;

/**
 * The part of the turn after a leading pleasantry, when there is one and enough follows it;
 * otherwise the text itself.
 */
export function afterPleasantry(text: string): string {
  const nfc = text.normalize('NFC').trim();
  const m = LEADING.exec(nfc);
  // The opener must end at a word boundary: "안녕히" or "고마워하는" are not openers.
  if (!m || m[0].length === 0 || !/[\s,.!?~…ㅋㅎ^]$/u.test(m[0])) return text;
  const rest = nfc.slice(m[0].length).trim();
  return meaningfulLength(rest) >= MIN_REST_CHARS ? rest : text;
}

/**
 * Thanks with a goodbye ("고마워 잘자~", "고마워요~ 좋은 하루 보내요", "고맙소 잘자요"): the visit is
 * ending. After the thanks is set aside, what is left is too short to stand alone, and the whole
 * went to a follow-up ("좋은 기운이 여기까지 전해지는 것 같아요. 오늘 가장 기억에 남는 장면은
 * 뭐예요?", session 31). The night's goodbye, or the day's, is answered as one.
 */
const THANKS = /고마|고맙|감사|ㄱㅅ|땡큐|thank/iu;
const GOOD_NIGHT = /잘\s?자|잘\s?게|잘래|자러|자\s?볼게|자야|굿\s?(?:밤|나잇)|좋은\s?(?:밤|꿈)|눈\s?붙/u;
const GOOD_DAY = /좋은\s?하루|안녕히|(?:^|\s)안녕(?!하세요|하십니까)|다음에\s?(?:또|봐|올게|봬|봐요)|또\s?(?:올게|봐|봬)|이만|갈게|가\s?볼게|들어가\s?볼게|ㅂㅂ|바이|빠이|수고/u;

export function thanksAndGoodbye(text: string): 'night' | 'day' | null {
  const t = text.normalize('NFC').trim();
  if (t.length > 40 || !THANKS.test(t)) return null;
  if (GOOD_NIGHT.test(t)) return 'night';
  if (GOOD_DAY.test(t)) return 'day';
  return null;
}
