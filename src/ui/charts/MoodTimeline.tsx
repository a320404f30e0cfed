/**
 * Mood timeline: the day-by-day emotion mix (moodTimeline in src/store) as stacked bars, one bar
 * per record day (04:00 to 04:00, src/store/day.ts), the seven emotions in Korean. Days with no
 * conversation or diary entry stay empty (a gap), so quiet stretches are visible as such. The
 * columns are always consecutive days ending today; while the record is younger than the range
 * they start at the first record (a week at least) and say so (./timelineColumns.ts).
 *
 * ECharts is imported lazily, when the chart first has a size (its tab is opened), and redrawn
 * when the colour scheme changes. The legend and the day details are plain HTML: the legend
 * wraps at 360 px, and the selected day (tap or point at a bar, or step with the ‹ › buttons)
 * is read out in words, so the chart needs no tooltip and works by keyboard and screen reader.
 * A screen reader hears the summary once: the chart is an image named "감정 흐름 차트" and
 * described by the summary line under it (aria-describedby), not a copy of it.
 */
import { For, Show, createEffect, createMemo, createSignal, createUniqueId, on, onCleanup, onMount } from 'solid-js';
import type { EChartsType } from 'echarts/core';
import { EMOTIONS, EMOTION_KO } from '../../ml/emotions';
import type { MoodDay } from '../../store';
import { prefersReducedMotion } from '../services';
import { cssVar, scheme } from '../settings/theme';
import { EMOTION_COLORS, withCopula } from './emotions';
import { BAR_MAX_WIDTH, columnLabels, timelineColumns } from './timelineColumns';

const WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'];

/**
 * How to read a day (session 41: it named only the bars, a pointer's way; the ‹ › buttons are
 * the keyboard's and a screen reader's).
 */
export const TIMELINE_HOW = '막대나 ‹ › 버튼(이전·다음 기록일)을 누르면 그날의 감정을 글로 보여 드려요.';

function parseDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** '11월 21일' */
export function monthDay(day: string): string {
  const d = parseDay(day);
  return `${d.getMonth() + 1}월 ${d.getDate()}일`;
}

/** '11월 21일 (토)' */
export function longDay(day: string): string {
  const d = parseDay(day);
  return `${d.getMonth() + 1}월 ${d.getDate()}일 (${WEEKDAYS[d.getDay()]})`;
}

/** A day's mix as percentages summing to 100, or null for an empty day. */
function percents(day: MoodDay): number[] | null {
  if (!day.mix) return null;
  const total = day.mix.reduce((s, v) => s + Math.max(0, v), 0);
  if (total <= 0) return null;
  return day.mix.map((v) => (100 * Math.max(0, v)) / total);
}

export interface MoodSummary {
  activeDays: number;
  /** Strongest emotion over the active days, with its mean share (0..100). */
  top: { id: (typeof EMOTIONS)[number]; percent: number } | null;
}

export function summarize(days: readonly MoodDay[]): MoodSummary {
  const sum = EMOTIONS.map(() => 0);
  let activeDays = 0;
  for (const day of days) {
    const p = percents(day);
    if (!p) continue;
    activeDays++;
    p.forEach((v, i) => (sum[i] = (sum[i] ?? 0) + v));
  }
  if (activeDays === 0) return { activeDays, top: null };
  let best = 0;
  sum.forEach((v, i) => {
    if (v > (sum[best] ?? 0)) best = i;
  });
  return { activeDays, top: { id: EMOTIONS[best] ?? 'neutral', percent: Math.round((sum[best] ?? 0) / activeDays) } };
}

export interface MoodTimelineProps {
  days: MoodDay[];
  /** e.g. '최근 30일' */
  rangeLabel: string;
}

/** The emotions of a day, strongest first, as '분노 42%, 슬픔 30%, …' (shares under 5% left out). */
function dayLine(p: number[]): string {
  return EMOTIONS.map((id, i) => ({ id, v: p[i] ?? 0 }))
    .filter((r) => r.v >= 5)
    .sort((a, b) => b.v - a.v)
    .map((r) => `${EMOTION_KO[r.id]} ${Math.round(r.v)}%`)
    .join(', ');
}

