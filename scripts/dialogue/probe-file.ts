/**
 * Probe files of data/eval/: `LABEL<TAB>utterance` lines, comment lines starting with '#'.
 */
import { readFileSync } from 'node:fs';

export interface LabelledLine {
  label: string;
  text: string;
}

export function readLabelledLines(file: string): LabelledLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const tab = l.indexOf('\t');
      if (tab < 0) throw new Error(`${file}: no tab in "${l}"`);
      return { label: l.slice(0, tab).trim(), text: l.slice(tab + 1).trim() };
    });
}
