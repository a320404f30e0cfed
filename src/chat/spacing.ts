/**
 * Text written without spaces, re-spaced for meaning (session 40, daily). "오늘병원갔다왔는데의사가당뇨라고",
 * "회사에서완전깨졌어", "헤어졌어요어제", "단톡방에서도저만모르고있었어요" were read as one unknown word:
 * the rule modules (written for spaced words) and the intent classifier missed them, and the last
 * one got "바깥 풍경이 그려지네요".
 *
 * `respace` splits only long runs of Hangul with no space at all (`MIN_RUN` syllables or more), and
 * only into words the intent corpus itself uses (src/chat/spacing-words.ts, generated from its
 * examples): the split is the one whose words are most frequent together (a unigram model, found by
 * dynamic programming). A syllable no word covers stays joined to the word before it, and a particle
 * or an ending (요, 를, 고, 어요 …) never stands alone. Ordinary spaced text is left as it is: a long
 * word the corpus knows whole ("괜찮아졌어요") costs less whole than split.
 *
 * Like dialect.ts, this is only the engine's reading of the turn: safety reads the user's own words
 * (its compact form joins words anyway, so "죽고싶어요진짜로" is read as before), and what the user
 * wrote is what the app shows and keeps.
 */
import { SPACING_WORDS } from './spacing-words';

/** Runs of this many Hangul syllables or more, with no space, are re-spaced ("헤어졌어요어제" is 7). */
export const MIN_RUN = 7;
/** The longest word looked up. */
const MAX_WORD = 8;
/** The cost of a syllable no word covers: high, so a split into known words always wins. */
const UNKNOWN_COST = 22;

/** Forms that only follow another word; never a word of their own in a split (also used by the generator). */
export const BOUND_FORMS: ReadonlySet<string> = new Set(
  '고 어요 아요 어 아 지 요 를 을 는 은 도 만 라고 이라고 에 에서 가 이 랑 이랑 와 과 로 으로 까지 부터 처럼 한테 에게 께 의 야 이야 예요 이에요 인데 거든요'.split(' '),
);

let costs: Map<string, number> | null = null;
function wordCosts(): Map<string, number> {
  if (costs) return costs;
  const entries = SPACING_WORDS.split('\n').map((line) => {
    const [word, n] = line.split(' ');
    return [word!, Number(n)] as const;
  });
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  costs = new Map(entries.map(([w, n]) => [w, -Math.log(n / total)]));
  return costs;
}

/** The most likely split of one run of Hangul into corpus words. */
export function splitRun(run: string): string[] {
  const known = wordCosts();
  const n = run.length;
  const best = new Array<number>(n + 1).fill(Infinity);
  const back = new Array<number>(n + 1).fill(0);
  best[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - MAX_WORD); j < i; j++) {
      const w = run.slice(j, i);
      const cost = known.get(w) ?? (i - j === 1 ? UNKNOWN_COST : undefined);
      if (cost === undefined || best[j]! + cost >= best[i]!) continue;
      best[i] = best[j]! + cost;
      back[i] = j;
    }
  }
  const pieces: string[] = [];
  for (let i = n; i > 0; i = back[i]!) pieces.unshift(run.slice(back[i]!, i));
  // A syllable no word covers (or a particle) stays with the word before it.
  const words: string[] = [];
  for (const p of pieces) {
    if (words.length > 0 && (!known.has(p) || joinsHada(words[words.length - 1]!, p))) words[words.length - 1] += p;
    else words.push(p);
  }
  return words;
}

/**
 * 하다 after an -아/-어 form makes one verb: "좋아했을까" is not "좋아 했을까", nor "싫어해" "싫어 해",
 * nor "행복해했어" "행복해 했어" (rules written for the whole verb, like "좋아했", must still match).
 */
function joinsHada(before: string, next: string): boolean {
  if (!/^(?:하|해|했|할|한|함)/u.test(next)) return false;
  const code = before.charCodeAt(before.length - 1) - 0xac00;
  if (code < 0 || code > 11171 || code % 28 !== 0) return false;
  // ㅏ ㅐ ㅓ ㅕ ㅘ ㅝ: the vowels an -아/-어 form ends in (좋아, 해, 싫어, 기뻐, 봐, 미워).
  return [0, 1, 4, 6, 9, 14].includes(Math.floor(code / 28) % 21);
}

/** In text written with spaces, only a run this long is re-spaced ("피곤해서그런가 요즘은" is left; "조마조마했는데" a word). */
export const MIN_RUN_SPACED = 11;

/**
 * The turn with long unspaced runs of Hangul split into words. A turn written without any space has
 * its runs of `MIN_RUN` syllables or more split; a turn with spaces only runs of `MIN_RUN_SPACED` or
 * more (a long word there is most often one word: "화기애애했어요", "조마조마했는데").
 */
export function respace(text: string): string {
  const t = text.normalize('NFC');
  const min = /\s/u.test(t.trim()) ? MIN_RUN_SPACED : MIN_RUN;
  return t.replace(new RegExp(`[가-힣]{${min},}`, 'gu'), (run) => splitRun(run).join(' '));
}

/** Whether the turn has a run that `respace` splits. */
export function hasUnspaced(text: string): boolean {
  return respace(text) !== text.normalize('NFC');
}
