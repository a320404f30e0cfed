/**
 * Session 43 (songmood): a worn-out user's wish to be lifted. Tiredness is easily read as joy by the
 * emotion model ("요즘 너무 피곤해ㅋㅋ / 일 많아서 지친다ㅎㅎ" read joy 0.85), and when joy leads, the
 * similar list is the glad one: "힘 나는 노래" then got «지금 보이는 곡들이 이미 밝고 신나는
 * 노래들이에요», as if the user had nothing to be lifted from. When the user's own words say tired,
 * drained or down (and no gladness was told after), a request for something upbeat is a wish to be
 * lifted: the bright songs still come (under a joy reading they are that list's), and the line
 * speaks to the tiredness instead of calling the songs bright already.
 */
import { namesFeeling } from './feeling-words';
import { saysOwnTiredness } from './tiredness';

const nfc = (s: string): string => s.normalize('NFC').trim();

/** Down, drained: 우울해, 처져, 기운이 없어, 의욕이 없어, 힘들어, 무기력해. */
const DOWN = /우울|처져|처지|처진|다운\s?(?:돼|되|됨|됐)|(?:기운|힘|의욕)(?:이|도)?\s?(?:하나도\s?|너무\s?|좀\s?|통\s?)?없|힘들|힘드|무기력|축\s?늘어|멍하/u;
/** Not down: "안 우울해", "힘들지 않아", "우울하진 않아", asked ("힘들어?"), someone else's ("엄마가 힘들대"). */
const NOT_DOWN = /안\s?(?:우울|힘들|힘드|처져)|(?:우울|힘들|처지)(?:하)?(?:지|진|지는|지도)\s?않|[?？]|(?:힘들|우울하|처진)(?:대|대요|다고|다더라|다던데)|^(?:우리\s?)?(?:엄마|아빠|어머니|아버지|부모님|남편|아내|와이프|동생|친구|남친|여친|걔|그\s?사람|팀장님?|상사)(?:가|이|는|은|도)\s/u;
/** Gladness told plainly, beyond the feeling words ("완전 좋아", "너무 좋다"). */
const GLAD_TOO = /(?:너무|완전|진짜|정말|넘|개)\s?좋(?:아|다|네|음|았|더라)/u;
/** Texts about the songs themselves ("신나는 거 ㅋㅋ", "노래 추천해줘") tell no mood of the user's. */
const ABOUT_SONGS = /노래|곡|음악|플리|걸로|거로|(?:거|걸|것)\s?(?:없|있|줘|좀|ㅋ|ㄱ)/u;

/** The user's own words in this text say tired, drained or down. */
function saysWornOut(t: string): boolean {
  return saysOwnTiredness(t) || (DOWN.test(t) && !NOT_DOWN.test(t));
}

/**
 * Whether the story (the user's earlier texts, oldest first) says the user is worn out: the latest
 * text that tells either tiredness or gladness tells tiredness. "시험 끝나서 너무 좋아 / 근데 좀
 * 피곤하다" is worn out; "어제는 피곤했어 / 오늘은 완전 좋아" is glad again.
 */
export function toldWornOut(story: readonly string[]): boolean {
  for (let i = story.length - 1; i >= 0; i--) {
    const t = nfc(story[i]!);
    if (!t || ABOUT_SONGS.test(t)) continue;
    const worn = saysWornOut(t);
    const glad = GLAD_TOO.test(t) || namesFeeling(t, 'joy');
    if (worn && !glad) return true;
    if (glad) return false;
  }
  return false;
}

export const WORN_OUT_LIFT_PREFIX = 'worn-out-lift';

/** The bright list opened for a worn-out user (no "already" in it: it may be opened now). */
export const WORN_OUT_LIFT_OPEN = '좋아요, 지친 마음에 기운을 조금 북돋아 줄 밝은 노래부터 보여 드릴게요. 무리하지 말고 편하게 들어요.';

/**
 * The bright list is on screen already and more of it comes: said as lifting a tired person, not as
 * the songs being bright already. `again`: asked again right away (other words).
 */
export function wornOutMoreLine(again = false): string {
  if (again) return '이번에도 힘이 조금 나는 밝은 노래 가운데 아직 보여 드리지 않은 곡으로 골라 볼게요. 들으면서 잠깐이라도 쉬어 가요.';
  return '지친 몸과 마음에 기운이 좀 나도록, 밝고 힘이 나는 노래로 더 골라 볼게요. 무리하지 말고 편하게 들어요.';
}
