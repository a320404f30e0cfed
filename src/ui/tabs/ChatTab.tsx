/**
 * 대화: the conversation (bubbles, typing indicator, input), the help banner after a safety
 * turn, the emotion gauge, and — once the gauge is full — the emotion chart and songs
 * (beside the chat on wide screens, below it on phones). Songs opened by a request in the chat
 * are brought into view, and the reply that opened them gets a "노래 보기" button. An older
 * conversation the app did not reopen by itself is offered as "지난 대화 이어서 하기".
 * Session 41: "새 대화" says in a line that the previous talk is kept in 기록 (it always was).
 */
import { Show, createEffect, createSignal, on } from 'solid-js';
import { ChatStatus } from '../chat/ChatStatus';
import { Composer } from '../chat/Composer';
import { Gauge } from '../chat/Gauge';
import { HelpBanner } from '../chat/HelpBanner';
import { MessageList } from '../chat/MessageList';
import { Results } from '../chat/Results';
import { measureSongs } from '../chat/measureSongs';
import { resumeOffered, session, setChartFolded, setResultsOpen, startNewConversation } from '../chat/session';
import { besideScroll, songsOutOfView } from '../chat/songsScroll';
import { prefersReducedMotion, storageStatus } from '../services';

export function ChatTab() {
  let resultsHeading: HTMLHeadingElement | undefined;
  let input: HTMLTextAreaElement | undefined;
  let focusResults = false;

  /**
   * The conversation "새 대화" started, when the one before it was kept: a line says where the old
   * one went, until this one gets its first message (not after 설정's "모든 기록 지우기").
   */
  const [keptNote, setKeptNote] = createSignal<string | null>(null);

  const openResults = () => {
    focusResults = true;
    // "내 감정 확인하기" shows the chart, even one folded earlier.
    setChartFolded(false);
    if (session.resultsOpen) moveToResults();
    else setResultsOpen(true);
  };

  const moveToResults = () => {
    if (!resultsHeading) return;
    resultsHeading.focus({ preventScroll: true });
    resultsHeading.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  };

  /** The song list's title ("어울리는 노래"), or the results' when there are no songs. */
  const songsTitle = () => document.getElementById('recs-title') ?? resultsHeading;

  /**
   * Shows the songs: on a phone their title lands just below the sticky tab bar (its
   * scroll-margin-top); on a desktop the results column scrolls back so the chart shows whole
   * above the songs, and the page only as far as it takes to show the whole column.
   */
  const scrollToSongs = (behavior: ScrollBehavior) => {
    const title = songsTitle();
    if (!title) return;
    const layout = measureSongs(title);
    const beside = besideScroll(layout);
    if (!beside) {
      title.scrollIntoView({ block: 'start', behavior });
      return;
    }
    document.getElementById('chat-results')?.scrollBy({ top: beside.column, behavior });
    if (beside.page !== 0) window.scrollBy({ top: beside.page, behavior });
  };

  /**
   * Brings the songs into view. The chart above them draws a moment later and pushes the songs
   * down, so they are followed for a short while, until the user scrolls themselves.
   */
  const bringSongsIntoView = (focus: boolean) => {
    const title = songsTitle();
    if (!title) return;
    if (focus) title.focus({ preventScroll: true });
    scrollToSongs(prefersReducedMotion() ? 'auto' : 'smooth');
    const column = document.getElementById('chat-results');
    if (!column || typeof ResizeObserver === 'undefined') return;
    let first = true;
    const observer = new ResizeObserver(() => {
      if (first) {
        first = false;
        return;
      }
      scrollToSongs('auto');
    });
    const stop = () => {
      observer.disconnect();
      for (const type of ['wheel', 'touchstart', 'keydown'] as const) removeEventListener(type, stop);
    };
    for (const type of ['wheel', 'touchstart', 'keydown'] as const) addEventListener(type, stop, { passive: true });
    observer.observe(column);
    setTimeout(stop, 2500);
  };

  /** "노래 보기" on the reply that opened the songs: focus and scroll to them. */
  const showSongs = () => {
    if (!session.resultsOpen) openResults();
    else bringSongsIntoView(true);
  };

  // Songs opened by a request in the chat ("잔잔한 노래 틀어 줘"): on a phone they open far below,
  // under the dock, so scroll them into view (focus stays in the input, to keep talking).
  createEffect(
    on(
      () => session.songsAsked,
      (asked) => {
        if (!asked) return;
        requestAnimationFrame(() => {
          const title = songsTitle();
          if (!title || !session.resultsOpen) return;
          const layout = measureSongs(title);
          // Beside the chat the column may have been scrolled past the chart: always settle it.
          if (layout.column || songsOutOfView(layout.title, layout.barBottom, layout.viewport)) bringSongsIntoView(false);
        });
      },
      { defer: true },
    ),
  );

  createEffect(
    on(
      () => session.resultsOpen,
      (open) => {
        if (open && focusResults) queueMicrotask(moveToResults);
        focusResults = false;
      },
      { defer: true },
    ),
  );

  return (
    <div class="chat-layout" classList={{ 'with-results': session.resultsOpen }}>
      <section class="chat-column" aria-labelledby="chat-title">
        <div class="chat-head">
          <div>
            <h2 id="chat-title" class="chat-title">
              오늘 마음은 어떤가요?
            </h2>
            <p class="note">입력한 내용은 이 기기 밖으로 나가지 않아요.</p>
            <p class="note chat-kept" role="status" data-testid="new-conversation-note">
              <Show when={keptNote() === session.conversationId && session.messages.length === 0}>
                이전 대화는 기록 탭에 남아 있어요.
              </Show>
            </p>
          </div>
          <button
            type="button"
            class="button button-quiet button-small"
            data-testid="new-conversation"
            disabled={session.messages.length === 0}
            onClick={() => {
              // In memory only (storage unavailable) the old talk is not kept: say nothing then.
              const kept = storageStatus().mode !== 'memory';
              startNewConversation();
              setKeptNote(kept ? session.conversationId : null);
              input?.focus();
            }}
          >
            새 대화
          </button>
        </div>

        <Show when={session.banner}>{(flag) => <HelpBanner flag={flag()} />}</Show>

        <Show when={storageStatus().mode === 'memory' && storageStatus().message}>
          <p class="notice" role="status" data-testid="storage-memory">
            {storageStatus().message}
          </p>
        </Show>

        <ChatStatus />

        <Show when={session.resumeOffer && session.messages.length === 0}>
          <p class="resume-offer" data-testid="resume-offer">
            <button type="button" class="link-button" data-testid="resume-last" onClick={() => void resumeOffered()}>
              지난 대화 이어서 하기
            </button>
          </p>
        </Show>

        <MessageList onShowSongs={showSongs} />

        <div class="dock">
          <Gauge onOpen={openResults} />
          <Composer ref={(el) => (input = el)} />
        </div>
      </section>

      <div id="chat-results" class="results-column">
        <Show when={session.resultsOpen}>
          <Results headingRef={(el) => (resultsHeading = el)} />
        </Show>
      </div>
    </div>
  );
}
