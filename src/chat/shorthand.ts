/**
 * Typos and English work/school words read for meaning (session 40, shorthand). An odd-input
 * tester found two kinds of turn that broke topic matching:
 *
 * - ㅅ받침 typed for ㅆ ("남친이랑 헤어졋는데 너무 보고십어", "아무것도 못하겟어", "힘들엇어"): the
 *   correctly spelled turn found the missing-an-ex intent; the typo got "이야기해 줘서 고마워요.
 *   조금 더 자세히 들려줄래요?" and "아무것도 못하겟어" got «바로 답이 떠오르지 않을 때도 있죠»
 *   (I don't know). `fixTypos` turns a known set of syllables (졋 겟 햇 엇 앗 왓 갓 잇 봣 됏 …)
 *   into their ㅆ form only when the rest of the word is an ending that cannot follow a ㅅ stem
 *   ("-어", "-는데", "-다", "-음" …), and "고 십어/시퍼" into "고 싶어". Real words stay as they are:
 *   것, 옷, 젓가락, 잇몸, 햇빛, 햇살, 십만, 갓생, 엇갈려, 빼앗고, 타겟, 잇고, 셧다운.
 * - Korean turns with English words for work and school ("오늘 meeting 완전 망했어", "presentation
 *   하는데 말이 안 나오더라", "boss가 표정 썩었음"): no meeting, presentation or boss topic was found.
 *   `koreanForEnglish` puts the Korean word in place of a small set of common ones, only in a turn
 *   that has Korean in it (an English turn is language.ts's).
 *
 * Like dialect.ts, this is only the engine's reading: safety reads the user's own words, and the
 * stored text is what the user wrote.
 */

const nfc = (s: string) => s.normalize('NFC');

const HANGUL_BASE = 0xac00;
const JONG_S = 19; // ㅅ
const JONG_SS = 20; // ㅆ

/** Syllables with ㅅ받침 that are ㅆ typed one key short ("졋" for "졌"). */
const TYPO_SYLLABLES = new Set('졋겟햇엇앗왓갓잇봣됏셧웟렷쳣켯겻녓랏팟냇랫줫썻깻'.split('').filter((c) => (c.charCodeAt(0) - HANGUL_BASE) % 28 === JONG_S));

/** What may follow the ㅆ syllable to the end of the word: endings no ㅅ stem takes as written. */
const ENDING =
  /^(?:어|어요|어서|어도|어용|엉|었|었어|었어요|었는데|었고|었지|었음|었다|었던|었네|엇어|엇어요|엇는데|엇고|엇지|엇음|엇다|다|다가|다고|다는|다니까|다며|는데|는데요|는지|고|지|지만|지요|죠|네|네요|음|잖아|잖아요|던|던데|으니까|으면|을까|을|나|냐|니|더라|더라고|대|습니다|나요|길래)$/u;

/** Real words: 빼앗다, 타겟, 잇다 (to join), 갓 (new, just), 셧다운. */
const KEEP_BEFORE: Readonly<Record<string, RegExp>> = {
  앗: /빼$/u,
  겟: /타$/u,
};
/** 잇다 conjugations that are real: "잇고", "잇지", "잇는", "잇다"; 갓 + "다" only at a word's start. */
const KEEP_REST: Readonly<Record<string, RegExp>> = {
  잇: /^(?:고|지|지만|는|는데|다|다가|다고|다는|던|네|네요)$/u,
  갓: /^(?:고|지|지만|지요|죠|을|나|니|대)$/u,
};

/** The end of a word's letters: laughter, tears and marks after it are kept apart. */
const TAIL = /[ㅋㅎㅠㅜ.!?~…,;:^]+$/u;

const toSs = (c: string): string => String.fromCharCode(c.charCodeAt(0) + (JONG_SS - JONG_S));

function fixWord(word: string): string {
  const tail = TAIL.exec(word)?.[0] ?? '';
  const body = tail ? word.slice(0, -tail.length) : word;
  const chars = [...body];
  // Right to left, so "잇엇어" reads "엇어" fixed to "었어" before 잇 is looked at.
  for (let i = chars.length - 1; i >= 0; i--) {
    const c = chars[i]!;
    if (!TYPO_SYLLABLES.has(c)) continue;
    const rest = chars.slice(i + 1).join('');
    const before = chars.slice(0, i).join('');
    if (!ENDING.test(rest)) continue;
    if (KEEP_BEFORE[c]?.test(before)) continue;
    if (KEEP_REST[c]?.test(rest)) continue;
    // A word-initial 엇/앗 is an interjection or 엇- ("엇나가"), not an ending.
    if ((c === '엇' || c === '앗') && i === 0) continue;
    chars[i] = toSs(c);
  }
  return chars.join('') + tail;
}

