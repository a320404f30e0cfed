/**
 * <Player videoId title link /> — the embedded YouTube player (youtube-nocookie). Built
 * imperatively so the iframe carries `credentialless` before it navigates: the app is
 * cross-origin isolated (COEP), and a credentialless iframe may load a page that does not opt
 * in to being embedded.
 *
 * When the player page does not answer within PLAYER_TIMEOUT_MS (no network, blocked, an error
 * page: see ./player.ts) the frame is replaced by a plain message, the YouTube link and
 * "다시 시도", never a grey broken frame; until the player answers, the frame stays invisible
 * under a "불러오고 있어요" line. Once it answers, a line under it says what the player reports
 * ("재생 중이에요", "잠시 멈췄어요", …) with a 일시 정지 / 재생 button that sends the iframe API's
 * own commands; the card's "플레이어 닫기" removes it. Opening it scrolls it into view.
 */
import { Show, createEffect, createSignal, onCleanup, onMount } from 'solid-js';
import {
  LISTENING_MESSAGE,
  PLAYER_ORIGIN,
  PLAYER_TIMEOUT_MS,
  isPlayerAnswer,
  playbackCopy,
  playbackOf,
  playerCommand,
  playerUrl,
  type Playback,
} from './player';
import { PLAYER_NOTE, takePlayerNote } from './youtubeNote';

export function Player(props: { videoId: string; title: string; link: string }) {
  let host: HTMLDivElement | undefined;
  let wrap: HTMLDivElement | undefined;
  const [state, setState] = createSignal<'loading' | 'ready' | 'failed'>('loading');
  const [attempt, setAttempt] = createSignal(0);
  const [playback, setPlayback] = createSignal<Playback>('unstarted');
  let frameNow: HTMLIFrameElement | undefined;
  // The first player ever opened says what playing tells YouTube (./youtubeNote.ts).
  const firstNote = takePlayerNote();

  createEffect(() => {
    attempt();
    if (!host) return;
    setState('loading');
    setPlayback('unstarted');
    const frame = document.createElement('iframe');
    frame.setAttribute('credentialless', '');
    frame.title = `${props.title} 재생`;
    frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    frame.loading = 'eager';
    frame.src = playerUrl(props.videoId, location.origin);
    const onMessage = (e: MessageEvent) => {
      if (e.source !== frame.contentWindow || !isPlayerAnswer(e.origin, e.data)) return;
      setState('ready');
      const p = playbackOf(e.data);
      if (p) setPlayback(p);
    };
    const onLoad = () => {
      try {
        frame.contentWindow?.postMessage(LISTENING_MESSAGE, PLAYER_ORIGIN);
      } catch {
        // An error page has another origin: the timeout below tells.
      }
    };
    window.addEventListener('message', onMessage);
    frame.addEventListener('load', onLoad);
    const timer = setTimeout(() => {
      if (state() !== 'ready') {
        setState('failed');
        frame.remove();
      }
    }, PLAYER_TIMEOUT_MS);
    host.replaceChildren(frame);
    frameNow = frame;
    onCleanup(() => {
      if (frameNow === frame) frameNow = undefined;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
    });
  });

  // Opened below the fold (a card low on the page): bring the player and its controls into view.
  onMount(() => {
    const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    requestAnimationFrame(() => wrap?.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' }));
  });

  const copy = () => playbackCopy(playback());
  const toggle = () => {
    const running = playback() === 'playing' || playback() === 'buffering';
    try {
      frameNow?.contentWindow?.postMessage(playerCommand(running ? 'pauseVideo' : 'playVideo'), PLAYER_ORIGIN);
    } catch {
      // The frame went away: nothing to control.
    }
  };

  return (
    <>
      <div class="player-wrap" ref={(el) => (wrap = el)}>
        <div
          class="player"
          ref={(el) => (host = el)}
          data-testid="song-player"
          data-state={state()}
          hidden={state() === 'failed'}
          aria-busy={state() === 'loading'}
        />
        <Show when={state() === 'loading'}>
          <p class="player-loading" aria-hidden="true">
            플레이어를 불러오고 있어요…
          </p>
        </Show>
        <Show when={state() === 'ready'}>
          <div class="player-bar" data-testid="song-player-bar" data-playback={playback()}>
            <span role="status" data-testid="song-player-status">
              {copy().line}
            </span>
            <button type="button" class="button button-small button-quiet" data-testid="song-player-toggle" onClick={toggle}>
              {copy().toggle}
            </button>
          </div>
        </Show>
        <Show when={state() === 'failed'}>
          <div class="player-failed" role="status" data-testid="song-player-failed">
            <p>플레이어를 불러오지 못했어요. 인터넷 연결을 확인하거나 YouTube에서 들어 보세요.</p>
            <div class="song-actions">
              <a class="button button-small" href={props.link} target="_blank" rel="noopener noreferrer">
                YouTube에서 듣기<span class="visually-hidden"> (새 창)</span>
              </a>
              <button type="button" class="button button-small button-quiet" onClick={() => setAttempt((n) => n + 1)}>
                다시 시도
              </button>
            </div>
          </div>
        </Show>
      </div>
      <Show when={firstNote}>
        <p class="note player-privacy" data-testid="song-player-privacy">
          {PLAYER_NOTE}
        </p>
      </Show>
    </>
  );
}
