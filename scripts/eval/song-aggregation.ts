/**
 * npm run --silent eval:song-aggregation -- --lyrics FILE.csv [--labels data/eval/song-moods.json]
 *
 * Session 41 (songs): ways to combine the classifier's readings of a song's stanzas into the song's
 * emotion vector, each compared with the hand labels (the figures of `npm run eval:song-moods`).
 * The lyrics are cut and analysed exactly as `npm run build:catalogue` does (cleanRows → lyricPieces →
 * Encoder.analyze, shipped model, q8), once; only the combination differs. Lyrics stay in memory.
 *
 *   current      √(piece length)-weighted mean of the probabilities (aggregateAnalyses, the catalogue's)
 *   once         the same, a repeated piece (a chorus) counted once
 *   confident    weight × the piece's top probability (sure readings count more)
 *   no-neutral   pieces whose reading is neutral-led left out (unless all are)
 *   sharpen T    each piece's probabilities raised to 1/T and renormalised before the mean (T = 0.5)
 *   vote         √length-weighted share of pieces each emotion leads (T → 0)
 *   prior        the mean divided by the classifier's mean reading over all the catalogue's pieces, renormalised
 *                (the lyric domain's base rate taken out, no labels used); 'prior ½' divides by its square root
 *
 * Then the pieces themselves: single lines, groups of 2, 3 or 8 lines instead of 4 (lyricPieces `cut`),
 * combined as 'current'. Each line also gives the paired count on the high-confidence songs against
 * 'current' (+ right where it was wrong / − wrong where it was right).
 *
 * Last, the love-song score (scripts/catalogue/romance.ts) in its three stages against the hand romance
 * flag, per labeller (the cues were chosen on labeller a's half and checked on b's): the first lexicon,
 * + the "you" cues (너를, 니가, 당신 …), + the comfort counter-cue (the catalogue's).
 */
import { readFile } from 'node:fs/promises';
import { EMOTIONS } from '../../src/ml/emotions';
import { loadNodeEncoder } from '../../src/ml/node';
import { argmax } from '../../src/recommend/catalogue';
import { parseArgs, stringFlag } from '../lib/args';
import { cleanRows } from '../catalogue/clean';
import { parseCsv } from '../catalogue/csv';
import { LOVE_SONG_MIN, romanceScore, type RomanceCues } from '../catalogue/romance';
import { lyricPieces } from '../catalogue/stanzas';
import { LABELS_PATH, loadLabels, moodFigures, moodLine, romanceFigures, romanceLine } from './song-labels';

interface Piece {
  text: string;
  p: number[];
}

type Combine = (pieces: Piece[], prior: number[]) => number[];

const weight = (x: Piece) => Math.sqrt(Math.max(1, x.text.length));

function mean(pieces: Piece[], w: (x: Piece) => number, p: (x: Piece) => number[] = (x) => x.p): number[] {
  const acc = EMOTIONS.map(() => 0);
  let total = 0;
  for (const x of pieces) {
    const wx = w(x);
    total += wx;
    p(x).forEach((v, k) => (acc[k]! += wx * v));
  }
  return acc.map((v) => v / (total || 1));
}

const normalise = (v: number[]) => {
  const s = v.reduce((a, b) => a + b, 0) || 1;
  return v.map((x) => x / s);
};

const sharpen = (t: number) => (x: Piece) => normalise(x.p.map((v) => v ** (1 / t)));

const NEUTRAL = EMOTIONS.indexOf('neutral');

