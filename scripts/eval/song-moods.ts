/**
 * npm run --silent eval:song-moods [-- --catalogue data/songs.json] [-- --labels FILE] [-- --misses] [-- --lists]
 *
 * Session 41 (songs): how well the catalogue's song readings match a human reading of the lyrics
 * (data/eval/song-moods.json: mood, second mood, romance, comfort, confidence per song, labelled by
 * hand in session 41). Loads the catalogue exactly as the app does (parseCatalogue via
 * loadCatalogueFromDisk) and prints:
 *
 *  - agreement of the catalogue's dominant emotion with the hand mood, over all songs and over the
 *    high-confidence ones; top-2 (dominant is the hand mood or the hand second); sad songs the
 *    catalogue calls joy and the reverse; the mean share the catalogue gives the hand mood;
 *  - the confusion table (rows: hand mood; columns: the catalogue's dominant emotion);
 *  - the love-song score (`romance`, scripts/catalogue/romance.ts) against the hand romance flag:
 *    precision and recall from LOVE_SONG_MIN, AUC;
 *  - with --misses: the hand love songs scored below LOVE_SONG_MIN and the other songs scored above it;
 *  - with --lists: the similar top 5s of TOPIC_STORIES, VARIETY_STORIES and SAME_MOOD_STORIES through
 *    the shipped model and recommender, with and without the love-song demotion (src/recommend/romance.ts):
 *    hand-labelled love songs and songs of comfort in the top 5s of stories about something else, of
 *    stories about love and of the rest, the mean mood cosine of those top 5s; and the love songs in the
 *    top 5s of TOPIC_STORIES's own 'other' stories (the ones tests/recommend/session41-songs.test.ts uses).
 */
import { EMOTIONS } from '../../src/ml/emotions';
import type { Catalogue } from '../../src/recommend/catalogue';
import { DEFAULT_CATALOGUE, loadCatalogueFromDisk } from '../../src/recommend/node';
import { hashString } from '../../src/recommend/rank';
import { recommend } from '../../src/recommend/recommend';
import { talkTopic } from '../../src/recommend/romance';
import { parseArgs, stringFlag } from '../lib/args';
import { LOVE_SONG_MIN } from '../catalogue/romance';
import { SAME_MOOD_STORIES, TOPIC_STORIES, VARIETY_STORIES } from '../catalogue/variety-stories';
import { confusionTable, LABELS_PATH, loadLabels, moodFigures, moodLine, romanceFigures, romanceLine, type SongLabel } from './song-labels';

function withoutRomance(catalogue: Catalogue): Catalogue {
  const songs = catalogue.songs.map((s) => ({ ...s, romance: 0 }));
  return { ...catalogue, songs, byId: new Map(songs.map((s) => [s.id, s])) };
}

async function lists(catalogue: Catalogue, labels: readonly SongLabel[]): Promise<void> {
  const { loadNodeEncoder } = await import('../../src/ml/node');
  const encoder = await loadNodeEncoder();
  const handLove = new Set(labels.filter((l) => l.romance).map((l) => l.id));
  const handComfort = new Set(labels.filter((l) => l.comfort).map((l) => l.id));
  const off = withoutRomance(catalogue);
  type Tally = { stories: number; loveOn: number; loveOff: number; comfortOn: number; comfortOff: number; moodOn: number; moodOff: number; changed: number };
  const tally: Record<'other' | 'love' | 'unclear', Tally> = {
    other: { stories: 0, loveOn: 0, loveOff: 0, comfortOn: 0, comfortOff: 0, moodOn: 0, moodOff: 0, changed: 0 },
    love: { stories: 0, loveOn: 0, loveOff: 0, comfortOn: 0, comfortOff: 0, moodOn: 0, moodOff: 0, changed: 0 },
    unclear: { stories: 0, loveOn: 0, loveOff: 0, comfortOn: 0, comfortOff: 0, moodOn: 0, moodOff: 0, changed: 0 },
  };
  const texts = [...TOPIC_STORIES, ...VARIETY_STORIES, ...SAME_MOOD_STORIES].map((s) => s.text);
  const topicOther = new Set(TOPIC_STORIES.filter((s) => s.tag === 'other').map((s) => s.text));
  const own = { stories: 0, on: 0, off: 0 };
  for (const text of [...new Set(texts)]) {
    const a = await encoder.analyzeLong(text);
    const q = { mix: a.emotions, embedding: a.embedding, modelVersion: encoder.info.version, k: 5, seed: hashString(text), mode: 'similar' as const, texts: [text] };
    const on = recommend(catalogue, q);
    const without = recommend(off, q);
    const t = tally[talkTopic([text]) ?? 'unclear'];
    t.stories++;
    t.loveOn += on.filter((r) => handLove.has(r.song.id)).length;
    t.loveOff += without.filter((r) => handLove.has(r.song.id)).length;
    t.comfortOn += on.filter((r) => handComfort.has(r.song.id)).length;
    t.comfortOff += without.filter((r) => handComfort.has(r.song.id)).length;
    t.moodOn += on.reduce((m, r) => m + r.parts.mood, 0) / Math.max(1, on.length);
    t.moodOff += without.reduce((m, r) => m + r.parts.mood, 0) / Math.max(1, without.length);
    if (on.map((r) => r.song.id).join() !== without.map((r) => r.song.id).join()) t.changed++;
    if (topicOther.has(text)) {
      own.stories++;
      own.on += on.filter((r) => handLove.has(r.song.id)).length;
      own.off += without.filter((r) => handLove.has(r.song.id)).length;
    }
  }
  await encoder.dispose();
  console.log('\nsimilar top 5s (hand-labelled love songs and songs of comfort; mean mood cosine), without → with the love-song demotion:');
  for (const [topic, t] of Object.entries(tally)) {
    if (t.stories === 0) continue;
    console.log(
      `  talk ${topic.padEnd(7)} ${String(t.stories).padStart(2)} stories: love songs ${t.loveOff} → ${t.loveOn} of ${5 * t.stories}, ` +
        `songs of comfort ${t.comfortOff} → ${t.comfortOn}; ` +
        `mood ${(t.moodOff / t.stories).toFixed(3)} → ${(t.moodOn / t.stories).toFixed(3)}; lists changed ${t.changed}`,
    );
  }
  console.log(`  TOPIC_STORIES about something else (${own.stories}): love songs ${own.off} → ${own.on} of ${5 * own.stories}`);
}

