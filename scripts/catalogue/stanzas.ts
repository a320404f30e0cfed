/**
 * How lyrics are cut for the classifier (the model reads at most 128 tokens at a time, and
 * was trained on sentences and short passages, not whole songs):
 *
 *  1. stanzas are the blank-line separated blocks;
 *  2. when the lyrics have no blank lines, or a block is longer than MAX_STANZA_LINES lines,
 *     it is cut into groups of LINES_PER_GROUP lines (the last group may be shorter; a last
 *     group of a single line joins the one before);
 *  3. a piece longer than MAX_PIECE_CHARS characters is split further on line/sentence
 *     boundaries (splitIntoPieces; diary entries are read sentence by sentence since session 38,
 *     src/ml/long-text.ts, but lyrics keep these pieces).
 *
 * Repeated stanzas (a chorus) are analysed each time they occur, so the song's aggregate
 * leans the way the song itself does. The pieces are analysed with Encoder.analyze and
 * combined with aggregateAnalyses: emotion probabilities averaged with weight √(piece length),
 * embedding the same weighted mean re-normalised to length 1.
 */
import { splitIntoPieces } from '../../src/ml/text';

export const LINES_PER_GROUP = 4;
export const MAX_STANZA_LINES = 8;
export const MAX_PIECE_CHARS = 160;

/** `cut` (session 41, scripts/eval/song-aggregation.ts) tries other group sizes; the build uses the defaults. */
export function lyricPieces(
  lyrics: string,
  cut: { linesPerGroup?: number; maxPieceChars?: number } = {},
): string[] {
  const perGroup = cut.linesPerGroup ?? LINES_PER_GROUP;
  const blocks = lyrics
    .split(/\n\s*\n/)
    .map((b) => b.split('\n').map((l) => l.trim()).filter(Boolean))
    .filter((b) => b.length > 0);
  const groups: string[][] = [];
  for (const block of blocks) {
    if (block.length <= Math.max(MAX_STANZA_LINES, perGroup) && blocks.length > 1) {
      groups.push(block);
      continue;
    }
    const start = groups.length;
    for (let i = 0; i < block.length; i += perGroup) groups.push(block.slice(i, i + perGroup));
    const last = groups[groups.length - 1];
    if (groups.length - start > 1 && last && last.length === 1) {
      groups.pop();
      groups[groups.length - 1]!.push(...last);
    }
  }
  return groups.flatMap((g) => splitIntoPieces(g.join('\n'), cut.maxPieceChars ?? MAX_PIECE_CHARS));
}
