/** Counts of backup records, in Korean. */
import type { TableCounts } from '../../store';

/** The tables worth naming to the user, in the order they are named. */
const COUNT_LABELS: [keyof TableCounts, string, string][] = [
  ['conversations', '대화', '개'],
  ['messages', '메시지', '개'],
  ['diary', '일기', '편'],
  ['feedback', '노래 평가', '개'],
  ['settings', '설정', '개'],
];

/** "대화 2개, 메시지 14개, 일기 1편" (tables with nothing are left out). */
export function describeCounts(counts: TableCounts): string {
  return COUNT_LABELS.filter(([key]) => counts[key] > 0)
    .map(([key, label, unit]) => `${label} ${counts[key].toLocaleString('ko-KR')}${unit}`)
    .join(', ');
}

/** All records of all tables. */
export function totalCount(counts: TableCounts): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}
