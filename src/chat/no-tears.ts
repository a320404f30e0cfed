/**
 * Tears that will not come, in a story of loss: "근데 이상하게 눈물이 안 나요" after a grandmother's
 * funeral got "네, 잘 듣고 있어요. 조금 더 자세히 들려줄래요?", and before a guard, an intent about
 * tears that will not stop (session 34). Numbness after a death is common and often frightens the
 * one who feels it, so it is named as such.
 */
const NO_TEARS = /눈물(?:이|은|도)?\s?(?:안|잘\s?안|하나도\s?안|전혀\s?안|한\s?방울도\s?안)\s?(?:나|났|흘)|(?:안|못)\s?울었|울지도\s?(?:않|못)|울음(?:이|도)?\s?안\s?(?:나|와)|실감(?:이|도)?\s?(?:안|잘\s?안)\s?(?:나|나요|나서|난다)/u;

export function tearsWontCome(text: string): boolean {
  return NO_TEARS.test(text.normalize('NFC'));
}

export const NO_TEARS_PREFIX = 'no-tears';
export const NO_TEARS_REPLIES: readonly string[] = [
  '눈물이 안 난다고 덜 슬픈 게 아니에요. 큰일을 겪으면 마음이 잠시 멈춘 것처럼 멍해지기도 하고, 눈물은 한참 뒤에 찾아오기도 해요. 그동안 정신없이 지나왔을 텐데, 몸은 좀 쉬었어요?',
  '이상한 게 아니에요. 너무 큰 일 앞에서는 마음이 스스로를 지키려고 감정을 잠시 꺼 두기도 해요. 지금은 어떤 느낌에 더 가까워요, 멍한 쪽이에요, 아니면 허전한 쪽이에요?',
];
