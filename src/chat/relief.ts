/**
 * Relief is joy in the seven-way taxonomy, but not a celebration: "슬픈게 아니라 후련해요" after a
 * break-up got "이런 날은 마음껏 기뻐해도 돼요!", and "검사 결과 괜찮대요, 다행이에요" would get
 * "정말 기쁜 일이네요, 축하해요!" (session 31). A turn that names relief gets a reflection of a weight
 * set down instead of the joy pool's.
 */
const RELIEF = /후련|홀가분|속이?\s?(?:다\s?|좀\s?)?시원|다행|안심|안도|(?:마음|맘)이?\s?(?:좀\s)?놓|한시름|살\s?것\s?같|숨\s?(?:좀\s)?(?:쉬어|돌리)|짐을?\s?(?:좀\s)?(?:내려놓|덜)/u;
/** Mixed feelings that only sound like relief: "시원섭섭해", "다행인지 모르겠어". */
const NOT_RELIEF = /시원섭섭|다행인지|다행이\s?아니|안\s?다행|다행히도?\s?(?:아니|못)/u;

export function namesRelief(text: string): boolean {
  const t = text.normalize('NFC');
  return RELIEF.test(t) && !NOT_RELIEF.test(t);
}

/** A weight set down: "후련해요", "홀가분해", "살 것 같아". */
const RELEASE = /후련|홀가분|속이?\s?(?:다\s?|좀\s?)?시원|살\s?것\s?같|짐을?\s?(?:좀\s)?(?:내려놓|덜)/u;

export const RELIEF_REFLECTIONS: readonly string[] = [
  '마음이 한결 가벼워졌군요. 그만큼 그동안 무겁게 안고 있었다는 뜻이기도 하겠죠.',
  '후련한 마음이 드는 게 당연해요. 오래 붙들고 있던 걸 이제야 내려놓은 것 같아요.',
  '짐 하나를 내려놓은 기분이겠어요. 여기까지 오느라 애썼어요.',
];
/**
 * A small relief in a worry that goes on ("오늘은 밥을 좀 먹어서 다행이에요", a sick cat): not a weight
 * set down for good ("오래 붙들고 있던 걸 이제야 내려놓은 것 같아요" read as giving up, session 31).
 */
export const SMALL_RELIEF_REFLECTIONS: readonly string[] = [
  '다행이에요. 그 한숨 돌린 마음, 지금은 충분히 누려도 돼요.',
  '조금이라도 마음이 놓였다니 정말 다행이에요.',
  '긴장이 조금 풀리는 게 느껴져요. 이제야 숨을 좀 고를 수 있겠네요.',
];
export const SMALL_RELIEF_PREFIX = 'relief-small';

/** Which relief the turn names: a weight set down, or a small one. */
export function reliefKind(text: string): 'release' | 'small' {
  return RELEASE.test(text.normalize('NFC')) ? 'release' : 'small';
}

/** Questions that hail news or a celebration: not asked after relief in a worry. */
export const HAILS = /기쁜|기뻤|축하|좋은\s?(?:일|소식|기분|기운)|자주\s?있었|오래\s?기억/u;

export const RELIEF_PREFIX = 'relief';

/**
 * Feeling better for the talk or the songs ("고마워요 조금 나아진 것 같아요", "한결 편해졌어"): the
 * model read "조금 나아진 것 같아요" as anxiety 0.71, the intent classifier matched self-blame (its
 * examples end in "…것 같아요"), and the user who had just felt better was asked what their
 * self-blaming voice says (session 35). Such a turn is answered by the intent about feeling better.
 * Not a body healing ("감기가 좀 나아졌어"), someone else ("엄마가 좀 괜찮아지셨어"), a hope or a
 * doubt ("나아질까", "나아진 줄 알았는데"), or better that did not last ("괜찮아졌다가 다시").
 */
const BETTER = /나아(?:졌|진|짐|지는\s?(?:것|거)\s?같)|괜찮아(?:졌|진|짐)|편해(?:졌|진|짐)|가벼워(?:졌|진|짐)|(?:마음|맘|속|기분)이?\s?(?:좀\s|조금\s|많이\s|다\s)?풀(?:렸|린|림)|진정(?:됐|된|됨|이\s?됐)|숨\s?(?:좀\s)?(?:쉬어|트여|트인|트였)|살\s?것\s?같|한결\s?(?:낫|나아|편|가볍)|훨씬\s?(?:낫|나아|편|가볍)|(?:좀|조금)\s?낫(?:네|다|더|다\s?진짜|네요)/u;
const NOT_BETTER =
  /안\s?나아|못\s?나아|안\s?괜찮|나아진\s?(?:게|건|것도|거)\s?(?:없|하나)|나아질|괜찮아질|편해질|줄\s?알았|(?:다가|는데)\s?(?:다시|또)|척|\?|셨|드셨|(?:엄마|아빠|어머니|아버지|부모님|할머니|할아버지|남편|아내|와이프|애|아이|아들|딸|동생|언니|오빠|누나|형|친구|강아지|고양이)(?:가|는|도|이|의)\s|감기|상처|몸살|허리|다리|무릎|어깨|발목|손목|두통|배탈|열이|열은|기침|몸이|몸은|증상|염증|통증|병|수술/u;

export const FELT_BETTER_INTENT = 'meta_thanks_felt_better';

export function feelsBetter(text: string): boolean {
  const t = text.normalize('NFC').trim();
  return t.length <= 50 && BETTER.test(t) && !NOT_BETTER.test(t);
}
