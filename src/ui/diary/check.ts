/** Diary text checks (no UI, no services): what may be analysed and saved. */
import { MAX_DIARY_CHARS } from '../../ml/text';

export type DiaryCheck = { ok: true; text: string } | { ok: false; message: string };

/** Length as the user sees it: NFC characters (decomposed Hangul counts once per syllable). */
export function diaryLength(raw: string): number {
  return raw.normalize('NFC').trim().length;
}

/** Empty or longer than MAX_DIARY_CHARS → a Korean message (the text itself stays in the box). */
export function checkDiary(raw: string): DiaryCheck {
  const text = raw.normalize('NFC').trim();
  if (!/[\p{L}\p{N}]/u.test(text)) {
    return { ok: false, message: '일기가 비어 있어요. 오늘 있었던 일이나 마음을 한 줄이라도 적어 주세요.' };
  }
  if (text.length > MAX_DIARY_CHARS) {
    const over = text.length - MAX_DIARY_CHARS;
    return {
      ok: false,
      message: `일기는 ${MAX_DIARY_CHARS.toLocaleString('ko-KR')}자까지 쓸 수 있는데, 지금 ${over.toLocaleString('ko-KR')}자를 넘었어요. 조금 줄이거나 두 편으로 나눠 주세요.`,
    };
  }
  return { ok: true, text };
}
