/**
 * npm run --silent recommend:variety [-- --lists] [-- --lyric-stats] [-- --same-mood [--history]] [-- --claims] [-- --reasons]
 *
 * How varied the recommendations are across clearly different user stories (VARIETY_STORIES,
 * written for this check: eight sad ones, four angry, three anxious, two hurt, two embarrassed,
 * three glad, two flat). For each story the shipped model analyses the text and the recommender
 * gives a top 5 in both modes (seed from the text, as the CLI does). Prints one JSON object:
 *   {"stories", "similar": {"distinct", "mostRepeated": [title, times]}, "shift": {…}, "sad": {…}}
 * where "distinct" counts different songs over all the top 5s (at most 5 × stories) and "sad"
 * is the same for the eight sad stories alone. --lists adds every list; --lyric-stats adds the
 * percentiles of cos(user words, song lyrics) over every story × song pair (where
 * LYRIC_QUOTE_MIN in reason.ts comes from). The stories are in variety-stories.ts.
 *
 * --claims (session 39) prints how many songs a reason may name by a mood (clear readings, reason.ts
 * clearMood) and the catalogue quartiles the thresholds come from; with --lists, their titles.
 *
 * --same-mood (session 38) runs SAME_MOOD_STORIES instead (seven angry, seven sad, six anxious:
 * one mood, different stories) and prints, per dominant emotion the model reads, the distinct
 * songs in the similar top 5s and the mean mood cosine of those top 5s (how mood-true they stay);
 * session 39 adds top1 / top3 (distinct songs in first place and in the top 3s) and top3Mood.
 * Session 40: `--same-mood --history` has one person tell each mood's stories in turn, every list
 * passing the songs shown before as `recent` (recommend.ts RECENT_PENALTY); `--reasons` counts the
 * reason sentences repeated within one list over all 44 stories, both lists.
 * Session 41: `--texts` passes each story's text as the user's words (`texts`), as the app does, so the
 * rules that read the words apply too (titles.ts clashes, romance.ts: love songs step back when the story
 * is about something else); without it the lists come from the mix and the embedding alone, as before.
 */
import { loadNodeEncoder } from '../../src/ml/node';
import { cosine } from '../../src/recommend/catalogue';
import { loadCatalogueFromDisk } from '../../src/recommend/node';
import { hashString } from '../../src/recommend/rank';
import { CLEAR_LEAD_MIN, CLEAR_MARGIN_MIN, clearMood } from '../../src/recommend/reason';
import { recommend, type Recommendation } from '../../src/recommend/recommend';
import { SAME_MOOD_STORIES, VARIETY_STORIES } from './variety-stories';

type Mode = 'similar' | 'shift';

