/**
 * Character n-gram features, the lexical input of the intent classifier (intent-model.ts): the
 * set of hashed character 1–2-grams of a message's n-gram form (src/chat/normalize.ts). The index
 * stores weights per hashed bucket, never text. They carry short, lexically specific utterances
 * ("노래 추천해줘", "고마워") and the words that tell sibling intents apart, which the small
 * sentence encoder blurs.
 */
import { ngramForm } from './normalize';
import { hashString } from '../shared/seeded';

export const NGRAM_BUCKETS = 1 << 16;
/** Character unigrams and bigrams: 1–2 beat 1–3 and 2–3 in leave-one-out on the examples. */
export const NGRAM_ORDERS = [1, 2] as const;

/** Sorted unique hashed n-gram buckets of a text. */
export function ngramBuckets(raw: string): Uint16Array {
  const chars = Array.from(`^${ngramForm(raw)}$`);
  const set = new Set<number>();
  for (const n of NGRAM_ORDERS) {
    for (let i = 0; i + n <= chars.length; i++) {
      const gram = chars.slice(i, i + n).join('');
      if (gram === '^' || gram === '$') continue;
      set.add(hashString(`${n}:${gram}`) % NGRAM_BUCKETS);
    }
  }
  return Uint16Array.from([...set].sort((a, b) => a - b));
}
