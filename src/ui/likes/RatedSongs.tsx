/**
 * <RatedSongs /> — the 기록 tab's "좋아한 노래" card: every song whose current rating is 좋아요,
 * newest first (title, artist, "좋아요 누른 날: 오늘"), with "YouTube에서 듣기" (offline: a plain line instead,
 * as on song cards) and "좋아요 취소". Below, folded: "별로예요 한 노래" with "다시 추천받기",
 * which clears the dislike so the song can be offered again. Refetches on dataVersion().
 */
import { For, Show, createResource, createSignal } from 'solid-js';
import { listFeedback } from '../../store';
import { clearSongRating, dataVersion, getCatalogue, getDb } from '../services';
import { ListenLink } from '../songs/ListenLink';
import { LIKED_PREVIEW, ratedOn, ratedSongs, ratedWhen, type RatedSong, type SongFacts } from './ratedSongs';
import './likes.css';

async function loadRated(): Promise<{ liked: RatedSong[]; disliked: RatedSong[] }> {
  const db = await getDb();
  const [rows, catalogue] = await Promise.all([listFeedback(db), getCatalogue().catch(() => null)]);
  const songOf = (id: string): SongFacts | undefined => catalogue?.byId.get(id);
  return ratedSongs(rows, songOf);
}

export function RatedSongs() {
  const [rated] = createResource(dataVersion, loadRated);
  const [showAll, setShowAll] = createSignal(false);
  const [announce, setAnnounce] = createSignal('');

  const liked = () => rated.latest?.liked ?? [];
  const disliked = () => rated.latest?.disliked ?? [];
  const shownLiked = () => (showAll() ? liked() : liked().slice(0, LIKED_PREVIEW));

  const clear = async (song: RatedSong, done: string) => {
    const ok = await clearSongRating(song.songId);
    setAnnounce(ok ? `${song.title}: ${done}` : '이 기기에 저장하지 못했어요. 잠시 뒤 다시 해 주세요.');
  };

  return (
    <section class="card rated-songs" aria-labelledby="rated-songs-title" data-testid="liked-songs">
      <h2 id="rated-songs-title">
        좋아한 노래
        <Show when={liked().length > 0}>
          <span class="rated-count"> {liked().length}곡</span>
        </Show>
      </h2>
      <Show
        when={liked().length > 0}
        fallback={
          <p class="note" data-testid="liked-songs-empty">
            추천받은 노래에 좋아요를 누르면 여기에 모여요.
          </p>
        }
      >
        <ul class="rated-list" aria-label="좋아한 노래">
          <For each={shownLiked()}>
            {(song) => (
              <li class="rated-item" data-testid="liked-song" data-song-id={song.songId}>
                <div class="rated-meta">
                  <p class="rated-title">{song.title}</p>
                  <p class="rated-sub">
                    <Show when={song.artist}>{song.artist} · </Show>
                    <time dateTime={new Date(song.ratedAt).toISOString()}>{ratedOn(true, ratedWhen(song.ratedAt))}</time>
                  </p>
                </div>
                <div class="rated-actions">
                  <Show when={song.link}>
                    {(link) => (
                      <ListenLink
                        href={link()}
                        song={song}
                        testId="liked-song-open"
                        offlineTestId="liked-song-offline"
                        offlineClass="rated-offline"
                      />
                    )}
                  </Show>
                  <button
                    type="button"
                    class="button button-small button-quiet"
                    data-testid="liked-song-unlike"
                    aria-label={`${song.title} 좋아요 취소`}
                    onClick={() => void clear(song, '좋아요를 취소했어요.')}
                  >
                    좋아요 취소
                  </button>
                </div>
              </li>
            )}
          </For>
        </ul>
        <Show when={liked().length > LIKED_PREVIEW}>
          <button
            type="button"
            class="button button-small button-quiet rated-more"
            aria-expanded={showAll()}
            data-testid="liked-songs-more"
            onClick={() => setShowAll((v) => !v)}
          >
            {showAll() ? '접기' : `모두 보기 (${liked().length}곡)`}
          </button>
        </Show>
      </Show>

      <Show when={disliked().length > 0}>
        <details class="rated-disliked" data-testid="disliked-songs">
          <summary>별로예요 한 노래 {disliked().length}곡</summary>
          <p class="note">다시 추천받기를 누르면 이 노래도 다시 추천에 나올 수 있어요.</p>
          <ul class="rated-list" aria-label="별로예요 한 노래">
            <For each={disliked()}>
              {(song) => (
                <li class="rated-item" data-testid="disliked-song" data-song-id={song.songId}>
                  <div class="rated-meta">
                    <p class="rated-title">{song.title}</p>
                    <p class="rated-sub">
                      <Show when={song.artist}>{song.artist} · </Show>
                      <time dateTime={new Date(song.ratedAt).toISOString()}>{ratedOn(false, ratedWhen(song.ratedAt))}</time>
                    </p>
                  </div>
                  <div class="rated-actions">
                    <button
                      type="button"
                      class="button button-small button-soft"
                      data-testid="disliked-song-undo"
                      aria-label={`${song.title} 다시 추천받기`}
                      onClick={() => void clear(song, '다시 추천에 나올 수 있어요.')}
                    >
                      다시 추천받기
                    </button>
                  </div>
                </li>
              )}
            </For>
          </ul>
        </details>
      </Show>
      <p class="visually-hidden" aria-live="polite" data-testid="rated-songs-status">
        {announce()}
      </p>
    </section>
  );
}