/**
 * "헤어졋는데" → "헤어졌는데", "못하겟어" → "못하겠어", "힘들엇어" → "힘들었어", "보고십어" →
 * "보고싶어"; real words unchanged. Meaning only (see the module comment).
 */
export function fixTypos(text: string): string {
  const t = nfc(text);
  return t
    .split(/(\s+)/u)
    .map((w) => (/\s/u.test(w) || w.length === 0 ? w : fixWord(w)))
    .join('')
    .replace(/(고\s?)(?:십|시퍼)(어|어요|어서|었|다|네|은|을|지|음|던|엇)?(?![가-힣])/gu, (_m, go: string, end: string | undefined) => `${go}${end === undefined ? '싶어' : `싶${end === '엇' ? '었' : end}`}`)
    .replace(/(고\s?)시퍼(?=[가-힣])/gu, '$1싶어');
}

/** English work and school words used inside Korean turns, and the Korean word read for them. */
const ENGLISH_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/team\s?leader|team\s?lead/giu, '팀장'],
  [/meetings?/giu, '회의'],
  [/presentations?|presen|prezi/giu, '발표'],
  [/boss(?:es)?/giu, '상사'],
  [/exams?|midterms?/giu, '시험'],
  [/deadlines?/giu, '마감'],
  [/interviews?/giu, '면접'],
  [/assignments?|homework/giu, '과제'],
  [/reports?/giu, '보고서'],
  [/co-?workers?|colleagues?/giu, '동료'],
  [/overtime/giu, '야근'],
  [/professor|prof/giu, '교수님'],
  [/tired|exhausted/giu, '피곤해'],
  [/stressed|stress/giu, '스트레스'],
];

const PAIRS: Readonly<Record<string, readonly [string, string]>> = { 가: ['이', '가'], 이: ['이', '가'], 는: ['은', '는'], 은: ['은', '는'], 를: ['을', '를'], 을: ['을', '를'], 와: ['과', '와'], 과: ['과', '와'] };
/** The particle's form after the word: with a final consonant "이/은/을/과", else "가/는/를/와". */
function particleAfter(word: string, josa: string): string {
  const code = word.charCodeAt(word.length - 1) - HANGUL_BASE;
  const pair = PAIRS[josa];
  if (!pair || code < 0 || code > 11171) return josa;
  return code % 28 !== 0 ? pair[0] : pair[1];
}

/**
 * "오늘 meeting 완전 망했어" → "오늘 회의 완전 망했어", "boss가" → "상사가", "I'm so tired 진짜" →
 * "I'm so 피곤해 진짜". Only in a turn with Korean in it, and only whole English words (a Korean
 * particle may follow: "meeting에서").
 */
export function koreanForEnglish(text: string): string {
  const t = nfc(text);
  if (!/[가-힣]/u.test(t) || !/[A-Za-z]/u.test(t)) return t;
  // A tiredness said in English inside a Korean turn ("I'm so tired 진짜"): read as said.
  let out = t.replace(/(?<![A-Za-z])(?:I'?m|I\s+am)\s+(?:so\s+|really\s+|very\s+|super\s+)?(?:tired|exhausted)(?![A-Za-z])/giu, '너무 피곤해');
  for (const [re, ko] of ENGLISH_WORDS) {
    // The particle after it follows the Korean word: "team leader가" → "팀장이".
    out = out.replace(new RegExp(`(?<![A-Za-z])(?:${re.source})(?![A-Za-z])(?:(가|이|는|은|를|을|와|과)(?![가-힣]))?`, 'giu'), (_m, josa: string | undefined) => ko + (josa ? particleAfter(ko, josa) : ''));
  }
  return out;
}

/** Both, for the engine's reading of a turn. */
export function normalizeShorthand(text: string): string {
  return koreanForEnglish(fixTypos(text));
}
