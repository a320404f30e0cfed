/**
 * <Player videoId title link /> — the embedded YouTube player (youtube-nocookie). Built
 * imperatively so the iframe carries `credentialless` before it navigates: the app is
 * cross-origin isolated (COEP), and a credentialless iframe may load a page that does not opt
 * in to being embedded.
 *
 * When the player page does not answer within PLAYER_TIMEOUT_MS (no network, blocked, an error
 * page: see ./player.ts) the frame is replaced by a plain message, the YouTube link and
 * "다시 시도", never a grey broken frame; until the player answers, the frame stays invisible
 * under a "불러오고 있어요" line.
 */
import { Show, createEffect, createSignal, onCleanup } from 'solid-js';
import { LISTENING_MESSAGE, PLAYER_ORIGIN, PLAYER_TIMEOUT_MS, isPlayerAnswer, playerUrl } from './player';

export function Player(props: { videoId: string; title: string; link: string }) {
  let host: HTMLDivElement | undefined;
  const [state, setState] = createSignal<'loading' | 'ready' | 'failed'>('loading');
  const [attempt, setAttempt] = createSignal(0);

  createEffect(() => {
    attempt();
    if (!host) return;
    setState('loading');
    const frame = document.createElement('iframe');
    frame.setAttribute('credentialless', '');
    frame.title = `${props.title} 재생`;
    frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    frame.loading = 'eager';
    frame.src = playerUrl(props.videoId, location.origin);
    const onMessage = (e: MessageEvent) => {
      if (e.source === frame.contentWindow && isPlayerAnswer(e.origin, e.data)) setState('ready');
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
    onCleanup(() => {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
    });
  });

  return (
    <div class="player-wrap">
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
  );
}
