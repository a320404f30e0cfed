/**
 * "YouTube에서 듣기" (a new tab), or offline a plain line saying the song can be heard once online
 * (a link that cannot open is no use). Shared by the song cards (SongList) and the liked songs
 * (RatedSongs); `children` are more controls shown only online (the card's "여기서 재생").
 * Session 41: with `song` the link is named after it ("YouTube에서 듣기 (무릎, 아이유, 새 창)"):
 * a list of songs no longer gives a screen reader's links list five identical links. The visible
 * words come first in the name, so a voice command that says them still finds the link.
 */
import { Show, type JSX } from 'solid-js';
import { online } from '../services';
import { OFFLINE_LISTEN, songControlName } from './cardCopy';

export interface ListenLinkProps {
  href: string;
  /** data-testid of the link, and of the offline line. */
  testId: string;
  offlineTestId: string;
  /** The offline line's own class (besides "note"). */
  offlineClass: string;
  /** The song, named in the link's accessible name. */
  song?: { title?: string; artist?: string };
  children?: JSX.Element;
}


export function ListenLink(props: ListenLinkProps) {
  return (
    <Show
      when={online()}
      fallback={
        <p class={`${props.offlineClass} note`} data-testid={props.offlineTestId}>
          {OFFLINE_LISTEN}
        </p>
      }
    >
      <a
        class="button button-small"
        href={props.href}
        target="_blank"
        rel="noopener noreferrer"
        data-testid={props.testId}
        aria-label={props.song ? songControlName('YouTube에서 듣기', props.song, true) : undefined}
      >
        YouTube에서 듣기<span class="visually-hidden"> (새 창)</span>
      </a>
      {props.children}
    </Show>
  );
}
