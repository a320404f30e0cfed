import { Show, createSignal } from 'solid-js';
import { EMOTION_KO } from '../../ml/emotions';
import type { WireAnalysis } from '../../ml/protocol';
import { getAnalyzer, modelState } from '../model';

/** A tiny probe of the on-device model: one line of text in, its closest emotion out. */
export function AnalyzeBox() {
  const [text, setText] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [result, setResult] = createSignal<WireAnalysis | null>(null);
  const [error, setError] = createSignal<string | null>(null);

  const ready = () => modelState().phase === 'ready';
  const canSubmit = () => ready() && !busy() && text().trim().length > 0;

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (!canSubmit()) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const [analysis] = await getAnalyzer().analyze([text().trim()]);
      setResult(analysis ?? null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="analyze-form" onSubmit={submit}>
      <label for="analyze-text">지금 마음을 한 줄로 적어 보세요</label>
      <textarea
        id="analyze-text"
        class="field"
        rows="3"
        maxLength={500}
        placeholder="예: 오늘은 괜히 마음이 무거워요"
        value={text()}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.form?.requestSubmit();
        }}
      />
      <button type="submit" class="button" disabled={!canSubmit()} data-testid="analyze-button">
        {busy() ? '살펴보는 중…' : '감정 살펴보기'}
      </button>
      <Show when={!ready() && modelState().phase !== 'error'}>
        <p class="note">감정 모델이 준비되면 살펴볼 수 있어요.</p>
      </Show>
      <div aria-live="polite">
        <Show when={result()}>
          {(r) => (
            <p class="result" data-testid="analysis-result" data-label={r().label}>
              가장 가까운 감정 · <strong>{EMOTION_KO[r().label]}</strong> {Math.round(100 * r().emotions[r().label])}%
            </p>
          )}
        </Show>
        <Show when={error()}>
          <p class="error-text">분석하지 못했어요 ({error()})</p>
        </Show>
      </div>
    </form>
  );
}
