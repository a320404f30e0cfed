/**
 * Hashed character n-gram features, computed here next to the model call because an ONNX graph
 * cannot hash strings. Two lists go in: char_ids/char_tf (1-3-grams, boundary trigrams) for the emotion model's
 * character head and sketch_ids/sketch_tf (1-2-grams) for the character part of the sentence
 * embedding, where trigrams make similarity too literal. scripts/train/char_features.py is the
 * Python twin used in training; the golden test (tests/ml/tokenizer-parity.test.ts) keeps the
 * two identical.
 *
 * Recipe: normalise like the tokenizer (NFC, collapsed whitespace), lower-case, pad each word with
 * one space on both sides, take every n-gram of code points except a lone space (and, for the
 * emotion head, the trigram across each word boundary: "안 좋"), hash "n:gram" (FNV-1a over
 * UTF-16 code units) into CHAR_BUCKETS buckets, count per bucket. In the emotion head's list the
 * n-grams of a negated word (negatedWords) are hashed as "n!:gram" instead.
 */
import { cleanText } from './text';

export const CHAR_BUCKETS = 1 << 17;
export const CHAR_ORDERS = [1, 2, 3] as const;
export const SKETCH_ORDERS = [1, 2] as const;
/** Most frequent buckets kept per text and list (texts are short; long ones are analysed in pieces). */
export const CHAR_MAX_FEATURES = 512;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const COLON = 58;
const BANG = 33;
/**
 * Which negation-scope rules these features follow (config.json's char_features.negation_scope;
 * the encoder refuses a model fitted to other rules). 1: session 23's first export; 2: also 안
 * written onto a word of feeling; 3: also 안 inside a word before a stem of feeling ("기분안좋아")
 * and 안 written onto the word before ("하나도안 좋아").
 */
export const NEGATION_SCOPE = 3;
const NEGATORS = new Set(['안', '못']);
const LONG_NEGATION_ENDINGS = ['지', '지도', '지가', '지는'];
const LONG_NEGATORS = ['않', '못하', '못했', '못해'];
// 안 written onto a word of feeling or judgement ("기분이 안좋아요"): chat often leaves the space
// out. Only these stems, so 안심, 안전, 안녕 and 안경 stay plain words.
const ATTACHED_NEGATED_STEMS = ['좋', '괜찮', '행복', '즐겁', '즐거', '기쁘', '기뻐', '설레', '신나', '신난',
  '편하', '편해', '편했', '재밌', '재미있', '반갑', '반가', '예쁘', '맛있', '멋있'];
// 안 written onto the word before it ("하나도안 좋아"): only after these words, or after a word of
// two or more letters ending in a particle, so 동안, 불안, 미안, 편안 and 제안 stay plain words.
const NEGATION_HOSTS = new Set(['하나도', '전혀', '별로', '너무', '진짜', '정말', '완전', '그렇게', '그다지', '딱히',
  '잘', '영', '절대', '많이', '조금', '좀', '아직', '더', '다', '또', '이제', '그냥', '요즘', '오늘', '기분', '컨디션',
  '맘', '마음', '몸', '잠', '밥']);
const HOST_PARTICLES = ['이', '가', '은', '는', '도'];

/** 안 written onto a stem of feeling, at the start or inside the word ("안좋아", "기분안좋아"). */
function attachedNegation(word: string): boolean {
  for (let k = 0; k < word.length - 1; k++) {
    if (word[k] === '안' && ATTACHED_NEGATED_STEMS.some((stem) => word.startsWith(stem, k + 1))) return true;
  }
  return false;
}

/** The word carries the 안 of the next one ("하나도안 좋아"). */
function negationWrittenOnto(word: string): boolean {
  if (!word.endsWith('안')) return false;
  const host = word.slice(0, -1);
  return NEGATION_HOSTS.has(host) || (host.length >= 2 && HOST_PARTICLES.some((p) => host.endsWith(p)));
}const DIGIT_0 = 48;

type Features = Array<[number, number]>;

/** 32-bit FNV-1a over the UTF-16 code units of s. */
function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let u = 0; u < s.length; u++) h = Math.imul(h ^ s.charCodeAt(u), FNV_PRIME);
  return h >>> 0;
}

/**
 * Which words a negation governs: the word after a standalone 안 or 못 ("안 좋아"), a word ending
 * in 지 (지도, 지가, 지는) before 않…/못하… ("행복하지 않아"), a word of feeling with 안 written
 * onto it ("안좋아요", "기분안좋아"), and the word after a 안 written onto its predecessor
 * ("하나도안 좋아"). Their n-grams get a namespace of
 * their own in the emotion head, so 좋아 in "안 좋아" is not the 좋아 of joy: "요즘 기분이 별로 안 좋아"
 * read joy 0.65 without it (scripts/train/negation_scope_check.py).
 */
