import { describe, expect, it } from 'vitest';
import { SPARSE_DAYS, timelineColumns } from './timelineColumns';

const days = (n: number, recorded: number[]) => Array.from({ length: n }, (_, i) => recorded.includes(i));

describe('mood timeline columns', () => {
  it('one recorded day in 30: only that day, so its bar is centred and labelled', () => {
    expect(timelineColumns(days(30, [29]))).toEqual({ indexes: [29], sparse: true });
  });

  it('a few recorded days: just those, oldest first', () => {
    expect(timelineColumns(days(90, [3, 40, 89]))).toEqual({ indexes: [3, 40, 89], sparse: true });
  });

  it('more than a few: the whole range, empty days kept as gaps', () => {
    const rec = Array.from({ length: SPARSE_DAYS + 1 }, (_, i) => i * 5);
    const out = timelineColumns(days(30, rec));
    expect(out.sparse).toBe(false);
    expect(out.indexes).toHaveLength(30);
  });

  it('no records: the whole range (the chart is hidden then anyway)', () => {
    expect(timelineColumns(days(7, [])).sparse).toBe(false);
  });
});
