const twoDigits = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM in the device's time zone. */
export function localMonth(date: Date): string {
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}`;
}

/** YYYY-MM-DD in the device's time zone: the finest time the server is told. */
export function localDay(date: Date): string {
  return `${localMonth(date)}-${twoDigits(date.getDate())}`;
}
