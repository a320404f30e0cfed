import { Show, createEffect, createSignal, on, onCleanup, onMount } from 'solid-js';
import { downloadConversation, type FileMessage } from '../chat/conversationFile';
import { session } from '../chat/session';
import { setOpenRecord } from '../history/openRecord';
import { dismissStorageNotice, keptMessages, keptWritesSaved, keptWritesView, setActiveTab, storageNotice } from '../services';
import {
  FREE_SPACE_LABEL,
  KEPT_SAVED,
  SAVE_FILE_LABEL,
  keptAnnouncement,
  keptNoticeCopy,
  type KeptView,
} from './storageNoticeCopy';

/** How long "모두 저장했어요" stays. */
const SAVED_MS = 6_000;
/** How long a one-off notice (a like that could not be saved, …) stays. */
const TRANSIENT_MS = 12_000;

/**
 * The storage notice, in the page's flow right under the tab bar and sticky there: it never
 * covers the tabs (기록 and 설정 must stay reachable to make room) nor the chat's input.
 *
 * - While chat writes a full disk refused are held (src/store/keptWrites.ts): what is and is not
 *   saved, whether closing the window loses it, and two ways out: 기록 (delete old talks) and
 *   the conversation as a file. It stays until they are written (or the user closes it; it
 *   comes back if closing the window would then lose something).
 * - When they are all written: "모두 기록에 저장했어요", briefly.
 * - Other storage errors: their message, for a while.
 * One polite live region says each of these once.
 */
export function StorageNotice() {
  let slot!: HTMLDivElement;
  const [closed, setClosed] = createSignal(false);
  const [saved, setSaved] = createSignal(false);
  const [fileNote, setFileNote] = createSignal('');

  const atRisk = (v: KeptView | null) => v !== null && v.keptLocally < v.pending;
  createEffect(
    on(
      () => {
        const v = keptWritesView();
        return v === null ? 'none' : atRisk(v) ? 'at-risk' : 'kept';
      },
      (now) => {
        if (now !== 'kept') setClosed(false);
        if (now === 'none') setFileNote('');
      },
    ),
  );
  const kept = () => (closed() ? null : keptWritesView());

  createEffect(
    on(keptWritesSaved, (n) => {
      if (!n) return;
      setSaved(true);
      const t = setTimeout(() => setSaved(false), SAVED_MS);
      onCleanup(() => clearTimeout(t));
    }),
  );

  const transient = () => (keptWritesView() ? null : storageNotice());
  createEffect(() => {
    if (!transient()) return;
    const t = setTimeout(dismissStorageNotice, TRANSIENT_MS);
    onCleanup(() => clearTimeout(t));
  });

  const announcement = () => {
    const v = kept();
    if (v) return keptAnnouncement(v);
    if (saved()) return KEPT_SAVED;
    return transient()?.message ?? '';
  };

  const freeSpace = () => {
    setOpenRecord(null);
    setActiveTab('history');
  };

  const saveFile = async () => {
    const onScreen: FileMessage[] = session.messages.map((m) => ({ role: m.role, text: m.text, createdAt: m.createdAt }));
    const messages = onScreen.length > 0 ? onScreen : await keptMessages();
    if (messages.length === 0) {
      setFileNote('파일로 저장할 대화가 아직 없어요.');
      return;
    }
    const name = downloadConversation(messages);
    setFileNote(`${name} 파일로 저장했어요.`);
  };

  // Other sticky parts (the help banner, the songs beside the chat) sit below the notice.
  onMount(() => {
    const root = document.documentElement;
    const set = () => root.style.setProperty('--storage-notice-h', `${slot.offsetHeight}px`);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(set) : null;
    observer?.observe(slot);
    set();
    onCleanup(() => {
      observer?.disconnect();
      root.style.removeProperty('--storage-notice-h');
    });
  });

  return (
    <div class="storage-slot" ref={(el) => (slot = el)}>
      <p class="visually-hidden" role="status" data-testid="storage-live">
        {announcement()}
      </p>
      <Show when={kept()}>
        {(v) => (
          <section
            class="storage-notice"
            aria-labelledby="storage-notice-title"
            data-testid="storage-notice"
            data-kind="quota"
            data-kept={atRisk(v()) ? 'partly' : 'all'}
          >
            <div class="storage-notice-text">
              <h2 id="storage-notice-title" class="storage-notice-title">
                {keptNoticeCopy(v()).title}
              </h2>
              <p>{keptNoticeCopy(v()).state}</p>
              <p>{keptNoticeCopy(v()).advice}</p>
            </div>
            <div class="storage-notice-actions">
              <button type="button" class="button button-small" data-testid="storage-free-space" onClick={freeSpace}>
                {FREE_SPACE_LABEL}
              </button>
              <button type="button" class="button button-small button-quiet" data-testid="storage-save-file" onClick={() => void saveFile()}>
                {SAVE_FILE_LABEL}
              </button>
            </div>
            <Show when={fileNote()}>
              <p class="storage-notice-file" data-testid="storage-file-note">
                {fileNote()}
              </p>
            </Show>
            <button type="button" class="storage-notice-close" aria-label="저장 공간 알림 닫기" onClick={() => setClosed(true)}>
              ✕
            </button>
          </section>
        )}
      </Show>
      <Show when={!kept() && saved()}>
        <p class="storage-notice storage-notice-ok" data-testid="storage-saved">
          {KEPT_SAVED}
        </p>
      </Show>
      <Show when={!kept() && !saved() && transient()}>
        {(n) => (
          <div class="storage-notice storage-notice-brief" data-testid="storage-error" data-kind={n().kind}>
            <span>{n().message}</span>
            <button type="button" class="storage-notice-close" aria-label="알림 닫기" onClick={dismissStorageNotice}>
              ✕
            </button>
          </div>
        )}
      </Show>
    </div>
  );
}
