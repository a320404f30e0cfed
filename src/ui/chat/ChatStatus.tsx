/**
 * The model's state where the chat is: a progress bar with sizes while the model downloads
 * the first time (the total up front, from the build, with a Wi-Fi hint and a percent, and the
 * parts that make it up, named: ./download.ts), a clear Korean message with a retry button
 * when the model (or the dialogue data) could not be loaded, and, once the files are cached
 * and the model is open, an inline "이제 인터넷 없이도 쓸 수 있어요" in the card's place
 * (../components/offlineReady.ts).
 */
import { For, Show, createEffect, createSignal, onCleanup, onMount } from 'solid-js';
import { OFFLINE_NOTE, dismissOfflineNote, offlineNoteVisible, writeNoted } from '../components/offlineReady';
import { MODEL_ERROR_TITLE } from '../modelErrors';
import { dialogueStatus, formatMB, modelStatus, retryModel } from '../services';
import { APP_DOWNLOAD_BYTES, APP_DOWNLOAD_PARTS, downloadIntro, downloadProgress, formatSize, partLines } from './download';

export function ChatStatus() {
  // A quick (cached) load should not flash a progress bar: show it after a short moment.
  const [patient, setPatient] = createSignal(false);
  onMount(() => {
    const t = setTimeout(() => setPatient(true), 700);
    onCleanup(() => clearTimeout(t));
  });
  const error = () => {
    const m = modelStatus();
    if (m.phase === 'error') {
      return { title: MODEL_ERROR_TITLE, message: m.error ?? '준비하다가 문제가 생겼어요. 다시 시도해 주세요.', detail: m.detail ?? '' };
    }
    const d = dialogueStatus();
    if (d.phase === 'error') {
      return { title: '대화를 준비하지 못했어요', message: d.error ?? '대화 자료를 불러오지 못했어요.', detail: d.detail ?? '' };
    }
    return null;
  };
  const loading = () => modelStatus().phase === 'loading' && patient();
  const offlineNote = () => offlineNoteVisible(modelStatus().phase === 'ready');
  // Said once: remembered as soon as it shows, so a later visit does not repeat it.
  createEffect(() => {
    if (offlineNote()) writeNoted();
  });
  /** Some file is still arriving (otherwise the model is being opened, or the next file is asked for). */
  const receiving = () => modelStatus().files.some((f) => f.total === 0 || f.loaded < f.total);
  /** The app files' progress against the build's total (while the per-file sizes are unknown). */
  const overall = () => {
    const m = modelStatus();
    // Per-file sizes known and every file in: the worker is opening the model.
    if (m.total > 0) return { percent: null, text: '파일을 다 받았어요. 이제 여는 중이에요' };
    return downloadProgress(m.loaded, APP_DOWNLOAD_BYTES, m.files.length > 0);
  };

  return (
    <>
      <Show when={error()}>
        {(e) => (
          <section class="card status-card status-error" role="alert" data-testid="model-error">
            <h2>{e().title}</h2>
            <p>{e().message}</p>
            <p class="note">적어 둔 글은 그대로 남아 있어요.</p>
            <Show when={e().detail}>
              <details class="disclosure status-more" data-testid="model-error-detail">
                <summary>자세히</summary>
                <p class="note status-detail">{e().detail}</p>
              </details>
            </Show>
            <button type="button" class="button" data-testid="model-retry" onClick={() => retryModel()}>
              다시 시도
            </button>
          </section>
        )}
      </Show>
      <Show when={!error() && loading()}>
        <section class="card status-card" aria-labelledby="model-progress-title" data-testid="model-progress">
          <h2 id="model-progress-title">마음 읽기를 준비하고 있어요</h2>
          <p class="muted" data-testid="model-download-size">
            {downloadIntro(APP_DOWNLOAD_BYTES)}
          </p>
          <Show
            when={receiving() && modelStatus().total > 0}
            fallback={
              <>
                <Show
                  when={overall().percent !== null}
                  fallback={<progress class="progress" aria-label="마음 읽기 준비 중" />}
                >
                  <progress
                    class="progress"
                    max="100"
                    value={overall().percent ?? 0}
                    aria-label="앱 파일 내려받기 진행률"
                    aria-valuetext={`${overall().percent ?? 0}%`}
                  />
                </Show>
                <p class="status-bytes" data-testid="model-download-progress">
                  {overall().text}
                </p>
              </>
            }
          >
            <progress
              class="progress"
              max="100"
              value={modelStatus().percent}
              aria-label="마음 읽기 내려받기 진행률"
              aria-valuetext={`${modelStatus().percent}%`}
            />
            <p class="status-bytes">
              불러오는 중 · {formatMB(modelStatus().loaded)} / {formatMB(modelStatus().total)} MB ({modelStatus().percent}%)
            </p>
          </Show>
          <Show when={APP_DOWNLOAD_PARTS.length > 0}>
            <details class="disclosure status-more" data-testid="download-more">
              <summary>자세히</summary>
              <ul class="status-files" aria-label="내려받는 것" data-testid="download-parts">
                <For each={partLines(APP_DOWNLOAD_PARTS)}>
                  {(p) => (
                    <li data-testid="download-part">
                      <span>{p.label}</span>
                      <span>{p.size}</span>
                    </li>
                  )}
                </For>
                <li class="status-files-total" data-testid="download-total">
                  <span>모두</span>
                  <span>{formatSize(APP_DOWNLOAD_BYTES)}</span>
                </li>
              </ul>
            </details>
          </Show>
          <p class="note">기다리는 동안에도 먼저 이야기를 적어 둘 수 있어요.</p>
        </section>
      </Show>
      <Show when={!error() && offlineNote()}>
        <p class="offline-note" role="status" data-testid="offline-ready-toast">
          <span>{OFFLINE_NOTE}</span>
          <button type="button" class="button button-quiet button-small" aria-label="오프라인 안내 닫기" onClick={dismissOfflineNote}>
            ✕
          </button>
        </p>
      </Show>
    </>
  );
}
