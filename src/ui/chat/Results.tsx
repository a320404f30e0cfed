/**
 * What the gauge unlocks: the conversation's emotion chart (ECharts donut) and the song
 * recommendations. After a safety turn no songs are shown. Session 40: on a phone (results below
 * the chat) "대화로 돌아가기" at the end goes back to the input (../tabs/tabScroll.ts).
 * Session 41: "차트 접기" folds only the chart (it used to close the songs too, with no way back
 * while the gauge was under half); the button keeps focus and says whether the chart is shown.
 */
import { Show } from 'solid-js';
import { showChatInput } from '../tabs/tabScroll';
import { EmotionDonut } from '../charts/EmotionDonut';
import { Recommendations } from './Recommendations';
import { session, setChartFolded } from './session';

export function Results(props: { headingRef?: (el: HTMLHeadingElement) => void }) {
  return (
    <div class="results" data-testid="results">
      <section class="card results-chart" aria-labelledby="results-title">
        <div class="card-head">
          <h2 id="results-title" ref={(el) => props.headingRef?.(el)} tabIndex={-1}>
            지금 내 감정
          </h2>
          <button
            type="button"
            class="button button-quiet button-small"
            data-testid="results-fold"
            aria-expanded={!session.chartFolded}
            aria-controls="results-chart-body"
            onClick={() => setChartFolded(!session.chartFolded)}
          >
            {session.chartFolded ? '차트 펼치기' : '차트 접기'}
          </button>
        </div>
        <div id="results-chart-body">
          <Show when={!session.chartFolded}>
            <EmotionDonut mix={session.mix} caption={`지금까지 들려준 이야기 ${session.turns}개를 바탕으로 살펴봤어요.`} />
          </Show>
        </div>
      </section>
      <Show
        when={!session.lastTurnSafety}
        fallback={
          <section class="card">
            <p class="muted" data-testid="recs-suppressed">
              지금은 노래보다 마음을 먼저 살피고 싶어요. 위에 있는 상담 전화로 이야기를 나눠 보세요. 조금 괜찮아지면 그때
              어울리는 노래를 골라 드릴게요.
            </p>
          </section>
        }
      >
        <Recommendations />
      </Show>
      <p class="back-to-chat">
        <button type="button" class="link-button" data-testid="back-to-chat" onClick={() => showChatInput(true)}>
          대화로 돌아가기
        </button>
      </p>
    </div>
  );
}
