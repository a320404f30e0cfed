/**
 * The song catalogue the recommender ranks: types, the one parser shared by the browser
 * (fetch) and Node (files), song ids, and the small vector helpers.
 *
 * On disk (built by `npm run build:catalogue`, see src/recommend/README.md):
 *   data/songs.json  metadata, 7-emotion vector (4 decimals), dominant emotion, YouTube id,
 *                    a love-song score (`romance`, session 41), and for the lyric embedding a row
 *                    number and an int8 scale;
 *   data/songs.bin   the lyric embeddings, int8, row-major: row r is bytes [r*dim, (r+1)*dim),
 *                    value = int8 * songs[i].embeddingScale (then re-normalised to length 1).
 * No lyric text or excerpt is ever stored.
 */
import { EMOTIONS, mixFromArray, type EmotionId, type EmotionMix } from '../ml/emotions';

export const CATALOGUE_FORMAT = 1;

/** One song as the recommender sees it (embedding de-quantised and unit length). */
export interface Song {
  id: string;
  artist: string;
  title: string;
  videoId: string;
  link: string;
  emotions: EmotionMix;
  /** The same seven probabilities as a vector in EMOTIONS order. */
  vector: Float64Array;
  dominant: EmotionId;
  embedding: Float32Array;
  /**
   * Session 41: how much the lyric is about romantic love, 0..1 (scripts/catalogue/romance.ts, computed at
   * build time; 0 for a catalogue built before it). The similar list demotes love songs when the talk is
   * clearly about something else (romance.ts).
   */
  romance: number;
  /** Normalised artist names (aliases in parentheses and featured artists split out). */
  artistKeys: string[];
}

export interface Catalogue {
  modelVersion: string;
  embeddingDim: number;
  songs: Song[];
  byId: Map<string, Song>;
}

/** The JSON file's shape (what build.ts writes). */
export interface CatalogueFileSong {
  id: string;
  artist: string;
  title: string;
  videoId: string;
  link: string;
  emotions: number[];
  dominant: EmotionId;
  embeddingRow: number;
  embeddingScale: number;
  /** Session 41: love-song score 0..1 (optional: older catalogues lack it). */
  romance?: number;
}

export interface CatalogueFile {
  format: number;
  modelVersion: string;
  emotions: string[];
  /** How the lyric vectors were made (a short human note). */
  method?: string;
  embedding: { file: string; dim: number; dtype: 'int8' };
  songs: CatalogueFileSong[];
}

/** Stable song id: "s" + 10 hex of sha1("artist - title"), NFC, lower-cased, spaces collapsed. */
export async function songIdOf(artist: string, title: string): Promise<string> {
  const key = songKey(artist, title);
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(key));
  return 's' + [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, 10);
}

export function songKey(artist: string, title: string): string {
  return `${artist} - ${title}`.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function youtubeLink(videoId: string): string {
  return `https://www.youtube.com/watch?v=${videoId}`;
}

export const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
/** The embedding file is named in songs.json and must sit beside it. */
export const EMBEDDING_FILE = /^[\w.-]+\.bin$/;

/**
 * Names an artist string stands for, for "no artist twice": "AKMU (악뮤)" → akmu, 악뮤;
 * "정인, 윤종신" → 정인, 윤종신. "Dan + Shay" stays one name.
 */
export function artistKeys(artist: string): string[] {
  const names = new Set<string>();
  const text = artist.normalize('NFC').toLowerCase();
  const aliases = [...text.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '');
  const main = text.replace(/\([^)]*\)/g, ' ');
  for (const part of [main, ...aliases]) {
    for (const name of part.split(/,|&|\bfeat\.|\bft\.|\s+x\s+/)) {
      const n = name.replace(/\s+/g, ' ').trim();
      if (n) names.add(n);
    }
  }
  return names.size ? [...names] : [text.trim()];
}

export function sharesArtist(a: Song, b: Song): boolean {
  return a.artistKeys.some((k) => b.artistKeys.includes(k));
}

export class CatalogueError extends Error {
  override name = 'CatalogueError';
}

/**
 * Parse data/songs.json (already JSON-decoded or as text) and the bytes of data/songs.bin.
 * Used by the app (after fetch) and by Node (after readFile). Throws CatalogueError.
 */
