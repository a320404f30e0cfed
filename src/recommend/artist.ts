/**
 * Session 38 (songs): a real artist filter. "아이유 노래 추천해줘", "볼빨간 사춘기 거 있어?" had been
 * answered with the singer's titles in the catalogue and "the list is chosen by mood", and the list
 * itself ignored the singer. Now `recommend(…, { artist })` keeps only that singer's songs (ranked
 * by the conversation's mood within them), and the chat names the singer it heard.
 *
 * Matching is against the catalogue's own artist field only (no invented artists):
 *  - a name is compared "compact": NFC, lower case, no spaces or punctuation, so "볼빨간 사춘기",
 *    "볼빨간사춘기", "Yerin Baek" and "yerinbaek" are one name;
 *  - each name in an artist field counts (`정인, 윤종신` is 정인 and 윤종신); a name in brackets is
 *    another spelling of the one before it (`AKMU (악뮤)`, `혁오(HYUKOH)`), so "악뮤" also finds the
 *    songs listed as plain `AKMU`;
 *  - KNOWN_SPELLINGS adds a few everyday spellings of singers who ARE in the catalogue (BTS for
 *    방탄소년단, IU for 아이유); a spelling whose singer is not in the catalogue finds nothing.
 */
/** A catalogue row as far as names go (the chat's song names carry no id; the row's place stands in). */
export interface NamedSong {
  artist: string;
  id?: string;
}

/** Compare names without spaces, case or punctuation. */
export function compactName(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/[\s.\-_'’·&+!,()]/gu, '');
}

/**
 * Everyday spellings of singers the catalogue holds under another spelling (each group is one
 * singer). Only used when one of the group's names is in the catalogue.
 */
export const KNOWN_SPELLINGS: readonly (readonly string[])[] = [
  ['방탄소년단', 'BTS', '방탄'],
  ['아이유', 'IU'],
  ['AKMU', '악뮤', '악동뮤지션'],
  ['10CM', '십센치'],
  ['태연', 'TAEYEON'],
  ['볼빨간사춘기', '볼빨간', '볼빨사'],
  ['레드벨벳', 'Red Velvet'],
  ['세븐틴', 'SEVENTEEN'],
  ['보아', 'BoA'],
  ['잔나비', 'JANNABI'],
  ['박효신', 'Park Hyo Shin'],
];

/** The names in one artist field, as written: main names, then bracketed spellings. */
export function namesInArtist(artist: string): { main: string[]; brackets: string[] } {
  const text = artist.normalize('NFC');
  const brackets = [...text.matchAll(/\(([^)]*)\)/g)].map((m) => (m[1] ?? '').trim()).filter(Boolean);
  const main = text
    .replace(/\([^)]*\)/g, ' ')
    .split(/,|\bfeat\.|\bft\.|\s+x\s+/i)
    .map((n) => n.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { main, brackets };
}

export interface ArtistEntry {
  /** How the catalogue spells the singer (the first main name seen). */
  name: string;
  /** Compact spellings of this singer. */
  keys: Set<string>;
  /** Ids of the singer's songs (featured and shared songs count). */
  songIds: string[];
}

/** The catalogue's singers, with their spellings merged (bracketed names, KNOWN_SPELLINGS). */
export function artistIndex(songs: readonly NamedSong[]): ArtistEntry[] {
  const entries: ArtistEntry[] = [];
  const byKey = new Map<string, ArtistEntry>();
  const merge = (a: ArtistEntry, b: ArtistEntry): ArtistEntry => {
    if (a === b) return a;
    for (const k of b.keys) {
      a.keys.add(k);
      byKey.set(k, a);
    }
    for (const id of b.songIds) if (!a.songIds.includes(id)) a.songIds.push(id);
    entries.splice(entries.indexOf(b), 1);
    return a;
  };
  const entryFor = (name: string): ArtistEntry => {
    const key = compactName(name);
    let e = byKey.get(key);
    if (!e) {
      e = { name, keys: new Set([key]), songIds: [] };
      entries.push(e);
      byKey.set(key, e);
    }
    return e;
  };
  for (const [i, song] of songs.entries()) {
    const id = song.id ?? `#${i}`;
    const { main, brackets } = namesInArtist(song.artist);
    const mains = main.map(entryFor);
    // "AKMU (악뮤)": the bracket is another spelling of a single main name; with two singers
    // ("효린, 창모 (CHANGMO)") it spells the last one.
    for (const b of brackets) {
      const target = mains.at(-1);
      if (target && compactName(b)) merge(target, entryFor(b));
    }
    for (const name of main) {
      const e = byKey.get(compactName(name))!;
      if (!e.songIds.includes(id)) e.songIds.push(id);
    }
  }
  for (const group of KNOWN_SPELLINGS) {
    const present = group.map((n) => byKey.get(compactName(n))).find((e) => e !== undefined);
    if (!present) continue;
    for (const n of group) {
      const key = compactName(n);
      const other = byKey.get(key);
      if (other) merge(present, other);
      else {
        present.keys.add(key);
        byKey.set(key, present);
      }
    }
  }
  return entries;
}

const cache = new WeakMap<object, ArtistEntry[]>();
function indexOf(songs: readonly NamedSong[]): ArtistEntry[] {
  let idx = cache.get(songs);
  if (!idx) {
    idx = artistIndex(songs);
    cache.set(songs, idx);
  }
  return idx;
}

/** The catalogue's singer of that name (any spelling), or null. */
export function findArtist(songs: readonly NamedSong[], name: string): ArtistEntry | null {
  const key = compactName(name);
  if (!key) return null;
  return indexOf(songs).find((e) => e.keys.has(key)) ?? null;
}

/** Ids of the named singer's songs in the catalogue (empty when the singer is not there). */
export function songIdsByArtist(songs: readonly NamedSong[], name: string): Set<string> {
  return new Set(findArtist(songs, name)?.songIds ?? []);
}

/**
 * Every spelling of every catalogue singer, compact, longest first (for finding a name in a
 * sentence). Keys of one character ("겸") or digits only ("109", also the suicide-prevention line)
 * are left out: too easily an ordinary word or number.
 */
export function artistSpellings(songs: readonly NamedSong[]): { key: string; entry: ArtistEntry }[] {
  const out: { key: string; entry: ArtistEntry }[] = [];
  for (const e of indexOf(songs)) for (const k of e.keys) if (k.length >= 2 && !/^[0-9]+$/.test(k)) out.push({ key: k, entry: e });
  return out.sort((a, b) => b.key.length - a.key.length);
}

/**
 * What the app's song lists follow after a chat turn: the singer the turn named when it opened
 * the songs; kept for "다른 거" (more songs of that list); dropped when songs open without one.
 * The app (src/ui/chat/session.ts) stores this and passes it to recommendSongs.
 */
export function listArtistAfter(
  current: string | null,
  turn: { action?: string; songArtist?: string; suppressRecommendations: boolean },
): string | null {
  if (turn.suppressRecommendations) return current;
  if (turn.action === 'open_recommendations') return turn.songArtist ?? null;
  if (turn.action === 'more_recommendations') return turn.songArtist ?? current;
  return current;
}
