/**
 * The embedded YouTube player's plumbing, kept apart from the component so it can be tested:
 * its address, and how the card tells a player that came up from a broken frame.
 *
 * A cross-origin iframe fires `load` even when it only shows the browser's error page, so
 * `load` proves nothing. The player is trusted once the YouTube page itself answers the
 * iframe-API handshake (we post {"event":"listening"}, it posts back "initialDelivery" /
 * "onReady" / "infoDelivery"); with no answer within PLAYER_TIMEOUT_MS the card shows a plain
 * message and the YouTube link instead of a grey frame.
 */
export const PLAYER_ORIGIN = 'https://www.youtube-nocookie.com';
/**
 * About 6 s: the player page usually answers in one or two; where YouTube is blocked the card
 * stood 12 s as a black box before offering "YouTube에서 듣기" (session 39). "다시 시도" gives a
 * slow connection another go.
 */
export const PLAYER_TIMEOUT_MS = 6_000;

/** The embed address for a video; `origin` (the app's) lets the player talk back. */
export function playerUrl(videoId: string, origin: string): string {
  const q = new URLSearchParams({ autoplay: '1', rel: '0', enablejsapi: '1', origin });
  return `${PLAYER_ORIGIN}/embed/${encodeURIComponent(videoId)}?${q.toString()}`;
}

/** The message that asks the player to start talking (what YouTube's own iframe API sends). */
export const LISTENING_MESSAGE = JSON.stringify({ event: 'listening', id: 1, channel: 'widget' });

/** True when a message event comes from the YouTube player page and looks like its API talking. */
export function isPlayerAnswer(origin: string, data: unknown): boolean {
  if (origin !== PLAYER_ORIGIN) return false;
  let msg: unknown = data;
  if (typeof data === 'string') {
    try {
      msg = JSON.parse(data);
    } catch {
      return false;
    }
  }
  return typeof msg === 'object' && msg !== null && typeof (msg as { event?: unknown }).event === 'string';
}

/** What the card says about the video, from the player's own reports. */
export type Playback = 'unstarted' | 'playing' | 'paused' | 'buffering' | 'ended';

/** YouTube's player states (-1 unstarted, 0 ended, 1 playing, 2 paused, 3 buffering, 5 cued). */
const STATES: Record<number, Playback> = { [-1]: 'unstarted', 0: 'ended', 1: 'playing', 2: 'paused', 3: 'buffering', 5: 'unstarted' };

/**
 * The playback state a player message reports, or null when it reports none:
 * {"event":"onStateChange","info":1} or {"event":"infoDelivery","info":{"playerState":2}}.
 */
export function playbackOf(data: unknown): Playback | null {
  let msg: unknown = data;
  if (typeof data === 'string') {
    try {
      msg = JSON.parse(data);
    } catch {
      return null;
    }
  }
  if (typeof msg !== 'object' || msg === null) return null;
  const { event, info } = msg as { event?: unknown; info?: unknown };
  let code: unknown = null;
  if (event === 'onStateChange') code = info;
  else if (event === 'infoDelivery' && typeof info === 'object' && info !== null) code = (info as { playerState?: unknown }).playerState;
  return typeof code === 'number' ? (STATES[code] ?? null) : null;
}

/** The message that makes the player pause or play (what YouTube's iframe API posts). */
export function playerCommand(func: 'pauseVideo' | 'playVideo'): string {
  return JSON.stringify({ event: 'command', func, args: [], id: 1, channel: 'widget' });
}

/** The line under the player, and the toggle's label, for a playback state. */
export function playbackCopy(p: Playback): { line: string; toggle: '일시 정지' | '재생' } {
  switch (p) {
    case 'playing':
      return { line: '재생 중이에요', toggle: '일시 정지' };
    case 'buffering':
      return { line: '불러오는 중이에요', toggle: '일시 정지' };
    case 'paused':
      return { line: '잠시 멈췄어요', toggle: '재생' };
    case 'ended':
      return { line: '끝까지 들었어요', toggle: '재생' };
    default:
      return { line: '재생 준비가 됐어요', toggle: '재생' };
  }
}
