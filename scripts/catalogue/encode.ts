/** Turning analysed songs into data/songs.json + data/songs.bin (layout: src/recommend/catalogue.ts). */
import { EMOTIONS } from '../../src/ml/emotions';
import { argmax, CATALOGUE_FORMAT, youtubeLink, type CatalogueFile, type CatalogueFileSong } from '../../src/recommend/catalogue';

export const METHOD =
  'stanzas (blank lines, else 4-line groups, ≤160 chars) → Encoder.analyze → √length-weighted mean (aggregateAnalyses); romance: love-word density (romance.ts)';

export interface AnalysedSong {
  id: string;
  artist: string;
  title: string;
  videoId: string;
  /** Seven probabilities in EMOTIONS order. */
  probabilities: ArrayLike<number>;
  embedding: Float32Array;
  /** Session 41: love-song score 0..1 from the lyric (romance.ts); left out of the file when absent. */
  romance?: number;
}

/** Round to `decimals` places so that the rounded values still sum to exactly 1 (the remainder goes to the largest). */
export function roundProbabilities(p: ArrayLike<number>, decimals = 4): number[] {
  const unit = 10 ** decimals;
  const values = Array.from(p, (x) => Math.max(0, Number(x)));
  const total = values.reduce((a, b) => a + b, 0) || 1;
  const ints = values.map((x) => Math.round((x / total) * unit));
  const top = argmax(values);
  ints[top] = ints[top]! + (unit - ints.reduce((a, b) => a + b, 0));
  return ints.map((n) => n / unit);
}

/** Symmetric int8 quantisation with one scale per vector: value ≈ q × scale. */
export function quantise(v: Float32Array): { q: Int8Array; scale: number } {
  let max = 0;
  for (const x of v) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? Number((max / 127).toPrecision(6)) : 1;
  const q = new Int8Array(v.length);
  for (let i = 0; i < v.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(v[i]! / scale)));
  return { q, scale };
}

export function serialiseCatalogue(opts: {
  modelVersion: string;
  binFile: string;
  songs: AnalysedSong[];
}): { json: string; bin: Uint8Array<ArrayBuffer>; file: CatalogueFile } {
  const dim = opts.songs[0]?.embedding.length ?? 0;
  if (dim === 0) throw new Error('no songs to write');
  const bin = new Int8Array(opts.songs.length * dim);
  const songs: CatalogueFileSong[] = opts.songs.map((s, row) => {
    if (s.embedding.length !== dim) throw new Error(`${s.id}: embedding size ${s.embedding.length}, expected ${dim}`);
    const emotions = roundProbabilities(s.probabilities);
    const { q, scale } = quantise(s.embedding);
    bin.set(q, row * dim);
    return {
      id: s.id,
      artist: s.artist,
      title: s.title,
      videoId: s.videoId,
      link: youtubeLink(s.videoId),
      emotions,
      dominant: EMOTIONS[argmax(emotions)]!,
      embeddingRow: row,
      embeddingScale: scale,
      ...(s.romance !== undefined ? { romance: Math.round(Math.min(1, Math.max(0, s.romance)) * 1e4) / 1e4 } : {}),
    };
  });
  const file: CatalogueFile = {
    format: CATALOGUE_FORMAT,
    modelVersion: opts.modelVersion,
    emotions: [...EMOTIONS],
    method: METHOD,
    embedding: { file: opts.binFile, dim, dtype: 'int8' },
    songs,
  };
  // One song per line: small, readable diffs when the catalogue is rebuilt.
  const { songs: _songs, ...head } = file;
  const headJson = JSON.stringify(head, null, 2);
  const json =
    headJson.slice(0, -2) +
    ',\n  "songs": [\n' +
    songs.map((s) => '    ' + JSON.stringify(s)).join(',\n') +
    '\n  ]\n}\n';
  return { json, bin: new Uint8Array(bin.buffer), file };
}
