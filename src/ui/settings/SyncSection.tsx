/**
 * 설정 · 좋아요 나누기: the opt-in community sync (off by default), what the community server is
 * (./syncCopy.ts), its plain-Korean privacy notice, the server address under "고급", and while
 * it is on a line saying how sending goes (what waits, the last send, a failure and the retry).
 */
import { For, Show, createEffect, createSignal, onCleanup } from 'solid-js';
import { COMMUNITY_SYNC_NOTICE as NOTICE } from '../../sync/privacyNotice';
import { getSync, settings, updateSetting } from '../services';
import { SERVER_EXPLAINER, sendingLine, syncStateText, type SendingLine } from './syncCopy';
import { SERVER_URL_ERRORS, checkServerUrl, saveServerUrl, savedServerUrl, syncServerUrl } from './syncServer';

/** How often the sending line is read again while shown (for "잠시 뒤" and the times). */
const STATUS_REFRESH_MS = 30_000;

/** The sending line while sync is on and has a server; null otherwise. Follows the client's changes. */
function useSendingLine(active: () => boolean): () => SendingLine | null {
  const [line, setLine] = createSignal<SendingLine | null>(null);
  createEffect(() => {
    if (!active()) {
      setLine(null);
      return;
    }
    let live = true;
    const stops: (() => void)[] = [];
    onCleanup(() => {
      live = false;
      for (const stop of stops) stop();
    });
    void getSync().then((sync) => {
      if (!sync || !live) return;
      const refresh = () =>
        void sync
          .status()
          .then((status) => {
            if (live) setLine(status.enabled ? sendingLine(status, Date.now()) : null);
          })
          .catch(() => undefined);
      stops.push(sync.onStatusChange(refresh));
      window.addEventListener('online', refresh);
      window.addEventListener('offline', refresh);
      const timer = setInterval(refresh, STATUS_REFRESH_MS);
      stops.push(() => {
        window.removeEventListener('online', refresh);
        window.removeEventListener('offline', refresh);
        clearInterval(timer);
      });
      refresh();
    });
  });
  return line;
}

export function SyncSection() {
  const [draft, setDraft] = createSignal(savedServerUrl());
  // An http:// address saved before the https rule is kept in the field but never used: say so.
  const saved = checkServerUrl(savedServerUrl());
  const [urlError, setUrlError] = createSignal<string>('error' in saved ? SERVER_URL_ERRORS[saved.error] : '');
  const [urlSaved, setUrlSaved] = createSignal('');
  const [busy, setBusy] = createSignal(false);

  const hasServer = () => syncServerUrl() !== '';
  const stateText = () => syncStateText(settings().syncEnabled, hasServer());
  // "고급" starts open only when an address was saved before (not re-evaluated while typing).
  const advancedOpen = savedServerUrl() !== '';
  const sending = useSendingLine(() => settings().syncEnabled && hasServer());

  const saveUrl = async (e: SubmitEvent) => {
    e.preventDefault();
    setUrlSaved('');
    const checked = checkServerUrl(draft());
    if ('error' in checked) {
      setUrlError(SERVER_URL_ERRORS[checked.error]);
      return;
    }
    const url = checked.url;
    setUrlError('');
    setDraft(url);
    const changed = url !== savedServerUrl();
    // A new (or no) server: stop syncing first (while the client still talks to the old
    // address, so its queue and install id are wiped); the user turns it on again for the new one.
    if (changed && settings().syncEnabled) await updateSetting('syncEnabled', false);
    saveServerUrl(url);
    setUrlSaved(
      url
        ? changed && !settings().syncEnabled
          ? '서버 주소를 저장했어요. 이제 좋아요 나누기를 켤 수 있어요.'
          : '서버 주소를 저장했어요.'
        : '서버 주소를 지웠어요. 좋아요 나누기는 꺼져 있어요.',
    );
  };

  const toggle = async (on: boolean) => {
    setBusy(true);
    try {
      await updateSetting('syncEnabled', on);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card settings-section" aria-labelledby="settings-sync-title">
      <h2 id="settings-sync-title">{NOTICE.title}</h2>
      <p class="muted">{NOTICE.summary}</p>
      <div class="sync-explainer" data-testid="sync-explainer">
        <For each={SERVER_EXPLAINER}>{(line) => <p>{line}</p>}</For>
      </div>

      <div class="switch-row">
        <input
          id="settings-sync"
          type="checkbox"
          role="switch"
          class="switch"
          data-testid="settings-sync"
          checked={settings().syncEnabled}
          disabled={busy() || (!hasServer() && !settings().syncEnabled)}
          aria-describedby="settings-sync-state settings-sync-reason"
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />
        <label for="settings-sync">좋아요 나누기</label>
        <span id="settings-sync-state" class="note">
          {stateText().state}
        </span>
      </div>
      <p id="settings-sync-reason" class="note sync-reason" data-testid="settings-sync-reason" hidden={!stateText().reason}>
        {stateText().reason}
      </p>
      <Show when={sending()}>
        {(line) => (
          <div class="note sync-sending" data-testid="settings-sync-sending" data-tone={line().tone} role="status" aria-live="polite">
            <p class={line().tone === 'problem' ? 'error-text' : undefined}>{line().text}</p>
            <Show when={line().lastSent}>
              <p data-testid="settings-sync-last-sent">{line().lastSent}</p>
            </Show>
          </div>
        )}
      </Show>

      <div class="privacy-lists">
        <div>
          <h3>{NOTICE.sentTitle}</h3>
          <ul>
            <For each={NOTICE.sent}>{(item) => <li>{item}</li>}</For>
          </ul>
        </div>
        <div>
          <h3>{NOTICE.neverSentTitle}</h3>
          <ul>
            <For each={NOTICE.neverSent}>{(item) => <li>{item}</li>}</For>
          </ul>
        </div>
      </div>
      <details class="privacy-details disclosure">
        <summary>자세히 보기</summary>
        <ul>
          <For each={NOTICE.details}>{(item) => <li>{item}</li>}</For>
        </ul>
      </details>
      <p class="note">{NOTICE.turnOffNote}</p>

      <details class="disclosure sync-advanced" data-testid="sync-advanced" open={advancedOpen}>
        <summary>고급: 커뮤니티 서버 주소</summary>
        <form class="server-form" onSubmit={(e) => void saveUrl(e)} novalidate>
          <label for="settings-server-url">서버 주소</label>
          <p id="settings-server-help" class="note">
            비워 두면 좋아요 나누기를 쓰지 않아요. 직접 운영하거나 믿을 수 있는 곳에서 받은 주소만 넣어 주세요.
          </p>
          <div class="inline-field">
            <input
              id="settings-server-url"
              class="input"
              type="url"
              inputMode="url"
              autocomplete="off"
              spellcheck={false}
              placeholder="https://sync.example.com"
              data-testid="settings-server-url"
              value={draft()}
              aria-invalid={urlError() !== ''}
              aria-describedby="settings-server-help settings-server-status"
              onInput={(e) => {
                setDraft(e.currentTarget.value);
                setUrlError('');
                setUrlSaved('');
              }}
            />
            <button type="submit" class="button button-quiet">
              저장
            </button>
          </div>
          <div id="settings-server-status" role="status" aria-live="polite">
            <Show when={urlError()}>
              <p class="error-text">{urlError()}</p>
            </Show>
            <Show when={urlSaved()}>
              <p class="success-text">{urlSaved()}</p>
            </Show>
          </div>
        </form>
      </details>
    </section>
  );
}
