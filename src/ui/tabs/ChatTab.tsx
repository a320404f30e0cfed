import { AnalyzeBox } from '../components/AnalyzeBox';

/** 대화 — placeholder until the chat lands (see src/chat). */
export function ChatTab() {
  return (
    <>
      <section class="card">
        <h2>오늘 마음은 어떤가요?</h2>
        <p class="muted">
          이야기를 들려주시면 지금의 감정에 어울리는 노래를 건네 드릴게요. 입력한 내용은 이 기기 밖으로 나가지
          않아요.
        </p>
        <span class="soon">대화 기능 준비 중</span>
      </section>
      <section class="card">
        <AnalyzeBox />
      </section>
    </>
  );
}
