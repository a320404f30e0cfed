/** The catalogue builder's pieces: CSV reading, row repair/drop/merge, stanzas, quantisation. */
import { describe, expect, it } from 'vitest';
import { cleanRows, parseYoutubeLink, splitTitle, tidyLyrics } from '../../scripts/catalogue/clean';
import { parseCsv } from '../../scripts/catalogue/csv';
import { quantise, roundProbabilities, serialiseCatalogue } from '../../scripts/catalogue/encode';
import { lyricPieces } from '../../scripts/catalogue/stanzas';
import { parseCatalogue, songIdOf, songKey } from '../../src/recommend/catalogue';

// Invented placeholder text only (no real song lyrics).
const L1 = '가나다 라마바\n사아자 차카타\n\n파하 가나\n다라 마바';
const L2 = '하나 둘 셋\n넷 다섯';

describe('CSV reader', () => {
  it('handles quoted multi-line fields, doubled quotes, commas, CRLF and a BOM', () => {
    const text = '\ufeffSongs_title,lyrics,link\r\n"가수 - 제목, 둘","첫 줄\r\n""인용"", 쉼표",https://youtu.be/abcdefghijk\r\n';
    const recs = parseCsv(text);
    expect(recs).toHaveLength(2);
    expect(recs[1]!.fields).toEqual(['가수 - 제목, 둘', '첫 줄\n"인용", 쉼표', 'https://youtu.be/abcdefghijk']);
    expect(recs[1]!.line).toBe(2);
  });

  it('reports the line each record starts on and an unterminated quote', () => {
    const recs = parseCsv('a,b,c\nx,"1\n2\n3",z\ny,"open,never closed\n');
    expect(recs.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(recs[2]!.unterminated).toBe(true);
  });
});

describe('row repair', () => {
  it('splits titles, repairing dash variants, and refuses titles without a separator', () => {
    expect(splitTitle('아이유 - 밤 - 편지')).toEqual({ artist: '아이유', title: '밤 - 편지', repaired: false });
    expect(splitTitle('  가수  –  노래 ')).toEqual({ artist: '가수', title: '노래', repaired: true });
    expect(splitTitle('가수—노래')).toEqual({ artist: '가수', title: '노래', repaired: true });
    expect(splitTitle('Jay-Z - Song')).toEqual({ artist: 'Jay-Z', title: 'Song', repaired: false });
    expect(splitTitle('제목만 있는 노래')).toBeNull();
  });

  it('reads YouTube links in every common form and refuses others', () => {
    const id = 'R8axRrFIsFI';
    for (const link of [
      `https://www.youtube.com/watch?v=${id}&pp=ygUS`,
      `https://youtu.be/${id}?si=x`,
      `youtube.com/watch?v=${id}`,
      `https://m.youtube.com/watch?feature=share&v=${id}`,
      `https://music.youtube.com/watch?v=${id}`,
      `https://www.youtube.com/shorts/${id}`,
      `https://www.youtube.com/embed/${id}`,
    ]) {
      expect(parseYoutubeLink(link)).toEqual({ ok: true, videoId: id });
    }
    expect(parseYoutubeLink('')).toEqual({ ok: false, reason: 'missing link' });
    expect(parseYoutubeLink('https://vimeo.com/12345')).toEqual({ ok: false, reason: 'non-YouTube link' });
    expect(parseYoutubeLink('https://www.youtube.com/watch?v=short')).toEqual({ ok: false, reason: 'non-YouTube link' });
    expect(parseYoutubeLink('https://www.youtube.com/@channel')).toEqual({ ok: false, reason: 'non-YouTube link' });
  });

  it('removes section labels and extra blank lines from lyrics', () => {
    expect(tidyLyrics('[합창]\n가나\r\n\n\n\n다라 \n[2 절]\n마바')).toEqual({ text: '가나\n\n다라\n마바', labelsRemoved: 2 });
  });

  it('drops, repairs and merges rows, reporting each', async () => {
    const csv = [
      'Songs_title,lyrics,link',
      `가수1 - 노래1,"${L1}",https://www.youtube.com/watch?v=aaaaaaaaaaa`,
      `제목뿐,"${L2}",https://www.youtube.com/watch?v=bbbbbbbbbbb`,
      `가수2 - 노래2,,https://www.youtube.com/watch?v=ccccccccccc`,
      `가수3 - 노래3,"${L2}",`,
      `가수4 - 노래4,"${L2}",https://example.com/song`,
      `가수5 – 노래5,"${L2}",https://youtu.be/ddddddddddd`,
      `가수6 - 노래6,하나 둘,셋 넷,https://www.youtube.com/watch?v=eeeeeeeeeee`,
      // duplicate of 가수1 (different spacing/case), longer lyrics, no link: merged into the first
      `"가수1  -  노래1","${L1}\n\n더 긴 가사 자리",`,
      // a row with lyrics but no link, then its duplicate with the link and no lyrics: completed by the merge
      `가수7 - 노래7,"${L2}",`,
      `가수7 - 노래7,,https://www.youtube.com/watch?v=fffffffffff`,
      `가수8 - 노래8,"${L2}",https://www.youtube.com/watch?v=ggggggggggg,,`,
    ].join('\n');
    const { songs, report } = await cleanRows(parseCsv(csv));
    expect(report.rows).toBe(11);
    expect(songs.map((s) => `${s.artist} - ${s.title}`)).toEqual([
      '가수1 - 노래1',
      '가수5 - 노래5',
      '가수6 - 노래6',
      '가수7 - 노래7',
      '가수8 - 노래8',
    ]);
    expect(report.dropped.map((d) => [d.title, d.reason])).toEqual([
      ['제목뿐', 'missing title separator'],
      ['가수2 - 노래2', 'empty lyrics'],
      ['가수3 - 노래3', 'missing link'],
      ['가수4 - 노래4', 'non-YouTube link'],
    ]);
    expect(report.merged).toEqual([
      // physical CSV lines: multi-line lyrics move the later records down
      { line: 17, intoLine: 2, title: '가수1 - 노래1' },
      { line: 26, intoLine: 24, title: '가수7 - 노래7' },
    ]);
    const s1 = songs[0]!;
    expect(s1.videoId).toBe('aaaaaaaaaaa');
    expect(s1.lyrics).toContain('더 긴 가사 자리'); // the longest lyrics win
    expect(s1.lines).toEqual([2, 17]);
    expect(songs[2]!.lyrics).toBe('하나 둘,셋 넷'); // unquoted comma joined back
    expect(songs[3]!.videoId).toBe('fffffffffff');
    expect(report.repaired.map((r) => r.what)).toEqual(
      expect.arrayContaining(['title separator repaired', 'unquoted commas in the lyrics joined back', 'whitespace in the title tidied']),
    );
    // The report never carries lyrics.
    expect(JSON.stringify(report)).not.toMatch(/가나다|하나 둘|더 긴 가사/);
  });

  it('drops a row whose title has no letter or digit ("다섯 - ,")', async () => {
    const csv = [
      'Songs_title,lyrics,link',
      `"다섯 - ,","${L2}",https://www.youtube.com/watch?v=hhhhhhhhhhh`,
      `"- - 노래9","${L2}",https://www.youtube.com/watch?v=iiiiiiiiiii`,
      `"가수10 - 1,2,3","${L2}",https://www.youtube.com/watch?v=jjjjjjjjjjj`,
    ].join('\n');
    const { songs, report } = await cleanRows(parseCsv(csv));
    expect(report.dropped.map((d) => d.reason)).toEqual(['empty title', 'empty title']);
    expect(songs.map((s) => s.title)).toEqual(['1,2,3']); // digits are a title
  });

  it('gives stable ids from the normalised "artist - title"', async () => {
    expect(songKey('  AKMU ', 'Love  Lee'.normalize('NFD'))).toBe('akmu - love lee');
    const a = await songIdOf('AKMU', 'Love Lee');
    expect(a).toMatch(/^s[0-9a-f]{10}$/);
    expect(await songIdOf('akmu', 'love   lee')).toBe(a);
    const nfd = '아이유'.normalize('NFD');
    expect(await songIdOf(nfd, '밤편지')).toBe(await songIdOf('아이유', '밤편지'));
    // sha1("아이유 - 밤편지") = 4d470294de…
    expect(await songIdOf('아이유', '밤편지')).toBe('s4d470294de');
  });
});

describe('stanzas', () => {
  it('uses blank-line stanzas, else groups of four lines, and keeps pieces short', () => {
    expect(lyricPieces(L1)).toEqual(['가나다 라마바 사아자 차카타', '파하 가나 다라 마바']);
    const lines = Array.from({ length: 9 }, (_, i) => `줄${i}`).join('\n');
    expect(lyricPieces(lines)).toEqual(['줄0 줄1 줄2 줄3', '줄4 줄5 줄6 줄7 줄8']);
    const long = Array.from({ length: 4 }, () => '가'.repeat(70)).join('\n');
    expect(lyricPieces(long).every((p) => p.length <= 160)).toBe(true);
    expect(lyricPieces(long).join('').replace(/ /g, '')).toBe('가'.repeat(280));
  });
});

describe('encoding', () => {
  it('rounds probabilities to 4 decimals that still sum to 1', () => {
    for (const p of [[1 / 7, 1 / 7, 1 / 7, 1 / 7, 1 / 7, 1 / 7, 1 / 7], [0.33333, 0.33333, 0.33334, 0, 0, 0, 0], [2, 1, 1, 0, 0, 0, 0]]) {
      const r = roundProbabilities(p);
      expect(Math.round(r.reduce((a, b) => a + b, 0) * 1e4)).toBe(1e4);
      for (const x of r) expect(Math.round(x * 1e4)).toBeCloseTo(x * 1e4, 6);
    }
  });

  it('quantises embeddings to int8 with a cosine above 0.999 after the round trip', async () => {
    const v = Float32Array.from({ length: 256 }, (_, i) => Math.sin(i * 1.7) * (i % 5 === 0 ? 3 : 1));
    const { q, scale } = quantise(v);
    const back = Float32Array.from(q, (x) => x * scale);
    let dot = 0;
    for (let i = 0; i < v.length; i++) dot += v[i]! * back[i]!;
    expect(dot / (Math.hypot(...v) * Math.hypot(...back))).toBeGreaterThan(0.999);
    const { json, bin } = serialiseCatalogue({
      modelVersion: 'm',
      binFile: 'songs.bin',
      songs: [{ id: await songIdOf('가', '나'), artist: '가', title: '나', videoId: 'aaaaaaaaaaa', probabilities: [1, 0, 0, 0, 0, 0, 0], embedding: v }],
    });
    const cat = parseCatalogue(json, bin);
    expect(bin.length).toBe(256);
    expect(cat.songs[0]!.embedding.length).toBe(256);
    expect(Math.hypot(...cat.songs[0]!.embedding)).toBeCloseTo(1, 5);
  });

  it('the parser refuses broken catalogues', async () => {
    const song = { id: await songIdOf('가', '나'), artist: '가', title: '나', videoId: 'aaaaaaaaaaa', probabilities: [0.5, 0.5, 0, 0, 0, 0, 0], embedding: new Float32Array([1, 0]) };
    const { file, bin } = serialiseCatalogue({ modelVersion: 'm', binFile: 'songs.bin', songs: [song] });
    expect(() => parseCatalogue(file, bin)).not.toThrow();
    expect(() => parseCatalogue(file, new Uint8Array(3))).toThrow(/multiple of dim/);
    expect(() => parseCatalogue({ ...file, emotions: ['joy'] }, bin)).toThrow(/seven ids/);
    expect(() => parseCatalogue({ ...file, songs: [{ ...file.songs[0]!, emotions: [0.5, 0.2, 0, 0, 0, 0, 0] }] }, bin)).toThrow(/sum/);
    expect(() => parseCatalogue({ ...file, songs: [{ ...file.songs[0]!, embeddingRow: 1 }] }, bin)).toThrow(/outside/);
    expect(() => parseCatalogue({ ...file, songs: [file.songs[0]!, file.songs[0]!] }, bin)).toThrow(/duplicate/);
  });
});

describe('browser loader', () => {
  it('fetches songs.json and the embedding file beside it, and parses them', async () => {
    const { fetchCatalogue } = await import('../../src/recommend/catalogue');
    const song = { id: await songIdOf('가', '나'), artist: '가', title: '나', videoId: 'aaaaaaaaaaa', probabilities: [0, 1, 0, 0, 0, 0, 0], embedding: new Float32Array([0.6, 0.8]) };
    const { json, bin } = serialiseCatalogue({ modelVersion: 'm', binFile: 'songs.bin', songs: [song] });
    const asked: string[] = [];
    const fake = (async (url: string) => {
      asked.push(url);
      if (url === '/data/songs.json') return new Response(json);
      if (url === '/data/songs.bin') return new Response(bin);
      return new Response('', { status: 404 });
    }) as typeof fetch;
    const cat = await fetchCatalogue('/data/', fake);
    expect(asked).toEqual(['/data/songs.json', '/data/songs.bin']);
    expect(cat.songs[0]!.dominant).toBe('sadness');
    await expect(fetchCatalogue('/missing/', fake)).rejects.toThrow(/404/);
    const sneaky = json.replace('"file": "songs.bin"', '"file": "../secret.bin"');
    const fake2 = (async () => new Response(sneaky)) as unknown as typeof fetch;
    await expect(fetchCatalogue('/data/', fake2)).rejects.toThrow(/beside songs.json/);
  });
});
