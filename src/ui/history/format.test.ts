import { describe, expect, it } from 'vitest';
import { dayPart, formatDateTime, formatDayHeading, formatTime } from './format';

const at = (month: number, day: number, hour: number, minute = 0) => new Date(2026, month - 1, day, hour, minute).getTime();

describe('times as people say them', () => {
  it('uses 새벽, 오전, 오후, 저녁 and 밤 with a 12-hour clock', () => {
    expect(formatTime(at(11, 1, 0, 40))).toBe('새벽 12:40');
    expect(formatTime(at(11, 1, 3, 5))).toBe('새벽 3:05');
    expect(formatTime(at(11, 1, 6, 0))).toBe('오전 6:00');
    expect(formatTime(at(11, 1, 11, 59))).toBe('오전 11:59');
    expect(formatTime(at(11, 1, 12, 0))).toBe('오후 12:00');
    expect(formatTime(at(11, 1, 15, 5))).toBe('오후 3:05');
    expect(formatTime(at(11, 1, 19, 30))).toBe('저녁 7:30');
    expect(formatTime(at(11, 1, 23, 30))).toBe('밤 11:30');
    expect([0, 5, 6, 17, 18, 20, 21, 23].map(dayPart)).toEqual(['새벽', '새벽', '오전', '오후', '저녁', '저녁', '밤', '밤']);
  });

  it('keeps the exact calendar date in a full stamp', () => {
    expect(formatDateTime(at(11, 1, 0, 40), at(11, 1, 1))).toBe('11월 1일 (일) 새벽 12:40');
    expect(formatDateTime(at(12, 31, 21, 5), at(1, 2, 9) + 365 * 86_400_000)).toBe('2026년 12월 31일 (목) 밤 9:05');
  });
});

describe('day headings follow the record day (it starts at 04:00)', () => {
  it('at 00:40 the evening before is still 오늘', () => {
    const now = at(11, 1, 0, 50);
    expect(formatDayHeading('2026-10-31', now)).toBe('오늘 · 10월 31일 (토)');
    expect(formatDayHeading('2026-10-30', now)).toBe('어제 · 10월 30일 (금)');
    expect(formatDayHeading('2026-10-29', now)).toBe('10월 29일 (목)');
  });

  it('from 04:00 the new day is 오늘', () => {
    const now = at(11, 1, 9);
    expect(formatDayHeading('2026-11-01', now)).toBe('오늘 · 11월 1일 (일)');
    expect(formatDayHeading('2026-10-31', now)).toBe('어제 · 10월 31일 (토)');
  });
});
