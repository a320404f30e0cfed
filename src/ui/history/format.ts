/** Korean date and time labels for the diary and history screens. */
import { localDay } from '../../store';

const WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'];

function parseDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** '오후 3:05' */
export function formatTime(ms: number): string {
  const d = new Date(ms);
  const h = d.getHours();
  const half = h < 12 ? '오전' : '오후';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${half} ${h12}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** '11월 21일 (토)', with the year when it is not this year. */
export function formatDayLabel(day: string, now = Date.now()): string {
  const d = parseDay(day);
  const year = d.getFullYear() !== new Date(now).getFullYear() ? `${d.getFullYear()}년 ` : '';
  return `${year}${d.getMonth() + 1}월 ${d.getDate()}일 (${WEEKDAYS[d.getDay()]})`;
}

/** '오늘 · 11월 21일 (토)', '어제 · …', or just the date. */
export function formatDayHeading(day: string, now = Date.now()): string {
  const today = localDay(now);
  const yesterday = localDay(new Date(new Date(now).setDate(new Date(now).getDate() - 1)).getTime());
  const prefix = day === today ? '오늘 · ' : day === yesterday ? '어제 · ' : '';
  return `${prefix}${formatDayLabel(day, now)}`;
}

/** '11월 21일 (토) 오후 3:05' */
export function formatDateTime(ms: number, now = Date.now()): string {
  return `${formatDayLabel(localDay(ms), now)} ${formatTime(ms)}`;
}

/** ISO-like machine date for <time datetime>. */
export function isoDateTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDay(ms)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
