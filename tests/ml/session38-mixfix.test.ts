/**
 * Session 38 (mixfix): a long text (a diary entry, a conversation given to `npm run recommend`)
 * is read sentence by sentence and mixed (src/ml/long-text.ts), and `recommend --file` reads a
 * conversation through the chat engine like the app (scripts/cli/conversation-mood.ts). The song
 * catalogue keeps its stanza pieces.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { conversationMix, turnWeight } from '../../src/chat/mix';
import { aggregateAnalyses, type Analysis } from '../../src/ml/encoder';
import { EMOTIONS, mixFromArray, mixToArray, topEmotion } from '../../src/ml/emotions';
import { aggregateSentences, endsSentence, MAX_SENTENCE_CHARS, sentenceWeight, splitIntoSentences } from '../../src/ml/long-text';
import { REPO_ROOT } from '../../src/ml/node';
import { cleanText, meaningfulLength, splitIntoPieces } from '../../src/ml/text';
import { lyricPieces } from '../../scripts/catalogue/stanzas';
import { conversationMood, conversationTurns, meanEmbedding } from '../../scripts/cli/conversation-mood';
import { parseConversations } from '../../scripts/eval/long-text';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from '../chat/helpers';

describe('splitIntoSentences', () => {
  it('cuts Korean sentences that end without punctuation', () => {
    expect(splitIntoSentences('오늘 회사에서 완전 깨졌어 팀장이 사람들 앞에서 소리 질렀어 집에 오니까 그냥 눈물나네')).toEqual([
      '오늘 회사에서 완전 깨졌어',
      '팀장이 사람들 앞에서 소리 질렀어',
      '집에 오니까 그냥 눈물나네',
    ]);
    expect(splitIntoSentences('저 임신했어요!! 2년동안 기다렸는데 드디어요 아직 초기라 조심해야 하는데 너무 행복해요 근데 혹시 잘못될까봐 살짝 겁도 나요')).toEqual([
      '저 임신했어요!!',
      '2년동안 기다렸는데 드디어요',
      '아직 초기라 조심해야 하는데 너무 행복해요',
      '근데 혹시 잘못될까봐 살짝 겁도 나요',
    ]);
    expect(splitIntoSentences('내일 면접입니다 너무 떨립니다')).toEqual(['내일 면접입니다', '너무 떨립니다']);
    expect(splitIntoSentences('약속 또 까먹었대 이번이 세번째임 진짜 짜증나 그냥 슬프다')).toEqual(['약속 또 까먹었대', '이번이 세번째임', '진짜 짜증나', '그냥 슬프다']);
  });

  it('does not cut at connectives, particles, nouns that look like endings, or auxiliaries', () => {
    const one = [
      '2년동안 기다렸는데 드디어 아기가 생겼어', // -는데
      '집에 오니까 그냥 눈물이 나더라', // -니까
      '생각보다 시험이 괜찮았어', // 보다: particle
      '날마다 야근하느라 지쳤어', // 마다
      '올해 여름에 제주도 갔었어', // 올해
      '그런 말은 필요 없어', // 필요
      '샤워 하고 나니까 좀 낫네', // 샤워
      '처음으로 혼자 해 봤어', // 해 + auxiliary
      '너무 좋아 죽겠어', // 좋아 + auxiliary
      '잘못될까 봐 겁이 나', // -ㄹ까 봐
      '해야 할 일이 너무 많아서 힘들어', // -어야
      '엄마네 집에 다녀왔어', // 엄마네: a place, not -네
      '뭘 위해 사는지 모르겠어', // 위해
    ];
    for (const s of one) expect(splitIntoSentences(s), s).toEqual([s]);
  });

  it('cuts after ㅋㅋ/ㅠㅠ runs and emoji, and tiny fragments join their neighbour', () => {
    expect(splitIntoSentences('시험 망했어ㅠㅠ 내일 또 봐야 돼')).toEqual(['시험 망했어ㅠㅠ', '내일 또 봐야 돼']);
    expect(splitIntoSentences('오늘 생일 🎂 친구들이 깜짝파티 해줬어')).toEqual(['오늘 생일 🎂', '친구들이 깜짝파티 해줬어']);
    // A laugh, a cry or an emoji alone says nothing the model can read: it goes with its sentence.
    expect(splitIntoSentences('울었어요 ㅠㅠ 너무 행복해서')).toEqual(['울었어요 ㅠㅠ', '너무 행복해서']);
    expect(splitIntoSentences('ㅋㅋㅋㅋ 오늘 로또 5등 됐어')).toEqual(['ㅋㅋㅋㅋ 오늘 로또 5등 됐어']);
    expect(splitIntoSentences('합격했어 😭😭 진짜')).toEqual(['합격했어 😭😭 진짜']);
    expect(splitIntoSentences('이번에도 안되면 어떡하죠 진짜')).toEqual(['이번에도 안되면 어떡하죠 진짜']);
    expect(splitIntoSentences('ㅠㅠ')).toEqual(['ㅠㅠ']);
  });

  it('cuts at punctuation and line breaks, and reads NFD like NFC', () => {
    expect(splitIntoSentences('요즘 너무 외로워요. 친구가 한명도 없어요.\n주말엔 아무랑도 말을 안 해요')).toEqual([
      '요즘 너무 외로워요.',
      '친구가 한명도 없어요.',
      '주말엔 아무랑도 말을 안 해요',
    ]);
    const text = '오늘 생일이에요 친구들이 깜짝파티 해줬어요 근데 아빠 생각나요';
    expect(splitIntoSentences(text.normalize('NFD'))).toEqual(splitIntoSentences(text));
    expect(splitIntoSentences(text)).toHaveLength(3);
  });

  it('keeps every sentence within the model window and loses no word', () => {
    const long = Array.from({ length: 60 }, (_, i) => `단어${i}`).join(' ');
    const out = splitIntoSentences(`${long} 그래서 힘들었어`);
    expect(out.length).toBeGreaterThan(1);
    for (const s of out) expect(s.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(out.join(' ')).toBe(`${long} 그래서 힘들었어`);
    expect(splitIntoSentences('   \n  ')).toEqual([]);
  });
});

describe('endsSentence', () => {
  it('knows sentence-final endings from connectives and questions from statements alike', () => {
    const yes: Array<[string, string]> = [['깨졌어', '팀장이'], ['행복해요', '근데'], ['어떡하죠', '이번엔'], ['두달째야', '전화하면'], ['없다', '그래서'], ['슬프다', '나만'], ['먹었니', '오늘'], ['갔대', '나만']];
    const no: Array<[string, string]> = [['했는데', '드디어'], ['오니까', '그냥'], ['하고', '나서'], ['생각보다', '괜찮'], ['필요', '없어'], ['해', '봤어'], ['좋아', '죽겠어'], ['해야', '돼'], ['먹을까', '고민']];
    for (const [w, n] of yes) expect(endsSentence(w, n), w).toBe(true);
    for (const [w, n] of no) expect(endsSentence(w, n), w).toBe(false);
  });
});

const part = (text: string, probs: number[], emb: number[]): Analysis => ({ text, emotions: mixFromArray(probs), label: 'neutral', embedding: Float32Array.from(emb) });

describe('aggregateSentences', () => {
  it('weighs each sentence by √letters (the chat turn weight without recency) and renormalises the embedding', () => {
    const joy = [1, 0, 0, 0, 0, 0, 0];
    const anxiety = [0, 0, 0, 1, 0, 0, 0];
    // 16 letters against 4: twice the weight, so joy 2/3 and anxiety 1/3.
    const a = part('가나다라마바사아자차카타파하가나', joy, [1, 0]);
    const b = part('겁이 나요 ㅠㅠ', anxiety, [0, 1]);
    expect(sentenceWeight(a.text)).toBeCloseTo(4);
    // The same letters as the chat's turn weight (meaningfulLength: a cry's ㅠ counts there too).
    expect(sentenceWeight(b.text)).toBeCloseTo(Math.sqrt(meaningfulLength(b.text)));
    const mix = aggregateSentences([a, part('겁이 나요', anxiety, [0, 1])], 'x');
    expect(mix.emotions.joy).toBeCloseTo(4 / 6, 5);
    expect(mix.emotions.anxiety).toBeCloseTo(2 / 6, 5);
    expect(mix.label).toBe('joy');
    expect(Math.hypot(...mix.embedding)).toBeCloseTo(1, 5);
    expect(EMOTIONS.reduce((s, id) => s + mix.emotions[id], 0)).toBeCloseTo(1, 5);
  });

  it('has no recency: the order of a diary\'s sentences does not change its mix', () => {
    const p1 = part('오늘 생일이라 친구들이 파티 해줬어요', [0.9, 0.1, 0, 0, 0, 0, 0], [1, 0]);
    const p2 = part('아빠 생각나요', [0.1, 0.9, 0, 0, 0, 0, 0], [0, 1]);
    const ab = aggregateSentences([p1, p2], 't');
    const ba = aggregateSentences([p2, p1], 't');
    for (const id of EMOTIONS) expect(ab.emotions[id]).toBeCloseTo(ba.emotions[id], 10);
    // …and it is the chat's mix of the same sentences as turns, less the recency decay.
    const chatNoRecency = conversationMix([p1, p2].map((p) => ({ emotions: mixToArray(p.emotions), chars: meaningfulLength(p.text) })));
    expect(ab.emotions.sadness).toBeGreaterThan(0);
    expect(chatNoRecency.sadness).toBeGreaterThan(ab.emotions.sadness); // the chat lets the last turn weigh more
  });
});

describe('the song catalogue keeps its stanza pieces (byte-identical lyrics reading)', () => {
  it('lyricPieces and splitIntoPieces cut as before session 38', () => {
    const lyrics =
      '눈을 감으면 네가 보여\n아직도 그 자리에 있어\n\n비가 오면 생각나 너의 목소리가 들려 오는 것 같아 ㅠㅠ 나는 아직 여기에 있어 너를 기다리며 오늘도 이렇게 노래를 불러 돌아와 줘 제발 돌아와 줘 내 곁으로 다시 한 번만 더 웃어 줘 그때처럼 아무 일도 없었던 것처럼 그렇게 웃어 줘 부탁이야 정말로 부탁이야\n라라라';
    expect(lyricPieces(lyrics)).toEqual([
      '눈을 감으면 네가 보여 아직도 그 자리에 있어',
      '비가 오면 생각나 너의 목소리가 들려 오는 것 같아 ㅠㅠ 나는 아직 여기에 있어 너를 기다리며 오늘도 이렇게 노래를 불러 돌아와 줘 제발 돌아와 줘 내 곁으로 다시 한 번만 더 웃어 줘 그때처럼 아무 일도 없었던 것처럼 그렇게 웃어 줘 부탁이야 정말로 부탁이야 라라라',
    ]);
    expect(splitIntoPieces('오늘 좋았다. 근데 슬펐어 ㅠㅠ 내일은 괜찮을 거야!\n끝')).toEqual(['오늘 좋았다. 근데 슬펐어 ㅠㅠ 내일은 괜찮을 거야! 끝']);
  });

  it('aggregateAnalyses still weighs a piece by √(its whole length), spaces and jamo included', () => {
    const a = part('ㅋㅋㅋㅋ ㅋㅋㅋㅋ', [1, 0, 0, 0, 0, 0, 0], [1, 0]); // 9 characters, 8 letters
    const b = part('슬퍼', [0, 1, 0, 0, 0, 0, 0], [0, 1]); // 2 characters
    const agg = aggregateAnalyses([a, b], '');
    expect(agg.emotions.joy).toBeCloseTo(3 / (3 + Math.SQRT2), 6);
    // The diary's weight differs: letters only, like the chat's turns (√8 against √2).
    expect(aggregateSentences([a, b], '').emotions.joy).toBeCloseTo(2 / 3, 6);
  });
});

describe('recommend --file: the conversation mood through the chat engine (fake model)', () => {
  const turns = ['안녕하세요', '오늘 합격했어 너무 기뻐', '근데 새 학교 가는 게 좀 걱정돼', '노래 추천해줘'];

  it('is the engine\'s own mix after the last turn, and its embedding is the app\'s conversationEmbedding', async () => {
    const index = fakeIndex();
    const engine = () => createChatEngine({ analyze: fakeAnalyze, index, seed: 1 });
    const mood = await conversationMood(engine(), turns);
    const results = await talkThrough(engine(), turns);
    const last = results.at(-1)!;
    for (const id of EMOTIONS) expect(mood.mix[id]).toBeCloseTo(last.emotions[id], 10);
    // The greeting and the song request are meta talk: left out of mix and embedding.
    expect(mood.turns).toBe(2);
    expect(mood.mix.joy).toBeGreaterThan(0.3);
    expect(mood.mix.anxiety).toBeGreaterThan(0.3);
    const counted = results.map((r, i) => ({ r, text: turns[i]! })).filter(({ r }) => r.kind !== 'meta');
    const expected = new Float32Array(mood.embedding!.length);
    counted.forEach(({ r, text }, i) => {
      const w = turnWeight(meaningfulLength(cleanText(text)), counted.length - 1 - i);
      r.turn!.embedding.forEach((v, d) => (expected[d]! += w * v));
    });
    const n = Math.hypot(...expected);
    mood.embedding!.forEach((v, d) => expect(v).toBeCloseTo(expected[d]! / n, 5));
  }, 240_000);

  it('reads lines as turns and skips blank ones; meanEmbedding falls back to all turns when none counts', () => {
    expect(conversationTurns(['  첫 줄 ', '', '   ', '둘째 줄'])).toEqual(['첫 줄', '둘째 줄']);
    const e = meanEmbedding([{ embedding: Float32Array.from([3, 4]), chars: 4, kind: 'meta' }]);
    expect(Array.from(e!)).toEqual([expect.closeTo(0.6, 6), expect.closeTo(0.8, 6)]);
    expect(meanEmbedding([])).toBeNull();
  });

  it('eval:long-text parses conversations separated by --- with names and comments', () => {
    const convs = parseConversations('# comment\n## one\n첫 대화 첫 줄\n첫 대화 둘째 줄\n---\n## two\n\n둘째 대화\n---\n');
    expect(convs).toEqual([
      { name: 'one', turns: ['첫 대화 첫 줄', '첫 대화 둘째 줄'] },
      { name: 'two', turns: ['둘째 대화'] },
    ]);
  });
});

describe.skipIf(!realModelPresent())('shipped model (skipped without models/maum-mini): long text and the recommend CLI', () => {
  const chat = useShippedChat();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'mixfix-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  // The tester's pregnancy talk: joy with a small worry, read as pure joy (99 %) before.
  const baby = ['저 임신했어요!!', '2년동안 기다렸는데 드디어요', '남편한테 말했더니 둘이 부둥켜안고 울었어요ㅠㅠ', '아직 초기라 조심해야 하는데 너무 행복해요', '근데 혹시 잘못될까봐 살짝 겁도 나요'];
  // A birthday after a father's death: read as joy (95 %) before, sadness leads in the chat.
  const birthday = ['오늘 생일이에요', '친구들이 깜짝파티 해줬어요', '너무 좋았어요', '근데 집에 오니까 아빠 생각나요', '아빠 돌아가시고 처음 맞는 생일이라 웃다가 울다가 그러네요'];

  it('analyzeLong (the diary) reads a mix, not one emotion, and leads with what the chat leads with', async () => {
    const { encoder, engine } = chat();
    for (const turns of [baby, birthday]) {
      const text = turns.join(' ');
      const diary = await encoder.analyzeLong(text);
      const chatMix = (await conversationMood(engine, turns)).mix;
      expect(diary.pieces, text).toBeGreaterThanOrEqual(4);
      expect(diary.emotions[diary.label], text).toBeLessThan(0.9);
      expect(diary.label, text).toBe(topEmotion(chatMix));
    }
    const b = await encoder.analyzeLong(baby.join(' '));
    expect(b.emotions.joy).toBeGreaterThan(0.2);
    expect(b.emotions.anxiety).toBeGreaterThan(0.2);
  }, 60_000);

  it('npm run recommend -- --file gives the chat\'s mix; --text reads the joined text sentence by sentence', async () => {
    const file = path.join(tmp, 'baby.txt');
    writeFileSync(file, baby.join('\n') + '\n');
    const tsx = path.join(REPO_ROOT, 'node_modules/.bin/tsx');
    const run = (args: string[]) => spawnSync(tsx, ['scripts/cli/recommend.ts', ...args, '--k', '2'], { cwd: REPO_ROOT, encoding: 'utf8' });
    const byFile = run(['--file', file]);
    expect(byFile.status, byFile.stderr).toBe(0);
    const out = JSON.parse(byFile.stdout) as { emotions: Record<string, number>; similar: unknown[]; shift: unknown[] };
    const chatMix = (await conversationMood(chat().engine, baby)).mix;
    for (const id of EMOTIONS) expect(out.emotions[id]).toBeCloseTo(chatMix[id], 3);
    expect(out.similar).toHaveLength(2);
    const byText = run(['--text', baby.join(' ')]);
    expect(byText.status, byText.stderr).toBe(0);
    const t = JSON.parse(byText.stdout) as { emotions: Record<string, number> };
    expect(Math.max(...Object.values(t.emotions))).toBeLessThan(0.9);
    const both = run(['--file', file, '--text', '안녕']);
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/not both/);
  }, 120_000);
});
