import { Show } from 'solid-js';
import { online } from '../services';

/** Shows a quiet "오프라인" pill while the network is gone; the app keeps working. */
export function OfflineBadge() {
  return (
    <div role="status" aria-live="polite" data-testid="offline-indicator" data-online={String(online())}>
      <Show when={!online()}>
        <span class="pill pill-offline" title="네트워크 없이도 기기 안에서 계속 쓸 수 있어요">
          오프라인
        </span>
      </Show>
    </div>
  );
}
