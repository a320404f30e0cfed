/**
 * npm run --silent recommend -- --text "…" [--k 5] [--seed N] [--model DIR] [--catalogue data/songs.json]
 *
 * Analyses the text with the shipped model and prints one JSON object:
 *   {"emotions": {…}, "similar": [{"id", "artist", "title", "link", "score", "reason"}], "shift": [ … ]}
 * using the same recommender as the app (src/recommend). Without --seed the seed is derived
 * from the text, so the same text gives the same lists; pass --seed to vary them.
 * Errors (empty or too long --text, bad --k) go to stderr with exit status 2.
 * --help (or -h) prints the usage on stdout and exits 0, before anything is checked or loaded.
 */
import { loadNodeEncoder } from '../../src/ml/node';
import { checkMessage, MAX_DIARY_CHARS } from '../../src/ml/text';
import { hashString } from '../../src/recommend/rank';
import { recommend, type Recommendation } from '../../src/recommend/recommend';
import { excludeForList } from '../../src/recommend/lists';
import { loadCatalogueFromDisk } from '../../src/recommend/node';
import { numberFlag, parseArgs, stringFlag } from '../lib/args';

const USAGE = 'usage: npm run --silent recommend -- --text "…" [--k 5] [--seed N] [--model DIR] [--catalogue FILE]';

const HELP = `${USAGE}

Analyses the text with the shipped model and prints one JSON object:
  {"emotions": {…}, "similar": [{"id", "artist", "title", "link", "score", "reason"}], "shift": […]}
  similar  songs whose mood is close to the text's (지금 내 감정과 비슷한 노래)
  shift    songs that gently shift the mood (기분을 바꿔 줄 노래); never one of the similar songs

  --text TEXT        what the user wrote (required)
  --k N              songs per list, 1 to 50 (default 5)
  --seed N           jitter seed; by default derived from the text (same text, same lists)
  --model DIR        model folder (default models/maum-mini)
  --catalogue FILE   catalogue JSON (default data/songs.json)
  --help, -h         this help
`;


const round = (x: number) => Math.round(x * 1e4) / 1e4;

class UsageError extends Error {}

function view(list: Recommendation[]) {
  return list.map((r) => ({
    id: r.song.id,
    artist: r.song.artist,
    title: r.song.title,
    link: r.song.link,
    score: round(r.score),
    reason: r.reason,
  }));
}

async function main(): Promise<void> {
  const { flags, rest } = parseArgs(process.argv.slice(2));
  // --help or -h as an option (not as the value of --text) prints the usage and exits 0.
  if (flags.has('help') || rest.includes('-h')) {
    process.stdout.write(HELP);
    return;
  }
  const raw = flags.get('text');
  const check = checkMessage(typeof raw === 'string' ? raw : '', MAX_DIARY_CHARS);
  if (!check.ok) throw new UsageError(check.error === 'empty' ? '--text is required and must not be empty' : check.message);
  let k: number;
  let seed: number;
  try {
    k = numberFlag(flags, 'k', 5);
    seed = numberFlag(flags, 'seed', hashString(check.text));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  if (!Number.isInteger(k) || k < 1 || k > 50) throw new UsageError(`--k must be a whole number from 1 to 50, got ${k}`);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed must be a whole number, got ${seed}`);

  const catalogue = await loadCatalogueFromDisk(stringFlag(flags, 'catalogue'));
  const model = stringFlag(flags, 'model');
  const encoder = await loadNodeEncoder(model ? { dir: model } : {});
  const a = check.text.length > 160 ? await encoder.analyzeLong(check.text) : (await encoder.analyze([check.text]))[0]!;
  await encoder.dispose();
  if (encoder.info.version !== catalogue.modelVersion) {
    process.stderr.write(
      `recommend: the catalogue was built with model ${catalogue.modelVersion}, the encoder is ${encoder.info.version}; ` +
        'lyric match is off (rebuild with npm run build:catalogue)\n',
    );
  }
  const common = { mix: a.emotions, k, seed };
  const similar = recommend(catalogue, { ...common, mode: 'similar', embedding: a.embedding, modelVersion: encoder.info.version });
  // The shift list leaves out the similar songs, as the app does (src/recommend/lists.ts).
  const shown = { similar: similar.map((r) => r.song.id), shift: [] as string[] };
  const shift = recommend(catalogue, { ...common, mode: 'shift', exclude: excludeForList('shift', 0, shown) });
  const emotions = Object.fromEntries(Object.entries(a.emotions).map(([id, v]) => [id, round(v)]));
  process.stdout.write(JSON.stringify({ emotions, similar: view(similar), shift: view(shift) }) + '\n');
}

main().catch((err: unknown) => {
  const usage = err instanceof UsageError;
  process.stderr.write(`recommend: ${err instanceof Error ? err.message : String(err)}\n${usage ? USAGE + '\n' : ''}`);
  process.exit(usage ? 2 : 1);
});
