/**
 * Does the lyric embedding carry a song's topic? Ranks the catalogue by its best cosine with a few
 * probe sentences (default: romantic love) and prints every song, closest first. Session 40 ran it
 * to see whether love songs could be kept away from stories that are not about love; they could
 * not (see models/MODEL_CARD.md, "Session 40").
 *
 *   npx tsx scripts/eval/lyric-topic-probe.ts ["probe sentence" …]
 */
import { loadNodeEncoder } from '../../src/ml/node';
import { cosine } from '../../src/recommend/catalogue';
import { loadCatalogueFromDisk } from '../../src/recommend/node';

const ROMANCE = [
  '너를 사랑해 내 곁에 있어줘',
  '그대를 처음 본 순간 사랑에 빠졌어',
  '우리 헤어지지 말자 너 없인 안 돼',
  '오늘 밤 너랑 춤추고 싶어 베이비',
  '보고 싶은 그 사람 다시 안아 주고 싶어',
];

const probes = process.argv.length > 2 ? process.argv.slice(2) : ROMANCE;
const encoder = await loadNodeEncoder({ dtype: 'q8' });
const catalogue = await loadCatalogueFromDisk();
const analyses = await encoder.analyze(probes);
const ranked = catalogue.songs
  .map((song) => ({ song, best: Math.max(...analyses.map((a) => cosine(a.embedding, song.embedding))) }))
  .sort((a, b) => b.best - a.best);
for (const [i, { song, best }] of ranked.entries()) console.log(`${String(i + 1).padStart(3)} ${best.toFixed(3)} ${song.artist} - ${song.title}`);
