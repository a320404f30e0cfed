/**
 * Cutting a piece out of a longer text without splitting words: a search snippet around a match
 * should read "…가장 걱정되는 건…", never "…장 걱정되는 건…".
 */

/** How far a cut may move outwards to finish a word that has no space inside the piece. */
export const WORD_REACH = 10;

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/**
 * Moves the cut [start, end) of `text` to word boundaries (spaces), keeping [keepFrom, keepTo)
 * (the match) inside. A cut inside a word first drops the partial word (moving inwards to the
 * nearest space before the match), else takes the whole word when it ends within WORD_REACH
 * characters; a long run without spaces is cut where it was.
 */
export function wordBounds(text: string, start: number, end: number, keepFrom: number, keepTo: number): [number, number] {
  let from = Math.max(0, Math.min(start, keepFrom));
  let to = Math.min(text.length, Math.max(end, keepTo));

  if (from > 0 && !isSpace(text[from - 1]) && !isSpace(text[from])) {
    let inward = -1;
    for (let i = from; i < keepFrom; i++) {
      if (isSpace(text[i])) {
        inward = i + 1;
        break;
      }
    }
    if (inward >= 0) from = inward;
    else {
      let i = from - 1;
      while (i >= 0 && from - i <= WORD_REACH && !isSpace(text[i])) i--;
      if (i < 0 || isSpace(text[i])) from = i + 1;
    }
  }

  if (to < text.length && !isSpace(text[to - 1]) && !isSpace(text[to])) {
    let inward = -1;
    for (let i = to - 1; i >= keepTo; i--) {
      if (isSpace(text[i])) {
        inward = i;
        break;
      }
    }
    if (inward >= 0) to = inward;
    else {
      let i = to;
      while (i < text.length && i - to < WORD_REACH && !isSpace(text[i])) i++;
      if (i >= text.length || isSpace(text[i])) to = i;
    }
  }
  return [from, to];
}

/**
 * The piece of `text` around [keepFrom, keepTo) with about `context` characters on each side,
 * cut at word boundaries, spaces collapsed, with '…' where text was left out.
 */
export function snippetOf(text: string, keepFrom: number, keepTo: number, context: number): string {
  const [start, end] = wordBounds(text, keepFrom - context, keepTo + context, keepFrom, keepTo);
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  const before = text.slice(0, start).trim() !== '';
  const after = text.slice(end).trim() !== '';
  return (before ? '…' : '') + body + (after ? '…' : '');
}

/** The first `max` characters of `text` on one line, cut at a word boundary when one is near, with '…'. */
export function clipAtWord(text: string, max: number): string {
  const flat = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const head = chars.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  const cut = space >= max - 1 - WORD_REACH * 2 && space > 0 ? head.slice(0, space) : head;
  return `${cut.join('').trimEnd()}…`;
}
