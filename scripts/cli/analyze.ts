/**
 * npm run --silent analyze -- --file F   (or lines on standard input) [--dtype fp32] [--model DIR]
 * One JSON object per input line, in order: text, seven emotion probabilities, top label
 * and the sentence embedding. Same encoder code as the app's worker.
 */
import path from 'node:path';
import { loadNodeEncoder } from '../../src/ml/node';
import { checkMessage, MAX_DIARY_CHARS } from '../../src/ml/text';
import { parseArgs, readLines, stringFlag } from '../lib/args';

const round = (x: number) => Math.round(x * 1e6) / 1e6;

async function main(): Promise<void> {
  const { flags } = parseArgs(process.argv.slice(2));
  const lines = await readLines(stringFlag(flags, 'file'));
  const dtype = stringFlag(flags, 'dtype') === 'fp32' ? 'fp32' : 'q8';
  const dir = stringFlag(flags, 'model');
  const encoder = await loadNodeEncoder({ dtype, ...(dir ? { dir: path.resolve(dir) } : {}) });
  for (const line of lines) {
    const check = checkMessage(line, MAX_DIARY_CHARS);
    if (!check.ok) {
      process.stdout.write(JSON.stringify({ text: line, error: check.error === 'empty' ? 'empty input' : check.message }) + '\n');
      continue;
    }
    // Long lines (a paragraph) are analysed piece by piece, like diary entries in the app.
    const a = check.text.length > 160 ? await encoder.analyzeLong(check.text) : (await encoder.analyze([check.text]))[0]!;
    const emotions = Object.fromEntries(Object.entries(a.emotions).map(([k, v]) => [k, round(v)]));
    process.stdout.write(
      JSON.stringify({ text: check.text, emotions, label: a.label, embedding: Array.from(a.embedding, round) }) + '\n',
    );
  }
  await encoder.dispose();
}

main().catch((err) => {
  console.error(`analyze: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
