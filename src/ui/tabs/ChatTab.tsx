/**
 * 대화: the conversation (bubbles, typing indicator, input), the help banner after a safety
 * turn, the emotion gauge, and — once the gauge is full — the emotion chart and songs
 * (beside the chat on wide screens, below it on phones).
 */
import { Show, createEffect, on } from 'solid-js';
import { ChatStatus } from '../chat/ChatStatus';
import { Composer } from '../chat/Composer';
import { Gauge } from '../chat/Gauge';
import { HelpBanner } from '../chat/HelpBanner';
import { MessageList } from '../chat/MessageList';
import { Results } from '../chat/Results';
import { session, setResultsOpen, startNewConversation } from '../chat/session';
import { prefersReducedMotion, storageStatus } from '../services';

export function ChatTab() {
  let resultsHeading: HTMLHeadingElement | undefined;
  let input: HTMLTextAreaElement | undefined;
  let focusResults = false;

  const openResults = () => {
    focusResults = true;
    if (session.resultsOpen) moveToResults();
    else setResultsOpen(true);
  };

  const moveToResults = () => {
    if (!resultsHeading) return;
    resultsHeading.focus({ preventScroll: true });
    resultsHeading.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  };

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
          </div>
          <button
            type="button"
            class="button button-quiet button-small"
            data-testid="new-conversation"
            disabled={session.messages.length === 0}
            onClick={() => {
              startNewConversation();
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

        <MessageList />

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
