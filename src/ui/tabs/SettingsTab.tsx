/** 설정 — placeholder. */
export function SettingsTab() {
  return (
    <section class="card">
      <h2>설정</h2>
      <p class="muted">화면 테마, 기기 간 동기화, 데이터 내보내기와 지우기를 이곳에서 고를 수 있게 될 거예요.</p>
      <p class="note">기본 설정에서는 아무것도 외부로 보내지 않아요.</p>
      <span class="soon">준비 중</span>
    </section>
  );
}
