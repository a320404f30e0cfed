/**
 * Which days the mood timeline draws as columns: always a run of real, consecutive days ending
 * today, so a day without a record is an empty slot and every bar sits over its own date.
 *
 * While the record is young the run starts at the first recorded day (at least MIN_SPAN_DAYS
 * long) instead of the whole range, so a first day's bar is not a sliver at the right edge of
 * 30 empty days. Each new day adds one slot until the run fills the range: the picture grows
 * smoothly, with no switch between two layouts. Short runs label every date.
 */
export const MIN_SPAN_DAYS = 7;
/** Runs up to this long label every day; longer ones let the chart thin the labels. */
export const LABEL_EVERY_DAY = 7;
export const BAR_MAX_WIDTH = 40;

export interface TimelineColumns {
  /** Indexes into the range's days, oldest first: consecutive, ending with the last (today). */
  indexes: number[];
  /** True when the run is shorter than the range (the record is younger than the range). */
  trimmed: boolean;
  /** True when every column keeps its date label. */
  everyLabel: boolean;
}

export function timelineColumns(hasRecord: readonly boolean[]): TimelineColumns {
  const total = hasRecord.length;
  const first = hasRecord.indexOf(true);
  const span = first < 0 ? total : Math.min(total, Math.max(MIN_SPAN_DAYS, total - first));
  const indexes = Array.from({ length: span }, (_, i) => total - span + i);
  return { indexes, trimmed: span < total, everyLabel: span <= LABEL_EVERY_DAY };
}

/** 'YYYY-MM-DD' → [month, day] (numbers). */
function monthAndDay(day: string): [number, number] {
  const [, m, d] = day.split('-').map(Number);
  return [m ?? 1, d ?? 1];
}

/**
 * The x-axis labels of the columns ('YYYY-MM-DD' days, oldest first). A run that labels every
 * day gives the day's number, with the month under it where the run or a month starts
 * ('18\n11월', '19', … '30', '1\n12월'): seven "11/18"-style dates ran into each other on a
 * 320 px phone ("11/1811/19…"). A longer run keeps 'M/D' everywhere, since the chart thins
 * those labels and any one of them may be left.
 */
export function columnLabels(days: readonly string[], everyLabel: boolean): string[] {
  let month = 0;
  return days.map((day, i) => {
    const [m, d] = monthAndDay(day);
    const newMonth = i === 0 || m !== month;
    month = m;
    if (!everyLabel) return `${m}/${d}`;
    return newMonth ? `${d}\n${m}월` : String(d);
  });
}