export const COMBINERS: Record<string, Combine> = {
  current: (ps) => mean(ps, weight),
  once: (ps) => {
    const seen = new Set<string>();
    const unique = ps.filter((x) => {
      const key = x.text.replace(/\s+/g, ' ').trim();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return mean(unique, weight);
  },
  confident: (ps) => mean(ps, (x) => weight(x) * Math.max(...x.p)),
  'no-neutral': (ps) => {
    const kept = ps.filter((x) => argmax(x.p) !== NEUTRAL);
    return mean(kept.length ? kept : ps, weight);
  },
  'sharpen 0.5': (ps) => mean(ps, weight, sharpen(0.5)),
  vote: (ps) => mean(ps, weight, (x) => EMOTIONS.map((_, k) => (k === argmax(x.p) ? 1 : 0))),
  prior: (ps, prior) => normalise(mean(ps, weight).map((v, k) => v / prior[k]!)),
  'prior ½': (ps, prior) => normalise(mean(ps, weight).map((v, k) => v / Math.sqrt(prior[k]!))),
};

/** Other cuts of the lyric, each read by the classifier and combined as 'current'. */
const CUTS: Record<string, { linesPerGroup: number; maxPieceChars: number }> = {
  '1-line pieces': { linesPerGroup: 1, maxPieceChars: 160 },
  '2-line groups': { linesPerGroup: 2, maxPieceChars: 160 },
  '3-line groups': { linesPerGroup: 3, maxPieceChars: 160 },
  '8-line groups': { linesPerGroup: 8, maxPieceChars: 320 },
};

async function main(): Promise<void> {
  const { flags } = parseArgs(process.argv.slice(2));
  const csv = stringFlag(flags, 'lyrics');
  if (!csv) throw new Error('--lyrics FILE.csv is required');
  const labels = loadLabels(stringFlag(flags, 'labels') ?? LABELS_PATH);
  const { songs } = await cleanRows(parseCsv(await readFile(csv, 'utf8')));
  const encoder = await loadNodeEncoder({ dtype: 'q8' });
  const read = async (cut: Parameters<typeof lyricPieces>[1]) => {
    const parts = songs.map((s) => lyricPieces(s.lyrics, cut));
    const analyses = await encoder.analyze(parts.flat());
    const pieces = new Map<string, Piece[]>();
    let at = 0;
    songs.forEach((s, i) => {
      pieces.set(
        s.id,
        analyses.slice(at, at + parts[i]!.length).map((a) => ({ text: a.text, p: EMOTIONS.map((id) => a.emotions[id]) })),
      );
      at += parts[i]!.length;
    });
    return pieces;
  };
  // Against the catalogue's method, on the high-confidence songs: how many a method gets right that
  // 'current' gets wrong, and the reverse (a paired count: a gain of a few songs either way is noise).
  let baseline: Map<string, number[]> | null = null;
  const high = labels.filter((l) => l.confidence === 'high');
  const right = (v: Map<string, number[]>, id: string, mood: string) => EMOTIONS[argmax(v.get(id)!)] === mood;
  const report = (name: string, vectors: Map<string, number[]>) => {
    baseline ??= vectors;
    const spread: Record<string, number> = {};
    for (const v of vectors.values()) spread[EMOTIONS[argmax(v)]!] = (spread[EMOTIONS[argmax(v)]!] ?? 0) + 1;
    const fixed = high.filter((l) => right(vectors, l.id, l.mood) && !right(baseline!, l.id, l.mood)).length;
    const broken = high.filter((l) => !right(vectors, l.id, l.mood) && right(baseline!, l.id, l.mood)).length;
    console.log(`${name.padEnd(14)} ${moodLine(moodFigures(labels, vectors))}`);
    console.log(
      `${' '.repeat(15)}high-confidence vs current: +${fixed} / −${broken}; dominant: ` +
        EMOTIONS.filter((e) => spread[e]).map((e) => `${e} ${spread[e]}`).join(', '),
    );
  };
  const pieces = await read({});
  // The classifier's mean reading over every piece of the catalogue (for 'prior').
  const all = [...pieces.values()].flat();
  const prior = mean(all, () => 1);
  console.log(`${songs.length} songs, ${all.length} pieces; mean piece reading: ${EMOTIONS.map((e, k) => `${e} ${prior[k]!.toFixed(3)}`).join(', ')}`);
  for (const [name, combine] of Object.entries(COMBINERS)) report(name, new Map([...pieces].map(([id, ps]) => [id, combine(ps, prior)])));
  for (const [name, cut] of Object.entries(CUTS)) {
    const other = await read(cut);
    report(name, new Map([...other].map(([id, ps]) => [id, COMBINERS.current!(ps, prior)])));
  }
  await encoder.dispose();

  const stages: Record<string, RomanceCues> = {
    'first lexicon': { you: false, comfort: false },
    '+ you': { you: true, comfort: false },
    '+ comfort': { you: true, comfort: true },
  };
  console.log(`\nlove-song score vs hand romance, from ${LOVE_SONG_MIN}:`);
  for (const [name, cues] of Object.entries(stages)) {
    const scores = new Map(songs.map((x) => [x.id, romanceScore(x.lyrics, cues)]));
    for (const who of ['a', 'b'] as const) {
      console.log(`${name.padEnd(14)} labeller ${who}: ${romanceLine(romanceFigures(labels.filter((l) => l.labeller === who), scores, LOVE_SONG_MIN))}`);
    }
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`song-aggregation: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
