/**
 * Which days the mood timeline draws as columns. Normally every day of the range, so quiet
 * stretches show as gaps. With only a few days on record (SPARSE_DAYS or fewer) the range's
 * empty days would squeeze those bars against an edge with their date labels hidden, so then
 * only the recorded days are drawn: centred, each with its date, bars capped at BAR_MAX_WIDTH.
 */
export const SPARSE_DAYS = 3;
export const BAR_MAX_WIDTH = 40;

export interface TimelineColumns {
  /** Indexes into the range's days, oldest first. */
  indexes: number[];
  /** True when only the recorded days are drawn. */
  sparse: boolean;
}

export function timelineColumns(hasRecord: readonly boolean[]): TimelineColumns {
  const recorded = hasRecord.flatMap((r, i) => (r ? [i] : []));
  if (recorded.length > 0 && recorded.length <= SPARSE_DAYS) return { indexes: recorded, sparse: true };
  return { indexes: hasRecord.map((_, i) => i), sparse: false };
}
