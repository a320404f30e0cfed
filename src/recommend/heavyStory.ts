/**
 * Session 41 (songasks): the "기분을 바꿔 줄 노래" list after a grave story. A tester told of a sick
 * twelve-year-old dog ("우리 강아지가 아파 … 병원 갔는데 신장이 안 좋대 … 오늘 밤 옆에 있어줄 거야");
 * the model read the turns as mostly neutral, and the shift list opened with 박재범 「좋아」 "지금 마음에서
 * 한 걸음 더 벗어나 볼 곡이에요", 「팔레트」 "지금과는 다른 분위기로 마음을 환기해 볼 곡이에요" and "기분
 * 전환 삼아 들어 보기 좋은 곡이에요": a cheer and a change of air offered to someone sitting up with a
 * dying pet. After a death or a grave illness told (the user's own words, like titles.ts), the shift
 * list puts the clearly upbeat songs after the others (none is removed), and its
 * lines speak of comfort and a breath, not of leaving the feeling behind (reason.ts `heavy`).
 */
import type { Song } from './catalogue';
import { shiftEffect } from './reason';

/** A death told: the same cues as titles.ts (a person's or a pet's; not "배고파 죽겠어"). */
const DEATH =
  /돌아가(?:셨|시었|신\s?(?:지|날|뒤|후))|세상을\s?(?:떠났|떠나셨|떠난\s?(?:지|뒤|후))|무지개\s?다리|하늘나라|장례(?:식)?|빈소|발인|부고|임종|(?:강아지|고양이|개|냥이|아이|남편|아내|친구|동생|형|누나|언니|오빠|아빠|엄마|할머니|할아버지)(?:가|이)\s?(?:죽었|떠났)|(?:사별|유골|납골)/u;
/** Someone dear (a pet included) whose illness may be told. */
const DEAR =
  '(?:강아지|고양이|냥이|멍멍이|반려견|반려묘|댕댕이|우리\\s?(?:개|애|아이)|엄마|어머니|아빠|아버지|할머니|할아버지|남편|아내|와이프|동생|언니|오빠|누나|형|아들|딸|친구)';
/** A grave illness: a diagnosis, a hospital stay, an operation, little time left. */
const GRAVE =
  /(?:암|종양|신부전|치매)\s?(?:이래|이라|진단|판정|이에요|이야|이랬|이래요|말기)|말기|시한부|얼마\s?(?:안\s?남|못\s?(?:산|살))|(?:입원|수술|중환자실|응급실|투병|항암)|(?:신장|(?<![가-힣])간|심장|폐)(?:이|가)?\s?(?:안\s?좋|나빠|망가)|병원\s?(?:갔는데|다녀왔는데|에서)\s?[^.?!]{0,12}(?:안\s?좋|나쁘|심하|어렵)/u;
/** The dear one is sick: "우리 강아지가 아파", "엄마가 많이 편찮으셔". */
const SICK = new RegExp(`${DEAR}(?:가|이|는|도)?\\s?(?:많이\\s?|너무\\s?|좀\\s?|계속\\s?)?(?:아파|아프|편찮|앓|쓰러)`, 'u');

/**
 * Whether the user's words tell of a death or of someone dear (a pet included) gravely ill. Not
 * "배 아파", "머리가 아파" (the user's own small ache), "감기 걸렸어".
 */
export function toldHeavyStory(texts: readonly string[]): boolean {
  const sentences = texts.flatMap((t) => t.normalize('NFC').split(/(?<=[.!?。…~])\s+|\n/u));
  if (sentences.some((s) => DEATH.test(s))) return true;
  const sick = sentences.some((s) => SICK.test(s));
  const grave = sentences.some((s) => GRAVE.test(s));
  // A dear one sick and something grave told (in any turn), or a grave illness of a dear one in one sentence.
  return (sick && grave) || sentences.some((s) => GRAVE.test(s) && new RegExp(DEAR, 'u').test(s));
}

/**
 * A clearly upbeat song: joy-led, bright (no sorrow or calm beside it, reason.ts shiftEffect), and
 * joy at least UPBEAT_JOY of its reading (박재범 「좋아」 0.75). 「팔레트」 (0.46) or 「보통날의 기적」
 * (0.47) hold other feelings beside their joy and stay where they rank.
 */
export const UPBEAT_JOY = 0.6;
export function upbeat(song: Song): boolean {
  return song.dominant === 'joy' && song.emotions.joy >= UPBEAT_JOY && shiftEffect(song) === 'bright';
}

/** Ranked shift candidates with the clearly upbeat songs after all the others, each in its order; nothing removed. */
export function gentleFirst<T extends { song: Song }>(ranked: readonly T[]): T[] {
  return [...ranked.filter((s) => !upbeat(s.song)), ...ranked.filter((s) => upbeat(s.song))];
}
