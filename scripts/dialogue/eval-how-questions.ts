/**
 * npm run eval:how-questions [-- --verbose] — how well src/chat/asks-how.ts tells an open
 * how-question and its topic ("어떻게 하면 화해할 수 있을까?" → reconcile) from look-alikes
 * (yes-or-no choices, indignation, reported speech, past narration), on the two probe sets of
 * data/eval/. Both were written by helpers who saw neither the rules nor the other set; the rules
 * were adjusted to the first, and to the second after it had been measured once (its header says
 * what it read then).
 */
import path from 'node:path';
import { REPO_ROOT } from '../../src/ml/node';
import { parseArgs } from '../lib/args';
import { howScores, readHowProbes } from './how-questions-eval';

const { flags } = parseArgs(process.argv.slice(2));
const verbose = flags.has('verbose');
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;

for (const file of ['how_questions.tsv', 'how_questions_holdout.tsv']) {
  const s = howScores(readHowProbes(path.join(REPO_ROOT, 'data', 'eval', file)));
  console.log(`${file}:`);
  console.log(`  questions given their topic: ${s.right} of ${s.questions} (${pct(s.right, s.questions)}); not seen as a question: ${s.unseen}`);
  console.log(`  look-alikes read as a question: ${s.falseAlarms} of ${s.none} (${pct(s.falseAlarms, s.none)})`);
  if (verbose) for (const e of s.errors) console.log(`  ${e.label} → ${e.got}\t${e.text}`);
}
