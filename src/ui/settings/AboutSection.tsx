/** 설정 · 모델과 저장 공간: the emotion model in use, and where records are kept. */
import { Match, Show, Switch, createResource } from 'solid-js';
import { formatMB, modelStatus, storageStatus } from '../services';

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

interface StorageInfo {
  persisted: boolean | null;
  usage: number | null;
}

async function storageInfo(): Promise<StorageInfo> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted?.().catch(() => null) ?? null,
    storage?.estimate?.().catch(() => null) ?? null,
  ]);
  return { persisted, usage: estimate?.usage ?? null };
}

export function AboutSection() {
  const modelFileBytes = () => modelStatus().files.find((f) => f.file.endsWith(MODEL_FILE))?.total ?? 0;
  const [size] = createResource(
    () => (modelStatus().phase === 'ready' ? modelFileBytes() : undefined),
    (bytes) => modelBytes(bytes),
  );
  const [store] = createResource(() => storageStatus().mode === 'persistent' || undefined, storageInfo);

  const info = () => modelStatus().info;

  return (
    <section class="card settings-section" aria-labelledby="settings-about-title">
      <h2 id="settings-about-title">감정 모델과 저장 공간</h2>

      <h3 class="settings-subtitle">감정 모델</h3>
      <Switch>
        <Match when={modelStatus().phase === 'loading'}>
          <p class="note">감정 모델을 준비하고 있어요… {modelStatus().percent > 0 ? `${modelStatus().percent}%` : ''}</p>
        </Match>
        <Match when={modelStatus().phase === 'error'}>
          <p class="error-text">{modelStatus().error}</p>
        </Match>
        <Match when={info()}>
          {(i) => (
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
          )}
        </Match>
      </Switch>
      <p class="note">모든 감정 분석은 이 기기 안에서 이루어져요. 입력한 글은 분석을 위해 밖으로 나가지 않아요.</p>

      <h3 class="settings-subtitle">저장 공간</h3>
      <p class="storage-line" data-testid="settings-storage" data-mode={storageStatus().mode}>
        <Switch>
          <Match when={storageStatus().mode === 'pending'}>저장소를 여는 중이에요…</Match>
          <Match when={storageStatus().mode === 'persistent'}>
            <span class="dot dot-ok" aria-hidden="true" />
            기록을 이 기기의 브라우저 저장소에 보관하고 있어요.
            <Show when={store()?.usage != null}> 지금 {formatMB(store()!.usage!)} MB를 쓰고 있어요.</Show>
          </Match>
          <Match when={storageStatus().mode === 'memory'}>
            <span class="dot dot-warn" aria-hidden="true" />
            {storageStatus().message ?? '기록을 저장할 수 없어 창을 닫으면 사라져요.'}
          </Match>
        </Switch>
      </p>
      <Show when={storageStatus().mode === 'persistent' && store()?.persisted === false}>
        <p class="note">
          저장 공간이 부족해지면 브라우저가 기록을 지울 수도 있어요. 중요한 기록은 내보내 두세요.
        </p>
      </Show>
    </section>
  );
}