async function main(): Promise<void> {
  const { flags } = parseArgs(process.argv.slice(2));
  const catalogue = await loadCatalogueFromDisk(stringFlag(flags, 'catalogue') ?? DEFAULT_CATALOGUE);
  const labels = loadLabels(stringFlag(flags, 'labels') ?? LABELS_PATH);
  const missing = labels.filter((l) => !catalogue.byId.has(l.id));
  const unlabelled = catalogue.songs.filter((s) => !labels.some((l) => l.id === s.id));
  console.log(`catalogue ${catalogue.songs.length} songs (model ${catalogue.modelVersion}); hand labels ${labels.length}` +
    (missing.length ? `, ${missing.length} not in the catalogue` : '') + (unlabelled.length ? `, ${unlabelled.length} songs unlabelled` : ''));

  const hand: Record<string, number> = {};
  for (const l of labels) hand[l.mood] = (hand[l.mood] ?? 0) + 1;
  console.log(`hand moods: ${EMOTIONS.filter((e) => hand[e]).map((e) => `${e} ${hand[e]}`).join(', ')}; ` +
    `high confidence ${labels.filter((l) => l.confidence === 'high').length}, romance ${labels.filter((l) => l.romance).length}, comfort ${labels.filter((l) => l.comfort).length}`);

  const vectors = new Map(catalogue.songs.map((s) => [s.id, s.vector]));
  const f = moodFigures(labels, vectors);
  console.log(`\ndominant emotion vs hand mood: ${moodLine(f)}`);
  console.log(`\nconfusion (rows: hand mood, columns: catalogue dominant)\n${confusionTable(f)}`);

  const scores = new Map(catalogue.songs.map((s) => [s.id, s.romance]));
  console.log(`\nlove-song score vs hand romance: ${romanceLine(romanceFigures(labels, scores, LOVE_SONG_MIN))}`);

  if (flags.has('misses')) {
    const name = (id: string) => `${catalogue.byId.get(id)!.artist} 「${catalogue.byId.get(id)!.title}」 ${catalogue.byId.get(id)!.romance.toFixed(2)}`;
    const low = labels.filter((l) => l.romance && (scores.get(l.id) ?? 0) < LOVE_SONG_MIN).sort((a, b) => scores.get(a.id)! - scores.get(b.id)!);
    const high = labels.filter((l) => !l.romance && (scores.get(l.id) ?? 0) >= LOVE_SONG_MIN).sort((a, b) => scores.get(b.id)! - scores.get(a.id)!);
    console.log(`\nhand love songs scored below ${LOVE_SONG_MIN} (${low.length}): ${low.map((l) => name(l.id)).join(', ')}`);
    console.log(`other songs scored from ${LOVE_SONG_MIN} (${high.length}): ${high.map((l) => name(l.id) + (l.comfort ? ' (comfort)' : '')).join(', ')}`);
  }
  if (flags.has('lists')) await lists(catalogue, labels);
}

main().catch((err: unknown) => {
  process.stderr.write(`eval:song-moods: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
