/**
 * <SongList items={…} mode="similar|shift" mood={…} sourceId="…" /> — song cards: title,
 * artist, the reason line, emotion chips, "YouTube에서 듣기" (opens the song in a new tab),
 * "여기서 재생" (an embedded player, created only after the user presses it and only while
 * online) and two feedback buttons, "좋아요" / "별로예요" (what is stored), with icons.
 * The buttons are toggles: a press saves the song's one current rating at once
 * (services.rateSong) and shows it pressed; pressing the pressed button again clears it
 * (services.clearSongRating). Ratings stored earlier are shown too (services.latestFeedback),
 * so they survive a reload, and a song rated in one list shows the same rating in the other. A disliked card
 * is dimmed with a line saying what the recommender will do (./cardCopy.ts). A press that could not be
 * saved (storage full) is undone on the card, with the reason and what to do right under its buttons.
 * The chips say the song's main feelings in words ("슬픔 많이"), not percentages.
 * Session 41: the link and the play button are named with the song ("여기서 재생 (무릎, 아이유)"), so a
 * screen reader's list of links and buttons no longer shows five identical ones.
 * Offline the listen link is replaced by "인터넷에 연결되면 들을 수 있어요"; the embedded
 * player shows a plain message with the link when it cannot load (./Player.tsx).
 *
 * Props (stable; used by the 대화 and 일기 tabs):
 *   items     Recommendation[] from services.recommendSongs()
 *   mode      'similar' | 'shift'
 *   mood      the emotion mix the songs were picked for (saved with the feedback)
 *   sourceId  conversation id or diary entry id (saved with the feedback)
 *   label     accessible name of the list (default per mode)
 *   testId    data-testid of the <ul> (default "song-list-<mode>"); each card is
 *             data-testid="song-card" with data-song-id and data-feedback="liked|disliked|"
 *   emptyText shown when items is empty
 *   onRated   called after a rating was saved or cleared (songId, liked or null, stored)
 *   refresh   a counter bumped when a rating was recorded elsewhere (said in the chat)
 *   headingLevel  the song titles' heading level: 4 (default, under an h3 such as "그때 고른
 *             노래") or 3 (in the chat, right under the h2 "어울리는 노래")
 */
import { For, Show, createEffect, createSignal, on, onCleanup, type JSX } from 'solid-js';
import { Dynamic } from 'solid-js/web';
// The chat names the same words when a like is said there ("두번째 노래 좋다").
import { FEEDBACK_WORDS } from '../../chat';
import { EMOTION_KO, EMOTIONS, type EmotionMix } from '../../ml/emotions';
import type { Recommendation, RecommendationMode } from '../../recommend';
import { clearSongRating, dataVersion, latestFeedback, online, rateSong, storageNotice } from '../services';
import { chipStrength, dislikedNote, ratedAnnouncement, songControlName, toggledRating, unsavedNote } from './cardCopy';
import { ListenLink } from './ListenLink';
import { Player } from './Player';

export interface SongListProps {
  items: readonly Recommendation[];
  mode: RecommendationMode;
  mood: EmotionMix | readonly number[];
  sourceId: string;
  label?: string;
  testId?: string;
  emptyText?: string;
  onRated?: (songId: string, liked: boolean | null, stored: boolean) => void;
  /** Changes when a rating was recorded elsewhere (said in the chat): the cards read the ratings again. */
  refresh?: number;
  /** The song titles' heading level, one below the list's heading (default 4). */
  headingLevel?: 3 | 4;
}


const LIST_LABEL: Record<RecommendationMode, string> = {
  similar: '지금 내 감정과 비슷한 노래',
  shift: '기분을 바꿔 줄 노래',
};

