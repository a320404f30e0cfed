/** Counting a long conversation's repeats, for `npm run eval:long-talks` (eval-long-talks.ts). */
import { kindsAsked, openingOf } from '../../src/chat/long-memory';

export interface TalkCounts {
  replies: number;
  thirdKind: number;
  sameKindInARow: number;
  thirdOpening: number;
  verbatim: number;
}

/** The counts for one conversation's replies, in order. */
export function countRepeats(replies: readonly string[]): TalkCounts {
  const kinds = new Map<string, number>();
  const openings = new Map<string, number>();
  const seen = new Set<string>();
  const c: TalkCounts = { replies: replies.length, thirdKind: 0, sameKindInARow: 0, thirdOpening: 0, verbatim: 0 };
  let before: string[] = [];
  for (const reply of replies) {
    const asked = kindsAsked(reply);
    for (const k of asked) {
      const n = (kinds.get(k) ?? 0) + 1;
      kinds.set(k, n);
      if (n >= 3) c.thirdKind++;
    }
    if (asked.some((k) => before.includes(k))) c.sameKindInARow++;
    before = asked;
    const opening = openingOf(reply);
    if (opening) {
      const n = (openings.get(opening) ?? 0) + 1;
      openings.set(opening, n);
      if (n >= 3) c.thirdOpening++;
    }
    if (seen.has(reply)) c.verbatim++;
    seen.add(reply);
  }
  return c;
}
