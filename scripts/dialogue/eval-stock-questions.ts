/**
 * npm run eval:stock-questions [-- --seeds] [--verbose] — whether the stock questions remember what
 * was said (session 41, "stockq"). Plays the 40 conversations of data/eval/stock_talks.txt (one a
 * line, turns separated by |; written by session 41's tester) through the same engine as `npm run
 * chat`, each with seed 1 as the CLI runs them (--seeds: seed 1, 2, … one per conversation, as one
 * app session would), and counts:
 * - opener questions (long-memory.ts 'anything' / 'glad-anything': «요즘 마음에 걸리는 일은 없어요?»,
 *   «오늘 제일 좋았던 순간은 언제였어요?») asked after the first turn, once a story is under way,
 * - questions asked word for word a second time in a conversation, and "did you tell them" twice,
 * - one-word answers ("수학이요", "한 두 달 정도?") whose word the reply does not say back,
 * - the stock lines (data/dialogue/reflections.json and followups.json) said: how many different
 *   ones, and the most said.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { answerLength, answerWord } from '../../src/chat/answer-echo';
import { createChatEngine } from '../../src/chat/engine';
import { kindsAsked, questionKey, questionsOf } from '../../src/chat/long-memory';
import { createNodeChat } from '../../src/chat/node';
import { REPO_ROOT } from '../../src/ml/node';
import { parseArgs } from '../lib/args';

async function main(): Promise<void> {
  const { flags } = parseArgs(process.argv.slice(2));
  const verbose = flags.has('verbose');
  const talks = (await readFile(path.join(REPO_ROOT, 'data', 'eval', 'stock_talks.txt'), 'utf8')).split('\n').filter((l) => l.trim());
  const dialogue = path.join(REPO_ROOT, 'data', 'dialogue');
  const pools = [JSON.parse(await readFile(path.join(dialogue, 'reflections.json'), 'utf8')), JSON.parse(await readFile(path.join(dialogue, 'followups.json'), 'utf8'))] as Array<Record<string, string[]>>;
  const stock = new Set(pools.flatMap((p) => Object.values(p).flat()));
  const { encoder, index } = await createNodeChat({ seed: 1 });
  const c = { turns: 0, opener: 0, askedAgain: 0, toldThemTwice: 0, answers: 0, answersNotSaid: 0 };
  const said = new Map<string, number>();
  for (const [i, talk] of talks.entries()) {
    const engine = createChatEngine({ analyze: (t) => encoder.analyze(t), index, seed: flags.has('seeds') ? i + 1 : 1 });
    let state = engine.newConversation();
    const keys = new Set<string>();
    let toldThem = 0;
    let lastReply = '';
    for (const [turn, line] of talk.split('|').entries()) {
      const r = await engine.reply(state, line);
      state = r.state;
      c.turns++;
      const kinds = kindsAsked(r.reply);
      if (turn > 0 && kinds.some((k) => k === 'anything' || k === 'glad-anything')) {
        c.opener++;
        if (verbose) console.log(`opener  c${i + 1}.T${turn + 1} ${line} → ${r.reply}`);
      }
      toldThem += kinds.filter((k) => k === 'told-them').length;
      for (const q of questionsOf(r.reply).map(questionKey)) {
        if (keys.has(q)) c.askedAgain++;
        keys.add(q);
      }
      const word = turn > 0 ? (answerLength(line) ?? answerWord(line, lastReply)) : null;
      if (word && r.kind !== 'meta' && r.kind !== 'safety') {
        c.answers++;
        if (!r.reply.replace(/\s/gu, '').includes(word.replace(/\s/gu, ''))) {
          c.answersNotSaid++;
          if (verbose) console.log(`answer  c${i + 1}.T${turn + 1} ${line} → ${r.reply}`);
        }
      }
      for (const s of r.reply.split(/(?<=[.?!…])\s+/u)) if (stock.has(s.trim())) said.set(s.trim(), (said.get(s.trim()) ?? 0) + 1);
      lastReply = r.reply;
    }
    if (toldThem > 1) c.toldThemTwice++;
  }
  await encoder.dispose();
  const top = [...said.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
  console.log(`${talks.length} conversations, ${c.turns} turns (seed ${flags.has('seeds') ? '1…' + talks.length : 1})`);
  console.log(`  opener questions after the first turn: ${c.opener}`);
  console.log(`  questions asked word for word a second time: ${c.askedAgain}`);
  console.log(`  conversations asking "did you tell them" twice: ${c.toldThemTwice}`);
  console.log(`  one-word answers not said back: ${c.answersNotSaid} of ${c.answers}`);
  console.log(`  stock lines said: ${[...said.values()].reduce((a, b) => a + b, 0)}, ${said.size} different; most said: ${top.map(([s, n]) => `${n}× «${s}»`).join(', ')}`);
}

void main();
