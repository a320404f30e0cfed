import { Match, Switch, onMount } from 'solid-js';
import { formatMB, getAnalyzer, modelState } from '../model';

/** One line at the bottom: model download progress (MB and %), then the backend in use. */
export function ModelStatus() {
  onMount(() => {
    getAnalyzer();
  });
  const percent = () => {
    const s = modelState();
    return s.total > 0 ? Math.min(100, Math.round((100 * s.loaded) / s.total)) : 0;
  };
  return (
    <div
      class="model-status"
      data-testid="model-status"
      data-state={modelState().phase}
      data-backend={modelState().info?.backend ?? ''}
      role="status"
      aria-live="polite"
    >
      <Switch>
        <Match when={modelState().phase === 'idle' || (modelState().phase === 'loading' && modelState().loaded === 0)}>
          <span>감정 모델을 준비하고 있어요…</span>
        </Match>
        <Match when={modelState().phase === 'loading' && modelState().total === 0}>
          <span>감정 모델 불러오는 중 · {formatMB(modelState().loaded)} MB</span>
        </Match>
        <Match when={modelState().phase === 'loading'}>
          <span>
            감정 모델 불러오는 중 · {formatMB(modelState().loaded)} / {formatMB(modelState().total)} MB ({percent()}%)
          </span>
          <progress max="100" value={percent()} aria-label="감정 모델 내려받기 진행률" />
        </Match>
        <Match when={modelState().phase === 'ready'}>
          <span>
            감정 모델 준비됨 · {modelState().info?.backend === 'webgpu' ? 'WebGPU' : 'WASM'}
            {modelState().info?.backend === 'wasm' ? ` · 스레드 ${modelState().info?.threads ?? 1}` : ''} · 모든
            분석은 이 기기 안에서만 이루어져요
          </span>
        </Match>
        <Match when={modelState().phase === 'error'}>
          <span class="error-text">감정 모델을 불러오지 못했어요 ({modelState().error})</span>
        </Match>
      </Switch>
    </div>
  );
}
