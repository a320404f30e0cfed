/**
 * Song recommendations for the conversation: two tabs — "지금 내 감정과 비슷한 노래" (similar)
 * and "기분을 바꿔 줄 노래" (shift; recsTabs.ts: shorter on a phone) — each a SongList; "다른 곡 추천"
 * brings songs not shown yet.
 * Lists are seeded by the conversation id (and page), so a reload shows the same songs,
 * minus the ones the user turned down. When the user keeps talking and the mood moves
 * (moodMoved.ts), a quiet prompt offers to pick again for the new mood; lists never change by
 * themselves once the user has seen them. Lists nobody has looked at yet (opened by a request
 * in the chat, below the fold on a phone, or restored) follow the mood silently until they come
 * into view.
 * Session 41: "다른 곡 추천" stays focusable while it loads (aria-disabled, not disabled: focus fell
 * to the page and the next Tab left it); once the new songs are in, the first new card's title
 * takes focus and comes into view (on a phone only the last two cards showed), and one polite
 * line says "새 노래 5곡을 골랐어요" (./moreSongs.ts).
 */
import { For, Show, createEffect, createSignal, on, onCleanup, onMount } from 'solid-js';
import { createStore } from 'solid-js/store';
import { excludeForList, hashString, type Recommendation, type RecommendationMode } from '../../recommend';
import { catalogueStatus, prefersReducedMotion, recommendSongs, retryModel } from '../services';
import { SongList } from '../songs/SongList';
import { moodChange } from './moodMoved';
import { NO_MORE_SONGS, moreSongsAnnouncement } from './moreSongs';
import { RECS_TABS } from './recsTabs';
import { conversationEmbedding, session, setSongsOnScreen } from './session';

interface ModeList {
  items: Recommendation[];
  /** The mix the list was made for (saved with feedback). */
  mood: number[];
  page: number;
  loading: boolean;
  error: string;
  exhausted: boolean;
}

const emptyList = (): ModeList => ({ items: [], mood: [], page: 0, loading: true, error: '', exhausted: false });

