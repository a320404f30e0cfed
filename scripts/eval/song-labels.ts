/**
 * Session 41 (songs): the hand labels of the catalogue's songs (data/eval/song-moods.json) and the
 * figures that compare the catalogue with them. Used by `npm run eval:song-moods` (the committed
 * catalogue, as the app loads it) and `scripts/eval/song-aggregation.ts` (other ways to combine the
 * classifier's stanza readings). The labels are a reference to measure against, never an input to
 * the catalogue: its vectors come from the classifier alone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EMOTIONS, type EmotionId } from '../../src/ml/emotions';
import { REPO_ROOT } from '../../src/ml/node';
import { argmax } from '../../src/recommend/catalogue';

export const LABELS_PATH = path.join(REPO_ROOT, 'data', 'eval', 'song-moods.json');

export interface SongLabel {
  id: string;
  artist: string;
  title: string;
  /** Which of the two labellers read it (half the songs each). */
  labeller: 'a' | 'b';
  /** The one emotion a listener finds the song expresses. */
  mood: EmotionId;
  /** The next strongest, or null. */
  second: EmotionId | null;
  /** Mainly about romantic love, a crush or a break-up. */
  romance: boolean;
  /** Comfort or encouragement addressed to a listener having a hard time. */
  comfort: boolean;
  /** 'low' when the lyric is ambiguous (bright words over a sad story, mostly English, …). */
  confidence: 'high' | 'low';
  /** The labeller's own words, no lyric. */
  note?: string;
}

export interface LabelFile {
  about: string;
  songs: SongLabel[];
}

export function loadLabels(file = LABELS_PATH): SongLabel[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as LabelFile;
  for (const s of parsed.songs) {
    if (!EMOTIONS.includes(s.mood)) throw new Error(`${file}: ${s.id} has mood ${String(s.mood)}`);
    if (s.second !== null && !EMOTIONS.includes(s.second)) throw new Error(`${file}: ${s.id} has second ${String(s.second)}`);
  }
  return parsed.songs;
}

export interface MoodFigures {
  /** Songs labelled and found in the catalogue. */
  n: number;
  /** The catalogue's dominant emotion equals the hand mood. */
  agree: number;
  nHigh: number;
  agreeHigh: number;
  /** The catalogue's dominant emotion is the hand mood or the hand second. */
  agreeTop2: number;
  /** hand mood sadness, catalogue dominant joy — and the reverse. */
  sadAsJoy: number;
  joyAsSad: number;
  /** Mean probability the catalogue gives the hand mood (how far off a miss is). */
  meanHandShare: number;
  /** confusion[hand][catalogue] counts. */
  confusion: Record<EmotionId, Record<EmotionId, number>>;
}

/** Compare seven-emotion vectors (EMOTIONS order) with the hand moods. */
export function moodFigures(labels: readonly SongLabel[], vectors: ReadonlyMap<string, ArrayLike<number>>): MoodFigures {
  const confusion = Object.fromEntries(EMOTIONS.map((h) => [h, Object.fromEntries(EMOTIONS.map((c) => [c, 0]))])) as MoodFigures['confusion'];
  const f: MoodFigures = { n: 0, agree: 0, nHigh: 0, agreeHigh: 0, agreeTop2: 0, sadAsJoy: 0, joyAsSad: 0, meanHandShare: 0, confusion };
  let share = 0;
  for (const l of labels) {
    const v = vectors.get(l.id);
    if (!v) continue;
    const dominant = EMOTIONS[argmax(v)]!;
    f.n++;
    const ok = dominant === l.mood;
    if (ok) f.agree++;
    if (l.confidence === 'high') {
      f.nHigh++;
      if (ok) f.agreeHigh++;
    }
    if (ok || dominant === l.second) f.agreeTop2++;
    if (l.mood === 'sadness' && dominant === 'joy') f.sadAsJoy++;
    if (l.mood === 'joy' && dominant === 'sadness') f.joyAsSad++;
    const total = Array.from(v).reduce((a, b) => a + b, 0) || 1;
    share += v[EMOTIONS.indexOf(l.mood)]! / total;
    confusion[l.mood][dominant]++;
  }
  f.meanHandShare = f.n ? share / f.n : 0;
  return f;
}

