/**
 * npm run --silent recommend -- --text "…" [--k 5] [--seed N] [--model DIR] [--catalogue data/songs.json]
 * npm run --silent recommend -- --file F   (a conversation: one user turn per line)
 *
 * Analyses the text with the shipped model and prints one JSON object:
 *   {"emotions": {…}, "similar": [{"id", "artist", "title", "link", "score", "reason"}], "shift": [ … ]}
 * using the same recommender as the app (src/recommend). Without --seed the seed is derived
 * from the text, so the same text gives the same lists; pass --seed to vary them.
 * --file (session 38): each turn goes through the chat engine as in the app and the songs come
 * from the chat's own conversation mix (scripts/cli/conversation-mood.ts), so CLI and app agree.
 * --text is read sentence by sentence, like a diary entry (Encoder.analyzeLong, src/ml/long-text.ts);
 * before session 38 a text of up to 160 characters was read whole, several sentences as one.
 * Errors (empty or too long --text, bad --k) go to stderr with exit status 2.
 * --help (or -h) prints the usage on stdout and exits 0, before anything is checked or loaded.
 */
import { createNodeChat } from '../../src/chat/node';
import type { EmotionMix } from '../../src/ml/emotions';
import { loadNodeEncoder } from '../../src/ml/node';
import { checkMessage, MAX_DIARY_CHARS } from '../../src/ml/text';
import { hashString } from '../../src/recommend/rank';
import { recommend, type Recommendation } from '../../src/recommend/recommend';
import { excludeForList } from '../../src/recommend/lists';
import { loadCatalogueFromDisk } from '../../src/recommend/node';
import { numberFlag, parseArgs, readLines, stringFlag } from '../lib/args';
import { conversationMood, conversationTurns } from './conversation-mood';

const USAGE =
  'usage: npm run --silent recommend -- --text "…" [--k 5] [--seed N] [--artist NAME] [--model DIR] [--catalogue FILE]\n' +
  '       npm run --silent recommend -- --file F [--k 5] [--seed N] [--artist NAME] [--model DIR] [--catalogue FILE]';

const HELP = `${USAGE}

Analyses the text with the shipped model and prints one JSON object:
  {"emotions": {…}, "similar": [{"id", "artist", "title", "link", "score", "reason"}], "shift": […]}
  similar  songs whose mood is close to the text's (지금 내 감정과 비슷한 노래)
  shift    songs that gently shift the mood (기분을 바꿔 줄 노래); never one of the similar songs

  --text TEXT        what the user wrote, read as one text the way the diary reads an entry:
                     sentence by sentence (also where no punctuation ends one: "오늘 깨졌어
                     팀장이 소리 질렀어"), mixed by sentence length
  --file F           a conversation instead: one user turn per line. Each turn goes through the
                     chat engine as in the app, and the songs come from the chat's own
                     conversation mix (each turn's emotions, longer and later turns weighing more,
                     short greetings and song requests left out), so the CLI and the app agree.
                     Give --text or --file, not both.
  --k N              songs per list, 1 to 50 (default 5)
  --seed N           jitter seed; by default derived from the text (same text, same lists)
  --artist NAME      only this singer's songs (any spelling in the catalogue; none there: no filter)
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
  const file = stringFlag(flags, 'file');
  if (file !== undefined && flags.has('text')) throw new UsageError('give --text or --file, not both');
  let turns: string[] | null = null;
  let raw = flags.get('text');
  if (file !== undefined) {
    turns = conversationTurns(await readLines(file));
    if (turns.length === 0) throw new UsageError(`--file ${file} has no turns`);
    raw = turns.join(' ');
  }
  const check = checkMessage(typeof raw === 'string' ? raw : '', MAX_DIARY_CHARS);
  if (!check.ok) throw new UsageError(check.error === 'empty' ? '--text is required (or --file F) and must not be empty' : check.message);
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
  let mix: EmotionMix;
  let embedding: Float32Array | null;
  let version: string;
  if (turns) {
    const { engine, encoder } = await createNodeChat({ ...(model ? { modelDir: model } : {}), seed: 1 });
    ({ mix, embedding } = await conversationMood(engine, turns));
    version = encoder.info.version;
    await encoder.dispose();
  } else {
    const encoder = await loadNodeEncoder(model ? { dir: model } : {});
    // Sentence by sentence, like a diary entry (one sentence reads as before): the model reads single utterances.
    ({ emotions: mix, embedding } = await encoder.analyzeLong(check.text));
    version = encoder.info.version;
    await encoder.dispose();
  }
  if (version !== catalogue.modelVersion) {
    process.stderr.write(
      `recommend: the catalogue was built with model ${catalogue.modelVersion}, the encoder is ${version}; ` +
        'lyric match is off (rebuild with npm run build:catalogue)\n',
    );
  }
  const artist = stringFlag(flags, 'artist');
  const common = { mix, k, seed, texts: turns ?? [check.text], ...(artist ? { artist } : {}) };
  const similar = recommend(catalogue, { ...common, mode: 'similar', embedding, modelVersion: version });
  // The shift list leaves out the similar songs, as the app does (src/recommend/lists.ts).
  const shown = { similar: similar.map((r) => r.song.id), shift: [] as string[] };
  const shift = recommend(catalogue, { ...common, mode: 'shift', exclude: excludeForList('shift', 0, shown) });
  const emotions = Object.fromEntries(Object.entries(mix).map(([id, v]) => [id, round(v)]));
  process.stdout.write(JSON.stringify({ emotions, similar: view(similar), shift: view(shift) }) + '\n');
}

main().catch((err: unknown) => {
  const usage = err instanceof UsageError;
  process.stderr.write(`recommend: ${err instanceof Error ? err.message : String(err)}\n${usage ? USAGE + '\n' : ''}`);
  process.exit(usage ? 2 : 1);
});
