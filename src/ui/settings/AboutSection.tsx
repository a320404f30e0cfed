/**
 * 설정 · 마음 읽기와 저장 공간: whether the on-device emotion model is ready (in plain words;
 * the technical facts — backend, threads, model id, version — folded under "자세히", session
 * 40), what leaves the device when a song is played (YouTube), where records are kept, and how
 * much space the user's records and the app's offline files each take (./storageUse.ts).
 */
import { Match, Show, Switch, createResource } from 'solid-js';
import { dataVersion, formatMB, modelStatus, storageStatus } from '../services';
import { buildExportFile } from './exportFile';
import { YOUTUBE_NOTE } from '../songs/youtubeNote';
import { browserExtraLine, offlineFilesLine, recordsLine, type StorageUse } from './storageUse';

const MODEL_FILE = 'onnx/model_quantized.onnx';

/** Bytes of the model file: from the load progress, else from the offline cache; null if unknown. */
async function modelBytes(fromProgress: number): Promise<number | null> {
  if (fromProgress > 0) return fromProgress;
  try {
    if (typeof caches === 'undefined') return null;
    const response = await caches.match(`${import.meta.env.BASE_URL}models/maum-mini/${MODEL_FILE}`, {
      ignoreSearch: true,
    });
    if (!response) return null;
    const length = Number(response.headers.get('content-length'));
    return length > 0 ? length : (await response.blob()).size;
  } catch {
    return null;
  }
}

/**
 * Bytes of the files the service worker keeps for offline use (its precache): each response's
 * Content-Length, else its body's size. The same files as the first download's total.
 */
async function appFilesBytes(): Promise<number | null> {
  if (typeof caches === 'undefined') return null;
  let total = 0;
  for (const name of await caches.keys()) {
    if (!name.startsWith('workbox-precache')) continue;
    const cache = await caches.open(name);
    for (const req of await cache.keys()) {
      const res = await cache.match(req);
      if (!res) continue;
      const length = Number(res.headers.get('content-length'));
      total += length > 0 ? length : (await res.blob()).size;
    }
  }
  return total > 0 ? total : null;
}

interface StorageInfo extends StorageUse {
  persisted: boolean | null;
}

async function storageInfo(): Promise<StorageInfo> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const [persisted, estimate, file, appFiles] = await Promise.all([
    storage?.persisted?.().catch(() => null) ?? null,
    storage?.estimate?.().catch(() => null) ?? null,
    buildExportFile().catch(() => null),
    appFilesBytes().catch(() => null),
  ]);
  const details = (estimate as { usageDetails?: { caches?: number } } | null)?.usageDetails;
  const c = file?.counts;
  return {
    persisted,
    usage: estimate?.usage ?? null,
    cachesBytes: details?.caches ?? null,
    appFilesBytes: appFiles,
    recordsBytes: file?.bytes ?? null,
    recordCount: c ? c.conversations + c.messages + c.diary + c.feedback : null,
  };
}

