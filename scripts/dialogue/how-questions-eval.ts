/**
 * Scoring the how-question rules (src/chat/asks-how.ts) on a probe file of data/eval/:
 * `LABEL<TAB>utterance` lines, LABEL a topic, `open`, or `none` (not an open how-question).
 */
import { asksHow } from '../../src/chat/asks-how';
import { readLabelledLines, type LabelledLine } from './probe-file';

export type HowProbe = LabelledLine;

export const readHowProbes = readLabelledLines;

export interface HowScores {
  /** Lines that ask (a topic or `open`), and those given their own label. */
  questions: number;
  right: number;
  /** Questions not seen as a how-question at all. */
  unseen: number;
  /** Look-alikes (`none`), and those read as a how-question. */
  none: number;
  falseAlarms: number;
  errors: { label: string; got: string; text: string }[];
}

export function howScores(probes: readonly HowProbe[]): HowScores {
  const s: HowScores = { questions: 0, right: 0, unseen: 0, none: 0, falseAlarms: 0, errors: [] };
  for (const p of probes) {
    const got = asksHow(p.text) ?? 'none';
    if (p.label === 'none') {
      s.none++;
      if (got !== 'none') {
        s.falseAlarms++;
        s.errors.push({ label: p.label, got, text: p.text });
      }
      continue;
    }
    s.questions++;
    if (got === p.label) s.right++;
    else {
      if (got === 'none') s.unseen++;
      s.errors.push({ label: p.label, got, text: p.text });
    }
  }
  return s;
}
