import { describe, expect, it } from 'vitest';
import { MIN_SPAN_DAYS, columnLabels, timelineColumns } from './timelineColumns';

const days = (n: number, recorded: number[]) => Array.from({ length: n }, (_, i) => recorded.includes(i));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('mood timeline columns', () => {
  it('one recorded day (today): the last week, dated, with today at the right', () => {
    expect(MIN_SPAN_DAYS).toBe(7);
    expect(timelineColumns(days(30, [29]))).toEqual({ indexes: range(23, 29), trimmed: true, everyLabel: true });
  });

  it('two days with a gap (10/30 and 11/1): real day slots, the empty day in between kept', () => {
    const cols = timelineColumns(days(30, [27, 29]));
    expect(cols.indexes).toEqual(range(23, 29));
    expect(cols.indexes).toContain(28);
  });

  it('grows one slot a day from the first record until the range is full', () => {
    const lengths = [20, 15, 10, 3, 0].map((first) => timelineColumns(days(30, [first, 29])).indexes.length);
    expect(lengths).toEqual([10, 15, 20, 27, 30]);
    expect(timelineColumns(days(30, [10, 29])).everyLabel).toBe(false);
    expect(timelineColumns(days(30, [0, 29])).trimmed).toBe(false);
  });

  it('three or four recorded days look the same way (no switch of layout)', () => {
    const three = timelineColumns(days(30, [24, 26, 29]));
    const four = timelineColumns(days(30, [24, 25, 26, 29]));
    expect(three).toEqual(four);
  });

  it('an old first record in a long range: from that day on; ranges shorter than a week stay whole', () => {
    expect(timelineColumns(days(90, [3, 40, 89])).indexes).toEqual(range(3, 89));
    expect(timelineColumns(days(5, [4])).indexes).toEqual(range(0, 4));
  });

  it('no records: the whole range (the chart is hidden then anyway)', () => {
    expect(timelineColumns(days(7, [])).indexes).toEqual(range(0, 6));
  });
});

describe('column labels', () => {
  const week = ['2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24'];
  it('a dated week gives day numbers, the month once under the first (narrow enough for a 320 px phone)', () => {
    expect(columnLabels(week, true)).toEqual(['18\n11월', '19', '20', '21', '22', '23', '24']);
    for (const l of columnLabels(week, true)) for (const line of l.split('\n')) expect(line.length).toBeLessThanOrEqual(3);
  });
  it('a new month is named where it starts', () => {
    expect(columnLabels(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02'], true)).toEqual(['29\n11월', '30', '1\n12월', '2']);
    expect(columnLabels(['2026-12-31', '2027-01-01'], true)).toEqual(['31\n12월', '1\n1월']);
  });
  it('a longer run, thinned by the chart, keeps the month on every label', () => {
    expect(columnLabels(week, false)).toEqual(['11/18', '11/19', '11/20', '11/21', '11/22', '11/23', '11/24']);
    expect(columnLabels([], true)).toEqual([]);
  });
});
