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