export function SongList(props: SongListProps) {
  const [ratings, setRatings] = createSignal<Map<string, boolean>>(new Map());
  const [playing, setPlaying] = createSignal<string | null>(null);
  const [announce, setAnnounce] = createSignal('');
  /** Per song, why its latest press could not be saved (shown next to its buttons). */
  const [unsaved, setUnsaved] = createSignal<ReadonlyMap<string, string>>(new Map());

  createEffect(
    on(
      // dataVersion: a rating changed elsewhere (the other list, 기록's 좋아한 노래) shows here too.
      () => [props.items.map((r) => r.song.id).join(','), props.mode, props.refresh, dataVersion()] as const,
      ([ids, mode]) => {
        let alive = true;
        onCleanup(() => (alive = false));
        const songIds = ids ? ids.split(',') : [];
        void latestFeedback(songIds, mode).then((m) => {
          if (alive) setRatings(m);
        });
      },
    ),
  );

  // Leaving the network stops an embedded player (it could not stream anyway).
  createEffect(() => {
    if (!online()) setPlaying(null);
  });

  /** A press: sets the rating, or clears it when the same button was already pressed. */
  const rate = async (songId: string, pressed: boolean) => {
    const before = ratings().get(songId);
    const next = toggledRating(before, pressed);
    const show = (value: boolean | null | undefined) =>
      setRatings((m) => {
        const copy = new Map(m);
        if (value === null || value === undefined) copy.delete(songId);
        else copy.set(songId, value);
        return copy;
      });
    show(next);
    const stored =
      next === null
        ? await clearSongRating(songId)
        : await rateSong({ songId, mode: props.mode, liked: next, mood: props.mood, sourceId: props.sourceId });
    // Session 40: a press that was not saved is not shown as given (it would be gone after a reload).
    if (!stored) show(before);
    setUnsaved((u) => {
      const copy = new Map(u);
      if (stored) copy.delete(songId);
      else copy.set(songId, unsavedNote(storageNotice()?.kind));
      return copy;
    });
    setAnnounce(ratedAnnouncement(next, stored, props.mode));
    props.onRated?.(songId, next, stored);
  };

  const words = () => FEEDBACK_WORDS[props.mode];

  return (
    <div class="song-list-wrap">
      <Show
        when={props.items.length > 0}
        fallback={<p class="note">{props.emptyText ?? '더 추천할 노래가 없어요.'}</p>}
      >
        <ul class="song-list" aria-label={props.label ?? LIST_LABEL[props.mode]} data-testid={props.testId ?? `song-list-${props.mode}`}>
          <For each={props.items}>
            {(rec) => {
              const song = rec.song;
              const state = () => ratings().get(song.id);
              const chips = EMOTIONS.map((id) => ({ id, value: song.emotions[id] }))
                .sort((a, b) => b.value - a.value)
                .slice(0, 3)
                .filter((c, i) => i === 0 || c.value >= 0.12);
              const titleId = `song-${props.mode}-${song.id}`;
              return (
                <li
                  class="song-card"
                  data-testid="song-card"
                  data-song-id={song.id}
                  data-feedback={state() === undefined ? '' : state() ? 'liked' : 'disliked'}
                  aria-labelledby={titleId}
                >
                  <div class="song-head">
                    <span class="song-icon" aria-hidden="true">
                      ♪
                    </span>
                    <div class="song-meta">
                      {/* tabIndex -1: "다른 곡 추천" moves focus to the first new title. */}
                      <Dynamic component={`h${props.headingLevel ?? 4}`} class="song-title" id={titleId} tabIndex={-1}>
                        {song.title}
                      </Dynamic>
                      <p class="song-artist">{song.artist}</p>
                    </div>
                  </div>
                  <p class="song-reason">{rec.reason}</p>
                  <ul class="chips" aria-label="곡의 감정">
                    <For each={chips}>
                      {(c) => (
                        <li class="chip" data-emotion={c.id}>
                          {EMOTION_KO[c.id]} {chipStrength(c.value)}
                        </li>
                      )}
                    </For>
                  </ul>
                  <div class="song-actions">
                    <ListenLink
                      href={song.link}
                      song={song}
                      testId="song-open"
                      offlineTestId="song-offline"
                      offlineClass="song-offline"
                    >
                      <button
                        type="button"
                        class="button button-small button-soft"
                        aria-label={songControlName(playing() === song.id ? '플레이어 닫기' : '여기서 재생', song)}
                        aria-expanded={playing() === song.id}
                        data-testid="song-play"
                        onClick={() => setPlaying((p) => (p === song.id ? null : song.id))}
                      >
                        {playing() === song.id ? '플레이어 닫기' : '여기서 재생'}
                      </button>
                    </ListenLink>
                  </div>
                  <Show when={playing() === song.id && online()}>
                    <Player videoId={song.videoId} title={`${song.artist} - ${song.title}`} link={song.link} />
                  </Show>
                  <div class="feedback" role="group" aria-label={`${song.title}에 대한 의견`}>
                    <button
                      type="button"
                      class="feedback-button"
                      aria-pressed={state() === true}
                      data-testid="feedback-like"
                      onClick={() => void rate(song.id, true)}
                    >
                      <ThumbIcon up />
                      {words().like}
                    </button>
                    <button
                      type="button"
                      class="feedback-button"
                      aria-pressed={state() === false}
                      data-testid="feedback-dislike"
                      onClick={() => void rate(song.id, false)}
                    >
                      <ThumbIcon up={false} />
                      {words().dislike}
                    </button>
                  </div>
                  <Show when={unsaved().get(song.id)}>
                    {(why) => (
                      <p class="song-unsaved" role="alert" data-testid="song-unsaved">
                        {why()}
                      </p>
                    )}
                  </Show>
                  <Show when={state() === false}>
                    <p class="song-disliked-note note" data-testid="song-disliked-note">
                      {dislikedNote(props.mode)}
                    </p>
                  </Show>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
      <p class="visually-hidden" aria-live="polite">
        {announce()}
      </p>
    </div>
  );
}

/** A thumbs-up (or, turned over, thumbs-down) outline; decorative, the button's text names it. */
function ThumbIcon(props: { up: boolean }): JSX.Element {
  return (
    <svg
      class="feedback-icon"
      classList={{ 'feedback-icon-down': !props.up }}
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
    >
      <path
        d="M7 11v9H4a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1h3Zm0 0 4-8a2.5 2.5 0 0 1 2.5 2.5V9h5.2a2 2 0 0 1 2 2.3l-1.2 7A2 2 0 0 1 17.5 20H7"
        fill="none"
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linejoin="round"
        stroke-linecap="round"
      />
    </svg>
  );
}
