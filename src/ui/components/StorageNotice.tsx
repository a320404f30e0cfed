import { Show, createEffect, onCleanup } from 'solid-js';
import { dismissStorageNotice, storageNotice } from '../services';

/**
 * A non-blocking notice when the store could not save something (src/store onStorageError):
 * the chat keeps working from memory. Fades after a while; can be closed at once.
 */
export function StorageNotice() {
  createEffect(() => {
    const n = storageNotice();
    if (!n) return;
    const t = setTimeout(dismissStorageNotice, 12_000);
    onCleanup(() => clearTimeout(t));
  });
  return (
    <Show when={storageNotice()}>
      {(n) => (
        <div class="toast toast-warn" role="status" data-testid="storage-notice" data-kind={n().kind}>
          <span>{n().message}</span>
          <button type="button" class="button button-quiet" aria-label="알림 닫기" onClick={dismissStorageNotice}>
            ✕
          </button>
        </div>
      )}
    </Show>
  );
}
