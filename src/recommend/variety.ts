/**
 * Variety rules applied after scoring:
 *
 *  - no artist twice in a block of ARTIST_WINDOW (5): the list is filled greedily best
 *    first, skipping a song whose artist (any of its names, see artistKeys) already appears
 *    in the current block of five; only when no other artist is left does a repeat fill in;
 *  - "다른 곡 추천": the caller passes every song already shown in this conversation as
 *    `exclude`, so each page brings songs not yet shown, until the catalogue runs out
 *    (a page shorter than k, then an empty one).
 */
import { sharesArtist } from './catalogue';
import type { Scored } from './rank';

export const ARTIST_WINDOW = 5;

/** Pick k from `ranked` (best first) with no artist repeated within a block of five. */
export function pickDiverse(ranked: readonly Scored[], k: number): Scored[] {
  const picked: Scored[] = [];
  const left = [...ranked];
  while (picked.length < k && left.length > 0) {
    const blockStart = Math.floor(picked.length / ARTIST_WINDOW) * ARTIST_WINDOW;
    const block = picked.slice(blockStart);
    let idx = left.findIndex((c) => !block.some((p) => sharesArtist(p.song, c.song)));
    if (idx < 0) idx = 0; // every remaining song repeats an artist of this block
    picked.push(left[idx]!);
    left.splice(idx, 1);
  }
  return picked;
}
