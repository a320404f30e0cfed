/**
 * Session 38 (mixfix): reading a long text (a diary entry, a whole conversation given to the
 * `recommend` CLI) sentence by sentence.
 *
 * The failure: analyzeLong used to cut a long text into pieces of up to 160 characters, several
 * sentences each, and average them. maum-mini was trained on single utterances, and a piece of
 * several sentences is read as the loudest of them: the testers' 38 conversations, each joined into
 * one text, came out as one emotion (top ≥ 95 %) in 19 and with another lead emotion than the chat's
 * own per-turn mix in 9 ("저 임신했어요!! … 근데 혹시 잘못될까봐 살짝 겁도 나요" became pure joy,
 * the small worry gone). So the diary's chart showed one feeling where the user wrote a mix.
 *
 * Now: `splitIntoSentences` cuts at sentence ends, including the many Korean sentences that end
 * without punctuation ("오늘 회사에서 완전 깨졌어 팀장이 …"), at ㅋㅋ/ㅠㅠ runs and emoji; a tiny
 * fragment ("ㅠㅠ", "진짜", an emoji) goes with its neighbour, since alone it says nothing the
 * model can read. `aggregateSentences` then mixes the sentences' readings with the chat's own
 * per-turn weight without recency (src/chat/mix.ts, turnWeight(chars, 0) = √letters): a sentence
 * four times as long counts twice as much, and the first sentence of a diary counts as much as the
 * last.
 *
 * The song catalogue does NOT use this: lyrics keep their stanza pieces (splitIntoPieces in
 * text.ts, aggregateAnalyses in encoder.ts), so the catalogue built from them is unchanged.
 */
import { EMOTIONS, mixFromArray, type EmotionMix } from './emotions';
import { meaningfulLength } from './text';

/** The longest sentence analysed as one; a longer one is cut at spaces (the model's 128 tokens). */
export const MAX_SENTENCE_CHARS = 160;
/** A sentence with fewer letters than this (compatibility jamo such as ㅋ and ㅠ do not count) joins its neighbour. */
export const MIN_SENTENCE_LETTERS = 4;

/** Nouns that look like an ending and end no sentence ("필요 없어", "올해 여름에", "샤워 하고"). */
const NOT_ENDING_NOUN = /(?:필요|중요|주요|소요|강요|동요|수요|요요|올해|새해|피해|이해|방해|오해|손해|위해|대해|의해|샤워|타워|파워|소파|게임|모임|(?:너|니|우리|저희|엄마|아빠|할머니|할아버지|언니|오빠|누나|형|동생|친구|이모|삼촌|고모)네)$/u;
/**
 * Plain (반말) sentence endings that need no past-tense syllable: "거야", "잖아", "거든", "더라",
 * "구나", "는걸"; "-ㄴ다"/"-는다" and a few adjectives in -다 ("싶다", "좋다", "슬프다", "힘들다");
 * "-해"/"-워"/"-퍼"/"-파"/"-돼" and common adjectives in -아/-어 ("좋아", "싫어", "몰라", "괜찮아",
 * "짜증나"); "-네" after a stem ("그렇네"); the note-style "-함"/"-됨"/"-임"/"-냄" ("2주째임").
 * Not "-는데", "-니까", "-고", "-서", "-지만", "-다가", "-ㄹ까" (connectives: the clause belongs
 * with the next one), nor "보다"/"마다" (particles: "생각보다 괜찮았어").
 */
const PLAIN_END =
  /(?:거야|이야|잖아|거든|더라|구나|는걸|렇네|하네|되네|는다|한다|간다|온다|싶다|좋다|싫다|같다|프다|쁘다|들다|이다|겠다|좋아|싫어|몰라|같아|괜찮아|힘들어|싶어|짜증나|화나|열받아|눈물나|빡쳐|미쳐|지쳐|돼|함|됨|임|냄|해|워|퍼|파)$/u;
/** "-야" after a noun ("두달째야", "뭐야", "아니야"), but not "-어야/-아야" (must: "해야 돼"). */
const YA_END = /[^해가봐어아져워와줘되돼써러려]야$/u;
/**
 * After an -어/-아/-해 word, these begin an auxiliary that belongs to it: "해 봤어", "알아 줘",
 * "좋아 죽겠어", "힘들어 보여". No cut there.
 */
const AUXILIARY_NEXT = /^(?:보|봐|봤|볼|본|봄|줘|주|준|줬|줄|버리|버려|버렸|놓|놔|놨|있|죽|드리|드려|드렸|가|와|왔|지|져|졌|도|서|야)/u;

const HANGUL_BASE = 0xac00;
/** Final consonant (jongseong) index of a Hangul syllable, or -1 for anything else. */
function jongseong(ch: string | undefined): number {
  if (!ch) return -1;
  const c = ch.charCodeAt(0) - HANGUL_BASE;
  return c >= 0 && c < 11172 ? c % 28 : -1;
}
/** ㅆ (past "-었", future "-겠", "있") and ㅄ ("없"). */
const JONG_SS = 20;
const JONG_BS = 18;
/** Syllables that end a sentence after a ㅆ/ㅄ syllable: "갔어", "했다", "있지", "봤네", "했음", "했니", "했냐", "했군", "했대". */
const AFTER_PAST = new Set(['어', '다', '지', '네', '음', '니', '냐', '군', '대']);

/** The word's last characters, without closing punctuation, quotes or trailing jamo. */
function wordCore(word: string): string {
  return word.replace(/[\p{P}\p{S}ㄱ-ㅣ]+$/u, '');
}

