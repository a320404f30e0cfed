/**
 * npm run chat                      interactive chat in the terminal (same engine as the app)
 * npm run --silent chat -- --jsonl  user messages on standard input (or --file F), one per line,
 *                                   as one conversation; one JSON object per message:
 *   {"user","reply","kind","intent","score","safety","gauge","emotions"} (+ "action" when set, and "songArtist" when the songs open for one singer)
 * Options: --reset-each (every line starts a new conversation), --seed N (reply choice; default
 * 1 in --jsonl mode so runs are reproducible), --gauge N (characters for a full gauge, default
 * 100), --model DIR, --index FILE.json.
 */
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createNodeChat } from '../../src/chat/node';
import { EMOTION_KO, EMOTIONS, type EmotionMix } from '../../src/ml/emotions';
import type { TurnResult } from '../../src/chat/types';
import { numberFlag, parseArgs, readLines, stringFlag } from '../lib/args';

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;
const roundMix = (m: EmotionMix) => Object.fromEntries(EMOTIONS.map((e) => [e, round(m[e])]));

export function toJsonl(user: string, r: TurnResult): string {
  return JSON.stringify({
    user,
    reply: r.reply,
    kind: r.kind,
    intent: r.intent,
    score: round(r.score),
    safety: r.safety,
    gauge: round(r.gauge),
    emotions: roundMix(r.emotions),
    ...(r.action ? { action: r.action } : {}),
    ...(r.action && r.songArtist ? { songArtist: r.songArtist } : {}),
  });
}

function gaugeBar(g: number): string {
  const n = Math.round(g * 10);
  return `[${'■'.repeat(n)}${'□'.repeat(10 - n)}] ${Math.floor(g * 100)}%`;
}

const HELP_BANNER =
  '⚠ 도움이 필요하면 지금 연락하세요: 자살예방상담전화 109 · 정신건강위기상담전화 1577-0199 · 긴급신고 112 · 여성긴급전화 1366';

async function main(): Promise<void> {
  const { flags } = parseArgs(process.argv.slice(2));
  const jsonl = flags.has('jsonl');
  const resetEach = flags.has('reset-each');
  const modelDir = stringFlag(flags, 'model');
  const indexFile = stringFlag(flags, 'index');
  const seed = flags.has('seed') ? numberFlag(flags, 'seed', 1) : jsonl ? 1 : undefined;
  const gaugeThreshold = numberFlag(flags, 'gauge', 100);
  const { engine, encoder } = await createNodeChat({
    ...(modelDir ? { modelDir: path.resolve(modelDir) } : {}),
    ...(indexFile ? { indexFile: path.resolve(indexFile) } : {}),
    ...(seed !== undefined ? { seed } : {}),
    gaugeThreshold,
  });

  if (jsonl) {
    const lines = await readLines(stringFlag(flags, 'file'));
    let state = engine.newConversation();
    for (const line of lines) {
      if (resetEach) state = engine.newConversation();
      const r = await engine.reply(state, line);
      state = r.state;
      process.stdout.write(toJsonl(line, r) + '\n');
    }
    await encoder.dispose();
    return;
  }

  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: '나 › ' });
  let state = engine.newConversation();
  console.log('음악 쉼표와 대화해요. 마음 가는 대로 적어 주세요. (/새대화: 새로 시작, /끝: 종료)');
  rl.prompt();
  for await (const line of rl) {
    const cmd = line.trim();
    if (cmd === '/끝' || cmd === '/quit' || cmd === '/exit') break;
    if (cmd === '/새대화' || cmd === '/reset') {
      state = engine.newConversation();
      console.log('— 새 대화를 시작해요 —');
      rl.prompt();
      continue;
    }
    const r = await engine.reply(state, line);
    state = r.state;
    console.log(`쉼표 › ${r.reply}`);
    const top = [...EMOTIONS].sort((a, b) => r.emotions[b] - r.emotions[a]).slice(0, 2);
    console.log(`       마음 게이지 ${gaugeBar(r.gauge)} · ${top.map((e) => `${EMOTION_KO[e]} ${Math.round(100 * r.emotions[e])}%`).join(', ')}`);
    if (r.action === 'open_recommendations') console.log('       ♪ (앱에서는 여기서 추천 노래 목록이 열려요)');
    if (r.banner) console.log(`       ${HELP_BANNER}`);
    rl.prompt();
  }
  rl.close();
  await encoder.dispose();
}

main().catch((err) => {
  console.error(`chat: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
