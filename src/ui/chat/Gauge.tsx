/**
 * 감정 게이지: fills as the user shares (the dialogue engine's rule: meaningful characters
 * over the threshold from the settings), with a line that says roughly how much more is needed
 * (gaugeCopy.ts) and, while it fills, a hint under it saying what it is for; when full, "내 감정 확인하기" opens the emotion chart and songs. From half the
 * gauge, or after a goodbye, a quiet "지금까지 이야기로 노래 보기" opens them early.
 * Session 41: the line is not read out after every reply; a screen reader hears the gauge only
 * when a turn makes the songs available or fills it (gaugeAnnouncement).
 */
import { Show, createEffect, createSignal, on } from 'solid-js';
import { settings } from '../services';
import { gaugeAnnouncement, gaugeHint, gaugeLine, offerEarlySongs, type GaugeStep } from './gaugeCopy';
import { session } from './session';

export function Gauge(props: { onOpen: () => void }) {
  // Whole percent rounded down, as the chat's replies say it (never 100 before the gauge is full).
  const percent = () => Math.floor(Math.min(1, Math.max(0, session.gauge)) * 100 + 1e-6);
  const full = () => session.gauge >= 1;
  const songsOpen = () => session.resultsOpen && !session.lastTurnSafety;
  const early = () =>
    offerEarlySongs({ gauge: session.gauge, leaving: session.leaving, songsOpen: session.resultsOpen, safety: session.banner !== null || session.lastTurnSafety });
  const hint = () => gaugeHint({ gauge: session.gauge, songsOpen: songsOpen(), earlyOffered: early() });

  // Compared turn by turn within one conversation: a restored or new conversation says nothing.
  const step = (): GaugeStep => ({ full: full(), early: early(), songsOpen: songsOpen(), safety: session.lastTurnSafety });
  const [announcement, setAnnouncement] = createSignal('');
  let last = { conversation: session.conversationId, revision: session.revision, step: step() };
  createEffect(
    on(
      () => [session.conversationId, session.revision] as const,
      ([conversation, revision]) => {
        const now = step();
        const sameTalk = conversation === last.conversation && revision > last.revision;
        // Cleared on a quiet turn, so the same words are announced again when they come back.
        setAnnouncement(sameTalk ? gaugeAnnouncement(last.step, now) : '');
        last = { conversation, revision, step: now };
      },
      { defer: true },
    ),
  );
  return (
    <div class="gauge" data-testid="gauge" data-full={String(full())} data-percent={percent()}>
      <div class="gauge-text">
        <span class="gauge-title" id="gauge-title">
          감정 게이지
        </span>
        <span class="gauge-line" data-testid="gauge-line">
          {gaugeLine({ gauge: session.gauge, threshold: settings().gaugeThreshold, songsOpen: songsOpen(), earlyOffered: early() })}
        </span>
      </div>
      <div
        class="gauge-track"
        role="progressbar"
        aria-labelledby="gauge-title"
        aria-describedby={hint() ? 'gauge-hint' : undefined}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent()}
        aria-valuetext={`${percent()}%`}
      >
        <div class="gauge-fill" style={{ width: `${percent()}%` }} />
      </div>
      <p class="visually-hidden" aria-live="polite" data-testid="gauge-announcer">
        {announcement()}
      </p>
      <Show when={hint()}>
        <p class="gauge-hint" id="gauge-hint" data-testid="gauge-hint">
          {hint()}
        </p>
      </Show>
      <Show when={full()}>
        <button
          type="button"
          class="button button-small gauge-button"
          data-testid="open-results"
          aria-expanded={session.resultsOpen}
          aria-controls="chat-results"
          onClick={() => props.onOpen()}
        >
          내 감정 확인하기
        </button>
      </Show>
      <Show when={early()}>
        <button
          type="button"
          class="button button-quiet button-small gauge-button"
          data-testid="early-songs"
          aria-controls="chat-results"
          onClick={() => props.onOpen()}
        >
          지금까지 이야기로 노래 보기
        </button>
      </Show>
    </div>
  );
}
