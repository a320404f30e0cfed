/**
 * The CLI contract: `npx tsx scripts/cli/chat.ts --jsonl` reads one message per line and prints
 * one JSON object per message. Runs against the tiny fixture model with a small index built
 * here (always), and against the shipped model + committed index when the model is present.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../src/ml/emotions';
import { loadNodeEncoder, REPO_ROOT } from '../../src/ml/node';
import { encodeDialogueIndex } from '../../src/chat/index-format';
import { DEFAULT_TRAIN, trainIntentModel } from '../../scripts/dialogue/train-intents';
import { loadCorpus, loadSafetyExemplars } from '../../scripts/dialogue/corpus';
import { realModelPresent } from './helpers';

const run = promisify(execFile);
const FIXTURE_MODEL = path.join(REPO_ROOT, 'tests', 'fixtures', 'tiny-model');
const KINDS = ['retrieval', 'followup', 'safety', 'meta'];

async function chat(lines: string[], args: string[]): Promise<Array<Record<string, unknown>>> {
  const child = run('npx', ['tsx', 'scripts/cli/chat.ts', '--jsonl', ...args], { cwd: REPO_ROOT, maxBuffer: 1 << 24, timeout: 120_000 });
  child.child.stdin!.end(lines.join('\n') + '\n');
  const { stdout } = await child;
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function checkContract(out: Array<Record<string, unknown>>, lines: string[]): void {
  expect(out).toHaveLength(lines.length);
  out.forEach((o, i) => {
    expect(o.user).toBe(lines[i]);
    expect(typeof o.reply).toBe('string');
    expect((o.reply as string).length).toBeGreaterThan(0);
    expect(KINDS).toContain(o.kind);
    expect(o.intent === null || typeof o.intent === 'string').toBe(true);
    expect(typeof o.score).toBe('number');
    expect([null, 'suicide', 'violence']).toContain(o.safety);
    expect(o.gauge as number).toBeGreaterThanOrEqual(0);
    expect(o.gauge as number).toBeLessThanOrEqual(1);
    expect(Object.keys(o.emotions as object).sort()).toEqual([...EMOTIONS].sort());
  });
}

const LINES = ['안녕하세요', '요즘 잠이 잘 안 와요', '', '죽고 싶어', '노래 추천해 줘', '<b>hi</b> 😀'];

describe('chat CLI (--jsonl) with the fixture model', () => {
  let dir: string;
  let indexFile: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'chat-cli-'));
    indexFile = path.join(dir, 'index.json');
    const encoder = await loadNodeEncoder({ dir: FIXTURE_MODEL });
    const corpus = loadCorpus();
    const intents = corpus.intents.filter((it, i) => i < 12 || it.kind === 'meta');
    const rowText = intents.flatMap((it) => it.examples);
    const rowIntent = intents.flatMap((it, i) => it.examples.map(() => i));
    const exemplars = loadSafetyExemplars();
    const embed = async (texts: string[]) => {
      const a = await encoder.analyze(texts);
      const out = new Float32Array(texts.length * encoder.info.embeddingDim);
      a.forEach((x, i) => out.set(x.embedding, i * encoder.info.embeddingDim));
      return out;
    };
    const rowVecs = await embed(rowText);
    const dim = encoder.info.embeddingDim;
    const trained = trainIntentModel(rowText, rowIntent, rowText.map((_, i) => rowVecs.subarray(i * dim, (i + 1) * dim)), intents.length, { ...DEFAULT_TRAIN, epochs: 6, seeds: 1 });
    const { json, bin } = encodeDialogueIndex({
      modelVersion: encoder.info.version,
      dim,
      settings: { threshold: 0.3, margin: 0, safetyMargin: 0, note: 'cli test' },
      intents: intents.map(({ id, kind, action, topic, emotion, replies }) => ({ id, kind, ...(action ? { action } : {}), topic, emotion, replies })),
      followups: corpus.followups,
      reflections: corpus.reflections,
      safetyReplies: corpus.safetyReplies,
      vectors: trained.centroids,
      intentModel: trained.model,
      examples: rowText.length,
      safetyVectors: await embed(exemplars.map((e) => e.text)),
      safetyLabels: exemplars.map((e) => e.label),
    });
    await encoder.dispose();
    writeFileSync(indexFile, JSON.stringify(json));
    writeFileSync(indexFile.replace(/\.json$/, '.bin'), bin);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON object per line with the documented fields, as one conversation', async () => {
    const out = await chat(LINES, ['--model', FIXTURE_MODEL, '--index', indexFile]);
    checkContract(out, LINES);
    expect(out[2]!.kind).toBe('meta');
    expect(out[3]!.kind).toBe('safety');
    expect(out[3]!.safety).toBe('suicide');
    expect(out[3]!.reply as string).toContain('109');
    // One conversation: the gauge only grows.
    const gauges = out.map((o) => o.gauge as number);
    expect([...gauges].sort((a, b) => a - b)).toEqual(gauges);
    expect(gauges.at(-1)!).toBeGreaterThan(0);
  }, 120_000);

  it('starts a new conversation on every line with --reset-each', async () => {
    const lines = ['오늘 회사에서 정말 힘든 하루였어', '오늘 회사에서 정말 힘든 하루였어'];
    const out = await chat(lines, ['--model', FIXTURE_MODEL, '--index', indexFile, '--reset-each']);
    checkContract(out, lines);
    expect(out[1]!.gauge).toBe(out[0]!.gauge);
  }, 120_000);

  it('fails with a clear message when the index was built with another model', async () => {
    const other = path.join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ ...JSON.parse(readFileSync(indexFile, 'utf8')), modelVersion: 'someothermodel' }));
    copyFileSync(indexFile.replace(/\.json$/, '.bin'), other.replace(/\.json$/, '.bin'));
    await expect(
      run('npx', ['tsx', 'scripts/cli/chat.ts', '--jsonl', '--model', FIXTURE_MODEL, '--index', other], { cwd: REPO_ROOT, timeout: 120_000 }),
    ).rejects.toMatchObject({ stderr: expect.stringMatching(/someothermodel.*build:dialogue-index/) });
  }, 120_000);
});

describe.skipIf(!realModelPresent())('chat CLI (--jsonl) with the shipped model and index (fresh-clone contract)', () => {
  it('works with no options', async () => {
    const lines = ['안녕', '요즘 회사 일이 너무 많아서 지쳤어', '상사가 나한테만 일을 몰아줘', '배고파 죽겠다', '죽고 싶어'];
    const out = await chat(lines, []);
    checkContract(out, lines);
    expect(out[0]!.kind).toBe('meta');
    expect(out[3]!.safety).toBeNull();
    expect(out[4]!.safety).toBe('suicide');
  }, 120_000);

  // Found by talking to it (session 19): "기분이 좀 다운돼" was thanked for feeling better
  // (meta_thanks_felt_better 0.87), "요즘 우울해" answered as love fading, "고마워 근데 오늘 너무
  // 피곤해" read as joy 0.99 ("좋은 기운이 여기까지 전해지는 것 같아요"), "hi" told "네, 무슨 말인지
  // 알 것 같아요", and a friend bringing a cake to the door got the violence reply with 112.
  it('answers a plain low or good mood, a pleasantry before a complaint, "hi" and a friendly visit as such', async () => {
    const lines = ['기분이 좀 다운돼', '요즘 우울해', '오늘 기분 최고야', '고마워 근데 오늘 너무 피곤해', 'hi', '친구가 집 앞까지 찾아와서 케이크 주고 갔어'];
    const out = await chat(lines, ['--reset-each']);
    checkContract(out, lines);
    expect(out.map((o) => o.intent).slice(0, 3)).toEqual(['life_mood_feeling_down', 'life_mood_feeling_down', 'life_mood_feeling_good']);
    expect(out[3]!.intent).toBe('life_stress_long_day_tired');
    expect(out[4]!.kind).toBe('meta');
    expect(out[4]!.reply).toMatch(/반가워요|안녕하세요/u);
    expect(out[5]!.safety).toBeNull();
  }, 120_000);

  // "3년 만났거든요" reached the break-up intent only with the last turn's help and was told
  // "오늘 이별을 겪었다니 지금 얼마나 멍하고 아플까요" again (session 19).
  it('answers a short detail of the story with a follow-up in its mood, not the news told back', async () => {
    const lines = ['오늘 남자친구랑 헤어졌어요', '3년 만났거든요'];
    const out = await chat(lines, []);
    checkContract(out, lines);
    expect(out[0]!.intent).toBe('breakup_just_broke_up');
    expect(out[1]!.kind).toBe('followup');
  }, 120_000);

  // Session 20, talking to the app: a first day at work got a worried follow-up, a sick father
  // the intent about parents growing old, an empty account "무시당한 것 같아서…", and others
  // doing well the crisis reply.
  it('answers a first day, a sick parent, an empty account and envy of others as such', async () => {
    const lines = ['오늘 첫 출근했어요', '아빠가 많이 아프셔', '월급날인데 통장이 텅 비었어', '다들 잘 사는 것 같은데 나만 제자리야'];
    const out = await chat(lines, ['--reset-each']);
    checkContract(out, lines);
    expect(out[0]!.intent).toBe('life_event_first_day_job');
    expect(out[1]!.intent).toBe('family_parent_health_worry');
    expect(out[2]!.reply).not.toMatch(/무시당|대우를|몰라준|남겨진/u);
    expect(out[3]!.safety).toBeNull();
    expect(out[3]!.kind).not.toBe('safety');
  }, 120_000);

  it('answers parents against a career choice, bullying at work, plain work stress and a wish for music as such', async () => {
    const lines = ['부모님이 내 진로를 반대하셔', '직장 내 괴롭힘 당하는 것 같아요', '요즘 회사 때문에 너무 힘들어', '그냥 노래나 들을래'];
    const out = await chat(lines, ['--reset-each']);
    checkContract(out, lines);
    expect(out[0]!.intent).toBe('family_parents_interfere');
    expect(out[0]!.reply).not.toMatch(/그\s?사람/u);
    expect(out[1]!.kind).toBe('safety');
    expect(out[1]!.reply).toContain('1350');
    expect(out[2]!.intent).toBe('work_stress_general');
    expect(out[3]!.intent).toBe('meta_recommend_song_general');
  }, 120_000);

  // Session 27, talking to the app: "오늘 안 좋은 일이 있었어" matched the good-news intent at
  // 1.000 and was told "행복하다는 말만 들어도 저까지 들뜨네요"; "오늘 힘든 일 있었어요" got "와, 좋은
  // 소식이라니 벌써 설레요!" (read joy). Openers that name a bad event without telling it are asked
  // what happened, in their own mood (src/chat/untold-event.ts); the good-news opener still gets its reply.
  it('asks what happened when told only that something bad or annoying happened, or that there is a worry, and shares good news', async () => {
    const lines = ['오늘 안 좋은 일이 있었어', '오늘 힘든 일 있었어요', '나 오늘 진짜 속상한 일 있었어', '오늘 진짜 짜증나는 일 있었어', '나 좋은 일 생겼어!', '고민이 있어요'];
    const out = await chat(lines, ['--reset-each']);
    checkContract(out, lines);
    expect(out.map((o) => o.intent)).toEqual(['untold:sadness', 'untold:sadness', 'untold:sadness', 'untold:anger', 'life_joy_good_news_general', 'untold:worry']);
    for (const o of out.slice(0, 4)) expect(o.reply).not.toMatch(/좋은 소식|기쁜|들뜨|설레/u);
  }, 120_000);

  // Session 28, talking to the app: "엄마가 아파" got "아하, 그런 거였군요", "할머니가 보고 싶어"
  // condolences, "배고파" a reply about feeling unwell, "지친다" a neutral small-talk follow-up.
  // "남편이 바람폈어" matched a kind spouse ("이런 행복은 마음껏 누려도 돼요!"), "아이가 말을 안 들어서
  // 힘들어" a sick child.
  it('answers a family member unwell, someone missed, hunger, tiredness, an affair and a defiant child each in its own way', async () => {
    const lines = ['엄마가 아파', '할머니가 보고 싶어', '배고파', '지친다', '남편이 바람폈어', '아이가 말을 안 들어서 힘들어'];
    const out = await chat(lines, ['--reset-each']);
    checkContract(out, lines);
    expect(out.map((o) => o.intent)).toEqual(['life:family_unwell', 'untold:missing', 'life_daily_what_i_ate', null, 'life:infidelity', null]);
    expect(out[1]!.reply).not.toMatch(/떠나|떠나보|작별|슬픔에는/u);
    expect(out[2]!.reply).not.toMatch(/몸|컨디션|아파|아픈/u);
    expect(out[3]!.reply).not.toMatch(/^(아하|아,|네,)/u);
    expect(out[4]!.reply).not.toMatch(/행복|기쁘|축하/u);
    expect(out[5]!.reply).not.toMatch(/아프|아팠|작은 몸/u);
  }, 120_000);

  // "시험 기간인데 공부가 손에 안 잡혀서 불안해" was told "…자두는 것도 내일을 위한 준비예요"; "남자친구가
  // 내 생일을 까먹어서 너무 속상해" was asked about "그 말".
  it('presumes neither an exam tomorrow nor a remark the user did not tell', async () => {
    const lines = ['시험 기간인데 공부가 손에 안 잡혀서 불안해', '내일 시험인데 공부가 손에 안 잡혀', '남자친구가 내 생일을 까먹어서 너무 속상해'];
    const out = await chat(lines, ['--reset-each']);
    checkContract(out, lines);
    expect(out[0]!.reply).not.toMatch(/내일|전날/u);
    expect(out[1]!.intent).toBe('school_exam_tomorrow');
    expect(out[2]!.reply).not.toMatch(/그 말/u);
  }, 120_000);
});
