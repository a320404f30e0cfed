/** 설정 · 화면과 대화: theme (system / light / dark) and the listening-gauge threshold. */
import { For, Show, createEffect, createSignal } from 'solid-js';
import type { Theme } from '../../store';
import { settings, updateSetting } from '../services';

const THEME_OPTIONS: { value: Theme; label: string; hidden?: string }[] = [
  { value: 'system', label: '기기 설정', hidden: ' 따르기' },
  { value: 'light', label: '밝게' },
  { value: 'dark', label: '어둡게' },
];

export const GAUGE_MIN = 50;
export const GAUGE_MAX = 300;
export const GAUGE_STEP = 10;

export function PreferencesSection() {
  // The slider shows what is being dragged; the setting is stored when the value is let go.
  const [gauge, setGauge] = createSignal(settings().gaugeThreshold);
  createEffect(() => setGauge(settings().gaugeThreshold));
  const [saved, setSaved] = createSignal('');

  const commitGauge = async (value: number) => {
    const clamped = Math.min(GAUGE_MAX, Math.max(GAUGE_MIN, Math.round(value / GAUGE_STEP) * GAUGE_STEP));
    setGauge(clamped);
    if (clamped === settings().gaugeThreshold) return;
    const stored = await updateSetting('gaugeThreshold', clamped);
    setSaved(stored ? `${clamped}자로 바꿨어요.` : `${clamped}자로 바꿨어요. 다만 저장하지 못해 이번에만 적용돼요.`);
  };

  return (
    <section class="card settings-section" aria-labelledby="settings-prefs-title">
      <h2 id="settings-prefs-title">화면과 대화</h2>

      <fieldset class="segmented-field">
        <legend>화면 테마</legend>
        <div class="segmented">
          <For each={THEME_OPTIONS}>
            {(option) => (
              <label class="segment">
                <input
                  type="radio"
                  name="settings-theme"
                  value={option.value}
                  data-testid={`theme-${option.value}`}
                  checked={settings().theme === option.value}
                  onChange={() => void updateSetting('theme', option.value)}
                />
                <span>
                  {option.label}
                  <Show when={option.hidden}>
                    <span class="visually-hidden">{option.hidden}</span>
                  </Show>
                </span>
              </label>
            )}
          </For>
        </div>
      </fieldset>

      <div class="range-field">
        <div class="range-head">
          <label for="settings-gauge">감정 게이지 기준</label>
          <output for="settings-gauge" class="range-value" data-testid="gauge-value">
            {gauge()}자
          </output>
        </div>
        <input
          id="settings-gauge"
          type="range"
          min={GAUGE_MIN}
          max={GAUGE_MAX}
          step={GAUGE_STEP}
          value={gauge()}
          data-testid="gauge-threshold"
          aria-valuetext={`${gauge()}자`}
          aria-describedby="settings-gauge-help"
          onInput={(e) => setGauge(Number(e.currentTarget.value))}
          onChange={(e) => void commitGauge(Number(e.currentTarget.value))}
        />
        <div class="range-scale" aria-hidden="true">
          <span>{GAUGE_MIN}자</span>
          <span>{GAUGE_MAX}자</span>
        </div>
        <p id="settings-gauge-help" class="note">
          대화에서 이만큼의 글자를 나누면 감정 게이지가 가득 차고, 내 감정과 어울리는 노래를 볼 수 있어요. 짧게 잡을수록
          빨리 차요. 기본은 100자예요.
        </p>
        <p class="success-text" role="status" aria-live="polite">
          {saved()}
        </p>
      </div>
    </section>
  );
}
