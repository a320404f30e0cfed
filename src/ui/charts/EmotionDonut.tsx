/**
 * <EmotionDonut mix={…} /> — the seven emotions as an ECharts donut with Korean labels and
 * percentages, a legend list (readable by screen readers and without the chart; emotions under
 * 1 % are left out and summed up as "그 밖의 감정은 거의 없었어요") and the top emotion in
 * words. Follows the theme (light/dark, live) and prefers-reduced-motion. A screen reader hears
 * each thing once: the chart is an image named "감정 분포 차트", described by the legend
 * (aria-describedby), and the block has no name of its own that would repeat its lines.
 *
 * Props (stable; used by the 대화 and 일기 tabs):
 *   mix       EmotionMix or 7 numbers in EMOTIONS order (need not be normalised)
 *   title     optional heading above the chart (h3)
 *   caption   optional line under the top-emotion sentence
 *   height    chart height in px (default 220)
 *   testId    data-testid of the root (default "emotion-chart"); the root also carries
 *             data-top="<emotion id>" and data-ready="true" once the chart has drawn
 *   class     extra class on the root
 */
import { For, Show, createEffect, createMemo, createSignal, createUniqueId, onCleanup, onMount } from 'solid-js';
import type { EmotionId, EmotionMix } from '../../ml/emotions';
import { EMOTION_COLORS, LEGEND_REST, currentTheme, emotionShares, legendRows, topEmotionSentence, topShare, type EmotionShare } from './emotions';

export interface EmotionDonutProps {
  mix: EmotionMix | readonly number[];
  title?: string;
  caption?: string;
  height?: number;
  testId?: string;
  class?: string;
}

type EChartsModule = typeof import('./echarts');
type EChartsInstance = import('./echarts').ECharts;

let echartsModule: Promise<EChartsModule> | null = null;

/** ECharts (pie chart + SVG renderer only), loaded on first use. */
function loadECharts(): Promise<EChartsModule> {
  echartsModule ??= import('./echarts');
  return echartsModule;
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function cssVar(name: string, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

export function EmotionDonut(props: EmotionDonutProps) {
  const shares = createMemo<EmotionShare[]>(() => emotionShares(props.mix));
  const top = createMemo(() => topShare(shares()));
  const [theme, setTheme] = createSignal<'light' | 'dark'>(currentTheme());
  const [ready, setReady] = createSignal(false);
  const [failed, setFailed] = createSignal(false);
  const colors = () => EMOTION_COLORS[theme()];
  let host: HTMLDivElement | undefined;
  let chart: EChartsInstance | null = null;

  const legend = createMemo(() => legendRows(shares()));
  const legendId = createUniqueId();

  const draw = () => {
    if (!chart) return;
    const palette = colors();
    const text = cssVar('--text', theme() === 'dark' ? '#e9ecf2' : '#1f2a3c');
    const surface = cssVar('--surface', theme() === 'dark' ? '#1b2436' : '#ffffff');
    const data = shares()
      .filter((s) => s.value > 0)
      .map((s) => ({
        name: s.label,
        value: s.value,
        percent: s.percent,
        itemStyle: { color: palette[s.id as EmotionId] },
        label: { show: s.percent >= 5 },
        labelLine: { show: s.percent >= 5 },
      }));
    chart.setOption(
      {
        animation: !reducedMotion(),
        animationDuration: 500,
        aria: { enabled: false },
        series: [
          {
            type: 'pie',
            radius: ['40%', '64%'],
            center: ['50%', '50%'],
            avoidLabelOverlap: true,
            startAngle: 90,
            padAngle: 1.5,
            itemStyle: { borderColor: surface, borderWidth: 2, borderRadius: 4 },
            label: {
              color: text,
              fontSize: 12,
              fontWeight: 600,
              fontFamily: cssVar('--font', 'sans-serif'),
              // A label without room beside a narrow donut (a 320 px phone) wraps at its space
              // ("불안" over "13%") instead of running off the chart's edge.
              overflow: 'break',
              lineHeight: 14,
              formatter: (p: { data: { percent: number }; name: string }) => `${p.name} ${p.data.percent}%`,
            },
            labelLine: { length: 6, length2: 6, lineStyle: { color: text, opacity: 0.5 } },
            emphasis: { disabled: true },
            data,
          },
        ],
      },
      { notMerge: true },
    );
    // The drawing is the image's content, not a second image with its own labels.
    host?.querySelector('svg')?.setAttribute('aria-hidden', 'true');
  };

  onMount(() => {
    let disposed = false;
    const observer = new MutationObserver(() => setTheme(currentTheme()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    const onMedia = () => setTheme(currentTheme());
    media?.addEventListener('change', onMedia);
    const resize = new ResizeObserver(() => chart?.resize());
    if (host) resize.observe(host);
    loadECharts().then(
      (echarts) => {
        if (disposed || !host) return;
        chart = echarts.init(host, undefined, { renderer: 'svg' });
        draw();
        setReady(true);
      },
      () => setFailed(true),
    );
    onCleanup(() => {
      disposed = true;
      observer.disconnect();
      media?.removeEventListener('change', onMedia);
      resize.disconnect();
      chart?.dispose();
      chart = null;
    });
  });

  createEffect(() => {
    // Redraw on new data or theme.
    shares();
    theme();
    draw();
  });

  return (
    <div
      class={`donut ${props.class ?? ''}`}
      data-testid={props.testId ?? 'emotion-chart'}
      data-top={top().id}
      data-ready={String(ready())}
    >
      <Show when={props.title}>
        <h3 class="donut-title">{props.title}</h3>
      </Show>
      <div
        class="donut-canvas"
        ref={(el) => (host = el)}
        role="img"
        aria-label="감정 분포 차트"
        aria-describedby={legendId}
        style={{ height: `${props.height ?? 220}px` }}
      />
      <Show when={failed()}>
        <p class="note">차트를 그리지 못했어요. 아래 목록으로 확인해 주세요.</p>
      </Show>
      <div class="donut-caption">
        <p class="donut-top" data-testid="top-emotion">
          {topEmotionSentence(shares())}
        </p>
        <Show when={props.caption}>
          <p class="note">{props.caption}</p>
        </Show>
      </div>
      <ul class="donut-legend" id={legendId} aria-label="감정별 비율" data-testid="donut-legend">
        <For each={legend().rows}>
          {(s) => (
            <li data-emotion={s.id}>
              <span class="donut-swatch" style={{ background: colors()[s.id] }} aria-hidden="true" />
              <span class="donut-name">{s.label}</span>
              <span class="donut-pct">{s.percent}%</span>
            </li>
          )}
        </For>
      </ul>
      <Show when={legend().rest}>
        <p class="note donut-rest" data-testid="donut-rest">
          {LEGEND_REST}
        </p>
      </Show>
    </div>
  );
}
