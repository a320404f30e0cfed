/**
 * Text normalisation for the chat engine's lexical parts (safety rules, character n-grams).
 * Pure and dependency-free so the browser and Node share it.
 */

/** NFC + lower case, whitespace collapsed. */
export function baseForm(raw: string): string {
  return raw.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const HANGUL_SYLLABLE = /[가-힣]/u;

/**
 * The compact form: Hangul syllables only (spaces, punctuation, digits, Latin letters, emoji and
 * loose jamo such as ㅋㅋ/ㅠㅠ removed), runs of three or more identical syllables collapsed to
 * one. "죽 고 싶 다", "죽고싶다ㅠㅠ", "죽.고.싶.다" and "자1살" all compact to the same string.
 */
export function compactForm(raw: string): string {
  let s = baseForm(raw);
  let out = '';
  for (const ch of s) if (HANGUL_SYLLABLE.test(ch)) out += ch;
  s = out.replace(/([가-힣])\1{2,}/gu, '$1');
  return s;
}

/** Laughter or joking markers (ㅋㅋ, ㅎㅎ, lol, 🤣…) anywhere in the message. */
export function hasLaughter(raw: string): boolean {
  return /[ㅋㅎ]{2,}|ㅋ|크크|키키|lol|😂|🤣|😆|😹/u.test(raw.normalize('NFC'));
}

/** Form used for character n-grams: lower case, letters and digits only (spaces dropped), long runs shortened. */
export function ngramForm(raw: string): string {
  const s = baseForm(raw).replace(/[^\p{L}\p{N}]/gu, '');
  return s.replace(/(.)\1{2,}/gu, '$1$1');
}
