/**
 * A light everyday choice between two things (session 43): "김치찌개 먹을까 돈까스 먹을까", "검은 셔츠
 * 입을까 흰 셔츠 입을까", "영화 볼까 드라마 볼까". It had got «마음 쓰이는 게 많은 만큼 걱정도 크겠어요.
 * 지금 당장 조금이라도 마음을 편하게 해 줄 수 있는 게 있을까요?» — the model's anxiety for a question.
 *
 * The same verb twice with two different things is the shape of a light dilemma. Not when either
 * side names medicine, drink in excess, a hospital or harm: those go to the care paths.
 */

const nfc = (s: string): string => s.normalize('NFC').trim();

const VERB = '먹을까|시킬까|입을까|신을까|볼까|살까|갈까|마실까|들을까|탈까|끓일까|해\\s?먹을까';
const CHOICE = new RegExp(`^(?:(?:오늘|점심|저녁|아침|야식|내일|주말에?|이따)(?:은|엔|에|으로|는)?\\s)?(.{1,12}?)\\s?(${VERB})\\s+(?:아니면\\s|아님\\s|vs\\s)?(.{1,12}?)\\s?(${VERB})(?:\\s?[?？~ㅋㅎ.!…]*)$`, 'u');
const MEAL = /^(?:먹을까|시킬까|끓일까|해먹을까)$/u;
/** Sides that are not light: medicine, heavy drinking, a hospital, harm. */
const NOT_LIGHT = /약|수면제|진통제|술|소주|병원|응급실|죽|칼|끊|자해|뛰어|옥상|한강|다리/u;

export interface LightChoice {
  a: string;
  b: string;
  /** The verb of both sides: what the choice is about. */
  verb: string;
}

/** The two things weighed, or null when the turn is not a light choice between two. */
export function lightChoice(text: string): LightChoice | null {
  const m = CHOICE.exec(nfc(text));
  if (!m) return null;
  const [, rawA, verbA, rawB, verbB] = m;
  const clean = (s: string): string => s.replace(/(?:을|를)$/u, '').trim();
  const a = clean(rawA!);
  const b = clean(rawB!);
  const va = verbA!.replace(/\s/gu, '');
  const vb = verbB!.replace(/\s/gu, '');
  // The same verb, or two ways to a meal ("라면을 끓일까 아니면 짜장면을 시킬까").
  const sameKind = va === vb || (MEAL.test(va) && MEAL.test(vb));
  if (!sameKind || !a || !b || a === b) return null;
  if (NOT_LIGHT.test(a) || NOT_LIGHT.test(b) || /말까$|안\s?$/u.test(b)) return null;
  return { a, b, verb: va };
}

function batchim(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  return c >= 0xac00 && c <= 0xd7a3 && (c - 0xac00) % 28 !== 0;
}
const or = (w: string): string => `${w}${batchim(w) ? '이냐' : '냐'}`;

export const LIGHT_CHOICE_PREFIX = 'daily:choice';

/** «김치찌개냐 돈까스냐, 둘 다 당기니 고민되죠 …»: the two said back, the choice left to the user. */
export function lightChoiceReply(c: LightChoice): string {
  const eat = /먹을까|시킬까|끓일까|마실까/u.test(c.verb);
  const pull = eat ? '둘 다 당기니' : '둘 다 끌리니';
  const tip = eat ? '이럴 땐 지금 먼저 떠오르는 쪽이 오늘의 정답이에요.' : '이럴 땐 동전 던지기를 해 보면, 결과를 보는 순간 바랐던 쪽이 보이기도 해요.';
  return `${or(c.a)} ${or(c.b)}, ${pull} 고민되죠. ${tip} 지금은 어느 쪽으로 마음이 조금 더 기울어요?`;
}
