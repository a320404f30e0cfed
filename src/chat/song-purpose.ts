/**
 * Session 41 (songasks): what a song request is for. A tester's 40 conversations found requests
 * answered by whichever song intent the classifier ranked first, whatever they asked for:
 * "축하 노래 틀어줘" on a day of pure joy took the sad-songs intent and got «기분을 바꿔 줄 노래부터»
 * (the list that moves away from joy), "응원 노래 추천해줘" the same; "운동할 때 들을 노래" took the
 * focus intent and, after a work story, «올라온 마음을 조금 식혀 줄 노래들»; "웃긴 노래 없어?" after
 * an embarrassing day «마음을 잠시 쉬게 해 줄 노래들».
 *
 * The purpose is read from the request's own words: to celebrate, to cheer on, to work out, to
 * get through chores (노동요), to focus, to sleep, for a rainy day, for a laugh. It sets which list
 * opens first and the reply's words. The catalogue has no genre or tempo, only the emotions of each
 * song's lyrics (src/recommend), so the reply says plainly that songs for that use cannot be picked
 * as such, then what the lists can do: the glad (joy-led) songs for a celebration, a workout or a
 * laugh; for sleep, focus or rain the songs close to a quiet mood, or the list that calms one that
 * is stirred up or glad. A mood word in the request itself ("운동할 때 들을 잔잔한 노래") still wins.
 *
 * All functions are pure.
 */
import type { EmotionId } from '../ml/emotions';
import type { SongDirection } from './talks-about-songs';

export type SongPurpose = 'celebrate' | 'cheer' | 'workout' | 'chores' | 'focus' | 'sleep' | 'rain' | 'funny';

/**
 * Purposes in the order they are tested: the more particular use first ("잘 때 들을 신나는" is
 * left to the mood word by the caller; "공부할 때 힘 나는 노래" is a use before a wish to cheer).
 */
const PURPOSES: ReadonlyArray<readonly [SongPurpose, RegExp]> = [
  // "노동요", songs for chores: to keep going, brightly.
  ['chores', /노동요|(?:청소|설거지|빨래|집안일|정리)\s?(?:할\s?때|하면서|하며|용)/u],
  ['workout', /운동|헬스|러닝|런닝|달리기|달릴\s?때|뛸\s?때|뛰면서|조깅|등산|자전거\s?(?:탈|타면서)|라이딩|홈트|웨이트|스쿼트|줄넘기|수영할/u],
  ['sleep', /잘\s?때|자기\s?전|자면서|잠들|잠\s?(?:잘|오는|올|안\s?(?:올|와|오는)|못\s?(?:잘|드는|들\s?때))|잠이\s?(?:안|잘\s?오|오는|솔솔)|수면|자장가|꿀잠|누워서\s?(?:들을|듣)|불\s?끄고/u],
  ['focus', /공부|집중|작업(?:할|하면서|용|\s?할)|일할\s?때|일하면서|코딩|독서|책\s?(?:읽을|읽으면서|볼\s?때)|과제|시험\s?기간|업무\s?(?:중|할)/u],
  ['rain', /(?<![가-힣])비(?:가)?\s?(?:오는|올\s?때|와서|내리는|오면|온다|오네|오는데|와|추적)|빗소리|장마|우중충|흐린\s?날|비\s?오는\s?날/u],
  ['celebrate', /축하|자축|파티|기념(?:으로|할|하는|하며|하면서|일)|축배|합격\s?(?:기념|송)|세리머니|경축/u],
  ['cheer', /응원|힘내|힘(?:을|이)?\s?(?:주는|내라는|내라고|될|되는|돼\s?줄|되어\s?줄)|파이팅|화이팅|용기(?:를|가)?\s?(?:주는|나는|내)|격려|기운\s?(?:나는|날|내|주는|차리)|버틸\s?(?:수\s?있게|힘)/u],
  ['funny', /웃긴|웃기는|웃겨|웃음\s?(?:나는|이\s?나는)|웃을\s?수\s?있는|재밌는|재미있는|재미난|코믹|빵\s?터지|병맛|유쾌한/u],
];

/** Songs, music, a playlist, or the few words of a request with 거 ("비 오는 날 듣기 좋은 거"). */
const ABOUT_SONGS = /노래|음악|곡|플리|플레이\s?리스트|브금|bgm|노동요|자장가|응원가|송(?![가-힣])|(?:들을|듣기|듣는|틀어\s?놓을|틀어\s?둘)\s?(?:만한\s?|좋은\s?)?(?:거|것|걸)/iu;

/** The purpose a song request names, or null. Only for text that asks for songs (the caller checks). */
export function songPurpose(text: string): SongPurpose | null {
  const t = text.normalize('NFC').trim();
  if (!t || t.length > 60 || !ABOUT_SONGS.test(t)) return null;
  for (const [purpose, re] of PURPOSES) if (re.test(t)) return purpose;
  return null;
}