/**
 * Whether `word`, followed by `next`, ends a sentence that carries no punctuation. Only
 * sentence-final endings count; connectives ("했는데", "하니까", "해서") never do.
 */
export function endsSentence(word: string, next: string): boolean {
  const w = wordCore(word);
  if ((w.length < 2 && w !== '돼') || NOT_ENDING_NOUN.test(w)) return false;
  const last = w.at(-1)!;
  if (last === '요') return true;
  if (last === '죠' || w.endsWith('니다')) return true;
  const before = w.at(-2);
  const jong = jongseong(before);
  if ((jong === JONG_SS || jong === JONG_BS) && AFTER_PAST.has(last)) return true;
  if (YA_END.test(w)) return true;
  if (PLAIN_END.test(w)) {
    // An -어/-아 form followed by an auxiliary verb is one predicate ("해 봤어", "좋아 죽겠어").
    if (/[해워퍼파아어나쳐돼]$/u.test(w) && AUXILIARY_NEXT.test(next)) return false;
    return true;
  }
  return false;
}

const ENDS_WITH_PUNCT = /(?:[.!?。…~？！]|;;)["'”’)\]]*$/u;
const ENDS_WITH_JAMO_RUN = /[ㅋㅎㅠㅜ]{2,}$/u;
const ENDS_WITH_EMOJI = /\p{Extended_Pictographic}[\u{FE0F}\u{200D}\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}]*$/u;

/** Letters that say something: syllables and letters, not the ㅋ/ㅠ of a laugh or a cry. */
function letters(s: string): number {
  return meaningfulLength(s.replace(/[ㄱ-ㅣ]/gu, ''));
}

/** Cuts a sentence longer than `max` at spaces (or hard, for a run without spaces). */
function cutLong(s: string, max: number): string[] {
  if (s.length <= max) return [s];
  const out: string[] = [];
  let cur = '';
  for (const word of s.split(' ')) {
    if (word.length > max) {
      if (cur) out.push(cur);
      cur = '';
      for (let i = 0; i < word.length; i += max) out.push(word.slice(i, i + max));
      continue;
    }
    if (cur && cur.length + 1 + word.length > max) {
      out.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Sentences of a long text, in order, each at most `maxChars`: cut at line breaks, after
 * sentence punctuation, ㅋㅋ/ㅠㅠ runs and emoji, and after a word with a sentence-final ending
 * (endsSentence). A sentence of fewer than MIN_SENTENCE_LETTERS letters joins the one before it
 * (the first one, the one after it). NFC first, so NFD input splits the same.
 */
export function splitIntoSentences(raw: string, maxChars = MAX_SENTENCE_CHARS): string[] {
  const text = raw.normalize('NFC');
  const rough: string[] = [];
  for (const line of text.split(/\r?\n+/u)) {
    const words = line.split(/\s+/u).filter(Boolean);
    let cur: string[] = [];
    words.forEach((word, i) => {
      cur.push(word);
      const next = words[i + 1];
      if (next === undefined) return;
      if (ENDS_WITH_PUNCT.test(word) || ENDS_WITH_JAMO_RUN.test(word) || ENDS_WITH_EMOJI.test(word) || endsSentence(word, next)) {
        rough.push(cur.join(' '));
        cur = [];
      }
    });
    if (cur.length) rough.push(cur.join(' '));
  }
  // Tiny fragments ("ㅠㅠ", "진짜", "😭") join their neighbour.
  const merged: string[] = [];
  for (const s of rough) {
    if (merged.length && letters(s) < MIN_SENTENCE_LETTERS) merged[merged.length - 1] += ` ${s}`;
    else merged.push(s);
  }
  if (merged.length > 1 && letters(merged[0]!) < MIN_SENTENCE_LETTERS) {
    const first = merged.shift()!;
    merged[0] = `${first} ${merged[0]}`;
  }
  return merged.flatMap((s) => cutLong(s, maxChars));
}

/** A sentence's weight in the mix: the chat's per-turn weight without recency (mix.ts turnWeight(chars, 0)). */
export function sentenceWeight(sentence: string): number {
  return Math.sqrt(Math.max(1, meaningfulLength(sentence)));
}

export interface SentenceReading {
  text: string;
  emotions: EmotionMix;
  embedding: Float32Array;
}

/**
 * The weighted mean of the sentences' emotion probabilities and embeddings (weights:
 * sentenceWeight; the embedding renormalised to unit length), as one Analysis of `text`.
 */
export function aggregateSentences<T extends SentenceReading>(parts: readonly T[], text: string) {
  const dim = parts[0]?.embedding.length ?? 0;
  const emb = new Float32Array(dim);
  const acc = new Array<number>(EMOTIONS.length).fill(0);
  let total = 0;
  for (const p of parts) {
    const w = sentenceWeight(p.text);
    total += w;
    EMOTIONS.forEach((id, k) => (acc[k]! += w * p.emotions[id]));
    for (let d = 0; d < dim; d++) emb[d]! += w * p.embedding[d]!;
  }
  let norm = 0;
  for (let d = 0; d < dim; d++) norm += emb[d]! * emb[d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dim; d++) emb[d]! /= norm;
  const emotions = mixFromArray(acc.map((v) => v / (total || 1)));
  let best = 0;
  for (let k = 1; k < EMOTIONS.length; k++) if (acc[k]! > acc[best]!) best = k;
  return { text, emotions, label: EMOTIONS[best]!, embedding: emb };
}