export function AboutSection() {
  const modelFileBytes = () => modelStatus().files.find((f) => f.file.endsWith(MODEL_FILE))?.total ?? 0;
  const [size] = createResource(
    () => (modelStatus().phase === 'ready' ? modelFileBytes() : undefined),
    (bytes) => modelBytes(bytes),
  );
  // Measured again whenever records change (a new message, a rating, 모든 기록 지우기) and once
  // the model is ready (its files are then in the offline cache).
  const [store] = createResource(
    () => (storageStatus().mode === 'persistent' ? `${dataVersion()}:${modelStatus().phase}` : undefined),
    storageInfo,
  );
  const records = () => (store.latest ? recordsLine(store.latest) : null);
  const offline = () => (store.latest ? offlineFilesLine(store.latest) : null);
  const extra = () => (store.latest ? browserExtraLine(store.latest) : null);

  const info = () => modelStatus().info;

  return (
    <section class="card settings-section" aria-labelledby="settings-about-title">
      <h2 id="settings-about-title">마음 읽기와 저장 공간</h2>

      <h3 class="settings-subtitle">마음 읽기</h3>
      <Switch>
        <Match when={modelStatus().phase === 'loading'}>
          <p class="note">마음 읽기를 준비하고 있어요… {modelStatus().percent > 0 ? `${modelStatus().percent}%` : ''}</p>
        </Match>
        <Match when={modelStatus().phase === 'error'}>
          <p class="error-text">{modelStatus().error}</p>
        </Match>
        <Match when={info()}>
          {(i) => (
            <>
              <p data-testid="settings-model-ready">준비됐어요.</p>
              <details class="disclosure" data-testid="settings-model-more">
                <summary>자세히</summary>
                <dl class="facts" data-testid="settings-model-info">
                  <div>
                    <dt>실행 방식</dt>
                    <dd data-testid="settings-model-backend">
                      {i().backend === 'webgpu' ? 'WebGPU (그래픽 처리 장치)' : 'WASM (CPU)'}
                    </dd>
                  </div>
                  <Show when={i().backend === 'wasm'}>
                    <div>
                      <dt>스레드</dt>
                      <dd>{i().threads}개</dd>
                    </div>
                  </Show>
                  <div>
                    <dt>모델</dt>
                    <dd>
                      {i().modelId} · {i().dtype === 'q8' ? '8비트 양자화' : i().dtype}
                    </dd>
                  </div>
                  <div>
                    <dt>모델 크기</dt>
                    <dd>{size() ? `${formatMB(size()!)} MB` : '확인하지 못했어요'}</dd>
                  </div>
                  <div>
                    <dt>버전</dt>
                    <dd>
                      <code>{i().version}</code>
                    </dd>
                  </div>
                  <div>
                    <dt>준비에 걸린 시간</dt>
                    <dd>{(i().loadMs / 1000).toFixed(1)}초</dd>
                  </div>
                </dl>
              </details>
            </>
          )}
        </Match>
      </Switch>
      <p class="note">글에서 마음을 읽는 일은 모두 이 기기 안에서 해요. 입력한 글은 밖으로 보내지 않아요.</p>
      <p class="note" data-testid="settings-youtube-note">{YOUTUBE_NOTE}</p>

      <h3 class="settings-subtitle">저장 공간</h3>
      <p class="storage-line" data-testid="settings-storage" data-mode={storageStatus().mode}>
        <Switch>
          <Match when={storageStatus().mode === 'pending'}>저장소를 여는 중이에요…</Match>
          <Match when={storageStatus().mode === 'persistent'}>
            <span class="dot dot-ok" aria-hidden="true" />
            기록을 이 기기의 브라우저 저장소에 보관하고 있어요.
          </Match>
          <Match when={storageStatus().mode === 'memory'}>
            <span class="dot dot-warn" aria-hidden="true" />
            {storageStatus().message ?? '기록을 저장할 수 없어 창을 닫으면 사라져요.'}
          </Match>
        </Switch>
      </p>
      <Show when={storageStatus().mode === 'persistent' && (records() || offline())}>
        <dl class="facts" data-testid="settings-storage-use">
          <Show when={records()}>
            <div>
              <dt>내 기록</dt>
              <dd data-testid="settings-storage-records">{records()}</dd>
            </div>
          </Show>
          <Show when={offline()}>
            <div>
              <dt>앱 파일</dt>
              <dd data-testid="settings-storage-offline">{offline()} · 인터넷 없이 쓰려고 처음에 받아 둔 파일이에요</dd>
            </div>
          </Show>
        </dl>
        <Show when={extra()}>
          <p class="note" data-testid="settings-storage-extra">{extra()}</p>
        </Show>
        <p class="note">모든 기록을 지워도 앱 파일은 남아서, 인터넷 없이도 계속 쓸 수 있어요.</p>
      </Show>
      <Show when={storageStatus().mode === 'persistent' && store.latest?.persisted === false}>
        <p class="note">
          저장 공간이 부족해지면 브라우저가 기록을 지울 수도 있어요. 중요한 기록은 내보내 두세요.
        </p>
      </Show>
    </section>
  );
}
