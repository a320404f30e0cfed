/**
 * Turns written in another language ("I feel so tired today", "疲れた"). The model was trained on
 * Korean, and its reading of other text is mostly noise ("I feel so tired today" read as joy), so
 * the bot says plainly that it understands Korean rather than reflect a feeling it cannot read,
 * and such a turn does not count toward the mood. A few Latin letters inside Korean ("오늘 너무
 * tired해") or alone ("thx", "JMT") are ordinary Korean chat and stay on the normal path.
 * A greeting in English ("hi", "hello!") is greeted back, in Korean: answering "hi" with the
 * note alone, or with a follow-up as if it had been understood, reads as cold.
 */

const ENGLISH_GREETING = /^(hi+|hey+|hello+|helo|hiya|heya|howdy|yo|sup|what'?s up|good (morning|afternoon|evening|night))( there)?[\s!.~?]*$/iu;

/** Whether the whole turn is a greeting in English ("hi", "Hello!", "hey there"). */
export function isForeignGreeting(text: string): boolean {
  return ENGLISH_GREETING.test(text.normalize('NFC').trim());
}

/** Whether the text has no Hangul at all and enough letters of other scripts to be another language. */
export function isForeignLanguage(text: string): boolean {
  if (/[가-힣ㄱ-ㅎㅏ-ㅣ\u1100-\u11ff]/u.test(text)) return false;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const other = (text.match(/\p{L}/gu)?.length ?? 0) - latin;
  return latin >= 4 || other >= 2;
}

export const FOREIGN_GREETING_REPLIES: readonly string[] = [
  '안녕하세요, 반가워요! 저는 한국어로 된 이야기를 가장 잘 알아들어요. 오늘 하루는 어땠어요?',
  '반가워요! 한국어로 이야기해 주면 마음을 더 잘 들을 수 있어요. 요즘 어떻게 지내요?',
  '안녕하세요! 편하게 한국어로 말 걸어 주세요. 지금 기분은 어떤 편이에요?',
];

export const FOREIGN_LANGUAGE_REPLIES: readonly string[] = [
  '저는 한국어로 된 이야기만 제대로 알아들을 수 있어요. 서툴러도 괜찮으니 한국어로 들려줄래요?',
  '아쉽게도 마음을 읽는 건 한국어로만 할 수 있어요. 한 문장이라도 한국어로 적어 주면 귀 기울여 들을게요.',
  '한국어로 이야기해 주시면 마음도 더 잘 알아듣고, 어울리는 노래도 더 잘 찾아 드릴 수 있어요. 짧게라도 한국어로 들려줄래요?',
];

/**
 * A short feeling line in English, glad ("so happy today 🥰", "feeling great!"): answered warmly in
 * Korean, with an invitation to tell it in Korean, not turned away with the note that the bot
 * reads only Korean (session 36). Longer English text still gets the note.
 */
const ENGLISH_GLAD = /\b(?:so\s+)?(?:happy|glad|excited|thrilled|blessed|great|amazing|awesome|wonderful|best\s+day)\b/iu;
const ENGLISH_NOT_GLAD = /\b(?:not|never|no|n't|unhappy|sad|tired|but)\b|n't\b|[?]/iu;

export function isForeignGladLine(text: string): boolean {
  const t = text.normalize('NFC').trim();
  return isForeignLanguage(t) && t.length <= 40 && ENGLISH_GLAD.test(t) && !ENGLISH_NOT_GLAD.test(t);
}

export const FOREIGN_GLAD_REPLIES: readonly string[] = [
  '행복한 하루였군요! 어떤 일이 있었는지 한국어로 조금 들려줄래요?',
  '좋은 기분이 여기까지 전해져요! 무슨 좋은 일이 있었는지 한국어로 들려주면 더 잘 들을 수 있어요.',
];
