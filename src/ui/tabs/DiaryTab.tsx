/** 일기 — placeholder. */
export function DiaryTab() {
  return (
    <section class="card">
      <h2>마음 일기</h2>
      <p class="muted">하루의 마음을 적어 두면, 그날의 감정과 어울리는 음악을 함께 기억해 둘게요.</p>
      <span class="soon">준비 중</span>
    </section>
  );
}
