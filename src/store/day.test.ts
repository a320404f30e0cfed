import { describe, expect, it } from 'vitest';
import { DAY_START_HOUR, addDays, lastRecordDays, localDay, recordDay, recordDayStart } from './day';

const at = (month: number, day: number, hour: number, minute = 0) => new Date(2026, month - 1, day, hour, minute).getTime();

describe('record days (a day starts at 04:00)', () => {
  it('files the hours after midnight under the evening before', () => {
    expect(DAY_START_HOUR).toBe(4);
    expect(recordDay(at(11, 1, 0, 40))).toBe('2026-10-31');
    expect(recordDay(at(11, 1, 3, 59))).toBe('2026-10-31');
    expect(recordDay(at(11, 1, 4, 0))).toBe('2026-11-01');
    expect(recordDay(at(10, 31, 23, 30))).toBe('2026-10-31');
    // The calendar day stays exact.
    expect(localDay(at(11, 1, 0, 40))).toBe('2026-11-01');
  });

  it('crosses months and years', () => {
    expect(recordDay(at(1, 1, 1))).toBe('2025-12-31');
    expect(recordDay(at(3, 1, 2))).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('lists the last record days and where they start', () => {
    expect(lastRecordDays(3, at(11, 1, 0, 40))).toEqual(['2026-10-29', '2026-10-30', '2026-10-31']);
    expect(lastRecordDays(2, at(11, 1, 9))).toEqual(['2026-10-31', '2026-11-01']);
    expect(recordDayStart(0, at(11, 1, 0, 40))).toBe(at(10, 31, 4));
    expect(recordDayStart(2, at(11, 1, 9))).toBe(at(10, 30, 4));
  });
});
