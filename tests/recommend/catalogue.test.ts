/** Checks on the committed catalogue (data/songs.json + data/songs.bin). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../src/ml/emotions';
import { argmax, songIdOf, youtubeLink, type Catalogue, type CatalogueFile } from '../../src/recommend/catalogue';
import { loadCatalogueFromDisk } from '../../src/recommend/node';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const JSON_PATH = path.join(ROOT, 'data', 'songs.json');
const BIN_PATH = path.join(ROOT, 'data', 'songs.bin');
const MODEL_CONFIG = path.join(ROOT, 'models', 'maum-mini', 'config.json');
const SONG_KEYS = ['id', 'artist', 'title', 'videoId', 'link', 'emotions', 'dominant', 'embeddingRow', 'embeddingScale', 'romance'];

const raw = readFileSync(JSON_PATH, 'utf8');
const file = JSON.parse(raw) as CatalogueFile;
let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogueFromDisk();
});

function walk(value: unknown, visit: (key: string | null, v: unknown) => void, key: string | null = null): void {
  visit(key, value);
  if (Array.isArray(value)) value.forEach((v) => walk(v, visit, null));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, visit, k);
}

describe('committed song catalogue', () => {
  it('holds at least 200 songs with unique, stable ids', async () => {
    expect(file.songs.length).toBeGreaterThanOrEqual(200);
    expect(new Set(file.songs.map((s) => s.id)).size).toBe(file.songs.length);
    for (const s of file.songs) expect(s.id).toBe(await songIdOf(s.artist, s.title));
  });

  it('lists the seven emotions in order and gives every song 7 probabilities summing to 1', () => {
    expect(file.emotions).toEqual([...EMOTIONS]);
    for (const s of file.songs) {
      expect(s.emotions).toHaveLength(7);
      expect(s.emotions.every((p) => p >= 0 && p <= 1)).toBe(true);
      expect(Math.abs(s.emotions.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-3);
      expect(s.dominant).toBe(EMOTIONS[argmax(s.emotions)]);
    }
  });

  it('has a YouTube video and link for every song', () => {
    for (const s of file.songs) {
      expect(s.videoId).toMatch(/^[A-Za-z0-9_-]{11}$/);
      expect(s.link).toBe(youtubeLink(s.videoId));
    }
  });

  it('has a lyric embedding of the model’s dimension for every song, in a small binary file', () => {
    const config = JSON.parse(readFileSync(MODEL_CONFIG, 'utf8')) as { embedding_dim: number };
    expect(file.embedding).toEqual({ file: 'songs.bin', dim: config.embedding_dim, dtype: 'int8' });
    expect(statSync(BIN_PATH).size).toBe(file.songs.length * config.embedding_dim);
    expect(new Set(file.songs.map((s) => s.embeddingRow)).size).toBe(file.songs.length);
    expect(catalogue.songs).toHaveLength(file.songs.length);
    for (const s of catalogue.songs) {
      expect(s.embedding).toHaveLength(config.embedding_dim);
      expect(Math.hypot(...s.embedding)).toBeCloseTo(1, 4);
    }
    // Not every song the same vector.
    expect(new Set(catalogue.songs.map((s) => Array.from(s.embedding.slice(0, 4), (x) => x.toFixed(3)).join())).size).toBeGreaterThan(
      file.songs.length / 2,
    );
    expect(raw.length).toBeLessThan(200_000);
    expect(statSync(BIN_PATH).size).toBeLessThan(1_000_000);
  });

  it('contains no lyrics: only known keys, no long or multi-line strings', () => {
    walk(file, (key, v) => {
      expect(key === null ? '' : key.toLowerCase()).not.toMatch(/lyric|text|excerpt|stanza/);
      if (typeof v === 'string') {
        expect(v.length).toBeLessThanOrEqual(200);
        expect(v).not.toMatch(/\n/);
      }
    });
    for (const s of file.songs) expect(Object.keys(s).sort()).toEqual([...SONG_KEYS].sort());
    expect(Object.keys(file).sort()).toEqual(['embedding', 'emotions', 'format', 'method', 'modelVersion', 'songs']);
  });

  it('was built with the shipped model (fails when the catalogue is stale: rerun npm run build:catalogue)', () => {
    const config = JSON.parse(readFileSync(MODEL_CONFIG, 'utf8')) as { maum_version: string };
    expect(file.modelVersion, 'data/songs.json is stale: rebuild it with npm run build:catalogue').toBe(config.maum_version);
  });

  // Extra guard where the source CSV is around (it is not needed for the tests above).
  const csv = path.resolve(ROOT, '../shared/data/songs/lyrics_catalogue.csv');
  it.skipIf(!existsSync(csv))('shares no lyric line with the source CSV (titles aside)', async () => {
    const { parseCsv } = await import('../../scripts/catalogue/csv');
    const lines = new Set<string>();
    for (const rec of parseCsv(readFileSync(csv, 'utf8')).slice(1)) {
      for (const l of (rec.fields[1] ?? '').split('\n')) {
        const t = l.replace(/\s+/g, ' ').trim();
        if (t.length >= 12) lines.add(t);
      }
    }
    // Session 41: the hand labels' notes (data/eval/song-moods.json) are checked the same way.
    const labels = path.join(ROOT, 'data', 'eval', 'song-moods.json');
    const haystack = raw + Buffer.from(readFileSync(BIN_PATH)).toString('latin1') + (existsSync(labels) ? readFileSync(labels, 'utf8') : '');
    // A title is often also a line of its song: that is metadata, not a leak.
    const names = file.songs.flatMap((s) => [s.title, s.artist]);
    const leaked = [...lines].filter((l) => haystack.includes(l) && !names.some((n) => n.includes(l)));
    expect(leaked.length, 'lyric lines found in data/songs.* or data/eval/song-moods.json').toBe(0);
  });
});
