/**
 * npm run eval:life-events [-- --verbose] — how well the life-event rules (src/chat/life-events.ts)
 * find the events of the two probe sets in data/eval/ and leave their look-alikes alone, and how
 * many intent-corpus examples they would take from an intent that does not fit the event.
 * life_events.tsv was written first and the rules were adjusted to it; life_events_holdout.tsv was
 * written after the rules were fixed, by a helper who saw neither, and is measured, not fitted.
 */
import path from 'node:path';
import { detectLifeEvent } from '../../src/chat/life-events';
import { REPO_ROOT } from '../../src/ml/node';
import { parseArgs } from '../lib/args';
import { loadCorpus } from './corpus';
import { lifeEventScores, readLifeEventProbes } from './life-events-eval';

const { flags } = parseArgs(process.argv.slice(2));
const verbose = flags.has('verbose');
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;

for (const [file, what] of [
  ['life_events.tsv', 'first set (the rules were adjusted to it)'],
  ['life_events_holdout.tsv', 'held-out set (written after the rules were fixed)'],
  ['life_events_s22.tsv', 'session-22 events, first set (the rules were adjusted to it)'],
  ['life_events_s22_holdout.tsv', 'session-22 events, held-out set (measured once, after the rules were fixed)'],
  ['life_events_s28.tsv', 'session-28 event (family_unwell), first set (the rule was adjusted to it)'],
  ['life_events_s28_holdout.tsv', 'session-28 event (family_unwell), held-out set (measured once, after the rule was fixed)'],
  ['life_events_s28_infidelity.tsv', 'session-28 event (infidelity), first set (the rule was adjusted to it)'],
  ['life_events_s28_infidelity_holdout.tsv', 'session-28 event (infidelity), held-out set (measured once, after the rule was fixed)'],
  ['life_events_s29_family_missing.tsv', 'session-29 rule for family_missing, first set (the rule was adjusted to it)'],
  ['life_events_s29_family_missing_holdout.tsv', 'session-29 rule for family_missing, held-out set (measured once, after the rule was fixed)'],
  ['life_events_s29_pregnancy.tsv', 'session-29 event (pregnancy_news), first set (the rule was adjusted to it)'],
  ['life_events_s29_pregnancy_holdout.tsv', 'session-29 event (pregnancy_news), held-out set (measured once, after the rule was fixed)'],
  ['life_events_s30_others_loss.tsv', "session-30 event (others_loss: someone else's family's death), first set (the rule was adjusted to it)"],
  ['life_events_s30_others_loss_holdout.tsv', 'session-30 event (others_loss), held-out set (measured once at 31/40 and 0/60, then the rule was widened)'],
  ['life_events_s31_holdout.tsv', 'session-31 events (gambling, military_hazing, wage_theft, eating_restriction), held-out set (measured once at 17/40 and 2/60, then the rules were widened)'],
] as const) {
  const s = lifeEventScores(readLifeEventProbes(path.join(REPO_ROOT, 'data', 'eval', file)));
  console.log(`${file}, ${what}:`);
  console.log(`  events found: ${s.found} of ${s.events} (${pct(s.found, s.events)}); read as another event: ${s.wrongEvent}`);
  console.log(`  false alarms: ${s.falseAlarms} of ${s.none} look-alikes (${pct(s.falseAlarms, s.none)})`);
  console.log(`  by event: ${Object.entries(s.byEvent).map(([e, r]) => `${e} ${r.found}/${r.lines}`).join(', ')}`);
  if (verbose) for (const m of s.misses) console.log(`  MISS ${m.event} → ${m.got ?? '-'}\t${m.text}`);
}

let examples = 0;
let taken = 0;
for (const it of loadCorpus().intents) {
  for (const text of [...it.examples, ...it.heldout]) {
    examples++;
    const e = detectLifeEvent(text);
    if (e && !e.fits.includes(it.id)) {
      taken++;
      if (verbose) console.log(`  TAKEN ${e.id} ← ${it.id}\t${text}`);
    }
  }
}
console.log(`intent corpus: ${taken} of ${examples} examples read as a life event their intent does not fit (${pct(taken, examples)})`);
