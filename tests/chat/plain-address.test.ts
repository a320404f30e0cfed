/**
 * Replies never call the user "당신". In Korean counselling chat it reads stiff, translated and
 * distant ("여기까지 온 당신이 대단해요", "당신 탓이 아니에요"); natural Korean leaves the subject
 * out or speaks of the situation ("여기까지 온 것 자체가 대단해요", "잘못해서 생긴 일이 아니에요").
 * User utterances (intent examples and held-out lines) may say 당신, and so may the patterns that
 * read them ("당신은 누구세요"): only what the bot says is checked here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIALOGUE_DIR, loadCorpus } from '../../scripts/dialogue/corpus';
import { REPO_ROOT } from '../../src/ml/node';

const CHAT_SRC = path.join(REPO_ROOT, 'src', 'chat');
const callsUser = (s: string) => s.normalize('NFC').includes('당신');

function stringsIn(v: unknown, where: string, out: Array<[string, string]> = []): Array<[string, string]> {
  if (typeof v === 'string') out.push([where, v]);
  else if (Array.isArray(v)) v.forEach((x, i) => stringsIn(x, `${where}[${i}]`, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) stringsIn(x, `${where}.${k}`, out);
  return out;
}

/** A line that holds a regular expression (user input is matched there, 당신 may stay). */
const holdsRegExp = (line: string) => line.includes('/u') || line.includes('/iu') || line.includes('new RegExp');
/** A comment line (comments may quote what was said in earlier sessions). */
const isComment = (line: string) => /^\s*(?:\/\/|\/\*|\*)/u.test(line);
const LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\\n]|\\.)*`/gu;

/** String literals of a source text, line by line, leaving out regex lines and comments. */
function replyLiterals(source: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  source.split('\n').forEach((line, i) => {
    if (holdsRegExp(line) || isComment(line)) return;
    for (const m of line.matchAll(LITERAL)) out.push({ line: i + 1, text: m[0] });
  });
  return out;
}

describe('replies do not call the user 당신', () => {
  it('reads the string literals of a source line, and skips regular expressions and comments', () => {
    const src = [
      "const A = '여기까지 온 당신이 대단해요.';",
      'const B = ["그건 당신 탓이 아니에요.", `요즘 마음은 좀 어때요?`];',
      'const ASKS = /당신(?:은|이)\\s?누구/u;',
      "const TO_BOT = new RegExp('당신');",
      ' * was told "지금 당신이 느끼는 막막함은 충분히 진짜예요"',
    ].join('\n');
    const found = replyLiterals(src).filter((l) => callsUser(l.text));
    expect(found.map((l) => l.line)).toEqual([1, 2]);
    expect(found.map((l) => l.text)).toEqual(["'여기까지 온 당신이 대단해요.'", '"그건 당신 탓이 아니에요."']);
  });

  it('in the replies of every intent (data/dialogue/intents)', () => {
    const corpus = loadCorpus();
    const replies = corpus.intents.flatMap((it) => it.replies.map((r) => `${it.file}:${it.id}: ${r}`));
    expect(replies.length).toBeGreaterThan(900);
    expect(replies.filter(callsUser)).toEqual([]);
  });

  it('in the follow-up questions, reflections and safety replies (data/dialogue)', () => {
    const files = ['followups.json', 'reflections.json', path.join('safety', 'replies.json')];
    const strings = files.flatMap((f) => stringsIn(JSON.parse(readFileSync(path.join(DIALOGUE_DIR, f), 'utf8')) as unknown, f));
    expect(strings.length).toBeGreaterThan(100);
    expect(strings.filter(([, s]) => callsUser(s)).map(([where, s]) => `${where}: ${s}`)).toEqual([]);
  });

  it('in the reply strings of src/chat/*.ts', () => {
    const files = readdirSync(CHAT_SRC).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort();
    expect(files.length).toBeGreaterThan(10);
    const literals = files.flatMap((f) => replyLiterals(readFileSync(path.join(CHAT_SRC, f), 'utf8')).map((l) => ({ ...l, file: f })));
    expect(literals.length).toBeGreaterThan(500);
    expect(literals.filter((l) => callsUser(l.text)).map((l) => `src/chat/${l.file}:${l.line}: ${l.text}`)).toEqual([]);
  });
});
