/**
 * The message input: Enter sends, Shift+Enter breaks the line (Enter while a Korean IME is
 * composing only finishes the syllable). On a touch screen (pointer: coarse) there is no
 * Shift: Enter breaks the line, the 보내기 button sends, and the keyboard hint is not shown.
 * A refused message (empty, too long, model not available) shows a Korean reason and stays in
 * the input.
 */
import { Show, createSignal, onCleanup, onMount } from 'solid-js';
import { MAX_MESSAGE_CHARS } from '../../ml/text';
import { sendMessage } from './session';

const COUNT_FROM = MAX_MESSAGE_CHARS - 300;
const TOUCH_QUERY = '(pointer: coarse)';
/** The input's tallest, as chat.css's max-height says (past it the text scrolls). */
const MAX_INPUT_PX = 168;
/** The browser sizes a textarea to its content (and placeholder) by itself. */
const FIELD_SIZING = typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('field-sizing', 'content');

/** Whether the main pointer is a finger (follows changes, e.g. a tablet's keyboard attached). */
function coarsePointer(): () => boolean {
  const query = typeof matchMedia === 'function' ? matchMedia(TOUCH_QUERY) : null;
  const [coarse, setCoarse] = createSignal(query?.matches ?? false);
  if (query) {
    const update = () => setCoarse(query.matches);
    query.addEventListener('change', update);
    onCleanup(() => query.removeEventListener('change', update));
  }
  return coarse;
}

export function Composer(props: { ref?: (el: HTMLTextAreaElement) => void }) {
  const [text, setText] = createSignal('');
  const [error, setError] = createSignal('');
  let input!: HTMLTextAreaElement;
  const touch = coarsePointer();

  /**
   * Fits the box to its text, up to MAX_INPUT_PX (the CSS max-height). Where CSS can
   * (field-sizing: content, Chromium), CSS does it, the placeholder included: on a narrow phone
   * with large text "마음을 편하게 적어 보세요" takes two lines and shows whole, also after the
   * text size changes. Elsewhere (Firefox, Safari) this does the same: the height follows the
   * text, an empty box is as tall as its placeholder (measured as if it were the text, since not
   * every engine counts a placeholder in scrollHeight), and a change of width fits it again.
   */
  const grow = () => {
    if (FIELD_SIZING) return;
    const empty = input.value === '';
    input.style.height = 'auto';
    if (empty) input.value = input.placeholder;
    // border-box: the scroll height (text + padding) plus the borders.
    const height = input.scrollHeight + input.offsetHeight - input.clientHeight;
    if (empty) input.value = '';
    input.style.height = `${Math.min(height, MAX_INPUT_PX)}px`;
  };

  let em: HTMLSpanElement | undefined;
  onMount(() => {
    grow();
    if (FIELD_SIZING) return;
    // Text measured before the fonts arrived wraps differently once they have.
    void document.fonts?.ready.then(grow);
    if (typeof ResizeObserver !== 'function') return;
    // The text wraps onto other lines when the box gets narrower or wider (the phone turned, the
    // window resized) or the text size changes (the browser's setting): `em` is 1em square.
    let seen = '';
    const observer = new ResizeObserver(() => {
      const now = `${input.clientWidth}:${em?.offsetHeight ?? 0}`;
      if (now === seen) return;
      seen = now;
      grow();
    });
    observer.observe(input);
    if (em) observer.observe(em);
    onCleanup(() => observer.disconnect());
  });

  const submit = () => {
    const result = sendMessage(input.value);
    if (!result.ok) {
      setError(result.message);
      input.focus();
      return;
    }
    setError('');
    setText('');
    input.value = '';
    grow();
    input.focus();
  };

  const length = () => text().length;

  return (
    <form
      class="composer"
      data-testid="chat-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div class="composer-row">
        <label for="chat-input" class="visually-hidden">
          보낼 메시지
        </label>
        <textarea
          id="chat-input"
          ref={(el) => {
            input = el;
            props.ref?.(el);
          }}
          class="composer-input"
          data-testid="chat-input"
          rows="1"
          placeholder="마음을 편하게 적어 보세요"
          aria-describedby={touch() ? 'chat-error' : 'chat-hint chat-error'}
          aria-invalid={error() ? 'true' : undefined}
          value={text()}
          onInput={(e) => {
            setText(e.currentTarget.value);
            if (error()) setError('');
            grow();
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.isComposing || e.keyCode === 229) return;
            // A touch keyboard has no Shift+Enter: its Enter breaks the line, the button sends.
            if (touch()) return;
            e.preventDefault();
            submit();
          }}
        />
        <Show when={!FIELD_SIZING}>
          <span ref={(el) => (em = el)} class="composer-em" aria-hidden="true" />
        </Show>
        <button type="submit" class="send-button" data-testid="chat-send">
          보내기
        </button>
      </div>
      <div class="composer-meta">
        <Show when={!touch()}>
          <p id="chat-hint" class="composer-hint" data-testid="chat-hint">
            Enter로 보내고 Shift+Enter로 줄을 바꿔요
          </p>
        </Show>
        <Show when={length() >= COUNT_FROM}>
          <p class="composer-count" classList={{ over: length() > MAX_MESSAGE_CHARS }} aria-live="polite">
            {length().toLocaleString('ko-KR')} / {MAX_MESSAGE_CHARS.toLocaleString('ko-KR')}자
          </p>
        </Show>
      </div>
      <p id="chat-error" class="composer-error" role="alert" data-testid="chat-error">
        {error()}
      </p>
    </form>
  );
}
