/**
 * Session 41 (songs): love songs for pain that is not about love. Testers who told of a fight with a
 * friend, a boss or an exam got love songs in the similar list: it ranks by the emotion cosine and the
 * lyric-embedding cosine, and neither knows a song's topic (a sad break-up ballad and a sad song about
 * a lost friend read alike; `scripts/eval/lyric-topic-probe.ts`, session 40, found the lyric embeddings
 * do not separate love songs).
 *
 * The catalogue now carries a love-song score per song (`Song.romance`, 0..1, from the lyric's own
 * words at build time: scripts/catalogue/romance.ts). Here the user's texts say what the talk is about:
 *
 *  - 'love': a partner, an ex, a crush, a break-up, a marriage is told (LOVE_TALK) — love songs fit;
 *  - 'other': no love told, but another subject clearly is (OTHER_TALK: a friend, work, school, family,
 *    health, money, a pet) — love songs are demoted;
 *  - null: nothing clear (a mood alone, "우울해") — nothing changes.
 *
 * The demotion is gentle (ROMANCE_PENALTY × romance off the similar score), never a removal: a love song
 * whose mood and words fit well can still be offered, and the topic cues are the user's own words only.
 */

export type TalkTopic = 'love' | 'other';

/**
 * Love told: a partner or an ex, dating, a crush, a break-up, a spouse (the same words as the chat's
 * `longfit.ts` ROMANCE, without "바람" alone, which is mostly the wind). "친구를 못 사귈까 봐" (making
 * friends) is no romance.
 */
const LOVE_TALK = new RegExp(
  [
    '남친|여친|남자\\s?친구|여자\\s?친구|애인|연인|전\\s?(?:남친|여친|애인)',
    '헤어(?:졌|지|져|진|질|짐)|이별|연애|(?<!친구(?:를|들을|들이랑|랑|도|는)?\\s?(?:잘\\s?|못\\s?|새로\\s?|많이\\s?)?)(?:사귀|사귄|사겼|사귈)',
    '짝사랑|첫사랑|고백|썸\\s?(?:타|탔|남|녀|을|이|인)|좋아하는\\s?(?:사람|애|오빠|선배|남자|여자|형|누나)',
    '차였|차임|데이트|소개팅|재회|바람\\s?(?:을\\s?)?(?:피|폈|핀|났|난)',
    '남편|아내|와이프|신랑|배우자|결혼|이혼|파혼|프러포즈|프로포즈',
  ].join('|'),
  'u',
);

/** Another subject clearly told (only where the cue is clear; "친구" is not 남자친구/여자친구). */
const OTHER_TALK = new RegExp(
  [
    // friends
    '(?<!남자\\s?|여자\\s?|남|여)친구|베프|절친|동창|단톡|팀플|동기',
    // work
    '회사|직장|상사|팀장|부장|과장|차장|대리|사장님?|동료|야근|출근|퇴근|출장|회식|알바|사수|업무|이직|퇴사|해고|월급|구조조정|권고사직|면접|취업|취준|손님|고객',
    // school
    '시험|성적|공부|수능|학교|과제|교수|선생님|학원|중간고사|기말|입시|재수|논문|공모전|발표|전학',
    // family
    '엄마|아빠|부모|어머니|아버지|어머님|아버님|가족|동생|누나|언니|할머니|할아버지|아들|(?<![가-힣])딸(?!기)|시어머니|시댁',
    // health, money, home, a pet, a loss
    '병원|수술|건강검진|재검|진단|입원|빚|대출|월세|전세|집주인|윗집|이웃|강아지|고양이|반려|돌아가셨|장례',
  ].join('|'),
  'u',
);

/** What the conversation's user texts are about, for the love-song demotion; null when unclear. */
export function talkTopic(texts: readonly string[]): TalkTopic | null {
  const said = texts.map((t) => t.normalize('NFC'));
  if (said.some((t) => LOVE_TALK.test(t))) return 'love';
  if (said.some((t) => OTHER_TALK.test(t))) return 'other';
  return null;
}

/**
 * Off the similar score of a song with romance r when the talk is about something else: r × 0.1. A clear
 * love song (r ≈ 0.9) loses ≈ 0.09 — about a quarter of the lyric term's spread within one emotion (0.5 ×
 * cosines 0.28–0.46) plus a mood gap of 0.1: it gives way to a song of the same emotion that fits about as
 * well, but not to a song of another emotion (those have no lyric term and lie ≥ 0.15 lower). Figures:
 * `npm run --silent eval:song-moods -- --lists` (README, session 41).
 */
export const ROMANCE_PENALTY = 0.1;

/** The similar-score penalty for a song, given the talk's topic (0 unless the talk is clearly not about love). */
export function romancePenalty(romance: number, topic: TalkTopic | null): number {
  return topic === 'other' ? ROMANCE_PENALTY * Math.max(0, Math.min(1, romance)) : 0;
}
