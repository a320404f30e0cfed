import { describe, expect, it } from 'vitest';
import { recordDay } from '../../store';
import { dayName, dayPart, formatDateTime, formatDayHeading, formatTime } from './format';

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

  it('dates a full stamp by the record day, like the list it is opened from', () => {
    // 00:40 on 11/1 is filed under 10/31 (the day starts at 04:00): the page says the same.
    expect(formatDateTime(at(11, 1, 0, 40), at(11, 1, 1))).toBe('10월 31일 (토) 새벽 12:40');
    expect(formatDateTime(at(11, 1, 3, 59), at(11, 1, 9))).toBe('10월 31일 (토) 새벽 3:59');
    expect(formatDateTime(at(11, 1, 4, 0), at(11, 1, 9))).toBe('11월 1일 (일) 새벽 4:00');
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

describe('dayName: 오늘 / 어제 / the date, by the same record day as the list', () => {
  it('names a time after midnight with the evening before', () => {
    const now = at(11, 24, 10);
    expect(dayName(at(11, 24, 0, 5), now)).toBe('어제');
    expect(dayName(at(11, 24, 4, 0), now)).toBe('오늘');
    expect(dayName(at(11, 23, 3, 0), now)).toBe('11월 22일 (일)');
    // At 00:50 the evening is still 오늘.
    expect(dayName(at(11, 23, 21), at(11, 24, 0, 50))).toBe('오늘');
  });

  it('agrees with the list heading (recordDay) for every hour of a day', () => {
    const now = at(11, 24, 12);
    for (let h = 0; h < 24; h++) {
      const ms = at(11, 23, h, 30);
      const heading = formatDayHeading(recordDay(ms), now).replace(/^(오늘|어제) · /, '');
      expect(formatDateTime(ms, now).startsWith(heading), `${h}시`).toBe(true);
      expect(dayName(ms, now)).toBe(h < 4 ? '11월 22일 (일)' : '어제');
    }
  });
});
