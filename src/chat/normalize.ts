/**
 * Text normalisation for the chat engine's lexical parts (safety rules, character n-grams).
 * Pure and dependency-free so the browser and Node share it.
 */

const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const VOWELS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
const FINALS = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ', 'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'];

/**
 * Composes runs of loose compatibility jamo into syllables ("ㅈㅏㅅㅏㄹ" → "자살",
 * "ㅈㅜㄱㄱㅗ ㅅㅣㅍㅇㅓ" → "죽고 싶어"). Only consonant+vowel pairs are composed, so
 * "ㅋㅋ", "ㅠㅠ" and "ㅈㅅ" stay as they are.
 */
export function composeJamo(text: string): string {
  const chars = Array.from(text);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const l = INITIALS.indexOf(c);
    const v = l >= 0 ? VOWELS.indexOf(chars[i + 1] ?? '') : -1;
    if (l < 0 || v < 0) {
      out += c;
      continue;
    }
    let t = 0;
    const next = chars[i + 2] ?? '';
    const afterNext = chars[i + 3] ?? '';
    const f = FINALS.indexOf(next);
    // A following consonant is a final unless a vowel comes right after it (then it starts the next syllable).
    if (next && f > 0 && VOWELS.indexOf(afterNext) < 0) t = f;
    out += String.fromCharCode(0xac00 + (l * 21 + v) * 28 + t);
    i += t ? 2 : 1;
  }
  return out;
}

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
  let s = composeJamo(baseForm(raw));
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
