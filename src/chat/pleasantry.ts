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