export function negatedWords(words: readonly string[]): boolean[] {
  const out = words.map(() => false);
  words.forEach((w, i) => {
    if (attachedNegation(w)) out[i] = true;
    const next = words[i + 1];
    if (next === undefined) return;
    if (NEGATORS.has(w) || negationWrittenOnto(w)) out[i + 1] = true;
    if (LONG_NEGATION_ENDINGS.some((e) => w.endsWith(e)) && LONG_NEGATORS.some((n) => next.startsWith(n))) out[i] = true;
  });
  return out;
}

/** Both lists in one pass: every 1- and 2-gram is hashed once and counted in both. */
export function charFeatureLists(text: string): { char: Features; sketch: Features } {
  const all = new Map<number, number>();
  const low = new Map<number, number>();
  const words = cleanText(text).toLowerCase().split(' ').filter((w) => w.length > 0);
  const negated = negatedWords(words);
  words.forEach((word, w) => {
    // Code points of " word " (an emoji is one code point, two UTF-16 units).
    const points = Array.from(` ${word} `);
    for (const n of CHAR_ORDERS) {
      const inSketch = n <= SKETCH_ORDERS[SKETCH_ORDERS.length - 1]!;
      // The same FNV-1a as hashString(`${n}:${gram}`), fed unit by unit: no string per gram.
      const plain = Math.imul(Math.imul(FNV_OFFSET ^ (DIGIT_0 + n), FNV_PRIME) ^ COLON, FNV_PRIME);
      // A negated word's n-grams are hashed as `${n}!:${gram}` for the emotion head; the sketch
      // keeps the plain ones (similarity should not hinge on a negation's scope).
      const marked = Math.imul(
        Math.imul(Math.imul(FNV_OFFSET ^ (DIGIT_0 + n), FNV_PRIME) ^ BANG, FNV_PRIME) ^ COLON,
        FNV_PRIME,
      );
      for (let i = 0; i + n <= points.length; i++) {
        if (n === 1 && points[i] === ' ') continue;
        let h = plain;
        let m = marked;
        for (let j = i; j < i + n; j++) {
          const p = points[j]!;
          for (let u = 0; u < p.length; u++) {
            const c = p.charCodeAt(u);
            h = Math.imul(h ^ c, FNV_PRIME);
            m = Math.imul(m ^ c, FNV_PRIME);
          }
        }
        const b = (h >>> 0) % CHAR_BUCKETS;
        const gram = negated[w] ? (m >>> 0) % CHAR_BUCKETS : b;
        all.set(gram, (all.get(gram) ?? 0) + 1);
        if (inSketch) low.set(b, (low.get(b) ?? 0) + 1);
      }
    }
  });
  // Across each word boundary, the last letter, the space and the next word's first ("안 좋" of
  // "학점이 너무 안 좋아요", which within-word n-grams never see): a trigram of the emotion head only.
  for (let w = 0; w + 1 < words.length; w++) {
    const last = Array.from(words[w]!).at(-1)!;
    const first = String.fromCodePoint(words[w + 1]!.codePointAt(0)!);
    const b = hashString(`3:${last} ${first}`) % CHAR_BUCKETS;
    all.set(b, (all.get(b) ?? 0) + 1);
  }
  return { char: topFeatures(all), sketch: topFeatures(low) };
}

/** [bucket, count] pairs of the emotion head's 1-3-grams, by count descending then bucket ascending. */
export function charFeatures(text: string): Features {
  return charFeatureLists(text).char;
}

/** The same for the sentence embedding's sketch (1-2-grams). */
export function sketchFeatures(text: string): Features {
  return charFeatureLists(text).sketch;
}

function topFeatures(counts: Map<number, number>): Features {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CHAR_MAX_FEATURES);
}

export interface FeatureBatch {
  ids: BigInt64Array;
  tf: Float32Array;
  width: number;
}

/** Batch tensors' data for both lists: zero-padded bucket ids and (1 + ln count) weights, row-major [batch × width]. */
export function charFeatureBatch(texts: string[]): { char: FeatureBatch; sketch: FeatureBatch } {
  const lists = texts.map(charFeatureLists);
  return { char: toBatch(lists.map((l) => l.char)), sketch: toBatch(lists.map((l) => l.sketch)) };
}

function toBatch(feats: Features[]): FeatureBatch {
  const width = Math.max(1, ...feats.map((f) => f.length));
  const ids = new BigInt64Array(feats.length * width);
  const tf = new Float32Array(feats.length * width);
  feats.forEach((f, r) =>
    f.forEach(([b, c], k) => {
      ids[r * width + k] = BigInt(b);
      tf[r * width + k] = 1 + Math.log(c);
    }),
  );
  return { ids, tf, width };
}
