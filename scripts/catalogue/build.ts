/**
 * npm run build:catalogue -- --lyrics FILE.csv [--model DIR] [--out data/songs.json] [--dtype q8|fp32]
 *
 * Reads a CSV with the columns Songs_title ("Artist - Title"), lyrics, link (YouTube), and
 * writes the song catalogue: data/songs.json (metadata, emotion vectors, dominant emotion) and
 * data/songs.bin (int8 lyric embeddings) beside it. Lyrics are analysed in memory and never
 * written anywhere. Malformed rows are repaired or dropped and duplicates merged; the report
 * goes to stderr. Uses the shipped model (models/maum-mini) unless --model says otherwise;
 * its version is recorded so a stale catalogue fails the tests.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { aggregateAnalyses } from '../../src/ml/encoder';
import { EMOTION_KO, EMOTIONS, mixToArray } from '../../src/ml/emotions';
import { loadNodeEncoder, REPO_ROOT } from '../../src/ml/node';
import { parseCatalogue } from '../../src/recommend/catalogue';
import { parseArgs, stringFlag } from '../lib/args';
import { cleanRows, type CleanReport } from './clean';
import { parseCsv } from './csv';
import { serialiseCatalogue, type AnalysedSong } from './encode';
import { romanceScore } from './romance';
import { lyricPieces } from './stanzas';

const USAGE =
  'usage: npm run build:catalogue -- --lyrics FILE.csv [--model DIR] [--out data/songs.json] [--dtype q8|fp32]';

function printReport(report: CleanReport, kept: number): void {
  const err = (s: string) => process.stderr.write(s + '\n');
  err(`rows read: ${report.rows}; songs kept: ${kept}; dropped: ${report.dropped.length}; duplicates merged: ${report.merged.length}`);
  const byReason = new Map<string, number>();
  for (const d of report.dropped) byReason.set(d.reason, (byReason.get(d.reason) ?? 0) + 1);
  for (const [reason, n] of byReason) err(`  dropped (${reason}): ${n}`);
  for (const d of report.dropped) err(`    line ${d.line}: ${JSON.stringify(d.title)} — ${d.reason}`);
  const byRepair = new Map<string, number>();
  for (const r of report.repaired) {
    const key = r.what.replace(/^\d+ /, 'N ');
    byRepair.set(key, (byRepair.get(key) ?? 0) + 1);
  }
  for (const [what, n] of byRepair) err(`  repaired (${what}): ${n} row(s)`);
  for (const r of report.repaired) err(`    line ${r.line}: ${JSON.stringify(r.title)} — ${r.what}`);
  for (const m of report.merged) err(`  merged: line ${m.line} ${JSON.stringify(m.title)} into line ${m.intoLine}`);
  for (const v of report.sharedVideo) err(`  note: ${v.titles.map((t) => JSON.stringify(t)).join(' and ')} share video ${v.videoId}`);
}

async function main(): Promise<number> {
  const { flags } = parseArgs(process.argv.slice(2));
  const csvPath = stringFlag(flags, 'lyrics');
  if (!csvPath) {
    process.stderr.write(`build:catalogue: --lyrics is required\n${USAGE}\n`);
    return 2;
  }
  const out = path.resolve(stringFlag(flags, 'out') ?? path.join(REPO_ROOT, 'data', 'songs.json'));
  if (!out.endsWith('.json')) {
    process.stderr.write(`build:catalogue: --out must name a .json file\n${USAGE}\n`);
    return 2;
  }
  const binPath = out.replace(/\.json$/, '.bin');
  const modelDir = stringFlag(flags, 'model');
  const dtype = stringFlag(flags, 'dtype') === 'fp32' ? 'fp32' : 'q8';
  const started = Date.now();

  const { songs: clean, report } = await cleanRows(parseCsv(await readFile(csvPath, 'utf8')));
  printReport(report, clean.length);
  if (clean.length === 0) {
    process.stderr.write('build:catalogue: no usable songs in the CSV\n');
    return 1;
  }

  const encoder = await loadNodeEncoder({ dir: modelDir ? path.resolve(modelDir) : undefined, dtype });
  process.stderr.write(`model: ${encoder.info.modelId} ${encoder.info.version} (${dtype}, dim ${encoder.info.embeddingDim})\n`);
  const pieces = clean.map((s) => lyricPieces(s.lyrics));
  const flat = pieces.flat();
  process.stderr.write(`analysing ${flat.length} stanzas of ${clean.length} songs…\n`);
  const analyses = await encoder.analyze(flat);
  await encoder.dispose();

  const analysed: AnalysedSong[] = [];
  let at = 0;
  clean.forEach((s, i) => {
    const parts = analyses.slice(at, at + pieces[i]!.length);
    at += pieces[i]!.length;
    const agg = aggregateAnalyses(parts, '');
    analysed.push({
      id: s.id,
      artist: s.artist,
      title: s.title,
      videoId: s.videoId,
      probabilities: mixToArray(agg.emotions),
      embedding: agg.embedding,
      romance: romanceScore(s.lyrics),
    });
  });

  const { json, bin } = serialiseCatalogue({
    modelVersion: encoder.info.version,
    binFile: path.basename(binPath),
    songs: analysed,
  });
  const catalogue = parseCatalogue(json, bin); // the app's own parser must accept what we write
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, json);
  await writeFile(binPath, bin);

  const dominant = new Map<string, number>();
  for (const s of catalogue.songs) dominant.set(s.dominant, (dominant.get(s.dominant) ?? 0) + 1);
  const spread = EMOTIONS.filter((id) => dominant.has(id))
    .map((id) => `${EMOTION_KO[id]} ${dominant.get(id)}`)
    .join(', ');
  process.stderr.write(
    `wrote ${path.relative(process.cwd(), out)} (${json.length} bytes) and ${path.relative(process.cwd(), binPath)} ` +
      `(${bin.length} bytes): ${catalogue.songs.length} songs, model ${catalogue.modelVersion}, ` +
      `dominant emotions: ${spread}; ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`build:catalogue: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
