/**
 * npm run eval:long-talks [-- --verbose] — how a long conversation repeats itself. Runs the 17
 * conversations of data/eval/long_talks/ (13–21 user turns each, written in session 37 by a
 * helper who talked to the app as a user who stays a while) through the same engine as
 * `npm run chat` (seed 1), and counts, with long-memory.ts's reading of a question's shape:
 * - questions of a kind already asked twice in that conversation (the third and later ones),
 * - replies asking the same kind as the reply just before,
 * - replies opening a third time or more with «이야기해 줘서 고마워요» / «그랬군요 …»,
 * - replies given word for word earlier in the same conversation,
 * - (session 43) replies made of the stock lines (data/dialogue/reflections.json, followups.json)
 *   to a turn of RICH_LETTERS Hangul letters or more: a content-rich turn met with a generic line.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createNodeChat } from '../../src/chat/node';
import { REPO_ROOT } from '../../src/ml/node';
import { parseArgs } from '../lib/args';
import { countRepeats, type TalkCounts } from './long-talks-eval';

/** A turn this long names a situation, a person or a feeling that a reply can say back. */
const RICH_LETTERS = 15;

async function main(): Promise<void> {
  const { flags } = parseArgs(process.argv.slice(2));
  const verbose = flags.has('verbose');
  const dir = path.join(REPO_ROOT, 'data', 'eval', 'long_talks');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const { engine, encoder } = await createNodeChat({ seed: 1 });
  const dialogue = path.join(REPO_ROOT, 'data', 'dialogue');
  const pools = [JSON.parse(await readFile(path.join(dialogue, 'reflections.json'), 'utf8')), JSON.parse(await readFile(path.join(dialogue, 'followups.json'), 'utf8'))] as Array<Record<string, string[]>>;
  const stock = new Set(pools.flatMap((p) => Object.values(p).flat()));
  let rich = 0;
  let richStock = 0;
  const total: TalkCounts = { replies: 0, thirdKind: 0, sameKindInARow: 0, thirdOpening: 0, verbatim: 0 };
  for (const file of files) {
    const lines = (await readFile(path.join(dir, file), 'utf8')).split('\n').filter((l) => l.trim());
    let state = engine.newConversation();
    const replies: string[] = [];
    for (const line of lines) {
      const r = await engine.reply(state, line);
      state = r.state;
      replies.push(r.reply);
      if ((line.match(/[가-힣]/gu)?.length ?? 0) < RICH_LETTERS || r.kind !== 'followup') continue;
      rich++;
      if (r.reply.split(/(?<=[.?!…])\s+/u).some((s) => stock.has(s.trim()))) {
        richStock++;
        if (verbose) console.log(`  stock  ${file}: ${line} → ${r.reply}`);
      }
    }
    const c = countRepeats(replies);
    for (const k of Object.keys(total) as Array<keyof TalkCounts>) total[k] += c[k];
    if (verbose) console.log(`${file}: ${JSON.stringify(c)}`);
  }
  await encoder.dispose();
  console.log(`${files.length} conversations, ${total.replies} replies`);
  console.log(`  questions of a kind asked a third time or more: ${total.thirdKind}`);
  console.log(`  replies asking the kind the reply before asked: ${total.sameKindInARow}`);
  console.log(`  openings used a third time or more: ${total.thirdOpening}`);
  console.log(`  replies given word for word earlier in the conversation: ${total.verbatim}`);
  console.log(`  follow-ups to turns of ${RICH_LETTERS}+ letters made of stock lines: ${richStock} of ${rich}`);
}

void main();
