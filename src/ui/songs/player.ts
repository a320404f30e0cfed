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
export const PLAYER_TIMEOUT_MS = 12_000;

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
