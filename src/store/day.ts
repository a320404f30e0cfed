/**
 * Days, in the user's time zone (not UTC).
 *
 * Calendar days (`localDay`) are used where a date must be exact, e.g. a file name. Records —
 * conversations, diary entries, search hits and the mood chart's columns — are grouped by the
 * *record day* (`recordDay`) instead: a day that starts at DAY_START_HOUR (04:00) local time, so
 * a sleepless "잠이 안 와요" at 00:40 stays with the evening before, as Korean users think of it
 * ("어젯밤 새벽"). It is computed from the stored timestamps, so old records group the same way.
 */

/** Local hour at which a new record day begins; earlier hours belong to the day before. */
export const DAY_START_HOUR = 4;

function ymd(d: Date): string {
  const month = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${month}-${day}`;
}

function parseYmd(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y ?? 1970, (m ?? 1) - 1, d ?? 1];
}

/** Local calendar days as 'YYYY-MM-DD'. */
export function localDay(ms: number): string {
  return ymd(new Date(ms));
}

/** Epoch ms of the local midnight `daysBack` days before the calendar day of `now`. */
export function localDayStart(daysBack: number, now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - daysBack).getTime();
}

/** The last `count` calendar days ending with the day of `now`, oldest first. */
export function lastLocalDays(count: number, now: number): string[] {
  const days: string[] = [];
  for (let back = count - 1; back >= 0; back--) days.push(localDay(localDayStart(back, now)));
  return days;
}

/** The record day of `ms` as 'YYYY-MM-DD': its calendar day, or the day before when before 04:00. */
export function recordDay(ms: number): string {
  const d = new Date(ms);
  if (d.getHours() < DAY_START_HOUR) return ymd(new Date(d.getFullYear(), d.getMonth(), d.getDate() - 1));
  return ymd(d);
}

/** 'YYYY-MM-DD' shifted by `delta` days. */
export function addDays(day: string, delta: number): string {
  const [y, m, d] = parseYmd(day);
  return ymd(new Date(y, m, d + delta));
}

/** Epoch ms at which the record day `daysBack` days before the record day of `now` begins (04:00). */
export function recordDayStart(daysBack: number, now: number): number {
  const [y, m, d] = parseYmd(recordDay(now));
  return new Date(y, m, d - daysBack, DAY_START_HOUR).getTime();
}

/** The last `count` record days ending with the record day of `now`, oldest first. */
export function lastRecordDays(count: number, now: number): string[] {
  const today = recordDay(now);
  const days: string[] = [];
  for (let back = count - 1; back >= 0; back--) days.push(addDays(today, -back));
  return days;
}