export function parseCatalogue(json: unknown, binBytes: ArrayBuffer | ArrayBufferView): Catalogue {
  const file = (typeof json === 'string' ? JSON.parse(json) : json) as Partial<CatalogueFile> | null;
  const fail = (msg: string): never => {
    throw new CatalogueError(`song catalogue: ${msg}`);
  };
  if (!file || typeof file !== 'object') fail('not a JSON object');
  const f = file as Partial<CatalogueFile>;
  if (f.format !== CATALOGUE_FORMAT) fail(`unsupported format ${String(f.format)} (expected ${CATALOGUE_FORMAT})`);
  if (typeof f.modelVersion !== 'string' || !f.modelVersion) fail('missing modelVersion');
  if (!Array.isArray(f.emotions) || f.emotions.join() !== EMOTIONS.join()) fail('emotions are not the seven ids in order');
  const dim = f.embedding?.dim;
  if (f.embedding?.dtype !== 'int8' || typeof dim !== 'number' || !Number.isInteger(dim) || dim <= 0) {
    fail('embedding must be {dtype: "int8", dim > 0}');
  }
  if (!Array.isArray(f.songs) || f.songs.length === 0) fail('no songs');
  const bytes =
    binBytes instanceof ArrayBuffer
      ? new Int8Array(binBytes)
      : new Int8Array(binBytes.buffer, binBytes.byteOffset, binBytes.byteLength);
  const d = dim as number;
  const rows = bytes.length / d;
  if (!Number.isInteger(rows)) fail(`embedding file is ${bytes.length} bytes, not a multiple of dim ${d}`);

  const songs: Song[] = [];
  const byId = new Map<string, Song>();
  for (const [i, s] of (f.songs as CatalogueFileSong[]).entries()) {
    const where = `songs[${i}]`;
    if (!s || typeof s.id !== 'string' || !/^s[0-9a-f]{10}$/.test(s.id)) fail(`${where}: bad id`);
    if (byId.has(s.id)) fail(`${where}: duplicate id ${s.id}`);
    if (typeof s.artist !== 'string' || typeof s.title !== 'string' || !s.artist || !s.title) fail(`${where}: artist/title`);
    if (typeof s.videoId !== 'string' || !VIDEO_ID.test(s.videoId)) fail(`${where}: bad videoId`);
    if (!Array.isArray(s.emotions) || s.emotions.length !== EMOTIONS.length || s.emotions.some((x) => typeof x !== 'number' || !(x >= 0))) {
      fail(`${where}: emotions must be ${EMOTIONS.length} probabilities`);
    }
    const total = s.emotions.reduce((a, b) => a + b, 0);
    if (Math.abs(total - 1) > 1e-3) fail(`${where}: emotions sum to ${total}`);
    const row = s.embeddingRow;
    if (!Number.isInteger(row) || row < 0 || row >= rows) fail(`${where}: embeddingRow ${row} outside songs.bin`);
    if (typeof s.embeddingScale !== 'number' || !(s.embeddingScale > 0)) fail(`${where}: embeddingScale`);
    if (s.romance !== undefined && (typeof s.romance !== 'number' || !(s.romance >= 0 && s.romance <= 1))) fail(`${where}: romance must be 0..1`);
    const vector = Float64Array.from(s.emotions, (x) => x / total);
    const embedding = new Float32Array(d);
    let norm = 0;
    for (let k = 0; k < d; k++) {
      const v = bytes[row * d + k]! * s.embeddingScale;
      embedding[k] = v;
      norm += v * v;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < d; k++) embedding[k]! /= norm;
    const song: Song = {
      id: s.id,
      artist: s.artist,
      title: s.title,
      videoId: s.videoId,
      link: youtubeLink(s.videoId),
      emotions: mixFromArray(vector),
      vector,
      dominant: EMOTIONS[argmax(vector)]!,
      embedding,
      romance: s.romance ?? 0,
      artistKeys: artistKeys(s.artist),
    };
    songs.push(song);
    byId.set(song.id, song);
  }
  return { modelVersion: f.modelVersion as string, embeddingDim: d, songs, byId };
}

/** Browser loader: `/data/songs.json` and the embedding file beside it. */
export async function fetchCatalogue(baseUrl = '/data/', fetcher: typeof fetch = fetch): Promise<Catalogue> {
  const base = baseUrl.endsWith('/') ? baseUrl : baseUrl + '/';
  const res = await fetcher(base + 'songs.json');
  if (!res.ok) throw new CatalogueError(`song catalogue: ${base}songs.json answered ${res.status}`);
  const json = (await res.json()) as CatalogueFile;
  const file = json.embedding?.file ?? 'songs.bin';
  if (!EMBEDDING_FILE.test(file)) throw new CatalogueError(`song catalogue: embedding file "${file}" must be a .bin name beside songs.json`);
  const bin = await fetcher(base + file);
  if (!bin.ok) throw new CatalogueError(`song catalogue: ${base}${file} answered ${bin.status}`);
  return parseCatalogue(json, await bin.arrayBuffer());
}

// --------------------
// Vector helpers.
// --------------------

export function argmax(v: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[best]!) best = i;
  return best;
}

/** Cosine similarity; 0 when either vector is all zeros or the lengths differ. */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  if (na === 0 || nb === 0) return 0;
  return dot / Math.sqrt(na * nb);
}

/** An EmotionMix or a 7-vector as a vector in EMOTIONS order (negatives clamped to 0). */
export function toVector(mix: EmotionMix | ArrayLike<number>): Float64Array {
  if (isArrayLike(mix)) return Float64Array.from({ length: EMOTIONS.length }, (_, i) => Math.max(0, Number(mix[i] ?? 0)));
  return Float64Array.from(EMOTIONS, (id) => Math.max(0, Number(mix[id] ?? 0)));
}

function isArrayLike(x: EmotionMix | ArrayLike<number>): x is ArrayLike<number> {
  return typeof (x as ArrayLike<number>).length === 'number';
}