/** Purposes served by the glad songs; the others by the quiet ones. */
const BRIGHT: ReadonlySet<SongPurpose> = new Set<SongPurpose>(['celebrate', 'cheer', 'workout', 'chores', 'funny']);
export const brightPurpose = (p: SongPurpose): boolean => BRIGHT.has(p);

/**
 * The way a purpose leans, given the conversation's leading emotion. Bright purposes lift (the glad
 * list: the similar one when joy leads, else the shift list, songModeFor). Quiet ones stay with a
 * quiet mood (sadness, hurt, neutral: the similar list; joy: the shift list, calmer), and calm one
 * that is stirred up (anger, anxiety, embarrassment: the shift list, which leaves songs led by that
 * feeling out).
 */
export function purposeDirection(purpose: SongPurpose, lead: EmotionId | null): SongDirection {
  if (BRIGHT.has(purpose)) return 'lift';
  return lead === 'anger' || lead === 'anxiety' || lead === 'embarrassment' ? 'calm' : 'match';
}

/** What cannot be picked for each purpose, said once per conversation (the catalogue has no genre or tempo). */
const CANNOT: Record<SongPurpose, string> = {
  celebrate: '축하하는 노래를 따로 가려 고르지는 못해요. 노래는 가사에 담긴 감정으로 고르거든요.',
  cheer: '응원이 되는 곡을 따로 가려 고르지는 못해요. 노래는 가사에 담긴 감정으로 고르거든요.',
  workout: '노래의 빠르기는 알 수 없어서 운동할 때 맞는 곡을 따로 가려 고르지는 못해요.',
  chores: '일하거나 집안일 할 때 듣기 좋은 곡을 따로 가려 고르지는 못해요. 노래는 가사에 담긴 감정으로 고르거든요.',
  focus: '지금 있는 노래는 모두 가사가 있는 곡이라, 집중하기 좋은 곡을 따로 가려 고르지는 못해요.',
  sleep: '노래의 빠르기는 알 수 없어서 잠들기 좋은 곡을 따로 가려 고르지는 못해요.',
  rain: '비 오는 날에 맞는 곡을 따로 가려 고르지는 못해요. 노래는 가사에 담긴 감정으로 고르거든요.',
  funny: '웃긴 노래를 따로 가려 고르지는 못해요. 노래는 가사에 담긴 감정으로 고르거든요.',
};

/** What comes first, per purpose, true of the list that opens. */
const BRIGHT_FIRST: Record<'celebrate' | 'cheer' | 'workout' | 'chores' | 'funny', string> = {
  celebrate: '기쁨이 담긴 밝은 노래부터 보여 드릴게요.',
  cheer: '힘이 되어 줄 밝은 노래부터 보여 드릴게요.',
  workout: '기운을 북돋아 줄 밝은 노래부터 보여 드릴게요.',
  chores: '힘이 나는 밝은 노래부터 보여 드릴게요.',
  funny: '기분을 가볍게 풀어 줄 밝은 노래부터 보여 드릴게요.',
};
/** Quiet purposes: the songs close to a quiet mood (similar), or the calming list (shift). */
const QUIET_FIRST: Record<'similar' | 'shift', string> = {
  similar: '지금 마음 곁에 조용히 머물 노래부터 보여 드릴게요.',
  shift: '마음을 차분하게 가라앉혀 줄 노래부터 보여 드릴게요.',
};

/** A bright purpose after a loss told: the lifting list, said softly (its first songs are not the upbeat ones, src/recommend/heavyStory.ts). */
const BRIGHT_AFTER_LOSS = '마음을 조금은 가볍게 해 줄 노래부터 보여 드릴게요.';

/**
 * The reply that opens the songs for a purpose. `firstTime`: the honest line on what cannot be
 * picked is said (once a conversation); `glad`: the story told glad news, so a celebration is met
 * with a 축하해요 first; `loss`: a death was told, so a bright purpose is said softly.
 */
export function purposeOpenLine(purpose: SongPurpose, mode: 'similar' | 'shift', opts: { firstTime: boolean; glad: boolean; loss?: boolean }): string {
  const bright = BRIGHT.has(purpose) ? (opts.loss ? BRIGHT_AFTER_LOSS : BRIGHT_FIRST[purpose as keyof typeof BRIGHT_FIRST]) : null;
  const first = bright ?? QUIET_FIRST[mode];
  const greet = purpose === 'celebrate' && opts.glad ? '정말 축하해요! ' : '';
  if (!opts.firstTime) return `${greet}좋아요, ${first}`;
  return `${greet}${CANNOT[purpose]} 대신 ${first}`;
}

/** The honest line alone, before the bot asks for a sentence of the mood (the songs wait). */
export function purposeNote(purpose: SongPurpose): string {
  return CANNOT[purpose];
}

export const PURPOSE_PREFIX = 'songpurpose';
