import { Show, createEffect, onCleanup } from 'solid-js';
import { useRegisterSW } from 'virtual:pwa-register/solid';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the service worker and announces, never applies silently, a new version:
 * "새 버전이 있어요 · 새로고침". The first install shows a short "offline ready" note.
 */
export function UpdateToast() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // The shell lives as long as the page, so this interval is never cleared.
      setInterval(() => {
        if (navigator.onLine && !registration.installing) void registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
    onRegisterError(error: unknown) {
      console.warn('service worker registration failed', error);
    },
  });

  createEffect(() => {
    if (!offlineReady()) return;
    const t = setTimeout(() => setOfflineReady(false), 6000);
    onCleanup(() => clearTimeout(t));
  });

  return (
    <div class="toasts">
      <Show when={needRefresh()}>
        <div class="toast" role="alert" data-testid="update-toast">
          <span>새 버전이 있어요</span>
          <span class="sep" aria-hidden="true">
            ·
          </span>
          <button type="button" class="button" onClick={() => void updateServiceWorker(true)}>
            새로고침
          </button>
          <button type="button" class="button button-quiet" aria-label="나중에" onClick={() => setNeedRefresh(false)}>
            ✕
          </button>
        </div>
      </Show>
      <Show when={offlineReady() && !needRefresh()}>
        <div class="toast" role="status" data-testid="offline-ready-toast">
          <span>이제 오프라인에서도 쓸 수 있어요</span>
          <button type="button" class="button button-quiet" aria-label="닫기" onClick={() => setOfflineReady(false)}>
            ✕
          </button>
        </div>
      </Show>
    </div>
  );
}
