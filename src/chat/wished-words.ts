/**
 * Session 41 (fallback): the words the user wishes someone would say, said.
 *
 * "그냥 누가 밥 먹었냐고 물어봐줬으면 좋겠다" (tester c19, two months alone in Seoul) got "그 마음, 충분히
 * 이해돼요. 그때 어떤 마음이 제일 크게 들었어요?": the wish was heard as a feeling to reflect, when the
 * easy and kind answer is to ask it. A wish for someone to ask or say a few everyday words of care
 * ("밥은 먹었냐", "수고했다", "괜찮냐", "잘하고 있다", "요즘 어떻게 지내냐") is answered by the bot
 * saying them first. Only those words: a wish for anything else goes the usual way.
 */

const nfc = (s: string): string => s.normalize('NFC');

/** Someone, anyone: "누가", "누군가", "아무나", "한 명이라도". */
const SOMEONE = /(?:누가|누군가|아무나|아무라도|누구라도|한\s?명이라도|한\s?사람이라도)/u;
/** …would ask or say it: "물어봐 줬으면 좋겠다", "말해 주면 좋겠어", "해 줬으면". */
const WOULD_SAY = /(?:물어|말해|얘기해|이야기해|해)\s?(?:봐\s?)?(?:줬|주었|주)(?:으면|면)(?:\s?좋겠|\s?좋을|\s?해|\s?싶|\s?바라|\s?했)?/u;
/** Told as what happened or thanked for, not wished: "물어봐 줘서 고마웠어". */
const NOT_A_WISH = /줘서|주셔서|줬어(?!으)|줬다(?!면)|줬는데/u;

export type WishedWords = 'ate' | 'well_done' | 'okay' | 'doing_well' | 'how_are_you';

const WORDS: Array<[WishedWords, RegExp]> = [
  ['ate', /밥\s?(?:은|을|이라도)?\s?(?:먹었|챙겨\s?먹|잘\s?먹|먹고\s?다니)/u],
  ['well_done', /수고(?:했|많았|했어)|고생(?:했|많았)/u],
  ['okay', /괜찮(?:냐|니|아\?|은지|으냐|으세요|아요\?)/u],
  ['doing_well', /잘\s?(?:하고\s?있|해\s?왔|했)다/u],
  ['how_are_you', /(?:요즘\s?)?(?:어떻게|잘)\s?지내(?:냐|니|는지|요)/u],
];

/** The words of care wished for, when the turn wishes someone would say them; null otherwise. */
export function wishedWords(text: string): WishedWords | null {
  const t = nfc(text);
  if (!SOMEONE.test(t) || !WOULD_SAY.test(t) || NOT_A_WISH.test(t)) return null;
  return WORDS.find(([, re]) => re.test(t))?.[0] ?? null;
}

export const WISHED_PREFIX = 'wished';

/** The bot says them first, plainly, and leaves room to answer. */
export const WISHED_REPLIES: Record<WishedWords, string> = {
  ate: '그럼 오늘은 제가 먼저 물어볼게요. 밥은 챙겨 먹었어요? 대충이라도 뭘 먹었는지 궁금해요.',
  well_done: '그럼 제가 먼저 말할게요. 오늘 정말 수고 많았어요. 아무도 몰라 줘도, 여기까지 버텨 온 거 제가 알아요.',
  okay: '그럼 제가 물어볼게요. 요즘 정말 괜찮아요? 괜찮지 않아도 여기서는 그대로 말해도 돼요.',
  doing_well: '그럼 제가 말해 줄게요. 지금도 충분히 잘하고 있어요, 정말로요. 요즘 제일 애쓰고 있는 건 뭐예요?',
  how_are_you: '그럼 제가 먼저 물어볼게요. 요즘 어떻게 지내요? 별일 아니어도 좋으니 천천히 들려줘요.',
};
