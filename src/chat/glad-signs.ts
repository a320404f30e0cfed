/**
 * Laughter told in a glad story. "오늘은 손녀가 처음으로 걸었어요 / 너무 기쁘고 행복했어요 / 가족들이 다
 * 모여서 웃었어요" read hurt on the last turn and was told "마음 한쪽이 많이 쓰라렸겠어요" (session 40,
 * a tester as a grandparent). People laughing together, in a conversation already glad, is gladness
 * going on. Not bitter or forced laughter, laughter at someone, or the user left out of it.
 */
const nfc = (text: string): string => text.normalize('NFC');

/** Laughing, said as what happened: "웃었어요", "웃으면서", "웃음꽃이 폈어요", "깔깔". */
const LAUGHED = /웃었|웃으면서|웃으며|웃고\s?떠들|웃음꽃|웃음이\s?(?:끊이지|가득|넘)|깔깔|하하호호|빵\s?터졌/u;
/** Laughter that is not glad, or not shared by the user. */
const NOT_GLAD = /헛웃음|쓴웃음|비웃|억지로|웃프|웃기지도|웃을\s?(?:일|수)|나만|혼자|못\s?웃|안\s?웃|웃어야|웃는\s?척|웃었지만|웃었는데|슬프|슬퍼|서운|섭섭|속상|외로|눈물|울었|울고|[?？ㅠㅜ]/u;

export function laughedGladly(text: string): boolean {
  const t = nfc(text);
  return LAUGHED.test(t) && !NOT_GLAD.test(t);
}
