/**
 * The rows of the 기록 tab's "좋아한 노래" card: each song's current rating (one per song, see
 * src/store/feedback.ts) with its title and artist from the catalogue, newest first.
 */
import { dayName } from '../history/format';

export interface RatingRow {
  songId: string;
  liked: boolean;
  createdAt: number;
}

export interface SongFacts {
  title: string;
  artist: string;
  link: string;
}

export interface RatedSong {
  songId: string;
  title: string;
  artist: string;
  /** '' when the song is no longer in the catalogue (no link to offer). */
  link: string;
  ratedAt: number;
}

/** How many liked songs the card shows before "모두 보기". */
export const LIKED_PREVIEW = 5;

/** A song the catalogue no longer has keeps its row, with a plain title. */
export const UNKNOWN_SONG = '지금 목록에 없는 노래';

/** Liked and disliked songs, each newest first. */
export function ratedSongs(
  rows: readonly RatingRow[],
  songOf: (songId: string) => SongFacts | undefined,
): { liked: RatedSong[]; disliked: RatedSong[] } {
  const liked: RatedSong[] = [];
  const disliked: RatedSong[] = [];
  for (const r of [...rows].sort((a, b) => b.createdAt - a.createdAt)) {
    const song = songOf(r.songId);
    const row: RatedSong = {
      songId: r.songId,
      title: song?.title ?? UNKNOWN_SONG,
      artist: song?.artist ?? '',
      link: song?.link ?? '',
      ratedAt: r.createdAt,
    };
    (r.liked ? liked : disliked).push(row);
  }
  return { liked, disliked };
}

/**
 * When the button was pressed, as its own phrase: "좋아요 누른 날: 오늘". After the artist,
 * "오늘 좋아요" read as part of the song's name for a song called "오늘" (session 39).
 */
export function ratedOn(liked: boolean, when: string): string {
  return `${liked ? '좋아요' : '별로예요'} 누른 날: ${when}`;
}

/** '오늘', '어제', or '11월 21일 (토)' (with the year when it is not this year), by the record day (04:00). */
export function ratedWhen(ms: number, now = Date.now()): string {
  return dayName(ms, now);
}
