import { Match, Switch } from 'solid-js';
import { formatMB, modelStatus } from '../services';

/**
 * One line at the bottom: model download progress (MB and %), then a plain privacy line. The
 * technical details (backend, threads, version, size) are in 설정 → 감정 모델; they stay here
 * only as data attributes, for tests and bug reports.
 */
export function ModelStatus() {
  const info = () => modelStatus().info;
  return (
    <div
      class="model-status"
      data-testid="model-status"
      data-state={modelStatus().phase}
      data-backend={info()?.backend ?? ''}
      data-version={info()?.version ?? ''}
      data-load-ms={info()?.loadMs ?? ''}
      data-threads={info()?.threads ?? ''}
      role="status"
      aria-live="polite"
    >
      <Switch>
        <Match when={modelStatus().phase === 'loading' && modelStatus().loaded === 0}>
          <span>마음 읽기를 준비하고 있어요…</span>
        </Match>
        <Match when={modelStatus().phase === 'loading' && modelStatus().total === 0}>
          <span>마음 읽기 불러오는 중 · {formatMB(modelStatus().loaded)} MB</span>
        </Match>
        <Match when={modelStatus().phase === 'loading'}>
          <span>
            마음 읽기 불러오는 중 · {formatMB(modelStatus().loaded)} / {formatMB(modelStatus().total)} MB (
            {modelStatus().percent}%)
          </span>
          <progress max="100" value={modelStatus().percent} aria-label="마음 읽기 내려받기 진행률" />
        </Match>
        <Match when={modelStatus().phase === 'ready'}>
          <span>모든 분석은 이 기기 안에서만 이루어져요</span>
        </Match>
        <Match when={modelStatus().phase === 'error'}>
          <span class="error-text">{modelStatus().error}</span>
        </Match>
      </Switch>
    </div>
  );
}