export function MoodTimeline(props: MoodTimelineProps) {
  let host!: HTMLDivElement;
  const [chart, setChart] = createSignal<EChartsType>();
  const [loadError, setLoadError] = createSignal(false);
  const summaryId = createUniqueId();
  const summary = createMemo(() => summarize(props.days));
  const table = createMemo(() => props.days.map(percents));
  /** Indexes of the days with a record, oldest first. */
  const active = createMemo(() => table().flatMap((p, i) => (p ? [i] : [])));
  /** The days drawn as columns (indexes into props.days). */
  const columns = createMemo(() => timelineColumns(table().map((p) => p !== null)));
  // The day shown in words under the chart: the latest with a record until the user picks one.
  const [picked, setPicked] = createSignal<number | null>(null);
  createEffect(on(() => props.days, () => setPicked(null), { defer: true }));
  const selected = () => {
    const p = picked();
    return p !== null && table()[p] ? p : (active().at(-1) ?? null);
  };
  const step = (direction: -1 | 1) => {
    const list = active();
    const at = list.indexOf(selected() ?? -1);
    const next = list[at + direction];
    if (next !== undefined) setPicked(next);
  };
  const position = () => active().indexOf(selected() ?? -1);

  const description = () => {
    const s = summary();
    if (!s.top) return `${props.rangeLabel} 동안 남긴 기록이 없어요.`;
    return `${props.rangeLabel} 동안 기록한 날은 ${s.activeDays}일이에요. 가장 많이 느낀 감정은 ${withCopula(EMOTION_KO[s.top.id])} (평균 ${s.top.percent}%).`;
  };

  /** While the run is shorter than the range: from when it is drawn, and that it will grow. */
  const spanNote = () => {
    const cols = columns();
    const first = props.days[cols.indexes[0] ?? -1];
    if (!cols.trimmed || !first) return null;
    return `아직 기록이 많지 않아 ${monthDay(first.day)}부터 오늘까지 보여 드려요. 기록이 쌓이면 ${props.rangeLabel}로 넓어져요.`;
  };

  const selectedText = () => {
    const i = selected();
    if (i === null) return null;
    const day = props.days[i];
    const p = table()[i];
    if (!day || !p) return null;
    const counts = [day.conversations ? `대화 ${day.conversations}개` : '', day.diary ? `일기 ${day.diary}편` : '']
      .filter(Boolean)
      .join(' · ');
    return { counts, emotions: dayLine(p) };
  };

  onMount(() => {
    let disposed = false;
    let loading = false;
    const observer = new ResizeObserver(() => {
      if (host.clientWidth === 0) return;
      const current = chart();
      if (current) {
        current.resize();
        return;
      }
      if (loading) return;
      loading = true;
      import('../history/timelineEcharts')
        .then((m) => {
          if (disposed) return;
          const c = m.init(host, undefined, { renderer: 'svg' });
          // Pointing at (or tapping) a day's bar shows that day in words below the chart.
          const pick = (params: { dataIndex?: number }) => {
            const day = typeof params.dataIndex === 'number' ? columns().indexes[params.dataIndex] : undefined;
            if (day !== undefined) setPicked(day);
          };
          c.on('click', pick);
          c.on('mouseover', pick);
          setChart(c);
        })
        .catch(() => setLoadError(true));
    });
    observer.observe(host);
    onCleanup(() => {
      disposed = true;
      observer.disconnect();
      chart()?.dispose();
    });
  });

  let drawn = false;
  createEffect(() => {
    const c = chart();
    if (!c) return;
    const colors = EMOTION_COLORS[scheme()];
    const cols = columns();
    const days = cols.indexes.map((i) => props.days[i]!);
    const rows = cols.indexes.map((i) => table()[i] ?? null);
    const sel = selected();
    const text = cssVar('--text', '#1f2a3c');
    const muted = cssVar('--text-muted', '#535d6e');
    const border = cssVar('--border', '#dcd8cf');
    const animate = !drawn && !prefersReducedMotion();
    drawn = true;
    c.setOption(
      {
        animation: animate,
        animationDuration: 300,
        grid: { left: 8, right: 8, top: 12, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
        xAxis: {
          type: 'category',
          // A short run keeps every date, the month only where it starts ('11/18', '19', …: seven
          // fit a 320 px phone); a longer one lets ECharts thin them. Never two drawn over each other.
          data: columnLabels(days.map((d) => d.day), cols.everyLabel),
          axisLabel: { color: muted, hideOverlap: true, interval: cols.everyLabel ? 0 : 'auto', fontSize: 11 },
          axisTick: { show: false },
          axisLine: { lineStyle: { color: border } },
        },
        yAxis: {
          type: 'value',
          min: 0,
          max: 100,
          interval: 25,
          axisLabel: { color: muted, formatter: '{value}%', fontSize: 11 },
          splitLine: { lineStyle: { color: border, type: 'dashed' } },
        },
        series: EMOTIONS.map((id, i) => ({
          type: 'bar',
          name: EMOTION_KO[id],
          stack: 'mood',
          barCategoryGap: days.length > 60 ? '10%' : '25%',
          barMinWidth: 2,
          barMaxWidth: BAR_MAX_WIDTH,
          cursor: 'pointer',
          itemStyle: { color: colors[id] },
          emphasis: { disabled: true },
          data: rows.map((p, d) => {
            if (!p) return null;
            const value = Math.round((p[i] ?? 0) * 10) / 10;
            return cols.indexes[d] === sel ? { value, itemStyle: { borderColor: text, borderWidth: 1.5 } } : value;
          }),
        })),
      },
      { notMerge: true },
    );
    host.querySelector('svg')?.setAttribute('aria-hidden', 'true');
  });

  return (
    <div class="mood-timeline" data-testid="mood-timeline">
      <div
        ref={(el) => (host = el)}
        class="mood-timeline-chart"
        role="img"
        aria-label="감정 흐름 차트"
        aria-describedby={summary().activeDays > 0 ? summaryId : undefined}
        data-columns={columns().indexes.length}
        data-first-day={props.days[columns().indexes[0] ?? -1]?.day}
        data-last-day={props.days[columns().indexes.at(-1) ?? -1]?.day}
        hidden={summary().activeDays === 0}
      />
      <Show when={summary().activeDays === 0}>
        <p class="mood-timeline-empty">
          {props.rangeLabel} 동안 남긴 기록이 아직 없어요. 대화를 나누거나 일기를 쓰면 이곳에 감정의 흐름이 쌓여요.
        </p>
      </Show>
      <Show when={summary().activeDays > 0}>
        <ul class="mood-legend" aria-label="감정 색 안내">
          <For each={EMOTIONS}>
            {(id) => (
              <li>
                <span class="mood-swatch" style={{ background: EMOTION_COLORS[scheme()][id] }} aria-hidden="true" />
                {EMOTION_KO[id]}
              </li>
            )}
          </For>
        </ul>
        <div class="mood-day" data-testid="mood-day">
          <button
            type="button"
            class="mood-step"
            aria-label="이전 기록일"
            disabled={position() <= 0}
            onClick={() => step(-1)}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <p class="mood-day-text" aria-live="polite">
            <Show when={selectedText()}>
              {(t) => (
                <>
                  <span class="mood-day-head">
                    <strong>{longDay(props.days[selected()!]?.day ?? '')}</strong> · {t().counts}
                  </span>
                  <span class="mood-day-emotions">{t().emotions}</span>
                </>
              )}
            </Show>
          </p>
          <button
            type="button"
            class="mood-step"
            aria-label="다음 기록일"
            disabled={position() < 0 || position() >= active().length - 1}
            onClick={() => step(1)}
          >
            <span aria-hidden="true">›</span>
          </button>
        </div>
        <p class="note" data-testid="mood-caption">
          <Show when={spanNote()}>{(note) => <>{note()} </>}</Show>
          <span id={summaryId}>{description()}</span> {TIMELINE_HOW}
        </p>
      </Show>
      <Show when={loadError()}>
        <p class="error-text">차트를 불러오지 못했어요.</p>
      </Show>
    </div>
  );
}
