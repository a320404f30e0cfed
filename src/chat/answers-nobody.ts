/**
 * A bare "아니" or "없어" right after the bot asked whether there is someone to lean on or whom
 * the user has told: it says there is no one. It had got the reply for "nothing comes to mind"
 * ("괜찮아요, 딱 떠오르는 게 없을 수도 있어요", session 33), and "그래서 여기다 말하는거" (this is
 * where they tell it) a stock "잘 듣고 있어요".
 */
export type Nobody = 'no_one' | 'told_no_one' | 'telling_here';

const BARE_NO = /^(?:아니|아뇨|아니요|아니오|없어|없어요|없음|없다|없지|없는데|없죠|ㄴㄴ|ㄴ|노노|딱히|별로|아무도|아무도\s?없어|아무도\s?없어요|없어\s?아무도|말할\s?(?:데|사람)(?:도|이)?\s?없(?:어|음|어요|고))(?:요)?[.~ㅠㅜ\s]*$/u;
const TELLING_HERE = /그래서\s?(?:여기|너|너한테|여기다|여기에|여기서)\s?(?:말|얘기|이야기|털어)|(?:여기|너한테|너밖에)\s?(?:말고는|밖에)\s?(?:말할|얘기할|털어놓을)\s?(?:데|곳|사람)/u;

/** What a turn says about having someone, given the topics the last reply asked (topics.ts). */
export function answersNobody(text: string, lastAsked: readonly string[]): Nobody | null {
  const t = text.normalize('NFC').trim();
  if (TELLING_HERE.test(t)) return 'telling_here';
  if (!BARE_NO.test(t)) return null;
  if (lastAsked.includes('support')) return 'no_one';
  if (lastAsked.includes('confided')) return 'told_no_one';
  return null;
}

export const NOBODY_PREFIX = 'nobody';
export const NOBODY_REPLIES: Record<Nobody, readonly string[]> = {
  no_one: ['혼자 안고 있었군요. 그럼 여기서만큼은 다 털어놔도 괜찮아요. 제가 끝까지 들을게요. 지금 제일 먼저 꺼내고 싶은 이야기는 뭐예요?'],
  told_no_one: ['아직 누구에게도 말하지 못했군요. 여기서 처음 꺼낸 거라면 그만큼 무거웠을 거예요. 천천히, 하고 싶은 만큼만 들려줘요.'],
  telling_here: ['여기 와서 꺼내 줘서 고마워요. 제가 끝까지 들을게요. 어디서부터 이야기하고 싶어요?'],
};
