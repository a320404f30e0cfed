/**
 * 일기: write or paste a longer entry → its emotion chart and the three songs closest to it in
 * mood and lyrics; the entry is saved (and appears in 기록). Empty or over-long entries get a
 * Korean message and the text stays where it is.
 */
import { Show, createSignal } from 'solid-js';
import { MAX_DIARY_CHARS } from '../../ml/text';
import { EmotionDonut } from '../charts/EmotionDonut';
import { checkDiary, diaryLength, writeDiary, type DiaryResult } from '../diary/compose';
import { formatDateTime } from '../history/format';
import { modelStatus, prefersReducedMotion } from '../services';
import { SongList } from '../songs/SongList';
import '../settings/forms.css';
import '../diary/diary.css';

export function DiaryTab() {
  const [text, setText] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const [result, setResult] = createSignal<DiaryResult | null>(null);
  let resultHeading: HTMLHeadingElement | undefined;
  let input!: HTMLTextAreaElement;

  const length = () => diaryLength(text());
  const over = () => length() > MAX_DIARY_CHARS;

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy()) return;
    const check = checkDiary(text());
    if (!check.ok) {
      setError(check.message);
      input.focus();
      return;
    }
    setError('');
    setBusy(true);
    try {
      const done = await writeDiary(check.text);
      setResult(done);
      setText('');
      queueMicrotask(() => {
        resultHeading?.focus({ preventScroll: true });
        resultHeading?.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'start' });
      });
    } catch {
      setError(
        modelStatus().phase === 'error'
          ? `${modelStatus().error ?? '마음 읽기를 준비하지 못했어요.'} 쓴 글은 그대로 남아 있어요.`
          : '일기를 살펴보지 못했어요. 쓴 글은 그대로 남아 있으니 잠시 뒤 다시 눌러 주세요.',
      );
      queueMicrotask(() => input.focus());
    } finally {
      setBusy(false);
    }
  };

  const buttonText = () =>
    !busy()
      ? '감정 살펴보고 저장하기'
      : modelStatus().phase === 'loading'
        ? '마음 읽기를 준비하는 중…'
        : '마음을 읽고 있어요…';

  return (
    <div class="diary">
      <section class="card diary-compose" aria-labelledby="diary-title">
        <h2 id="diary-title">마음 일기</h2>
        <p class="muted">
          오늘 있었던 일과 마음을 편하게 적어 보세요. 긴 글도 괜찮아요. 일기에 담긴 감정을 살펴보고, 어울리는 노래 세
          곡을 골라 함께 저장해 둘게요.
        </p>
        <form class="diary-form" onSubmit={(e) => void submit(e)} novalidate>
          <label for="diary-text" class="diary-label">
            오늘의 일기
          </label>
          <textarea
            ref={(el) => (input = el)}
            id="diary-text"
            class="field diary-field"
            rows="9"
            data-testid="diary-input"
            placeholder="예: 오늘은 아침부터 일이 꼬여서 하루 종일 마음이 무거웠다. 그래도 저녁에 친구와 통화하고 나니 조금 나아졌다."
            value={text()}
            aria-invalid={error() !== '' || over()}
            aria-describedby="diary-count diary-error diary-privacy"
            onInput={(e) => {
              setText(e.currentTarget.value);
              if (error()) setError('');
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
          <div class="diary-meta">
            <span id="diary-count" class="diary-count" classList={{ 'is-over': over() }} data-testid="diary-count">
              {length().toLocaleString('ko-KR')} / {MAX_DIARY_CHARS.toLocaleString('ko-KR')}자
            </span>
            <span class="diary-hint" aria-hidden="true">
              Ctrl + Enter로 바로 저장
            </span>
          </div>
          <p id="diary-error" class="error-text" role="alert" data-testid="diary-error">
            {error()}
          </p>
          <div class="diary-actions">
            <button type="submit" class="button" data-testid="diary-submit" disabled={busy()} aria-busy={busy()}>
              {buttonText()}
            </button>
          </div>
          <p id="diary-privacy" class="note">
            일기는 이 기기 안에서만 분석하고 저장해요. 밖으로 보내지 않아요.
          </p>
        </form>
      </section>

      <Show when={result()}>
        {(r) => (
          <section class="card diary-result" aria-labelledby="diary-result-title" data-testid="diary-result">
            <h2 id="diary-result-title" ref={(el) => (resultHeading = el)} tabIndex={-1}>
              {formatDateTime(r().entry.createdAt)}의 일기
            </h2>
            <p class="note" role="status">
              {r().saved
                ? '일기를 저장했어요. 기록 탭에서 언제든 다시 볼 수 있어요.'
                : '일기를 저장하지 못했어요. 이 화면을 닫으면 사라지니, 필요하면 글을 따로 옮겨 두세요.'}
            </p>
            <Show when={!r().saved}>
              <details class="diary-unsaved disclosure">
                <summary>쓴 글 다시 보기</summary>
                <p class="diary-text">{r().entry.text}</p>
              </details>
            </Show>
            <EmotionDonut mix={r().mix} title="이 일기에 담긴 마음" testId="diary-chart" />
            <div class="diary-songs">
              <h3>일기와 어울리는 노래</h3>
              <p class="note">일기의 감정과 비슷하고, 가사가 일기 내용과 닮은 곡을 골랐어요.</p>
              <Show when={r().songsError}>
                <p class="error-text">{r().songsError}</p>
              </Show>
              <SongList
                items={r().songs}
                mode="similar"
                mood={r().entry.emotions}
                sourceId={r().entry.id}
                label="일기와 어울리는 노래"
                testId="diary-songs"
                emptyText="어울리는 노래를 찾지 못했어요."
              />
            </div>
          </section>
        )}
      </Show>
    </div>
  );
}
