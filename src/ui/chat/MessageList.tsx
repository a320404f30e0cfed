/**
 * The conversation as bubbles. Every text is rendered as text (never as HTML); line breaks
 * the user typed are kept by CSS. Replies are announced by a polite live region holding the
 * latest reply only (so the user's own words are not read back to them).
 */
import { For, Show, createEffect, on } from 'solid-js';
import { EMOTION_KO } from '../../ml/emotions';
import { prefersReducedMotion } from '../services';
import { retryMessage, session } from './session';

export const GREETING =
  '안녕하세요, 음악 쉼표예요. 오늘 하루는 어땠어요? 있었던 일이나 지금 마음을 편하게 들려주세요. 이야기가 충분히 쌓이면 지금 감정에 어울리는 노래를 골라 드릴게요.';

export function MessageList(props: { onShowSongs?: () => void }) {
  let list: HTMLOListElement | undefined;

  // Keep the newest bubble in view: glide for a new message, jump for a restored conversation.
  let shown = 0;
  createEffect(
    on(
      () => [session.messages.length, session.typing] as const,
      ([count]) => {
        const jump = count - shown > 2 || prefersReducedMotion();
        shown = count;
        const last = list?.lastElementChild;
        if (last && count > 0) last.scrollIntoView({ block: 'nearest', behavior: jump ? 'auto' : 'smooth' });
      },
      { defer: true },
    ),
  );

  return (
    <>
      <ol class="messages" ref={(el) => (list = el)} aria-label="대화 내용" data-testid="chat-log" aria-busy={session.restoring}>
        <li class="msg msg-bot msg-greeting">
          <p class="msg-text">{GREETING}</p>
        </li>
        <For each={session.messages}>
          {(m) =>
            m.role === 'user' ? (
              <li
                class="msg msg-user"
                data-testid="user-message"
                data-label={m.label ?? ''}
                data-chip={m.chip ?? ''}
                data-status={m.status}
              >
                <span class="visually-hidden">나: </span>
                <p class="msg-text">{m.text}</p>
                <Show when={m.chip}>
                  {(chip) => (
                    <span class="msg-emotion" data-testid="emotion-chip">
                      <span class="visually-hidden">읽힌 감정: </span>
                      {EMOTION_KO[chip()]}
                    </span>
                  )}
                </Show>
                <Show when={m.status === 'failed'}>
                  <p class="msg-failed">
                    답을 만들지 못했어요.{' '}
                    <button type="button" class="link-button" onClick={() => retryMessage(m.id)}>
                      다시 보내기
                    </button>
                  </p>
                </Show>
              </li>
            ) : (
              <li class="msg msg-bot" classList={{ 'msg-safety': m.kind === 'safety' }} data-testid="bot-message" data-kind={m.kind ?? ''}>
                <span class="visually-hidden">음악 쉼표: </span>
                <p class="msg-text">{m.text}</p>
                <Show when={m.songs && session.resultsOpen && !session.lastTurnSafety && props.onShowSongs}>
                  <button type="button" class="button button-soft button-small msg-songs" data-testid="show-songs" onClick={() => props.onShowSongs?.()}>
                    노래 보기 <span class="msg-songs-below" aria-hidden="true">↓</span>
                    <span class="msg-songs-beside" aria-hidden="true">→</span>
                  </button>
                </Show>
              </li>
            )
          }
        </For>
        <Show when={session.typing}>
          <li class="msg msg-bot msg-typing" data-testid="typing-indicator">
            <span class="visually-hidden">답장을 준비하고 있어요</span>
            <span class="dots" aria-hidden="true">
              <span />
              <span />
              <span />
            </span>
          </li>
        </Show>
      </ol>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="chat-announcer">
        {session.lastReply}
      </div>
    </>
  );
}
