/**
 * npm run --silent eval:long-text [-- --file data/eval/long-text-conversations.txt] [--json]
 *
 * Session 38 (mixfix): how a conversation joined into one long text is read, against the chat's
 * own per-turn mix (what the app's chart shows, src/chat/mix.ts). For each conversation:
 *   chat     the chat engine's mix after the last turn (scripts/cli/conversation-mood.ts)
 *   before   the joined text as `recommend --text` read it before session 38: whole when at most
 *            160 characters, else in pieces (below)
 *   pieces   the diary's reading before session 38 (the old analyzeLong): pieces of up to 160
 *            characters, several sentences each (splitIntoPieces), averaged by √length
 *            (aggregateAnalyses)
 *   after    the reading now, for the diary and `recommend --text` alike: sentence by sentence
 *            (Encoder.analyzeLong, src/ml/long-text.ts)
 * and prints, per reading, how many are one emotion (top ≥ 0.95) and how many agree with the
 * chat mix's lead emotion, and the mean L1 distance to the chat mix.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNodeChat } from '../../src/chat/node';
import { aggregateAnalyses } from '../../src/ml/encoder';
import { EMOTIONS, topEmotion, type EmotionMix } from '../../src/ml/emotions';
import { REPO_ROOT } from '../../src/ml/node';
import { cleanText, splitIntoPieces } from '../../src/ml/text';
import { conversationMood } from '../cli/conversation-mood';
import { parseArgs, stringFlag } from '../lib/args';

export const DEFAULT_FILE = path.join(REPO_ROOT, 'data', 'eval', 'long-text-conversations.txt');
export const ONE_EMOTION = 0.95;

export interface NamedConversation {
  name: string;
  turns: string[];
}

/** Conversations separated by '---' lines; '## NAME' names one; other '#' lines are comments. */
export function parseConversations(text: string): NamedConversation[] {
  const out: NamedConversation[] = [];
  for (const block of text.split(/^---\s*$/mu)) {
    let name = '';
    const turns: string[] = [];
    for (const line of block.split(/\r?\n/u)) {
      const t = line.trim();
      if (t.startsWith('## ')) name = t.slice(3).trim();
      else if (t && !t.startsWith('#')) turns.push(t);
    }
    if (turns.length) out.push({ name: name || `conversation ${out.length + 1}`, turns });
  }
  return out;
}

const top = (m: EmotionMix) => m[topEmotion(m)];
const l1 = (a: EmotionMix, b: EmotionMix) => EMOTIONS.reduce((s, id) => s + Math.abs(a[id] - b[id]), 0);
const show = (m: EmotionMix) =>
  [...EMOTIONS].sort((x, y) => m[y] - m[x]).slice(0, 3).map((id) => `${id} ${Math.round(m[id] * 100)}`).join(', ');

async function main(): Promise<void> {
  const { flags } = parseArgs(process.argv.slice(2));
  const file = stringFlag(flags, 'file') ?? DEFAULT_FILE;
  const conversations = parseConversations(readFileSync(file, 'utf8'));
  const { engine, encoder } = await createNodeChat({ seed: 1 });
  const readings = ['before', 'pieces', 'after'] as const;
  const tally = Object.fromEntries(readings.map((r) => [r, { one: 0, agree: 0, l1: 0 }])) as Record<(typeof readings)[number], { one: number; agree: number; l1: number }>;
  const rows: unknown[] = [];
  for (const c of conversations) {
    const chat = (await conversationMood(engine, c.turns)).mix;
    const text = cleanText(c.turns.join(' '));
    const whole = text.length <= 160 ? (await encoder.analyze([text]))[0]!.emotions : null;
    const pieces = aggregateAnalyses(await encoder.analyze(splitIntoPieces(text)), text).emotions;
    const before = whole ?? pieces;
    const after = (await encoder.analyzeLong(text)).emotions;
    const mixes = { before, pieces, after };
    for (const r of readings) {
      if (top(mixes[r]) >= ONE_EMOTION) tally[r].one += 1;
      if (topEmotion(mixes[r]) === topEmotion(chat)) tally[r].agree += 1;
      tally[r].l1 += l1(mixes[r], chat);
    }
    rows.push({ name: c.name, chat: show(chat), before: show(before), pieces: show(pieces), after: show(after) });
    if (!flags.has('json')) {
      process.stdout.write(`${c.name}\n  chat   ${show(chat)}\n  before ${show(before)}\n  pieces ${show(pieces)}\n  after  ${show(after)}\n`);
    }
  }
  await encoder.dispose();
  const n = conversations.length;
  const summary = Object.fromEntries(
    readings.map((r) => [r, { oneEmotion: tally[r].one, agreeWithChat: tally[r].agree, meanL1: Math.round((tally[r].l1 / n) * 1000) / 1000 }]),
  );
  if (flags.has('json')) process.stdout.write(JSON.stringify({ conversations: n, summary, rows }) + '\n');
  else {
    process.stdout.write(`\n${n} conversations, each joined into one text (one emotion: top >= ${ONE_EMOTION}; agree: same lead emotion as the chat mix)\n`);
    for (const r of readings) {
      const s = summary[r]!;
      process.stdout.write(`  ${r.padEnd(7)} one emotion ${s.oneEmotion}/${n}   agree with chat ${s.agreeWithChat}/${n}   mean L1 to chat ${s.meanL1}\n`);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`eval:long-text: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
