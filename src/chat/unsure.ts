/**
 * Replies for a turn whose mood the engine cannot tell: the model reads it one way and the
 * conversation's thread the other ("수학이 진짜 하나도 안 풀렸어" read as joy after a failed exam,
 * "친구가 위로해 줘서 좀 괜찮아" read as joy after a sad story, which may well be true). Naming
 * either feeling may misread the user, so the bot acknowledges without naming one and asks how
 * they feel about it now, which also lets them say which way it went.
 */

/** Acknowledgements that name no feeling and fit the middle of a conversation. */
export const UNSURE_REFLECTIONS: readonly string[] = [
  '그랬군요.',
  '그런 일이 있었군요.',
  '네, 잘 듣고 있어요.',
  '이야기해 줘서 고마워요.',
  '그렇게 된 거였군요.',
  '천천히 들을게요.',
];

/** Open questions about how the user feels about what they just told. */
export const UNSURE_QUESTIONS: readonly string[] = [
  '그 일을 떠올리면 지금은 어떤 마음이 들어요?',
  '그 얘기를 하면서 마음은 좀 어때요?',
  '지금은 어떤 마음이 더 크게 남아 있어요?',
  '그때 어떤 생각이 제일 먼저 들었어요?',
  '조금 더 자세히 들려줄래요?',
  '그 일이 지금 마음에 어떻게 남아 있어요?',
];
