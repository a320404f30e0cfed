/**
 * A delete button with an inline confirm step: the first press asks ("정말 지울까요?") with
 * 취소 / 지우기; Escape or 취소 closes it and gives focus back to the button.
 * Session 41: the safe choice comes first and takes focus, so Tab goes on to 지우기 (it was
 * reachable only with Shift+Tab), and Escape also closes it from the button that opened it.
 */
import { Show, createSignal, createUniqueId } from 'solid-js';

export interface ConfirmDeleteProps {
  /** The first button, e.g. '이 일기 지우기'. */
  label: string;
  /** The question, e.g. '이 일기를 지울까요? 지운 일기는 되돌릴 수 없어요.' */
  question: string;
  onConfirm: () => Promise<void> | void;
}

export function ConfirmDelete(props: ConfirmDeleteProps) {
  const [open, setOpen] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const id = createUniqueId();
  let trigger!: HTMLButtonElement;
  let cancel: HTMLButtonElement | undefined;

  const close = () => {
    setOpen(false);
    trigger.focus();
  };

  const onEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open() || busy()) return;
    e.stopPropagation();
    close();
  };

  const confirm = async () => {
    setBusy(true);
    try {
      await props.onConfirm();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="confirm-delete">
      <button
        ref={(el) => (trigger = el)}
        type="button"
        class="button button-quiet button-danger-quiet"
        data-testid="history-delete"
        aria-expanded={open()}
        aria-controls={`confirm-${id}`}
        onKeyDown={onEscape}
        onClick={() => {
          if (open()) return close();
          setOpen(true);
          cancel?.focus();
        }}
      >
        {props.label}
      </button>
      <div
        id={`confirm-${id}`}
        class="confirm"
        role="group"
        aria-labelledby={`confirm-q-${id}`}
        hidden={!open()}
        onKeyDown={onEscape}
      >
        <p id={`confirm-q-${id}`} class="confirm-question">
          {props.question}
        </p>
        <div class="confirm-actions">
          <button
            ref={(el) => (cancel = el)}
            type="button"
            class="button button-quiet"
            data-testid="history-cancel-delete"
            onClick={close}
          >
            취소
          </button>
          <button
            type="button"
            class="button button-danger"
            data-testid="history-confirm-delete"
            disabled={busy()}
            onClick={() => void confirm()}
          >
            <Show when={busy()} fallback="지우기">
              지우는 중…
            </Show>
          </button>
        </div>
      </div>
    </div>
  );
}
