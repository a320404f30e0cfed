/**
 * Session 38 (songs): a song title that clashes with what the user just went through. After a
 * grandmother's death 109 「별이 되지 않아도 돼」 had opened the list (a death euphemism as the first
 * thing read); after a fight with mom 김필선 「마마」 led it. The catalogue has no theme tags and
 * the mood ranking is right to offer these songs, so the rule is small: a short list of title cues
 * per topic, and a song whose title carries a cue of the conversation's topic is moved to the end
 * of its page. It is never removed (it may still be the song that helps), only not read first.
 *
 * The topic comes from the user's own words (the app passes the conversation's user texts), with
 * tight cues: a death told (not "죽겠다", "죽을 뻔") and a clash with one's mother told (not "엄마랑
 * 여행", not someone else's mother).
 *
 * Session 39: a request for something upbeat ("신나는 노래 추천해줘", "기분 전환할 노래") is a third
 * topic, 'lift': testers asking for "신나는" songs got 태연 「먼저 말해줘 (Farewell)」 and 종현 「하루의 끝」
 * first (joy-led by the catalogue, but a goodbye and an ending by their titles). A title that says
 * goodbye, an ending or tears is then moved to the end of its page, like the other clashes. The cue
 * is a request (an upbeat word next to 노래/곡/음악/거, or 기분 전환, 텐션 올려), not a glad story ("신나는
 * 일이 있었어" is no request).
 */

export type ClashTopic = 'loss' | 'mother_conflict' | 'lift';

/** A death told: a person's or a pet's. "배고파 죽겠어", "죽을 뻔했어", "죽고 싶어" are no death told. */
const LOSS =
  /돌아가(?:셨|시었|신\s?(?:지|날|뒤|후))|세상을\s?(?:떠났|떠나셨|떠난\s?(?:지|뒤|후))|무지개\s?다리|하늘나라|장례(?:식)?|빈소|발인|부고|임종|(?:강아지|고양이|개|냥이|아이|남편|아내|친구|동생|형|누나|언니|오빠|아빠|엄마|할머니|할아버지)(?:가|이)\s?(?:죽었|떠났)|(?:사별|유골|납골)/u;
/** The mother named (a mother-in-law counts too: the title 「마마」 clashes as much). */
const MOTHER = /(?:엄마|어머니|어머님|울\s?엄마|우리\s?엄마|모친|마미)/u;
/** A quarrel, anger or hurt in the same sentence as the mother. */
const CONFLICT = /싸웠|싸움|싸워|다퉜|다툼|말다툼|화(?:가)?\s?(?:나|났|내)|짜증|열받|뒤지고|뒤졌|잔소리|소리\s?(?:질렀|지르)|혼났|혼내|서운|미워|싫어|간섭|욕했|때렸|무시/u;
/** Someone else's mother ("친구 엄마", "걔네 엄마"). */
const OTHERS_MOTHER = /(?:친구|걔|쟤|그\s?애|남친|여친|남자친구|여자친구|동료|옆집|애들)\s?(?:네\s?)?(?:엄마|어머니)/u;

/** A request for something upbeat (session 39): an upbeat word before 노래/곡/음악/거, 기분 전환, 텐션 올려. */
const LIFT =
  /(?:신나는|신나게\s?해\s?줄|신날\s?만한|흥겨운|흥나는|경쾌한|밝은|발랄한|(?:기분(?:이)?|마음(?:이)?)\s?(?:좋아지는|밝아지는|풀리는|업되는)|기운\s?나는|힘(?:이)?\s?나는|업되는|텐션\s?(?:올려\s?줄|오르는|올라가는))\s?(?:노래|곡|음악|거|걸|것|플리|플레이리스트|playlist|song)|기분\s?전환|텐션\s?(?:좀\s?)?(?:올려|업)|신나고\s?싶/iu;

/** The topic a conversation's user texts tell, for title clashes; null for none. */
export function clashTopic(texts: readonly string[]): ClashTopic | null {
  const sentences = texts.flatMap((t) => t.normalize('NFC').split(/(?<=[.!?。…~])\s+|\n/u));
  if (sentences.some((s) => LOSS.test(s))) return 'loss';
  if (sentences.some((s) => MOTHER.test(s) && CONFLICT.test(s) && !OTHERS_MOTHER.test(s))) return 'mother_conflict';
  if (sentences.some((s) => LIFT.test(s))) return 'lift';
  return null;
}

