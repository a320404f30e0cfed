/**
 * From CSV records (Songs_title "Artist - Title", lyrics, link) to clean songs, with a report.
 *
 * Repairs: surrounding/doubled whitespace in titles; an en/em dash or a spaced hyphen variant
 * as the title separator; unquoted commas in the lyrics (extra columns between the title and
 * a trailing link are joined back into the lyrics); YouTube links in any common form
 * (youtu.be, /shorts/, /embed/, music./m., tracking parameters) reduced to the video id;
 * section labels on their own line ("[합창]") removed from the lyrics before analysis.
 * Drops (reported with the CSV line): missing title separator, empty title (or one with no letter
 * or digit), empty lyrics, missing link,
 * non-YouTube link (or a YouTube link without a video id), unterminated quote.
 * Duplicates (same song id) are merged: the first row's spelling, the first valid link, the
 * longest lyrics — so a row with lyrics but no link and a row with the link complete each other.
 *
 * Lyrics only live in memory here; nothing in the report quotes them.
 */
import { songIdOf, VIDEO_ID, youtubeLink } from '../../src/recommend/catalogue';
import type { CsvRecord } from './csv';

export type DropReason =
  | 'missing title separator'
  | 'empty title'
  | 'empty lyrics'
  | 'missing link'
  | 'non-YouTube link'
  | 'unterminated quote';

export interface CleanSong {
  id: string;
  artist: string;
  title: string;
  videoId: string;
  lyrics: string;
  /** CSV lines this song came from (more than one when duplicates were merged). */
  lines: number[];
}

export interface CleanReport {
  rows: number;
  dropped: { line: number; title: string; reason: DropReason }[];
  repaired: { line: number; title: string; what: string }[];
  merged: { line: number; intoLine: number; title: string }[];
  /** Different songs that point at the same video (kept, but worth a look). */
  sharedVideo: { videoId: string; titles: string[] }[];
}

const hasWord = (s: string) => /[\p{L}\p{N}]/u.test(s);

const HEADER = { title: 'songs_title', lyrics: 'lyrics', link: 'link' } as const;

const YT_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'music.youtube.com',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
  'youtu.be',
]);

export type LinkResult = { ok: true; videoId: string } | { ok: false; reason: 'missing link' | 'non-YouTube link' };

