/**
 * Scoring the life-event rules (src/chat/life-events.ts) on a probe file of data/eval/:
 * `EVENT<TAB>utterance` lines, EVENT an event id or `none` (a look-alike that must not trigger).
 */
import { detectLifeEvent } from '../../src/chat/life-events';
import { readLabelledLines } from './probe-file';

export interface LifeEventProbe {
  event: string;
  text: string;
}

export function readLifeEventProbes(file: string): LifeEventProbe[] {
  return readLabelledLines(file).map(({ label, text }) => ({ event: label, text }));
}

export interface LifeEventScores {
  /** Event lines, and those read as their own event. */
  events: number;
  found: number;
  /** Event lines read as another event. */
  wrongEvent: number;
  /** `none` lines, and those read as some event. */
  none: number;
  falseAlarms: number;
  byEvent: Record<string, { lines: number; found: number }>;
  misses: Array<{ event: string; got: string | null; text: string }>;
}

export function lifeEventScores(probes: readonly LifeEventProbe[]): LifeEventScores {
  const s: LifeEventScores = { events: 0, found: 0, wrongEvent: 0, none: 0, falseAlarms: 0, byEvent: {}, misses: [] };
  for (const p of probes) {
    const got = detectLifeEvent(p.text)?.id ?? null;
    if (p.event === 'none') {
      s.none++;
      if (got) {
        s.falseAlarms++;
        s.misses.push({ event: p.event, got, text: p.text });
      }
      continue;
    }
    const row = (s.byEvent[p.event] ??= { lines: 0, found: 0 });
    s.events++;
    row.lines++;
    if (got === p.event) {
      s.found++;
      row.found++;
    } else {
      if (got) s.wrongEvent++;
      s.misses.push({ event: p.event, got, text: p.text });
    }
  }
  return s;
}
