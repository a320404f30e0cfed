/**
 * The rule behind every corpus this project writes: nothing from ../shared/data is committed.
 * Every text we wrote (emotion utterances, paraphrase groups, NLI triples, the dialogue corpus
 * and its safety sets) is compared, after normalising, with every sentence of the public sets
 * (KorSTS, XNLI, ChatbotData questions and answers, KOTE, NSMC reviews) and every lyric line.
 *
 * Normalising: NFC, lower case, only letters and digits kept. Texts shorter than 12 such
 * characters are left out on both sides: a short everyday phrase ("오늘 너무 피곤해") can occur in
 * 688k movie reviews without being copied from them. Skipped where ../shared/data is absent.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/catalogue/csv';
import { SHARED_DATA, sharedAvailable } from '../../scripts/eval/datasets';
import { REPO_ROOT } from '../../src/ml/node';

const MIN_CHARS = 12;

function normaliseForCopyCheck(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function filesUnder(dir: string, exts: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return filesUnder(p, exts);
    return exts.some((e) => name.endsWith(e)) ? [p] : [];
  });
}

function jsonStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) jsonStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) jsonStrings(v, out);
  return out;
}

/** Every text this project wrote, with the file it came from. */
function projectTexts(): { text: string; file: string }[] {
  const out: { text: string; file: string }[] = [];
  const dirs = [path.join(REPO_ROOT, 'data', 'training'), path.join(REPO_ROOT, 'data', 'dialogue')];
  for (const file of dirs.flatMap((d) => filesUnder(d, ['.txt', '.tsv', '.jsonl', '.json']))) {
    if (file.includes(`${path.sep}splits${path.sep}`)) continue; // KOTE ids, not text
    const body = readFileSync(file, 'utf8');
    const rel = path.relative(REPO_ROOT, file);
    if (file.endsWith('.json')) for (const s of jsonStrings(JSON.parse(body))) out.push({ text: s, file: rel });
    else if (file.endsWith('.jsonl'))
      for (const line of body.split('\n').filter((l) => l.trim())) for (const s of jsonStrings(JSON.parse(line))) out.push({ text: s, file: rel });
    else for (const line of body.split('\n')) for (const field of line.split('\t')) out.push({ text: field, file: rel });
  }
  return out;
}

/** Every sentence of the public data sets, normalised (short ones left out). */
function sharedSentences(): Set<string> {
  const set = new Set<string>();
  const add = (s: string | undefined) => {
    const n = normaliseForCopyCheck(s ?? '');
    if (n.length >= MIN_CHARS) set.add(n);
  };
  const tsvColumns = (file: string, cols: number[], skipHeader: boolean) => {
    const lines = readFileSync(file, 'utf8').split('\n').slice(skipHeader ? 1 : 0);
    for (const line of lines) {
      const f = line.split('\t');
      for (const c of cols) add(f[c]);
    }
  };
  for (const split of ['sts-train.tsv', 'sts-dev.tsv']) tsvColumns(path.join(SHARED_DATA, 'korsts', split), [5, 6], true);
  for (const split of ['xnli.dev.ko.tsv', 'xnli.test.ko.tsv']) tsvColumns(path.join(SHARED_DATA, 'xnli-ko', split), [0, 1], true);
  tsvColumns(path.join(SHARED_DATA, 'kote', 'val.tsv'), [1], false);
  for (const r of parseCsv(readFileSync(path.join(SHARED_DATA, 'chatbot-qa', 'ChatbotData.csv'), 'utf8')).slice(1)) {
    add(r.fields[0]);
    add(r.fields[1]);
  }
  for (const r of parseCsv(readFileSync(path.join(SHARED_DATA, 'songs', 'lyrics_catalogue.csv'), 'utf8')).slice(1))
    for (const line of (r.fields[1] ?? '').split(/\r?\n/)) add(line);
  const nsmc = gunzipSync(readFileSync(path.join(SHARED_DATA, 'nsmc', 'nsmc_reviews.tsv.gz'))).toString('utf8');
  for (const line of nsmc.split('\n')) add(line.slice(line.indexOf('\t') + 1));
  return set;
}

describe.skipIf(!sharedAvailable())('the texts this project wrote', () => {
  it('contain no sentence of ../shared/data (after normalising; ≥ 12 letters)', () => {
    const shared = sharedSentences();
    expect(shared.size).toBeGreaterThan(500_000); // every source was read (584,596 of ≥ 12 letters)
    const ours = projectTexts();
    expect(ours.length).toBeGreaterThan(20_000);
    const copies = ours.filter(({ text }) => {
      const n = normaliseForCopyCheck(text);
      return n.length >= MIN_CHARS && shared.has(n);
    });
    expect(copies.map((c) => `${c.file}: ${c.text}`)).toEqual([]);
  });

  it('the check itself finds a copied sentence', () => {
    const shared = sharedSentences();
    const korsts = readFileSync(path.join(SHARED_DATA, 'korsts', 'sts-dev.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t')[5] ?? '')
      .find((s) => normaliseForCopyCheck(s).length >= MIN_CHARS + 5)!;
    // A sentence pasted with other spacing and punctuation still counts as copied.
    expect(shared.has(normaliseForCopyCheck(` ${korsts.replace(/ /g, '  ')}!! `))).toBe(true);
    expect(shared.has(normaliseForCopyCheck(`${korsts} 그리고 하나 더`))).toBe(false);
  });
});