function tally(lists: Recommendation[][]) {
  const counts = new Map<string, number>();
  for (const list of lists) for (const r of list) counts.set(`${r.song.artist} - ${r.song.title}`, (counts.get(`${r.song.artist} - ${r.song.title}`) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
  return { distinct: counts.size, of: lists.reduce((n, l) => n + l.length, 0), mostRepeated: top };
}

function percentile(sorted: number[], p: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 1000) / 1000;
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const catalogue = await loadCatalogueFromDisk();
  if (args.has('--claims')) {
    // Session 39: the songs a reason may still name by a mood (reason.ts clearMood), and the
    // catalogue's quartiles the thresholds come from. No model is needed.
    const q = (xs: number[], p: number) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))]! * 1000) / 1000;
    const lead = catalogue.songs.map((s) => Math.max(...s.vector));
    const margin = catalogue.songs.map((s) => {
      const [a, b] = [...s.vector].sort((x, y) => y - x);
      return a! - b!;
    });
    const clear = catalogue.songs.filter((s) => clearMood(s) !== null);
    const byEmotion: Record<string, number> = {};
    for (const s of clear) byEmotion[s.dominant] = (byEmotion[s.dominant] ?? 0) + 1;
    const out = {
      songs: catalogue.songs.length,
      thresholds: { lead: CLEAR_LEAD_MIN, margin: CLEAR_MARGIN_MIN },
      quartiles: { lead: [q(lead, 0.25), q(lead, 0.5), q(lead, 0.75)], margin: [q(margin, 0.25), q(margin, 0.5), q(margin, 0.75)] },
      clear: clear.length,
      byEmotion,
      ...(args.has('--lists') ? { titles: clear.map((s) => `${s.dominant} ${s.artist} - ${s.title}`) } : {}),
    };
    process.stdout.write(JSON.stringify(out, null, 1) + '\n');
    return;
  }
  const encoder = await loadNodeEncoder();
  if (args.has('--reasons')) {
    // Session 40: sentences repeated within one list (k = 5), over every story of both sets, both lists.
    const stories = [...VARIETY_STORIES, ...SAME_MOOD_STORIES];
    const found = await encoder.analyze(stories.map((s) => s.text));
    await encoder.dispose();
    const counts = { lists: 0, withRepeat: 0, sentences: 0, repeated: 0 };
    const lines = new Map<string, number>();
    found.forEach((a, i) => {
      const common = { mix: a.emotions, k: 5, seed: hashString(stories[i]!.text), texts: [stories[i]!.text] };
      const similar = recommend(catalogue, { ...common, mode: 'similar', embedding: a.embedding, modelVersion: catalogue.modelVersion });
      const shift = recommend(catalogue, { ...common, mode: 'shift', exclude: similar.map((r) => r.song.id) });
      for (const list of [similar, shift]) {
        const said = list.flatMap((r) => r.reason.split(/(?<=\.) /u));
        const distinct = new Set(said);
        counts.lists += 1;
        counts.sentences += said.length;
        counts.repeated += said.length - distinct.size;
        if (distinct.size < said.length) counts.withRepeat += 1;
        for (const s of said) lines.set(s, (lines.get(s) ?? 0) + 1);
      }
    });
    const common = [...lines.entries()].sort((x, y) => y[1] - x[1]).slice(0, 5);
    process.stdout.write(JSON.stringify({ stories: stories.length, ...counts, distinctLines: lines.size, mostCommon: common }, null, 1) + '\n');
    return;
  }
  if (args.has('--same-mood')) {
    const found = await encoder.analyze(SAME_MOOD_STORIES.map((s) => s.text));
    await encoder.dispose();
    const groups = new Map<string, Recommendation[][]>();
    // Session 40, --history: one person tells the stories of each mood in turn, and each list passes the
    // songs this person was shown before (both lists) as `recent`, as the store's recentlyShownSongIds would.
    const seen = new Map<string, string[]>();
    found.forEach((a, i) => {
      const recent = args.has('--history') ? (seen.get(a.label) ?? []) : [];
      const text = SAME_MOOD_STORIES[i]!.text;
      const common = { mix: a.emotions, k: 5, seed: hashString(text), recent, ...(args.has('--texts') ? { texts: [text] } : {}) };
      const list = recommend(catalogue, { ...common, embedding: a.embedding, modelVersion: catalogue.modelVersion, mode: 'similar' });
      const shift = recommend(catalogue, { ...common, mode: 'shift', exclude: list.map((r) => r.song.id) });
      seen.set(a.label, [...recent, ...list.map((r) => r.song.id), ...shift.map((r) => r.song.id)]);
      groups.set(a.label, [...(groups.get(a.label) ?? []), list]);
    });
    const meanMood = (ls: Recommendation[][]) => Math.round((ls.flat().reduce((n, r) => n + r.parts.mood, 0) / Math.max(1, ls.flat().length)) * 1000) / 1000;
    // Session 39: the top of the list too (angry stories had shared their top three).
    const head = (ls: Recommendation[][], n: number) => ls.map((l) => l.slice(0, n));
    const top = (ls: Recommendation[][]) => ({
      top1: tally(head(ls, 1)).distinct,
      top3: tally(head(ls, 3)).distinct,
      top3Mood: meanMood(head(ls, 3)),
      // Session 40: the song most often first, and most often in the top 3, with how many times.
      firstMost: tally(head(ls, 1)).mostRepeated[0],
      top3Most: tally(head(ls, 3)).mostRepeated[0],
    });
    const byEmotion = Object.fromEntries([...groups].map(([e, ls]) => [e, { stories: ls.length, ...tally(ls), meanMood: meanMood(ls), ...top(ls) }]));
    const all = [...groups.values()].flat();
    process.stdout.write(JSON.stringify({ stories: SAME_MOOD_STORIES.length, byEmotion, all: { ...tally(all), meanMood: meanMood(all) } }, null, 1) + '\n');
    return;
  }
  const analyses = await encoder.analyze(VARIETY_STORIES.map((s) => s.text));
  await encoder.dispose();
  const lists: Record<Mode, Recommendation[][]> = { similar: [], shift: [] };
  const cosines: number[] = [];
  analyses.forEach((a, i) => {
    const seed = hashString(VARIETY_STORIES[i]!.text);
    const common = { mix: a.emotions, k: 5, seed, ...(args.has('--texts') ? { texts: [VARIETY_STORIES[i]!.text] } : {}) };
    lists.similar.push(recommend(catalogue, { ...common, mode: 'similar', embedding: a.embedding, modelVersion: catalogue.modelVersion }));
    lists.shift.push(recommend(catalogue, { ...common, mode: 'shift' }));
    for (const song of catalogue.songs) cosines.push(cosine(a.embedding, song.embedding));
  });
  const sad = VARIETY_STORIES.flatMap((s, i) => (s.tag === 'sad' ? [i] : []));
  const out: Record<string, unknown> = {
    stories: VARIETY_STORIES.length,
    similar: tally(lists.similar),
    shift: tally(lists.shift),
    sad: { similar: tally(sad.map((i) => lists.similar[i]!)), shift: tally(sad.map((i) => lists.shift[i]!)) },
  };
  if (args.has('--lyric-stats')) {
    cosines.sort((a, b) => a - b);
    out.lyricCosine = Object.fromEntries([10, 25, 50, 75, 90, 95, 99].map((p) => [`p${p}`, percentile(cosines, p)]));
  }
  if (args.has('--lists')) {
    out.lists = VARIETY_STORIES.map((s, i) => ({
      tag: s.tag,
      text: s.text.slice(0, 30),
      similar: lists.similar[i]!.map((r) => `${r.song.artist} - ${r.song.title} | ${r.reason}`),
      shift: lists.shift[i]!.map((r) => `${r.song.artist} - ${r.song.title} | ${r.reason}`),
    }));
  }
  process.stdout.write(JSON.stringify(out, null, 1) + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`recommend:variety: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
