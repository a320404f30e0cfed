/** Korean date and time labels for the diary and history screens. */
import { addDays, localDay, recordDay } from '../../store';

const WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'];

function parseDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/**
 * The part of the day as people say it: 새벽 (0–5시), 오전 (6–11시), 오후 (12–17시), 저녁 (18–20시),
 * 밤 (21–23시). So a sleepless message at 00:40 reads '새벽 12:40', not '오전 12:40'.
 */
export function dayPart(hour: number): string {
  if (hour < 6) return '새벽';
  if (hour < 12) return '오전';
  if (hour < 18) return '오후';
  if (hour < 21) return '저녁';
  return '밤';
}

/** '오후 3:05', '새벽 12:40', '밤 11:30' */
export function formatTime(ms: number): string {
  const d = new Date(ms);
  const h = d.getHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${dayPart(h)} ${h12}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** '11월 21일 (토)', with the year when it is not this year. */
export function formatDayLabel(day: string, now = Date.now()): string {
  const d = parseDay(day);
  const year = d.getFullYear() !== new Date(now).getFullYear() ? `${d.getFullYear()}년 ` : '';
  return `${year}${d.getMonth() + 1}월 ${d.getDate()}일 (${WEEKDAYS[d.getDay()]})`;
}

/**
 * '오늘 · 11월 21일 (토)', '어제 · …', or just the date, for a record day (which starts at 04:00,
 * see src/store/day.ts): at 00:40 the evening before is still 오늘.
 */
export function formatDayHeading(day: string, now = Date.now()): string {
  const today = recordDay(now);
  const prefix = day === today ? '오늘 · ' : day === addDays(today, -1) ? '어제 · ' : '';
  return `${prefix}${formatDayLabel(day, now)}`;
}

/**
 * '11월 21일 (토) 오후 3:05'. The date is the record day, as in the list and the chart: a talk
 * at 00:40 on the 22nd reads '11월 21일 (토) 새벽 12:40', under the day it is filed with
 * (session 40: the list said 21일 and the same talk's page said 22일). <time datetime> keeps
 * the exact calendar time (isoDateTime).
 */
export function formatDateTime(ms: number, now = Date.now()): string {
  return `${formatDayLabel(recordDay(ms), now)} ${formatTime(ms)}`;
}

/** The record day of `ms` named from `now`: '오늘', '어제', or '11월 21일 (토)' (one rule everywhere). */
export function dayName(ms: number, now = Date.now()): string {
  const day = recordDay(ms);
  const today = recordDay(now);
  if (day === today) return '오늘';
  if (day === addDays(today, -1)) return '어제';
  return formatDayLabel(day, now);
}

/** ISO-like machine date for <time datetime>. */
export function isoDateTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDay(ms)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