export function Recommendations() {
  const [tab, setTab] = createSignal<RecommendationMode>('similar');
  const [lists, setLists] = createStore<Record<RecommendationMode, ModeList>>({ similar: emptyList(), shift: emptyList() });
  const tabRefs = new Map<RecommendationMode, HTMLButtonElement>();
  let shown: Record<RecommendationMode, Set<string>> = { similar: new Set(), shift: new Set() };
  let token = 0;
  /** Until the first look: a list made for an older mood is picked again at that moment. */
  let firstLook = session.resultsBy !== 'user';
  /** How many times the user asked to pick again for a new mood (part of the seed). */
  let round = 0;
  let section: HTMLElement | undefined;
  /** The user has seen the lists: opened them with a button, or they came into view. */
  const [seen, setSeen] = createSignal(session.resultsBy === 'user');
  /** The polite line after "다른 곡 추천" (cleared before each press, so a repeat is heard). */
  const [announce, setAnnounce] = createSignal('');

  /** Returns whether the page brought songs (false: none left, failed, or overtaken). */
  const load = async (mode: RecommendationMode, page: number): Promise<boolean> => {
    const cid = session.conversationId;
    const mine = token;
    setLists(mode, { loading: true, error: '' });
    try {
      const embedding = mode === 'similar' ? await conversationEmbedding() : null;
      const mood = [...session.mix];
      const items = await recommendSongs({
        mix: mood,
        mode,
        embedding,
        seed: hashString(round ? `${cid}:${mode}:${page}:${round}` : `${cid}:${mode}:${page}`),
        // The two lists share no song; later pages skip what either list has shown (lists.ts).
        exclude: excludeForList(mode, page, shown),
        record: { source: 'conversation', sourceId: cid },
        // Session 38: a singer asked for in the chat, and the user's words (a title that clashes
        // with a death or a fight with mom is not put first).
        artist: session.songArtist,
        texts: session.messages.filter((m) => m.role === 'user').map((m) => m.text),
      });
      if (mine !== token) return false;
      if (items.length === 0 && page > 0) {
        setLists(mode, { loading: false, exhausted: true });
        return false;
      }
      for (const r of items) shown[mode].add(r.song.id);
      setLists(mode, { items, mood, page, loading: false, exhausted: false });
      return items.length > 0;
    } catch (err) {
      if (mine !== token) return false;
      console.warn('recommendations failed', err);
      setLists(mode, { loading: false, error: catalogueStatus().error ?? '노래를 고르지 못했어요.' });
      return false;
    }
  };

  /**
   * "다른 곡 추천": the next page, then the first new card's title gets focus (when focus is still
   * on the button) and comes into view below the sticky tab bar; one line says what happened.
   */
  const more = async (mode: RecommendationMode, button: HTMLButtonElement) => {
    if (lists[mode].loading) return;
    setAnnounce('');
    const mine = token;
    const got = await load(mode, lists[mode].page + 1);
    if (mine !== token) return;
    if (lists[mode].error) return; // the alert says it
    setAnnounce(moreSongsAnnouncement(got ? lists[mode].items.length : 0, lists[mode].exhausted));
    if (!got || document.activeElement !== button) return;
    // The new cards are rendered by now (the store update above is synchronous).
    const title = section?.querySelector<HTMLElement>(`#recs-panel-${mode} [data-testid="song-card"] .song-title`);
    if (!title) return;
    title.focus({ preventScroll: true });
    title.closest('li')?.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  };

  const restart = () => {
    token += 1;
    shown = { similar: new Set(), shift: new Set() };
    setLists({ similar: emptyList(), shift: emptyList() });
    // Similar first, then shift without the similar songs (session 38: no song in both lists).
    const mine = token;
    void load('similar', 0).then(() => (mine === token ? load('shift', 0) : undefined));
  };

  createEffect(
    on(
      () => session.conversationId,
      () => {
        round = 0;
        setSeen(session.resultsBy === 'user');
        firstLook = !seen();
        restart();
        onCleanup(() => (token += 1));
      },
    ),
  );

  // Session 38: a singer asked for (or no longer) in the chat: both lists are picked again.
  createEffect(
    on(
      () => session.songArtist,
      () => restart(),
      { defer: true },
    ),
  );

  // A request that asked for one way ("신나는 노래", "슬픈 노래") shows that list first.
  createEffect(
    on(
      () => session.songMode,
      (mode) => {
        if (mode) setTab(mode);
      },
    ),
  );
  // Session 42: asked again after the user switched tabs (songMode unchanged): the tab asked shows.
  createEffect(
    on(
      () => session.songTabAsked,
      () => {
        if (session.songMode) setTab(session.songMode);
      },
      { defer: true },
    ),
  );

  // "또 추천해줘" in the chat: the open list's "다른 곡 추천".
  createEffect(
    on(
      () => session.moreSongs,
      () => {
        const m = tab();
        if (!lists[m].loading && !lists[m].exhausted) void load(m, lists[m].page + 1);
      },
      { defer: true },
    ),
  );

  // The open list's cards, so the chat can tell which song "두번째 노래" is.
  createEffect(() => {
    const l = lists[tab()];
    setSongsOnScreen(l.items.map((r) => ({ id: r.song.id, title: r.song.title, artist: r.song.artist, mode: tab(), mood: [...l.mood] })));
  });
  onCleanup(() => setSongsOnScreen([]));

  const moved = () => !lists[tab()].loading && moodChange(seen(), lists[tab()].mood, session.mix) === 'notice';

  // Not seen yet: pick again for the current mood, silently (so the first view is never stale).
  createEffect(
    on(
      () => [session.revision, seen()] as const,
      () => {
        const stale = RECS_TABS.some((m) => !lists[m.id].loading && !lists[m.id].error && moodChange(false, lists[m.id].mood, session.mix) === 'repick');
        if (stale && (!seen() || firstLook)) restart();
        if (seen()) firstLook = false;
      },
      { defer: true },
    ),
  );

  // Seen once the card's top is on screen above the dock (the bottom third is left out).
  onMount(() => {
    if (!section || typeof IntersectionObserver === 'undefined') {
      setSeen(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting) && document.visibilityState !== 'hidden') setSeen(true);
      },
      { rootMargin: '0px 0px -33% 0px' },
    );
    observer.observe(section);
    onCleanup(() => observer.disconnect());
  });
  const pickAgain = () => {
    round += 1;
    restart();
  };

  const onTabKey = (e: KeyboardEvent) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
    e.preventDefault();
    const next: RecommendationMode =
      e.key === 'Home' ? 'similar' : e.key === 'End' ? 'shift' : tab() === 'similar' ? 'shift' : 'similar';
    setTab(next);
    tabRefs.get(next)?.focus();
  };

  return (
    <section
      class="card recs"
      ref={(el) => (section = el)}
      aria-labelledby="recs-title"
      data-testid="recommendations"
      data-seen={String(seen())}
    >
      <h2 id="recs-title" tabIndex={-1}>
        어울리는 노래
      </h2>
      <Show when={moved()}>
        <div class="recs-moved" role="status" data-testid="recs-mood-moved">
          <p class="note">이야기를 나누는 사이 기분이 달라졌어요.</p>
          <button type="button" class="button button-small" data-testid="recs-pick-again" onClick={pickAgain}>
            지금 기분으로 다시 고르기
          </button>
        </div>
      </Show>
      <div class="seg-tabs" role="tablist" aria-label="추천 종류" onKeyDown={onTabKey}>
        <For each={RECS_TABS}>
          {(m) => (
            <button
              type="button"
              role="tab"
              class="seg-tab"
              ref={(el) => tabRefs.set(m.id, el)}
              id={`recs-tab-${m.id}`}
              aria-controls={`recs-panel-${m.id}`}
              aria-selected={tab() === m.id}
              tabIndex={tab() === m.id ? 0 : -1}
              data-testid={`recs-tab-${m.id}`}
              aria-label={m.label}
              onClick={() => setTab(m.id)}
            >
              <Show when={m.lead}>
                <span class="seg-tab-lead">{m.lead}</span>
              </Show>
              {m.short}
            </button>
          )}
        </For>
      </div>
      <For each={RECS_TABS}>
        {(m) => (
          <div
            class="recs-panel"
            role="tabpanel"
            id={`recs-panel-${m.id}`}
            aria-labelledby={`recs-tab-${m.id}`}
            hidden={tab() !== m.id}
            aria-busy={lists[m.id].loading}
          >
            <Show when={lists[m.id].error}>
              <div class="inline-error" role="alert">
                <p>{lists[m.id].error}</p>
                <button
                  type="button"
                  class="button button-small"
                  onClick={() => {
                    retryModel();
                    void load(m.id, 0);
                  }}
                >
                  다시 시도
                </button>
              </div>
            </Show>
            <Show when={lists[m.id].loading && lists[m.id].items.length === 0 && !lists[m.id].error}>
              <p class="note">노래를 고르고 있어요…</p>
            </Show>
            <Show when={lists[m.id].items.length > 0}>
              <SongList
                items={lists[m.id].items}
                mode={m.id}
                mood={lists[m.id].mood}
                sourceId={session.conversationId}
                refresh={session.chatRatings}
                headingLevel={3}
              />
            </Show>
            <Show when={lists[m.id].exhausted}>
              <p class="note">{NO_MORE_SONGS}</p>
            </Show>
            <Show when={!lists[m.id].error && lists[m.id].items.length > 0}>
              <button
                type="button"
                class="button button-soft recs-more"
                data-testid={`recs-more-${m.id}`}
                aria-disabled={lists[m.id].loading}
                onClick={(e) => void more(m.id, e.currentTarget)}
              >
                {lists[m.id].loading ? '고르는 중…' : '다른 곡 추천'}
              </button>
            </Show>
          </div>
        )}
      </For>
      <p class="visually-hidden" aria-live="polite" data-testid="recs-announcer">
        {announce()}
      </p>
    </section>
  );
}