/**
 * Title cues per topic. Loss: death euphemisms and farewells ("별이 되", "하늘나라", "천국", "안녕히",
 * "떠나", "작별", "마지막 인사", "죽"). Mother conflict: the mother herself in the title ("마마",
 * "엄마", "어머니", "mom", "mama", "mother"). Lift (session 39): a goodbye, an ending or tears ("farewell",
 * "goodbye", "이별", "작별", "헤어", "안녕히", "떠나", "끝", "엔딩", "마지막", "마침표", "눈물", "tears"); not a plain
 * "안녕" (조이 「안녕 (Hello)」 is a greeting) nor "bye bye my blue" (a goodbye to the blues).
 */
export const TITLE_CUES: Record<ClashTopic, RegExp> = {
  loss: /별이\s?되|별이\s?된|하늘나라|하늘로|천국|안녕히|떠나|떠난|작별|마지막\s?인사|죽|장례|heaven|goodbye|farewell/iu,
  mother_conflict: /마마|엄마|어머니|어머님|\bmom\b|\bmama\b|\bmother\b|\bmommy\b/iu,
  lift: /farewell|good\s?bye|이별|작별|헤어지|헤어진|안녕히|떠나|떠난|끝|엔딩|\bending\b|마지막|마침표|눈물|\btears?\b/iu,
};

export function titleClashes(title: string, topic: ClashTopic | null): boolean {
  return topic !== null && TITLE_CUES[topic].test(title.normalize('NFC'));
}

/** The page with clashing titles moved to its end, in their order; nothing is removed. */
export function demoteClashes<T extends { song: { title: string } }>(page: readonly T[], topic: ClashTopic | null): T[] {
  if (!topic) return [...page];
  const keep = page.filter((r) => !titleClashes(r.song.title, topic));
  const moved = page.filter((r) => titleClashes(r.song.title, topic));
  return [...keep, ...moved];
}

/**
 * Session 40: an ordinary day told ("그냥 평범한 하루였어", "별일 없었어", "그냥 그랬어"). The model reads
 * "그냥 평범한 하루였어" as sadness 0.68, and the lists said "슬픔이 묻어나는 곡" and "슬픔을 덜고 …" to
 * someone who had said nothing sad. True only when every sentence of some length tells a flat day
 * (no "…는데 갑자기 차였어" after it, no second story); the reasons then name no feeling of the user's.
 */
const FLAT_DAY =
  /평범한\s?하루|평범했|별일\s?(?:없|업)|별\s?일\s?없|(?:그냥|그저)\s?(?:그랬|그래|그런\s?하루|저냥)|무난한\s?하루|무난했|특별한\s?(?:일|건|거)\s?(?:없|하나\s?없)|똑같은\s?하루|늘\s?같은\s?하루/u;
const FLAT_BUT = /는데|지만|근데|그런데|갑자기|그래도|그러다/u;

export function toldFlatDay(texts: readonly string[]): boolean {
  const sentences = texts
    .flatMap((t) => t.normalize('NFC').split(/(?<=[.!?。…~])\s+|\n/u))
    .filter((s) => s.replace(/[^\p{L}]/gu, '').length >= 4);
  return sentences.length > 0 && sentences.every((s) => FLAT_DAY.test(s) && !FLAT_BUT.test(s));
}

/** Title words too common to say that a title "echoes" the user's words. */
const ECHO_STOP = new Set(['오늘', '우리', '그대', '너의', '나의', '너는', '나는', '그냥', '내가', '네가', '이제', '지금', '다시', '그날', '너를', '나를', '너무', '정말', '진짜', '조금', '많이', '아직', '모든', '하나', '우린', '그게', '이런', '그런', '저런', '같은', '없는', '있어', '없어', '좋아', '하는', '사람', 'feat', 'with', 'from', 'your', 'this', 'that', 'edited', 'version']);

/**
 * Session 40: the title shares a word with what the user wrote (「비와 당신」 after "비 오는 날 …" does not
 * count: one-letter words are left out; 「여행」 after "여행 가고 싶어" does). Hangul words of two letters or
 * more, Latin words of four or more, not in ECHO_STOP, bracketed parts ("(Feat. …)") left out.
 */
export function titleEchoes(title: string, texts: readonly string[]): boolean {
  const said = texts.map((t) => t.normalize('NFC').toLowerCase()).join('\n');
  if (said.length === 0) return false;
  const words = title
    .normalize('NFC')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/gu, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => (/^[\p{Script=Hangul}]+$/u.test(w) ? w.length >= 2 : /^[a-z]+$/u.test(w) && w.length >= 4) && !ECHO_STOP.has(w));
  return words.some((w) => said.includes(w));
}
