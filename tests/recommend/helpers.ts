/** A synthetic catalogue for unit tests: invented artists and titles, no lyrics anywhere. */
import { EMOTIONS, type EmotionId } from '../../src/ml/emotions';
import { parseCatalogue, songIdOf, type Catalogue } from '../../src/recommend/catalogue';
import { mulberry32 } from '../../src/recommend/rank';
import { serialiseCatalogue, type AnalysedSong } from '../../scripts/catalogue/encode';

export const DIM = 8;

export function unit(v: number[]): Float32Array {
  const n = Math.hypot(...v) || 1;
  return Float32Array.from(v, (x) => x / n);
}

/** A probability vector leaning on `lead` (weight `w`), the rest spread by the PRNG. */
export function leaning(lead: EmotionId, w: number, rand: () => number): number[] {
  const rest = EMOTIONS.map(() => rand() + 0.05);
  const i = EMOTIONS.indexOf(lead);
  rest[i] = 0;
  const sum = rest.reduce((a, b) => a + b, 0);
  return EMOTIONS.map((_, j) => (j === i ? w : ((1 - w) * rest[j]!) / sum));
}

export interface SpecSong {
  artist: string;
  title: string;
  probabilities: number[];
  embedding?: number[];
}

export async function makeCatalogue(specs: SpecSong[], modelVersion = 'test-model'): Promise<Catalogue> {
  const rand = mulberry32(7);
  const songs: AnalysedSong[] = [];
  for (const [i, s] of specs.entries()) {
    songs.push({
      id: await songIdOf(s.artist, s.title),
      artist: s.artist,
      title: s.title,
      videoId: `vid${String(i).padStart(8, '0')}`,
      probabilities: s.probabilities,
      embedding: unit(s.embedding ?? Array.from({ length: DIM }, () => rand() * 2 - 1)),
    });
  }
  const { json, bin } = serialiseCatalogue({ modelVersion, binFile: 'songs.bin', songs });
  return parseCatalogue(json, bin);
}

/** `n` songs by `artists` distinct artists, dominant emotions cycling through all seven. */
export async function syntheticCatalogue(n = 60, artists = 20): Promise<Catalogue> {
  const rand = mulberry32(42);
  const specs: SpecSong[] = [];
  for (let i = 0; i < n; i++) {
    const lead = EMOTIONS[i % EMOTIONS.length]!;
    specs.push({ artist: `가수${i % artists}`, title: `노래 ${i}`, probabilities: leaning(lead, 0.4 + 0.5 * rand(), rand) });
  }
  return makeCatalogue(specs);
}

/** The catalogue with every love-song score at 0: the session-41 love-song demotion off, to test another rule alone. */
export function withoutRomance(catalogue: Catalogue): Catalogue {
  const songs = catalogue.songs.map((s) => ({ ...s, romance: 0 }));
  return { ...catalogue, songs, byId: new Map(songs.map((s) => [s.id, s])) };
}
