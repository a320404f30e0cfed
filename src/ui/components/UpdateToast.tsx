import { Show, createEffect } from 'solid-js';
import { useRegisterSW } from 'virtual:pwa-register/solid';
import { markOfflineReady } from './offlineReady';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the service worker and announces, never applies silently, a new version:
 * "새 버전이 있어요 · 새로고침". The first install's "offline ready" is handed to
 * ./offlineReady.ts: the chat says so inline once the model is open too (no toast over the header).
 */
export function UpdateToast() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady],
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

  // Activate the waiting worker, then reload once it controls the page. (vite-plugin-pwa only
  // reloads by itself when the page was already controlled at load time, not when the first
  // install and the update happen in the same visit.)
  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };
  const applyUpdate = () => {
    navigator.serviceWorker?.addEventListener('controllerchange', reload, { once: true });
    setTimeout(reload, 4000); // no controller change (no waiting worker any more): reload anyway
    void updateServiceWorker(true);
  };

  // Keep the bottom of the page (model status) scrollable out from under a visible toast.
  createEffect(() => {
    document.documentElement.classList.toggle('has-toast', needRefresh());
  });

  createEffect(() => {
    if (offlineReady()) markOfflineReady();
  });

  // Rendered inside the app's `.toasts` stack (App.tsx), next to the storage notice.
  return (
    <>
      <Show when={needRefresh()}>
        <div class="toast" role="alert" data-testid="update-toast">
          <span>
            새 버전이 있어요<span aria-hidden="true"> ·</span>
          </span>
          <button type="button" class="button" onClick={applyUpdate}>
            새로고침
          </button>
          <button type="button" class="button button-quiet" aria-label="나중에" onClick={() => setNeedRefresh(false)}>
            ✕
          </button>
        </div>
      </Show>
    </>
  );
}
