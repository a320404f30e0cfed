/**
 * Hashed character n-gram features for the emotion model's character head. An ONNX graph cannot
 * hash strings, so they are computed here, next to the model call, and passed in as two extra
 * inputs (char_ids, char_tf). scripts/train/char_features.py is the Python twin used in training;
 * the golden test (tests/ml/tokenizer-parity.test.ts) keeps the two identical.
 *
 * Recipe: normalise like the tokenizer (NFC, collapsed whitespace), lower-case, pad each word with
 * one space on both sides, take every 1-, 2- and 3-gram of code points except a lone space, hash
 * "n:gram" (FNV-1a over UTF-16 code units) into CHAR_BUCKETS buckets, count per bucket.
 */
import { cleanText } from './text';

export const CHAR_BUCKETS = 1 << 17;
export const CHAR_ORDERS = [1, 2, 3] as const;
/** Most frequent buckets kept per text (texts are short; long ones are analysed in pieces). */
export const CHAR_MAX_FEATURES = 512;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const COLON = 58;
const DIGIT_0 = 48;

/** [bucket, count] pairs, by count descending then bucket ascending. */
export function charFeatures(text: string): Array<[number, number]> {
  const counts = new Map<number, number>();
  for (const word of cleanText(text).toLowerCase().split(' ')) {
    if (!word) continue;
    // Code points of " word " (an emoji is one code point, two UTF-16 units).
    const points = Array.from(` ${word} `);
    for (const n of CHAR_ORDERS) {
      // The same FNV-1a as hashString(`${n}:${gram}`), fed unit by unit: no string per gram.
      const prefix = Math.imul(Math.imul(FNV_OFFSET ^ (DIGIT_0 + n), FNV_PRIME) ^ COLON, FNV_PRIME);
      for (let i = 0; i + n <= points.length; i++) {
        if (n === 1 && points[i] === ' ') continue;
        let h = prefix;
        for (let j = i; j < i + n; j++) {
          const p = points[j]!;
          for (let u = 0; u < p.length; u++) h = Math.imul(h ^ p.charCodeAt(u), FNV_PRIME);
        }
        const b = (h >>> 0) % CHAR_BUCKETS;
        counts.set(b, (counts.get(b) ?? 0) + 1);
      }
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CHAR_MAX_FEATURES);
}

/** Batch tensors' data: zero-padded bucket ids and (1 + ln count) weights, row-major [batch × width]. */
export function charFeatureBatch(texts: string[]): { ids: BigInt64Array; tf: Float32Array; width: number } {
  const feats = texts.map(charFeatures);
  const width = Math.max(1, ...feats.map((f) => f.length));
  const ids = new BigInt64Array(texts.length * width);
  const tf = new Float32Array(texts.length * width);
  feats.forEach((f, r) =>
    f.forEach(([b, c], k) => {
      ids[r * width + k] = BigInt(b);
      tf[r * width + k] = 1 + Math.log(c);
    }),
  );
  return { ids, tf, width };
}
