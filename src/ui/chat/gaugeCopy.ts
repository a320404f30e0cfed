/**
 * What the gauge says, and when it offers the songs before it is full.
 *
 * The line says roughly how much more is needed in words, never in characters: what is left
 * (the threshold's share not filled yet, in meaningful characters) is read as sentences of
 * about SENTENCE_CHARS. Once songs are open (asked for in the chat, or opened by a button), it
 * says they are ready; opened before the gauge is full, it says they were picked from the talk
 * so far (OPEN_EARLY_LINE), so the line agrees with a bar still at 60 % (session 39: it said
 * "노래를 골라 뒀어요" beside a bar that stayed at 55–68 %).
 *
 * Songs before the gauge is full: a quiet "지금까지 이야기로 노래 보기" once the gauge passes
 * half, or when the user says goodbye (a goodbye intent, or a "자러 갈게" leaving turn) after
 * telling something, so no one leaves without songs. Not after a safety turn.
 *
 * Session 41: the line is no longer a live region (a screen reader heard it after every reply,
 * beside the reply itself); gaugeAnnouncement says a word only when a turn crosses a step that
 * changes what the user can do: the songs can be opened now, or the gauge is full.
 */
import { LEAVE_PREFIX } from '../../chat/pushback';

/** Meaningful characters in a typical short sentence ("오늘 회사에서 진짜 너무 지쳤어요": 14). */
export const SENTENCE_CHARS = 16;

export interface GaugeLineInput {
  /** 0..1 */
  gauge: number;
  /** The gauge threshold in meaningful characters (설정). */
  threshold: number;
  /** The songs are open (and allowed). */
  songsOpen: boolean;
  /**
   * "지금까지 이야기로 노래 보기" is offered beside the line (offerEarlySongs): the line must
   * not ask for more as if the songs were out of reach.
   */
  earlyOffered?: boolean;
}

/** The line beside the early-songs button: the songs are there now, more talk makes them fit better. */
export const EARLY_LINE = '지금 봐도 되고, 더 들려주면 더 잘 맞춰요';

/** The line while songs are open before the gauge is full: picked from what was told so far. */
export const OPEN_EARLY_LINE = '지금까지 이야기로 골랐어요 · 더 들려주면 더 잘 맞춰요';

export function gaugeLine({ gauge, threshold, songsOpen, earlyOffered = false }: GaugeLineInput): string {
  if (songsOpen) return gauge >= 1 ? '노래를 골라 뒀어요' : OPEN_EARLY_LINE;
  if (gauge >= 1) return '이제 감정을 확인해 볼 수 있어요';
  if (earlyOffered && gauge > 0) return EARLY_LINE;
  if (!(gauge > 0)) return '편하게 이야기를 들려주세요';
  const left = (1 - gauge) * Math.max(1, threshold);
  const sentences = Math.ceil(left / SENTENCE_CHARS);
  if (sentences <= 2) return '한두 문장만 더 들려주세요';
  if (sentences <= 3) return '두세 문장만 더 들려주세요';
  return '몇 문장 더 들려주세요';
}

/**
 * Session 40: what the gauge is, one line under it while it fills (testers: "감정 게이지" never
 * said what fills it or what comes of it). Gone once the songs can be opened.
 */
export const GAUGE_HINT = '이야기를 들려줄수록 차고, 다 차면 노래를 골라 드려요';

/** The hint under the gauge, or '' when the songs are open or can be opened now. */
export function gaugeHint({ gauge, songsOpen, earlyOffered = false }: Omit<GaugeLineInput, 'threshold'>): string {
  return songsOpen || earlyOffered || gauge >= 1 ? '' : GAUGE_HINT;
}

/** Every line gaugeLine can say (for tests). */
export const GAUGE_LINES = [
  '편하게 이야기를 들려주세요',
  '몇 문장 더 들려주세요',
  '두세 문장만 더 들려주세요',
  '한두 문장만 더 들려주세요',
  EARLY_LINE,
  '이제 감정을 확인해 볼 수 있어요',
  OPEN_EARLY_LINE,
  '노래를 골라 뒀어요',
] as const;

/** What the gauge offers at the end of a turn (for gaugeAnnouncement). */
export interface GaugeStep {
  /** The gauge is full. */
  full: boolean;
  /** "지금까지 이야기로 노래 보기" is offered (offerEarlySongs). */
  early: boolean;
  /** The songs are open (and allowed). */
  songsOpen: boolean;
  /** This turn was a safety turn: the gauge keeps quiet. */
  safety: boolean;
}

/** Said once when a turn fills the gauge while the songs are closed. */
export const FULL_ANNOUNCEMENT = '감정 게이지가 다 찼어요. 이제 내 감정을 확인해 볼 수 있어요.';
/** Said once when a turn fills the gauge while the songs are already open. */
export const FULL_OPEN_ANNOUNCEMENT = '감정 게이지가 다 찼어요.';
/** Said once when a turn makes the songs available before the gauge is full. */
export const EARLY_ANNOUNCEMENT = '지금까지 나눈 이야기로 노래를 볼 수 있어요.';

/**
 * What a screen reader hears from the gauge after a turn: '' unless the turn crossed a step
 * (the reply itself is announced by the chat; the gauge line would be a second voice each time).
 */
export function gaugeAnnouncement(before: GaugeStep, after: GaugeStep): string {
  if (after.safety) return '';
  if (after.full && !before.full) return after.songsOpen ? FULL_OPEN_ANNOUNCEMENT : FULL_ANNOUNCEMENT;
  if (after.early && !before.early && !after.songsOpen) return EARLY_ANNOUNCEMENT;
  return '';
}

/** The share of the gauge after which the songs can be opened early. */
export const EARLY_SONGS_FROM = 0.5;

export interface EarlySongsInput {
  gauge: number;
  /** The latest turn was a goodbye. */
  leaving: boolean;
  songsOpen: boolean;
  /** A safety turn happened in this conversation. */
  safety: boolean;
}

/** Whether to offer "지금까지 이야기로 노래 보기" (the gauge is not full yet). */
export function offerEarlySongs({ gauge, leaving, songsOpen, safety }: EarlySongsInput): boolean {
  if (songsOpen || safety || gauge >= 1 || !(gauge > 0)) return false;
  return gauge >= EARLY_SONGS_FROM || leaving;
}

/**
 * Whether a turn was a goodbye: the matched intent is a goodbye ("오늘은 일찍 자야겠어요" →
 * meta_good_night), or the engine answered a leaving turn ("이제 잘래").
 */
export function isGoodbyeTurn(
  turn: { intent: string | null },
  intentAction: (id: string) => string | undefined,
  newReplyIds: readonly string[],
): boolean {
  if (turn.intent && intentAction(turn.intent) === 'goodbye') return true;
  return newReplyIds.some((id) => id.startsWith(`${LEAVE_PREFIX}:`));
}