/** Video id of a YouTube link in any common form. */
export function parseYoutubeLink(raw: string): LinkResult {
  const text = raw.trim();
  if (!text) return { ok: false, reason: 'missing link' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, reason: 'non-YouTube link' };
  }
  const host = url.hostname.toLowerCase();
  if (!YT_HOSTS.has(host)) return { ok: false, reason: 'non-YouTube link' };
  const id =
    host === 'youtu.be'
      ? (url.pathname.split('/')[1] ?? null)
      : (url.searchParams.get('v') ?? /^\/(?:shorts|embed|live|v)\/([^/?#]+)/.exec(url.pathname)?.[1] ?? null);
  if (!id || !VIDEO_ID.test(id)) return { ok: false, reason: 'non-YouTube link' };
  return { ok: true, videoId: id };
}

export function tidy(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Split "Artist - Title"; null when there is no separator. */
export function splitTitle(raw: string): { artist: string; title: string; repaired: boolean } | null {
  const text = tidy(raw);
  const strict = text.indexOf(' - ');
  if (strict > 0) {
    return { artist: text.slice(0, strict).trim(), title: text.slice(strict + 3).trim(), repaired: false };
  }
  const m = /\s+[-–—]\s+|\s*[–—]\s*|\s+-(?=\S)|(?<=\S)-\s+/.exec(text);
  if (!m || m.index === 0) return null;
  return { artist: text.slice(0, m.index).trim(), title: text.slice(m.index + m[0].length).trim(), repaired: true };
}

/** Lyrics as analysed: NFC, LF, trimmed lines, section labels dropped, at most one blank line in a row. */
export function tidyLyrics(raw: string): { text: string; labelsRemoved: number } {
  let labelsRemoved = 0;
  const lines = raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => {
      if (/^\[[^\]]*\]$/.test(l)) {
        labelsRemoved++;
        return false;
      }
      return true;
    });
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { text, labelsRemoved };
}

interface Row {
  line: number;
  id: string;
  artist: string;
  title: string;
  display: string;
  lyrics: string;
  link: LinkResult;
}

export async function cleanRows(records: CsvRecord[]): Promise<{ songs: CleanSong[]; report: CleanReport }> {
  const report: CleanReport = { rows: 0, dropped: [], repaired: [], merged: [], sharedVideo: [] };
  if (records.length === 0) return { songs: [], report };
  const head = records[0]!.fields.map((f) => f.trim().toLowerCase());
  const hasHeader = head.includes(HEADER.title);
  const col = hasHeader
    ? { title: head.indexOf(HEADER.title), lyrics: head.indexOf(HEADER.lyrics), link: head.indexOf(HEADER.link) }
    : { title: 0, lyrics: 1, link: 2 };
  if (col.lyrics < 0 || col.link < 0) throw new Error(`the CSV header must name Songs_title, lyrics and link (got ${head.join(', ')})`);
  const width = hasHeader ? head.length : 3;
  const canonical = col.title === 0 && col.lyrics === 1 && col.link === 2 && width === 3;

  const rows: Row[] = [];
  for (const rec of hasHeader ? records.slice(1) : records) {
    report.rows++;
    let fields = rec.fields;
    const rawTitle = fields[col.title] ?? '';
    const display = tidy(rawTitle);
    const notes: string[] = [];
    if (rec.unterminated) {
      report.dropped.push({ line: rec.line, title: display, reason: 'unterminated quote' });
      continue;
    }
    if (fields.length > width) {
      while (fields.length > width && fields[fields.length - 1]!.trim() === '') fields = fields.slice(0, -1);
      if (fields.length > width && canonical) {
        fields = [fields[0]!, fields.slice(1, -1).join(','), fields[fields.length - 1]!];
        notes.push('unquoted commas in the lyrics joined back');
      }
    }
    if (rawTitle !== display) notes.push('whitespace in the title tidied');
    const split = splitTitle(rawTitle);
    if (!split) {
      report.dropped.push({ line: rec.line, title: display, reason: 'missing title separator' });
      continue;
    }
    if (split.repaired) notes.push('title separator repaired');
    // A title with no letter or digit ("다섯 - ," in the shared CSV, a children's song whose
    // title was lost) cannot be shown or searched: treated as empty.
    if (!hasWord(split.artist) || !hasWord(split.title)) {
      report.dropped.push({ line: rec.line, title: display, reason: 'empty title' });
      continue;
    }
    const lyr = tidyLyrics(fields[col.lyrics] ?? '');
    if (lyr.labelsRemoved) notes.push(`${lyr.labelsRemoved} section label line(s) removed from the lyrics`);
    const link = parseYoutubeLink(fields[col.link] ?? '');
    if (link.ok && (fields[col.link] ?? '').trim() !== youtubeLink(link.videoId)) notes.push('link reduced to its video id');
    for (const what of notes) report.repaired.push({ line: rec.line, title: display, what });
    rows.push({
      line: rec.line,
      id: await songIdOf(split.artist, split.title),
      artist: split.artist,
      title: split.title,
      display,
      lyrics: lyr.text,
      link,
    });
  }

  // Merge duplicates (same id), then drop what is still incomplete.
  const groups = new Map<string, Row[]>();
  for (const r of rows) groups.set(r.id, [...(groups.get(r.id) ?? []), r]);
  const songs: CleanSong[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    for (const dup of group.slice(1)) report.merged.push({ line: dup.line, intoLine: first.line, title: dup.display });
    const lyrics = group.reduce((best, r) => (r.lyrics.length > best.length ? r.lyrics : best), '');
    const link = group.find((r) => r.link.ok)?.link ?? first.link;
    if (!lyrics) {
      report.dropped.push({ line: first.line, title: first.display, reason: 'empty lyrics' });
      continue;
    }
    if (!link.ok) {
      report.dropped.push({ line: first.line, title: first.display, reason: link.reason });
      continue;
    }
    songs.push({
      id: first.id,
      artist: first.artist,
      title: first.title,
      videoId: link.videoId,
      lyrics,
      lines: group.map((r) => r.line),
    });
  }
  const byVideo = new Map<string, string[]>();
  for (const s of songs) byVideo.set(s.videoId, [...(byVideo.get(s.videoId) ?? []), `${s.artist} - ${s.title}`]);
  for (const [videoId, titles] of byVideo) if (titles.length > 1) report.sharedVideo.push({ videoId, titles });
  report.dropped.sort((a, b) => a.line - b.line);
  return { songs, report };
}
