/** Local calendar days as 'YYYY-MM-DD' (the user's time zone, not UTC). */
export function localDay(ms: number): string {
  const d = new Date(ms);
  const month = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${month}-${day}`;
}

/** Epoch ms of the local midnight `daysBack` days before the day of `now`. */
export function localDayStart(daysBack: number, now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - daysBack).getTime();
}

/** The last `count` local days ending with the day of `now`, oldest first. */
export function lastLocalDays(count: number, now: number): string[] {
  const days: string[] = [];
  for (let back = count - 1; back >= 0; back--) days.push(localDay(localDayStart(back, now)));
  return days;
}