const pct = (a: number, n: number) => (n ? `${((100 * a) / n).toFixed(1)}%` : '-');

/** One line of the mood figures, for comparing methods. */
export function moodLine(f: MoodFigures): string {
  return (
    `agree ${f.agree}/${f.n} (${pct(f.agree, f.n)}), high-confidence ${f.agreeHigh}/${f.nHigh} (${pct(f.agreeHigh, f.nHigh)}), ` +
    `top-2 ${f.agreeTop2}/${f.n} (${pct(f.agreeTop2, f.n)}), sad→joy ${f.sadAsJoy}, joy→sad ${f.joyAsSad}, hand-mood share ${f.meanHandShare.toFixed(3)}`
  );
}

/** The confusion table as text: rows hand mood, columns the catalogue's dominant emotion. */
export function confusionTable(f: MoodFigures): string {
  const head = ['hand \\ catalogue', ...EMOTIONS.map((e) => e.slice(0, 7)), 'total'];
  const rows = EMOTIONS.map((h) => {
    const cells = EMOTIONS.map((c) => f.confusion[h][c]);
    return [h, ...cells.map(String), String(cells.reduce((a, b) => a + b, 0))];
  });
  const totals = EMOTIONS.map((c) => EMOTIONS.reduce((n, h) => n + f.confusion[h][c], 0));
  rows.push(['total', ...totals.map(String), String(f.n)]);
  const width = head.map((_, i) => Math.max(...[head, ...rows].map((r) => r[i]!.length)));
  return [head, ...rows].map((r) => r.map((c, i) => (i === 0 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join('  ')).join('\n');
}

export interface RomanceFigures {
  n: number;
  handRomance: number;
  threshold: number;
  truePos: number;
  falsePos: number;
  falseNeg: number;
  trueNeg: number;
  /** Probability that a random hand love song scores above a random other song (ties count half). */
  auc: number;
}

/** Compare love-song scores (0..1) with the hand romance flag, calling a song a love song from `threshold`. */
export function romanceFigures(labels: readonly SongLabel[], scores: ReadonlyMap<string, number>, threshold: number): RomanceFigures {
  const f: RomanceFigures = { n: 0, handRomance: 0, threshold, truePos: 0, falsePos: 0, falseNeg: 0, trueNeg: 0, auc: 0 };
  const pos: number[] = [];
  const neg: number[] = [];
  for (const l of labels) {
    const s = scores.get(l.id);
    if (s === undefined) continue;
    f.n++;
    const called = s >= threshold;
    if (l.romance) {
      f.handRomance++;
      pos.push(s);
      if (called) f.truePos++;
      else f.falseNeg++;
    } else {
      neg.push(s);
      if (called) f.falsePos++;
      else f.trueNeg++;
    }
  }
  let wins = 0;
  for (const p of pos) for (const q of neg) wins += p > q ? 1 : p === q ? 0.5 : 0;
  f.auc = pos.length && neg.length ? wins / (pos.length * neg.length) : 0;
  return f;
}

export function romanceLine(f: RomanceFigures): string {
  const precision = f.truePos + f.falsePos ? f.truePos / (f.truePos + f.falsePos) : 0;
  const recall = f.truePos + f.falseNeg ? f.truePos / (f.truePos + f.falseNeg) : 0;
  return (
    `hand love songs ${f.handRomance}/${f.n}; score ≥ ${f.threshold}: ${f.truePos + f.falsePos} called, ` +
    `precision ${(100 * precision).toFixed(1)}%, recall ${(100 * recall).toFixed(1)}%, ` +
    `accuracy ${pct(f.truePos + f.trueNeg, f.n)}, hand love songs not called ${f.falseNeg}, others called ${f.falsePos}; AUC ${f.auc.toFixed(3)}`
  );
}
