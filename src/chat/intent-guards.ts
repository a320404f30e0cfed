/**
 * Guards on single intents whose replies presume what a short turn may not say. The intent
 * classifier matches by words and by the embedding, and a few plain turns land on an intent whose
 * replies then tell the user something untrue about their own situation:
 * - "아이가 말을 안 들어서 힘들어" matched a sick child at 0.89 and was told "작은 몸으로 힘들어하는
 *   모습을 보면…": the sick-child intent now needs a sign of illness in the turn;
 * - "배고파" matched feeling unwell at 0.93 and was asked "지금은 어디가 제일 불편해요?": hunger
 *   alone is answered from the intent about meals, and that intent needs a sign in the body
 *   ("밥도 못 먹겠어" after a break-up got "컨디션이 안 좋은 날은…") (session 28).
 * Why guards and not more examples: adding twelve examples for these turns to the corpus moved
 * held-out intent accuracy from 90.3 % to 89.5 % through other intents (the classifier's
 * training shifts with any change to its data), under the 90 % target.
 */

/** Signs of illness, a treatment or a doctor: what the sick-child replies presume. */
const ILLNESS =
  /아프|아파|아픈|아팠|열|감기|병원|기침|토하|토해|토했|구토|장염|입원|약|수족구|독감|콧물|몸이|응급|코로나|[가-힣]염|설사|배탈|두드러기|아토피|수술|진단|검사|링거|수액|주사|천식|다쳐|다쳤|부러|깁스|숨|경기|발진|충치|식은땀|앓|끙끙|골골|컨디션|처져|기운|의사|소아과|해열|체했|체한|배가|머리|목이|귀가|피가|상처|붓|부어|콜록|어지|메스|울렁|속이|쓰려|지끈|욱신|몸살|탈수|물도\s?안|밥도\s?안|못\s?먹|안\s?먹/u;

/** Signs in the body: what the replies about feeling unwell presume ("지금은 어디가 제일 불편해요?"). */
const BODY =
  /아프|아파|아픈|아팠|머리|배가|배탈|속이|속도|체한|체했|체기|토할|토했|구역|메스|울렁|니글|어지|어질|두통|열이|열나|감기|몸|컨디션|기운|힘이\s?없|쓰려|쓰린|쑤|결리|지끈|욱신|띵|저려|뻐근|소화|더부룩|설사|명치|관자|위가|등이|허리|어깨|목이|눈이|상태|골골|찌뿌|무겁|식은땀|부글|꾸룩|꾸륵|콕콕|싸르르|살살|묵직|뒤집|약\s?먹|병원/u;

const NEEDS: Readonly<Record<string, RegExp>> = {
  parenting_child_sick: ILLNESS,
  // "밥도 못 먹겠어" after a break-up is grief, not a stomach upset.
  life_health_feeling_unwell: BODY,
};

/** Whether the intent's replies presume something the turn does not say (then it is not answered from). */
export function presumesUnsaid(intentId: string, text: string): boolean {
  const needs = NEEDS[intentId];
  return !!needs && !needs.test(text.normalize('NFC'));
}

/** The intent that answers hunger told alone. */
export const HUNGER_INTENT = 'life_daily_what_i_ate';

// Hunger, and nothing that says the body is unwell ("배고픈데 속이 쓰려" is not plain hunger).
const HUNGER = /배가?\s?(?:(?:너무|진짜|엄청|완전|좀|넘)\s?)?고(?:파|프|픈|팡)|출출|허기|배곺/u;
const UNWELL = /아프|아파|쓰려|쓰린|울렁|메스|어지|토하|토할|체했|체한|설사|열이|식은땀|떨려|기운이\s?없|힘이\s?없|현기증/u;

// What may come with it: a sigh, how much, now, what to eat.
const FILLER =
  /아우|아|하|진짜|정말|너무|완전|엄청|지금|벌써|또|나|저|배가|죽겠(?:다|어|네|어요|음)?|미치겠(?:다|어|네)?|뭐\s?먹지|뭐\s?먹을까|뭐\s?먹어야\s?(?:하지|되지)|(?:다|요|네|당|음|어|야|지)(?=\s|$)/gu;

/** A short turn that tells hunger alone ("배고파", "아 출출하다", "배고파 죽겠어 ㅠㅠ"), nothing else. */
export function isHungerOnly(text: string): boolean {
  const t = text.normalize('NFC').trim();
  if (t.length > 30 || !HUNGER.test(t) || UNWELL.test(t)) return false;
  const rest = t.replace(new RegExp(HUNGER.source, 'gu'), ' ').replace(/(?:하다|하네|해|하당|함|하네요|해요|합니다|프다|파|픈데|프네)(?=\s|$|[^가-힣])/gu, ' ').replace(FILLER, ' ');
  return (rest.match(/[가-힣A-Za-z0-9]/gu)?.length ?? 0) <= 2;
}
