/** 기록 — placeholder. */
export function HistoryTab() {
  return (
    <section class="card">
      <h2>지난 기록</h2>
      <p class="muted">감정과 음악이 어떻게 흘러왔는지 천천히 돌아볼 수 있는 곳이에요.</p>
      <span class="soon">준비 중</span>
    </section>
  );
}
