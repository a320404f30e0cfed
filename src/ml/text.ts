/** Input hygiene shared by every entry point (worker, CLIs, chat engine). */

/** Longest message the app accepts; longer ones are refused with a message, not cut silently. */
export const MAX_MESSAGE_CHARS = 2000;
/** Longest diary entry. Long text is analysed sentence by sentence (long-text.ts). */
export const MAX_DIARY_CHARS = 20000;

export type TextCheck = { ok: true; text: string } | { ok: false; error: 'empty' | 'too_long'; message: string };

/** NFC (so NFD Hangul from some keyboards and macOS files reads the same), whitespace collapsed. */
export function cleanText(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function checkMessage(raw: string, max = MAX_MESSAGE_CHARS): TextCheck {
  const text = cleanText(raw);
  if (!text) return { ok: false, error: 'empty', message: '메시지가 비어 있어요. 하고 싶은 말을 적어 주세요.' };
  if (text.length > max) {
    return {
      ok: false,
      error: 'too_long',
      message: `한 번에 ${max.toLocaleString('ko-KR')}자까지 보낼 수 있어요. 조금 나눠서 보내 주세요.`,
    };
  }
  return { ok: true, text };
}

/** Count of Hangul syllables and letters: what "how much the user has shared" means for the gauge. */
export function meaningfulLength(text: string): number {
  const m = text.normalize('NFC').match(/[\p{L}\p{N}]/gu);
  return m ? m.length : 0;
}

/**
 * Split long text (song lyrics: the catalogue's stanzas) into analysable pieces of at most
 * `maxChars`, on sentence and line boundaries where possible. Diary entries are read sentence
 * by sentence instead (splitIntoSentences in long-text.ts, session 38).
 */
export function splitIntoPieces(raw: string, maxChars = 160): string[] {
  const text = raw.normalize('NFC');
  const sentences = text
    .split(/(?<=[.!?。…~]|[ㅠㅜㅋㅎ]{2,})\s+|\n+/u)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const pieces: string[] = [];
  let current = '';
  for (const s of sentences) {
    if (s.length > maxChars) {
      if (current) pieces.push(current);
      current = '';
      for (let i = 0; i < s.length; i += maxChars) pieces.push(s.slice(i, i + maxChars));
      continue;
    }
    if (current && current.length + 1 + s.length > maxChars) {
      pieces.push(current);
      current = s;
    } else {
      current = current ? `${current} ${s}` : s;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}
